"""The web calendar draws a day the paper's weekly schedule leaves out apart, never "no edition".

A Mon-Sat paper's Sunday 404, recorded by the crawl as "not a publishing day (schedule ...)", was
drawn and counted "no edition" beside the report's "not a publishing day".
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from starlette.testclient import TestClient

from archive.articles import ensure_source
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.schema import open_store
from webui.app import create_app

SUNDAY = date(2016, 7, 17)
OFF = "not a publishing day (schedule 30 7 * * 1-6): HTTP 404"


def test_a_sunday_of_a_monday_to_saturday_paper_is_drawn_not_a_publishing_day(tmp_path: Path) -> None:
    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions.begin() as session:
        ensure_source(session, "ms", name="周报")
        run = start_run(session, "ms", "epaper", {"since": "2016-07-16", "until": "2016-07-18"})
        for day, status, reason in ((date(2016, 7, 16), "found", ""), (SUNDAY, "no-edition", OFF)):
            record_edition(session, EditionItem("ms", day, status, reason=reason), run.id)
        record_edition(session, EditionItem("ms", date(2016, 7, 18), "found"), run.id)
        finish_run(session, run.id, "finished", {"editions/found": 2, "editions/not_publishing": 1})
    with TestClient(create_app(tmp_path), headers={"accept-language": "en"}) as client:
        page = client.get("/sources/ms").text
        zh = client.get("/sources/ms", headers={"accept-language": "zh"}).text
    cells = dict(re.findall(r'<td class="day ([\w -]+)" title="([^"]*)">(?:<a [^>]*>)?17<', page))
    assert cells == {"not-publishing": f"{SUNDAY} {OFF}"}, cells
    assert "0 no edition" in page and "1 date is not a publishing day by the paper" in page
    assert '<span class="day not-publishing">not a publishing day</span>' in page
    assert "非出版日" in zh and "1 天按该报每周出版安排不出版" in zh


def test_a_sunday_the_site_failed_is_drawn_not_a_publishing_day(tmp_path: Path) -> None:
    """A Mon-Sat paper's Sunday answered HTTP 500 was drawn "failed", counted among the failed dates
    and listed under the last crawl's "Editions it recorded failed", where the report and the crawl
    say it is no publishing day: no edition was due, so nothing failed. A failed Monday still is."""
    from archive.queries import failed_editions

    off = "not a publishing day (schedule 30 7 * * 1-6): HTTP 500"
    monday = date(2016, 7, 18)
    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions.begin() as session:
        ensure_source(session, "ms", name="周报", schedule="30 7 * * 1-6")
        run = start_run(session, "ms", "epaper", {"since": "2016-07-16", "until": "2016-07-18"})
        record_edition(session, EditionItem("ms", date(2016, 7, 16), "found"), run.id)
        record_edition(session, EditionItem("ms", SUNDAY, "failed", reason=off), run.id)
        record_edition(session, EditionItem("ms", monday, "failed", reason="HTTP 500"), run.id)
        finish_run(session, run.id, "finished", {"editions/found": 1, "editions/failed": 1})
        assert failed_editions(session, [run.id]) == {run.id: [(monday, "HTTP 500")]}
    with TestClient(create_app(tmp_path), headers={"accept-language": "en"}) as client:
        page = client.get("/sources/ms").text
    cells = dict(re.findall(r'<td class="day ([\w -]+)" title="([^"]*)">(?:<a [^>]*>)?1[78]<', page))
    assert cells == {"not-publishing": f"{SUNDAY} {off}", "failed": f"{monday} failed: HTTP 500"}, cells
    assert "1 failed" in page and "1 date is not a publishing day by the paper" in page
    assert "2016-07-17" not in page.split("Editions it recorded failed", 1)[1].split("</p>", 1)[0]

"""The papers page and a paper's page reach every year that holds a checked date, not the last months only.

An archivist backfilling 2016 for a paper crawled daily since late 2024 saw, on ``/sources``, its last
three months and, on ``/sources/<paper>``, its last 24: the editions of 2016 were nowhere on the page.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from starlette.testclient import TestClient
from webui_support import build_web_archive

from archive.config import resolve_db_url
from archive.editions import record_edition
from archive.items import EditionItem
from archive.schema import open_store
from webui.app import create_app


def _archive_crawled_daily_since_2024(tmp_path: Path) -> Path:
    """The web archive (editions of 2016-07) plus a "no edition" check of every day 2024-11-01..2026-12-06."""
    archive = build_web_archive(tmp_path)
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        day = date(2024, 11, 1)
        while day <= date(2026, 12, 6):
            record_edition(session, EditionItem("paper-a", day, "no-edition", reason="HTTP 404"), None)
            day += timedelta(days=1)
    return archive.home


def _captions(html: str) -> list[str]:
    return re.findall(r'<table class="calendar">\s*<caption>([^<]+)</caption>', html)


def test_every_year_with_a_checked_date_is_one_click_away(tmp_path: Path) -> None:
    home = _archive_crawled_daily_since_2024(tmp_path)
    with TestClient(create_app(home), raise_server_exceptions=False) as c:
        detail = c.get("/sources/paper-a", headers={"accept-language": "en"}).text
        overview = c.get("/sources", headers={"accept-language": "en"}).text
        year = c.get("/sources/paper-a?year=2016", headers={"accept-language": "en"})
        year_zh = c.get("/sources/paper-a?year=2016", headers={"accept-language": "zh"}).text
        bad = c.get("/sources/paper-a?year=16x", headers={"accept-language": "en"})
        empty = c.get("/sources/paper-a?year=2019", headers={"accept-language": "en"})
    # The default views are as before: the most recent months.
    assert "2016-07" not in _captions(detail) and _captions(detail)[-1] == "2026-12"
    assert len(_captions(overview)) >= 3 and "2016-07" not in _captions(overview)
    # Both name the years the paper has checked dates in, each a link to that year's calendar.
    for page in (detail, overview):
        for y in (2016, 2024, 2025, 2026):
            assert f'href="/sources/paper-a?year={y}"' in page, y
        assert 'href="/sources/paper-a?year=2019"' not in page
    # A year's calendar: its months that hold what the archive knows, its found editions linked.
    assert year.status_code == 200
    assert _captions(year.text) == ["2016-05", "2016-06", "2016-07", "2016-08"]
    assert 'href="/sources/paper-a/2016-07-20"' in year.text
    assert 'aria-current="page">2016</' in year.text  # the year shown is marked, not linked
    assert "2016年" in year_zh and 'href="/sources/paper-a?year=2026"' in year_zh
    # A year that is no year, or one with nothing recorded: a 404 saying so (as a date that is no date).
    assert bad.status_code == 404 and "a year is four digits, such as 2016" in bad.text
    assert empty.status_code == 404 and "2019" in empty.text

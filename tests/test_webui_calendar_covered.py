"""The web calendar draws a combined edition's later days (合刊) "covered", as ``report`` does.

A combined edition 2024-02-10..17 filed under its first day: the calendar drew its later days
"no edition" (and those never checked "not crawled") while the report said ``covered`` of the
same dates. One word per date (archive.items.VERDICTS), whatever the day's own check said.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import unreachable_epaper_registry

from archive.articles import ensure_source
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import VERDICTS, EditionItem, covered_reason, not_yet_reason
from archive.schema import open_store
from search_cli.main import main
from webui.app import create_app

FIRST, LAST = date(2024, 2, 10), date(2024, 2, 17)
COMBINED = "combined edition 2024-02-10..2024-02-17 (date line 2024年2月10日-17日 合刊)"
# What each day's own check said: the first day found the combined edition; then a 404, the spider's
# own "covered", a check on the day itself, a failure (the site down: stays failed), days never checked.
CHECKS = {
    date(2024, 2, 9): ("found", ""),
    FIRST: ("found", COMBINED),
    date(2024, 2, 11): ("no-edition", "HTTP 404"),
    date(2024, 2, 12): ("no-edition", covered_reason(FIRST, LAST, "2024年2月10日-17日 合刊")),
    date(2024, 2, 13): ("no-edition", "not yet published (checked 07:30 +08:00): HTTP 404"),
    date(2024, 2, 14): ("failed", "HTTP 503"),
    date(2024, 2, 18): ("found", ""),
}
WEB_STATUS = {
    date(2024, 2, 9): "found",
    FIRST: "found",
    **{FIRST + timedelta(days=n): "covered" for n in range(1, 8)},
    date(2024, 2, 14): "failed",
    date(2024, 2, 18): "found",
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("combined")
    unreachable_epaper_registry(home / "sources.toml", "hk", "合刊报")
    assert not_yet_reason  # the 13th's reason is one such note, written out above
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "hk", name="合刊报")
        run = start_run(session, "hk", "epaper", {"since": "2024-02-09", "until": "2024-02-18"})
        for day, (status, reason) in CHECKS.items():
            record_edition(session, EditionItem("hk", day, status, reason=reason), run.id)
        finish_run(session, run.id, "finished", {"fetched": 9, "editions/found": 3})
    return home


def _calendar(home: Path) -> dict[date, tuple[str, str]]:
    """Return each drawn date's class and tooltip on the paper's page (English)."""
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        page = client.get("/sources/hk").text
    cells = re.findall(r'<td class="day ([\w -]+)" title="([^"]*)">(?:<a [^>]*>)?(\d+)<', page)
    month = re.search(r"<caption>([^<]+)</caption>", page)
    assert month, page
    # A found edition here has no article stored ("found empty"): its first class is its verdict.
    return {date(2024, 2, int(day)): (cls.split()[0], title) for cls, title, day in cells if cls != "outside"}


def test_the_calendar_draws_a_combined_editions_later_days_covered(home: Path) -> None:
    drawn = _calendar(home)
    assert {day: cls for day, (cls, _) in drawn.items()} == WEB_STATUS
    for day in (date(2024, 2, 11), date(2024, 2, 15)):
        said = f"{day} covered by the combined edition of 2024-02-10"  # was "covered: covered by ..."
        assert drawn[day][1].startswith(said), drawn[day]
    assert "checked: HTTP 404" in drawn[date(2024, 2, 11)][1]


def test_the_paper_page_links_a_covered_day_to_the_combined_edition(home: Path) -> None:
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        page = client.get("/sources/hk").text
        assert 'aria-label="2024-02-15 covered">15</a>' in page
        assert re.search(r'href="[^"]*/sources/hk/2024-02-10" aria-label="2024-02-15 covered"', page)
        assert "6 dates are covered by a combined edition (合刊) filed under its first day." in page


def test_report_and_calendar_say_the_same_word_of_each_date(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["report", "hk", "--home", str(home), "--sources", str(home / "sources.toml"),
          "--since", "2024-02-09", "--until", "2024-02-18", "--json"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    said = {date.fromisoformat(row["day"]): row["status"] for row in report["dates"]}
    assert said == WEB_STATUS
    drawn = _calendar(home)
    for day, status in said.items():
        assert drawn[day][1].startswith(f"{day} {VERDICTS[status]}"), (day, drawn[day])


def test_a_covered_dates_own_page_names_the_combined_edition_not_no_edition(home: Path) -> None:
    """The date's page said "The paper published no edition on this date. (HTTP 404)" of a day the
    calendar and the report call covered; one never checked answered 404 "no edition of ... dated"."""
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        for day in ("2024-02-11", "2024-02-16"):
            r = client.get(f"/sources/hk/{day}")
            assert r.status_code == 200, (day, r.status_code)
            note = re.search(r'<p class="note" id="edition-status">(.*?)</p>', r.text, re.S)
            assert note, r.text
            assert "no edition" not in note.group(1) and "No page of this edition" not in r.text
            said = "A combined edition (合刊) covers this date; it is filed under its first day:"
            assert said in note.group(1)
            assert re.search(r'<a href="[^"]*/sources/hk/2024-02-10[^"]*">2024-02-10</a>', note.group(1))
        assert "checked: HTTP 404" in client.get("/sources/hk/2024-02-11").text
        failed = client.get("/sources/hk/2024-02-14").text  # the site was down: it stays failed
        assert "The crawl of this edition failed:" in failed and "covers this date" not in failed

"""A date is judged by the weekly schedule in force on it, the same way by the report and the web calendar.

The web page had no registry: it knew a paper's weekdays only from the notes crawls wrote, so a
Sunday 404 recorded before the schedule was known read "no edition" (a miss) on the calendar and
"not a publishing day" in the report. The store registers each schedule a crawl reads
(``source_schedules``, migration 0011) from the paper's day it was registered (``archive.schedules``).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.schedules import Schedules, due_reason, is_off, off_note, publishes_on
from archive.schema import open_store
from archive.source_schedules import load_schedules
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app

MON_SAT, EVERY_DAY = "30 7 * * 1-6", "30 7 * * *"
OFF_NOTE = f"not a publishing day (schedule {MON_SAT}): HTTP 404"


def _at(day: str) -> datetime:
    """Return 08:00 on ``day`` in Beijing (a crawl's check time)."""
    return datetime.fromisoformat(f"{day}T00:00:00").replace(tzinfo=UTC)


def test_the_schedule_in_force_judges_a_day_and_the_first_one_known_judges_the_days_before() -> None:
    week = Schedules([(date(2026, 11, 12), MON_SAT), (date(2026, 11, 16), EVERY_DAY)])
    sundays = [date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 22)]
    assert [week.on(d) for d in sundays] == [MON_SAT, MON_SAT, EVERY_DAY]
    assert [week.off(d) for d in sundays] == [MON_SAT, MON_SAT, None]
    assert not publishes_on(MON_SAT, sundays[0]) and publishes_on("", sundays[0])
    # Nothing registered: a crawl's own note stands, any other day is due.
    assert is_off(Schedules(), sundays[0], "no-edition", OFF_NOTE)
    assert not is_off(Schedules(), sundays[0], "no-edition", "HTTP 404")
    assert off_note(week, sundays[0], "HTTP 404") == OFF_NOTE
    assert due_reason(OFF_NOTE) == f"HTTP 404 (recorded as not a publishing day by schedule {MON_SAT})"
    # The registry's counts from the paper's today, as its next crawl registers it; none says nothing.
    later = week.with_registry(MON_SAT, date(2026, 12, 1))
    assert later.entries[-1] == (date(2026, 12, 1), MON_SAT)
    assert week.with_registry("", date(2026, 12, 1)) is week
    assert Schedules().with_registry(MON_SAT, date(2026, 12, 1)).off(sundays[0]) == MON_SAT


def _register(url: str, source_id: str, schedule: str, day: str) -> None:
    with open_store(url) as sessions, sessions.begin() as session:
        ensure_source(session, source_id, timezone="Asia/Shanghai", schedule=schedule, now=_at(day))


def _record(url: str, source_id: str, checks: dict[str, tuple[str, str]]) -> None:
    with open_store(url) as sessions, sessions.begin() as session:
        ensure_source(session, source_id, timezone="Asia/Shanghai")  # an import's: no schedule
        days = sorted(checks)
        run = start_run(session, source_id, "epaper", {"since": days[0], "until": days[-1]})
        for day, (status, reason) in checks.items():
            item = EditionItem(source_id, date.fromisoformat(day), status, reason=reason)
            record_edition(session, item, run.id)
        finish_run(session, run.id, "finished", {})


def _calendar(home: Path, source_id: str) -> tuple[dict[int, tuple[str, str]], str]:
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        page = client.get(f"/sources/{source_id}").text
    cells = re.findall(r'<td class="day ([\w -]+)" title="([^"]*)">(?:<a [^>]*>)?(\d+)<', page)
    return {int(n): (status, title) for status, title, n in cells}, page


def _report(home: Path, source_id: str, schedule: str, capsys: pytest.CaptureFixture[str]) -> dict:
    registry = home / "sources.toml"
    registry.write_text(
        f'[[source]]\nid = "{source_id}"\nkind = "epaper"\nschedule = "{schedule}"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    argv = ["report", source_id, "--since", "2026-11-07", "--until", "2026-11-22", "--home", str(home)]
    argv += ["--sources", str(registry)]
    assert main(argv) == exitcodes.OK
    text = capsys.readouterr().out
    assert main([*argv, "--json"]) == exitcodes.OK
    data: dict = json.loads(capsys.readouterr().out)
    data["text"] = text
    return data


def test_a_404_recorded_before_the_schedule_was_known_is_a_day_off_on_the_calendar_and_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = resolve_db_url(None, tmp_path)
    found = ("found", "")
    # Crawled before any schedule was known: the Sunday's 404 and a Wednesday's (a real miss).
    _record(url, "ms", {"2026-11-07": found, "2026-11-08": ("no-edition", "HTTP 404"), "2026-11-09": found})
    _record(url, "ms", {"2026-11-10": found, "2026-11-11": ("no-edition", "HTTP 404")})
    _register(url, "ms", MON_SAT, "2026-11-12")  # a crawl reads the new schedule: no re-crawl of the 8th
    # The 15th was checked under it; the paper publishes on Sundays from the 16th, and the 22nd's 404 is
    # a miss even though a crawl still running on the old registry noted it as a day off.
    _record(url, "ms", {"2026-11-15": ("no-edition", OFF_NOTE)})
    _register(url, "ms", EVERY_DAY, "2026-11-16")
    _record(url, "ms", {"2026-11-22": ("no-edition", OFF_NOTE)})

    cells, page = _calendar(tmp_path, "ms")
    assert cells[8] == ("not-publishing", f"2026-11-08 {OFF_NOTE}")
    assert cells[15] == ("not-publishing", f"2026-11-15 {OFF_NOTE}")  # the change is not retroactive
    assert cells[11] == ("no-edition", "2026-11-11 no edition: HTTP 404")
    due = f"HTTP 404 (recorded as not a publishing day by schedule {MON_SAT})"
    assert cells[22] == ("no-edition", f"2026-11-22 no edition: {due}")
    unchecked = [n for n, (status, _) in cells.items() if status == "unchecked"]
    assert unchecked == [12, 13, 14, 16, 17, 18, 19, 20, 21]
    assert "2 no edition" in page and "2 dates are not publishing days by the paper" in page

    data = _report(tmp_path, "ms", EVERY_DAY, capsys)  # the registry as it is now
    rows = {row["day"]: row for row in data["dates"]}
    assert [d for d, row in rows.items() if not row["publishing_day"]] == ["2026-11-08", "2026-11-15"]
    assert rows["2026-11-08"]["reason"] == OFF_NOTE and rows["2026-11-08"]["expected"] == 0
    # The calendar's status for the days off by the schedule in force on them (cells 8 and 15 above).
    assert [d for d, row in rows.items() if row["status"] == "not-publishing"] == ["2026-11-08", "2026-11-15"]
    assert (rows["2026-11-22"]["status"], rows["2026-11-22"]["reason"]) == ("no-edition", due)
    totals = data["totals"]
    assert (totals["no_edition"], totals["not_publishing"], totals["unchecked"]) == (2, 2, 9)
    assert "; 2 days not a publishing day" in data["text"]


def test_a_schedule_that_drops_sundays_later_hides_no_earlier_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = resolve_db_url(None, tmp_path)
    found = ("found", "")
    _register(url, "ev", EVERY_DAY, "2026-11-01")
    _record(url, "ev", {"2026-11-07": found, "2026-11-08": ("no-edition", "HTTP 404"), "2026-11-09": found})
    _register(url, "ev", MON_SAT, "2026-11-12")  # the paper stops publishing on Sundays
    _record(url, "ev", {"2026-11-14": found, "2026-11-16": found})  # the 15th, a Sunday, never checked

    cells, page = _calendar(tmp_path, "ev")
    assert cells[8] == ("no-edition", "2026-11-08 no edition: HTTP 404")  # still the miss it was
    assert cells[15] == ("not-publishing", f"2026-11-15 not a publishing day (schedule {MON_SAT})")
    assert [n for n, (status, _) in cells.items() if status == "unchecked"] == [10, 11, 12, 13]
    assert "1 no edition" in page and "1 date is not a publishing day" in page

    data = _report(tmp_path, "ev", MON_SAT, capsys)
    rows = {row["day"]: row for row in data["dates"]}
    assert [d for d, row in rows.items() if not row["publishing_day"]] == ["2026-11-15", "2026-11-22"]
    assert rows["2026-11-08"]["status"] == "no-edition" and rows["2026-11-08"]["expected"] == 1
    # The 15th never checked, the 22nd after today: both off by the schedule in force, as the calendar says.
    assert [d for d, row in rows.items() if row["status"] == "not-publishing"] == ["2026-11-15", "2026-11-22"]
    assert (data["totals"]["no_edition"], data["totals"]["not_publishing"]) == (1, 2)


def test_a_crawl_registers_the_schedule_once_and_a_change_from_its_day(tmp_path: Path) -> None:
    url = resolve_db_url(None, tmp_path)
    for schedule, day in ((MON_SAT, "2026-11-12"), (MON_SAT, "2026-11-13"), ("", "2026-11-14")):
        _register(url, "ms", schedule, day)  # the same again, then none: nothing new
    _register(url, "ms", EVERY_DAY, "2026-11-16")
    _register(url, "ms", MON_SAT, "2026-11-16")  # changed back the same day: the last one stands
    _register(url, "ms", EVERY_DAY, "2026-11-10")  # a check pretending an older time: from the last one
    with open_store(url) as sessions, sessions() as session:
        entries = load_schedules(session, ["ms", "other"])["ms"].entries
    assert entries == [(date(2026, 11, 12), MON_SAT), (date(2026, 11, 16), EVERY_DAY)]


@pytest.mark.slow
def test_a_backfill_judges_a_date_by_the_schedule_in_force_on_it_and_the_crawl_registers_the_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry now says Mon-Sat; 2016-07-17, a Sunday, fell under the every-day schedule then."""
    from store_support import cli

    from crawler.sample_site.server import serve_in_thread

    home = tmp_path / "h"
    url = resolve_db_url(None, home)
    _register(url, "p", EVERY_DAY, "2016-07-01")
    monkeypatch.setenv("NEWSARCHIVE_ALLOWED_NETWORKS", "127.0.0.1/32")
    registry = tmp_path / "sources.toml"
    with serve_in_thread() as site:
        registry.write_text(
            f'[[source]]\nid = "p"\nname = "p"\nkind = "epaper"\nschedule = "{MON_SAT}"\n'
            f'templates = [{{ url = "{site}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm" }}]\n',
            encoding="utf-8",
        )
        args = ["crawl", "p", "--since", "2016-07-17", "--until", "2016-07-17", "--sources", str(registry)]
        assert cli([*args, "--home", str(home), "--json", "-q"], monkeypatch) == exitcodes.OK
    counters = json.loads(capsys.readouterr().out)["counters"]
    assert (counters.get("editions/no_edition"), counters.get("editions/not_publishing")) == (1, None)
    with open_store(url) as sessions, sessions() as session:
        entries = load_schedules(session, ["p"])["p"].entries
    assert [schedule for _, schedule in entries] == [EVERY_DAY, MON_SAT] and entries[-1][0] > date(2026, 1, 1)
    cells, _ = _calendar(home, "p")
    assert cells[17][0] == "no-edition", cells[17]

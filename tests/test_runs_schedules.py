"""``runs`` judges a run's failed dates by the paper's schedule in force, as ``report`` and the calendar do.

A Mon-Sat paper's Sunday that failed (HTTP 500) before the crawl knew the paper's week carries no
"not a publishing day" note: ``runs`` listed it under "editions failed" while the report and the
calendar, judging it by the schedule registered since, said "not a publishing day".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from store_support import DB_PARAMS, make_db_url

from archive.articles import ensure_source
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main

SATURDAY, SUNDAY, MONDAY = date(2016, 7, 16), date(2016, 7, 17), date(2016, 7, 18)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def test_runs_lists_a_failed_day_by_the_schedule_in_force(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "ms", name="周报", schedule="30 7 * * 1-6")
        run = start_run(s, "ms", "epaper", {"since": str(SATURDAY), "until": str(MONDAY)})
        # Saturday: an older crawl's registry said Mon-Fri; the schedule in force says it is due.
        said_off = "not a publishing day (schedule 30 7 * * 1-5): HTTP 500"
        record_edition(s, EditionItem("ms", SATURDAY, "failed", reason=said_off), run.id)
        record_edition(s, EditionItem("ms", SUNDAY, "failed", reason="HTTP 500"), run.id)  # before the fix
        record_edition(s, EditionItem("ms", MONDAY, "failed", reason="HTTP 502"), run.id)
        finish_run(s, run.id, "finished", {"editions/failed": 2, "editions/not_publishing": 1})
    home = str(tmp_path / "home")
    assert main(["--db-url", db_url, "runs", "--home", home, "--json"]) == exitcodes.OK
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["failed_editions"] == [
        {
            "date": str(SATURDAY),
            "reason": "HTTP 500 (recorded as not a publishing day by schedule 30 7 * * 1-5)",
        },
        {"date": str(MONDAY), "reason": "HTTP 502"},
    ]
    assert main(["--db-url", db_url, "runs", "--home", home]) == exitcodes.OK
    out = capsys.readouterr().out
    assert str(SUNDAY) not in out and f"editions failed: {SATURDAY} (HTTP 500 (recorded" in out

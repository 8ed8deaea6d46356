"""A crawl killed with SIGKILL never writes its counters: they are counted from what it stored.

Before, its run read ``fetched 0, new 0, ...`` in ``runs`` (and kept those zeros once the next crawl
marked it interrupted), though its editions and articles were in the archive.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from store_support import DB_PARAMS, make_db_url

from archive.editions import DEAD_RUN_REASON, start_run
from archive.models import CrawlRun
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main

TESTS = Path(__file__).parent

# A crawl's writes (run, two editions, a page, two new articles, committed batch by batch), then SIGKILL.
_CHILD = """
import os, signal, sys
from datetime import date
sys.path.insert(0, {tests!r})
from store_support import article
from archive.articles import ensure_source, upsert_articles
from archive.editions import record_edition, record_page, start_run
from archive.items import EditionItem, PageItem
from archive.schema import open_store
with open_store({url!r}) as sessions:
    with sessions.begin() as s:
        ensure_source(s, "paper-a")
        run = start_run(s, "paper-a", "epaper", {{"since": "2016-07-20", "until": "2016-07-21"}}).id
    with sessions.begin() as s:
        record_edition(s, EditionItem("paper-a", date(2016, 7, 20), "found", url="http://a/e1"), run)
        record_edition(s, EditionItem("paper-a", date(2016, 7, 21), "no-edition", reason="HTTP 404"), run)
        record_page(s, PageItem("paper-a", date(2016, 7, 20), "01", url="http://a/p1"), run)
        items = [article(f"http://a/{{n}}", edition_date=date(2016, 7, 20)) for n in (1, 2)]
        upsert_articles(s, items, run_id=run)
    print(run, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def test_a_killed_crawls_counters_are_counted_from_what_it_stored(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # On PostgreSQL too: its GROUP BY refused the first_seen comparison bound twice (runs: a traceback).
    home = tmp_path / "home"
    url = db_url
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(tests=str(TESTS), url=url)], capture_output=True, text=True
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    killed = int(child.stdout)
    expected = {
        "editions/found": 1,
        "editions/no_edition": 1,
        "pages": 1,
        "articles/new": 2,
    }
    # runs, before any other crawl: the process is gone, its counters are what it stored.
    assert main(["--db-url", url, "runs", "--home", str(home)]) == exitcodes.OK
    line = capsys.readouterr().out.splitlines()[0]
    assert line.split("\t")[3] == "running (process gone)"
    assert line.endswith("fetched 0, new 2, changed 0, unchanged 0, reprints 0"), line
    assert main(["--db-url", url, "runs", "--home", str(home), "--json"]) == exitcodes.OK
    (shown,) = json.loads(capsys.readouterr().out)
    assert {k: shown["counters"].get(k) for k in expected} == expected
    assert shown["status"] == "running"  # nothing written back by a read
    # The next crawl's start closes it with those counters.
    with open_store(url) as sessions, sessions.begin() as s:
        start_run(s, "paper-a", "epaper", {"since": str(date(2016, 7, 22)), "until": str(date(2016, 7, 22))})
    with open_store(url) as sessions, sessions() as s:
        run = s.get(CrawlRun, killed)
        assert run is not None
        assert (run.status, run.reason) == ("interrupted", DEAD_RUN_REASON)
        assert {k: run.counters.get(k) for k in expected} == expected


def test_a_killed_crawls_failed_check_of_a_day_off_is_counted_not_publishing(db_url: str) -> None:
    """The crawl counts a failed check of a day its paper's schedule leaves out (a Sunday's HTTP 500
    of a Mon-Sat paper) not_publishing, never a failed edition; a killed crawl's counters, read back
    from its rows, counted it editions/failed: the run partial, 'editions failed 1' with no date
    listed under it (archive.queries.failed_editions leaves such a day out)."""
    from archive.articles import ensure_source
    from archive.editions import record_edition
    from archive.items import EditionItem
    from archive.runs import stored_counters
    from archive.schedules import off_reason

    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a")
        run = start_run(s, "paper-a", "epaper", {"since": "2016-07-24", "until": "2016-07-25"})
        sunday = EditionItem(
            "paper-a", date(2016, 7, 24), "failed", reason=off_reason("30 7 * * 1-6", "HTTP 500")
        )
        record_edition(s, sunday, run.id)
        record_edition(s, EditionItem("paper-a", date(2016, 7, 25), "failed", reason="HTTP 500"), run.id)
        counts = stored_counters(s, run)
    assert (counts.get("editions/not_publishing", 0), counts.get("editions/failed", 0)) == (1, 1)

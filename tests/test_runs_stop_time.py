"""An interrupted run ends when it stopped, not when it was found dead.

A crawl killed with SIGKILL never writes its end; the next crawl of the source
marked it interrupted and gave it that moment (hours later, for a scheduled
paper) as its end, so ``runs`` showed a crawl of hours that stopped in
minutes. Its end is now the time its parent saw it die, else its last trace
in the archive (an edition checked, an article stored or seen, a WARC record).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from store_support import DB_PARAMS, make_db_url, sample_source

from archive.editions import DEAD_RUN_REASON, UNKNOWN_STOP, close_dead_runs, start_run
from archive.models import CrawlRun, utcnow
from archive.schema import open_store
from crawler import runner

TESTS = Path(__file__).parent

# A crawl that stores an edition and an article, then is killed (SIGKILL): its end is never written.
_CHILD = """
import os, signal, sys
from datetime import date
sys.path.insert(0, {tests!r})
from store_support import article
from archive.articles import ensure_source, upsert_articles
from archive.editions import record_edition, start_run
from archive.items import EditionItem
from archive.schema import open_store
with open_store({url!r}) as sessions:
    with sessions.begin() as s:
        ensure_source(s, "paper-a")
        run = start_run(s, "paper-a", "epaper", {{"since": "2016-07-20", "until": "2016-07-20"}}).id
    if {store}:
        with sessions.begin() as s:
            record_edition(s, EditionItem("paper-a", date(2016, 7, 20), "found", url="http://a/e1"), run)
            upsert_articles(s, [article("http://a/1", edition_date=date(2016, 7, 20))], run_id=run)
    print(run, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _killed_run(db_url: str, *, store: bool = True) -> tuple[int, datetime]:
    """Run a crawl that is killed; return its run id and a time after it died."""
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(tests=str(TESTS), url=db_url, store=store)],
        capture_output=True,
        text=True,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return int(child.stdout), utcnow()


def _closed(db_url: str, run_id: int, **kwargs: Any) -> CrawlRun:
    found = utcnow() + timedelta(hours=5)  # the next crawl comes hours later (a scheduled paper)
    with open_store(db_url) as sessions, sessions.begin() as s:
        assert close_dead_runs(s, "paper-a", found, **kwargs) == 1
    with open_store(db_url) as sessions, sessions() as s:
        run = s.get(CrawlRun, run_id)
        assert run is not None
        s.expunge(run)
    return run


def test_a_killed_run_ends_at_its_last_write_not_when_the_next_crawl_found_it(db_url: str) -> None:
    run_id, dead = _killed_run(db_url)
    run = _closed(db_url, run_id)
    assert (run.status, run.reason) == ("interrupted", DEAD_RUN_REASON)
    assert run.finished_at is not None and run.started_at <= run.finished_at <= dead


def test_its_last_warc_record_dates_it_when_later_than_its_last_batch(db_url: str, tmp_path: Path) -> None:
    run_id, dead = _killed_run(db_url)
    warc = tmp_path / "warc" / "paper-a" / f"run-{run_id}" / "x.warc.gz"
    warc.parent.mkdir(parents=True)
    warc.write_bytes(b"")
    last_record = dead + timedelta(seconds=30)  # a response written after the last committed batch
    os.utime(warc, (last_record.timestamp(), last_record.timestamp()))
    run = _closed(db_url, run_id, warc_root=tmp_path / "warc")
    assert run.finished_at == last_record


def test_articles_another_worker_saw_later_do_not_date_a_killed_one(db_url: str) -> None:
    """Queue workers crawl one source at once, each its own run: the articles a live worker saw after
    one was killed (last_seen, which names no run) dated the dead one's end by the living one's work."""
    from archive.articles import ensure_source, touch_articles

    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a")
        start_run(s, "paper-a", "epaper", {"queue": "worker"})  # a worker that lives on: this process
    run_id, dead = _killed_run(db_url)
    with open_store(db_url) as sessions, sessions.begin() as s:
        touch_articles(s, ["http://a/1"], dead + timedelta(hours=1))  # the living worker's work
    run = _closed(db_url, run_id)
    assert run.finished_at is not None and run.started_at <= run.finished_at <= dead


def test_a_killed_run_that_left_no_trace_says_its_end_is_when_it_was_found(db_url: str) -> None:
    run_id, _ = _killed_run(db_url, store=False)
    run = _closed(db_url, run_id)
    assert run.status == "interrupted" and run.reason == f"{DEAD_RUN_REASON}; {UNKNOWN_STOP}"
    assert run.finished_at is not None and run.finished_at > utcnow()  # the finding's time, said so


def _dying_child(conn: Any, source: Any, since: Any, until: Any, settings: Any, progress: bool) -> None:
    """A crawl child that opens its run and dies (the OOM killer, a second Ctrl-C)."""
    from archive.articles import ensure_source

    with open_store(settings.get("NEWSARCHIVE_DB_URL")) as sessions, sessions.begin() as s:
        ensure_source(s, source.id)
        start_run(s, source.id, "epaper", {"since": "2016-07-20", "until": "2016-07-20"})
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_crawl_child_that_dies_is_closed_at_once_by_its_parent(
    db_url: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "_crawl_in_child", _dying_child)
    before = datetime.now(UTC)
    summary = runner.run_crawl(sample_source("http://127.0.0.1:9/"), home=str(home), db_url=db_url)
    after = datetime.now(UTC)
    assert summary.status == "failed" and "crawl process died" in summary.error
    with open_store(db_url) as sessions, sessions() as s:
        (run,) = s.query(CrawlRun).all()
        assert run.status == "interrupted"  # before: "running" until the next crawl of the source
        assert run.finished_at is not None and before <= run.finished_at <= after

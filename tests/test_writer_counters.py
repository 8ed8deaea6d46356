"""The store writer saves the run's counters in each batch's transaction (archive.writer).

A crawl wrote its counters when it closed, and every ``NEWSARCHIVE_RUN_COUNTERS_SECONDS`` (10 s)
while it ran: a queue worker SIGKILLed (with its writer) between two saves had stored articles
its run's ``fetched`` did not count (``fetched 40, new 55``). The counters the crawl had when it
handed over a batch's last item are now written with that batch, outcomes included, so the row
never counts fewer fetches or articles than the archive holds from the run.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from sqlalchemy import func, select
from store_support import article

from archive.articles import ensure_source
from archive.editions import start_run
from archive.models import Article, CrawlRun
from archive.schema import open_store
from archive.writer import WriterProcess, counter_changes
from crawler.pipelines.store import run_counters


def _prepare(item: object) -> object:
    return item


def test_a_killed_writers_run_counts_every_article_it_committed(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "paper-a")
        run_id = start_run(session, "paper-a", "epaper", {}).id
    # flush_seconds far above the test: each batch is committed because it is full, never by a lull.
    writer = WriterProcess(db_url, run_id, batch_size=5, flush_seconds=600.0, prepare=_prepare)
    try:
        for n in range(1, 13):  # the crawl's counters when each item was handed over: n pages fetched
            writer.put(article(f"http://paper.test/{n}.htm", body=f"第{n}篇。" * 40), {"fetched": n})
        deadline = time.monotonic() + 120  # a safety net for a hung writer, not a budget
        while writer.written < 10:  # two full batches committed; the last two items wait in the buffer
            writer.collect()
            assert writer.alive() and time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        os.kill(writer.process.pid, signal.SIGKILL)
        writer.process.join(10)
    with open_store(db_url) as sessions, sessions() as session:
        stored = session.scalar(select(func.count()).select_from(Article).where(Article.run_id == run_id))
        run = session.get(CrawlRun, run_id)
        assert run is not None
        counters = dict(run.counters or {})
    assert stored == 10 and run.status == "running"
    # Written with the second batch: what the crawl counted when it handed over its last item, and the
    # outcomes of both batches (the crawl had not collected them yet).
    assert counters["fetched"] == 10, counters
    assert counters["articles/new"] == 10, counters


def _counters(n: int) -> dict[str, int]:
    """The crawl's counters when it hands over its n-th item: two counters move, the rest stand."""
    standing = {f"failed/reason{k}": k for k in range(20)}
    return {**standing, "fetched": n + 4, "downloader/response_status_count/200": n + 4, "retry/count": 7}


def test_only_changed_counters_travel_with_each_item_and_the_row_has_them_all(tmp_path: Path) -> None:
    """Every item carried a copy of all the crawl's counters: pickled in the crawl, unpickled in the writer.

    Of the ~30 counters a run keeps, a fetch changes two or three; the writer needs the
    counters as they stood at a batch's last item, which the changes give it as well.
    """
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "paper-a")
        run_id = start_run(session, "paper-a", "epaper", {}).id
    writer = WriterProcess(db_url, run_id, batch_size=5, flush_seconds=600.0, prepare=_prepare)
    messages: list[object] = []
    put = writer.inbox.put

    def record(message: object, *args: object, **kwargs: object) -> None:
        messages.append(message)
        put(message, *args, **kwargs)

    writer.inbox.put = record
    try:
        for n in range(1, 13):
            writer.put(article(f"http://paper.test/{n}.htm", body=f"第{n}篇。" * 40), _counters(n))
        writer.put(article("http://paper.test/13.htm", body="第13篇。" * 40), _counters(12))
        deadline = time.monotonic() + 120  # a safety net for a hung writer, not a budget
        while writer.written < 10:
            writer.collect()
            assert writer.alive() and time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        os.kill(writer.process.pid, signal.SIGKILL)
        writer.process.join(10)
    carried = [len(m[2]) if isinstance(m, tuple) else 0 for m in messages]
    everything = len(_counters(1))
    # All of them with the first item and once a batch after it (a message the queue dropped is made
    # good); between, the two that moved; none with an item whose counters stood still.
    assert carried == [everything, 2, 2, 2, 2, everything, 2, 2, 2, 2, everything, 2, 0], carried
    with open_store(db_url) as sessions, sessions() as session:
        run = session.get(CrawlRun, run_id)
        assert run is not None
        counters = dict(run.counters or {})
    # As the crawl had them at the second batch's last item, the ones that never moved too.
    assert {key: counters.get(key) for key in _counters(10)} == _counters(10), counters
    assert counters["articles/new"] == 10, counters


def test_the_changes_since_the_counters_sent_say_when_all_must_go() -> None:
    assert counter_changes(None, {"fetched": 1}) is None  # nothing sent yet
    moved = counter_changes({"fetched": 1, "retry/count": 2}, {"fetched": 3, "retry/count": 2})
    assert moved == {"fetched": 3}
    assert counter_changes({"fetched": 1}, {"fetched": 1, "failed/timeout": 1}) == {"failed/timeout": 1}
    assert counter_changes({"fetched": 1}, {"fetched": 1}) == {}
    # A counter gone (the crawl's stats cleared): no change can say so.
    assert counter_changes({"fetched": 1, "retry/count": 2}, {"fetched": 1, "failed/timeout": 1}) is None


def test_run_counters_keep_the_stats_a_run_row_shows() -> None:
    """What a run keeps of Scrapy's stats, now looked up once per stat name (it ran on every item)."""
    stats = {
        "newsarchive/articles/new": 3,
        "newsarchive/reprints/exact": 1,
        "newsarchive/reprints/near": 2,
        "downloader/response_count": 9,
        "downloader/response_status_count/404": 1,
        "downloader/exception_type_count/twisted.internet.error.TimeoutError": 2,
        "retry/reason_count/twisted.internet.error.TimeoutError": 2,
        "retry/count": 2,
        "item_dropped_count": 1,
        "log_count/ERROR": 1,
        "log_count/INFO": 40,
        "downloader/request_bytes": 4000,
        "elapsed_time_seconds": 1.23456,
        "memusage/max": 1000,
    }
    for _ in range(2):  # the second time from the names looked up the first
        assert run_counters(stats) == {
            "articles/new": 3,
            "reprints/exact": 1,
            "reprints/near": 2,
            "downloader/response_count": 9,
            "downloader/response_status_count/404": 1,
            "downloader/exception/TimeoutError": 2,
            "retry/reason_count/twisted.internet.error.TimeoutError": 2,
            "retry/count": 2,
            "item_dropped_count": 1,
            "log_count/ERROR": 1,
            "fetched": 9,
            "elapsed_seconds": 1.235,
            "peak_memory_bytes": 1000,
            "reprints": 3,
        }

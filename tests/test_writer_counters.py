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
from archive.writer import WriterProcess


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

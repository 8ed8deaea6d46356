"""A crawl whose store writer dies stops, records the run failed and says so.

The writer process (archive.writer) stores what the crawl hands it. Killed
(the OOM killer, a stray SIGTERM), it used to leave the crawl fetching on: every
item after that raised "the store writer process has stopped" with a traceback
in the log, nothing more was stored, and the crawl ended "finished", exit 0,
the run recorded finished and ok, its summary counting editions found that the
archive never got (the report: "not crawled").
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hostile.crashkit import (
    alive,
    children,
    runs,
    start_crawl,
    stored_count,
    wait_for_articles,
    wait_until,
    write_registry,
)
from sitegen.serve import serve_listing_site

from archive.items import PageItem
from crawler.pipelines.store import StorePipeline
from search_cli import exitcodes

N_ARTICLES = 400
PACE = {"DOWNLOAD_DELAY": "0.02", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}


class GoneWriter:
    """A store writer process that is gone."""

    written = 0
    error = ""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def put(
        self, item: Any, counters: object = None
    ) -> None:  # the real one raises here: "the store writer process has stopped"
        raise RuntimeError("the store writer process has stopped")

    def collect(self, wait: bool = False) -> Counter[str]:
        return Counter()

    def alive(self) -> bool:
        return False

    def stopped_reason(self) -> str:
        return "the store writer was killed (signal SIGKILL)"


class Engine:
    def __init__(self) -> None:
        self.reasons: list[str] = []

    async def close_spider_async(self, *, reason: str = "cancelled") -> None:
        self.reasons.append(reason)


def test_items_after_the_writer_died_stop_the_crawl_once_without_a_traceback_each() -> None:
    async def scenario() -> None:
        engine = Engine()
        stats = SimpleNamespace(inc_value=lambda *args, **kwargs: None)
        crawler: Any = SimpleNamespace(engine=engine, spider=object(), stats=stats)
        pipeline = StorePipeline(crawler, "sqlite://", 10, 600.0)
        pipeline.writer = GoneWriter()  # type: ignore[assignment]
        for n in range(3):
            item = PageItem("bcrb", date(2024, 5, 1), str(n))
            assert await pipeline.process_item(item) is item  # no RuntimeError logged per item
        await asyncio.sleep(0)
        assert engine.reasons == ["store_failed"]
        assert pipeline.store_failure == crawler.newsarchive_store_failure
        assert "SIGKILL" in pipeline.store_failure

    asyncio.run(scenario())


@pytest.mark.slow  # a whole crawl in a subprocess
def test_a_crawl_whose_store_writer_died_stops_and_is_recorded_failed(tmp_path: Path) -> None:
    with serve_listing_site(tmp_path / "site", N_ARTICLES, seed=11) as (manifest, url):
        registry = write_registry(tmp_path / "sources.toml", "wd", url, manifest.listing["start"])
        home = tmp_path / "data"
        log = tmp_path / "crawl.log"
        proc = start_crawl(registry, home, "wd", log=log, settings=PACE)
        try:
            assert wait_for_articles(home, 1, proc) >= 1, "the crawl stored nothing before the kill"
            assert wait_until(lambda: any(children(c) for c in children(proc.pid)))
            (crawl_child,) = children(proc.pid)
            (writer,) = children(crawl_child)
            os.kill(writer, signal.SIGKILL)
            out, _ = proc.communicate(timeout=240)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert not alive(writer)
        stored = stored_count(home)
    text = out.decode()
    err = log.read_text(encoding="utf-8", errors="replace")
    assert proc.returncode == exitcodes.ERROR, (proc.returncode, text, err[-2000:])
    assert "Traceback" not in err, err[-3000:]
    assert "the store writer process has stopped" not in err
    assert "store writer" in err and "--resume" in err, err[-2000:]
    assert f"crawl of wd: failed (run {runs(home)[-1]['id']})" in text, text
    assert runs(home)[-1]["status"] == "failed" and runs(home)[-1]["reason"] == "store_failed"
    assert stored < N_ARTICLES  # it stopped: it did not fetch the whole site into nowhere

"""The store pipeline's confirming mode (queue workers) on Scrapy's coroutine API.

An item is handed back only once its batch is committed; when the writer dies
first, the item fails and the crawl stops through ``close_spider_async``, with
no ``ScrapyDeprecationWarning`` on the way (``-W error`` for it here).
"""

from __future__ import annotations

import asyncio
import warnings
from collections import Counter
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import ScrapyDeprecationWarning

from archive.items import PageItem
from crawler.pipelines.store import StorePipeline, StoreUnavailable


class DeadWriter:
    """A store writer process that died after taking its first item, before committing anything."""

    written = 0
    error = "the store writer was killed"

    def __init__(self) -> None:
        self.items: list[Any] = []

    def put(self, item: Any, counters: Any = None) -> None:
        self.items.append(item)

    def collect(self) -> Counter[str]:
        return Counter()

    def alive(self) -> bool:
        return not self.items

    def stopped_reason(self) -> str:
        return self.error


class Engine:
    """Records why the crawl was closed."""

    def __init__(self) -> None:
        self.closed = asyncio.Event()
        self.reason = ""

    async def close_spider_async(self, *, reason: str = "cancelled") -> None:
        self.reason = reason
        self.closed.set()


def test_an_item_whose_writer_died_fails_and_stops_the_crawl() -> None:
    async def scenario() -> None:
        engine = Engine()
        stats = SimpleNamespace(inc_value=lambda *args, **kwargs: None)
        crawler: Any = SimpleNamespace(engine=engine, spider=object(), stats=stats)
        pipeline = StorePipeline(crawler, "sqlite://", 10, 600.0, confirm=True)
        writer = DeadWriter()
        pipeline.writer = writer  # type: ignore[assignment]
        item = PageItem("bcrb", date(2024, 5, 1), "1")
        handed = asyncio.ensure_future(pipeline.process_item(item))
        await asyncio.sleep(0)  # let process_item run up to its await
        assert writer.items == [item] and not handed.done()  # not scraped before a commit
        pipeline._confirm()  # the poll finds the writer dead
        with pytest.raises(StoreUnavailable, match="the store writer was killed"):
            await handed
        await engine.closed.wait()
        assert engine.reason == "store_failed"

    with warnings.catch_warnings():
        warnings.simplefilter("error", ScrapyDeprecationWarning)
        asyncio.run(scenario())

"""Write items to the archive in batches, and keep the crawl run's record.

Writes are batched (one transaction per ``NEWSARCHIVE_STORE_BATCH`` items or
``NEWSARCHIVE_STORE_FLUSH_SECONDS``) so that the database does not stall
Scrapy's reactor with a commit per article.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from typing_extensions import Self

from crawler.config import resolve_db_url
from crawler.items import ArticleItem, EditionItem, PageItem
from crawler.store.articles import ensure_source, upsert_article
from crawler.store.editions import finish_run, record_edition, record_page, start_run
from crawler.store.engine import create_store_engine, make_session_factory
from crawler.store.schema import ensure_schema

logger = logging.getLogger(__name__)


def run_counters(stats: dict[str, Any]) -> dict[str, Any]:
    """Pick the counters a crawl run keeps from Scrapy's stats."""
    counters: dict[str, Any] = {}
    for key, value in stats.items():
        if key.startswith("newsarchive/"):
            counters[key.removeprefix("newsarchive/")] = value
        elif key in ("downloader/response_count", "item_dropped_count", "log_count/ERROR", "retry/count"):
            counters[key] = value
        elif key.startswith("downloader/response_status_count/") or key.startswith("retry/reason_count/"):
            counters[key] = value
    counters["fetched"] = stats.get("downloader/response_count", 0)
    return counters


class StorePipeline:
    """Upsert articles, editions and pages; open and close the crawl run."""

    def __init__(self, crawler: Crawler, db_url: str, batch_size: int, flush_seconds: float) -> None:
        self.crawler = crawler
        self.db_url = db_url
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.engine: Engine | None = None
        self.sessions: sessionmaker[Session] | None = None
        self.run_id: int | None = None
        self.buffer: list[Any] = []
        self.last_flush = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        db_url = resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), settings.get("NEWSARCHIVE_HOME"))
        pipeline = cls(
            crawler,
            db_url,
            settings.getint("NEWSARCHIVE_STORE_BATCH", 200),
            settings.getfloat("NEWSARCHIVE_STORE_FLUSH_SECONDS", 2.0),
        )
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        self.engine = create_store_engine(self.db_url)
        ensure_schema(self.engine)
        self.sessions = make_session_factory(self.engine)
        source = getattr(spider, "source", None)
        source_id = source.id if source is not None else (spider.name if spider else "unknown")
        args = {
            "since": str(getattr(spider, "since", "")),
            "until": str(getattr(spider, "until", "")),
            "spider": spider.name if spider else "",
        }
        with self.sessions.begin() as session:
            if source is not None:
                ensure_source(session, source.id, source.name, source.region, source.kind)
            self.run_id = start_run(session, source_id, args["spider"], args).id
        if spider is not None:
            spider.newsarchive_run_id = self.run_id  # type: ignore[attr-defined]

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, ArticleItem | EditionItem | PageItem):
            self.buffer.append(item)
            if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush > self.flush_seconds:
                self.flush()
        return item

    def flush(self) -> None:
        """Write the buffered items in one transaction; on failure, item by item."""
        self.last_flush = time.monotonic()
        if not self.buffer or self.sessions is None:
            return
        items, self.buffer = self.buffer, []
        try:
            with self.sessions.begin() as session:
                outcomes = [self._write(session, item) for item in items]
        except SQLAlchemyError as exc:
            logger.warning("batch write failed (%s); writing items one by one", exc.__class__.__name__)
            outcomes = []
            for item in items:
                try:
                    with self.sessions.begin() as session:
                        outcomes.append(self._write(session, item))
                except SQLAlchemyError as item_exc:
                    outcomes.append("failed/store")
                    logger.error("cannot store %s: %s", getattr(item, "url", item), item_exc)
        stats = self.crawler.stats
        assert stats is not None
        for outcome in outcomes:
            if outcome:
                stats.inc_value(f"newsarchive/{outcome}")

    def _write(self, session: Session, item: Any) -> str:
        if isinstance(item, ArticleItem):
            return "articles/" + upsert_article(session, item).outcome
        if isinstance(item, EditionItem):
            record_edition(session, item, self.run_id)
        elif isinstance(item, PageItem):
            record_page(session, item, self.run_id)
        return ""

    def close_spider(self, spider: Spider | None = None) -> None:
        self.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Close the run record once Scrapy knows why the crawl ended (after ``close_spider``)."""
        stats = self.crawler.stats
        assert stats is not None and self.sessions is not None and self.engine is not None
        status = "finished" if reason == "finished" else ("interrupted" if reason == "shutdown" else "failed")
        if self.run_id is not None:
            with self.sessions.begin() as session:
                finish_run(session, self.run_id, status, run_counters(stats.get_stats()), reason)
        self.engine.dispose()

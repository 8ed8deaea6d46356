"""Write items to the archive in batches, and keep the crawl run's record.

Writes are batched (one transaction per ``NEWSARCHIVE_STORE_BATCH`` items or
``NEWSARCHIVE_STORE_FLUSH_SECONDS``) so that the database does not stall
Scrapy's reactor with a commit per article; a batch of articles costs one
``SELECT`` of its URLs, one multi-row ``INSERT ... ON CONFLICT`` and two
indexed reprint lookups. A crash loses at most the unflushed batch, which
``crawl --resume`` fetches again.

With ``NEWSARCHIVE_STORE_CONFIRM`` (queue workers) ``process_item`` awaits a
Deferred that fires once the item's batch is committed, so Scrapy signals
``item_scraped`` only for stored items: a worker acknowledges a request then,
and a worker killed mid-batch leaves that batch's requests leased, to be
fetched again by another (the upserts make the redo harmless).
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter, deque
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from twisted.internet import defer, task

from archive.articles import (
    archived_urls,
    ensure_source,
    keep_fetch_urls,
    mark_refused,
    record_refusals,
    touch_articles,
)
from archive.batches import write_batch
from archive.config import resolve_db_url, warc_dir
from archive.editions import (
    discard_run,
    finish_run,
    save_running_counters,
    settle_served_again,
    settle_unsure_editions,
    start_run,
)
from archive.engine import create_store_engine, make_session_factory
from archive.errors import CrawlerError
from archive.items import ArticleItem, EditionItem, PageItem
from archive.runs import counted_so_far
from archive.schema import ensure_schema
from archive.source_schedules import load_schedules
from archive.writer import WriterProcess
from crawler.normalize.article import load_tables, prepare_for_store

logger = logging.getLogger(__name__)
CONFIRM_POLL_SECONDS = 0.05  # how often a confirming pipeline looks for committed batches


class StoreUnavailable(CrawlerError):
    """An item's batch was never committed: the store writer stopped."""


def recount(before: str, after: str) -> dict[str, int]:
    """Return the edition counters to change when a date settled at the crawl's end moves.

    ``before`` and ``after`` are "found", "another" (no edition, served another
    edition) or "not_yet".
    """
    keys = {"found": ("found",), "another": ("no_edition", "another_edition"), "not_yet": ("not_yet",)}
    change: dict[str, int] = {}
    for key in keys[before]:
        change[key] = change.get(key, 0) - 1
    for key in keys[after]:
        change[key] = change.get(key, 0) + 1
    return {key: n for key, n in change.items() if n}


@functools.lru_cache(maxsize=4096)  # a crawl's stats have a few dozen keys, read with every item
def counter_name(key: str) -> str | None:
    """Return the name a crawl run keeps Scrapy's stat ``key`` under (None: not kept)."""
    if key.startswith("newsarchive/"):
        return key.removeprefix("newsarchive/")
    if key in ("downloader/response_count", "item_dropped_count", "log_count/ERROR", "retry/count"):
        return key
    if key.startswith(("downloader/response_status_count/", "retry/reason_count/")):
        return key
    if key.startswith("downloader/exception_type_count/"):
        # Per attempt (a retried timeout counts twice): kept for diagnosis. Pages that
        # failed are counted once each, by reason, as failed/* by the spiders' errbacks.
        return "downloader/exception/" + key.rsplit("/", 1)[-1].rsplit(".", 1)[-1]
    return None


def run_counters(stats: dict[str, Any]) -> dict[str, Any]:
    """Pick the counters a crawl run keeps from Scrapy's stats (failures by reason included)."""
    counters: dict[str, Any] = {}
    for key, value in stats.items():
        if (name := counter_name(key)) is not None:
            counters[name] = value
    counters["fetched"] = stats.get("downloader/response_count", 0)
    if "elapsed_time_seconds" in stats:  # set by CoreStats just before the run record is closed
        counters["elapsed_seconds"] = round(float(stats["elapsed_time_seconds"]), 3)
    if "memusage/max" in stats:
        counters["peak_memory_bytes"] = stats["memusage/max"]
    counters["reprints"] = counters.get("reprints/exact", 0) + counters.get("reprints/near", 0)
    return counters


class StorePipeline:
    """Upsert articles, editions and pages; open and close the crawl run."""

    def __init__(
        self,
        crawler: Crawler,
        db_url: str,
        batch_size: int,
        flush_seconds: float,
        resume: bool = False,
        in_process: bool = False,
        confirm: bool = False,
        counters_seconds: float = 0.0,
        queue_worker: bool = False,
    ) -> None:
        self.crawler = crawler
        self.db_url = db_url
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.resume = resume
        self.in_process = in_process
        self.engine: Engine | None = None
        self.sessions: sessionmaker[Session] | None = None
        self.writer: WriterProcess | None = None
        self.run_id: int | None = None
        self.buffer: list[Any] = []
        self.last_flush = time.monotonic()
        self.confirm = confirm
        # One Deferred per item handed over and not yet committed, in the order handed over.
        self.unconfirmed: deque[tuple[defer.Deferred[Any], Any]] = deque()
        self.confirmed = 0  # items committed so far (the writer's count, or the in-process flushes)
        self.poll: task.LoopingCall | None = None
        self.counters_seconds = counters_seconds
        self.counters_loop: task.LoopingCall | None = None
        self.queue_worker = queue_worker
        self.store_failure = ""  # why items went unstored (the writer died or failed): the run failed

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        db_url = resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), settings.get("NEWSARCHIVE_HOME"))
        pipeline = cls(
            crawler,
            db_url,
            settings.getint("NEWSARCHIVE_STORE_BATCH"),
            settings.getfloat("NEWSARCHIVE_STORE_FLUSH_SECONDS"),
            settings.getbool("NEWSARCHIVE_RESUME"),
            not settings.getbool("NEWSARCHIVE_STORE_PROCESS"),
            settings.getbool("NEWSARCHIVE_STORE_CONFIRM"),
            settings.getfloat("NEWSARCHIVE_RUN_COUNTERS_SECONDS"),
            bool(settings.get("NEWSARCHIVE_QUEUE_BASE")),
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
            "resume": self.resume,
        }
        if queue := self.crawler.settings.get("NEWSARCHIVE_QUEUE_BASE"):
            # The shared job this worker crawls: another worker that drains it finishes this run's dates.
            args["queue"] = str(queue)
        with self.sessions.begin() as session:
            if source is not None:
                # The registry's schedule, registered from the paper's day of this check (an e-paper
                # crawl's NEWSARCHIVE_CHECK_TIME when set): the web calendar reads the paper's week there.
                checked_at = getattr(spider, "checked_at", None)
                ensure_source(
                    session,
                    source.id,
                    source.name,
                    source.region,
                    source.kind,
                    source.timezone,
                    schedule=source.schedule,
                    now=checked_at() if callable(checked_at) else None,
                )
                if spider is not None and hasattr(spider, "schedules"):
                    # An e-paper's crawl judges the dates off the paper's week as the report does.
                    spider.schedules = load_schedules(session, [source.id]).get(source.id)
            warc_root = warc_dir(self.crawler.settings.get("NEWSARCHIVE_HOME"))
            self.run_id = start_run(session, source_id, str(args["spider"]), args, warc_root).id
            skip = archived_urls(session, source_id) if self.resume else set()
        if spider is not None:
            spider.newsarchive_run_id = self.run_id  # type: ignore[attr-defined]
            if skip and isinstance(getattr(spider, "skip_urls", None), set):
                spider.skip_urls.update(skip)  # type: ignore[attr-defined]
                logger.info("resume: %d archived articles of %s will not be fetched", len(skip), source_id)
        if not self.in_process:
            self.engine.dispose()  # no pooled connection may be shared with the forked writer
            load_tables()  # read once, here, both processes share them
            self.writer = WriterProcess(
                self.db_url, self.run_id, self.batch_size, self.flush_seconds, prepare=prepare_for_store
            )
        if self.confirm:
            self.poll = task.LoopingCall(self._confirm)
            self.poll.start(CONFIRM_POLL_SECONDS, now=False)
        if self.counters_seconds > 0:
            self.counters_loop = task.LoopingCall(self._save_counters)
            self.counters_loop.start(self.counters_seconds, now=False)

    def _save_counters(self) -> None:
        """Write the run's counters so far: a crawl killed with SIGKILL never writes them at its end."""
        stats = self.crawler.stats
        if self.sessions is None or self.run_id is None or stats is None:
            return
        try:
            with self.sessions.begin() as session:
                save_running_counters(session, self.run_id, run_counters(stats.get_stats()))
        except Exception as exc:  # a database hiccup costs this write, not the crawl; the next one retries
            logger.warning("could not write the run's counters so far: %s", exc)

    async def process_item(self, item: Any) -> Any:
        """Hand the item to the store; in confirming mode, return it only once its batch committed.

        A coroutine, as Scrapy 2.13+ wants (a returned Deferred is deprecated):
        awaiting the item's Deferred keeps ``item_scraped`` (and so the lease's
        acknowledgement) until the commit; a batch never committed raises
        :class:`StoreUnavailable` instead.
        """
        if not isinstance(item, ArticleItem | EditionItem | PageItem):
            return item
        stored: defer.Deferred[Any] | None = None
        if self.confirm:
            stored = defer.Deferred()
            self.unconfirmed.append((stored, item))
        if self.writer is not None:
            if not self.writer.alive():
                # Items from here on are stored nowhere: stop the crawl (once), not fetch on into nothing
                # with a traceback per item and end "finished" (its run recorded ok, exit 0).
                self._count(self.writer.collect())
                self._store_failed(self.writer.stopped_reason())
                if stored is None:
                    return item
                self._release()
                self._give_up(self.store_failure, stop=False)
                return await maybe_deferred_to_future(stored)  # raises StoreUnavailable
            # With the run's counters as they stand: the writer saves them in the item's batch.
            self.writer.put(item, self._counters_now())
            self._count(self.writer.collect())
        else:
            self.buffer.append(prepare_for_store(item))
            if len(self.buffer) >= self.batch_size or time.monotonic() - self.last_flush > self.flush_seconds:
                self.flush()
        self._release()
        return item if stored is None else await maybe_deferred_to_future(stored)

    def _release(self) -> None:
        """Fire the Deferreds of the items the writer has committed (confirming mode)."""
        if self.writer is None:
            return  # in-process, flush() fires them
        while self.confirmed < self.writer.written and self.unconfirmed:
            stored, item = self.unconfirmed.popleft()
            self.confirmed += 1
            stored.callback(item)

    def _confirm(self) -> None:
        """Look for committed batches (and flush a partial one that waited long enough in-process)."""
        if self.writer is not None:
            self._count(self.writer.collect())
            if not self.writer.alive() and self.unconfirmed:
                self._release()
                self._give_up(self.writer.error or "the store writer stopped")
                return
        elif self.buffer and time.monotonic() - self.last_flush > self.flush_seconds:
            self.flush()
        self._release()

    def _give_up(self, reason: str, *, stop: bool = True) -> None:
        """Fail every unconfirmed item and stop the crawl: its requests stay leased, for another worker."""
        pending, self.unconfirmed = self.unconfirmed, deque()
        for stored, _item in pending:
            stored.errback(StoreUnavailable(f"not stored: {reason}"))
        if stop and pending:
            self._store_failed(reason)

    def _store_failed(self, reason: str) -> None:
        """Record that items went unstored, and stop the crawl (once): its run is recorded failed."""
        if self.store_failure:
            return
        self.store_failure = reason
        # Read by the crawl's runner: the summary's error line, and "failed" whatever Scrapy's reason.
        self.crawler.newsarchive_store_failure = reason  # type: ignore[attr-defined]
        engine, spider = self.crawler.engine, self.crawler.spider
        if engine is not None and spider is not None:
            logger.error("store writer: %s; stopping the crawl", reason)
            deferred_from_coro(engine.close_spider_async(reason="store_failed"))

    def _counters_now(self) -> dict[str, Any] | None:
        """Return the run's counters so far (None without a run to write them to)."""
        stats = self.crawler.stats
        return None if self.run_id is None or stats is None else run_counters(stats.get_stats())

    def _committing(self, session: Session, written: Counter[str]) -> None:
        """Write the run's counters with this batch's outcomes, in its transaction (in-process)."""
        if (counters := self._counters_now()) is not None and self.run_id is not None:
            added = {key: int(counters.get(key, 0)) + n for key, n in written.items()}
            save_running_counters(session, self.run_id, counted_so_far(counters, added))

    def _count(self, outcomes: Counter[str]) -> None:
        stats = self.crawler.stats
        assert stats is not None
        for outcome, n in outcomes.items():
            stats.inc_value(f"newsarchive/{outcome}", n)

    def flush(self) -> None:
        """Write the buffered items in one transaction (in-process mode)."""
        self.last_flush = time.monotonic()
        if not self.buffer or self.sessions is None:
            return
        items, self.buffer = self.buffer, []
        self._count(write_batch(self.sessions, items, self.run_id, self._committing))
        for _ in items:  # in-process, a flush commits every buffered item
            if self.unconfirmed:
                stored, item = self.unconfirmed.popleft()
                self.confirmed += 1
                stored.callback(item)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.poll is not None and self.poll.running:
            self.poll.stop()
        if self.counters_loop is not None and self.counters_loop.running:
            self.counters_loop.stop()
        if self.writer is not None:
            self._count(self.writer.close())
            if self.writer.error:
                if not self.store_failure:  # else said when the crawl was stopped for it
                    logger.error("store writer: %s", self.writer.error)
                # What it held was not committed: the run failed, however the crawl itself ended.
                self.store_failure = self.store_failure or self.writer.error
                self.crawler.newsarchive_store_failure = self.store_failure  # type: ignore[attr-defined]
            self._release()
        self.flush()
        if self.unconfirmed:  # a writer that failed at the end: these were not stored
            self._give_up(self.writer.error if self.writer is not None else "not flushed", stop=False)

    def _took_nothing(self, stats: dict[str, Any], reason: str) -> bool:
        """Tell whether this queue worker ended, drained or stopped, without taking a request.

        A failure (the store, the queue) stays recorded: it needs looking at.
        """
        return (
            self.queue_worker
            and reason in ("finished", "shutdown")
            and not stats.get("scheduler/dequeued/redis")  # counted by the LeasedScheduler
            and not stats.get("downloader/response_count")
            and not stats.get("item_scraped_count")
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Close the run record once Scrapy knows why the crawl ended (after ``close_spider``)."""
        stats = self.crawler.stats
        if self.sessions is None or self.engine is None or stats is None:
            return
        status = "finished" if reason == "finished" else ("interrupted" if reason == "shutdown" else "failed")
        if self.store_failure:  # items fetched were not stored: not a finished (nor merely interrupted) crawl
            status, reason = "failed", "store_failed"
        if self.run_id is not None and self._took_nothing(stats.get_stats(), reason):
            # A worker that found the queue drained (or was stopped before it took a request) crawled
            # nothing: a "finished, fetched 0" run padded `runs` and the report's count of crawls.
            with self.sessions.begin() as session:
                discard_run(session, self.run_id)
            self.run_id = None
            spider.newsarchive_run_id = None  # type: ignore[attr-defined]
            spider.newsarchive_took_nothing = True  # type: ignore[attr-defined]
        if self.run_id is not None:
            with self.sessions.begin() as session:
                # What --resume skipped but a page still listed was seen on the site: without this the
                # report counted it "unseen", as if the paper had taken it off the edition.
                touch_articles(session, getattr(spider, "listed_skipped", ()))
                # Other links to an article stored this run (dropped as duplicates): --resume skips them.
                keep_fetch_urls(session, getattr(spider, "more_fetch_urls", {}))
                # Fetched but refused as cut short: "refused" in the report, not "unseen".
                where = getattr(spider, "refused_where", {})  # each refused capture's WARC file and offset
                mark_refused(session, getattr(spider, "refused_captures", {}), captures=where)
                source = getattr(spider, "source", None)
                if source is not None:  # and those of articles never archived, which have no row to mark
                    refused = getattr(spider, "refused_requests", {})
                    record_refusals(session, source.id, self.run_id, refused, captures=where)
                moves = settle_unsure_editions(session, self.run_id)
                if source is not None:
                    moves += settle_served_again(session, source.id, getattr(spider, "served_again", {}))
                for before, after in moves:
                    # Counted when its page came: the summary and the run must add up as the report does.
                    for key, n in recount(before, after).items():
                        stats.inc_value(f"newsarchive/editions/{key}", n)
                finish_run(session, self.run_id, status, run_counters(stats.get_stats()), reason)
        self.engine.dispose()

"""The worker's spider middleware: acknowledge leases once stored, heartbeat, end when drained."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Self

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from twisted.python.failure import Failure

from archive.errors import CrawlerError
from crawler.pipelines.store import StoreUnavailable
from crawler.scaleout.keys import HEARTBEAT_SECONDS, HEARTBEAT_TTL_MS, QueueKeys, connect
from crawler.scaleout.leases import LEASE, pending, recover_dead_workers, requeue_worker
from crawler.scaleout.scheduler import LeasedScheduler

logger = logging.getLogger(__name__)


class LeaseMiddleware:
    """Acknowledge leased requests when done, heartbeat, re-queue dead workers' requests, end when drained.

    A spider middleware placed outermost (order 10): it schedules the callback's
    requests itself (handed to the scheduler's link before the ack, so the link
    sends them to Redis first) and counts its items until ``item_scraped`` /
    ``item_dropped`` / ``item_error``.
    """

    def __init__(
        self, crawler: Crawler, server: redis.Redis, keys: QueueKeys, worker: str, idle_timeout: float
    ) -> None:
        self.crawler = crawler
        self.server = server
        self.keys = keys
        self.worker = worker
        self.idle_timeout = idle_timeout
        self.items: dict[str, int] = {}
        self.done_output: set[str] = set()
        self.by_errback: set[str] = set()  # leases whose errback output errback_output tracks
        self.idle_since: float | None = None
        # The heartbeat runs in its own thread: the reactor can be busy for seconds (a slow Redis on
        # a loaded machine, a long callback) while the worker is alive, and others must not take
        # its leases then. A killed process stops beating all the same.
        self.stop_beating = threading.Event()
        self.beat = threading.Thread(target=self._beat, name="queue-heartbeat", daemon=True)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        base, worker = settings.get("NEWSARCHIVE_QUEUE_BASE"), settings.get("NEWSARCHIVE_WORKER_ID")
        if not base or not worker:
            raise NotConfigured("not a queue worker")
        mw = cls(
            crawler,
            connect(settings.get("REDIS_URL")),
            QueueKeys(base),
            worker,
            settings.getfloat("NEWSARCHIVE_QUEUE_IDLE_TIMEOUT"),
        )
        for handler, signal in (
            (mw.spider_opened, signals.spider_opened),
            (mw.spider_idle, signals.spider_idle),
            (mw.spider_closed, signals.spider_closed),
            (mw.item_done, signals.item_scraped),
            (mw.item_done, signals.item_dropped),
            (mw.item_done, signals.item_error),
        ):
            crawler.signals.connect(handler, signal=signal)
        return mw

    def heartbeat(self) -> None:
        """Say this worker is alive; re-queue what dead workers held."""
        try:
            self.server.sadd(self.keys.workers, self.worker)
            self.server.set(self.keys.heartbeat(self.worker), "1", px=HEARTBEAT_TTL_MS)
            recover_dead_workers(self.server, self.keys, self.worker)
        except redis.RedisError as exc:
            logger.warning("queue heartbeat failed: %s", exc)

    def _beat(self) -> None:
        while not self.stop_beating.wait(HEARTBEAT_SECONDS):
            self.heartbeat()

    def spider_opened(self, spider: Spider) -> None:
        spider.newsarchive_leases = self  # type: ignore[attr-defined]  # its errbacks report here
        # Asked by the stop control (crawler.childsignals) when a stop comes: see drained_now.
        self.crawler.newsarchive_queue_drained = self.drained_now  # type: ignore[attr-defined]
        self.heartbeat()
        self.beat.start()

    def drained_now(self) -> bool:
        """Tell whether this worker's work is all done: nothing in progress here, nothing queued,
        nothing leased by another worker.

        A stop then (a service manager's SIGTERM to a worker waiting for new seeds) ends the run as
        the idle timeout would have, "finished": "interrupted" sent the report's reader to crawl
        every date of the run again with ``--resume``.
        """
        engine = self.crawler.engine
        try:
            if engine is None or not engine.spider_is_idle():
                return False
            queued, elsewhere = pending(self.server, self.keys, self.worker)
        except (RuntimeError, redis.RedisError):  # no slot yet, or Redis cannot say: not known drained
            return False
        return not queued and not elsewhere

    def _scheduler(self) -> LeasedScheduler:
        scheduler = self.crawler.engine.scheduler if self.crawler.engine is not None else None
        if not isinstance(scheduler, LeasedScheduler):
            raise CrawlerError("LeaseMiddleware needs SCHEDULER crawler.scaleout.scheduler.LeasedScheduler")
        return scheduler

    def _ack(self, token: str) -> None:
        self.items.pop(token, None)
        self.done_output.discard(token)
        # A download error's output never comes back through process_spider_output, which released
        # an HTTP error's: the token stayed until the worker went idle (a busy one: its whole run).
        # An HTTP error's output acknowledged here is already flagged in process_spider_output.
        self.by_errback.discard(token)
        # The link sends a turn's acks in one HDEL (a committed batch's requests: one turn).
        self._scheduler().ack(token)

    def _track(self, token: str | None, obj: Any, count: bool = True) -> bool:
        """Queue a request now (return False) or count an item of the lease ``token`` (return True)."""
        if isinstance(obj, Request):
            # A child is leased when popped; carrying its parent's lease, the scheduler would take it
            # for the parent's successor (a retry, a redirect) and acknowledge the parent early.
            obj.meta.pop(LEASE, None)
            assert self.crawler.engine is not None
            self.crawler.engine.crawl(obj)
            return False
        if token and count:
            self.items[token] = self.items.get(token, 0) + 1
        return True

    def _exhausted(self, token: str | None) -> None:
        if token:
            if self.items.get(token, 0) == 0:
                self._ack(token)
            else:
                self.done_output.add(token)

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterator[Any]:
        token = response.meta.get(LEASE)
        errback = token in self.by_errback  # an errback's output (an HTTP error): it tracks it itself
        for obj in result:
            if self._track(token, obj, count=not errback):
                yield obj
        if errback:
            self.by_errback.discard(token)
        else:
            self._exhausted(token)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        token = response.meta.get(LEASE)
        errback = token in self.by_errback
        async for obj in result:
            if self._track(token, obj, count=not errback):
                yield obj
        if errback:
            self.by_errback.discard(token)
        else:
            self._exhausted(token)

    def errback_output(self, failure: Failure, output: Any) -> Iterator[Any]:
        """Track a failed request's errback output like a callback's; ack its lease once its items are stored.

        Called by the worker spider's errbacks (``crawler.scaleout.jobs``):
        Scrapy passes a download error's errback output past the spider
        middlewares, and an HTTP error's through them (which then leave it to this).
        """
        request = getattr(failure, "request", None)
        token = request.meta.get(LEASE) if isinstance(request, Request) else None
        if token:
            self.by_errback.add(token)  # now, before the spider middlewares see the output
        return self._errback_output(token, output)

    def _errback_output(self, token: str | None, output: Any) -> Iterator[Any]:
        for obj in output or ():
            if self._track(token, obj):
                yield obj
        self._exhausted(token)

    def item_done(self, item: Any, response: Any = None, failure: Any = None, **kwargs: Any) -> None:
        if isinstance(failure, Failure) and isinstance(failure.value, StoreUnavailable):
            return  # never stored: the lease stays, and goes back to the queue as this worker stops
        # An errback's item comes with its Failure, which carries the failed request.
        request = response.request if isinstance(response, Response) else getattr(response, "request", None)
        token = request.meta.get(LEASE) if isinstance(request, Request) else None
        if token and token in self.items:
            self.items[token] -= 1
            if self.items[token] <= 0 and token in self.done_output:
                self._ack(token)

    def spider_idle(self, spider: Spider) -> None:
        """Keep the worker open while the shared crawl is unfinished (or forever with timeout 0)."""
        # Idle means nothing is in progress here: whatever this worker still leases is done.
        self.server.delete(self.keys.inflight(self.worker))
        self.items.clear()
        self.done_output.clear()
        self.by_errback.clear()
        recover_dead_workers(self.server, self.keys, self.worker)
        queued, elsewhere = pending(self.server, self.keys, self.worker)
        if queued:
            self._scheduler().wake()  # pushed by other workers since this one last found it empty
        if queued or elsewhere or self.idle_timeout <= 0:
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None and self.crawler.stats is not None:
            # When the shared crawl ran out of work (the exit comes an idle timeout later): benchmarks
            # measure a worker's rate up to here.
            self.crawler.stats.set_value("newsarchive/queue_drained_at", round(time.time(), 3))
        self.idle_since = self.idle_since or now
        if now - self.idle_since < self.idle_timeout:
            raise DontCloseSpider

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.stop_beating.set()
        if self.beat.is_alive():
            self.beat.join()
        if reason == "finished":
            self.server.delete(self.keys.inflight(self.worker))
        else:  # stopped early (SIGTERM, an error): hand what we held to the other workers
            requeue_worker(self.server, self.keys, self.worker)
        self.server.srem(self.keys.workers, self.worker)
        self.server.delete(self.keys.heartbeat(self.worker))

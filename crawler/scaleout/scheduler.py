"""The worker's scheduler: requests come from a local buffer of leased ones, Redis is left to the link.

scrapy-redis's scheduler makes a Redis round trip from the reactor for every
request it pops or pushes. :class:`LeasedScheduler` keeps a buffer of
requests already leased to this worker (popped ``NEWSARCHIVE_QUEUE_PREFETCH``
at a time into its in-flight hash, so a killed worker's buffer goes back to
the queue like the rest of its leases) and hands pushes, acknowledgements and
refills to a :class:`~crawler.scaleout.link.QueueLink`, whose thread sends
each reactor turn's operations in one pipeline. The reactor never waits for
Redis while crawling; it does at open, at close and when the spider is idle.

The dupefilter stays in Redis (shared by all workers); a fingerprint this
worker already pushed is dropped here without a round trip, one another
worker pushed is dropped by the push script, reported when the turn returns.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Self, cast

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler

from archive.errors import CrawlerError
from crawler.scaleout.leases import LEASE, LeasedPriorityQueue
from crawler.scaleout.link import Outcome, QueueLink, Turn

# After finding the queue empty, look again this often: other workers push what their pages link to,
# and the engine would otherwise ask only when one of this worker's downloads ends (or every 5 s).
EMPTY_QUEUE_POLL_SECONDS = 0.2


class LeasedScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler with a local buffer of leased requests and its Redis calls off the reactor."""

    crawler: Crawler
    prefetch: int
    queue: LeasedPriorityQueue
    link: QueueLink

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = cast(Self, super().from_crawler(crawler))
        scheduler.crawler = crawler
        scheduler.prefetch = max(1, crawler.settings.getint("NEWSARCHIVE_QUEUE_PREFETCH"))
        return scheduler

    def open(self, spider: Spider) -> None:
        super().open(spider)
        if not isinstance(self.queue, LeasedPriorityQueue):
            raise CrawlerError("LeasedScheduler needs SCHEDULER_QUEUE_CLASS LeasedPriorityQueue")
        self.buffer: deque[Request] = deque()  # leased to this worker, best first
        self.turn = Turn()  # gathered during this reactor turn, handed to the link at its end
        self.handing_over = False
        self.outstanding = 0  # turns handed to the link and not yet come back
        self.refilling = False  # at most one refill on the wire
        self.drained = False  # the last refill found the queue empty, and nothing was pushed since
        self.pushes = 0  # requests pushed so far; tells whether a push followed a refill
        self.pushes_at_refill = 0
        self.polling = False  # a look at the empty queue is due
        self.seen: set[str] = set()  # fingerprints this worker pushed (the dupefilter has them too)
        self.closed = False
        self.link = QueueLink(self.server, self.queue, self._from_link)

    # The engine's side (reactor thread).

    def enqueue_request(self, request: Request) -> bool:
        # A request carrying a lease replaces the leased one it was made from (a retry, a redirect:
        # the downloader middlewares copy the meta): queued in its place, the old lease is
        # acknowledged after the push. Before, both stayed, and a killed worker's retry was crawled
        # twice: once from the queue, once as the re-queued original.
        successor_of = request.meta.pop(LEASE, None)
        queued = self._enqueue(request)
        if successor_of:
            self.ack(successor_of)
        return queued

    def _enqueue(self, request: Request) -> bool:
        fingerprint = ""
        if not request.dont_filter:
            fingerprint = self.df.request_fingerprint(request)
            if fingerprint in self.seen:
                self.df.log(request, self.spider)
                return False
            self.seen.add(fingerprint)
        self.pushes += 1
        self.drained = False
        self._gather().pushes.append((request, fingerprint))
        return True

    def next_request(self) -> Request | None:
        if len(self.buffer) <= self.prefetch // 2:
            self._refill()
        if not self.buffer:
            return None
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return self.buffer.popleft()

    def has_pending_requests(self) -> bool:
        """Requests are pending while some are buffered or any Redis operation is unfinished.

        The lease middleware clears this worker's in-flight hash when the
        spider is idle: no refill may be on the wire then.
        """
        return bool(self.buffer) or bool(self.turn) or self.outstanding > 0

    def __len__(self) -> int:
        return len(self.buffer)

    def ack(self, token: str) -> None:
        """Acknowledge a lease: sent after every push handed over before it."""
        if not self.closed:
            self._gather().acks.append(token)

    def wake(self) -> None:
        """Look for queued requests again (the idle check found some, pushed by other workers)."""
        self.drained = False
        self._refill()

    def close(self, reason: str) -> None:
        self.closed = True
        self._hand_over()
        self.link.close()
        super().close(reason)

    # Between the reactor and the link.

    def _gather(self) -> Turn:
        if not self.handing_over:
            from twisted.internet import reactor  # the running one (importing it early would install one)

            self.handing_over = True
            cast(Any, reactor).callLater(0, self._hand_over)
        return self.turn

    def _hand_over(self) -> None:
        self.handing_over = False
        turn, self.turn = self.turn, Turn()
        if turn:
            self.outstanding += 1
            self.link.send(turn)

    def _refill(self) -> None:
        if self.refilling or self.drained or self.closed:
            return
        self.refilling = True
        self.pushes_at_refill = self.pushes
        self._gather().refill = self.prefetch - len(self.buffer)

    def _poll(self) -> None:
        self.polling = False
        if self.drained:
            self.wake()

    def _from_link(self, outcome: Outcome) -> None:
        """Called in the link's thread: pass the outcome to the reactor."""
        from twisted.internet import reactor

        cast(Any, reactor).callFromThread(self._delivered, outcome)

    def _delivered(self, outcome: Outcome) -> None:
        self.outstanding -= outcome.turns
        if outcome.refilled:
            self.refilling = False
            self.drained = not outcome.popped and self.pushes == self.pushes_at_refill
        engine = self.crawler.engine
        if self.closed or engine is None:
            return
        if self.drained and not self.polling:
            from twisted.internet import reactor

            self.polling = True
            cast(Any, reactor).callLater(EMPTY_QUEUE_POLL_SECONDS, self._poll)
        if outcome.error:
            deferred_from_coro(engine.close_spider_async(reason="queue_failed"))
            return
        self.buffer.extend(outcome.popped)
        if self.stats and outcome.queued:
            self.stats.inc_value("scheduler/enqueued/redis", outcome.queued)
        for request in outcome.duplicates:
            self.df.log(request, self.spider)
            self.crawler.signals.send_catch_log(signals.request_dropped, request=request, spider=self.spider)
        # The engine asks for requests when a download ends; new ones (or a queue found empty, which
        # may make the spider idle) must not wait for that, nor for its 5-second heartbeat.
        slot = getattr(engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

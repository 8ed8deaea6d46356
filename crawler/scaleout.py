"""Crawl one source with many workers on many machines, sharing a Redis queue (scrapy-redis).

``seed()`` (``newsarchive crawl SOURCE --queue redis://...``) writes the job (the
registry text, so workers need no copy of ``sources.toml``) and pushes the
spider's start requests into the scrapy-redis priority queue, marking them in
its dupefilter. ``run_worker()`` (``newsarchive worker --queue ...``) runs the
source's spider with scrapy-redis's ``Scheduler`` and ``RFPDupeFilter``,
writing to the store like any crawl (PostgreSQL when several machines share it).

scrapy-redis pops a request and forgets it, so a worker killed mid-crawl
would lose what it had in flight. :class:`LeasedPriorityQueue` pops into a
per-worker *in-flight* hash instead (one Lua script, so nothing is lost
between the two), :class:`LeaseMiddleware` acknowledges a request once its
child requests are queued and its items stored (``NEWSARCHIVE_STORE_BATCH=1``
in workers: an item is written before the next), and every worker
heartbeats; the in-flight requests of a worker whose heartbeat expired go
back into the queue, and the survivors crawl them. A request may thus be
fetched twice, never lost; the store's upsert by URL keeps one row per article.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
import tomllib
import uuid
import warnings
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Self
from urllib.parse import urlsplit

import redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured, ScrapyDeprecationWarning
from scrapy.http import Response
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from twisted.internet import task

from archive.errors import ConfigError, CrawlerError
from crawler.sources import SourceConfig, get_source, parse_registry

logger = logging.getLogger(__name__)
LEASE = "newsarchive_lease"
DEFAULT_PREFIX = "newsarchive"
HEARTBEAT_SECONDS = 1.0
HEARTBEAT_TTL_MS = 5000  # a worker silent this long is dead: its in-flight requests are re-queued

# Pop the best request into this worker's in-flight hash, atomically; refresh its heartbeat.
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
redis.call('SADD', KEYS[3], ARGV[2])
redis.call('SET', KEYS[4], '1', 'PX', ARGV[3])
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. ' ' .. r[1])
return r[1]
"""
# Put every in-flight request of a worker back into the queue, with its priority.
_REQUEUE = """
local all = redis.call('HGETALL', KEYS[2])
for i = 1, #all, 2 do
  local v = all[i + 1]
  local sp = string.find(v, ' ', 1, true)
  redis.call('ZADD', KEYS[1], string.sub(v, 1, sp - 1), string.sub(v, sp + 1))
end
redis.call('DEL', KEYS[2])
return #all / 2
"""


@dataclass(frozen=True)
class QueueKeys:
    """The Redis keys of one source's shared crawl."""

    base: str

    @classmethod
    def for_source(cls, source_id: str, prefix: str = DEFAULT_PREFIX) -> QueueKeys:
        """Return the keys of ``source_id`` under ``prefix``."""
        return cls(f"{prefix}:{source_id}")

    @property
    def requests(self) -> str:
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.base}:dupefilter"

    @property
    def job(self) -> str:
        return f"{self.base}:job"

    @property
    def workers(self) -> str:
        return f"{self.base}:workers"

    def inflight(self, worker: str) -> str:
        return f"{self.base}:inflight:{worker}"

    def heartbeat(self, worker: str) -> str:
        return f"{self.base}:hb:{worker}"


def check_queue_url(url: str) -> str:
    """Return ``url`` if it is a ``redis://HOST:PORT/N`` URL, else raise a ConfigError."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix") or not (parts.hostname or parts.path):
        raise ConfigError(f"--queue: not a Redis URL (redis://HOST:PORT/N): {url!r}")
    return url


def connect(url: str) -> redis.Redis:
    """Open a Redis client for ``url`` and check that the server answers."""
    client = redis.Redis.from_url(check_queue_url(url), socket_connect_timeout=5)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise CrawlerError(f"cannot reach the queue at {url}: {exc}") from exc
    return client


def requeue_worker(server: redis.Redis, keys: QueueKeys, worker: str) -> int:
    """Put a worker's in-flight requests back into the queue; return how many."""
    count = server.eval(_REQUEUE, 2, keys.requests, keys.inflight(worker))
    server.srem(keys.workers, worker)
    return int(count)


def recover_dead_workers(server: redis.Redis, keys: QueueKeys, me: str = "") -> int:
    """Re-queue the in-flight requests of every worker whose heartbeat expired."""
    recovered = 0
    for raw in server.smembers(keys.workers):
        worker = raw.decode() if isinstance(raw, bytes) else str(raw)
        if worker != me and not server.exists(keys.heartbeat(worker)):
            n = requeue_worker(server, keys, worker)
            if n:
                logger.warning("worker %s is gone: %d in-flight requests re-queued", worker, n)
            recovered += n
    return recovered


def pending(server: redis.Redis, keys: QueueKeys, me: str = "") -> tuple[int, int]:
    """Return (queued requests, requests in flight at other live workers)."""
    inflight = 0
    for raw in server.smembers(keys.workers):
        worker = raw.decode() if isinstance(raw, bytes) else str(raw)
        if worker != me and server.exists(keys.heartbeat(worker)):
            inflight += int(server.hlen(keys.inflight(worker)))
    return int(server.zcard(keys.requests)), inflight


class LeasedPriorityQueue(PriorityQueue):  # type: ignore[misc]
    """scrapy-redis's priority queue, popping into the worker's in-flight hash instead of forgetting."""

    def __init__(self, server: Any, spider: Spider, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.keys = QueueKeys(self.key.removesuffix(":requests"))
        settings = getattr(spider, "settings", None)
        self.worker = str(settings.get("NEWSARCHIVE_WORKER_ID") or "") if settings is not None else ""
        self._serial = 0

    def pop(self, timeout: int = 0) -> Request | None:
        """Move the best request to this worker's in-flight hash and return it, tagged with its lease."""
        if not self.worker:
            raise CrawlerError("LeasedPriorityQueue needs NEWSARCHIVE_WORKER_ID")
        self._serial += 1
        token = f"{self._serial}"
        data = self.server.eval(
            _POP,
            4,
            self.key,
            self.keys.inflight(self.worker),
            self.keys.workers,
            self.keys.heartbeat(self.worker),
            token,
            self.worker,
            HEARTBEAT_TTL_MS,
        )
        if not data:
            return None
        request: Request = self._decode_request(data)
        request.meta[LEASE] = token
        return request


class LeaseMiddleware:
    """Acknowledge leased requests when done, heartbeat, re-queue dead workers' requests, end when drained.

    A spider middleware placed outermost (order 10): it queues the callback's
    requests itself (synchronously, so they are in Redis before the ack) and
    counts its items until ``item_scraped`` / ``item_dropped`` / ``item_error``.
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
        self.idle_since: float | None = None
        self.beat = task.LoopingCall(self.heartbeat)

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

    def spider_opened(self, spider: Spider) -> None:
        self.heartbeat()
        self.beat.start(HEARTBEAT_SECONDS, now=False)

    def _ack(self, token: str) -> None:
        self.items.pop(token, None)
        self.done_output.discard(token)
        self.server.hdel(self.keys.inflight(self.worker), token)

    def _track(self, response: Response, obj: Any) -> bool:
        """Queue a request now (return False) or count an item of the response's lease (return True)."""
        if isinstance(obj, Request):
            assert self.crawler.engine is not None
            self.crawler.engine.crawl(obj)
            return False
        token = response.meta.get(LEASE)
        if token:
            self.items[token] = self.items.get(token, 0) + 1
        return True

    def _exhausted(self, response: Response) -> None:
        token = response.meta.get(LEASE)
        if token:
            if self.items.get(token, 0) == 0:
                self._ack(token)
            else:
                self.done_output.add(token)

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterator[Any]:
        for obj in result:
            if self._track(response, obj):
                yield obj
        self._exhausted(response)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        async for obj in result:
            if self._track(response, obj):
                yield obj
        self._exhausted(response)

    def item_done(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        token = getattr(response, "meta", {}).get(LEASE) if isinstance(response, Response) else None
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
        recover_dead_workers(self.server, self.keys, self.worker)
        queued, elsewhere = pending(self.server, self.keys, self.worker)
        if queued or elsewhere or self.idle_timeout <= 0:
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if now - self.idle_since < self.idle_timeout:
            raise DontCloseSpider

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.beat.running:
            self.beat.stop()
        if reason == "finished":
            self.server.delete(self.keys.inflight(self.worker))
        else:  # stopped early (SIGTERM, an error): hand what we held to the other workers
            requeue_worker(self.server, self.keys, self.worker)
        self.server.srem(self.keys.workers, self.worker)
        self.server.delete(self.keys.heartbeat(self.worker))


def spider_class(kind: str, *, worker: bool) -> type[Spider]:
    """Return the source kind's spider, with its start requests coming from the queue in a worker."""
    from crawler.runner import SPIDERS

    path = SPIDERS.get(kind)
    if path is None:
        raise ConfigError(f"no spider for sources of kind {kind!r} yet")
    module, _, name = path.rpartition(".")
    base = getattr(__import__(module, fromlist=[name]), name)

    async def start(self: Any) -> AsyncIterator[Any]:  # the seeder queued them
        return
        yield

    def count(self: Any, key: str, n: int = 1) -> None:  # the seeder has no crawl stats
        self.seed_counts[key] = self.seed_counts.get(key, 0) + n

    extra: dict[str, Any] = {"start": start} if worker else {"count": count, "seed_counts": {}}
    return type(f"{'Worker' if worker else 'Seed'}{base.__name__}", (base,), extra)


def load_job(server: redis.Redis, keys: QueueKeys) -> tuple[SourceConfig, date, date]:
    """Read a seeded job: the source (from the registry text it carries) and its date range."""
    raw = server.get(keys.job)
    if not raw:
        raise CrawlerError(f"no job seeded under {keys.base} (run: newsarchive crawl SOURCE --queue URL)")
    job = json.loads(raw)
    source = get_source(parse_registry(tomllib.loads(job["registry"])), job["source"])
    return source, date.fromisoformat(job["since"]), date.fromisoformat(job["until"])


def seeded_sources(server: redis.Redis, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Return the ids of the sources with a seeded job under ``prefix``."""
    return sorted(m.decode() if isinstance(m, bytes) else str(m) for m in server.smembers(f"{prefix}:jobs"))


@dataclass(frozen=True)
class Seeded:
    """What ``seed`` did: requests pushed (new to the dupefilter), the job's dates and its keys."""

    pushed: int
    since: date
    until: date
    keys: QueueKeys


def seed(
    url: str,
    source: SourceConfig,
    registry_text: str,
    since: date | None = None,
    until: date | None = None,
    prefix: str = DEFAULT_PREFIX,
) -> Seeded:
    """Write the job and push its start requests into the shared queue (dates default like ``crawl``)."""
    server = connect(url)
    keys = QueueKeys.for_source(source.id, prefix)
    spider: Any = spider_class(source.kind, worker=False)(source=source, since=since, until=until)
    job = {
        "source": source.id,
        "registry": registry_text,
        "since": spider.since.isoformat(),
        "until": spider.until.isoformat(),
        "seeded_at": time.time(),
    }
    server.set(keys.job, json.dumps(job, ensure_ascii=False))
    server.sadd(f"{prefix}:jobs", source.id)
    queue = LeasedPriorityQueue(server, spider, keys.requests)
    dupefilter = RFPDupeFilter(server, keys.dupefilter)

    async def collect() -> list[Any]:
        return [obj async for obj in spider.start()]

    pushed = 0
    for obj in asyncio.run(collect()):
        if isinstance(obj, Request) and not dupefilter.request_seen(obj):
            queue.push(obj)
            pushed += 1
    return Seeded(pushed, spider.since, spider.until, keys)


def worker_settings(url: str, keys: QueueKeys, project: Any, idle_timeout: float | None) -> dict[str, Any]:
    """Return the settings that make a crawl a queue worker (scrapy-redis scheduler and dupefilter).

    ``idle_timeout`` None keeps ``NEWSARCHIVE_QUEUE_IDLE_TIMEOUT`` (its default is in settings.py).
    """
    middlewares = dict(project.getdict("SPIDER_MIDDLEWARES"))
    middlewares["crawler.scaleout.LeaseMiddleware"] = 10
    values: dict[str, Any] = {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.scaleout.LeasedPriorityQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # one worker finishing must not clear the others' queue
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "REDIS_URL": url,
        "SPIDER_MIDDLEWARES": middlewares,
        "NEWSARCHIVE_QUEUE_BASE": keys.base,
        "NEWSARCHIVE_WORKER_ID": f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}",
        "NEWSARCHIVE_STORE_BATCH": 1,  # an item is stored before its request is acknowledged
    }
    if idle_timeout is not None:
        values["NEWSARCHIVE_QUEUE_IDLE_TIMEOUT"] = idle_timeout
    return values


def run_worker(
    url: str,
    *,
    source_id: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    home: str | None = None,
    db_url: str | None = None,
    overrides: dict[str, Any] | None = None,
    log_level: str = "WARNING",
    idle_timeout: float | None = None,
) -> Any:
    """Crawl a seeded job from the queue in this process until it is drained; return a ``CrawlSummary``.

    Without ``source_id`` the worker takes the first seeded job with queued
    requests. It runs in-process (not forked) so that killing the worker kills
    its crawl: the others then re-queue what it held.
    """
    from scrapy.crawler import CrawlerProcess

    from crawler.pipelines.store import run_counters
    from crawler.runner import CrawlSummary, crawl_settings

    # scrapy-redis 0.9 still uses APIs Scrapy 2.13+ deprecates; its warnings are not the user's business.
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")
    server = connect(url)
    if source_id is None:
        jobs = seeded_sources(server, prefix)
        if not jobs:
            raise CrawlerError(f"no job seeded in {url} (run: newsarchive crawl SOURCE --queue {url})")
        busy = [job for job in jobs if pending(server, QueueKeys.for_source(job, prefix))[0]]
        source_id = (busy or jobs)[0]
    keys = QueueKeys.for_source(source_id, prefix)
    source, since, until = load_job(server, keys)
    settings = crawl_settings(home, db_url, overrides, log_level)
    settings.setdict(worker_settings(url, keys, settings, idle_timeout), priority="cmdline")
    settings.setdict(dict(overrides or {}), priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_class(source.kind, worker=True))
    process.crawl(crawler, source=source, since=since, until=until)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = str(stats.get("finish_reason", "failed"))
    status = "finished" if reason == "finished" else ("interrupted" if reason == "shutdown" else "failed")
    return CrawlSummary(getattr(crawler.spider, "newsarchive_run_id", None), status, run_counters(stats))

"""Leases: a popped request stays in its worker's in-flight hash until acknowledged.

scrapy-redis pops a request and forgets it, so a worker killed mid-crawl
would lose what it had in flight. :class:`LeasedPriorityQueue` pops into a
per-worker *in-flight* hash instead (one Lua script, so nothing is lost
between the two); the in-flight requests of a worker whose heartbeat expired
go back into the queue (:func:`recover_dead_workers`).
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from archive.errors import CrawlerError
from crawler.scaleout.keys import HEARTBEAT_TTL_MS, QueueKeys

logger = logging.getLogger(__name__)
LEASE = "newsarchive_lease"

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
# Mark a request's fingerprint seen and queue the request if it was new: one round trip, not two.
_PUSH_NEW = """
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
return 1
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

    def push_new(self, request: Request, seen_key: str, fingerprint: str) -> bool:
        """Queue ``request`` unless ``fingerprint`` is in the dupefilter set ``seen_key``; tell if queued."""
        data = self._encode_request(request)
        return bool(self.server.eval(_PUSH_NEW, 2, self.key, seen_key, fingerprint, -request.priority, data))


class LeasedScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler, checking the dupefilter and queueing a new request in one round trip."""

    def enqueue_request(self, request: Request) -> bool:
        if request.dont_filter or not isinstance(self.queue, LeasedPriorityQueue):
            return bool(super().enqueue_request(request))
        if not self.queue.push_new(request, self.df.key, self.df.request_fingerprint(request)):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

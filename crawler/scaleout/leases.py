"""Leases: a popped request stays in its worker's in-flight hash until acknowledged.

scrapy-redis pops a request and forgets it, so a worker killed mid-crawl
would lose what it had in flight. :class:`LeasedPriorityQueue` pops into a
per-worker *in-flight* hash instead (one Lua script, so nothing is lost
between the two; a worker pops several at a time); the in-flight requests
of a worker whose heartbeat expired go back into the queue (:func:`recover_dead_workers`).
"""

from __future__ import annotations

import logging
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy_redis.queue import PriorityQueue

from archive.errors import CrawlerError
from crawler.scaleout.keys import HEARTBEAT_TTL_MS, QueueKeys

logger = logging.getLogger(__name__)
LEASE = "newsarchive_lease"

# Pop the best ARGV[3] requests into this worker's in-flight hash, atomically, under the leases
# ARGV[4], ARGV[4]+1, ...; refresh the worker's heartbeat. Returns the requests, best first.
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[3]) - 1, 'WITHSCORES')
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('SET', KEYS[4], '1', 'PX', ARGV[2])
if #r == 0 then return {} end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, #r / 2 - 1)
local token = tonumber(ARGV[4])
local out = {}
for i = 1, #r, 2 do
  redis.call('HSET', KEYS[2], tostring(token), r[i + 1] .. ' ' .. r[i])
  out[#out + 1] = r[i]
  token = token + 1
end
return out
"""
# Queue requests (ARGV: fingerprint, score, data; ...) whose fingerprint was not yet in the
# dupefilter set, marking it seen; an empty fingerprint queues unfiltered. Returns 1 (queued) or 0 each.
_PUSH = """
local out = {}
for i = 1, #ARGV, 3 do
  if ARGV[i] == '' or redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
    redis.call('ZADD', KEYS[1], ARGV[i + 1], ARGV[i + 2])
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
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
    """scrapy-redis's priority queue, popping into the worker's in-flight hash instead of forgetting.

    ``pop_many`` and ``push_many`` queue their script on a client or a
    pipeline (a :class:`~crawler.scaleout.link.QueueLink` sends several in
    one round trip); ``pop`` pops one request now.
    """

    def __init__(self, server: Any, spider: Spider, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.keys = QueueKeys(self.key.removesuffix(":requests"))
        settings = getattr(spider, "settings", None)
        self.worker = str(settings.get("NEWSARCHIVE_WORKER_ID") or "") if settings is not None else ""
        self._serial = 0  # the last lease token handed out

    def pop_many(self, n: int, client: Any) -> tuple[Any, int]:
        """Move the best ``n`` requests to this worker's in-flight hash.

        Returns the client's reply (a pipeline returns itself) and the first
        lease token, which ``decode_popped`` needs.
        """
        if not self.worker:
            raise CrawlerError("LeasedPriorityQueue needs NEWSARCHIVE_WORKER_ID")
        first, self._serial = self._serial + 1, self._serial + n
        keys = (
            self.key,
            self.keys.inflight(self.worker),
            self.keys.workers,
            self.keys.heartbeat(self.worker),
        )
        return client.eval(_POP, 4, *keys, self.worker, HEARTBEAT_TTL_MS, n, first), first

    def decode_popped(self, reply: Any, first: int) -> list[Request]:
        """Decode the requests a ``pop_many`` script returned, tagged with their leases first, first+1..."""
        requests: list[Request] = []
        for token, data in enumerate(reply, first):
            request: Request = self._decode_request(data)
            request.meta[LEASE] = str(token)
            requests.append(request)
        return requests

    def pop(self, timeout: int = 0) -> Request | None:
        """Move the best request to this worker's in-flight hash and return it, tagged with its lease."""
        popped = self.decode_popped(*self.pop_many(1, self.server))
        return popped[0] if popped else None

    def push_many(self, requests: list[tuple[Request, str]], client: Any) -> Any:
        """Queue each request whose fingerprint is new to the dupefilter ("" queues it unfiltered).

        The reply holds a 1 (queued) or a 0 (already seen) per request.
        """
        args: list[Any] = []
        for request, fingerprint in requests:
            args += [fingerprint, -request.priority, self._encode_request(request)]
        return client.eval(_PUSH, 2, self.key, self.keys.dupefilter, *args)

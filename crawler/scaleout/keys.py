"""The Redis side of a shared crawl: its keys, and a checked connection."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import redis

from archive.errors import ConfigError, CrawlerError

DEFAULT_PREFIX = "newsarchive"
HEARTBEAT_SECONDS = 1.0
HEARTBEAT_TTL_MS = 5000  # a worker silent this long is dead: its in-flight requests are re-queued


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

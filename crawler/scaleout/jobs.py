"""Jobs: seed a source's crawl into the shared queue, and read it back in a worker."""

from __future__ import annotations

import asyncio
import json
import time
import tomllib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import redis
from scrapy import Request, Spider
from scrapy_redis.dupefilter import RFPDupeFilter

from archive.errors import ConfigError, CrawlerError
from crawler.scaleout.keys import DEFAULT_PREFIX, QueueKeys, connect
from crawler.scaleout.leases import LeasedPriorityQueue
from crawler.sources import SourceConfig, get_source, parse_registry


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
    if worker:
        extra.update({name: _leased_errback(getattr(base, name)) for name in getattr(base, "ERRBACKS", ())})
    return type(f"{'Worker' if worker else 'Seed'}{base.__name__}", (base,), extra)


def _leased_errback(errback: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a spider errback so the lease middleware sees its output, as it sees a callback's.

    Scrapy passes a download error's errback output (a timeout, a refused or
    damaged capture) past the spider middlewares: without this the failed
    request's lease was never acknowledged, and a killed worker's failed
    pages were fetched again, retries and all, by the survivors.
    """

    def leased(self: Any, failure: Any) -> Any:
        output = errback(self, failure)
        leases = getattr(self, "newsarchive_leases", None)
        return output if leases is None else leases.errback_output(failure, output)

    leased.__name__ = errback.__name__
    leased.__doc__ = errback.__doc__
    return leased


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
    known: int = 0  # start requests the queue's dupefilter had seen: not pushed again
    waiting: int = 0  # requests in the queue once seeded (these and any left from before)


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

    pushed = known = 0
    for obj in asyncio.run(collect()):
        if not isinstance(obj, Request):
            continue
        if dupefilter.request_seen(obj):
            known += 1
        else:
            queue.push(obj)
            pushed += 1
    return Seeded(pushed, spider.since, spider.until, keys, known, int(server.zcard(keys.requests)))

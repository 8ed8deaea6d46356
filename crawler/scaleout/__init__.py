"""Crawl one source with many workers on many machines, sharing a Redis queue (scrapy-redis).

``seed()`` (``newsarchive crawl SOURCE --queue redis://...``) writes the job (the
registry text, so workers need no copy of ``sources.toml``) and pushes the
spider's start requests into the scrapy-redis priority queue, marking them in
its dupefilter. ``run_worker()`` (``newsarchive worker --queue ...``) runs the
source's spider with our ``LeasedScheduler`` (on scrapy-redis's priority queue
and ``RFPDupeFilter``), writing to the store like any crawl (PostgreSQL when several machines share it).

A popped request is leased, not forgotten: it waits in the worker's in-flight
hash until :class:`LeaseMiddleware` acknowledges it, once its child requests
are queued and its items committed. Workers write in batches like a local
crawl (``NEWSARCHIVE_STORE_CONFIRM``: an item counts as scraped only once its
batch is committed), and every worker heartbeats; the in-flight requests of a
worker whose heartbeat expired go back into the queue, and the survivors crawl
them. A request may thus be fetched twice, never lost; the store's upserts
(by URL, by edition date, by page number) keep one row of each. A retry or
redirect replaces its original: it is queued, then the original's lease is
acknowledged; a request that failed for good is acknowledged once its
errback's items are stored (the worker spider's errbacks report to the
middleware), so a dead worker's spent retries are not spent again.

A worker never waits for Redis while it crawls: its scheduler serves requests
from a local buffer of leased ones (``NEWSARCHIVE_QUEUE_PREFETCH``, popped
several at a time) and a thread sends each reactor turn's pushes,
acknowledgements and refill in one pipeline.

Modules by role: ``keys`` (Redis key names, connection), ``leases`` (the
leasing queue, re-queueing dead workers' requests), ``link`` (the thread that
talks to Redis), ``scheduler`` (the buffer of leased requests), ``middleware``
(acks, heartbeat, idle), ``jobs`` (seeding and reading a job), ``worker``
(settings and the worker's crawl).
"""

from __future__ import annotations

from crawler.scaleout.jobs import Seeded, load_job, seed, seeded_sources, spider_class
from crawler.scaleout.keys import DEFAULT_PREFIX, QueueKeys, check_queue_url, connect
from crawler.scaleout.leases import LEASE, LeasedPriorityQueue, pending, recover_dead_workers, requeue_worker
from crawler.scaleout.link import QueueLink
from crawler.scaleout.middleware import LeaseMiddleware
from crawler.scaleout.scheduler import LeasedScheduler
from crawler.scaleout.worker import run_worker, worker_settings

__all__ = [
    "DEFAULT_PREFIX",
    "LEASE",
    "LeaseMiddleware",
    "LeasedPriorityQueue",
    "LeasedScheduler",
    "QueueKeys",
    "QueueLink",
    "Seeded",
    "check_queue_url",
    "connect",
    "load_job",
    "pending",
    "recover_dead_workers",
    "requeue_worker",
    "run_worker",
    "seed",
    "seeded_sources",
    "spider_class",
    "worker_settings",
]

"""Run a queue worker: the source's spider with the scrapy-redis scheduler and our leases."""

from __future__ import annotations

import os
import socket
import uuid
import warnings
from typing import Any

from scrapy.exceptions import ScrapyDeprecationWarning

from archive.config import resolve_db_url, warc_dir
from archive.engine import check_store
from archive.errors import CrawlerError
from archive.run_verdict import source_hosts
from crawler.childsignals import CrawlStopControl, give_back_stop_signals, take_stop_signals
from crawler.scaleout.jobs import load_job, seeded_sources, spider_class
from crawler.scaleout.keys import DEFAULT_PREFIX, QueueKeys, connect
from crawler.scaleout.leases import pending


def worker_settings(url: str, keys: QueueKeys, project: Any, idle_timeout: float | None) -> dict[str, Any]:
    """Return the settings that make a crawl a queue worker (scrapy-redis scheduler and dupefilter).

    ``idle_timeout`` None keeps ``NEWSARCHIVE_QUEUE_IDLE_TIMEOUT`` (its default is in settings.py).
    """
    middlewares = dict(project.getdict("SPIDER_MIDDLEWARES"))
    middlewares["crawler.scaleout.middleware.LeaseMiddleware"] = 10
    values: dict[str, Any] = {
        "SCHEDULER": "crawler.scaleout.scheduler.LeasedScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.scaleout.leases.LeasedPriorityQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # one worker finishing must not clear the others' queue
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "REDIS_URL": url,
        "SPIDER_MIDDLEWARES": middlewares,
        "NEWSARCHIVE_QUEUE_BASE": keys.base,
        "NEWSARCHIVE_WORKER_ID": f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}",
        # Batched writes, as in a local crawl; an item counts as scraped (and its request is
        # acknowledged) only once its batch is committed. A batch not yet full is committed after a
        # short lull, not a local crawl's 2 s: whatever waits for it (the last pages of a queue above
        # all) is held until then.
        "NEWSARCHIVE_STORE_CONFIRM": True,
        "NEWSARCHIVE_STORE_FLUSH_SECONDS": project.getfloat("NEWSARCHIVE_QUEUE_FLUSH_SECONDS"),
    }
    if idle_timeout is not None:
        values["NEWSARCHIVE_QUEUE_IDLE_TIMEOUT"] = idle_timeout
    return values


def worker_crawl_settings(
    url: str,
    keys: QueueKeys,
    source: Any,
    home: str | None,
    db_url: str | None,
    overrides: dict[str, Any] | None,
    log_level: str,
    idle_timeout: float | None,
) -> Any:
    """Return a worker's Scrapy settings: a local crawl's of ``source`` (its registry layer included), queued.

    The source comes from the job's registry text, so a worker obeys the same
    ``[settings]`` and politeness tables as ``crawl`` (a loopback allowance, a delay).
    """
    from crawler.runner import crawl_settings

    settings = crawl_settings(home, db_url, overrides, log_level, source)
    settings.setdict(worker_settings(url, keys, settings, idle_timeout), priority="cmdline")
    settings.setdict(dict(overrides or {}), priority="cmdline")
    return settings


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
    from crawler.runner import CrawlSummary, launch_crawl, start_failure

    # scrapy-redis 0.9 still uses APIs Scrapy 2.13+ deprecates; its warnings are not the user's business.
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")
    server = connect(url)
    if source_id is None:
        jobs = seeded_sources(server, prefix)
        if not jobs:
            # The prefix is named, or the seed command it suggests fills a queue this worker never reads.
            under = "" if prefix == DEFAULT_PREFIX else f" under the prefix {prefix}"
            flag = "" if prefix == DEFAULT_PREFIX else f" --queue-prefix {prefix}"
            raise CrawlerError(
                f"no job seeded in {url}{under} (run: newsarchive crawl SOURCE --queue {url}{flag})"
            )
        busy = [job for job in jobs if pending(server, QueueKeys.for_source(job, prefix))[0]]
        source_id = (busy or jobs)[0]
    keys = QueueKeys.for_source(source_id, prefix)
    source, since, until = load_job(server, keys)
    settings = worker_crawl_settings(url, keys, source, home, db_url, overrides, log_level, idle_timeout)
    # Fail in one line before Scrapy starts: a store failing in open_spider is swallowed there.
    home = settings.get("NEWSARCHIVE_HOME")
    check_store(resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), home), warc_dir(home))
    control = CrawlStopControl()
    # The worker runs its crawl in this process, so the command line's handlers were still in place
    # while Scrapy started: a service manager's SIGTERM as the spider opened was a KeyboardInterrupt
    # inside Scrapy's start-up ("failed (run 1)", its run left running). The control stops the crawl
    # gracefully once the engine runs.
    previous = take_stop_signals(control.on_signal) or {}
    try:
        process = CrawlerProcess(settings)
        crawler = launch_crawl(
            process,
            spider_class(source.kind, worker=True),
            settings,
            on_created=lambda made: control.attach(process, made),
            source=source,
            since=since,
            until=until,
        )
        process.start(install_signal_handlers=False)  # ours stay: Scrapy's would lose an early stop
    finally:
        give_back_stop_signals(previous, stopped=control.requested > 0)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = str(stats.get("finish_reason", "failed"))
    status = "finished" if reason == "finished" else ("interrupted" if reason == "shutdown" else "failed")
    run_id = getattr(crawler.spider, "newsarchive_run_id", None)
    if getattr(crawler.spider, "newsarchive_took_nothing", False):  # it recorded no run
        return CrawlSummary(None, status, {}, source_id=source_id, source_kind=source.kind, took_nothing=True)
    failed = start_failure(crawler)  # a crawl that could not start says why, as a local crawl does
    error = "" if failed is None else str(failed) or failed.__class__.__name__
    hosts = tuple(source_hosts([*(t.url for t in source.templates), *source.start_urls]))
    store_failure = str(getattr(crawler, "newsarchive_store_failure", "") or "")
    return CrawlSummary(
        run_id,
        "failed" if store_failure else status,  # as its run is recorded
        run_counters(stats),
        error=error,
        source_id=source_id,
        source_kind=source.kind,
        source_hosts=hosts,
        store_failure=store_failure,
    )

"""Run a crawl of one source from Python (the CLI, the demo, tests, the scheduler).

Each crawl runs in a child process: Twisted's reactor cannot be restarted, and
a crawl that dies must not take its caller with it. The child reports the run
id, status and counters back through a pipe.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from scrapy.settings import Settings

from archive.config import log_formatter, resolve_db_url, warc_dir
from archive.engine import check_store
from archive.errors import ConfigError, CrawlerError
from crawler.childsignals import (
    STOP_CONTROL,
    STOP_SIGNALS,
    StopRequests,
    stop_signals_blocked,
    unblock_stop_signals,
)
from crawler.sources import SourceConfig

logger = logging.getLogger(__name__)

if TYPE_CHECKING:  # Scrapy loads in the crawl's process only
    from scrapy import Spider
    from scrapy.crawler import Crawler, CrawlerProcess

_PR_SET_PDEATHSIG = 1  # linux/prctl.h

SPIDERS = {
    "epaper": "crawler.spiders.epaper.EpaperSpider",
    "sitemap": "crawler.spiders.sitemap.SitemapSpider",
    "feed": "crawler.spiders.feed.FeedSpider",
    "listing": "crawler.spiders.listing.ListingSpider",
}


def user_agent(contact: str) -> str:
    """Return the descriptive User-Agent naming ``contact`` (a URL or ``mailto:``)."""
    return f"newsarchive/0.1 (regional news archive; +{contact})"


@dataclass
class CrawlSummary:
    """What a finished crawl reports: its run id, how it ended and its counters.

    ``source_id`` and ``source_kind`` are set by a queue worker, which picks its job itself (the
    caller of a local crawl named the source); ``took_nothing`` by one that took no request.
    """

    run_id: int | None
    status: str
    counters: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    source_id: str = ""
    # Its source's kind, set by a queue worker from its job's registry: a sitemap's summary names no editions.
    source_kind: str = ""
    # A queue worker that took no request (the queue drained before it started): no run was recorded.
    took_nothing: bool = False
    # Its source's hosts, set by a queue worker from its job's registry: a run refused everything names
    # them in its error line ("all requests to HOST were refused"), as a local crawl's does.
    source_hosts: tuple[str, ...] = ()
    # Why items the crawl fetched were not stored (its store writer died or failed): the run failed.
    store_failure: str = ""


def crawl_settings(
    home: str | None = None,
    db_url: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    log_level: str = "WARNING",
    source: SourceConfig | None = None,
) -> Settings:
    """Return the Scrapy settings for a crawl.

    Precedence, lowest first: project settings, the registry (the source's
    politeness and ``settings`` tables), the environment's ``NEWSARCHIVE_*``
    variables, then ``overrides`` (the command line's ``-s NAME=VALUE``, and
    ``home``/``db_url`` from ``--home``/``--db-url``).
    """
    from crawler.settings_layers import apply_layers

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    values: dict[str, Any] = {"LOG_LEVEL": log_level}
    if home:
        values["NEWSARCHIVE_HOME"] = str(home)
    if db_url:
        values["NEWSARCHIVE_DB_URL"] = db_url
    values.update(overrides or {})
    apply_layers(settings, source.scrapy_settings() if source is not None else {}, values)
    # A contact given as a setting must reach the User-Agent unless that was set explicitly.
    contact_priority = settings.getpriority("NEWSARCHIVE_CONTACT_URL") or 0
    if contact_priority > (settings.getpriority("USER_AGENT") or 0):
        settings.set(
            "USER_AGENT", user_agent(settings.get("NEWSARCHIVE_CONTACT_URL")), priority=contact_priority
        )
    return settings


def _spider_class(kind: str) -> Any:
    path = SPIDERS.get(kind)
    if path is None:
        raise ConfigError(f"no spider for sources of kind {kind!r} yet (available: {', '.join(SPIDERS)})")
    module, _, name = path.rpartition(".")
    return getattr(__import__(module, fromlist=[name]), name)


def _detach_from_terminal_signals() -> None:
    """Let only the parent forward SIGINT to this crawl child, and die with the parent.

    In its own process group the child does not also get the terminal's Ctrl-C,
    so one Ctrl-C is one SIGINT (graceful stop) and not two (Scrapy's forced stop).
    A SIGINT or SIGTERM is handled by ``CrawlStopControl`` from the start, so one
    that comes while Scrapy loads is honoured too. A parent that is killed outright
    takes the child with it (Linux: PR_SET_PDEATHSIG).
    """
    for signum in STOP_SIGNALS:
        signal.signal(signum, STOP_CONTROL.on_signal)
    try:
        os.setpgid(0, 0)
    except OSError:  # pragma: no cover - already a group leader
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() == 1:  # the parent died before prctl took effect
                os._exit(1)
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass


def launch_crawl(
    process: CrawlerProcess,
    spider_class: type[Spider],
    settings: Any,
    on_created: Callable[[Crawler], None] | None = None,
    **crawl_kwargs: Any,
) -> Crawler:
    """Create the crawler, schedule its crawl and make it cheap to run; ``process.start()`` runs it.

    The local crawl and the queue worker start the same way: ``on_created`` sees the crawler
    before its crawl is scheduled (the local crawl's stop control hooks its signals there).
    Records no handler shows are no longer built (:func:`stop_unshown_records`), and what
    exists now (modules, settings, the engine and its components), which lives as long as the
    crawl, is frozen out of the cyclic collector's full collections: they walked it some 15
    times a crawl, 14% of the process's CPU (6% frozen).
    """
    crawler = process.create_crawler(spider_class)
    if on_created is not None:
        on_created(crawler)
    # A crawl that cannot start (a component refusing its setting while the engine is built) fails
    # this Deferred, and nothing else says so: the run read "failed (run None)" without a reason.
    process.crawl(crawler, **crawl_kwargs).addErrback(_keep_start_failure, crawler)
    stop_unshown_records(str(settings.get("LOG_LEVEL")), settings.get("NEWSARCHIVE_LOG_FILE"))
    gc.freeze()
    return crawler


def _keep_start_failure(failure: Any, crawler: Any) -> None:
    """Keep why ``crawler``'s crawl failed on it (:func:`start_failure` reads it after the reactor stops)."""
    crawler.newsarchive_start_failure = failure.value


def start_failure(crawler: Any) -> BaseException | None:
    """Return the exception that failed ``crawler``'s crawl before or while it ran (None: none did)."""
    error = getattr(crawler, "newsarchive_start_failure", None)
    return error if isinstance(error, BaseException) else None


def stop_unshown_records(log_level: str, log_file: str | None) -> None:
    """Set the root and ``scrapy`` loggers to what a handler shows: LOG_LEVEL, or DEBUG with a log file.

    Scrapy filters by level in its handler only, and sets its own logger to DEBUG, so every
    debug call would still build a record (two per page, "Crawled (200)" and "Scraped from":
    2% of the crawl's CPU). Call it after ``CrawlerProcess.crawl``: creating a crawler and
    starting its crawl reset the root logger to NOTSET (``install_scrapy_root_handler``).
    """
    for name in ("", "scrapy"):
        logging.getLogger(name).setLevel(logging.DEBUG if log_file else log_level)


def _log_to_file(path: str | None) -> None:
    """Append every record of the crawl (DEBUG and up) to ``path``; stderr keeps LOG_LEVEL."""
    if not path:
        return
    root = logging.getLogger()
    for handler in root.handlers:  # inherited from a parent that logs to the same file
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == os.path.abspath(path):
            root.removeHandler(handler)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(log_formatter("[%(name)s] %(levelname)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)


class _ProgressSender:
    """Send the crawl's counters to the parent twice a second (a thread beside the reactor)."""

    def __init__(self, conn: Connection, crawler: Any) -> None:
        self.conn = conn
        self.crawler = crawler
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="progress", daemon=True)

    def _run(self) -> None:
        from crawler.pipelines.store import run_counters

        while not self.stop.wait(0.5):
            try:
                stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats else {}
                self.conn.send({"counters": run_counters(stats)})
            except RuntimeError:  # the stats changed while copied: try again next time
                continue
            except (OSError, ValueError):  # the parent went away
                return

    def close(self) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()


def _crawl_in_child(
    conn: Connection,
    source: SourceConfig,
    since: date | None,
    until: date | None,
    settings: dict[str, Any],
    report_progress: bool = False,
) -> None:
    _detach_from_terminal_signals()
    unblock_stop_signals()  # blocked by run_crawl around the fork; a pending SIGINT lands in our handler
    from scrapy.crawler import CrawlerProcess

    # Handlers inherited from the caller (a scheduler's basicConfig) would print every record once
    # Scrapy opens the root logger to all levels; Scrapy's own handler prints LOG_LEVEL and up.
    root = logging.getLogger()
    for handler in list(root.handlers):
        if not isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
    summary = CrawlSummary(None, "failed", source_kind=source.kind)
    sender: _ProgressSender | None = None
    try:
        process = CrawlerProcess(settings)
        _log_to_file(settings.get("NEWSARCHIVE_LOG_FILE"))
        crawler = launch_crawl(
            process,
            _spider_class(source.kind),
            settings,
            on_created=lambda made: STOP_CONTROL.attach(process, made),
            source=source,
            since=since,
            until=until,
        )
        if report_progress:
            sender = _ProgressSender(conn, crawler)
            sender.thread.start()
        process.start(install_signal_handlers=False)  # ours stay: Scrapy's would lose an early stop
        if sender is not None:
            sender.close()
        failed = start_failure(crawler)
        if failed is not None:
            raise failed
        stats = crawler.stats.get_stats() if crawler.stats else {}
        spider = crawler.spider
        summary.run_id = getattr(spider, "newsarchive_run_id", None)
        reason = str(stats.get("finish_reason", "failed"))
        summary.status = (
            "finished" if reason == "finished" else ("interrupted" if reason == "shutdown" else reason)
        )
        from crawler.pipelines.store import run_counters

        summary.counters = run_counters(stats)
        store_failure = getattr(crawler, "newsarchive_store_failure", "")
        if store_failure:  # as the run is recorded: what was fetched from then on was not stored
            summary.status = "failed"
            summary.store_failure = str(store_failure)
    except CrawlerError as exc:
        summary.error = str(exc)
    except Exception as exc:  # reported to the parent as one line; the child must not hang
        summary.error = f"{exc.__class__.__name__}: {exc}"
    if sender is not None:
        sender.close()  # no progress message may follow the summary
    conn.send(summary)
    conn.close()


def _receive(conn: Connection, on_progress: Callable[[dict[str, Any]], None] | None) -> CrawlSummary | None:
    """Return the child's summary when it came; pass progress messages on (None: not yet)."""
    message = conn.recv()
    if isinstance(message, dict):
        if on_progress is not None:
            on_progress(message)
        return None
    return message  # type: ignore[no-any-return]


def _forward_stops(child: BaseProcess, stop: StopRequests, forwarded: int) -> int:
    """Pass the stops counted since the last call on to the child; return how many are passed on.

    The first is a SIGINT (Scrapy finishes the pages in flight and the store writes its
    last batch); a second kills the child at once (SQLite rolls back its open transaction,
    WARC readers stop at the last complete record; the next crawl marks the run interrupted).
    """
    count = stop.count
    if count > forwarded and child.pid:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGINT if count == 1 else signal.SIGKILL)
        return count
    return forwarded


def _await_summary(
    child: BaseProcess,
    conn: Connection,
    stop: StopRequests,
    on_progress: Callable[[dict[str, Any]], None] | None,
) -> CrawlSummary | None:
    """Wait for the child's summary, forwarding stops as they come (None: it ended without one)."""
    forwarded, woken = 0, stop.fileno()
    while True:
        forwarded = _forward_stops(child, stop, forwarded)
        ready = wait([conn, child.sentinel, woken])
        if woken in ready:
            stop.drain()
        if conn in ready or conn.poll():
            try:
                summary = _receive(conn, on_progress)
            except EOFError:  # the child (and whatever it forked) closed the pipe without a summary
                return None
            if summary is not None:
                return summary
        elif child.sentinel in ready:
            return None  # the child ended, and nothing of it is left to read


def run_crawl(
    source: SourceConfig,
    *,
    since: date | None = None,
    until: date | None = None,
    home: str | None = None,
    db_url: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    log_level: str = "WARNING",
    on_progress: Callable[[dict[str, Any]], None] | None = None,
    stop: StopRequests | None = None,
) -> CrawlSummary:
    """Crawl ``source`` over ``since``..``until`` in a child process and return its summary.

    ``on_progress`` gets ``{"counters": {...}}`` twice a second while the crawl runs.
    SIGINT and SIGTERM are counted (``stop``, the caller's when it keeps its own, as the
    scheduler's crawl job does) and forwarded to the child: the first stops the crawl
    gracefully and its summary says ``interrupted``; a second kills it. A stop that leaves
    no summary (counted before the child started, or the child killed) raises
    KeyboardInterrupt, as a Ctrl-C would have.
    """
    _spider_class(source.kind)  # fail early, in the caller, on an unknown kind
    settings = crawl_settings(home, db_url, overrides, log_level, source)
    home = settings.get("NEWSARCHIVE_HOME")
    check_store(resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), home), warc_dir(home))
    own = stop is None
    stops = StopRequests() if stop is None else stop
    if own:
        stops.install()
    try:
        summary, exitcode, pid = _crawl_in_process(source, since, until, settings, on_progress, stops)
    finally:
        if own:
            stops.close()
    if summary is None and pid is not None:
        _close_dead_run(source, settings, pid)
    if summary is None:
        if stops.count:
            raise KeyboardInterrupt
        return CrawlSummary(None, "failed", error=f"crawl process died (exit code {exitcode})")
    if summary.error:
        raise CrawlerError(summary.error)
    return summary


def _close_dead_run(source: SourceConfig, settings: Settings, pid: int) -> None:
    """Mark the run of a crawl child that died without a summary interrupted, ending now.

    Its parent saw it die, so now is when it stopped: left to the next crawl, the run was
    dated by its last write (or, with none, by when that crawl found it dead).
    """
    from sqlalchemy.exc import SQLAlchemyError

    from archive.editions import close_dead_runs
    from archive.errors import StoreError
    from archive.models import utcnow
    from archive.schema import open_store

    died_at = utcnow()
    db_url = resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), settings.get("NEWSARCHIVE_HOME"))
    try:
        with open_store(db_url, migrate=False) as sessions, sessions.begin() as session:
            close_dead_runs(session, source.id, died_at, died={pid: died_at})
    except (SQLAlchemyError, StoreError, OSError) as exc:  # the next crawl closes it instead
        logger.warning("cannot close the run of the crawl that died: %s", exc)


def _crawl_in_process(
    source: SourceConfig,
    since: date | None,
    until: date | None,
    settings: Settings,
    on_progress: Callable[[dict[str, Any]], None] | None,
    stop: StopRequests,
) -> tuple[CrawlSummary | None, int | None, int | None]:
    """Start the crawl child, wait for its summary, and return it with the child's exit code and pid."""
    if stop.count:
        return None, None, None  # stopped before anything started
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    child = ctx.Process(  # type: ignore[attr-defined]  # typeshed: BaseContext lacks Process
        target=_crawl_in_child,
        args=(child_conn, source, since, until, settings, on_progress is not None),
        daemon=False,
    )
    with stop_signals_blocked():  # the child inherits the mask: its own handlers come first
        child.start()
        # The child makes itself a group leader too; doing it here as well shortens the time
        # in which a signal to our group (the scheduler's killpg) also reaches it directly.
        with contextlib.suppress(OSError):
            os.setpgid(child.pid or 0, child.pid or 0)
    child_conn.close()
    summary = _await_summary(child, parent_conn, stop, on_progress)
    child.join()
    parent_conn.close()
    return summary, child.exitcode, child.pid

"""A writer process: the crawl hands items over a queue and goes on fetching.

Normalising the text, upserting, reprint fingerprints and SQL cost several
milliseconds per article, as much as Scrapy spends fetching it. In the crawl process that
work would halve the crawl rate on two cores; in its own process it runs
beside the reactor. The writer batches items (``batch_size`` or every
``flush_seconds``), reports outcome counts back after each batch, ignores
SIGINT (the crawl decides when to stop and then sends the end marker), and
flushes and exits if the crawl process dies, so a SIGKILL of the crawl
loses at most what was still in the queue's pipe buffer.

The caller passes the function that prepares each item (the crawl passes
``crawler.normalize.article.prepare_for_store``): the archive does not import
the crawler, and the forked child inherits the function without pickling it.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import queue
import resource
import signal
import time
from collections import Counter
from collections.abc import Callable, Mapping
from multiprocessing.context import ForkProcess
from typing import Any

from archive.batches import write_batch
from archive.engine import create_store_engine, make_session_factory
from archive.runs import counted_so_far, save_running_counters

logger = logging.getLogger(__name__)

_END = "end"
_FAILED = "failed"
_WRITTEN = "_written"  # items of the batch just committed, in the order they were put
_COUNTED = "_counted"  # an item handed over with the crawl's counters that changed since the last one
_RECOUNTED = "_recounted"  # an item handed over with all of the crawl's counters at that moment


def counter_changes(sent: Mapping[str, Any] | None, now: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the counters of ``now`` that differ from ``sent``; None when only all of them will do.

    All of them: nothing sent yet, or a counter ``sent`` had is gone from ``now`` (a change
    cannot say that). Between two items most counters stay as they were (a fetch changes three):
    sending only the changes spares the crawl pickling, and the writer unpickling, all of them per item.
    """
    if sent is None:
        return None
    changes = {key: value for key, value in now.items() if key not in sent or sent[key] != value}
    added = sum(1 for key in changes if key not in sent)
    return changes if len(sent) + added == len(now) else None


def counters_received(counters: dict[str, Any] | None, kind: str, carried: dict[str, Any]) -> dict[str, Any]:
    """Return the crawl's counters as of an item handed over with ``carried`` (all, or the changes)."""
    if kind == _RECOUNTED or counters is None:
        return carried
    counters.update(carried)
    return counters


def _serve(
    db_url: str,
    run_id: int | None,
    batch_size: int,
    flush_seconds: float,
    inbox: Any,
    outbox: Any,
    parent_pid: int,
    prepare: Callable[[Any], Any],
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Forked from a running reactor: drop its signal plumbing, the crawl's SIGTERM is not ours.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    # The fork gave us a copy of the inbox's write end: close it, so that a crawl that dies
    # (even in the middle of a put) leaves a pipe with no writer, and reading it ends in EOF
    # instead of waiting forever for the rest of a message.
    inbox._writer.close()
    engine = create_store_engine(db_url)
    sessions = make_session_factory(engine)
    # What exists now lives as long as the writer: frozen, the cyclic collector's full collections
    # skip it (the collector took 9% of the writer's CPU, 2% with this).
    gc.freeze()
    buffer: list[Any] = []
    done = False
    # The crawl's counters as of the last item handed over, and every committed batch's outcomes: the
    # run's row gets both in each batch's transaction, so a crawl killed (SIGKILL, with this process)
    # between two of its own saves never shows fewer fetches or articles than it stored.
    counters: dict[str, Any] | None = None
    outcomes: Counter[str] = Counter()

    def committing(session: Any, written: Counter[str]) -> None:
        if counters is not None and run_id is not None:
            save_running_counters(session, run_id, counted_so_far(counters, outcomes + written))

    try:
        while not done:
            try:
                item = inbox.get(timeout=flush_seconds)
            except (EOFError, OSError):  # the crawl died: nothing more will come; keep what we have
                item, done = None, True
            except queue.Empty:
                item = None
                if os.getppid() != parent_pid:  # the crawl died: keep what we have and stop
                    done = True
            else:
                if isinstance(item, tuple) and len(item) == 3 and item[0] in (_COUNTED, _RECOUNTED):
                    kind, item, carried = item
                    counters = counters_received(counters, kind, carried)
                if item == _END:
                    done = True
                elif item is not None:
                    buffer.append(prepare(item))
            if buffer and (done or item is None or len(buffer) >= batch_size):
                written = write_batch(sessions, buffer, run_id, committing)
                outcomes.update(written)
                outbox.put({**written, _WRITTEN: len(buffer)})
                buffer = []
    except Exception as exc:  # reported to the crawl, which counts and logs it
        outbox.put({_FAILED: f"{exc.__class__.__name__}: {exc}"})
    finally:
        engine.dispose()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        # Counted beside the crawl's figures: a crawl costs the CPU of both processes.
        outbox.put({"writer_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3)})
        outbox.put(_END)


class WriterProcess:
    """The crawl's handle on its writer process."""

    def __init__(
        self,
        db_url: str,
        run_id: int | None,
        batch_size: int,
        flush_seconds: float,
        *,
        prepare: Callable[[Any], Any],
    ) -> None:
        # Forked, not spawned: a spawned child unpickles its arguments from a pipe, and a crawl
        # SIGKILLed at that moment left a traceback (EOFError) in the log. The crawl calls this from
        # open_spider, before any download thread exists, and disposes its engine first.
        ctx = multiprocessing.get_context("fork")
        self.inbox: Any = ctx.Queue(maxsize=4 * batch_size)  # bounded: a slow store slows the crawl
        self.outbox: Any = ctx.Queue()
        self.process: ForkProcess = ctx.Process(
            target=_serve,
            name="newsarchive-store-writer",
            daemon=True,
            args=(db_url, run_id, batch_size, flush_seconds, self.inbox, self.outbox, os.getpid(), prepare),
        )
        self.process.start()
        self.error = ""
        self.written = 0  # items committed (or counted as failed) so far, in the order put
        self.batch_size = batch_size
        self.sent: dict[str, Any] | None = None  # the counters the writer has (all that were put)
        self.since_all = 0  # items put since all of the counters last travelled (that one too)

    def alive(self) -> bool:
        """Tell whether the writer process is still running."""
        return self.process.is_alive()

    def put(self, item: Any, counters: Mapping[str, Any] | None = None) -> None:
        """Hand one item to the writer (blocks only while the writer is a whole queue behind).

        ``counters``, the run's counters (numbers) as the crawl has them now, are written with the
        item's batch. Only those that changed since the last item travel with it; all of them do
        with the first item and then once every ``batch_size`` items, so that a message the queue
        could not send (its feeder thread drops one it cannot pickle) is made good within a batch.
        """
        if not self.process.is_alive():
            raise RuntimeError(f"the store writer process has stopped ({self.stopped_reason()})")
        if counters is None:
            self.inbox.put(item)
            return
        changes = None if self.since_all >= self.batch_size else counter_changes(self.sent, counters)
        if changes is None:
            self.sent, self.since_all = dict(counters), 1
            self.inbox.put((_RECOUNTED, item, dict(counters)))
            return
        self.since_all += 1
        if not changes:  # the writer's counters are these already
            self.inbox.put(item)
            return
        assert self.sent is not None  # counter_changes returned changes
        self.sent.update(changes)
        self.inbox.put((_COUNTED, item, changes))

    def stopped_reason(self) -> str:
        """Say why the writer stopped: the error it reported, else how its process ended."""
        if self.error:
            return self.error
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = str(-code)
            return f"the store writer was killed (signal {name})"
        return f"the store writer died (exit code {code})"

    def collect(self, wait: bool = False, timeout: float = 600.0) -> Counter[str]:
        """Return the outcome counts reported so far (all of them, up to the end, with ``wait``)."""
        counts: Counter[str] = Counter()
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self.outbox.get(timeout=1.0) if wait else self.outbox.get_nowait()
            except queue.Empty:
                if not wait:
                    return counts
                if not self.process.is_alive() or time.monotonic() > deadline:
                    self.error = self.error or "the store writer stopped without finishing"
                    return counts
                continue
            if message == _END:
                return counts
            if _FAILED in message:
                self.error = str(message[_FAILED])
                counts["failed/store_writer"] += 1
                continue
            self.written += message.pop(_WRITTEN, 0)
            counts.update(message)

    def close(self, timeout: float = 600.0) -> Counter[str]:
        """Send the end marker, wait for the last batch, and return the remaining counts."""
        if self.process.is_alive():
            self.inbox.put(_END)
            counts = self.collect(wait=True, timeout=timeout)
        else:
            counts = self.collect()
            self.error = self.stopped_reason()
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
        return counts

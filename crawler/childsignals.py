"""Start a child process without losing a stop signal sent while it starts up.

A forked child runs its parent's signal handlers until it installs its own, and
a crawl child ignores SIGINT until Scrapy installs its handlers at reactor
start-up. A stop (Ctrl-C forwarded by ``newsarchive crawl``, or the scheduler
stopping) that lands in between used to be lost, or to kill the child with a
KeyboardInterrupt traceback. The parent blocks the signals around the fork;
the child installs its handlers and only then unblocks them, so a signal sent
in the window waits, pending, and reaches the child's own handler.

The parent itself counts its stops (:class:`StopRequests`) instead of taking
them as KeyboardInterrupt: blocking a signal holds it back only in the thread
that blocks it, and any other thread (numpy's OpenBLAS workers, started when
the extractors import numpy) takes it instead, after which CPython raises the
KeyboardInterrupt in the main thread at whatever it runs next. Raised in an
``os.register_at_fork`` hook (logging's runs at every fork) it is printed as
"Exception ignored" and the stop is lost; raised in ``Process.start()`` after
the fork, it leaves a child whose pid nobody knows. A counter cannot be lost,
and the parent acts on it where it chooses to.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

logger = logging.getLogger("newsarchive.crawl")

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def stop_signals_blocked() -> Iterator[None]:
    """Block SIGINT and SIGTERM in this thread (and a child forked now) until the block ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def unblock_stop_signals() -> None:
    """In the child, once its handlers are in place: let the (possibly pending) stop signals in."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def take_stop_signals(handler: Callable[[int, FrameType | None], Any]) -> dict[int, Any] | None:
    """Hand SIGINT and SIGTERM to ``handler``; return the handlers they had (None outside the main thread).

    A stop the command line's handler counted and Python dropped (raised inside a weakref callback
    while modules loaded; see ``search_cli.interrupts``) is handed on to ``handler`` as a SIGINT: it
    is the new handler's now, and only its, so that the command ends as interrupted once, not twice.
    """
    if threading.current_thread() is not threading.main_thread():
        return None  # Python runs handlers, and raises KeyboardInterrupt, in the main thread only
    previous: dict[int, Any] = {signum: signal.signal(signum, handler) for signum in sorted(STOP_SIGNALS)}
    for old in previous.values():
        if getattr(old, "stops", 0):
            old.stops = 0
            handler(signal.SIGINT, None)
    return previous


def give_back_stop_signals(previous: dict[int, Any], stopped: bool) -> None:
    """Give the signals back to the handlers :func:`take_stop_signals` returned.

    After a stop (``stopped``), SIGINT is ignored instead: what is left is reporting the
    interrupted crawl, and a second Ctrl-C must not turn exit status 130 into a death by signal.
    """
    for signum, handler in previous.items():
        signal.signal(signum, signal.SIG_IGN if stopped and signum == signal.SIGINT else handler)


class StopRequests:
    """Count SIGINT/SIGTERM in a process that runs a crawl child, never raising KeyboardInterrupt.

    The count is kept from ``install()`` on, so a stop that lands before the
    child exists (or while it is forked) is still there to forward once its pid
    is known. Each signal also writes a byte to a pipe (``fileno``), so a loop
    waiting on the child wakes at once.
    """

    def __init__(self) -> None:
        self.count = 0
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._previous: dict[int, Any] = {}

    def install(self) -> bool:
        """Take SIGINT and SIGTERM from now on; False (nothing installed) outside the main thread."""
        previous = take_stop_signals(self._on_signal)
        if previous is None:
            return False
        self._previous = previous
        return True

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        self.count += 1
        with contextlib.suppress(OSError):  # a full pipe already holds a wake-up
            os.write(self._write, b"\0")

    def fileno(self) -> int:
        """The read end of the wake-up pipe: readable once a stop has come."""
        return self._read

    def drain(self) -> None:
        """Empty the wake-up pipe (the count keeps what it said)."""
        with contextlib.suppress(OSError):
            while os.read(self._read, 512):
                pass

    def close(self) -> None:
        """Give the signals back to the handlers they had, and close the pipe.

        After a stop, SIGINT is ignored instead: what is left is reporting the
        interrupted crawl, and a second Ctrl-C must not turn exit status 130
        into a death by signal.
        """
        give_back_stop_signals(self._previous, stopped=self.count > 0)
        self._previous.clear()
        for fd in (self._read, self._write):
            with contextlib.suppress(OSError):
                os.close(fd)


def _reactor() -> Any:
    """Twisted's global reactor, imported late: importing it early would install the wrong one."""
    from twisted.internet import reactor

    return reactor


class CrawlStopControl:
    """SIGINT/SIGTERM in the crawl child, from its first instruction to its last.

    Scrapy installs its own handlers only once the reactor runs, and its graceful
    stop does nothing while the spider is still opening (the engine is not running
    yet, so the crawl either runs on or the reactor stops with the run left open).
    This control replaces them: a first signal asks for a graceful stop, carried out
    as soon as the engine has started (at once if it already has): pages in flight
    are finished and the run ends as ``shutdown``. A second signal stops the
    reactor at once. Nothing is logged from the handler itself, only from the reactor.
    """

    def __init__(self) -> None:
        self.requested = 0
        self.engine_running = False
        self._process: Any = None
        self._crawler: Any = None

    def attach(self, process: Any, crawler: Any) -> None:
        """Follow ``crawler``'s engine; ``process`` (a CrawlerProcess) is what gets stopped."""
        from scrapy import signals

        self._process, self._crawler = process, crawler
        crawler.signals.connect(self._engine_started, signal=signals.engine_started)

    def on_signal(self, signum: int, _frame: object) -> None:
        """The signal handler: count the request, and act through the reactor if it runs."""
        self.requested += 1
        if self._process is None or "twisted.internet.reactor" not in sys.modules:
            # Scrapy is still loading (no reactor yet: importing it here would install the wrong
            # one); honoured when the engine starts.
            return
        if self.requested > 1:
            _reactor().callFromThread(self._stop_now)
        elif self.engine_running:
            _reactor().callFromThread(self._stop_gracefully, signum)

    def _engine_started(self) -> None:
        self.engine_running = True
        if self.requested:
            _reactor().callLater(0, self._stop_gracefully, signal.SIGINT)

    def _stop_gracefully(self, signum: int) -> None:
        engine = getattr(self._crawler, "engine", None)
        if engine is not None and not engine.running:
            # Scrapy sets ``engine.running`` only once every engine_started handler is done;
            # a stop before that only clears ``crawler.crawling`` and the crawl hangs idle.
            _reactor().callLater(0.05, self._stop_gracefully, signum)
            return
        name = signal.Signals(signum).name
        drained = getattr(self._crawler, "newsarchive_queue_drained", None)
        if engine is not None and callable(drained) and drained():
            # A queue worker with nothing left to do: its run is as complete as an idle timeout's end.
            logger.info("received %s with the queue drained: the crawl is finished", name)
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="finished"))
            return
        logger.info("received %s, finishing the pages in flight (send again to stop at once)", name)
        self._process.stop()

    def _stop_now(self) -> None:
        logger.info("received a second stop signal, stopping at once")
        with contextlib.suppress(RuntimeError):  # already stopping
            _reactor().stop()


STOP_CONTROL = CrawlStopControl()

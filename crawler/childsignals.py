"""Start a child process without losing a stop signal sent while it starts up.

A forked child runs its parent's signal handlers until it installs its own, and
a crawl child ignores SIGINT until Scrapy installs its handlers at reactor
start-up. A stop (Ctrl-C forwarded by ``newsarchive crawl``, or the scheduler
stopping) that lands in between used to be lost, or to kill the child with a
KeyboardInterrupt traceback. The parent blocks the signals around the fork;
the child installs its handlers and only then unblocks them, so a signal sent
in the window waits, pending, and reaches the child's own handler.
"""

from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Iterator
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
        if self._process is None:
            return  # Scrapy is still loading; honoured when the engine starts
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
        logger.info("received %s, finishing the pages in flight (send again to stop at once)", name)
        self._process.stop()

    def _stop_now(self) -> None:
        logger.info("received a second stop signal, stopping at once")
        with contextlib.suppress(RuntimeError):  # already stopping
            _reactor().stop()


STOP_CONTROL = CrawlStopControl()

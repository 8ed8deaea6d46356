"""Ctrl-C (and SIGTERM) for the command line: counted while a command loads, raised once it runs.

A signal handler runs wherever the main thread happens to be. When it raises
KeyboardInterrupt inside a weakref callback or a ``__del__`` (an import's
module-lock callback is one), Python prints "Exception ignored in ..." and drops
the exception: a Ctrl-C pressed while ``newsarchive crawl`` loaded Scrapy was lost
that way and the whole crawl ran on, exiting 0. So the command line's handler
counts every stop before it raises anything:

- while the command's modules load and its arguments are parsed, a stop is only
  counted (nothing can be half-imported by it);
- ``arm()``, called once the command is about to run, raises for a stop counted
  so far and from then on raises at once, still counting;
- a handler that takes the signals over later (the crawl's ``StopRequests``) reads
  ``stops`` and so starts with a stop Python dropped.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any


class InterruptLatch:
    """The SIGINT handler of the command line's main thread (see the module's docstring)."""

    def __init__(self) -> None:
        self.stops = 0
        self.armed = False
        self._previous: Any = None

    def __call__(self, _signum: int, _frame: FrameType | None) -> None:
        self.stops += 1
        if self.armed:
            raise KeyboardInterrupt

    def install(self) -> bool:
        """Take SIGINT if it still has Python's default handler (someone else's is kept); True if taken.

        The handler SIGINT had is remembered either way, for ``restore`` to give back.
        """
        if threading.current_thread() is not threading.main_thread():
            return False  # Python runs handlers in the main thread only, and only it may set them
        self._previous = signal.getsignal(signal.SIGINT)
        if self._previous is not signal.default_int_handler:
            return False
        signal.signal(signal.SIGINT, self)
        return True

    def arm(self) -> None:
        """Raise KeyboardInterrupt for a stop counted so far, and at once for every later one."""
        self.armed = True
        if self.stops:
            raise KeyboardInterrupt

    def restore(self, *, even_if_replaced: bool = False) -> None:
        """Give SIGINT back to the handler it had at ``install``.

        Unless ``even_if_replaced``, only while it is still this latch: a handler set meanwhile is
        kept (a stopped command's ignored SIGINT, which the console entry keeps until it exits).
        A caller in the same process asks for ``even_if_replaced``: its own handler, exactly.
        """
        current: object = signal.getsignal(signal.SIGINT)
        if self._previous is not None and (even_if_replaced or current is self):
            signal.signal(signal.SIGINT, self._previous)
        self._previous = None


class Interrupted(KeyboardInterrupt):
    """A stop that says what it left: "interrupted: nothing imported (...)".

    A bare "interrupted" reads as README's rule for exit 130, "what was fetched is
    stored"; a command whose work is one transaction (``import``) stored nothing, and
    says so, so nobody takes half a file for imported.
    """

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note

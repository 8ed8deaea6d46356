"""A small progress bar on stderr, drawn only when asked (the CLI asks on a terminal without --quiet)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Count work done and redraw one stderr line at most five times a second."""

    def __init__(
        self, label: str, total: int | None = None, enabled: bool = False, stream: TextIO | None = None
    ):
        self.label = label
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self._started = time.monotonic()
        self._drawn = 0.0

    def advance(self, n: int = 1) -> None:
        """Record ``n`` more items and redraw if it is time."""
        self.done += n
        if self.enabled and time.monotonic() - self._drawn > 0.2:
            self._draw()

    def _draw(self, final: bool = False) -> None:
        self._drawn = time.monotonic()
        elapsed = max(self._drawn - self._started, 1e-6)
        rate = self.done / elapsed
        if self.total:
            frac = min(self.done / self.total, 1.0)
            bar = "#" * int(frac * 30)
            text = f"\r{self.label} [{bar:<30}] {self.done}/{self.total} ({rate:,.0f}/s)"
        else:
            text = f"\r{self.label} {self.done} ({rate:,.0f}/s)"
        self.stream.write(text + ("\n" if final else ""))
        self.stream.flush()

    def finish(self) -> None:
        """Draw the last state and end the line."""
        if self.enabled:
            self._draw(final=True)

"""Progress of long jobs on stderr: a tqdm bar on a terminal, one summary line elsewhere, nothing with -q.

Libraries take a :class:`Progress` (or build one from the mode the command
line chose) and call ``advance``/``update_to``/``phase``; they never decide
where it is drawn. tqdm is imported only when a bar is drawn, so ``--help``
and quiet runs do not pay for it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from typing import Any, TextIO

BAR = "bar"  # a live bar (stderr is a terminal)
SUMMARY = "summary"  # one line at the end (cron, pipes, log files)
OFF = "off"  # -q


def progress_mode(quiet: bool, stream: TextIO | None = None) -> str:
    """Return the mode a command should use: off with ``-q``, a bar on a terminal, else a summary."""
    if quiet:
        return OFF
    stream = stream or sys.stderr
    try:
        return BAR if stream.isatty() else SUMMARY
    except (AttributeError, ValueError):  # a closed or odd stream
        return SUMMARY


def _screen(stream: TextIO) -> tuple[int | None, int | None]:
    """Return a fixed width and height where the terminal does not say its own.

    A terminal that reports 0 columns or rows (a fresh pty, some CI runners) would
    make tqdm draw nothing at all.
    """
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return 100, 24
    return (None if size.columns > 0 else 100), (None if size.lines > 0 else 24)


def _mode(value: bool | str) -> str:
    if value is True:
        return BAR
    if value is False:
        return OFF
    return value if value in (BAR, SUMMARY, OFF) else OFF


def _rate(done: float, seconds: float) -> str:
    per_second = done / seconds if seconds > 0 else 0.0
    return f"{per_second:,.1f}/s" if per_second < 10 else f"{per_second:,.0f}/s"


class Progress:
    """Count work done; draw it the way ``mode`` says (``True``/``False`` mean bar/off)."""

    def __init__(
        self,
        label: str,
        total: int | None = None,
        mode: bool | str = OFF,
        *,
        unit: str = "it",
        stream: TextIO | None = None,
    ) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.mode = _mode(mode)
        self.stream = stream or sys.stderr
        self.done = 0
        self.counts: dict[str, Any] = {}
        self.current_phase = ""
        self._started = time.monotonic()
        self._bar: Any = None
        self._closed = False
        if self.mode == BAR:
            from tqdm import tqdm

            width, height = _screen(self.stream)
            self._bar = tqdm(
                total=total,
                desc=label,
                unit=f" {unit}",
                file=self.stream,
                mininterval=0.2,
                dynamic_ncols=width is None,
                ncols=width,
                nrows=height,
                leave=True,
            )

    # Kept from the first, hand-drawn version: the indexer calls these.
    @property
    def enabled(self) -> bool:
        """Tell whether anything is drawn while the job runs."""
        return self.mode == BAR

    def advance(self, n: int = 1) -> None:
        """Record ``n`` more items."""
        self.done += n
        if self._bar is not None:
            self._bar.update(n)

    def update_to(self, done: int) -> None:
        """Record that ``done`` items are done in all (for counters read from elsewhere)."""
        if done > self.done:
            self.advance(done - self.done)

    def set_total(self, total: int | None) -> None:
        """Set the expected total (the ETA follows from it)."""
        self.total = total
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def set_counts(self, counts: Mapping[str, Any]) -> None:
        """Show named counts beside the bar (new, changed, failed ...) and in the summary."""
        self.counts = {k: v for k, v in counts.items() if v}
        if self._bar is not None:
            self._bar.set_postfix(self.counts, refresh=False)

    def phase(self, name: str) -> None:
        """Name what the job does now (a final merge, a commit), so a long step never looks stalled."""
        self.current_phase = name
        if self._bar is not None:
            self._bar.set_description_str(f"{self.label} ({name})", refresh=True)

    def elapsed(self) -> float:
        """Return the seconds since the job started."""
        return time.monotonic() - self._started

    def summary(self) -> str:
        """Return the one-line summary: items, time, rate and counts."""
        seconds = self.elapsed()
        unit = self.unit[:-1] if self.done == 1 and self.unit.endswith("s") else self.unit  # "1 line"
        text = f"{self.label}: {self.done:,} {unit} in {seconds:.1f} s ({_rate(self.done, seconds)})"
        if self.counts:
            text += "; " + ", ".join(f"{k} {v}" for k, v in self.counts.items())
        return text

    def finish(self) -> None:
        """End the bar, or print the summary line; idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.close()
        elif self.mode == SUMMARY:
            self.stream.write(self.summary() + "\n")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.finish()
        elif self._bar is not None:  # an error or Ctrl-C: end the bar's line, print no summary
            self._closed = True
            self._bar.close()

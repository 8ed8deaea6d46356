"""Human rendering shared by commands that print search results."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from indexer.export import also_in, printed_at, terminal_safe
from indexer.highlight import render_snippet


def snippet_style(stream: TextIO | None = None) -> str:
    """Return ``ansi`` on a terminal, ``plain`` (matches marked «so») elsewhere.

    The stream defaults to the ``sys.stdout`` of the call, not of the import: one replaced since
    (a test's capture, closed after it) made the next demo fail with "I/O operation on closed file".
    """
    return "ansi" if (stream or sys.stdout).isatty() else "plain"


def format_hit(rank: int, hit: Any, style: str = "plain") -> str:
    """Render one hit as three lines (four with reprints): title; date, paper, page, reporters, URL; snippet.

    The date is the hit's own (edition date, in the source's zone); archived
    text has its control characters escaped.
    """
    parts = [(terminal_safe(run), m) for run, m in hit.snippet_parts]
    snippet = render_snippet(parts, style) if parts else terminal_safe(hit.snippet)
    # Page (版面) and reporters, as `search` prints them.
    fields = (hit.when.text("????-??-??"), hit.source_name or hit.source, printed_at(hit), hit.url)
    where = terminal_safe(" · ".join(f for f in fields if f))
    text = f"{rank:>3}. {terminal_safe(hit.title)}\n     {where}\n     {snippet}"
    if hit.reprints:
        text += f"\n     also in: {terminal_safe(also_in(hit))}"
    return text

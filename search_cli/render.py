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
    """Render one hit as `search` prints it: title, paper, date, page, reporters and id; snippet; URL.

    ``1. 标题  [城市晚报 2016-05-10 · page 02 经济 · 周七]  #21``, then the snippet, the URL and
    (with reprints) ``also in:``. The date is the hit's own (edition date, in the source's zone);
    archived text has its control characters escaped.
    """
    parts = [(terminal_safe(run), m) for run, m in hit.snippet_parts]
    snippet = render_snippet(parts, style) if parts else terminal_safe(hit.snippet)
    copies = f"  ({hit.copies} copies)" if hit.copies > 1 else ""
    # Page (版面) and reporters beside paper and date: what a citation takes from the result.
    paper = f"{hit.source_name or hit.source} {hit.when.text()}"
    where = terminal_safe(" · ".join(p for p in (paper, printed_at(hit)) if p))
    lines = [f"{rank}. {terminal_safe(hit.title)}  [{where}]  #{hit.id}{copies}", f"   {snippet}"]
    if getattr(hit, "missing", None):  # a partial match: which typed term it lacks
        lines.append(f"   missing: {terminal_safe(' '.join(hit.missing))}")
    if hit.url:
        lines.append(f"   {terminal_safe(hit.url)}")
    if also_in(hit):
        lines.append(f"   also in: {terminal_safe(also_in(hit))}")
    if also_in(hit, matches=False):  # copies that do not hold what was searched, or were filtered out
        lines.append(f"   same story outside this search: {terminal_safe(also_in(hit, matches=False))}")
    if also_in(hit, matches=False, partial=True):  # a full hit's copies that hold all the words but one
        in_part = also_in(hit, matches=False, partial=True)
        lines.append(f"   same story, matching in part: {terminal_safe(in_part)}")
    return "\n".join(lines)

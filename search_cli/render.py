"""Human rendering shared by commands that print search results."""

from __future__ import annotations

import sys
from typing import Any, TextIO

from archive.config import zone
from indexer.highlight import render_snippet

# Dates are shown in the papers' own time zone (the registry's default), not UTC.


def snippet_style(stream: TextIO = sys.stdout) -> str:
    """Return ``ansi`` on a terminal, ``plain`` (matches marked «so») elsewhere."""
    return "ansi" if stream.isatty() else "plain"


def format_hit(rank: int, hit: Any, style: str = "plain") -> str:
    """Render one hit as three lines: rank and title; date, source, URL; snippet."""
    day = hit.published_at.astimezone(zone()).date().isoformat() if hit.published_at else "????-??-??"
    snippet = render_snippet(hit.snippet_parts, style) if hit.snippet_parts else hit.snippet
    return f"{rank:>3}. {hit.title}\n     {day} · {hit.source} · {hit.url}\n     {snippet}"

"""Measure paragraph widths: a block's column, the text's usual column, the nearest one shown.

Print fills every line of a paragraph but its last, so the width of full lines tells which
blocks are one text's. The measures live here so the rules that compare blocks by width
(:mod:`set_apart`, :mod:`column_breaks`, :mod:`line_kinds`) read them one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from archive.chars import display_width
from crawler.normalize.heading_blocks import _heading_block
from crawler.normalize.lines import ends, heading_like

SHORT_OF_COLUMN = 3.0  # cells by which a line of a headline falls short of the columns beside it
_MEASURED_LINES = 3  # full lines needed to tell a block's column width
_NEAR_PARAGRAPHS = 3  # paragraphs looked through for a column, on each side of a block


@dataclass
class _Context:
    wrapped: bool
    indent_mode: bool
    column: float  # the usual column width over the whole text


def _full_widths(lines: list[str]) -> list[float]:
    """Widths of the lines that surely fill their column: broken mid-sentence, not headings."""
    return [
        display_width(line) for line in lines if ends(line) in ("open", "soft") and not heading_like(line)
    ]


def _context(blocks: list[list[tuple[str, bool]]]) -> _Context:
    """Decide whether the text is hard-wrapped print and whether indentation marks paragraphs."""
    inner = [line for block in blocks for line, _ in block[:-1]]
    broken = sum(1 for line in inner if display_width(line) > 8 and ends(line) in ("open", "soft"))
    wrapped = broken >= max(1, 0.25 * len(inner))
    lines = [indented for block in blocks for _, indented in block]
    indented = sum(lines)
    indent_mode = len(lines) >= 3 and 1 <= indented <= 0.8 * len(lines)
    full = _full_widths(inner)
    return _Context(wrapped, indent_mode, median(full) if full else 0.0)


def measured_column(block: list[tuple[str, bool]]) -> float:
    """A block's column width where enough lines surely fill it, else 0 (not known).

    Lines are measured clean (figures half-width, stray spaces gone), so a line with figures or
    spaces reads narrower than it printed and none reads wider: the widest of three or more full
    lines is taken.
    """
    full = _full_widths([line for line, _ in block[:-1]])
    return max(full) if len(full) >= _MEASURED_LINES else 0.0


def _own_column(block: list[tuple[str, bool]]) -> float:
    """A block's column width from its own full lines, else 0 (the block shows none)."""
    full = _full_widths([line for line, _ in block[:-1]])
    return median(full) if full else 0.0


def _near_column(blocks: list[list[tuple[str, bool]]], index: int, step: int, ctx: _Context) -> float:
    """The column of the text at ``blocks[index]``, read off the nearest paragraph that shows one.

    Where paragraphs stand between blank lines, a one-line paragraph (``5、电动车歪倒时…。``) shows
    no column of its own; the paragraphs of the same text just before it (``step`` -1) or after it
    (+1) do, when they have full lines. Whole paragraphs only (each ending a sentence) are passed
    over, and no headline: past those the text may be another. Else the page's usual width.
    """
    for k in range(_NEAR_PARAGRAPHS):
        i = index + k * step
        if not 0 <= i < len(blocks):
            break
        own = _own_column(blocks[i])
        if own:
            return own
        if _heading_block(blocks[i]) or ends(blocks[i][-1][0]) != "end":
            break
    return _column_width(blocks[index], ctx)


def _column_width(block: list[tuple[str, bool]], ctx: _Context) -> float:
    """Estimate a block's column width from its full lines, else the text's usual width."""
    full = _full_widths([line for line, _ in block[:-1]])
    if full:
        return median(full)
    return ctx.column or max(display_width(line) for line, _ in block)

"""Pull quotes: a sentence of an article printed again, apart, between its paragraphs.

Papers set a telling sentence of an article again in larger type between its paragraphs. A text
layer keeps it as a block of its own, which reads as a headline (it is short and stands apart)
or as text said twice. A block that is one whole sentence, found word for word inside another
block of the page and set between two blocks of running text, is that: it is dropped.
"""

from __future__ import annotations

import re

from archive.chars import display_width

_SENTENCE_END = ("。", "！", "？")
_QUOTE_CHARS = (10, 60)  # a pull quote's length
_TEXT_LINES_MIN = 4  # lines of a block of running text cut short by a blank line (not a heap's headline)
_COLUMN_SLACK = 2  # cells a full line of a column may differ by (half-width figures, hanging punctuation)
_OPENING_CHARS = 24  # a sentence found this near a text's start opens it (after a dateline): a headline


def _flat(text: str) -> str:
    return "".join(text.split())


def _running_text(lines: list[str]) -> bool:
    """A block of running text: a finished statement, or four lines and more, most set to one width."""
    if "".join(lines).rstrip().endswith("。"):
        return True
    widths = [display_width(line.strip()) for line in lines]
    full = sum(width >= max(widths) - _COLUMN_SLACK for width in widths)
    return len(lines) >= _TEXT_LINES_MIN and 3 * full >= 2 * len(lines)


def drop_pull_quotes(text: str) -> str:
    """Blank out blocks that repeat, word for word, one sentence printed in another block of the page.

    Only a sentence set between two blocks of running text at least as long, and not the opening of
    the text it repeats: a headline that repeats its text's first sentence (…千万别再拿命开玩笑！)
    stands over that text, and a paragraph said twice by a careless source closes its text.
    """
    blocks: list[list[int]] = [[]]
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(number)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    flats = [_flat("".join(lines[n] for n in block)) for block in blocks]
    low, high = _QUOTE_CHARS
    dropped: set[int] = set()
    for index in range(1, len(blocks) - 1):
        flat = flats[index]
        if (
            not low <= len(flat) <= high
            or not flat.endswith(_SENTENCE_END)
            or re.search(r"[。！？](?!$)", flat)
        ):
            continue
        if not all(
            len(flats[k]) >= len(flat) and _running_text([lines[n] for n in blocks[k]])
            for k in (index - 1, index + 1)
        ):  # running text on both sides, not headlines of a heap
            continue
        if not any(flat in other and len(other) > len(flat) for k, other in enumerate(flats) if k != index):
            continue
        if 0 <= flats[index + 1].find(flat) <= _OPENING_CHARS:  # a headline over its text's first sentence
            continue
        dropped.update(blocks[index])
    if not dropped:
        return text
    return "\n".join("" if n in dropped else line for n, line in enumerate(lines))

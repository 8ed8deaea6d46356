"""Cut text into blocks at blank lines, dropping a page's furniture.

Running heads, the masthead, the weather box, small ads and pointers to other pages go here, the
layout's first step, apart from its rules: what is no article's text never reaches them.
"""

from __future__ import annotations

from archive.chars import clean_heading
from crawler.normalize.credits import is_end_mark
from crawler.normalize.furniture import (
    MASTHEAD,
    is_page_furniture,
    is_promotion,
    is_section_label,
    is_small_ad,
    is_teaser,
    is_weather_box,
    running_head_lines,
    strip_jump_marks,
)
from crawler.normalize.lines import _dateline_wrapped


def _blocks(text: str, *, page: bool = False) -> list[list[tuple[str, bool]]]:
    """Split text into blocks of (clean line, indented) at blank lines; a ``page`` loses its furniture."""
    blocks: list[list[tuple[str, bool]]] = [[]]
    furnished: set[int] = set()  # blocks that held furniture
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = [clean_heading(raw) for raw in raws]
    # A line that was a jump mark alone (（下转A2版） under a text) is no line, nor a blank one.
    jump_only: set[int] = set()
    if page:
        marked = [strip_jump_marks(line) for line in cleaned]
        jump_only = {i for i, (was, now) in enumerate(zip(cleaned, marked, strict=True)) if was and not now}
        cleaned = marked
    head = running_head_lines(cleaned) if page else set()
    for number, raw in enumerate(raws):
        line = cleaned[number]
        if number in jump_only:
            continue
        if (
            page
            and line
            and (number in head or is_page_furniture(line))
            # A paper and its app over 记者 王立 … (扬子晚报·紫牛新闻) read like a running head: the
            # dateline's first line all the same.
            and not (number + 1 < len(cleaned) and _dateline_wrapped(line, cleaned[number + 1]))
        ):
            furnished.add(len(blocks) - 1)
            continue  # a blank line is no reason to end a block here: the furniture stood beside the text
        if (
            page
            and line
            and _stands_alone(raws, number)
            and (is_teaser(line) or is_promotion(line) or is_section_label(line))
        ):
            # A pointer to another page (…（见第3版）, 下转A5版), to the paper's app, or a section's
            # label (★本地新闻): no article's text.
            continue
        if not line or is_end_mark(line):
            if blocks[-1]:
                blocks.append([])
            continue
        indented = raw.startswith(("\u3000", "  ", "\t"))
        blocks[-1].append((line, indented))
    # The paper's name printed beside the page's name and date (the masthead) is furniture too, and
    # so are the page's weather box and its small ads.
    return [
        b
        for i, b in enumerate(blocks)
        if b
        and not (i in furnished and all(MASTHEAD.fullmatch(line) for line, _ in b))
        and not (page and is_weather_box([line for line, _ in b]))
        and not (page and is_small_ad([line for line, _ in b]))
    ]


def _stands_alone(raws: list[str], number: int) -> bool:
    """Tell whether raw line ``number`` has a blank line (or the text's edge) above and below it."""
    above = raws[number - 1] if number else ""
    below = raws[number + 1] if number + 1 < len(raws) else ""
    return not above.strip() and not below.strip()

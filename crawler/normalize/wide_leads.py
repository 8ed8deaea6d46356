"""Find displaced leads set wide: text at a page's top or foot that runs past every column.

A lead moved away from its body is often set across several columns; telling it by width is a
rule of its own, asked while the page is cut into fragments (:mod:`page_cut`) and again when
leads are joined and split (:mod:`lead_joins`, :mod:`text_splits`).
"""

from __future__ import annotations

import itertools

from archive.chars import display_width, has_han
from crawler.normalize.fragment import _Fragment
from crawler.normalize.layout import Element

COLUMN_CHANGE = 3.0  # cells by which another article's column differs from the open text's
LEAD_WIDER = 4.0  # cells by which a displaced lead set wide runs past every column of the page
LEAD_PARAGRAPHS_MAX = 2  # paragraphs of a displaced lead (a dateline's paragraph, one more when short)


def _paragraph_width(element: Element) -> float:
    """How wide a paragraph's lines run: its lines but the last (a paragraph's last line stops short),
    or its one line."""
    lines = element.lines[:-1] if len(element.lines) > 1 else element.lines
    return max(display_width(line) for line in lines)


def _wide_leads(elements: list[Element]) -> set[int]:
    """Find the text set apart from the page's columns: displaced leads, wider than every column.

    A lead (an article's dateline and first paragraph or two) moved to the page's top or foot is
    often set across several columns. A block of text at the top of the page (no other text before
    it) or at its foot (none after it), of at most ``LEAD_PARAGRAPHS_MAX`` paragraphs that no byline
    closes, whose lines run ``LEAD_WIDER`` cells past every other text's column is such a lead: a
    column's lines never run past it. Leads are taken widest first, each against the text left.
    Returns the indices of their elements (with a credit line set in the lead's block).
    """
    blocks: list[list[int]] = []
    for index, element in enumerate(elements):
        if element.block_start or not blocks:
            blocks.append([])
        blocks[-1].append(index)
    # Text with no Chinese in it (a folio's ``7``) shows no article's column.
    texts = [
        [i for i in block if elements[i].kind == "text" and has_han(elements[i].text)] for block in blocks
    ]
    with_text = [n for n, t in enumerate(texts) if t]
    width = {n: max(elements[i].column or _paragraph_width(elements[i]) for i in texts[n]) for n in with_text}
    candidate = {
        n
        for n in with_text
        if len(texts[n]) <= LEAD_PARAGRAPHS_MAX and not _closed_block(elements, blocks[n])
    }
    top = list(itertools.takewhile(lambda n: n in candidate, with_text))
    foot = list(itertools.takewhile(lambda n: n in candidate, reversed(with_text)))
    best: set[int] = set()
    for k in range(len(top) + 1):
        for m in range(len(foot) + 1):
            chosen = set(top[:k]) | set(foot[:m])
            rest = [width[n] for n in with_text if n not in chosen]
            if len(chosen) > len(best) and rest and all(width[n] >= max(rest) + LEAD_WIDER for n in chosen):
                best = chosen
    return {i for n in best for i in blocks[n]}


def _another_lead(current: _Fragment, element: Element) -> bool:
    """Tell whether a block of text set wide after a displaced lead is another article's lead.

    A lead may stand in two blocks (a paragraph each, the seed's), set to one width; a block whose
    lines run to another width (``COLUMN_CHANGE`` cells or more apart; its one line, a paragraph's
    last, clearly wider) is another lead.
    """
    if not current.lead_width or not current.parts:
        return False
    width = _paragraph_width(element)
    if len(element.lines) == 1:
        return width >= current.lead_width + COLUMN_CHANGE
    return abs(width - current.lead_width) >= COLUMN_CHANGE


def _closed_block(elements: list[Element], block: list[int]) -> bool:
    """Tell whether a byline closes a block's text: a credit line after it, or one run on at its end."""
    last = max(i for i in block if elements[i].kind == "text")
    if any(elements[i].kind == "credit" for i in block if i > last):
        return True
    return elements[last].tail_split(elements[last].text)[1] is not None

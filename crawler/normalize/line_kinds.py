"""Give each line of a block its kind (text, dateline, heading, credit); group lines into elements.

The line-by-line reading inside one block, apart from the page-wide rules that decide whether
a block stands apart (:mod:`set_apart`) or mends onto the text before it (:mod:`column_breaks`).
"""

from __future__ import annotations

import re

from archive.chars import display_width, has_han
from crawler.normalize.columns import _column_width, _Context, measured_column
from crawler.normalize.credits import (
    cites_source,
    dateline_at,
    dateline_only,
    finishes_byline,
    is_credit_line,
)
from crawler.normalize.element import Element
from crawler.normalize.heading_blocks import _over_a_dashed_subtitle, _punctuated_headline
from crawler.normalize.lines import (
    _CLOSING_START,
    _SENTENCE_IN,
    _TOLERANCE,
    _dateline_wrapped,
    _ends_in_byline,
    _name_broken_at_line_end,
    _straddles,
    ends,
    heading_like,
)

# A line of a column is never half as wide again as the column (print's full lines measure
# 0.9-1.3 columns): a wider one is a paragraph of web text, whatever the other lines suggest.
_OVERFULL = 1.5
_SLASH_CREDIT = re.compile(r"(?:[/／]|(?:文|图|摄影|记者)\s*[/／])")
_OVER_DATELINE_MAX = 3  # lines of a headline printed right over its dateline, in the dateline's block


def _over_dateline(block: list[tuple[str, bool]]) -> int:
    """Count the lines opening a block that are a headline printed right over a dateline (0: none).

    A dateline opens an article, so what stands right above it at a block's start is no paragraph of
    that article; short lines free of clause marks there are its headline, even exclaiming
    (``来了！新闻早班车`` / ``本报9月4日讯…``, ``点赞！…一女孩欲轻生`` / ``护士长成功劝说`` / ``新华社…电``),
    which :func:`heading_like`'s strict reading refuses to a subhead inside running text.
    """
    for count in range(1, min(_OVER_DATELINE_MAX, len(block) - 1) + 1):
        line, next_line = block[count][0], block[count + 1][0] if count + 1 < len(block) else ""
        if (dateline_at(line) or _dateline_wrapped(line, next_line)) and not cites_source(line):
            # A paragraph citing another outlet (据澎湃新闻报道，…) may go on an open article under
            # its subhead: it marks no article's start.
            head = [text for text, _ in block[:count]]
            ok = all(
                heading_like(text, loose=True) and not _ends_in_byline(text) and not dateline_at(text)
                for text in head
            )
            return count if ok and len(_SENTENCE_IN.findall("".join(head))) < 2 else 0
    return 0


def _continues(prev: str, line: str, indented: bool, width: float, ctx: _Context) -> bool:
    """Tell whether ``line`` goes on the paragraph that ``prev`` ends."""
    if ctx.indent_mode:
        return not indented
    kind = ends(prev)
    if kind == "soft":
        return True
    if kind == "open":
        return ctx.wrapped
    return ctx.wrapped and width - _TOLERANCE <= display_width(prev) <= _OVERFULL * width


_CREDIT_BRACKET = re.compile(
    r"\s*(?:本报|新华社)?(?:首席|见习|特约|实习|融媒体?|全媒体?)?(?:记者|通讯员|实习生)"
)


def _in_open_bracket(lines: list[str]) -> bool:
    """Tell whether a paragraph's last two lines leave a credit's bracket open: no paragraph ends inside one.

    A dateline's credit wrapped over narrow lines (``本报6月1日讯（记者`` / ``方实文、郝杰 通讯员`` /
    ``毛子）5月15日，``) has lines short of the column that end no paragraph.
    """
    tail = "".join(lines[-2:])
    if tail.count("（") + tail.count("(") <= tail.count("）") + tail.count(")"):
        return False
    # Only a credit's bracket: a text's own bracket left open by a slip (马某平（男，汉族，…) must not
    # swallow the byline under it.
    opened = max(tail.rfind("（"), tail.rfind("("))
    return _CREDIT_BRACKET.match(tail, opened + 1) is not None or tail[max(0, opened - 1) : opened] in (
        "讯",
        "电",
    )


def _subhead_after_sentence(prev: str, line: str, next_line: str, width: float) -> bool:
    """Tell whether ``line`` may be a subhead though ``prev`` filled its column.

    A sentence that ends flush with the column edge may go on in the next line, so width
    alone would join the next line to it. A line that stops short of the column without
    ending a sentence cannot be the middle of that paragraph: text goes on after it, and
    print only breaks a paragraph's line early at its end.
    """
    return ends(prev) == "end" and bool(next_line) and heading_like(line) and display_width(line) < width - 2


def _classify(
    block: list[tuple[str, bool]],
    ctx: _Context,
    width: float,
    *,
    next_opens: bool = False,
    before: float = 0.0,
    page_start: bool = False,
    page: bool = False,
    set_apart: bool = False,
    wrapped: bool = False,
) -> list[str]:
    """Give each line of a block a kind: "text", "dateline", "heading" or "credit".

    A ``wrapped`` block is a paragraph wrapped at the column of the text before it: no headline.
    """
    # A line ending in a byline (``诚信何在？ /记者 闫锦 报道``) closes an article: it is no heading.
    # Nor is a block that asks or exclaims twice: headlines are one sentence at most.
    standalone = (
        (
            len(block) <= 4
            and all(heading_like(line, loose=True) and not _ends_in_byline(line) for line, _ in block)
            and len(_SENTENCE_IN.findall("".join(line for line, _ in block))) < 2
            and not wrapped
        )
        or (
            next_opens
            and _punctuated_headline(
                [line for line, _ in block], before, page_start=page_start, set_apart=set_apart
            )
        )
        # Short lines over a dashed 副题, the 主题 maybe a web title too wide for a deck: a headline.
        or (page and not wrapped and _over_a_dashed_subtitle(block))
    )
    over_dateline = _over_dateline(block) if page else 0
    kinds: list[str] = []
    for i, (line, indented) in enumerate(block):
        prev = block[i - 1][0] if i else ""
        at_start = (
            i == 0
            or kinds[-1] in ("heading", "credit")
            or (ctx.indent_mode and indented)
            or (ends(prev) != "soft" and not _continues(prev, line, indented, width, ctx))
        )
        next_line = block[i + 1][0] if i + 1 < len(block) else ""
        if (
            is_credit_line(line)
            and (i == 0 or ends(prev) != "soft" or _SLASH_CREDIT.match(line))
            and not (i and (_name_broken_at_line_end(prev, line) or finishes_byline(prev, line)))
            # Names inside a bracket the line above opened (本报6月1日讯（记者 / 方实文 通讯员 / 毛子）…)
            # are that line's credit going on, no credit line of their own.
            and not (
                i
                and kinds[-1] != "credit"
                and _in_open_bracket([line for line, _ in block[max(0, i - 2) : i]])
            )
        ):
            # A slash credit (文/曹欣 图/李伟, /记者 张三 报道) is one even after a text cut off at a
            # comma: no sentence goes on with it.
            kinds.append("credit")
        elif i < over_dateline:
            kinds.append("heading")
        elif (
            at_start
            and (dateline_at(line) or _dateline_wrapped(line, next_line))
            and not (standalone and dateline_only(line))
        ):
            kinds.append("dateline")
        elif (
            (at_start or _subhead_after_sentence(prev, line, next_line, width))
            and (standalone or (heading_like(line) and not _ends_in_byline(line)))
            # A mark closing the phrase opens the next line: text runs on, unless the block is a
            # headline standing alone, wrapped before its closing mark (出炉 / ！加州华裔人口最多); a
            # line of marks alone (？？) is the end of a subhead's line, as it was of text's.
            and ((page and standalone and has_han(next_line)) or not _CLOSING_START.match(next_line))
            # In print, a subhead is narrower than an indented first line and ends where a word ends.
            and (
                standalone
                or not ctx.wrapped
                or not next_line
                or (display_width(line) < width - 2 and not _straddles(line, next_line))
            )
            and not (ctx.wrapped and i and ends(prev) != "end" and kinds[-1] == "text")
        ):
            kinds.append("heading")
        else:
            kinds.append("text")
    return kinds


def _block_elements(
    block: list[tuple[str, bool]],
    ctx: _Context,
    *,
    next_opens: bool = False,
    before: float = 0.0,
    page_start: bool = False,
    page: bool = False,
    set_apart: bool = False,
    wrapped: bool = False,
) -> list[Element]:
    """Turn one block into elements: paragraphs, heading runs and credit lines."""
    width = _column_width(block, ctx)
    kinds = _classify(
        block,
        ctx,
        width,
        next_opens=next_opens,
        before=before,
        page_start=page_start,
        page=page,
        set_apart=set_apart,
        wrapped=wrapped,
    )
    measured = measured_column(block)
    out: list[Element] = []
    for i, ((line, indented), kind) in enumerate(zip(block, kinds, strict=True)):
        last = out[-1] if out else None
        if kind == "heading" and last is not None and last.kind == "heading":
            last.lines.append(line)
            continue
        if (
            kind == "text"
            and last is not None
            and last.kind == "text"
            and (_continues(last.lines[-1], line, indented, width, ctx) or _in_open_bracket(last.lines))
        ):
            last.lines.append(line)
            continue
        element_kind = "text" if kind == "dateline" else kind
        out.append(
            Element(
                element_kind,
                [line],
                block_start=i == 0,
                dateline=kind == "dateline",
                column=measured,
                indented=indented,
            )
        )
    out[-1].block_end = True
    return out

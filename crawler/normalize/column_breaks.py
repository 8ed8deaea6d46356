"""Decide whether a block goes on the text before it across a column break, and where a text ended.

A blank line after a line that stops mid-sentence is a column break, unless what follows is a
headline, a caption or the rest of a credit; these rules join the layout's elements again.
"""

from __future__ import annotations

import re
from statistics import median

from archive.chars import display_width
from crawler.normalize.columns import _MEASURED_LINES, SHORT_OF_COLUMN, _full_widths
from crawler.normalize.credits import dateline_at, dateline_only, finishes_byline, is_credit_line, split_tail
from crawler.normalize.element import Element
from crawler.normalize.furniture import is_caption
from crawler.normalize.heading_roles import SUBHEAD_BULLET
from crawler.normalize.lines import _straddles, ends, join_lines

_CLOSES_BRACKET = re.compile(r"^[^（(]*[）)]$")  # a line whose only bracket closes one opened before


def _open_end(element: Element) -> bool:
    """Tell whether a paragraph stops mid-sentence (a column break), not at a byline.

    The byline may itself be wrapped at the column's edge (``…暴露无遗。 /邓英雪 韩磊 报`` / ``道``):
    the last line alone is then no byline, the last two joined as print joins them are.
    """
    if element.kind != "text" or ends(element.lines[-1]) not in ("open", "soft"):
        return False
    return split_tail(element.lines[-1])[1] is None and split_tail(join_lines(element.lines[-2:]))[1] is None


def ended_short(lines: list[str]) -> bool:
    """Tell whether a text's last line stops well short of the column its other lines fill.

    Print fills every line of a paragraph but its last, so a column break falls after a full line;
    a last line short of the column (``把它做得更精更好”`` under lines of 20 cells) ends the paragraph,
    though no full stop closes it (a quote or a title may end it), and the block after is no more of it.
    """
    full = _full_widths(lines[:-1])
    # The median, not the widest: a line may run past its column where two paragraphs were run together.
    return len(full) >= _MEASURED_LINES and display_width(lines[-1]) < median(full) - SHORT_OF_COLUMN


def _closes_open_credit(prev: Element, element: Element) -> bool:
    """Tell whether a block closes the credit bracket a text left open at a column break
    (``…斡旋。（记者 尉迟斌英 通讯员`` / ``钱艳华）``): a bracket opened is closed, so the short line
    is the rest of that byline, however much it looks like a headline.
    """
    last, first = prev.lines[-1], element.lines[0]
    opened = max(last.rfind("（"), last.rfind("("))
    if opened < 0 or max(last.rfind("）"), last.rfind(")")) > opened or not _CLOSES_BRACKET.search(first):
        return False
    return split_tail(last + "\n" + first)[1] is not None


def finishes_byline_across_break(prev: Element, element: Element) -> bool:
    """Tell whether a one-line block is the rest of the byline a text ends with, cut off by a column break
    (``…多奇志？ /记者 龙丽飞 罗泽 报道 端木晓嘉`` / blank line / ``摄``).

    A text closed by its byline stops at no open end, so no column break is mended for it; yet a line
    opening with a role word that credits the names before it (摄, 报道) stands for no one alone:
    read apart, the photographer above the break is taken for a reporter.
    """
    return (
        prev.kind == "text"
        and len(element.lines) == 1
        and element.block_start
        and finishes_byline(prev.lines[-1], element.lines[0])
    )


def _headline_after_open_text(element: Element, prev: Element, next_opens: bool, column: float) -> bool:
    """Tell whether a headline block stands after text that stopped without a full stop.

    A text may end without one (a date, a signature, a web page's last line); a whole headline
    block that an article's start or another headline follows, and into which no word of that
    text runs on, is then no column break of it.
    """
    # Nor is a block whose lines but the last stop short of that text's column: a column break
    # goes on with full lines (返回搜狐，查看更多 / 多部门联动成 / 功救助野生动物 / 并拨打…电话).
    short = len(element.lines) >= 2 and all(
        display_width(line) < column - SHORT_OF_COLUMN for line in element.lines[:-1]
    )
    return (
        element.kind == "heading"
        and element.block_end
        and ends(element.lines[-1]) != "soft"
        and (
            short
            # A text broken off after a comma or an opening mark has surely not ended: what follows
            # in full lines is more of it, even at the page's end or above an article's start.
            or (
                next_opens
                and ends(prev.lines[-1]) != "soft"
                and not _straddles(prev.lines[-1], element.lines[0])
            )
        )
    )


def marked_section(block: list[tuple[str, bool]] | None) -> bool:
    """Tell whether a block is one bulleted line opening a section of a text (``◆加装电梯惠及三千余户``).

    A bullet marks a section of the article it stands in (see :func:`heading_roles._marked_subhead`):
    it opens no article, so a text broken off mid-sentence just before it (…大家都说这次的 /
    改造让老街坊们告别了… / ◆…) has not ended there, and the block between goes on that text. A
    bulleted credit (□本报记者 X), dateline or caption (▲图为…) is no such line.
    """
    if block is None or len(block) != 1:
        return False
    line = block[0][0].strip()
    return (
        SUBHEAD_BULLET.match(line) is not None
        and not is_credit_line(line)
        and not dateline_at(line)
        and not is_caption(line)
    )


def _lone_dateline(element: Element) -> bool:
    """Tell whether ``element`` is a block of one line that is only a dateline (``新华社北京6月19日电``)."""
    return (
        element.kind in ("heading", "text")
        and len(element.lines) == 1
        and element.block_start
        and element.block_end
        and dateline_only(element.lines[0])
    )

"""Name a heading's role once the elements stand in order: headline, subhead, or text after all.

The role depends on the elements on both sides (an indent like the paragraphs', one column on
both sides, a slash byline under it), so it is decided last, apart from the block rules.
"""

from __future__ import annotations

import re

from crawler.normalize.credits import is_credit_line
from crawler.normalize.element import Element
from crawler.normalize.headlines import _QUOTE_MIN, _WORDS_ONLY
from crawler.normalize.lines import _TOLERANCE, _ends_in_byline, ends


def _indented_subhead(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a heading line between two paragraphs of text is a subhead, by its indent.

    A headline is set in its own type, centred or flush, never with a paragraph's indent; a
    one-line heading indented like the paragraphs around it (``　　不是什么事故都能够走快速处理``)
    is a subhead of the text it stands in.
    """
    return (
        element.indented
        and len(element.lines) == 1
        and prev is not None
        and prev.kind == "text"
        and following is not None
        and following.kind == "text"
        and following.indented
    )


def _set_apart_between_texts(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a one-line heading stands in a block of its own between two texts, the one below
    opening with no dateline: where a subhead may stand (the subhead rules' common ground)."""
    return (
        len(element.lines) == 1
        and element.block_start
        and element.block_end
        and prev is not None
        and following is not None
        and prev.kind == following.kind == "text"
        and not following.dateline
    )


def _subhead_between_one_column(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a one-line heading set apart between two texts of one column is a subhead of theirs.

    The text above ended a sentence but no byline closed it, and the text below opens with neither
    dateline nor credit and runs in the same column, as each full line of both shows: one text
    goes on across the line (``现场照片：`` / ``施工图与实际铺设对比``), which is a subhead or a
    picture's label in it, not another article's headline (another article is set in its own
    column, or opens with a dateline or a credit).
    """
    if not _set_apart_between_texts(element, prev, following) or prev is None or following is None:
        return False
    if not (prev.column and following.column):
        return False
    last = prev.lines[-1]
    closed = is_credit_line(last) or _ends_in_byline(last)
    return not closed and ends(last) == "end" and abs(prev.column - following.column) <= _TOLERANCE


def _last_sentence_over_slash_byline(element: Element, following: Element | None) -> bool:
    """Tell whether a sentence right over a slash byline is the last paragraph of a text.

    A slash byline (``/雷浩 黄荣秋 报道``) closes the text above it and never stands under a
    headline, so a question or exclamation set on the lines above it in the same block
    (``诚信何在？``; three lines without a comma ending in ！) ends that text, even where a blank
    line stands before it.
    """
    return (
        following is not None
        and following.kind == "credit"
        and not following.block_start
        and following.text.startswith(("/", "／"))
        and ends(element.lines[-1]) == "end"
    )


SUBHEAD_BULLET = re.compile(r"^[●◆■□▲★☆◇○◎]")


def _marked_subhead(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a bulleted one-line heading between two paragraphs of one text is its subhead.

    A bullet (``■突出森林资源保护``, ``●驾驶员立即停车``) marks a section of the text it stands
    in; a headline is set in its own type without one. The text above runs on (no byline closed
    it) and the text below opens with no dateline, so one text goes on across the line.
    """
    if not (
        len(element.lines) == 1
        and SUBHEAD_BULLET.match(element.lines[0])
        and prev is not None
        and following is not None
        and prev.kind == following.kind == "text"
        and not following.dateline
    ):
        return False
    last = prev.lines[-1]
    return not (is_credit_line(last) or _ends_in_byline(last))


_CLAUSE_MARKS = re.compile(r"[，。；：！？、,;:!?]")
_SENTENCE = re.compile(r".+?(?:[。！？!?][”’」』）)]*|$)")
_SUBHEAD_SENTENCES = 2  # sentences of the paragraph under a subhead it may quote


def _clause_of_paragraph_below(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a one-line heading between two paragraphs of a text quotes a clause of the one below.

    A long article runs in sections under subheads cut from the paragraph they head (``减免租金三个月``
    over ``…的中小企业，减免租金三个月，涉及…``; ``◆人社部相关负责人曾表示`` over the same words
    opening it). A headline names its article in words of its own and heads a text that opens with
    a dateline or a credit, so a line that one of the first two sentences under it says whole, as
    a clause between marks, after a text no byline closed and over a paragraph with no dateline, is
    that text's subhead, where the columns are too short to measure (see
    :func:`_subhead_between_one_column`).
    """
    if not _set_apart_between_texts(element, prev, following) or prev is None or following is None:
        return False
    last = prev.lines[-1]
    if is_credit_line(last) or _ends_in_byline(last):
        return False
    if _NEWS_LEAD_OPENING.match("".join(following.lines).lstrip("\u3000 ")):
        # A paragraph opening on the news' time (近日，… / 5月3日，…) is a lead, and a lead restates its
        # headline (市民政局开展节前慰问 over 近日，市民政局开展节前慰问，…): a brief without a dateline
        # under the article above, not a section of it.
        return False
    return _quotes_a_clause(element.lines[0], following)


# How a news lead opens where it names no dateline: the time of the news, then a comma.
_NEWS_LEAD_OPENING = re.compile(
    r"^(?:近日|日前|昨天|昨日|今天|今日|前天|前日|前不久|不久前|近期|近来|连日来|上周|本周|日\s*前"
    r"|[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)"
    r"[^，,。]{0,8}[，,]"
)


def _quotes_a_clause(line: str, following: Element) -> bool:
    """Tell whether one of the first two sentences of ``following`` says ``line`` whole, as a clause."""
    # A quoted clause holds as many characters as any line counted as repeating the text's words.
    said = _WORDS_ONLY.sub("", line)
    if len(said) < _QUOTE_MIN:
        return False
    sentences = _SENTENCE.findall("".join(following.lines))[:_SUBHEAD_SENTENCES]
    clauses = _CLAUSE_MARKS.split("".join(sentences))
    return any(_WORDS_ONLY.sub("", clause) == said for clause in clauses)


def _bulleted_clause_under_headlines(
    element: Element, prev: Element | None, following: Element | None
) -> bool:
    """Tell whether a bulleted line under headlines quotes a clause of the paragraph under it.

    Where the headlines stand in a heap, a body whose lead stands elsewhere may open with its first
    section's subhead (``■加装电梯惠及三千余户`` over ``加装电梯惠及三千余户，今年全市…``): the bullet
    marks a section (:func:`_marked_subhead`) and the paragraph under it says it whole, as a
    subhead cut from it is said. A headline names its article in words of its own.
    """
    return (
        len(element.lines) == 1
        and element.block_start
        and element.block_end
        and SUBHEAD_BULLET.match(element.lines[0]) is not None
        and prev is not None
        and prev.kind == "heading"
        and following is not None
        and following.kind == "text"
        and not following.dateline
        and _quotes_a_clause(element.lines[0], following)
    )

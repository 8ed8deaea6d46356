"""Cut out headlines printed right over their body, with no blank line between.

A PDF text layer often sets a headline, then its article's dateline or head credit, in one
block; headlines may also be heaped at a page's top or foot. Before the layout reads blocks,
each such headline gets a block of its own.
"""

from __future__ import annotations

import re

from archive.chars import display_width, has_han
from crawler.normalize.columns import _own_column
from crawler.normalize.credits import closes_article, dateline_at, heads_article, is_credit_line
from crawler.normalize.editors_notes import is_editors_note
from crawler.normalize.heading_blocks import _FULL_STOP, _headline_run
from crawler.normalize.headlines import _COLUMN_LABEL
from crawler.normalize.lines import (
    _TOLERANCE,
    _dateline_wrapped,
    _ends_in_byline,
    _straddles,
    ends,
    heading_like,
)

_BRACKETS = ("（", "(")  # a credit in brackets (（记者 贾琳）) closes the text above it
# A clause mark inside a line, not at its end: a sentence's lines have it, a headline block's rarely.
_INNER_CLAUSE = re.compile(r"[，,；;。]\s*\S")
_WIDE_HEAD_MAX = 64.0  # cells of a long web headline set on one line under a label


def _head_credit(block: list[tuple[str, bool]], index: int) -> bool:
    """Tell whether line ``index`` of a block is a credit that heads the text under it.

    ``本报记者 张三``, ``■记者 张三`` head by their form; another (``文/李四 图/王五``, ``记者 X 实习生 Y``)
    where more of the block follows it, it is not in brackets (``（记者 贾琳）`` closes the text above it)
    and its grammar does not close (``/李四 报道``, ``记者 X 报道``).
    """
    line = block[index][0]
    if not is_credit_line(line):
        return False
    return heads_article(line) or (
        not line.startswith(_BRACKETS) and index + 1 < len(block) and not closes_article(line)
    )


def _ended_before(line: str) -> bool:
    """Tell whether a line ends an article's text or a sentence: a full stop, a credit, a byline."""
    return ends(line) == "end" or is_credit_line(line) or _ends_in_byline(line)


def _head_over_body(block: list[tuple[str, bool]], start: int) -> int:
    """Where a headline printed right over its own body (no blank line between) ends, else 0.

    The plainest layout a PDF text layer gives: ``中共中央国务院关于加大改革创新`` /
    ``力度加快农业现代化建设的若干意见`` / ``春城晚报宝鸡讯　党的十八届…``. Up to four lines from ``start``
    (a block's top, or the line after a full stop or a closing credit) that read as a headline
    (:func:`_headline_run`) are one when an article's opening stands right under them: a dateline
    or a head credit (本报记者 X, ■记者 X, 文/X). Text has no such line inside a paragraph, and the
    text does not continue them: no word runs from their last line into the next. Returns the index
    of the first line after the headline.
    """
    for end in range(start + 1, min(start + 5, len(block))):
        lines = [line for line, _ in block[start:end]]
        if not _headline_run(lines):
            continue  # a line of the headline may stop at a colon (（2月19日）申论范文：)
        # A credit line opens with a role word (文/图 本报记者 X), no word run on from the line above
        # (a segmenter may read …210万 / 文/图 as 万文).
        opener = block[end][0]
        if (is_credit_line(opener) or not _straddles(lines[-1], opener)) and _opened_by(block, end):
            return end
    return _wide_head_under_label(block, start)


def _wide_head_under_label(block: list[tuple[str, bool]], start: int) -> int:
    """Where a label, one wide headline line and a head credit or dateline under it begin the text, else 0.

    A column's label (``■今日评论``, ``【编辑部的话】``) or a 引题 closed by a colon (``聚焦高质量发展：``)
    over one long headline with commas on a line of its own (``没有结束的对越自卫反击战，十余个集团军…``)
    over the writer's credit (``□ 文/姚思``) or a dateline: the long line is too wide for a headline
    by itself, but a label and an article's opening stand around it, and it ends no phrase mid-way.
    """
    if start + 2 >= len(block):
        return 0
    label, line = block[start][0], block[start + 1][0]
    labelled = _COLUMN_LABEL.match(label) is not None or (
        label.endswith(("：", ":")) and heading_like(label[:-1], loose=True)
    )
    if not labelled or display_width(line) > _WIDE_HEAD_MAX or _FULL_STOP.search(line):
        return 0
    if not has_han(line) or ends(line) not in ("open", "end") or dateline_at(line) or is_credit_line(line):
        return 0
    return start + 2 if _opened_by(block, start + 2) else 0


def _opened_by(block: list[tuple[str, bool]], index: int) -> bool:
    """Tell whether line ``index`` of a block opens an article: a dateline, a head credit or an
    editor's note (【编者按】…), which is printed first in its article's text."""
    line = block[index][0]
    # A dateline the column edge broke (新华社兰州7月27 / 日电（记者 …) opens one as a whole one does.
    following = block[index + 1][0] if index + 1 < len(block) else ""
    # A credit alone on its line (（记者 贾琳）) heads a text only in a head credit's form.
    return (
        (dateline_at(line) and not is_credit_line(line))
        or _dateline_wrapped(line, following)
        or _head_credit(block, index)
        or is_editors_note(line)
    )


def _column_break_piece(line: str, following: list[tuple[str, bool]] | None) -> bool:
    """Tell whether a line alone is a text's piece cut off by a column break: a word runs from it into
    the next block, or it stops mid-sentence as wide as that block's column (``…担心火势扩大所`` /
    ``以很多居民都报了警，…``)."""
    if following is None:
        return False
    column = _own_column(following)
    return _straddles(line, following[0][0]) or (
        ends(line) in ("open", "soft") and bool(column) and abs(display_width(line) - column) <= _TOLERANCE
    )


def _heap_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block reads as a headline standing alone (:func:`_headline_run`): no dateline
    or credit in it, no full stop, up to four short lines or one line of a web title."""
    return _headline_run([line for line, _ in block])


def _headline_block_over_opening(
    block: list[tuple[str, bool]], last: str, following: list[tuple[str, bool]] | None
) -> bool:
    """Tell whether a whole block of two to four lines is a headline standing over the article under it.

    A block standing alone between a text that has ended (a full stop, a credit) and a block opened
    by a dateline or a head credit, whose lines read as a headline (:func:`_headline_run`: no full
    stop, none stopping mid-phrase), is that article's headline, even where its first line runs
    too wide for a deck's line (a web title in parts over its 副题: ``女子手刃丈夫放火焚尸 逃亡两天后
    被捕 问其原因竟是家庭琐事`` / ``陕西有一名女子杀害了自己的丈夫…``): the text above ended, so the
    block goes on nothing, and the dateline under it opens what it heads. Stricter than a headline's
    shape alone, as a text's own closing lines set apart read so too: no line may end in a byline
    (``…前往中山陵景区哦！/王刚杰 沈桂香 报道``) or carry a clause mark inside it (``因此，建议大家…``,
    ``不得不感叹一句，这波操作，真漂亮！``), which a sentence has and a headline block's lines
    rarely do. One line alone is read in :func:`_split_heads`.
    """
    if not 2 <= len(block) <= 4 or following is None or not _opened_by(following, 0):
        return False
    if last and not _ended_before(last):
        return False
    lines = [line for line, _ in block]
    if any(_ends_in_byline(line) or _INNER_CLAUSE.search(line) for line in lines):
        return False
    return _headline_run(lines)


def _split_heads(blocks: list[list[tuple[str, bool]]]) -> tuple[list[list[tuple[str, bool]]], set[int]]:
    """Set each headline printed right over its body (see :func:`_head_over_body`) in a block of its
    own, as if a blank line stood under it; return the blocks and the indices of those headlines.

    At a block's top the text before must not run on into it (a comma, or a word broken across the
    blank line).
    """
    out: list[list[tuple[str, bool]]] = []
    heads: set[int] = set()
    for number, block in enumerate(blocks):
        last = blocks[number - 1][-1][0] if number else ""
        runs_on = bool(last) and (ends(last) == "soft" or _straddles(last, block[0][0]))
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        if (
            len(block) == 1
            and not runs_on
            and _headline_run([block[0][0]])
            # Over an article's opening, or at the page's foot after an ended text (headlines heaped last).
            and (
                (following is None and bool(last) and _ended_before(last))
                or (following is not None and _opened_by(following, 0))
                # Headlines heaped at the page's top or foot: a one-line block beside another
                # headline block, the text before it ended (or none began), is one of the heap.
                or (
                    (not last or _ended_before(last) or _heap_block(blocks[number - 1]))
                    and (
                        (number > 0 and _heap_block(blocks[number - 1]))
                        or (following is not None and _heap_block(following))
                    )
                    and not _column_break_piece(block[0][0], following)
                    and not _ends_in_byline(block[0][0])
                )
                # After a byline the article above has closed: the line opens something new, and
                # where no word runs from it into the block below, it is that block's headline.
                or (
                    following is not None
                    and bool(last)
                    and (is_credit_line(last) or _ends_in_byline(last))
                    and not _straddles(block[0][0], following[0][0])
                )
            )
        ):
            # One line set apart over an article's opening, too wide for a deck's line (a web title).
            heads.add(len(out))
            out.append(block)
            continue
        if _headline_block_over_opening(block, last, following):
            heads.add(len(out))
            out.append(block)
            continue
        top = 0
        for start in range(len(block) - 1):
            if start < top or (start and not _ended_before(block[start - 1][0])) or (start == 0 and runs_on):
                continue
            end = _head_over_body(block, start)
            if not end:
                continue
            if start > top:
                out.append(block[top:start])
            heads.add(len(out))
            out.append(block[start:end])
            top = end
        out.append(block[top:])
    return out, heads

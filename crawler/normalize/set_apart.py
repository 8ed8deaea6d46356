"""Tell whether a block stands apart from the text around it (a headline set among columns).

A block that reads like a headline by its own lines may still be a paragraph cut by a column
break; these rules decide by its neighbours: their columns, how the text before it ended, and
whether a word runs across a column break around it.
"""

from __future__ import annotations

from itertools import pairwise

from archive.chars import display_width
from crawler.normalize.columns import SHORT_OF_COLUMN, _Context, _own_column
from crawler.normalize.credits import dateline_at, is_credit_line
from crawler.normalize.heading_blocks import _heading_block, _headline_block, _punctuated_headline
from crawler.normalize.lines import _SENTENCE_IN, _TOLERANCE, _ends_in_byline, _straddles, ends

_OTHER_COLUMN = 3.0  # cells by which two texts' columns differ when they are two articles'
_HEADS_IN_A_BREAK = 2  # headlines set one under another in one column break (the page's headlines stand 2-5)


def _wrapped_at_column(block: list[tuple[str, bool]], column: float, last_before: str) -> bool:
    """Tell whether a block's lines are a paragraph wrapped at the column of the text before it.

    Its lines but the last fill that column and a word runs across a line end (``安南向阿萨德强调了全面
    落实他于今`` / ``年3月提出的解决叙利亚危机六点``, 今年 broken): a column break cut the sentence,
    where a compositor breaks a headline's lines between words. Not after a byline
    (``last_before``): the text before has ended there.
    """
    lines = [line for line, _ in block]
    return (
        len(lines) >= 2
        and column > 0
        and not (is_credit_line(last_before) or _ends_in_byline(last_before))
        and all(abs(display_width(line) - column) <= _TOLERANCE for line in lines[:-1])
        and any(_straddles(line, following) for line, following in pairwise(lines))
    )


def _runs_into_next_block(
    block: list[tuple[str, bool]], column: float, next_block: list[tuple[str, bool]] | None
) -> bool:
    """Tell whether a one-line block is a paragraph's start cut by a column break.

    The line fills the column of the text before it and a word runs across its end into the next
    block's first line, itself broken mid-sentence (``…“航天主题博览体验园”围`` / ``绕“航天”这个
    主题，…``, 围绕 broken): a headline's lines end where words end; a paragraph breaks off at the
    column's foot.
    """
    if not (next_block and column > 0 and len(block) == 1):
        return False
    line = block[0][0]
    # The block below goes on as a paragraph does, its first line broken mid-sentence: no headline.
    goes_on = len(next_block) >= 2 and ends(next_block[0][0]) in ("open", "soft")
    return (
        goes_on
        and abs(display_width(line) - column) <= _TOLERANCE
        and ends(line) == "open"
        and _straddles(line, next_block[0][0])
    )


def _short_of_columns(block: list[tuple[str, bool]], before: float, after: float) -> bool:
    """Tell whether a block's lines stop well short of the columns of the text before and after it.

    Every line of a paragraph but its last fills its column, so a block of two or more lines that
    all fall short of both neighbours' columns is no text of theirs: it is set apart, as a headline
    is (``不过两天前`` / ``新加坡10岁童星参加澳`` / ``门赛车比赛，遭遇连环撞车`` between columns of 18
    and 19 cells). A last line that fills the column goes on in the next block (a column break).
    """
    if len(block) < 2 or not before or not after:
        return False
    limit = min(before, after) - SHORT_OF_COLUMN
    return all(display_width(line) < limit for line, _ in block)


def _after_an_ended_text(
    blocks: list[list[tuple[str, bool]]], number: int, before: float, after: float
) -> bool:
    """Tell whether a block after text that ended stands apart from the columns on both sides.

    After a full stop or a byline, a block begins something. A paragraph of the text before would
    fill that text's column with every line but its last, and the start of the text after would
    fill its own: a block whose lines (but the last) stop 3+ cells short of the one and all stop
    short of the other is neither, but a headline set apart (``这种树只生长在中国，`` /
    ``价值惊人，一根树枝就能买辆奔驰`` between columns of 17 and 30 cells). Its last line may run
    as wide as the column before, as a headline's longer second line does.
    """
    block = blocks[number]
    if number == 0 or not before or not after:
        return False
    if len(block) == 1 and (
        _SENTENCE_IN.search(block[0][0]) is not None or abs(before - after) < _OTHER_COLUMN
    ):
        # One line stands apart only between two texts set in different columns (two articles'),
        # and ending no sentence: a one-line paragraph or a subhead stays with its text.
        return False
    last = blocks[number - 1][-1][0]
    if not (ends(last) in ("end", "pause") or is_credit_line(last) or _ends_in_byline(last)):
        return False
    above = block[:-1] if len(block) >= 2 else block  # one line alone is its own last line
    return all(display_width(line) < before - SHORT_OF_COLUMN for line, _ in above) and all(
        display_width(line) < after - SHORT_OF_COLUMN for line, _ in block
    )


def _unindented_between_paragraphs(blocks: list[list[tuple[str, bool]]], number: int, ctx: _Context) -> bool:
    """Tell whether a block stands apart from text where every paragraph opens indented.

    On such a page a block whose first line is not indented, after text that ended a sentence or
    a byline (or at the page's start) and before an indented paragraph, begins no paragraph and goes on
    none: it is set apart, as a headline is (``海丰一男子野泳不幸溺亡，`` / ``家属痛不欲生！`` over
    ``　　网友爆料，…``).
    """
    block = blocks[number]
    following = blocks[number + 1] if number + 1 < len(blocks) else None
    if not ctx.indent_mode or block[0][1] or following is None or not following[0][1]:
        return False
    last = blocks[number - 1][-1][0] if number else ""
    return not last or ends(last) in ("end", "pause") or is_credit_line(last) or _ends_in_byline(last)


def _inside_a_column_break(
    blocks: list[list[tuple[str, bool]]], number: int, split: int | None = None
) -> bool:
    """Tell whether a short block stands inside another text's column break.

    The text before it stops inside a word (not after a comma: a clause may end a column) and the
    block after it opens with that word's rest, while no word runs from the text into the block
    itself: the block was set there, a headline interleaved with another article's columns. Where
    the break falls between two words, the block's own lines tell instead: they stop short of the
    column mid-phrase (:func:`_short_mid_sentence`), and the block after it opens unindented.
    """
    if number == 0 or number + 1 >= len(blocks):
        return False
    block = blocks[number]
    # Under a headline already set in the same break, the text it split (``split``) is the one before;
    # over another headline set there, the text goes on after that one.
    before = blocks[number - 1 if split is None else split]
    following = number + 1
    while (
        following + 1 < len(blocks)
        and following - number < _HEADS_IN_A_BREAK
        and _headline_block(blocks[following])
    ):
        following += 1
    after = blocks[following]
    last = before[-1][0]
    column = _own_column(before)
    lines = [line for line, _ in block]
    return (
        ends(last) == "open"
        # A line broken by a column break fills its column; a credit line (文/X 图/Y) ends no word.
        and column > 0
        and abs(display_width(last) - column) <= _TOLERANCE
        and not (is_credit_line(last) or _ends_in_byline(last))
        and len(lines) <= 4
        and _headline_block(block)
        and not dateline_at(after[0][0])
        and (_straddles(last, after[0][0]) or (_short_mid_sentence(lines, column) and not after[0][1]))
        and not _straddles(last, lines[0])
    )


def _short_mid_sentence(lines: list[str], column: float) -> bool:
    """Tell whether a block's lines but the last stop short of ``column`` without ending a sentence.

    Wrapped text fills its column up to a paragraph's last line, which ends a sentence; a line
    that stops short mid-phrase (越是穷地方 / 同样是陕西省， / 生个娃花销区别如此之大 in a 14-cell
    column) was broken by hand, as a headline's lines are.
    """
    return len(lines) >= 2 and all(
        display_width(line) < column - SHORT_OF_COLUMN and ends(line) in ("open", "soft")
        for line in lines[:-1]
    )


def _between_headlines(blocks: list[list[tuple[str, bool]]], number: int) -> bool:
    """Tell whether a block stands in a heap of headlines: a headline block on each side.

    There no text began that the block's last line could end (``蔡英文元旦升旗遇抗议`` /
    ``岛内“独派”高呼：蔡英文下台`` between two headlines heaped at the page's end, or the last of the
    heap), so a plain line over a wider punctuated one is read as at the page's start.
    """
    if number == 0:
        return False
    if number + 1 == len(blocks):  # the page's end: nothing after the headline above either
        return _heading_block(blocks[number - 1])
    after = blocks[number + 1]
    return _heading_block(blocks[number - 1]) and (
        _heading_block(after) or _punctuated_headline([line for line, _ in after], 0.0)
    )


def _after_closed_or_headline(blocks: list[list[tuple[str, bool]]], number: int) -> bool:
    """Tell whether a block follows a headline block or a text closed by its byline.

    There, as at the page's start, no text began that the block's last line could end: a plain
    short line over a wider punctuated one is a 引题 over its 主题 or a title broken in two
    (``一个蒙冤了上千年的`` / ``历史名将，真实原因无人得知`` under ``…屠戮。 /记者 毛明 报道``).
    """
    if number == 0:
        return False
    before = blocks[number - 1]
    last = before[-1][0]
    return _heading_block(before) or is_credit_line(last) or _ends_in_byline(last)

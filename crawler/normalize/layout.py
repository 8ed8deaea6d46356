"""Read the layout of printed text: blocks, lines, paragraphs, headings and credit lines.

Print text is hard-wrapped at the column width, and a blank line may be a
paragraph break or just the bottom of a column. The rules here decide, from
line ends, line widths and indentation, which lines belong together. The same
analysis serves one article (:mod:`paragraphs`) and a whole page (:mod:`page`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from statistics import median

from crawler.normalize.chars import clean_heading, display_width, has_han
from crawler.normalize.credits import (
    Credits,
    Dateline,
    closes_article,
    dateline_at,
    dateline_only,
    finishes_byline,
    heads_article,
    is_credit_line,
    is_end_mark,
    parse_credit,
    split_head,
    split_tail,
)
from crawler.normalize.furniture import (
    MASTHEAD,
    is_caption,
    is_page_furniture,
    is_promotion,
    is_small_ad,
    is_teaser,
    is_weather_box,
    running_head_lines,
)
from crawler.normalize.segment import cut

HEADING_MAX = 26.0  # a headline or subhead is at most this many cells wide
_TOLERANCE = 1.5  # cells a full line may fall short of the column width
# A line of a column is never half as wide again as the column (print's full lines measure
# 0.9-1.3 columns): a wider one is a paragraph of web text, whatever the other lines suggest.
_OVERFULL = 1.5

# How a line ends decides whether the paragraph goes on after it.
# Lines whose ends() and heading_like() are remembered: a long page holds a few thousand.
_LINE_CACHE = 8192
# WeChat-style posts close with "-end-" / "-END-": an end mark, no word hyphenated at the column edge.
_END = re.compile(r"(?:[。！？!?…][”’」』）)》\"']*|-end-|(?<=[^\W\d_０-９])[~～])$", re.I)
_PAUSE = re.compile(r"[；;：:][”’」』）)》\"']*$")
_SOFT = re.compile(r"[，,、—\-～~（(“‘《〈【「『]$")
_LAST_PIECE = re.compile(r"[\s/／（(]")  # what ends the last piece of a line, where a byline's name may start
_CLOSES_BRACKET = re.compile(r"^[^（(]*[）)]$")  # a line whose only bracket closes one opened before
_CLOSING_START = re.compile(r"^[，。、；：！？”’）》」』,.;:!?)]")
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]是)"
)
_SENTENCE_IN = re.compile(r"[。！？!?]")
_SPACED_SLASH = re.compile(r"\s[/／]")
_MARK_SLASH = re.compile(r"[）)」』；;：:，,、][/／]")  # a slash after a mark, its space cleaned away
_SUBTITLE_EXTRA = 8.0  # cells a dashed 副题 may run past HEADING_MAX
_OTHER_COLUMN = 3.0  # cells by which two texts' columns differ when they are two articles'
_HEADS_IN_A_BREAK = 2  # headlines set one under another in one column break (the page's headlines stand 2-5)
SHORT_OF_COLUMN = 3.0  # cells by which a line of a headline falls short of the columns beside it
_BALANCE = 2.0  # cells by which a headline's second line may outrun its first
_BIG_TYPE_LINE = 20.0  # a headline's line in large type holds at most this many characters
_SLASH_CREDIT = re.compile(r"(?:[/／]|(?:文|图|摄影|记者)\s*[/／])")
_MEASURED_LINES = 3  # full lines needed to tell a block's column width
_NEAR_PARAGRAPHS = 3  # paragraphs looked through for a column, on each side of a block
# A lone dot ends a sentence (…活该.); a run of dots is an ellipsis (发生在这里...…), and a dot
# between figures a decimal point.
_FULL_STOP = re.compile(r"[。；;]|(?<!\.)\.(?![\d.])")
_LAST_STOP = re.compile(r"[。.]$")
_ONE_LINE_HEAD_MAX = 36.0  # cells of a headline printed on one line over its dateline (web titles run long)
_BRACKETS = ("（", "(")  # a credit in brackets (（记者 贾琳）) closes the text above it
_LONE_ELLIPSIS = re.compile(r"^\s*(?:\.{3,}|…+)\s*$")
_STRICT_FORBIDDEN = re.compile(r"[，。、；：,;:！？!?]")
_LOOSE_FORBIDDEN = re.compile(r"[，。、；：,;:]")
_DASH_OPENERS = ("——", "--", "－－")  # how a dashed 副题 opens its line


@dataclass
class Element:
    """A paragraph, heading run or credit line, in reading order."""

    kind: str  # "text", "heading" or "credit"
    lines: list[str]
    block_start: bool
    block_end: bool = False
    dateline: bool = False
    role: str = ""  # headings: "title" or "sub"
    joined: list[str] = field(default_factory=list)
    column: float = 0.0  # the block's column width, where enough full lines show it (else 0)
    indented: bool = False  # its first line opens with a paragraph indent
    mends: list[int] = field(default_factory=list)  # lines where a block mended onto it (column break) begins

    @property
    def text(self) -> str:
        """The lines joined as print joins them: no space, except between two Latin words."""
        return join_lines(self.lines)

    def head_split(self) -> tuple[Dateline, Credits, str]:
        """Take the dateline and credit off this paragraph's start.

        A credit wrapped at a column edge may have lost the space it broke at (``（记者 贺秀峰``
        / ``徐涛庆）``): when the lines joined as print joins them give no credit, the line
        ends are read as spaces instead.
        """
        joined = split_head(self.text)
        if len(self.lines) == 1 or _has_people(joined[1]):
            return joined
        dateline, credits, rest = split_head("\n".join(self.lines))
        if not _has_people(credits):
            return joined
        return dateline, credits, join_lines(rest.split("\n"))

    def tail_split(self, body: str) -> tuple[str, Credits | None]:
        """Take a byline off the end of ``body`` (this paragraph, its head taken off).

        A bracketed credit wrapped at a column edge may have lost the space it broke at
        (``（吴雪　`` / ``尹亮文　崔兰）``): when the lines joined as print joins them give no
        credit, the last line end is read as a space.
        """
        rest, credits = split_tail(body)
        last = self.lines[-1]
        if credits is not None or len(self.lines) == 1 or not body.endswith(last) or body == last:
            return rest, credits
        spaced_rest, credits = split_tail(body[: len(body) - len(last)] + "\n" + last)
        if credits is None:
            return rest, None
        return join_lines(spaced_rest.split("\n")), credits


def _has_people(credits: Credits) -> bool:
    return bool(credits.reporters or credits.correspondents or credits.photographers or credits.editors)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines as print joins them: no space, except between two Latin words."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += (" " if out[-1:].isascii() and out[-1:].isalpha() and line[:1].isalpha() else "") + line
    return out


@lru_cache(maxsize=_LINE_CACHE)
def ends(line: str) -> str:
    """Classify how a line ends: "end" (sentence), "pause" (；：), "soft" (，、 opening marks) or "open".

    Cached, like :func:`heading_like`: a page's layout asks both of each line many times over.
    """
    if _END.search(line):
        return "end"
    if _PAUSE.search(line):
        return "pause"
    if _SOFT.search(line):
        return "soft"
    return "open"


@lru_cache(maxsize=_LINE_CACHE)
def heading_like(line: str, *, loose: bool = False) -> bool:
    """Tell whether a line could be a headline or subhead: short and free of sentence punctuation."""
    width = display_width(line)
    if width < 2 or width > HEADING_MAX:
        return False
    if loose:  # headlines may ask or exclaim; subheads in running text do not
        return _LOOSE_FORBIDDEN.search(line) is None
    return _STRICT_FORBIDDEN.search(_ENUMERATOR.sub("", line)) is None


def _punctuated_headline(
    lines: list[str], column: float, *, page_start: bool = False, set_apart: bool = False
) -> bool:
    """Tell whether a block standing alone reads as a headline that carries commas or stops.

    Web and tabloid headlines (``这个520，当你们秀亲密，我在当雄过虫草节！``) hold commas, colons
    and several exclamations, which :func:`heading_like` refuses in a line. A block of up to four
    short lines (引题, a title over two lines, 副题) with no full stop, not ending mid-phrase, that
    is neither a dateline nor a credit, is still one: running text after a blank line either goes
    on mid-sentence (a column break, mended later) or comes to a 。 within a few short lines. Two
    lines, a plain heading over a wider punctuated one, are a headline standing over the last line of
    some text, not one headline (a compositor balances a headline's lines), and so is a first line too
    wide for large type, except at the ``page_start``, where no text began that the line could
    end; nor is a block whose first line fills the column of the text before it (``column``) and
    whose last line is a short remainder: that is a wrapped paragraph (a compositor balances a
    headline's lines).
    """
    if not 1 <= len(lines) <= 4 or any(not 2 <= display_width(line) <= _deck_max(line) for line in lines):
        return False
    text = "".join(lines)
    plain = [heading_like(line, loose=True) for line in lines]
    # A web title may hold one full stop at a line's end (…怕小孩子乱动。 / …只能说你活该.): where the
    # block is set apart by the columns beside it, or stands among headlines, it does not make it text.
    # The line it ends is no short remainder under a wider line (榆林榆阳机场二期扩建工程 / 望帮助解决。
    # is a stray heading over a text's last words): a compositor balances a headline's lines.
    if set_apart and len(_FULL_STOP.findall(text)) == 1 and not _short_remainder_stop(lines):
        text = "".join(_LAST_STOP.sub("", line) for line in lines)
    return (
        _FULL_STOP.search(text) is None
        # A plain heading line over a punctuated one is a headline above the end of some text,
        # but no text began before the page's first block (4岁的我和妹妹 / 濮阳感人故事：我的环卫工母亲).
        and not (
            not page_start
            and len(lines) == 2
            # A line opening with a closing mark (，曾任检察长…) ends no text: it goes on the line above.
            and not _CLOSING_START.match(lines[1])
            # Nor does a dashed 副题 (——…): text never opens a line with a dash after a short one.
            and not lines[1].startswith(_DASH_OPENERS)
            and plain[0]
            and not plain[1]
            and (
                display_width(lines[1]) > display_width(lines[0]) + _BALANCE
                or display_width(lines[0]) > _BIG_TYPE_LINE
            )
        )
        and not (
            len(lines) > 1
            and abs(display_width(lines[0]) - column) <= _TOLERANCE
            and display_width(lines[-1]) < 0.5 * display_width(lines[0])
        )
        and not _too_wide_for_large_type(lines)
        and ends(lines[-1]) in ("end", "open")
        and not any(_ends_in_byline(line) or is_credit_line(line) or dateline_at(line) for line in lines)
    )


def headline_shaped(lines: list[str]) -> bool:
    """Tell whether lines taken alone read as a headline: up to four short lines, plain or punctuated.

    Asked of lines the layout read as text's (a headline run into its text's block, or a column
    break mended onto it), once the page shows an article without a headline.
    """
    if not lines or any(_ends_in_byline(line) or is_credit_line(line) or dateline_at(line) for line in lines):
        return False
    plain = len(lines) <= 4 and all(heading_like(line, loose=True) for line in lines)
    return plain or _punctuated_headline(lines, 0.0, page_start=True, set_apart=True)


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


def _too_wide_for_large_type(lines: list[str]) -> bool:
    """Tell whether two or more lines, a dashed 副题 aside, all hold more than large type takes.

    A headline is set in large type: one long line may run past ``_BIG_TYPE_LINE`` characters,
    never every line of a deck in two or more (``那么，面对部分地区血液供应紧张呈常态化的现`` /
    ``实，大家是觉得事不关己还是心存忧虑呢？大家又`` / …, each 24 cells, is a paragraph at its column).
    """
    plain = [line for line in lines if not line.startswith(("——", "--", "－－"))]
    return len(plain) >= 2 and all(display_width(line) > _BIG_TYPE_LINE for line in plain)


def _short_remainder_stop(lines: list[str]) -> bool:
    """Tell whether a line ending in a full stop is at most half as wide as the line above it."""
    return any(
        _LAST_STOP.search(line) is not None and display_width(line) <= 0.5 * display_width(lines[i - 1])
        for i, line in enumerate(lines)
        if i
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


def _headline_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block alone reads as a headline: up to four short lines, plain or punctuated."""
    lines = [line for line, _ in block]
    return len(lines) <= 4 and (_heading_block(block) or _punctuated_headline(lines, 0.0, page_start=True))


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


def _over_a_dashed_subtitle(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block ends in a dashed 副题 under short lines: a headline, whatever follows.

    A line opened by ``——`` under one to three short lines with no full stop among them is how a
    headline sets its 副题 (``中美博弈，中国已悄然赢`` / ``得两战，美霸权大势已去！`` /
    ``——充分运用辩证唯物主义…``); running text that wraps a dash to a line's start goes on past it.
    """
    lines = [line for line, _ in block]
    return (
        2 <= len(lines) <= 4
        and lines[-1].startswith(("——", "--", "－－"))
        # One full stop may end a line above it (…只能说你活该. / ——企图在诙谐调侃的氛围下).
        and len(_FULL_STOP.findall("".join(lines))) <= 1
        and _FULL_STOP.search("".join(_LAST_STOP.sub("", line) for line in lines)) is None
        and all(display_width(line) <= _deck_max(line) for line in lines)
    )


def _deck_max(line: str) -> float:
    """Widest a headline's line may be: a dashed 副题 is set in smaller type and runs longer."""
    return HEADING_MAX + _SUBTITLE_EXTRA if line.startswith(("——", "--", "－－")) else HEADING_MAX


def _opens(block: list[tuple[str, bool]] | None, column: float) -> bool:
    """Tell whether a block cannot go on the text before it: the page's end, a dateline, a credit, a headline.

    A punctuated headline (:func:`_punctuated_headline`) is told from a short run of text by what
    follows it: an article's start or another headline, never the rest of a sentence.
    """
    if block is None:
        return True
    lines = [line for line, _ in block]
    return (
        dateline_at(lines[0])
        or is_credit_line(lines[0])
        or (len(lines) <= 4 and all(heading_like(line, loose=True) for line in lines))
        or _punctuated_headline(lines, column)
        # A picture's caption stands apart under its picture: no text goes on in it.
        or is_caption(join_lines(lines))
    )


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


def _straddles(line: str, next_line: str) -> bool:
    """Tell whether a word runs across the end of ``line`` into ``next_line`` (so no heading ends there)."""
    head, tail = line[-4:], next_line[:4]
    offset = 0
    for token in cut(head + tail):  # asked only for the rare doubtful heading
        if offset < len(head) < offset + len(token):
            return True
        offset += len(token)
    return False


def _blocks(text: str, *, page: bool = False) -> list[list[tuple[str, bool]]]:
    """Split text into blocks of (clean line, indented) at blank lines; a ``page`` loses its furniture."""
    blocks: list[list[tuple[str, bool]]] = [[]]
    furnished: set[int] = set()  # blocks that held furniture
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = [clean_heading(raw) for raw in raws]
    head = running_head_lines(cleaned) if page else set()
    for number, raw in enumerate(raws):
        line = cleaned[number]
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
        if page and line and _stands_alone(raws, number) and (is_teaser(line) or is_promotion(line)):
            # A pointer to another page (…（见第3版）, 下转A5版) or to the paper's app: no article's text.
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


def _heading_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block reads as a headline by its lines alone: up to four short plain lines."""
    return len(block) <= 4 and all(heading_like(line, loose=True) for line, _ in block)


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


def _ends_in_byline(line: str) -> bool:
    """Tell whether text ends in ``line`` and a byline follows it (a whole-line byline is a credit).

    The text is told by a sentence ending in the line, or by a slash after a space (``…美利坚~ /记者
    蔡博 报道``) or right after a mark (``…汉中市政府办、/记者 X 报道``): a text may stop without a full
    stop, but a headline carries no byline.
    """
    text_ends = (
        _SENTENCE_IN.search(line) is not None
        or _SPACED_SLASH.search(line) is not None
        or _MARK_SLASH.search(line) is not None
    )
    return text_ends and split_tail(line)[1] is not None


def _name_broken_at_line_end(prev: str, line: str) -> bool:
    """Tell whether ``line`` goes on a byline whose last name the line above broke (``/记者 夏侯`` /
    ``斌超 报道``, ``/刘明 沈`` / ``志霞 报道``, ``图片来源：…/周`` / ``庆邦摄``): read alone it would be a
    credit of half a name.

    The broken piece is a lone character or a compound surname (a whole name such as 张三 over
    ``李四 摄`` is two people), and with it the line's first name reads as one name.
    """
    head = _LAST_PIECE.split(prev)[-1]
    from crawler.extract.people import COMPOUND_SURNAMES  # the surname list's one home

    if not (len(head) == 1 or head in COMPOUND_SURNAMES) or not has_han(head):
        return False
    alone, joined = parse_credit(line), parse_credit(head + line)
    if alone is None or joined is None:
        return False
    first, whole = _people(alone), _people(joined)
    return bool(first) and bool(whole) and whole[0] == head + first[0]


def _people(credits: Credits) -> list[str]:
    return credits.reporters + credits.photographers + credits.correspondents


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
        len(block) <= 4
        and all(heading_like(line, loose=True) and not _ends_in_byline(line) for line, _ in block)
        and len(_SENTENCE_IN.findall("".join(line for line, _ in block))) < 2
        and not wrapped
    ) or (
        next_opens
        and _punctuated_headline(
            [line for line, _ in block], before, page_start=page_start, set_apart=set_apart
        )
    )
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
        ):
            # A slash credit (文/曹欣 图/李伟, /记者 张三 报道) is one even after a text cut off at a
            # comma: no sentence goes on with it.
            kinds.append("credit")
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


def _dateline_wrapped(line: str, next_line: str) -> bool:
    """Tell whether a paragraph opens with a dateline the column edge broke (``新华社武汉3月21日`` /
    ``电（记者 秦秋）…``, ``本报`` / ``讯 昨日…``): the line alone is none, the two joined are, and
    the next line opens none of its own (a headline right over ``本报讯…`` is no dateline's start)."""
    return bool(next_line) and not dateline_at(next_line) and dateline_at(join_lines([line, next_line]))


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
            and _continues(last.lines[-1], line, indented, width, ctx)
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


def _caption_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a whole block is a picture's caption (``▲全校90%的学生都是`` / ``留守儿童。（X 摄）``).

    A caption wrapped over lines would read as a short plain line (a subhead) over a short text;
    read whole, its mark (图为, ▲) and its photographer's credit tell it.
    """
    return is_caption(join_lines([line for line, _ in block]))


def _cut_short_headline(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block is a web headline cut short, its ellipsis set on a line of its own.

    A site cuts a long title and marks the cut with an ellipsis (``…可再生能源发展 ...``); set as a
    headline, the mark may wrap alone onto the last line. Running text never leaves an ellipsis on
    a line by itself between blank lines, so one to three lines with no full stop and each no wider
    than a headline's widest deck line, over a line that is only the ellipsis, are a headline,
    however wide its first line runs.
    """
    if not 2 <= len(block) <= 4 or _LONE_ELLIPSIS.match(block[-1][0]) is None:
        return False
    lines = [line for line, _ in block[:-1]]
    return all(
        2 <= display_width(line) <= HEADING_MAX + _SUBTITLE_EXTRA
        and _FULL_STOP.search(line) is None
        and ends(line) in ("open", "end")
        and not (_ends_in_byline(line) or is_credit_line(line) or dateline_at(line))
        for line in lines
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


def _subhead_between_one_column(element: Element, prev: Element | None, following: Element | None) -> bool:
    """Tell whether a one-line heading set apart between two texts of one column is a subhead of theirs.

    The text above ended a sentence but no byline closed it, and the text below opens with neither
    dateline nor credit and runs in the same column, as each full line of both shows: one text
    goes on across the line (``现场照片：`` / ``施工图与实际铺设对比``), which is a subhead or a
    picture's label in it, not another article's headline (another article is set in its own
    column, or opens with a dateline or a credit).
    """
    if not (
        len(element.lines) == 1
        and element.block_start
        and element.block_end
        and prev is not None
        and following is not None
        and prev.kind == following.kind == "text"
        and not following.dateline
        and prev.column
        and following.column
    ):
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


def _headline_run(lines: list[str]) -> bool:
    """Tell whether up to four lines read as a headline by themselves: short, no full stop, and
    not stopping mid-phrase (a comma, a colon or an opening mark goes on in the next line)."""
    return (
        1 <= len(lines) <= 4
        and has_han(lines[0])  # a line of marks alone (？？) is the end of a text's line
        and ends(lines[-1]) in ("open", "end")
        and (
            all(heading_like(line, loose=True) for line in lines)
            or _punctuated_headline(lines, 0.0, page_start=True)
            # One line too wide for a deck's (a web title run on one line) without a full stop.
            or (
                len(lines) == 1
                and display_width(lines[0]) <= _ONE_LINE_HEAD_MAX
                and not _FULL_STOP.search(lines[0])
            )
        )
        and not any(is_credit_line(line) or dateline_at(line) for line in lines)
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
        if not _straddles(lines[-1], block[end][0]) and _opened_by(block, end):
            return end
    return 0


def _opened_by(block: list[tuple[str, bool]], index: int) -> bool:
    """Tell whether line ``index`` of a block opens an article: a dateline or a head credit."""
    line = block[index][0]
    # A credit alone on its line (（记者 贾琳）) heads a text only in a head credit's form.
    return (dateline_at(line) and not is_credit_line(line)) or _head_credit(block, index)


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


def layout(text: str, *, titles: bool) -> list[Element]:
    """Analyse ``text`` into elements in reading order, with column breaks mended.

    With ``titles`` (a whole page) a heading block standing alone, or one that
    leads into a dateline, is a headline ("title"); otherwise headings are subheads.
    """
    blocks = _blocks(text, page=titles)
    if not blocks:
        return []
    heads: set[int] = set()
    if titles:
        blocks, heads = _split_heads(blocks)
    ctx = _context(blocks)
    elements: list[Element] = []
    held: list[Element] = []  # headlines interleaved at a column break, waiting for the text's rest
    split = 0  # the block of the text they split
    for number, block in enumerate(blocks):
        if titles and _caption_block(block):
            # One paragraph set apart under its picture: its first line is no subhead, and no text goes
            # on in it.
            lines = [line for line, _ in block]
            elements.append(Element("text", lines, block_start=True, block_end=True, indented=block[0][1]))
            continue
        if number in heads:
            # A headline read by the evidence under it (:func:`_split_heads`): its lines are no text.
            lines = [line for line, _ in block]
            elements.append(Element("heading", lines, block_start=True, block_end=True, indented=block[0][1]))
            continue
        if titles and _cut_short_headline(block):
            lines = [line for line, _ in block]
            elements.append(Element("heading", lines, block_start=True, block_end=True))
            continue
        next_block = blocks[number + 1] if number + 1 < len(blocks) else None
        # The column of the text just before: a block that fills it and goes on is more of that text.
        before = _column_width(blocks[number - 1], ctx) if number else 0.0
        next_opens = _opens(next_block, _column_width(block, ctx))
        after = _column_width(next_block, ctx) if next_block is not None else 0.0
        apart = (
            next_opens
            or (titles and _short_of_columns(block, before, after))
            # No text began before the page's first block: lines short of the next text's own column
            # (铜仁两人暴力阻挠交警执法， over text without a dateline) stand apart from it.
            or (titles and number == 0 and _short_of_columns(block, _own_column(next_block or []), after))
            # Nor can a block under a headline go on it: lines short of the next text's own column
            # are another headline set there (headlines stacked over their texts).
            or (
                titles
                and number > 0
                and (_heading_block(blocks[number - 1]) or _over_a_dashed_subtitle(blocks[number - 1]))
                and _short_of_columns(block, _own_column(next_block or []), after)
            )
            or (titles and _unindented_between_paragraphs(blocks, number, ctx))
            # Between one-line paragraphs, the columns their text shows just before and after.
            or (
                titles
                and number > 0
                and next_block is not None
                and _short_of_columns(
                    block, _near_column(blocks, number - 1, -1, ctx), _near_column(blocks, number + 1, 1, ctx)
                )
            )
            or (titles and _over_a_dashed_subtitle(block))
            or (titles and _after_an_ended_text(blocks, number, before, after))
        )
        # Lines short of the columns the blocks on both sides show by their own full lines are
        # set apart by width alone (the text's usual width is no evidence for a block without any).
        before_own = _own_column(blocks[number - 1]) if number else 0.0
        after_own = _own_column(next_block) if next_block is not None else 0.0
        # A headline interleaved at another article's column break: the text before it broke off
        # inside a word that the block after it finishes (投入到用户体验和服务上，口 / 马克龙出访美国，为何 /
        # 注定空手而归？ / 碑不是吹出来的): the block stands apart, and is set after the text it split.
        interleaved = titles and _inside_a_column_break(blocks, number, split if held else None)
        if interleaved and not held:
            split = number - 1
        apart = apart or interleaved
        set_apart = titles and (
            interleaved
            or _over_a_dashed_subtitle(block)
            or _short_of_columns(block, before_own, after_own)
            or _after_an_ended_text(blocks, number, before_own, after_own)
            # At the page's start no text began that the block could end; under a headline and
            # over what opens something (a dateline, a credit, another headline) a block stands
            # with headlines, not with text.
            or (number == 0 and next_opens)
            or (
                number > 0
                and _heading_block(blocks[number - 1])
                and next_opens
                and len(blocks) > 1
                # A paragraph between a subhead and a headline opens indented or fills the column.
                and _short_of_columns(block, ctx.column, ctx.column)
                and not any(indented for _, indented in block)
            )
        )
        # A paragraph's start broken off at the column's foot, its word going on in the next block,
        # stands apart from nothing: it is text, and the next block goes on it.
        runs_on = titles and number > 0 and _runs_into_next_block(block, before_own, next_block)
        if runs_on:
            apart = set_apart = False
        for element in _block_elements(
            block,
            ctx,
            next_opens=apart,
            before=before,
            # Between two headlines, as at the page's start, no text began that the block could end;
            # nor after a headline or a text its byline closed.
            page_start=titles
            and (
                number == 0 or _between_headlines(blocks, number) or _after_closed_or_headline(blocks, number)
            ),
            page=titles,
            set_apart=set_apart,
            # Lines filling the column that the text before shows by its own full lines, a word
            # broken across them, are that text cut by a column break, unless set apart.
            wrapped=titles
            and number > 0
            and not set_apart
            and _wrapped_at_column(block, before_own, blocks[number - 1][-1][0]),
        ):
            if runs_on:
                element.kind = "text"
            prev = elements[-1] if elements else None
            mend = (
                prev is not None
                and element.block_start
                and prev.block_end
                and _open_end(prev)
                and (ctx.wrapped or ends(prev.lines[-1]) == "soft")
                and not element.dateline
                and element.kind != "credit"
                and not (
                    titles
                    and _headline_after_open_text(element, prev, next_opens or interleaved, before)
                    and not _closes_open_credit(prev, element)
                )
                # A caption set apart under its picture is no column break of the text above.
                and not (titles and element.block_end and is_caption(element.text))
                and not (titles and ended_short(prev.lines))
            )
            if prev is not None and mend:
                # A blank line after a line that does not end a sentence is a column break.
                if element.kind == "heading":
                    element.kind = "text"
                prev.mends.append(len(prev.lines))
                prev.lines.extend(element.lines)
                prev.block_end = element.block_end
                continue
            if not titles and prev is not None and _lone_dateline(prev) and element.kind == "text":
                # An article's dateline in an HTML paragraph of its own opens the next one.
                prev.kind, prev.dateline = "text", True
                prev.lines.extend(element.lines)
                prev.block_end = element.block_end
                continue
            if interleaved and element.kind == "heading":
                held.append(element)  # set after the next block, which goes on the text it split
                continue
            elements.append(element)
        if not interleaved and held:
            elements.extend(held)
            held = []
    elements.extend(held)
    for i, element in enumerate(elements):
        if element.kind != "heading":
            continue
        following = elements[i + 1] if i + 1 < len(elements) else None
        if titles and _indented_subhead(element, elements[i - 1] if i else None, following):
            # Indented like the paragraphs, it is no headline even over a dateline: set at a
            # text's end (举报本文 over 湛江晚报湛江讯…), it is that text's last paragraph.
            if following is not None and following.dateline:
                element.kind = "text"
                continue
        if following is not None and following.kind == "text" and following.dateline:
            element.role = "title"
        elif not titles:
            element.role = "sub"
        elif _indented_subhead(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif _subhead_between_one_column(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif (
            not element.block_start
            and following is not None
            and following.kind == "credit"
            and not heads_article(following.text)
        ):
            # A short line between text and a closing byline (…告诉身边的人！ / 您的点赞是我们进步的动力 /
            # 文/林磊兰 图/杨雪艳) is the text's last line: a headline stands apart, above its text.
            element.kind = "text"
        elif _last_sentence_over_slash_byline(element, following):
            element.kind = "text"
        elif element.block_start and element.block_end:
            element.role = "title"
        elif following is not None and following.kind == "text":
            element.role = "sub"
        else:
            element.role = "title"
    return elements

"""Tell a headline block from a short run of text by the block's own lines.

Headlines are short, balanced, free of full stops and bylines; a dashed 副题, a web title cut
short or a caption has a form of its own. These tests read a block alone, without its
neighbours (those are :mod:`set_apart`'s), and are asked by every later stage of the layout.
"""

from __future__ import annotations

import re

from archive.chars import display_width, has_han
from crawler.normalize.credits import dateline_at, is_credit_line
from crawler.normalize.furniture import is_caption
from crawler.normalize.lines import (
    _CLOSING_START,
    _TOLERANCE,
    HEADING_MAX,
    _ends_in_byline,
    ends,
    heading_like,
    join_lines,
)

_SUBTITLE_EXTRA = 8.0  # cells a dashed 副题 may run past HEADING_MAX
_BALANCE = 2.0  # cells by which a headline's second line may outrun its first
_BIG_TYPE_LINE = 20.0  # a headline's line in large type holds at most this many characters
# A lone dot ends a sentence (…活该.); a run of dots is an ellipsis (发生在这里...…), and a dot
# between figures a decimal point.
_FULL_STOP = re.compile(r"[。；;]|(?<!\.)\.(?![\d.])")
_LAST_STOP = re.compile(r"[。.]$")
_ONE_LINE_HEAD_MAX = 36.0  # cells of a headline printed on one line over its dateline (web titles run long)
_LONE_ELLIPSIS = re.compile(r"^\s*(?:\.{3,}|…+)\s*$")
_DASH_OPENERS = ("——", "--", "－－")  # how a dashed 副题 opens its line


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


def _headline_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block alone reads as a headline: up to four short lines, plain or punctuated."""
    lines = [line for line, _ in block]
    return len(lines) <= 4 and (_heading_block(block) or _punctuated_headline(lines, 0.0, page_start=True))


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
        and all(display_width(line) <= _deck_max(line) for line in lines[:-2])
        and display_width(lines[-1]) <= _deck_max(lines[-1])
        # The 主题 right over the 副题 may be a web title run on one line, wider than a deck's line
        # (``美国历史上的第一次反腐倡廉，五分之一的政府官员被撤换!`` / ``——人们就把…``), asking or exclaiming.
        and (
            display_width(lines[-2]) <= _deck_max(lines[-2])
            or (
                display_width(lines[-2]) <= _ONE_LINE_HEAD_MAX
                and _LAST_STOP.search(lines[-2]) is None  # a full stop ends text
                # Asking or exclaiming, or bare over a 副题 bare too (text wrapped at a dash goes on
                # to its sentence's full stop).
                and (ends(lines[-2]) == "end" or (ends(lines[-2]) == "open" and ends(lines[-1]) == "open"))
            )
        )
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


def _heading_block(block: list[tuple[str, bool]]) -> bool:
    """Tell whether a block reads as a headline by its lines alone: up to four short plain lines."""
    return len(block) <= 4 and all(heading_like(line, loose=True) for line, _ in block)


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
            # One line too wide for a deck's (a web title run on one line) without a full stop,
            # alone or over one deck's line (its 副题, dashed or not).
            or (
                len(lines) <= 2
                and display_width(lines[0]) <= _ONE_LINE_HEAD_MAX
                and not _FULL_STOP.search(lines[0])
                and (len(lines) == 1 or heading_like(lines[1], loose=True))
            )
        )
        and not any(is_credit_line(line) or dateline_at(line) for line in lines)
    )

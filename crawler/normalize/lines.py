"""Read one printed line: how it ends, whether it could head a text, how wrapped lines join.

Every rule of the layout asks these of single lines, many times over a page; they live apart so
the block rules (:mod:`heading_blocks`, :mod:`set_apart`, :mod:`column_breaks`) share one reading
of a line and its cache.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive.chars import display_width, has_han
from crawler.normalize.credits import Credits, dateline_at, parse_credit, split_tail
from crawler.normalize.segment import cut

HEADING_MAX = 26.0  # a headline or subhead is at most this many cells wide
_TOLERANCE = 1.5  # cells a full line may fall short of the column width
# How a line ends decides whether the paragraph goes on after it.
# Lines whose ends() and heading_like() are remembered: a long page holds a few thousand.
_LINE_CACHE = 8192
# WeChat-style posts close with "-end-" / "-END-": an end mark, no word hyphenated at the column edge.
_END = re.compile(r"(?:[。！？!?…][”’」』）)》\"']*|-end-|(?<=[^\W\d_０-９])[~～])$", re.I)
_PAUSE = re.compile(r"[；;：:][”’」』）)》\"']*$")
_SOFT = re.compile(r"[，,、—\-～~（(“‘《〈【「『]$")
_LAST_PIECE = re.compile(r"[\s/／（(]")  # what ends the last piece of a line, where a byline's name may start
_CLOSING_START = re.compile(r"^[，。、；：！？”’）》」』,.;:!?)]")
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]是)"
)
_SENTENCE_IN = re.compile(r"[。！？!?]")
_SPACED_SLASH = re.compile(r"\s[/／]")
_MARK_SLASH = re.compile(r"[）)」』；;：:，,、][/／]")  # a slash after a mark, its space cleaned away
_STRICT_FORBIDDEN = re.compile(r"[，。、；：,;:！？!?]")
_LOOSE_FORBIDDEN = re.compile(r"[，。、；：,;:]")


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


def _straddles(line: str, next_line: str) -> bool:
    """Tell whether a word runs across the end of ``line`` into ``next_line`` (so no heading ends there)."""
    head, tail = line[-4:], next_line[:4]
    offset = 0
    for token in cut(head + tail):  # asked only for the rare doubtful heading
        if offset < len(head) < offset + len(token):
            return True
        offset += len(token)
    return False


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


def _dateline_wrapped(line: str, next_line: str) -> bool:
    """Tell whether a paragraph opens with a dateline the column edge broke (``新华社武汉3月21日`` /
    ``电（记者 秦秋）…``, ``本报`` / ``讯 昨日…``): the line alone is none, the two joined are, and
    the next line opens none of its own (a headline right over ``本报讯…`` is no dateline's start)."""
    return bool(next_line) and not dateline_at(next_line) and dateline_at(join_lines([line, next_line]))

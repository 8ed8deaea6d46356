"""Cut a box of briefs (简讯) into its articles before the page is read as columns.

Regional papers print short news as a box of briefs: each one a paragraph opened by a bullet and
a bold run-in title, the text going on in the same line after a space (``●双牌县召开农机化工作会议
本报讯（记者 付娟） 5月17日上午，…``). A text layer keeps the bullet and the space but not the bold,
so the page's column rules read the box as one paragraph of the article above it. Two such items
in a row, each line set to the box's width, under the box's label (``■新闻简讯``, furniture) or with
an item opening with a dateline (本报讯…), are a box: every item is an article of its own, its title
the run-in words before the space. Without either they are a text's own bulleted points.
"""

from __future__ import annotations

import itertools
import re

from archive.chars import display_width, has_han
from crawler.normalize.credits import dateline_at
from crawler.normalize.models import RebuiltArticle
from crawler.normalize.paragraphs import normalize_body

_BULLET = re.compile(r"^[ \t\u3000]*([●◆■□▲★☆◇○◎])[ \t\u3000]*")
# The space that ends a run-in title: an ideographic space or two spaces, or one space before a
# dateline (本报讯…). A single space alone is the weakest evidence and is tried last.
_WIDE_SPACE = re.compile(r"\u3000+|[ \t]{2,}")
_ONE_SPACE = re.compile(r"[ \t]+")
_TITLE_CHARS = (4, 40)  # a run-in title's length
_ITEM_TEXT_MIN = 20  # characters of text after the title: less is a credit or a label
_BOX_ITEMS_MIN = 2  # one marked paragraph is a subhead or a teaser, not a box
_LABEL = re.compile(
    r"^[ \t\u3000]*[●◆■□▲★☆◇○◎]?[ \t\u3000]*[\u4e00-\u9fff]{0,4}(?:简讯|快讯|短讯|简报|速递)[ \t\u3000]*$"
)
_NOT_TITLES = ("编者按", "记者", "本报记者", "通讯员", "图为", "链接", "相关新闻")
# A space printed inside a date ("●2018年 6月 30日当晚…", "2018年7 月1 日"): a dated step of a
# chronology, whose words before the space are no run-in title.
_DATE_HEAD_END = re.compile(r"[0-9０-９][年月]?$")
_DATE_TAIL_START = re.compile(r"[0-9０-９月日号]")
_FULL_LINE_SLACK = 2  # display columns a full line of the box may fall short of the next line


def _title_ok(title: str) -> bool:
    low, high = _TITLE_CHARS
    return (
        low <= len(title) <= high
        and has_han(title)
        and "。" not in title
        and not title.startswith(_NOT_TITLES)
    )


def _split_item(lines: list[str]) -> tuple[str, str] | None:
    """Split one marked paragraph into (run-in title, text), or None when it shows no run-in title.

    The title ends at a space inside a line; it may run over a line's end only where that line
    is full (the box's width), as a title wrapped in the box is: a subhead stands short.
    """
    first = _BULLET.sub("", lines[0], count=1)
    body = [first, *lines[1:]]
    # Where each line starts in the joined text: a space at a line's start is indentation.
    starts = []
    joined = ""
    for line in body:
        starts.append(len(joined))
        joined += line
    candidates: list[re.Match[str]] = []
    for found in _ONE_SPACE.finditer(joined):
        if dateline_at(joined[found.end() :]):
            candidates.append(found)
            break
    candidates += list(_WIDE_SPACE.finditer(joined))[:1] + list(_ONE_SPACE.finditer(joined))[:1]
    for found in candidates:
        title, text = joined[: found.start()].strip(), joined[found.end() :].strip()
        if not _title_ok(title) or len(text) < _ITEM_TEXT_MIN:
            continue
        if _DATE_HEAD_END.search(title) and _DATE_TAIL_START.match(text):
            continue
        if found.start() in starts and not (
            dateline_at(text) and _full_lines(body[: starts.index(found.start()) + 1])
        ):
            # A space opening a line is its indent, unless a dateline follows it under a full line
            # (the title filled the box's line, and the text went on after the space in the next).
            continue
        crossed = [s for s in starts[1:] if s <= found.start()]
        if crossed and not _full_lines(body[: len(crossed) + 1], wider=False):
            # A title wraps at the box's width: a line wider than the one under it is a subhead
            # set over its column ("■在李先生第21次去保养的时候" over "可是，在李先生第21次").
            continue
        return title, text
    return None


def _full_lines(lines: list[str], *, wider: bool = True) -> bool:
    """Tell whether every line but the last is as wide as the line after it (a wrapped title).

    ``wider=False`` asks too that it be no wider than the line after it: both fill the box.
    """
    for line, after in itertools.pairwise(lines):
        width, next_width = display_width(line.strip()), display_width(after.strip())
        if width < next_width - _FULL_LINE_SLACK or (not wider and width > next_width + _FULL_LINE_SLACK):
            return False
    return True


def _item_starts(lines: list[str], at: int) -> bool:
    """Tell whether ``lines[at]`` opens an item: a bullet, or a run-in title before a dateline."""
    if _BULLET.match(lines[at]):
        return True
    return at > 0 and _ends_sentence(lines[at - 1]) and _unmarked_item(lines[at])


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(("。", "！", "？", "”", "）", ")", "!", "?"))


def _unmarked_item(line: str) -> bool:
    """A line holding a run-in title and a dateline after a space (东莞男子酒驾被查　本报讯 …)."""
    stripped = line.strip()
    return any(
        _title_ok(stripped[: found.start()]) and dateline_at(stripped[found.end() :])
        for found in _ONE_SPACE.finditer(stripped)
    )


def _box_items(lines: list[str], start: int) -> tuple[list[tuple[str, str]], int]:
    """Read the items of a box starting at ``lines[start]``: (title, text) pairs and the end index."""
    items: list[tuple[str, str]] = []
    at = start
    while at < len(lines) and lines[at].strip():
        opens = _item_starts(lines, at) if items else _BULLET.match(lines[at]) is not None
        if not opens:
            break
        end = at + 1
        while end < len(lines) and lines[end].strip() and not _item_starts(lines, end):
            end += 1
        item = _split_item(lines[at:end])
        if item is None:
            break
        items.append(item)
        at = end
    return items, at


def _announced(lines: list[str], at: int) -> bool:
    """Tell whether the line right above ``lines[at]`` announces a list ("要做好以下工作："): the bulleted
    items are the points of that text (●加强组织领导 各级…), not a box of briefs."""
    return at > 0 and lines[at - 1].rstrip().endswith(("：", ":"))


def split_briefs(text: str) -> tuple[str, list[RebuiltArticle]]:
    """Take the boxes of briefs out of a page: the page's other text, and one article per brief."""
    lines = text.split("\n")
    articles: list[RebuiltArticle] = []
    keep = [True] * len(lines)
    at = 0
    while at < len(lines):
        if not lines[at].strip() or not _BULLET.match(lines[at]):
            at += 1
            continue
        items, end = _box_items(lines, at)
        if len(items) < _BOX_ITEMS_MIN:
            at += 1
            continue
        if _announced(lines, at):  # the text's own points, each of them: none starts a box
            at = end
            continue
        label = at - 1
        labelled = label >= 0 and _LABEL.match(lines[label]) is not None
        if not labelled and not any(dateline_at(body) for _, body in items):
            # No box label above and no item opening with a dateline (本报讯…): nothing tells a box
            # of briefs from a text's own bulleted points (●加强组织领导 各级…), and cutting a text
            # into false articles is worse than leaving a box in the text above it.
            at = end
            continue
        if labelled:
            keep[label] = False
        for number in range(at, end):
            keep[number] = False
        articles.extend(_brief(title, body) for title, body in items)
        at = end
    if not articles:
        return text, []
    return "\n".join(line if kept else "" for line, kept in zip(lines, keep, strict=True)), articles


def _brief(title: str, text: str) -> RebuiltArticle:
    body = normalize_body(text)
    article = RebuiltArticle(**vars(body))
    article.title = title
    return article

"""Boxes of briefs whose items have a headline line of their own.

:mod:`briefs` reads boxes whose items run their title into the text (``●标题 本报讯…``). Many papers
set a brief's headline on a line of its own instead, bulleted or not, under the box's banner
(``新闻短波`` / ``■城南社区开展消防演练`` / ``本报讯 近日，…``). Read as columns, the banner joins the
first headline (``新闻短波■城南…``) and the bullets stay in the titles. A box is taken only with
evidence a reader would use: a banner over two items or more, or every item bulleted and opened by
a dateline (本报讯…); a text's own bulleted points (``■强化源头管理`` over a sentence) are neither.
"""

from __future__ import annotations

import re

from archive.chars import has_han
from crawler.normalize.briefs import _BULLET  # a brief's bullet and the spaces round it: one pattern
from crawler.normalize.credits import dateline_at
from crawler.normalize.models import RebuiltArticle
from crawler.normalize.paragraphs import normalize_body

_BANNER = re.compile(
    r"^[ \t\u3000]*[●◆■□▲★☆◇○◎]?[ \t\u3000]*[\u4e00-\u9fff]{0,4}"
    r"(?:简讯|快讯|短讯|简报|速递|短波|速览|集锦|扫描|一句话新闻)[ \t\u3000]*$"
)
_TITLE_CHARS = (4, 40)
_ITEM_TEXT_MIN = 20  # characters of an item's text: less is a credit or a label
_ITEMS_MIN = 2
_SENTENCE_END = ("。", "！", "？", "”")
_NOT_TITLES = ("编者按", "记者", "本报记者", "通讯员", "图为", "链接", "相关新闻")


def _opens(text: str) -> bool:
    """A dateline or staff credit opens the text; 本报讯 right before a date counts (本报讯5月11日，…)."""
    return dateline_at(text) or text.startswith(("本报讯", "本报电"))


def _title_line(line: str) -> str | None:
    """The headline a line holds (bullet off), or None when it reads as text."""
    title = _BULLET.sub("", line).strip()
    low, high = _TITLE_CHARS
    if not low <= len(title) <= high or not has_han(title) or title.startswith(_NOT_TITLES):
        return None
    if "。" in title or dateline_at(title):
        return None
    return title


def _item_at(lines: list[str], at: int, *, banner: bool) -> tuple[str, str, int] | None:
    """One item from ``lines[at]``: (title, text, index after it), or None when none starts there."""
    title = _title_line(lines[at])
    if title is None or at + 1 >= len(lines) or not lines[at + 1].strip():
        return None
    bulleted = _BULLET.match(lines[at]) is not None
    opens = _opens(lines[at + 1].strip())
    if not opens and not (banner and bulleted):
        return None
    end = at + 1
    while end < len(lines) and lines[end].strip():
        if end > at + 1 and _BULLET.match(lines[end]) and _title_line(lines[end]) is not None:
            break
        end += 1
    text = "\n".join(lines[at + 1 : end])
    if len("".join(text.split())) < _ITEM_TEXT_MIN or not text.rstrip().endswith((*_SENTENCE_END, "）", ")")):
        return None
    return title, text, end


def _box(lines: list[str], start: int) -> tuple[list[tuple[str, str]], int, bool]:
    """The items of a box starting at ``lines[start]`` (its banner or its first item)."""
    banner = _BANNER.match(lines[start]) is not None
    at = start + 1 if banner else start
    items: list[tuple[str, str]] = []
    bullets_and_datelines = True
    while at < len(lines):
        if not lines[at].strip():
            at += 1
            continue
        item = _item_at(lines, at, banner=banner)
        if item is None:
            break
        title, text, end = item
        bullets_and_datelines &= _BULLET.match(lines[at]) is not None and _opens(text.strip())
        items.append((title, text))
        at = end
    while at > start and not lines[at - 1].strip():
        at -= 1
    return items, at, banner or bullets_and_datelines


def split_headed_briefs(text: str) -> tuple[str, list[RebuiltArticle]]:
    """Take out the boxes of briefs whose items have headline lines: the rest, one article per brief."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    articles: list[RebuiltArticle] = []
    at = 0
    while at < len(lines):
        if not lines[at].strip() or (_BANNER.match(lines[at]) is None and _BULLET.match(lines[at]) is None):
            at += 1
            continue
        items, end, evidenced = _box(lines, at)
        if len(items) < _ITEMS_MIN or not evidenced:
            at += 1
            continue
        for number in range(at, end):
            keep[number] = False
        for title, body in items:
            article = RebuiltArticle(**vars(normalize_body(body)))
            article.title = title
            articles.append(article)
        at = end
    if not articles:
        return text, []
    return "\n".join(line if kept else "" for line, kept in zip(lines, keep, strict=True)), articles

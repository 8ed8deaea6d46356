"""Tell a list's heading from an article's headline by what the page prints after it.

A portal's side column heads its list of other articles with a short bold line (最新更新,
热门文章, 相关文章, 推荐阅读) that reads like a headline, and the list's rows may carry a timed
day that reads like its info line. What follows the two differs: an article's headline is
followed by its info line and its text, a list's heading by other articles' titles, each a
link of a headline's length.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

__all__ = ["heads_a_link_list", "link_row", "link_titles", "links_follow"]

_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_UNSEEN = frozenset({"script", "style", "noscript", "template"})
_LOOK = 5  # pieces of text read after the heading: a list shows three titles within them
_TITLE_LINK = range(6, 41)  # words of a link that reads as another article's title


def links_follow(node: HtmlElement) -> bool:
    """Tell whether the text after ``node`` opens with a list of links to other articles.

    The first pieces of text with words after it (a link's text is one piece however it
    is split) are read: three or more links of a headline's length that hold most of their
    words make a list. Share buttons (微博, 微信) and a source's link are too short to count.
    """
    pieces: list[tuple[bool, int]] = []  # (a link's, words)
    seen: dict[Any, int] = {}
    for text in node.xpath("following::text()[position() <= 80]"):
        owner = text.getparent()
        if owner is None:
            continue
        where = owner.getparent() if text.is_tail else owner
        if where is None or where.tag in _UNSEEN:
            continue
        words = len(_WORD.findall(text))
        if not words:
            continue
        link = next((a for a in (where, *where.iterancestors()) if a.tag == "a"), None)
        if link is not None and link in seen:
            index = seen[link]
            pieces[index] = (True, pieces[index][1] + words)
            continue
        if len(pieces) == _LOOK:
            break
        if link is not None:
            seen[link] = len(pieces)
        pieces.append((link is not None, words))
    titles = [link for link, index in seen.items() if pieces[index][1] in _TITLE_LINK]
    linked = sum(words for is_link, words in pieces if is_link)
    if len(titles) < 3 or linked < 0.6 * sum(words for _, words in pieces):
        return False
    # The heading and the list share a block of links (a side column); a headline over a box of
    # links (推荐阅读 between it and the text) shares its block with its text.
    above = set(titles[-1].iterancestors())
    block = next((a for a in node.iterancestors() if a in above), None)
    return block is not None and _linked_share(block) >= 0.5


def _linked_share(block: HtmlElement) -> float:
    """Return the share of a block's words (scripts' not counted) that its links hold."""
    words = linked = 0
    for node in block.iter():
        if not isinstance(node.tag, str):
            continue
        seen = node.tag not in _UNSEEN
        in_link = any(a.tag == "a" for a in (node, *node.iterancestors()))
        if seen and node.text:
            count = len(_WORD.findall(node.text))
            words, linked = words + count, linked + (count if in_link else 0)
        if node.tail and node is not block:
            count = len(_WORD.findall(node.tail))
            tail_link = any(a.tag == "a" for a in node.iterancestors())
            words, linked = words + count, linked + (count if tail_link else 0)
    return linked / words if words else 0.0


def heads_a_link_list(tree: HtmlElement, line: str) -> bool:
    """Tell whether ``line`` is printed only as a heading over a list of links (see :func:`links_follow`).

    Every element of the page's body printing the line (not as a link) must head such a
    list: the article's own headline may recur as a row of its column's 最新更新 list.
    """
    target = "".join(line.split())
    if not target:
        return False
    body = next(tree.iter("body"), tree)
    found = False
    for node in body.iter():
        if not isinstance(node.tag, str) or node.tag in _UNSEEN:
            continue
        start = "".join((node.text or "").split())
        if not start or not target.startswith(start):
            continue
        if "".join(node.text_content().split()) != target:
            continue
        if node.tag == "a" or any(a.tag == "a" for a in node.iterancestors()):
            continue  # a row of a list, not its heading
        if not links_follow(node):
            return False
        found = True
    return found


def link_titles(tree: HtmlElement) -> set[str]:
    """Return the texts (spaces dropped) of the page's links of a headline's length."""
    found = set()
    for link in tree.iter("a"):
        text = "".join(link.text_content().split())
        if len(_WORD.findall(text)) in _TITLE_LINK:
            found.add(text)
    return found


def link_row(line: str, titles: set[str]) -> bool:
    """Tell whether ``line`` is a row of a list of links: one link's title holds most of its words.

    A side column kept with the text comes out as rows (``·标题 2013-10-31 03:05``) that may read
    as sentences; a paragraph of prose holding a link is mostly the text's own words.
    """
    squashed = "".join(line.split())
    words = len(_WORD.findall(squashed))
    return any(len(_WORD.findall(title)) >= 0.6 * words and title in squashed for title in titles)

"""Read what a page's elements say: shown and hidden text, the header zone, bylines, author links."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["comments_box", "element_text", "hidden_texts", "shown_text", "visible_text"]

_BYLINE_HINT = re.compile(
    r"(?:^|[\s_-])(?:author|authors|author-name|authorname|byline|writer|postauthor|authi|zuozhe)(?:$|[\s_-])",
    re.I,
)


def element_text(node: HtmlElement) -> str:
    """Return an element's text with whitespace collapsed (as one run: for headings)."""
    return " ".join(node.text_content().split())


# Comment blocks headed in the page's words ("网友评论", "最新评论") rather than by class.
_COMMENT_HEADING = re.compile(
    r"^\s*(?:网友评论|最新评论|热门评论|全部评论|发表评论|读者评论|评论区|评论\s*[(（]?\d*[)）]?)\s*[:：]?\s*$"
)
_HEADING_LIKE = ("h2", "h3", "h4", "h5", "div", "span", "b", "strong")
# A heading holds a word or two: one with more elements inside is a block, not a heading.
_HEADING_PARTS = 2


def comments_box(node: HtmlElement) -> bool:
    """Tell whether ``node`` starts with a comments heading ("网友评论") in a heading-like child.

    Its rows are readers' names and the times they wrote, wherever the box stands: a box
    floated beside the article comes before it in the markup. A box holding an ``<h1>`` is
    the article's (a commentary column headed 评论).
    """
    first = next((child for child in node if isinstance(child.tag, str)), None)
    return (
        first is not None
        and first.tag in _HEADING_LIKE
        and len(first) <= _HEADING_PARTS
        and bool(_COMMENT_HEADING.match(element_text(first)))
        and node.find(".//h1") is None
    )


def _spaced_text(node: HtmlElement) -> str:
    """Return text with a space between text nodes, so that blocks do not run together."""
    return " ".join(" ".join(node.itertext()).split())


_UNSHOWN = ("script", "style", "noscript", "template")


def shown_text(node: HtmlElement) -> str:
    """Return the text a reader sees in ``node``, a space between blocks: no script, style or comment.

    A short page's header zone climbs to ``<html>``: a script's ``var serverTime = "…"`` (the
    serving clock) is no date line, nor is a readers' comments box (:func:`comments_box`) beside
    the headline a reader's date line.
    """
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        if (
            isinstance(element.tag, str)
            and element.tag not in _UNSHOWN
            and (element is node or not comments_box(element))
        ):
            parts.append(element.text or "")
            for child in element:
                walk(child)
        parts.append((element.tail or "") if element is not node else "")

    walk(node)
    return " ".join(" ".join(parts).split())


def _header_zone(node: HtmlElement | None, limit: int = 1500) -> str:
    """Text around the headline: climb from it while the ancestor stays short."""
    if node is None:
        return ""
    best = own = shown_text(node)
    current = node.getparent()
    for _ in range(3):
        if current is None:
            break
        text = shown_text(current)
        if len(text) > limit:
            break
        best = text
        current = current.getparent()
    # The info line is often the next sibling block of the headline's container. A zone that
    # climbed to the headline's parent holds its siblings already: appended again, the text's
    # opening would follow the page's footer, and a byline's names would run on into it.
    following = node.getnext()
    extra: list[str] = []
    while following is not None and len(extra) < 4 and best is own:
        if isinstance(following.tag, str):
            extra.append(shown_text(following)[:300])
        following = following.getnext()
    return best + " " + " ".join(extra)


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(node: HtmlElement) -> bool:
    """Tell whether an element or one of its ancestors is styled invisible.

    China News prints a hidden block for Baidu's spider, ``<span id="author_baidu">作者：陈海峰</span>``,
    whose 作者 is the web editor the CMS filled in: no reader sees it as the byline.
    """
    current: HtmlElement | None = node
    while current is not None:
        if _HIDDEN.search(current.get("style") or "") or current.get("hidden") is not None:
            return True
        current = current.getparent()
    return False


def hidden_texts(tree: HtmlElement, limit: int = 200) -> list[str]:
    """Return the short texts printed only inside elements styled or marked invisible (see :func:`_hidden`).

    Credits are read from the text around the headline, which lxml gives
    with hidden blocks in it; these texts are taken out of it again. A text
    also printed visibly elsewhere on the page is kept (``来源于：东区办事处``
    shown once, hidden once), and long hidden elements (a whole article shown
    by script) are left alone.
    """
    hidden: dict[str, int] = {}
    # XPath hands over only the styled elements: a Python proxy for every element cost more.
    for node in tree.xpath("descendant-or-self::*[@style or @hidden]"):
        if not _HIDDEN.search(node.get("style") or "") and node.get("hidden") is None:
            continue
        if len(node.text_content()) > limit:
            continue
        for piece in node.itertext():
            if len(piece.strip()) >= 2:
                hidden[piece.strip()] = hidden.get(piece.strip(), 0) + 1
    if not hidden:
        return []
    everything = tree.text_content()
    only = [text for text, count in hidden.items() if everything.count(text) <= count]
    return sorted(only, key=len, reverse=True)


def visible_text(text: str, hidden: list[str]) -> str:
    """Return ``text`` without the :func:`hidden_texts` it holds (each replaced by a space)."""
    for piece in hidden:
        text = text.replace(piece, " ")
    return text


def _wechat_writer(node: HtmlElement) -> bool:
    """Tell whether a node is a WeChat article's writer: ``原创 <span class="rich_media_meta_text">X</span>``.

    Its meta line prints the writer in a ``rich_media_meta_text`` span beside the
    account (``rich_media_meta_nickname``); the day shares the class, in ``#publish_time``.
    """
    classes = (node.get("class") or "").split()
    return "rich_media_meta_text" in classes and node.get("id") != "publish_time" and node.tag == "span"


def _byline_texts(tree: HtmlElement, limit: int = 3) -> list[str]:
    """Return the texts of the first elements whose class, id or microdata says "author".

    A forum's ``postauthor`` cell, a portal's ``<span class="author">``, schema.org microdata's
    ``<span itemprop="author">`` (the page's own statement of who wrote it).
    """
    found: list[str] = []
    for node in tree.iter("span", "div", "a", "p", "td", "cite", "em", "strong", "b", "i", "font", "li"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "") + " " + (node.get("itemprop") or "")
        if not (_BYLINE_HINT.search(hint) or _wechat_writer(node)) or _hidden(node):
            continue
        # The name is the element's first text, not its whole content (a forum profile follows it).
        first = next((t.strip() for t in node.itertext() if t.strip()), "")
        if first:
            found.append(first)
        if len(found) >= limit:
            break
    return found


# Blog software links the post's author to the author's archive: WordPress /author/<slug>/,
# Typecho /author/<id>/, ?author=<id>; HTML's rel="author" says the same.
_AUTHOR_HREF = re.compile(r"/author/[^/?#]+/?$|[?&]author=[^&#]+$", re.I)


def _author_links(tree: HtmlElement, limit: int = 3) -> list[str]:
    """Return the texts of the first links that mark a post's author (``rel="author"``, an author archive)."""
    found: list[str] = []
    for node in tree.iter("a"):
        rel = (node.get("rel") or "").lower().split()
        if ("author" not in rel and not _AUTHOR_HREF.search(node.get("href") or "")) or _hidden(node):
            continue
        if text := " ".join(node.text_content().split()):
            found.append(text)
        if len(found) >= limit:
            break
    return found

"""Read the page text just before and just after the main text, found again in the parsed page."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml.html import HtmlElement

from crawler.extract.header_texts import comments_box
from crawler.extract.heading_lines import _sentence, _squash, _width_folded

__all__ = ["text_after_body", "text_before_body"]


# Elements whose own text no reader sees.
_UNSEEN = ("script", "style", "noscript", "title")


def _visible_texts(nodes: Iterable[HtmlElement]) -> Iterator[tuple[int, str]]:
    """Yield ``(index, text)`` for each node's own visible text, then its tail, in reading order."""
    for index, node in enumerate(nodes):
        if isinstance(node.tag, str) and node.tag not in _UNSEEN:
            yield index, node.text or ""
        yield index, node.tail or ""


def _find_in_run(nodes: Iterable[HtmlElement], probe: str) -> tuple[list[tuple[int, int, str]], int] | None:
    """Find ``probe`` in the nodes' visible text run together, spaces removed.

    Return the texts up to it (each with where it starts in the run and its node's
    index) and where ``probe`` starts, or None. An opening split over inline
    elements (``<p><strong>本报</strong>讯 记者…``) is in no one text, but in the run.
    """
    run, pieces = "", []
    for index, text in _visible_texts(nodes):
        piece = _squash(text)
        if not piece:
            continue
        pieces.append((len(run), index, text))
        run += piece
        at = run.find(probe, max(0, len(run) - len(piece) - len(probe)))
        if at >= 0:
            return pieces, at
    return None


def text_before_body(tree: HtmlElement, paragraphs: list[str], limit: int = 1500, title: str = "") -> str:
    """Return the page's visible text just above the main text's first sentence (at most ``limit`` chars).

    That is where an article's info line sits (``发布日期：2019年03月06日``),
    above navigation and sidebars that come later in the page. Given the
    ``title``, a first paragraph the extractor glued to the headline
    (``<headline> <text>``, the info line between them dropped) is anchored
    at its text, so that the info line is above it, not below.
    """
    squashed_title = _squash(title)
    # A headline with a comma reads like a sentence; kept as the body's first line it is not the text.
    first = next((p for p in paragraphs if _sentence(p) and _squash(p) != squashed_title), "")
    if not first:
        return ""
    rest = _squash(first)[len(squashed_title) :] if squashed_title else ""
    # The text may repeat its headline in full-width punctuation ("网友：…！" under "网友:…!").
    if (
        squashed_title
        and _width_folded(_squash(first)).startswith(_width_folded(squashed_title))
        and len(rest) >= 8
    ):
        first = rest
    probe = _squash(first)[:8]
    opening = _width_folded(_squash(first))
    pieces: list[str] = []
    # Up to a heading the text opens by repeating, should the text's own opening not come later.
    at_heading: list[str] | None = None
    box: HtmlElement | None = None  # a readers' comments box above the text: its rows are no info line
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if box is not None and any(a is box for a in node.iterancestors()):
            continue
        # (Not a box that holds the text: a commentary column headed 评论 is the article's.)
        box = node if comments_box(node) and not _holds(node.text_content(), probe) else None
        if box is None and node.tag not in _UNSEEN:
            if _holds(node.text or "", probe):
                if not _repeated_heading(node, node.text or "", opening):
                    break
                at_heading = list(pieces) if at_heading is None else at_heading
            pieces.append(node.text or "")
        if _holds(node.tail or "", probe):
            parent = node.getparent()
            if parent is None or not _repeated_heading(parent, node.tail or "", opening):
                break
            at_heading = list(pieces) if at_heading is None else at_heading
        pieces.append(node.tail or "")
    else:
        if at_heading is None:
            # The opening is split over inline elements ("<p><strong>本报</strong>讯 记者…"): no one
            # text holds it, the page's running text does.
            return _before_split_opening(tree, probe)[-limit:]
        pieces = at_heading
    return " ".join(" ".join(pieces).split())[-limit:]


def _before_split_opening(tree: HtmlElement, probe: str) -> str:
    """Return the page's visible text before the first place its running text holds ``probe``."""
    found = _find_in_run(tree.iter(), probe)
    if found is None:
        return ""
    pieces, at = found
    return _first_chars(" ".join(" ".join(text for _, _, text in pieces).split()), at)


def _first_chars(text: str, count: int) -> str:
    """Return the start of ``text`` that holds its first ``count`` non-space characters."""
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            if seen == count:
                return text[:index].rstrip()
            seen += 1
    return text


def text_after_body(tree: HtmlElement, paragraphs: list[str], limit: int = 150) -> str:
    """Return the page's visible text right after the main text's last sentence (at most ``limit`` chars).

    Old sites print the info line under the text (``发布日期：2010-03-04 【打印】【关闭】``).
    """
    last = next((p for p in reversed(paragraphs) if _sentence(p)), "")
    probe = " ".join(last.split())[-10:]
    if len(probe) < 10:
        return ""
    visible = " ".join(" ".join(text for _, text in _visible_texts(tree.iter())).split())
    at = visible.rfind(probe)
    return visible[at + len(probe) :][:limit] if at >= 0 else ""


def _holds(text: str, probe: str) -> bool:
    """Tell whether ``text``, spaces removed, holds ``probe``; most texts lack its first character."""
    return probe[:1] in text and probe in _squash(text)


_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_TITLE_CLASS = re.compile(r"title|biaoti|headline", re.I)


def _repeated_heading(node: HtmlElement, piece: str, opening: str) -> bool:
    """Tell whether ``piece`` (a text in ``node``) is the headline the main text opens by repeating.

    Forum posts and reposted texts open with their headline (``蹊跷!泰州…`` over
    ``蹊跷!泰州…现代快报记者获悉``): the heading above, which starts the text's
    opening words, is not where the text begins; its post header or info line
    below it is above the text.
    """
    squashed = _width_folded(_squash(piece))
    shared = next(
        (i for i, (a, b) in enumerate(zip(squashed, opening, strict=False)) if a != b),
        min(len(squashed), len(opening)),
    )
    # Most of it: a title may carry a scraped suffix the text lacks ("…的头颅-言").
    if len(squashed) < 8 or shared < max(8, 0.8 * len(squashed)):
        return False
    for current in (node, node.getparent()):
        if current is None:
            return False
        hint = (current.get("class") or "") + " " + (current.get("id") or "")
        if current.tag in _HEADING_TAGS or _TITLE_CLASS.search(hint):
            return True
    return False

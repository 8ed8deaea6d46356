"""Normalise one article's body: paragraphs, subheads, dateline and bylines."""

from __future__ import annotations

from archive.chars import clean_text
from crawler.normalize.credits import Credits, Dateline, parse_credit, split_tail
from crawler.normalize.layout import Element, layout
from crawler.normalize.models import NormalizedBody


def element_credits(element: Element) -> Credits:
    """Read a credit line element (the layout already knows it parses)."""
    return parse_credit(element.text) or Credits()


def assemble(
    parts: list[tuple[str, str]], dateline: Dateline, credits: Credits, target: NormalizedBody
) -> None:
    """Fill ``target`` from (kind, text) parts and the credits found around them."""
    for kind, text in parts:
        if kind == "sub":
            target.subheads.append(text)
            target.paragraphs.append(text)
        else:
            cleaned = clean_text(text)
            if cleaned:
                target.paragraphs.append(cleaned)
    target.dateline, target.paper, target.place = dateline.text, dateline.paper, dateline.place
    target.reporters = credits.reporters
    target.photographers = credits.photographers
    target.correspondents = credits.correspondents
    target.editors = credits.editors


def normalize_body(text: str) -> NormalizedBody:
    """Rebuild one article body as extracted from a page (HTML or print text).

    Hard-wrapped lines are joined and column breaks mended; text that already
    has one paragraph per line keeps its paragraphs. The dateline at the start
    and bylines at the start or end go into fields and out of the body.
    """
    elements = layout(text, titles=False)
    credits = Credits()
    dateline = Dateline()
    parts: list[tuple[str, str]] = []
    first_text = True
    for element in elements:
        if element.kind == "credit":
            found = element_credits(element)
            if first_text and not parts and element.text.startswith("本报记者"):
                dateline = Dateline(element.text, "本报", "")
            credits.merge(found)
            continue
        if element.kind == "heading":
            parts.extend(("sub", line) for line in element.lines)
            continue
        body = element.text
        if first_text:
            first_text = False
            head_dateline, head_credits, body = element.head_split()
            if head_dateline.text:
                dateline = head_dateline
            credits.merge(head_credits)
        parts.append(("text", body))
    # Bylines close the article: look at the last paragraph's tail.
    if parts and parts[-1][0] == "text":
        rest, tail = split_tail(parts[-1][1])
        if tail is not None:
            credits.merge(tail)
            parts[-1] = ("text", rest)
    result = NormalizedBody()
    assemble([p for p in parts if p[1]], dateline, credits, result)
    return result

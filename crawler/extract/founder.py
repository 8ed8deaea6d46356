"""Read the metadata and body that Founder (方正翔宇) CMS pages carry.

Founder e-paper and news pages embed their article record verbatim:
``<!--enpproperty <articleid>..</articleid><date>..</date><title>..</title>...
/enpproperty-->`` and the body between ``<!--enpcontent-->`` and
``<!--/enpcontent-->`` (newer templates: ``<founder-content>``). Reading these
with regexes is both exact (the editor's own fields) and fast: the crawl's
Founder pages never need a full-page parse.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import lxml.html

__all__ = ["FounderRecord", "fragment_paragraphs", "node_paragraphs", "read_founder"]

_PROPERTY = re.compile(r"<!--\s*enpproperty(?P<inner>.*?)/?enpproperty\s*-->", re.S | re.I)
_FIELD = re.compile(r"<(?P<tag>[a-z_]+)>(?P<value>.*?)</(?P=tag)>", re.S | re.I)
_CONTENT = re.compile(r"<!--\s*enpcontent\s*-->(?P<body>.*?)<!--\s*/enpcontent\s*-->", re.S | re.I)
_FOUNDER_CONTENT = re.compile(r"<founder-content[^>]*>(?P<body>.*?)</founder-content>", re.S | re.I)
_NESTED = re.compile(r"<!--\s*/?enp(?:content|property).*?-->", re.S | re.I)
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "blockquote",
    "figcaption",
}
_SKIP = {"script", "style", "noscript", "iframe", "object", "form", "button"}


@dataclass
class FounderRecord:
    """Fields of one ``enpproperty`` block and its ``enpcontent`` body (raw text)."""

    fields: dict[str, str] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)

    def get(self, name: str) -> str:
        """Return a property's text, unescaped and stripped ("" when absent)."""
        return self.fields.get(name, "")


def read_founder(text: str) -> FounderRecord | None:
    """Return the Founder record of a page, or None when it has no Founder markers."""
    prop = _PROPERTY.search(text)
    content = _CONTENT.search(text) or _FOUNDER_CONTENT.search(text)
    if prop is None and content is None:
        return None
    record = FounderRecord()
    if prop is not None:
        for match in _FIELD.finditer(prop.group("inner")):
            value = html.unescape(re.sub(r"<[^>]+>", "", match.group("value")))
            record.fields[match.group("tag").lower()] = " ".join(value.split())
    if content is not None:
        record.paragraphs = fragment_paragraphs(_NESTED.sub("", content.group("body")))
    return record


def fragment_paragraphs(fragment: str) -> list[str]:
    """Turn an HTML fragment into its paragraphs of text (block elements and ``<br>`` split)."""
    if not fragment.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    root.tail = None
    return node_paragraphs(root)


def node_paragraphs(root: lxml.html.HtmlElement) -> list[str]:
    """Return the paragraphs of text under ``root`` (block elements and ``<br>`` split lines)."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: lxml.html.HtmlElement, top: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP:
            if node.tail and not top:
                current.append(node.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if tag and node.text:
            current.append(node.text)
        for child in node:
            walk(child, False)
        if block:
            flush()
        if node.tail and not top:
            current.append(node.tail)

    walk(root, True)
    flush()
    return lines

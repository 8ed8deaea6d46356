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

__all__ = [
    "FounderRecord",
    "blocks_text",
    "fragment_blocks",
    "fragment_paragraphs",
    "node_blocks",
    "read_founder",
]

_PROPERTY = re.compile(r"<!--\s*enpproperty(?P<inner>.*?)/?enpproperty\s*-->", re.S | re.I)
_FIELD = re.compile(r"<(?P<tag>[a-z_]+)>(?P<value>.*?)</(?P=tag)>", re.S | re.I)
_CONTENT = re.compile(r"<!--\s*enpcontent\s*-->(?P<body>.*?)<!--\s*/enpcontent\s*-->", re.S | re.I)
_FOUNDER_CONTENT = re.compile(r"<founder-content[^>]*>(?P<body>.*?)</founder-content>", re.S | re.I)
# Founder's article templates print the record's fields in tags of their own as well
# (<founder-introtitle>, <founder-title>, <founder-subtitle>, <founder-author>): an e-paper page
# whose <title> is the edition's ("X日报数字报-第05版:要闻") names its headline only there.
_FIELD_TAG = re.compile(
    r"<founder-(?P<tag>introtitle|title|subtitle|author)(?:\s[^>]*)?>(?P<value>.*?)</founder-(?P=tag)>",
    re.S | re.I,
)
_MARKUP = re.compile(r"<[^>]+>")  # tags inside a property's value
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
    blocks: list[list[str]] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        """The body's lines in order, whether a block element or a ``<br>`` ended them."""
        return [line for block in self.blocks for line in block]

    @property
    def body(self) -> str:
        """The body as text, HTML paragraph breaks kept (see :func:`blocks_text`)."""
        return blocks_text(self.blocks)

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
            record.fields[match.group("tag").lower()] = _field_text(match.group("value"))
    for match in _FIELD_TAG.finditer(text):
        # The property's own value wins; an empty tag (no 引题 on this article) says nothing.
        if not record.fields.get(name := match.group("tag").lower()):
            if value := _field_text(match.group("value")):
                record.fields[name] = value
    if content is not None:
        record.blocks = fragment_blocks(_NESTED.sub("", content.group("body")))
    return record


def _field_text(value: str) -> str:
    """A field's text: inner tags dropped, entities read, whitespace runs made one space."""
    value = html.unescape(_MARKUP.sub("", value) if "<" in value else value)
    return " ".join(value.split())


def blocks_text(blocks: list[list[str]]) -> str:
    """Join blocks of lines as text: a blank line between blocks, a newline between lines.

    ``<br>`` may be a column's line wrap, ``</p><p>`` is the editor's paragraph
    break: the normaliser reads a blank line as a break it never rejoins on line
    widths (only a block cut mid-sentence is mended), so the two must not look alike.
    """
    return "\n\n".join("\n".join(block) for block in blocks if block)


def fragment_paragraphs(fragment: str) -> list[str]:
    """Turn an HTML fragment into its lines of text (block elements and ``<br>`` split)."""
    return [line for block in fragment_blocks(fragment) for line in block]


def fragment_blocks(fragment: str) -> list[list[str]]:
    """Turn an HTML fragment into its blocks, each a list of lines (see :func:`node_blocks`)."""
    if not fragment.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    root.tail = None
    return node_blocks(root)


def node_blocks(root: lxml.html.HtmlElement) -> list[list[str]]:
    """Return the text under ``root`` as blocks (paragraphs, cells, ...), each a list of lines.

    A block element starts and ends a block; ``<br>`` only ends a line within one.
    """
    blocks: list[list[str]] = [[]]
    current: list[str] = []

    def flush(block_ends: bool) -> None:
        line = " ".join("".join(current).split())
        if line:
            blocks[-1].append(line)
        current.clear()
        if block_ends and blocks[-1]:
            blocks.append([])

    def walk(node: lxml.html.HtmlElement, top: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP:
            if node.tail and not top:
                current.append(node.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush(tag != "br")
        if tag and node.text:
            current.append(node.text)
        for child in node:
            walk(child, False)
        if block:
            flush(tag != "br")
        if node.tail and not top:
            current.append(node.tail)

    walk(root, True)
    flush(True)
    return [block for block in blocks if block]

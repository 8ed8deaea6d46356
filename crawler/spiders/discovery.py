"""Pure parsers for discovery documents: XML sitemaps (incl. Google News) and RSS/Atom feeds.

They return :class:`Entry` objects (URL, date, title) for the spiders to
filter; they fetch nothing. XML is parsed with entity resolution and network
access off (no XXE, no billion laughs) and in recover mode, because feeds on
regional sites are often not quite well-formed.
"""

from __future__ import annotations

import email.utils
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import lxml.etree

_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "recover": True,
    "remove_comments": True,
    "remove_pis": True,
    "huge_tree": False,
}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Entry:
    """One URL a sitemap or feed lists, with what it says about it."""

    url: str
    modified: datetime | None = None  # publication date if given, else last modification
    title: str = ""
    is_sitemap: bool = False  # a child sitemap of a sitemap index


def parse_datetime(text: str | None) -> datetime | None:
    """Parse a W3C (ISO 8601), RFC 822 or ``YYYY-MM-DD HH:MM:SS`` date; naive when no zone is given."""
    if not text:
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def gunzip_strict(body: bytes, max_size: int) -> bytes:
    """Gunzip a ``.xml.gz`` sitemap; raise ValueError when it is truncated or larger than ``max_size``."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(body, max_size + 1)
    except zlib.error as exc:
        raise ValueError(f"bad gzip data: {exc}") from None
    if len(out) > max_size:
        raise ValueError(f"sitemap larger than {max_size} bytes once decompressed")
    if not decoder.eof:
        raise ValueError("gzip stream ends early (truncated)")
    return out


def _root(body: bytes) -> lxml.etree._Element | None:
    parser = lxml.etree.XMLParser(**_PARSER_OPTIONS)
    try:
        return lxml.etree.fromstring(body.lstrip(), parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None


def _local(element: lxml.etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(element: lxml.etree._Element | None) -> str:
    if element is None:
        return ""
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _child(element: lxml.etree._Element, *names: str) -> lxml.etree._Element | None:
    """Return the first descendant named by ``names``, earlier names first (published before updated)."""
    found: dict[str, lxml.etree._Element] = {}
    for child in element.iter():
        name = _local(child)
        if child is not element and name in names and name not in found:
            found[name] = child
    return next((found[n] for n in names if n in found), None)


def parse_sitemap(body: bytes, base_url: str = "") -> list[Entry]:
    """Parse a sitemap or sitemap index; Google News ``publication_date``/``title`` win over ``lastmod``."""
    root = _root(body)
    if root is None:
        return []
    index = _local(root) == "sitemapindex"
    entries: list[Entry] = []
    for node in root:
        if _local(node) not in ("url", "sitemap"):
            continue
        loc = _text(_child(node, "loc"))
        if not loc:
            continue
        published = _child(node, "publication_date")
        when = parse_datetime(_text(published)) if published is not None else None
        when = when or parse_datetime(_text(_child(node, "lastmod")))
        news_title = _child(node, "title")
        entries.append(Entry(urljoin(base_url, loc), when, _text(news_title), index))
    return entries


def parse_feed(body: bytes, base_url: str = "") -> list[Entry]:
    """Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items' links, dates and titles."""
    root = _root(body)
    if root is None:
        return []
    entries: list[Entry] = []
    for node in root.iter():
        name = _local(node)
        if name not in ("item", "entry"):
            continue
        link = ""
        for child in node:
            if _local(child) != "link":
                continue
            href = child.get("href")
            if href is None:  # RSS: <link>URL</link>
                link = link or _text(child)
            elif child.get("rel", "alternate") == "alternate" and not link:
                link = href.strip()
        if not link:
            guid = _child(node, "guid")
            if guid is not None and guid.get("isPermaLink", "true") != "false":
                link = _text(guid)
        if not link:
            link = node.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "")
        if not link:
            continue
        date_node = _child(node, "pubdate", "published", "date", "issued", "updated", "modified")
        entries.append(
            Entry(urljoin(base_url, link), parse_datetime(_text(date_node)), _text(_child(node, "title")))
        )
    return entries

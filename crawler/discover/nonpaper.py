"""The way into a site that is not an e-paper: feed links and article link shapes (pure functions).

Sitemaps come first (robots.txt ``Sitemap:`` lines; they reach back in time
and carry dates), then feeds (``<link rel="alternate" type="application/rss+xml">``,
recent items only), then a listing page whose links share one article URL shape.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.urls import canonicalize_url

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
MIN_LISTED = 5  # links of one shape that make a page a listing


def feed_links(url: str, html: str) -> list[str]:
    """Return the feeds a page announces with ``<link rel="alternate" type=...>``."""
    out: list[str] = []
    for link in Selector(text=html).xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().strip()
        if "alternate" in rel and kind in FEED_TYPES:
            target = canonicalize_url(urljoin(url, link.attrib["href"]))
            if target not in out:
                out.append(target)
    return out


def url_shape(url: str) -> str:
    """Return a regular expression for ``url``'s path with each digit run generalised.

    ``/news/2024/0301/1234.html`` -> ``/news/\\d{4}/\\d{4}/\\d+\\.html$``: directories
    (years, month-days) keep their width; numbers in the file name are ids that
    grow, except an eight-digit date.
    """
    directory, _, name = urlsplit(url).path.rpartition("/")
    out: list[str] = []
    for part, is_name in ((directory + "/", False), (name, True)):
        for piece in re.split(r"(\d+)", part):
            if piece.isdigit():
                grows = is_name and len(piece) != 8
                out.append(r"\d+" if grows else rf"\d{{{len(piece)}}}")
            else:
                out.append(re.escape(piece))
    return "".join(out) + "$"


def article_shape(url: str, html: str) -> tuple[str, list[str]]:
    """Return the most common on-site link shape holding digits, and its links ("" when too few)."""
    page = urlsplit(url)
    links: dict[str, str] = {}
    for href in Selector(text=html).xpath("//a/@href").getall():
        href = href.strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        target = canonicalize_url(urljoin(url, href))
        parts = urlsplit(target)
        if parts.netloc != page.netloc or not re.search(r"\d", parts.path) or target == canonicalize_url(url):
            continue
        links[target] = url_shape(target)
    counts = Counter(links.values())
    if not counts:
        return "", []
    shape, count = counts.most_common(1)[0]
    if count < MIN_LISTED:
        return "", []
    return shape, [u for u, s in links.items() if s == shape]

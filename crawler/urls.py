"""Canonical URLs: one article under several URLs must be stored once.

Tracking parameters (``utm_*``, ``spm``...) and Founder's display-only ``div``
parameter do not change the article; fragments never do.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from archive.items import ArticleItem
    from crawler.sources import SourceConfig

_DROP_PARAMS = re.compile(r"^(utm_\w+|spm|from|div|share_token|isappinstalled|wfr|fbclid|gclid|scene)$", re.I)


# URLs whose canonical form is kept: a crawl asks for an article's about seven times (its edition
# page's links, the request, the dedupe, the store's key), a batch of pages apart at most.
CANONICAL_CACHE = 8192


@functools.lru_cache(maxsize=CANONICAL_CACHE)
def canonicalize_url(url: str) -> str:
    """Return ``url`` without fragment and tracking parameters, host lower-cased, query sorted.

    Cached: on an e-paper crawl this parse and rebuild ran about seven times per article URL
    (2% of the crawl process's CPU); the result depends on the URL alone.
    """
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    query.sort()
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (
        parts.scheme == "https" and netloc.endswith(":443")
    ):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def article_key(item: ArticleItem, source: SourceConfig | None = None) -> str:
    """Return the URL an article is stored under: its declared canonical URL on the same host, else its own.

    A source's ``canonical_base`` then moves it to the paper's main host, so
    mirrors of one paper do not make copies.
    """
    key = canonicalize_url(item.url)
    if item.canonical_url:
        declared = canonicalize_url(item.canonical_url)
        if urlsplit(declared).netloc == urlsplit(key).netloc:
            key = declared
    return source.canonical(key) if source is not None else key

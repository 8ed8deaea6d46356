"""Follow links from listing pages, for sites with neither e-paper, sitemap nor feed.

From each start URL, links matching ``page_patterns`` are followed as further
listing pages up to ``max_depth`` hops; links matching ``article_patterns``
(every other on-site link when none are given) are fetched as articles;
``deny_patterns`` win over both. Depth is what stops a calendar trap (an
endless chain of "previous day" pages), with ``DEPTH_LIMIT`` and the per-host
page budget as the outer fences.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from parsel import Selector
from scrapy.http import Response

from crawler.spiders.base import SourceSpider
from crawler.urls import canonicalize_url

_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#", "data:", "file:")


class ListingSpider(SourceSpider):
    """Walk listing pages to ``max_depth`` and fetch the articles they link."""

    name = "listing"

    async def start(self) -> AsyncIterator[Any]:
        """Request each start page at depth 0."""
        for url in self.source.start_urls:
            yield self.listing_request(url, 0)

    def listing_request(self, url: str, depth: int) -> scrapy.Request:
        """Return the request for a listing page ``depth`` hops from a start URL."""
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.discovery_failed,
            cb_kwargs={"depth": depth},
            priority=10 - depth,
            meta={"newsarchive_kind": "listing"},
        )

    def parse_listing(self, response: Response, depth: int) -> Iterator[Any]:
        """Yield listing pages one hop deeper (within ``max_depth``) and article requests."""
        self.count("listings")
        selector = Selector(text=self.page_text(response))
        base = selector.xpath("//base/@href").get() or response.url
        seen: set[str] = set()
        for anchor in selector.xpath("//a[@href] | //area[@href]"):
            href = (anchor.attrib.get("href") or "").strip()
            if not href or href.lower().startswith(_SKIP_SCHEMES):
                continue
            url = canonicalize_url(urljoin(urljoin(response.url, base), href))
            if url in seen or not url.startswith(("http://", "https://")):
                continue
            seen.add(url)
            if not self.on_site(url) or self.denied(url):
                continue
            if self.is_page_url(url):
                if depth < self.source.max_depth:
                    yield self.listing_request(url, depth + 1)
                else:
                    self.count("skipped/depth")
                continue
            if self.is_article_url(url):
                title = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
                request = self.article_request(url, title=title)
                if request is not None:
                    yield request

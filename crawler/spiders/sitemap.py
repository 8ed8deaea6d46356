"""Discover articles from XML sitemaps, Google News sitemaps included, filtered by date.

A start URL may be a sitemap or a sitemap index (``.xml`` or ``.xml.gz``).
Entries are kept when their Google News ``publication_date`` (else their
``lastmod``) falls in ``since..until``; a child sitemap is skipped when its
``lastmod`` is older than ``since``, since it cannot list anything newer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from crawler.spiders.base import SourceSpider
from crawler.spiders.discovery import Entry, gunzip_strict, parse_sitemap


class SitemapSpider(SourceSpider):
    """Follow a source's sitemaps to the articles of the date range."""

    name = "sitemap"

    async def start(self) -> AsyncIterator[Any]:
        """Request each start sitemap."""
        for url in self.source.start_urls:
            yield self.sitemap_request(url)

    def sitemap_request(self, url: str) -> scrapy.Request:
        """Return the request for one sitemap (discovery first: higher priority than articles)."""
        return scrapy.Request(
            url,
            callback=self.parse_sitemap,
            errback=self.discovery_failed,
            priority=10,
            meta={"newsarchive_kind": "sitemap"},
        )

    def _body(self, response: Response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":  # a .xml.gz file served as is (not as Content-Encoding)
            try:
                body = gunzip_strict(body, self.crawler.settings.getint("DOWNLOAD_MAXSIZE") or 2**30)
            except ValueError as exc:
                self.count("failed/discovery")
                self.logger.warning("bad sitemap %s: %s", response.url, exc)
                return None
        return body

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Yield child sitemaps and article requests for the entries in range."""
        body = self._body(response)
        if body is None:
            return
        entries = parse_sitemap(body, response.url)
        if not entries:
            self.count("failed/discovery")
            self.logger.warning("not a sitemap or empty: %s", response.url)
            return
        self.count("sitemaps")
        for entry in entries:
            if entry.is_sitemap:
                if entry.modified is None or self.in_range_or_later(entry):
                    yield self.sitemap_request(entry.url)
                else:
                    self.count("skipped/out_of_range")
                continue
            yield from self._article(entry)

    def in_range_or_later(self, entry: Entry) -> bool:
        """Tell whether a child sitemap changed on or after ``since`` (it may list articles in range)."""
        assert entry.modified is not None
        modified = entry.modified if entry.modified.tzinfo else entry.modified.replace(tzinfo=self.zone)
        return modified.astimezone(self.zone).date() >= self.since

    def _article(self, entry: Entry) -> Iterator[scrapy.Request]:
        if not self.is_article_url(entry.url) or not self.on_site(entry.url):
            self.count("skipped/pattern")
            return
        if not self.in_range(entry.modified):
            self.count("skipped/out_of_range")
            return
        if entry.modified is None:
            self.count("undated")
        request = self.article_request(entry.url, title=entry.title)
        if request is not None:
            yield request

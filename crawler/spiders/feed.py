"""Discover articles from RSS (2.0 and 1.0) and Atom feeds, filtered by date.

Feeds list only the latest items, so a feed source suits recurring crawls
rather than backfills; items dated outside ``since..until`` are skipped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from crawler.spiders.base import SourceSpider
from crawler.spiders.discovery import parse_feed


class FeedSpider(SourceSpider):
    """Read a source's feeds and fetch the articles they list."""

    name = "feed"

    async def start(self) -> AsyncIterator[Any]:
        """Request each feed."""
        for url in self.source.start_urls:
            yield scrapy.Request(
                url,
                callback=self.parse_feed,
                errback=self.discovery_failed,
                priority=10,
                meta={"newsarchive_kind": "feed"},
            )

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """Yield an article request for each item in range."""
        entries = parse_feed(response.body, response.url)
        if not entries:
            self.count("failed/discovery")
            self.logger.warning("not a feed or empty: %s", response.url)
            return
        self.count("feeds")
        for entry in entries:
            if not self.is_article_url(entry.url) or not self.on_site(entry.url):
                self.count("skipped/pattern")
                continue
            if not self.in_range(entry.modified):
                self.count("skipped/out_of_range")
                continue
            if entry.modified is None:
                self.count("undated")
            request = self.article_request(entry.url, title=entry.title)
            if request is not None:
                yield request

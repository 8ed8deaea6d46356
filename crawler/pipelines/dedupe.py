"""Store an article once per run even when the site links it under several URLs.

Only the same canonical URL is a duplicate here. A reprint (the same text at
another URL or in another paper) is not dropped: the store links it to its
cluster.
"""

from __future__ import annotations

from typing import Any, Self

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from archive.items import ArticleItem
from crawler.urls import article_key, canonicalize_url


class DedupePipeline:
    """Set each article's storage URL and drop the repeats of this run."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        fetched = item.url
        source = getattr(spider or self.crawler.spider, "source", None)
        item.url = article_key(item, source)
        # In the form --resume compares a listed link in (the source's canonical form).
        canonical = source.canonical if source is not None else canonicalize_url
        item.fetch_urls = sorted({canonical(url) for url in item.fetch_urls} - {item.url})
        if item.url in self.seen:
            # Its URL led to an article stored this run: kept for --resume when the crawl closes.
            more = getattr(spider or self.crawler.spider, "more_fetch_urls", None)
            if isinstance(more, dict):
                more.setdefault(item.url, set()).update(item.fetch_urls)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newsarchive/duplicates/url")
            raise DropItem(f"duplicate url: {fetched} is {item.url}", log_level="DEBUG")
        self.seen.add(item.url)
        return item

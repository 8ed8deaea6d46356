"""Reject articles that lack what an archive entry needs (a URL, a title, a body)."""

from __future__ import annotations

from typing import Any, Self

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from archive.items import ArticleItem


class ValidatePipeline:
    """Drop incomplete articles and count them by reason; other items pass."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        reason = ""
        if not item.url.startswith(("http://", "https://")):
            reason = "bad_url"
        elif not item.title.strip():
            reason = "no_title"
        elif not item.body.strip():
            reason = "no_body"
        if reason:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"newsarchive/dropped/{reason}")
            raise DropItem(f"{reason.replace('_', ' ')}: {item.url}", log_level="INFO")
        return item

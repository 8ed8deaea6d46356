"""The crawl baseline: a bare Scrapy spider that fetches the same pages and does nothing else.

It starts from the same edition URLs as ``newsarchive crawl`` and follows
page (``node_``) and article (``content_``) links with a regex, with Scrapy's
default settings and no pipelines. Prints one JSON line with its figures.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

_LINK = re.compile(rb"""href=["']?([^"' >]*(?:node|content)_[^"' >]*)""")


class BareSpider(scrapy.Spider):
    """Fetch edition pages, their pages and their articles; parse nothing else."""

    name = "bare"

    def __init__(self, start_urls: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_list = start_urls

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_list:
            yield scrapy.Request(url)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        if b"content_" in response.url.encode() or not hasattr(response, "text"):
            return
        for href in _LINK.findall(response.body):
            yield response.follow(href.decode("latin-1"))


def main(argv: list[str]) -> int:
    """Crawl the start URLs given one per line on stdin; print figures as JSON."""
    start_urls = [line.strip() for line in sys.stdin if line.strip()]
    settings = {"LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False}
    for item in argv:
        name, _, value = item.partition("=")
        settings[name] = int(value) if value.isdigit() else value
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, start_urls=start_urls)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    print(
        json.dumps(
            {
                "responses": stats.get("downloader/response_count", 0),
                "elapsed_seconds": stats.get("elapsed_time_seconds", 0.0),
                "peak_memory_bytes": stats.get("memusage/max", 0),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

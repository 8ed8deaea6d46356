"""Size caps by kind of file and a per-host page budget against calendar traps.

News pages are small: a 16 MiB cap (``DOWNLOAD_MAXSIZE``) for HTML stops a
runaway or hostile body early. Page PDFs are larger, so a request for a
``.pdf`` gets ``NEWSARCHIVE_PDF_MAXSIZE`` instead. A site with an endless
calendar (every "next day" link leads to another page) is stopped by
``DEPTH_LIMIT`` for link-following spiders and, for every spider, by
``NEWSARCHIVE_HOST_PAGE_BUDGET`` requests per host and crawl.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached


class SizeCapMiddleware:
    """Give PDF requests their own, larger size cap (others keep ``DOWNLOAD_MAXSIZE``)."""

    def __init__(self, pdf_maxsize: int) -> None:
        self.pdf_maxsize = pdf_maxsize

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        size = crawler.settings.getint("NEWSARCHIVE_PDF_MAXSIZE")
        if size <= 0:
            raise NotConfigured
        return cls(size)

    def process_request(self, request: Request, spider: Any = None) -> None:
        """Set ``download_maxsize`` on PDF requests that do not set their own."""
        if "download_maxsize" not in request.meta and urlparse_cached(request).path.lower().endswith(".pdf"):
            request.meta["download_maxsize"] = self.pdf_maxsize


class PageBudgetMiddleware:
    """Refuse requests to a host past ``NEWSARCHIVE_HOST_PAGE_BUDGET`` in one crawl (0: no budget).

    Retries and robots.txt do not spend the budget: they are not new pages.
    """

    def __init__(self, crawler: Crawler, budget: int) -> None:
        self.crawler = crawler
        self.budget = budget
        self.spent: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        budget = crawler.settings.getint("NEWSARCHIVE_HOST_PAGE_BUDGET")
        if budget <= 0:
            raise NotConfigured
        return cls(crawler, budget)

    def process_request(self, request: Request, spider: Any = None) -> None:
        """Count the request against its host; raise ``IgnoreRequest`` once the budget is spent."""
        meta = request.meta
        if meta.get("dont_obey_robotstxt") or meta.get("retry_times") or meta.get("redirect_times"):
            return
        host = urlparse_cached(request).netloc
        if self.spent[host] >= self.budget:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newsarchive/skipped/host_budget")
            raise IgnoreRequest(f"page budget of {self.budget} for {host} spent")
        self.spent[host] += 1

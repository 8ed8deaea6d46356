"""Leave out over-long URLs, and count them: ``skipped/url_too_long`` in the run's counters.

Scrapy's ``UrlLengthMiddleware`` drops a request whose URL is longer than
``URLLENGTH_LIMIT`` with an INFO line only, so an article whose link is
3,000 characters long was never fetched and no counter of the run said so.
This one drops the same requests and counts each in the run's counters.
"""

from __future__ import annotations

from scrapy.http import Request, Response
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware


class CountedUrlLengthMiddleware(UrlLengthMiddleware):
    """Scrapy's URL length limit, with each dropped request counted as ``skipped/url_too_long``."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        kept = super().get_processed_request(request, response)
        if kept is None and self.crawler.stats is not None:
            self.crawler.stats.inc_value("newsarchive/skipped/url_too_long")
        return kept

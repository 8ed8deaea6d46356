"""What a spider logs for a page it could not fetch: one line an archivist can act on."""

from __future__ import annotations

import logging

import pytest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from sitegen.fakes import fake_crawler
from twisted.python.failure import Failure

from crawler.sources import SourceConfig
from crawler.spiders.listing import ListingSpider


def test_a_page_answered_with_an_http_error_is_logged_with_its_status(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # It read "cannot fetch URL: Ignoring non-200 response" (Scrapy's HttpError text): a 404 of a
    # page the site never had and a 500 of a site that was down looked the same.
    url = "http://paper.test/html/2023-02/10/node_3.htm"
    request = Request(url)
    failure = Failure(HttpError(Response(url, status=404, request=request), "Ignoring non-200 response"))
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy hands it to the errback
    spider = ListingSpider(source=SourceConfig("paper-a", "A", "listing"))
    spider.crawler = fake_crawler()
    with caplog.at_level(logging.WARNING):
        list(spider.request_failed(failure))
    assert [r.getMessage() for r in caplog.records] == [f"cannot fetch {url}: HTTP 404"]
    assert spider.crawler.stats.get_value("newsarchive/failed/http_404") == 1

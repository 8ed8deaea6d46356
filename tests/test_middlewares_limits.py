"""Per-kind size caps and the per-host page budget."""

from __future__ import annotations

import pytest
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from sitegen.fakes import fake_crawler

from crawler.middlewares.limits import PageBudgetMiddleware, SizeCapMiddleware


def test_pdf_requests_get_the_pdf_cap_and_html_keeps_the_default() -> None:
    crawler = fake_crawler()
    mw = SizeCapMiddleware.from_crawler(crawler)
    pdf, page = Request("http://paper.test/images/2024-03/01/01/A01.PDF"), Request("http://paper.test/a.htm")
    mw.process_request(pdf)
    mw.process_request(page)
    assert pdf.meta["download_maxsize"] == 64 * 1024 * 1024
    assert "download_maxsize" not in page.meta
    assert crawler.settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024


def test_budget_is_per_host_and_ignores_retries_and_robots() -> None:
    crawler = fake_crawler({"NEWSARCHIVE_HOST_PAGE_BUDGET": 3})
    mw = PageBudgetMiddleware.from_crawler(crawler)
    for n in range(3):
        mw.process_request(Request(f"http://a.test/{n}.htm"))
    mw.process_request(Request("http://a.test/robots.txt", meta={"dont_obey_robotstxt": True}))
    mw.process_request(Request("http://a.test/0.htm", meta={"retry_times": 1}))
    mw.process_request(Request("http://b.test/0.htm"))
    with pytest.raises(IgnoreRequest, match=r"page budget of 3 for a\.test spent"):
        mw.process_request(Request("http://a.test/9.htm"))
    assert crawler.stats.values["newsarchive/skipped/host_budget"] == 1


def test_zero_budget_switches_the_middleware_off() -> None:
    with pytest.raises(NotConfigured):
        PageBudgetMiddleware.from_crawler(fake_crawler({"NEWSARCHIVE_HOST_PAGE_BUDGET": 0}))

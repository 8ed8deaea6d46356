"""Retries back off exponentially and honour Retry-After; a too-long Retry-After is not retried now."""

from __future__ import annotations

import asyncio
import time
from email.utils import formatdate

import pytest
from scrapy.http import Request, Response
from sitegen.fakes import fake_crawler

from crawler.middlewares import retry as retry_module
from crawler.middlewares.retry import BackoffRetryMiddleware, backoff_delay, parse_retry_after


def test_parse_retry_after_seconds_and_dates() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("") is None


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff_delay(n, 0.5, 3.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(retry_module, "_sleep", fake_sleep)
    return waits


def _middleware(**settings: object) -> BackoffRetryMiddleware:
    crawler = fake_crawler(
        {
            "RETRY_TIMES": 3,
            "NEWSARCHIVE_RETRY_BACKOFF_BASE": 2.0,
            "NEWSARCHIVE_RETRY_MAX_DELAY": 10.0,
            **settings,
        }
    )
    crawler.spider = type("S", (), {"crawler": crawler})()
    mw = BackoffRetryMiddleware(crawler.settings)
    mw.crawler = crawler
    return mw


def test_retry_waits_with_backoff(slept: list[float]) -> None:
    mw = _middleware()
    request = Request("http://paper.test/a.htm")
    for _ in range(3):
        result = asyncio.run(mw.process_response(request, Response(request.url, status=502, request=request)))
        assert isinstance(result, Request)
        request = result
    final = asyncio.run(mw.process_response(request, Response(request.url, status=502, request=request)))
    assert isinstance(final, Response)  # retries exhausted
    assert slept == [2.0, 4.0, 8.0]


def test_retry_after_is_honoured(slept: list[float]) -> None:
    mw = _middleware()
    request = Request("http://paper.test/a.htm")
    response = Response(request.url, status=503, headers={"Retry-After": "7"}, request=request)
    assert isinstance(asyncio.run(mw.process_response(request, response)), Request)
    assert slept == [7.0]


def test_a_retry_after_beyond_the_cap_is_not_retried_in_this_crawl(slept: list[float]) -> None:
    mw = _middleware()
    request = Request("http://paper.test/a.htm")
    response = Response(request.url, status=429, headers={"Retry-After": "3600"}, request=request)
    assert asyncio.run(mw.process_response(request, response)) is response
    assert slept == []
    assert mw.crawler.stats.values["newsarchive/retry/retry_after_too_long"] == 1


def test_successes_and_dont_retry_pass_untouched(slept: list[float]) -> None:
    mw = _middleware()
    request = Request("http://paper.test/a.htm", meta={"dont_retry": True})
    bad = Response(request.url, status=503, request=request)
    assert asyncio.run(mw.process_response(request, bad)) is bad
    ok = Response(request.url, status=200, request=request)
    assert asyncio.run(mw.process_response(Request(request.url), ok)) is ok
    assert slept == []


def test_the_real_sleep_waits() -> None:
    start = time.monotonic()
    asyncio.run(retry_module._sleep(0.05))
    assert time.monotonic() - start >= 0.04

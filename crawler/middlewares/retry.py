"""Retry with exponential backoff, honouring ``Retry-After``.

Scrapy's ``RetryMiddleware`` re-queues a failed request at once, which hits a
struggling server again while it is down and ignores a 429/503 ``Retry-After``
header. Here a retry waits ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (capped
at ``NEWSARCHIVE_RETRY_MAX_DELAY``), or as long as ``Retry-After`` asks. A
server that asks for longer than the cap is not retried in this crawl: waiting
would hold a download slot, and retrying sooner would be rude.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware as ScrapyRetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)


def parse_retry_after(value: str, now: float | None = None) -> float | None:
    """Return the delay in seconds a ``Retry-After`` value asks for (delta-seconds or HTTP-date)."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Return the wait before retry number ``attempt`` (1-based): ``base * 2**(attempt-1)``, capped."""
    return float(min(cap, base * (2 ** max(0, attempt - 1))))


async def _sleep(seconds: float) -> None:
    # Scrapy runs on Twisted's asyncio reactor (TWISTED_REACTOR in settings).
    await asyncio.sleep(seconds)


class BackoffRetryMiddleware(ScrapyRetryMiddleware):
    """Scrapy's retry middleware with a wait before each retry."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("NEWSARCHIVE_RETRY_BACKOFF_BASE")
        self.max_delay = settings.getfloat("NEWSARCHIVE_RETRY_MAX_DELAY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def _delay(self, request: Request, response: Response | None) -> float | None:
        attempt = request.meta.get("retry_times", 0) + 1
        delay = backoff_delay(attempt, self.base, self.max_delay)
        if response is not None and response.status in (429, 503):
            header = response.headers.get(b"Retry-After")
            asked = parse_retry_after(header.decode("latin-1")) if header else None
            if asked is not None:
                if asked > self.max_delay:
                    return None
                delay = asked
        return delay

    # Async overrides of sync methods: Scrapy awaits coroutine middleware methods.
    async def process_response(  # type: ignore[override]
        self,
        request: Request,
        response: Response,
        spider: Any = None,
    ) -> Request | Response:
        """Wait, then return the retry request; give up at once when ``Retry-After`` is too long."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self._delay(request, response)
        if delay is None:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newsarchive/retry/retry_after_too_long")
            logger.info("not retrying %s: Retry-After exceeds %.0fs", request, self.max_delay)
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if delay > 0:
            await _sleep(delay)
        return retry

    async def process_exception(  # type: ignore[override]
        self,
        request: Request,
        exception: Exception,
        spider: Any = None,
    ) -> Request | Response | None:
        """Wait, then return the retry request for a retryable network error."""
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            delay = self._delay(request, None)
            if delay:
                await _sleep(delay)
        return retry

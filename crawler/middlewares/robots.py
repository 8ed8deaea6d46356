"""Obey robots.txt as RFC 9309 says, not as Scrapy's default middleware does.

Scrapy's ``RobotsTxtMiddleware`` treats a robots.txt that cannot be fetched as
"allow all" and parses the body of a 5xx error page as if it were rules. RFC
9309 section 2.3.1 asks the opposite for server errors: a 5xx (or an
unreachable server) means "complete disallow" until robots.txt can be read
again, while a 4xx means there are no rules ("allow all"). Here:

* 2xx: the body is parsed (redirects are followed by the redirect middleware);
* 4xx except 429: allow all;
* 5xx, 429 or a network error: disallow for now; the next request for that
  host after ``NEWSARCHIVE_ROBOTSTXT_RECHECK`` seconds fetches robots.txt again.
  (429 is a server asking us to slow down, which is no licence to crawl.)

Rules are kept at most ``NEWSARCHIVE_ROBOTSTXT_MAX_AGE`` seconds (RFC 9309:
SHOULD NOT use a cached copy for more than 24 hours).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

ALLOW_ALL = "allow"
DISALLOW_ALL = "disallow"


@dataclass
class RobotsState:
    """What is known about one host's robots.txt and until when it holds."""

    verdict: str  # "allow" (no rules), "disallow" (unreachable: nothing allowed) or "rules"
    expires: float
    parser: RobotParser | None = None
    reason: str = ""


def verdict_for_status(status: int) -> str:
    """Map a final robots.txt HTTP status to "rules", "allow" or "disallow" (RFC 9309 2.3.1)."""
    if 200 <= status < 300:
        return "rules"
    if status == 429 or status >= 500:
        return DISALLOW_ALL
    if 400 <= status < 500:
        return ALLOW_ALL
    # 1xx/3xx left after the redirect middleware gave up: the file is unreachable.
    return DISALLOW_ALL


class RobotsTxtMiddleware:
    """Fetch each host's robots.txt once (per max age) and refuse what it forbids."""

    DOWNLOAD_PRIORITY = 1000

    def __init__(
        self, crawler: Crawler, recheck: float, max_age: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        settings = crawler.settings
        if not settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.recheck = recheck
        self.max_age = max_age
        self.clock = clock
        self.user_agent: str = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or ""
        self.parser_class: Any = load_object(settings.get("ROBOTSTXT_PARSER"))
        self.states: dict[str, RobotsState] = {}
        self._pending: dict[str, list[Deferred[RobotsState]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        return cls(
            crawler,
            settings.getfloat("NEWSARCHIVE_ROBOTSTXT_RECHECK"),
            settings.getfloat("NEWSARCHIVE_ROBOTSTXT_MAX_AGE"),
        )

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        """Raise ``IgnoreRequest`` when the host's robots.txt forbids ``request`` or is unreachable."""
        if request.meta.get("dont_obey_robotstxt"):
            return
        state = await self.state_for(request)
        if state.verdict == DISALLOW_ALL:
            self._inc("newsarchive/failed/robots_unavailable")
            raise IgnoreRequest(f"robots.txt unavailable ({state.reason}): nothing allowed until re-checked")
        if state.verdict == "rules" and state.parser is not None:
            agent = self.user_agent or (request.headers.get(b"User-Agent") or b"").decode("latin-1")
            if not state.parser.allowed(request.url, agent):
                self._inc("robotstxt/forbidden")
                self._inc("newsarchive/skipped/robots")
                raise IgnoreRequest("Forbidden by robots.txt")

    async def state_for(self, request: Request) -> RobotsState:
        """Return the current robots.txt state of the request's host, fetching it if stale."""
        url = urlparse_cached(request)
        key = f"{url.scheme}://{url.netloc}"
        state = self.states.get(key)
        if state is not None and state.expires > self.clock():
            return state
        waiters = self._pending.get(key)
        if waiters is not None:  # another request is fetching it: wait for that answer
            waiter: Deferred[RobotsState] = Deferred()
            waiters.append(waiter)  # one Deferred per waiter: a shared one would pass None down its chain
            result: RobotsState = await maybe_deferred_to_future(waiter)
            return result
        self._pending[key] = []
        try:
            state = await self._fetch(key)
        finally:
            waiting = self._pending.pop(key)
        self.states[key] = state
        for waiter in waiting:
            waiter.callback(state)
        return state

    async def _fetch(self, base: str) -> RobotsState:
        robots_request = Request(
            f"{base}/robots.txt",
            priority=self.DOWNLOAD_PRIORITY,
            meta={"dont_obey_robotstxt": True},
            callback=NO_CALLBACK,
        )
        self._inc("robotstxt/request_count")
        assert self.crawler.engine is not None
        try:
            response: Response = await self.crawler.engine.download_async(robots_request)
        except Exception as exc:
            logger.warning(
                "robots.txt of %s unavailable (%s): disallowing for %.0fs", base, exc, self.recheck
            )
            self._inc(f"robotstxt/exception_count/{type(exc)}")
            # An edition's reason: "(Connection was refused ...)", not "(DownloadConnectionRefusedError)".
            why = " ".join(str(exc).split()).rstrip(".") or exc.__class__.__name__
            return RobotsState(DISALLOW_ALL, self.clock() + self.recheck, reason=why)
        self._inc("robotstxt/response_count")
        self._inc(f"robotstxt/response_status_count/{response.status}")
        verdict = verdict_for_status(response.status)
        if verdict == DISALLOW_ALL:
            logger.warning(
                "robots.txt of %s answered HTTP %d: disallowing for %.0fs",
                base,
                response.status,
                self.recheck,
            )
            return RobotsState(DISALLOW_ALL, self.clock() + self.recheck, reason=f"HTTP {response.status}")
        expires = self.clock() + self.max_age
        if verdict == ALLOW_ALL:
            return RobotsState(ALLOW_ALL, expires, reason=f"HTTP {response.status}")
        parser = build_from_crawler(self.parser_class, self.crawler, response.body)
        return RobotsState("rules", expires, parser=parser)

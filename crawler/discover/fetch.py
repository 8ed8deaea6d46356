"""A small, bounded HTTP client for discovery, under the crawl's safety and politeness rules.

Probing for a paper's first edition is strictly sequential: each request
depends on the last answer, and the whole search has a request budget. A
Scrapy crawl expresses that poorly (and a child process per probe would cost a
second each), so discovery fetches here, one request at a time, with the same
rules and the same settings as a crawl (``crawler.runner.crawl_settings``):

* the address guard: no request, nor redirect hop, to loopback, private or
  link-local addresses unless ``NEWSARCHIVE_ALLOWED_NETWORKS`` allows them,
  through the same seam as ``newsarchive extract URL``
  (``crawler.fetch.checked_address``, the resolver ``NEWSARCHIVE_RESOLVER``),
  and the connection goes to the address that was checked, not to the name
  looked up again (``crawler.fetch.request_at``);
* robots.txt as RFC 9309 says (``verdict_for_status``: a 5xx robots.txt means
  "not now"), parsed with Protego, Scrapy's own parser;
* politeness: the crawl's request headers (``crawler.fetch.request_headers``: its User-Agent,
  ``DEFAULT_REQUEST_HEADERS``), one request at a time, and at least
  ``DOWNLOAD_DELAY`` (or AutoThrottle's start delay when it is on) between two
  requests to a host; ``DOWNLOAD_TIMEOUT`` and ``DOWNLOAD_MAXSIZE``;
* a hard request budget, so a misbehaving site cannot make discovery run on.

No proxy from the environment is used: the guard judges the address actually
connected to. The one-edition test crawl (``trial``) is a real crawl.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from protego import Protego

from archive.errors import CrawlerError
from crawler import fetch
from crawler.extract.decode import decode_html
from crawler.middlewares.robots import ALLOW_ALL, DISALLOW_ALL, verdict_for_status
from crawler.middlewares.safety import parse_networks, system_resolve

MAX_REDIRECTS = 5


class DiscoveryError(CrawlerError):
    """Discovery could not go on (refused URL, budget used up, nothing recognisable)."""


class FetchRefused(DiscoveryError):
    """The address guard or robots.txt forbids a URL."""


class FetchBudgetExhausted(DiscoveryError):
    """Discovery used every request it was allowed."""


@dataclass
class Fetched:
    """One answer: the final URL after redirects, status (0: no answer), body and Content-Type."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        """Tell whether the server answered 2xx."""
        return 200 <= self.status < 300

    def text(self) -> str:
        """Return the body decoded as the crawl decodes pages (declared charset verified, GBK repaired)."""
        return decode_html(self.body, self.content_type or None).text


@dataclass
class _Robots:
    verdict: str
    parser: Protego | None = None
    reason: str = ""
    sitemaps: list[str] = field(default_factory=list)


class Fetcher:
    """Fetch URLs one at a time under the crawl's rules; count every request (robots.txt included)."""

    def __init__(
        self,
        settings: Any,
        *,
        budget: int,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.user_agent: str = settings.get("USER_AGENT") or ""
        self.headers = fetch.request_headers(settings)
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
        self.max_size = settings.getint("DOWNLOAD_MAXSIZE")
        self.allowed = parse_networks(settings.get("NEWSARCHIVE_ALLOWED_NETWORKS"))
        resolver = settings.get("NEWSARCHIVE_RESOLVER") or system_resolve
        if isinstance(resolver, str):
            from scrapy.utils.misc import load_object

            resolver = load_object(resolver)
        self.resolver: Callable[[str], Sequence[str]] = resolver
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY")
        delay = settings.getfloat("DOWNLOAD_DELAY")
        if settings.getbool("AUTOTHROTTLE_ENABLED"):
            delay = max(delay, settings.getfloat("AUTOTHROTTLE_START_DELAY"))
        self.delay = delay
        self.budget = budget
        self.requests = 0
        self.sleep = sleep
        self.clock = clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    # -- rules ---------------------------------------------------------------------------------------

    def _guard(self, url: str) -> str:
        """Return the address to connect to for ``url`` (the crawl's rules), or raise FetchRefused."""
        try:
            return fetch.checked_address(url, self.allowed, self.resolver)
        except fetch.FetchRefused as exc:
            raise FetchRefused(str(exc)) from None

    def robots(self, url: str) -> _Robots:
        """Return the robots.txt state of ``url``'s host (fetched once; counts as a request)."""
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        state = self._robots.get(base)
        if state is None:
            answer = self._request(f"{base}/robots.txt")
            if answer.status == 0:
                state = _Robots(DISALLOW_ALL, reason=answer.error)
            else:
                verdict = verdict_for_status(answer.status)
                state = _Robots(verdict, reason=f"HTTP {answer.status}")
                if verdict == "rules":
                    text = answer.body.decode("utf-8", "replace")
                    state.parser = Protego.parse(text)
                    state.sitemaps = [urljoin(answer.url, s) for s in state.parser.sitemaps]
            self._robots[base] = state
        return state

    def _allowed_by_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        state = self.robots(url)
        if state.verdict == DISALLOW_ALL:
            raise FetchRefused(f"robots.txt of {urlsplit(url).netloc} unavailable ({state.reason}): not now")
        if state.verdict != ALLOW_ALL and state.parser is not None:
            if not state.parser.can_fetch(url, self.user_agent):
                raise FetchRefused(f"refused {url}: forbidden by robots.txt")

    # -- requests ------------------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            wait = last + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _request(self, url: str) -> Fetched:
        """Send one GET (no redirects followed) after the guard and the politeness delay."""
        address = self._guard(url)
        if self.requests >= self.budget:
            raise FetchBudgetExhausted(f"discovery used its budget of {self.budget} requests")
        self.requests += 1
        self._wait_turn(urlsplit(url).netloc)
        try:
            status, headers, body = fetch.request_at(
                url, address, timeout=self.timeout, max_size=self.max_size, headers=self.headers
            )
        except fetch.FetchError as exc:  # no answer: a status of 0 and why
            return Fetched(url, 0, error=str(exc))
        answer = Fetched(url, status, body, headers.get("content-type", ""))
        location = headers.get("location", "")
        if 300 <= status < 400 and location:
            answer.error = urljoin(url, location)  # the next hop, read by get()
        return answer

    def get(self, url: str) -> Fetched:
        """Fetch ``url``, following redirects (each hop guarded and checked against robots.txt)."""
        for _ in range(MAX_REDIRECTS + 1):
            self._allowed_by_robots(url)
            answer = self._request(url)
            if 300 <= answer.status < 400 and answer.error:
                url = answer.error
                continue
            return answer
        return Fetched(url, 0, error=f"more than {MAX_REDIRECTS} redirects")

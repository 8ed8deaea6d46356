"""What every newsarchive spider shares: its source, date range and article callback.

Spiders only navigate; extraction is a pure function (``crawler.extract``) and
state travels in ``cb_kwargs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Self
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from archive.config import resolve_sources_path
from archive.errors import ConfigError, ErrorPage, ExtractionError, UndecodablePage
from archive.items import UNCLOSED_PART, ArticleItem
from crawler.extract import decode_html
from crawler.extract.for_source import extract_for_source
from crawler.middlewares.integrity import DECLARED_CANONICAL, UNCLOSED_WHY
from crawler.sources import SourceConfig, get_source, load_registry, on_domains
from crawler.urls import article_key, canonicalize_url
from crawler.warc import META_KEY as WARC_REF


def _header(response: Response, name: str) -> str:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else ""


def parse_day(value: str | date | None, name: str) -> date | None:
    """Parse a ``--since``/``--until`` value (``YYYY-MM-DD``)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


def clip_to_today(
    since: date | None, until: date | None, today: date, zone: str = ""
) -> tuple[date | None, str]:
    """Return ``until`` clipped to ``today`` (editions after today do not exist yet) and a note saying so.

    ``today`` is the paper's, in its time zone ``zone``, which the lines name as the report does
    (``after today (2026-12-07 in Asia/Shanghai)``): at 16:00 UTC a reader's today is a day behind.
    Raises :class:`ConfigError` when the whole range lies after today.
    """
    day = f"{today} in {zone}" if zone else str(today)
    if since is not None and since > today:
        raise ConfigError(f"--since {since} is after today ({day}): no edition exists yet")
    if until is not None and until > today:
        where = f" ({day})" if zone else ""
        return today, f"note: --until {until} is after today{where}: crawling up to {today}"
    return until, ""


def first_template_day(source: SourceConfig) -> date | None:
    """Return the day the source's earliest URL template starts (None: one has no start, or no template)."""
    starts = [t.since for t in source.templates]
    if not starts or any(start is None for start in starts):
        return None
    return min(start for start in starts if start is not None)


def clip_to_templates(
    source: SourceConfig, since: date | None, until: date | None
) -> tuple[date | None, str]:
    """Return ``since`` moved up to the day the source's URL templates start, and a note saying so.

    ``sources add`` starts the first template at the paper's first edition, so
    the dates before it have no edition to fetch: crawled, each would be a
    failed date ("no URL template covers this date") and the run partly failed
    (exit 6) though nothing went wrong. A gap *between* templates stays failed:
    that is a registry to fix. Raises :class:`ConfigError` when the whole range
    lies before the first template.
    """
    first = first_template_day(source)
    if first is None or since is None or since >= first:
        return since, ""
    if until is not None and until < first:
        raise ConfigError(
            f"{since} .. {until} is before {source.id}'s first URL template ({first}): "
            "no edition to crawl (add a template for the earlier dates to the registry)"
        )
    return first, f"note: {source.id}'s URL templates start {first}: crawling from {first}, not {since}"


# Download failures by exception class name (Scrapy's own and Twisted's, across versions).
_FAILURE_REASONS = {
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "ResponseDataLossError": "truncated",
    "DownloadConnectionRefusedError": "connection",
    "ConnectionRefusedError": "connection",
    "ConnectError": "connection",
    "ConnectionLost": "connection",
    "ResponseFailed": "connection",
    "ResponseNeverReceived": "connection",
    "DownloadFailedError": "connection",
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
}


def failure_reason(failure: Failure) -> str:
    """Return the ``failed/<reason>`` a page that could not be downloaded is counted under.

    An empty string means the failure was counted where it was raised (our
    middlewares count each ``IgnoreRequest`` they raise: truncated, robots,
    refused, budget), so the page must not be counted twice.
    """
    exc = failure.value
    response = getattr(exc, "response", None)
    if response is not None:  # HttpError: a final non-2xx answer, after retries
        return f"http_{response.status}"
    message = str(exc)
    if isinstance(exc, IgnoreRequest):
        if "max redirections" in message:
            return "redirect_loop"
        if "DOWNLOAD_MAXSIZE" in message:  # HttpCompressionMiddleware: a decompression bomb
            return "too_large"
        return ""
    for cls in type(exc).__mro__:
        if cls.__name__ == "DownloadCancelledError":
            return "too_large" if "max size" in message else "cancelled"
        if cls.__name__ in _FAILURE_REASONS:
            return _FAILURE_REASONS[cls.__name__]
    return type(exc).__name__


class SourceSpider(scrapy.Spider):
    """A spider bound to one registered source."""

    source: SourceConfig
    # The methods requests name as their errback: a queue worker wraps each to acknowledge the
    # failed request's lease once what it yields is stored (see crawler.scaleout.jobs.spider_class).
    ERRBACKS: ClassVar[tuple[str, ...]] = ("request_failed", "discovery_failed")

    def __init__(
        self,
        source: str | SourceConfig | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        registry: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        source, self.since, self.until = self.resolve_arguments(source, since, until, registry)
        self.source = source
        if source.allowed_domains:
            self.allowed_domains = list(source.allowed_domains)
        self.skip_urls: set[str] = set()
        # The archived articles of skip_urls a page still listed: seen on the site, not fetched again.
        self.listed_skipped: set[str] = set()
        # Articles fetched whose capture the crawl refused as cut short (URL -> "truncated"): the store
        # notes it on the archived ones when the crawl closes, and the report counts them "refused".
        self.refused_captures: dict[str, str] = {}
        # The same refusals by request (its URL -> why, the key its head declared, its edition date):
        # one the archive does not hold is recorded apart, so the report counts it "refused" too.
        self.refused_requests: dict[str, tuple[str, str, str]] = {}
        # Which capture each refusal was of (its WARC file and offset), by the URLs of both dicts above:
        # the store names it, so the refusal speaks for that capture only (0014).
        self.refused_where: dict[str, tuple[str, int | None]] = {}
        # URLs of pages the dedupe pipeline dropped as another link to an article stored this run
        # (its key -> them): the store keeps them beside that article when the crawl closes.
        self.more_fetch_urls: dict[str, set[str]] = {}
        self.zone = ZoneInfo(source.timezone)
        self._article_res = [re.compile(p) for p in source.article_patterns]
        self._page_res = [re.compile(p) for p in source.page_patterns]
        self._deny_res = [re.compile(p) for p in source.deny_patterns]

    @classmethod
    def resolve_arguments(
        cls,
        source: str | SourceConfig | None,
        since: str | date | None,
        until: str | date | None,
        registry: str | None = None,
    ) -> tuple[SourceConfig, date, date]:
        """Return the spider's source and date range from its arguments; raise ConfigError for bad ones.

        A source id is looked up in ``registry`` (default: ``$NEWSARCHIVE_SOURCES``, else
        ``./sources.toml``); no dates mean today in the source's time zone, ``since`` alone
        means that one day. What it returns resolves to itself, so resolving twice is free.
        """
        if source is None:
            raise ConfigError(f"spider {cls.name}: give a source (-a source=ID)")
        if isinstance(source, str):
            source = get_source(load_registry(resolve_sources_path(registry)), source)
        today = datetime.now(ZoneInfo(source.timezone)).date()
        first = parse_day(since, "since") or parse_day(until, "until") or today
        last = parse_day(until, "until") or (first if since else today)
        if first > last:
            raise ConfigError(f"since {first} is after until {last}")
        return source, first, last

    @classmethod
    def kwargs_from_settings(cls, settings: BaseSettings, **kwargs: Any) -> dict[str, Any]:
        """Return the spider's keyword arguments, its source and dates resolved (``resolve_arguments``).

        The registry is the ``registry`` argument, else the NEWSARCHIVE_SOURCES setting. The one
        place both ``from_crawler`` and ``scrapy crawl`` (crawler/commands/crawl.py) take the
        arguments from: the command resolves them before the reactor starts, so a bad source,
        registry or date is one line there, and hands them on for the spider to be built once.
        """
        registry = kwargs.pop("registry") if "registry" in kwargs else settings.get("NEWSARCHIVE_SOURCES")
        source, since, until = cls.resolve_arguments(
            kwargs.pop("source", None), kwargs.pop("since", None), kwargs.pop("until", None), registry
        )
        return {**kwargs, "source": source, "since": since, "until": until}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **cls.kwargs_from_settings(crawler.settings, **kwargs))
        if not crawler.settings.frozen:
            # ``scrapy crawl`` and scrapyd start the spider without ``newsarchive crawl``'s runner: the
            # registry's [settings] / [source.settings] and politeness were ignored there (a loopback
            # source's crawl refused every request). The same layers, so -s still wins.
            from crawler.settings_layers import apply_layers

            apply_layers(crawler.settings, spider.source.scrapy_settings(), {})
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    def count(self, key: str, n: int = 1) -> None:
        """Increase the ``newsarchive/<key>`` counter of this run."""
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newsarchive/{key}", n)

    def in_range(self, when: datetime | date | None) -> bool:
        """Tell whether a discovered date falls in ``since..until`` (in the source's time zone).

        An undated entry is kept: dropping it would lose articles silently,
        while fetching it costs one request and the store keeps it once.
        """
        if when is None:
            return True
        if isinstance(when, datetime):
            when = (when if when.tzinfo else when.replace(tzinfo=self.zone)).astimezone(self.zone).date()
        return self.since <= when <= self.until

    def denied(self, url: str) -> bool:
        """Tell whether ``url`` matches one of the source's deny patterns."""
        return any(r.search(url) for r in self._deny_res)

    def is_article_url(self, url: str) -> bool:
        """Tell whether ``url`` may be an article: matches ``article_patterns`` (any URL if none)."""
        return not self.denied(url) and (
            not self._article_res or any(r.search(url) for r in self._article_res)
        )

    def redirected_off_articles(self, response: Response) -> bool:
        """Tell whether an article request was redirected to a URL no ``article_patterns`` matches.

        Without patterns (generic sites) there is nothing to tell an article's URL by, so any
        redirect is followed as before. A match must start before the query string: a login
        page names the article it stands for there (``login.htm?from=/html/.../content_1.htm``).
        """
        if not response.meta.get("redirect_urls") or not self._article_res:
            return False
        url = response.url
        end = url.find("?") if "?" in url else len(url)
        return self.denied(url) or not any(
            (found := r.search(url)) is not None and found.start() < end for r in self._article_res
        )

    def is_page_url(self, url: str) -> bool:
        """Tell whether ``url`` is a listing page to follow (matches ``page_patterns``)."""
        return not self.denied(url) and any(r.search(url) for r in self._page_res)

    def on_site(self, url: str) -> bool:
        """Tell whether ``url`` is on one of the source's allowed domains (any when none are set)."""
        return on_domains(url, self.source.allowed_domains)

    def page_text(self, response: Response) -> str:
        """Return a navigation page's text, decoded as carefully as articles are.

        Scrapy decodes a GBK page without a charset as cp1252; link texts and
        page names (版名) would then be stored as mojibake.
        """
        try:
            return decode_html(
                response.body,
                _header(response, "Content-Type") or None,
                self.source.encoding or None,
            ).text
        except UndecodablePage:
            self.count("encoding_fallback")
            return str(getattr(response, "text", response.body.decode("utf-8", "replace")))

    def article_request(self, url: str, **context: Any) -> scrapy.Request | None:
        """Return the request for an article, or None when it is already archived."""
        key = self.source.canonical(url)
        # The plain form too: a fetch URL an upgrade read from a WARC capture is kept so (migration 0006).
        if key in self.skip_urls or (self.source.canonical_base and canonicalize_url(url) in self.skip_urls):
            if key not in self.listed_skipped:  # once an article, however many pages link it
                self.count("skipped/archived")
                self.listed_skipped.add(key)
            return None
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.request_failed,
            cb_kwargs=context,
            meta={"newsarchive_kind": "article"},
        )

    def request_failed(self, failure: Failure) -> Iterator[Any]:
        """Count a page that could not be downloaded under its reason, once, and log one line.

        Without an errback Scrapy logs each such page as an error with a traceback.
        What the spider records about the missing part (:meth:`part_missing`) is yielded.
        """
        reason = failure_reason(failure)
        request = failure.request  # type: ignore[attr-defined]
        if not reason:
            # Counted where it was raised: an unchanged page (304), a refused address, robots.txt,
            # the page budget. Expected outcomes, shown in the run's counters, not warned about.
            self.logger.debug("not fetched %s: %s", request.url, failure.getErrorMessage()[:200])
            if failure.getErrorMessage().startswith("truncated body"):  # counted by the middleware
                if request.meta.get("newsarchive_kind") == "article":
                    keys = self.refused_keys(request)
                    ref = request.meta.get(WARC_REF)  # written to the WARC file before it was refused
                    fetched = self.source.canonical(request.url)
                    for key in keys | {fetched}:
                        if key in keys:
                            self.refused_captures[key] = "truncated"
                        self.refused_where[key] = (str(ref[0]), int(ref[1])) if ref else ("", None)
                    declared = next(iter(sorted(keys - {fetched})), "")
                    self.refused_requests[fetched] = ("truncated", declared, self.edition_day(request))
                # A further e-paper page that never closes: said so, and the note's advice follows
                # from it (archive.items.incomplete_advice), as the first page's failure says it.
                unclosed = UNCLOSED_WHY in failure.getErrorMessage()
                yield from self.part_missing(request, UNCLOSED_PART if unclosed else "truncated")
            return
        self.count(f"failed/{reason}")
        response = getattr(failure.value, "response", None)
        # Scrapy's HttpError says "Ignoring non-200 response", which names no status: say which.
        why = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()[:200]
        self.logger.warning("cannot fetch %s: %s", request.url, why)
        yield from self.part_missing(request, reason)

    def refused_keys(self, request: scrapy.Request) -> set[str]:
        """Return the URLs a refused article capture may be stored under: its request's, and the key
        its page's ``rel=canonical`` gives (read from the refused head), as the store keys articles.
        """
        keys = {self.source.canonical(request.url)}
        if declared := request.meta.get(DECLARED_CANONICAL):
            keys.add(article_key(ArticleItem(url=request.url, canonical_url=declared), self.source))
        return keys

    def edition_day(self, request: scrapy.Request) -> str:
        """Return the edition date (ISO) ``request`` was made for ("" when it belongs to none)."""
        return ""

    def part_missing(self, request: scrapy.Request, reason: str, url: str = "") -> Iterator[Any]:
        """Yield what records that ``request``'s page (``url``, else its own) was not archived.

        Nothing here but the counter; the e-paper spider notes it on the edition.
        """
        return iter(())

    def request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """Count a redirect back to a URL of its own chain (a loop the dupefilter ends silently)."""
        chain = request.meta.get("redirect_urls") or []
        if spider is self and request.url in chain:
            self.count("failed/redirect_loop")
            self.logger.warning("redirect loop: %s", " -> ".join([*chain, request.url])[:300])

    def discovery_failed(self, failure: Any) -> None:
        """Count a start page (sitemap, feed, listing) that could not be fetched."""
        self.count("failed/discovery")
        self.logger.warning("cannot fetch %s: %s", failure.request.url, failure.getErrorMessage()[:200])

    def parse_article(self, response: Response, **context: Any) -> Iterator[Any]:
        """Extract one article; pages that are not articles or cannot be decoded are counted."""
        if self.redirected_off_articles(response):
            # A login wall or the home page the site sends an article's request to: archived, it
            # became a new "article" under that page's URL, and the article itself was lost.
            self.count("failed/redirected")
            first = response.meta["redirect_urls"][0]
            self.logger.warning("article %s redirected to %s: not archived", first, response.url)
            if response.request is not None:
                yield from self.part_missing(response.request, f"redirected to {response.url}", first)
            return
        # Date too: the capture time that 昨天 16:21 is read against, as reprocess reads it from the WARC.
        headers = {
            name: _header(response, name) for name in ("Content-Type", "ETag", "Last-Modified", "Date")
        }
        try:
            item = extract_for_source(
                self.source, response.url, response.body, headers, context, fetched_at=datetime.now(UTC)
            )
        except UndecodablePage as exc:
            self.count("failed/undecodable")
            self.logger.warning("undecodable page %s: %s", response.url, exc)
            return
        except ErrorPage as exc:
            # The site's "page not found" template or a gateway error, sent with HTTP 200: the
            # article was not fetched, like a 404, so it counts as failed (and --resume retries it).
            self.count("failed/error_page")
            self.logger.warning("error page instead of an article %s: %s", response.url, exc)
            if response.request is not None:
                yield from self.part_missing(response.request, "error_page")
            return
        except ExtractionError as exc:
            self.count("skipped/not_article")
            self.logger.debug("not an article %s: %s", response.url, exc)
            return
        if item.encoding_fallback:
            self.count("encoding_fallback")
        if item.extracted_from:
            self.count(f"extracted/{item.extracted_from}")  # a shell's script state, not the markup
        # What was fetched to get the page: the store keeps these beside an article stored under
        # another URL (its rel=canonical), so --resume knows the edition's link for archived.
        item.fetch_urls = [*response.meta.get("redirect_urls", ()), response.url]
        yield item

"""Re-crawl cheaply: ask for archived articles conditionally, and skip those too old to change.

A downloader middleware (order 560). For an article request whose URL is in
the store, it adds ``If-None-Match`` / ``If-Modified-Since`` from the stored
``ETag`` / ``Last-Modified``; a ``304 Not Modified`` then costs one small
response and no parsing, and the articles' ``last_seen`` is updated in one
statement when the crawl ends. The revisit policy skips archived articles
published more than ``NEWSARCHIVE_REVISIT_DAYS`` days ago (0, the default,
re-checks them all); a source can set its own with ``politeness.revisit_days``
in ``sources.toml``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from archive.articles import touch_articles
from archive.config import resolve_db_url
from archive.engine import create_store_engine, make_session_factory
from archive.models import utcnow
from archive.queries import RevisitState, revisit_states
from archive.schema import ensure_schema

logger = logging.getLogger(__name__)
META_KEY = "newsarchive_conditional"


class RevisitMiddleware:
    """Make article re-visits conditional and apply the per-source revisit policy."""

    def __init__(self, crawler: Crawler, db_url: str, revisit_days: int) -> None:
        self.crawler = crawler
        self.db_url = db_url
        self.revisit_days = revisit_days
        self.states: dict[str, RevisitState] = {}
        self.not_modified: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_REVISIT_ENABLED"):
            raise NotConfigured("NEWSARCHIVE_REVISIT_ENABLED is off")
        middleware = cls(
            crawler,
            resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), settings.get("NEWSARCHIVE_HOME")),
            settings.getint("NEWSARCHIVE_REVISIT_DAYS"),
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        source = getattr(spider, "source", None)
        if source is None:
            return
        days = source.politeness.get("revisit_days", self.revisit_days)
        self.revisit_days = int(days) if isinstance(days, int | float | str) and str(days).isdigit() else 0
        engine = create_store_engine(self.db_url)
        try:
            ensure_schema(engine)
            with make_session_factory(engine)() as session:
                self.states = revisit_states(session, source.id)
        finally:
            engine.dispose()

    def _count(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newsarchive/{key}")

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        source = getattr(spider, "source", None)
        if not self.states or source is None or request.meta.get("newsarchive_kind") != "article":
            return
        key = source.canonical(request.url)
        state = self.states.get(key)
        if state is None:
            return
        if self.revisit_days > 0:
            born = state.published_at or state.first_seen
            if born < utcnow() - timedelta(days=self.revisit_days):
                self._count("skipped/revisit_policy")
                raise IgnoreRequest(f"archived and older than {self.revisit_days} days: {key}")
        if state.etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = state.etag
        if state.last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = state.last_modified
        request.meta[META_KEY] = key

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Any:
        key = request.meta.get(META_KEY)
        if key and response.status == 304:
            self.not_modified.add(key)
            self._count("articles/not_modified")
            self._count("articles/unchanged")
            raise IgnoreRequest(f"not modified: {key}")
        return response

    def spider_closed(self, spider: Spider | None = None) -> None:
        if not self.not_modified:
            return
        engine = create_store_engine(self.db_url)
        try:
            with make_session_factory(engine).begin() as session:
                touch_articles(session, self.not_modified)
        finally:
            engine.dispose()

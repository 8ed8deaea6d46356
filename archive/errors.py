"""The crawler package's exception base: each maps to one line at the CLI."""

from __future__ import annotations


class CrawlerError(Exception):
    """Base of every error the crawler package raises on purpose."""


class ConfigError(CrawlerError):
    """A source registry or setting is invalid (the message names source and key)."""


class StoreError(CrawlerError):
    """The archive database cannot be opened or written."""


class NotFound(StoreError):
    """No record has the id asked for: the CLI exits NO_RESULTS, as an empty search."""


class ExtractionError(CrawlerError):
    """A page cannot be turned into an article (not an article, undecodable...)."""


class UndecodablePage(ExtractionError):
    """No encoding gives readable text for the page: it is counted, not stored."""


class NormalizeError(CrawlerError):
    """Text or a PDF cannot be normalised (unreadable PDF, empty input)."""


class ErrorPage(ExtractionError):
    """The page is a site's error page served with HTTP 200 ("页面不存在"): a failed fetch, not an article."""

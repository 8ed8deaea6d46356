"""Never let a truncated body through as a good page.

Scrapy accepts several kinds of cut-off bodies as ordinary responses:

* a gzip/deflate/brotli body cut short, with a ``Content-Length`` that matches
  the cut: its gunzip returns "as much as possible" without complaint;
* a body whose connection closed before ``Content-Length`` was reached, when
  ``DOWNLOAD_FAIL_ON_DATALOSS`` is off (flag ``dataloss``);
* a body without ``Content-Length`` ended by the connection closing (flag
  ``partial``): legitimate for HTTP/1.0-style servers, so such an HTML body is
  accepted only when it reaches its closing ``</html>`` or ``</body>`` tag, or ends
  whole without one.

* an e-paper edition page cut short at the origin (a CMS that wrote half a
  file), served whole with a ``Content-Length`` that matches the cut: an HTML
  page that opens its document and ends before closing it. Taken, its edition
  read "found" with the pages and articles its cut list no longer named. A page
  that never closes (HTML5 allows it) but ends whole, its footer read, is taken
  (``archive.truncation.ends_unclosed_but_whole``); a paper whose pages also
  leave a container open or print no footer sets ``NEWSARCHIVE_UNCLOSED_PAGES``.

This middleware sits just outside ``HttpCompressionMiddleware`` (it sees the
raw encoded bytes) and turns each of these into an ``IgnoreRequest`` counted as
``failed/truncated``, so no truncated page reaches extraction or the store;
an e-paper edition page cut short is recorded as a failed edition.
"""

from __future__ import annotations

from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from archive.truncation import (
    content_encodings,
    cut_without_length,
    decoded_body,
    document_cut_short,
    encoded_body_complete,
    html_looks_complete,
    readable_head,
)
from crawler.extract import canonical_in_markup
from crawler.middlewares.refresh import follows_refresh

# Where a refused page's head said it lives (its ``rel=canonical``), when it said: the spider notes the
# refusal under the URL the article is stored under, which may be that one rather than the request's.
DECLARED_CANONICAL = "newsarchive_declared_canonical"

# Why an edition page that never closes is refused, and what to do when the paper's whole pages never do.
UNCLOSED_WHY = (
    "the edition page ends without its closing tag: cut short at the origin? "
    "if the paper never closes its pages, set NEWSARCHIVE_UNCLOSED_PAGES = true in its [source.settings]"
)

# The request kinds (``newsarchive_kind``) of e-paper pages: an edition's first page, its other pages.
EDITION_PAGE_KINDS = ("edition", "page")

__all__ = ["TruncationMiddleware", "encoded_body_complete", "html_looks_complete"]


class TruncationMiddleware:
    """Refuse responses whose body was cut short (counted as ``failed/truncated``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        # Read once: the source's [source.settings] are applied before the engine builds this.
        self.unclosed_pages = crawler.settings.getbool("NEWSARCHIVE_UNCLOSED_PAGES")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _truncated(
        self, request: Request, why: str, response: Response, encodings: list[str]
    ) -> IgnoreRequest:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newsarchive/failed/truncated")
        head = readable_head(response.body, encodings)
        if declared := canonical_in_markup(head.decode("utf-8", "replace")):
            request.meta[DECLARED_CANONICAL] = declared
        return IgnoreRequest(f"truncated body ({why}): {request.url}")

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        """Return ``response`` unless its body is truncated, in which case raise ``IgnoreRequest``."""
        if request.method == "HEAD" or response.status in (204, 304):
            return response
        encodings = content_encodings(
            v.decode("latin-1") for v in response.headers.getlist(b"Content-Encoding")
        )
        if "dataloss" in response.flags:
            why = "connection closed before Content-Length was reached"
            raise self._truncated(request, why, response, encodings)
        if response.body and not encoded_body_complete(response.body, encodings):
            raise self._truncated(request, f"{encodings[-1]} stream ends early", response, encodings)
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if cut_without_length(response.flags, content_type, encodings, response.body):
            raise self._truncated(request, "no Content-Length and no closing tag", response, encodings)
        if self.unclosed_pages:
            return response
        cut = _edition_page_cut(request, response, content_type, encodings)
        # A stub that only redirects (<html><head><meta http-equiv="refresh" ...>) needs no closing tag:
        # its page list is the target's, and refused it failed its edition for good.
        if cut is not None and not follows_refresh(self.crawler.settings, request.url, cut):
            raise self._truncated(request, UNCLOSED_WHY, response, encodings)
        return response


def _edition_page_cut(
    request: Request, response: Response, content_type: str, encodings: list[str]
) -> bytes | None:
    """Return an e-paper page's decoded body when, served whole (2xx, HTML), it ends unclosed (else None).

    Only edition pages: their list of pages and articles is the edition's, and a cut one is taken
    for the whole edition. An article cut so is refused against the stored text (``worse_capture``);
    an error page (a 404 saying "no edition") is judged by its status, not its end.
    """
    if request.meta.get("newsarchive_kind") not in EDITION_PAGE_KINDS or not 200 <= response.status < 300:
        return None
    if content_type and "html" not in content_type.lower():
        return None
    decoded = decoded_body(response.body, encodings)
    return decoded if decoded is not None and document_cut_short(decoded) else None

"""Never let a truncated body through as a good page.

Scrapy accepts several kinds of cut-off bodies as ordinary responses:

* a gzip/deflate/brotli body cut short, with a ``Content-Length`` that matches
  the cut: its gunzip returns "as much as possible" without complaint;
* a body whose connection closed before ``Content-Length`` was reached, when
  ``DOWNLOAD_FAIL_ON_DATALOSS`` is off (flag ``dataloss``);
* a body without ``Content-Length`` ended by the connection closing (flag
  ``partial``): legitimate for HTTP/1.0-style servers, so such an HTML body is
  accepted only when it reaches its closing ``</html>`` or ``</body>`` tag.

This middleware sits just outside ``HttpCompressionMiddleware`` (it sees the
raw encoded bytes) and turns each of these into an ``IgnoreRequest`` counted as
``failed/truncated``, so no truncated page reaches extraction or the store;
an e-paper edition page cut short is recorded as a failed edition.
"""

from __future__ import annotations

import zlib
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

try:  # brotli is a project dependency; be tolerant when it is absent
    import brotli
except ImportError:  # pragma: no cover
    brotli = None

_CHUNK = 64 * 1024
_HTML_END = (b"</html", b"</body", b"</HTML", b"</BODY")


def _zlib_complete(body: bytes, wbits: int) -> bool:
    # Decompress in bounded chunks and throw the output away: only the end-of-stream marker matters.
    decoder = zlib.decompressobj(wbits)
    data = body
    try:
        while data and not decoder.eof:
            decoder.decompress(data, _CHUNK)
            data = decoder.unconsumed_tail
        decoder.flush()
    except zlib.error:
        return False
    return decoder.eof


def _brotli_complete(body: bytes) -> bool:
    if brotli is None:  # pragma: no cover
        return True
    decoder = brotli.Decompressor()
    try:
        decoder.process(body)
    except brotli.error:
        return False
    return bool(decoder.is_finished())


def encoded_body_complete(body: bytes, encodings: list[str]) -> bool:
    """Tell whether a content-encoded body reaches its end-of-stream marker in each layer.

    Only the outermost layer is checked when several are stacked; that is the
    one a truncated transfer cuts.
    """
    if not encodings:
        return True
    outer = encodings[-1]
    if outer in ("gzip", "x-gzip"):
        return _zlib_complete(body, 16 + zlib.MAX_WBITS)
    if outer == "deflate":
        return _zlib_complete(body, zlib.MAX_WBITS) or _zlib_complete(body, -zlib.MAX_WBITS)
    if outer == "br":
        return _brotli_complete(body)
    return True


def html_looks_complete(body: bytes) -> bool:
    """Tell whether an (unencoded) HTML body reaches its closing tag."""
    tail = body[-2048:]
    return any(tag in tail for tag in _HTML_END)


class TruncationMiddleware:
    """Refuse responses whose body was cut short (counted as ``failed/truncated``)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _truncated(self, request: Request, why: str) -> IgnoreRequest:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newsarchive/failed/truncated")
        return IgnoreRequest(f"truncated body ({why}): {request.url}")

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        """Return ``response`` unless its body is truncated, in which case raise ``IgnoreRequest``."""
        if request.method == "HEAD" or response.status in (204, 304):
            return response
        if "dataloss" in response.flags:
            raise self._truncated(request, "connection closed before Content-Length was reached")
        encodings = [
            e.strip().lower()
            for value in response.headers.getlist(b"Content-Encoding")
            for e in value.decode("latin-1").split(",")
            if e.strip() and e.strip().lower() != "identity"
        ]
        if response.body and not encoded_body_complete(response.body, encodings):
            raise self._truncated(request, f"{encodings[-1]} stream ends early")
        if "partial" in response.flags and not encodings:
            content_type = (response.headers.get(b"Content-Type") or b"").lower()
            if (b"html" in content_type or not content_type) and not html_looks_complete(response.body):
                raise self._truncated(request, "no Content-Length and no closing tag")
        return response

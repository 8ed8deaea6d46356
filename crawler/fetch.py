"""Fetch one page outside a crawl, under the crawl's safety rules (``newsarchive extract URL``).

An archivist trying a new site wants to see what the extractor makes of one
live page without scheduling a crawl. The fetch applies what the crawl's
address guard applies (:mod:`crawler.middlewares.safety`): http(s) only; the
host is resolved first, through the same injectable resolver
(``NEWSARCHIVE_RESOLVER``), and refused unless every address is public or in
``NEWSARCHIVE_ALLOWED_NETWORKS``; the connection then goes to the address that
was checked (no second lookup a rebinding DNS could answer differently); every
redirect hop is checked again. Size and time limits are the crawl's
``DOWNLOAD_MAXSIZE`` and ``DOWNLOAD_TIMEOUT``, the request headers its own
(:func:`request_headers`: ``USER_AGENT`` and ``DEFAULT_REQUEST_HEADERS``).
robots.txt is not consulted: this is one page a person asked for, as with
``curl`` or ``trafilatura -u``.
"""

from __future__ import annotations

import gzip
import http.client
import ipaddress
import socket
import ssl
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

from archive.errors import CrawlerError
from crawler.middlewares.safety import ALLOWED_SCHEMES, IPNetwork, address_refusal, refused_host

__all__ = [
    "FetchError",
    "FetchRefused",
    "Fetched",
    "checked_address",
    "fetch_page",
    "request_at",
    "request_headers",
]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# The encodings _decode_body reads, as Scrapy's HttpCompressionMiddleware offers its own.
ACCEPT_ENCODING = "gzip, deflate, br"


def request_headers(settings: Any) -> dict[str, str]:
    """Return the headers a crawl under Scrapy ``settings`` sends with every request.

    Scrapy's ``DEFAULT_REQUEST_HEADERS`` (Accept, Accept-Language, and whatever
    ``-s DEFAULT_REQUEST_HEADERS=...`` gives: a Referer or a Cookie a site
    wants), ``USER_AGENT``, and the encodings read here. One page fetched
    outside a crawl (``extract URL``, ``sources add``) must be asked for as the
    crawl asks: a site that answers by Accept-Language or Referer would
    otherwise show the archivist another page than the crawl archives.
    """
    headers = {
        str(name): str(value)
        for name, value in settings.getdict("DEFAULT_REQUEST_HEADERS").items()
        if value is not None
    }
    headers["User-Agent"] = str(settings.get("USER_AGENT") or "")
    headers["Accept-Encoding"] = ACCEPT_ENCODING
    return headers


class FetchError(CrawlerError):
    """The page could not be fetched (network error, HTTP error, too large)."""


class FetchRefused(FetchError):
    """The safety rules refused the URL or one of its redirect hops before any connection."""


@dataclass
class Fetched:
    """One fetched page."""

    url: str  # after redirects
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime
    # The server's Date header (""): the capture time the crawl and reprocess resolve 昨天/今天 against.
    date: str = ""


def os_reason(exc: BaseException) -> str:
    """Return the system's reason for a failed connection or lookup, without Python's ``[Errno 111]``."""
    reason = exc.strerror if isinstance(exc, OSError) else None
    return reason or str(exc) or exc.__class__.__name__


def _addresses(host: str, resolver: Callable[[str], Sequence[str]]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass
    try:
        return list(resolver(host))
    except OSError as exc:
        raise FetchRefused(f"refused: cannot resolve {host}: {os_reason(exc)}") from None


def checked_address(url: str, allowed: Sequence[IPNetwork], resolver: Callable[[str], Sequence[str]]) -> str:
    """Return the address to connect to for ``url``, or raise :class:`FetchRefused`.

    The one place, outside a crawl's middleware, that refuses loopback, private
    and link-local addresses: every client that fetches outside Scrapy (this
    module, discovery) asks here, then connects to the address returned
    (:func:`request_at`), never to the name again.
    """
    try:  # "http://[bad" and a port past 65535 raise ValueError (a redirect can name either)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its check
    except ValueError as exc:
        raise FetchRefused(f"refused {url}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchRefused(f"refused {url}: scheme {parts.scheme or '(none)'!r} is not http(s)")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchRefused(f"refused {url}: no host")
    addresses = _addresses(host, resolver)
    if not addresses:
        raise FetchRefused(f"refused {url}: {host} resolves to no address")
    for address in addresses:
        why = address_refusal(address, allowed)
        if why:
            said = refused_host(host, address, why)
            raise FetchRefused(f"refused {url}: {said} (allow it with NEWSARCHIVE_ALLOWED_NETWORKS)")
    return addresses[0]


def _decode_body(raw: bytes, encoding: str, max_size: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    try:
        if encoding in ("gzip", "x-gzip"):
            data = gzip.decompress(raw)
        elif encoding == "deflate":
            try:
                data = zlib.decompress(raw)
            except zlib.error:
                data = zlib.decompress(raw, -zlib.MAX_WBITS)
        elif encoding == "br":
            import brotli

            data = brotli.decompress(raw)
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
    except (OSError, zlib.error, EOFError) as exc:
        raise FetchError(f"damaged {encoding} body: {exc}") from None
    if len(data) > max_size:
        raise FetchError(f"page larger than DOWNLOAD_MAXSIZE ({max_size} bytes) once decompressed")
    return data


def request_at(
    url: str, address: str, *, timeout: float, max_size: int, headers: Mapping[str, str]
) -> tuple[int, dict[str, str], bytes]:
    """GET ``url`` from ``address`` (from :func:`checked_address`) with request ``headers`` (from
    :func:`request_headers`): status, response headers (lower-case), body.

    Redirects are not followed (each hop must be checked first); the body is
    decompressed and capped at ``max_size``. Raise :class:`FetchError` when no
    answer comes.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        sock = socket.create_connection((address, port), timeout=timeout)
        connection: http.client.HTTPConnection
        if parts.scheme == "https":
            context = ssl.create_default_context()
            connection = http.client.HTTPSConnection(host, port, timeout=timeout, context=context)
            connection.sock = context.wrap_socket(sock, server_hostname=host)
        else:
            connection = http.client.HTTPConnection(host, port, timeout=timeout)
            connection.sock = sock
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        connection.request("GET", path, headers={**headers, "Accept-Encoding": ACCEPT_ENCODING})
        response = connection.getresponse()
        raw = response.read(max_size + 1)
        found = {k.lower(): v for k, v in response.getheaders()}
        connection.close()
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"cannot fetch {url}: {os_reason(exc)}") from None
    if len(raw) > max_size:
        raise FetchError(f"page larger than DOWNLOAD_MAXSIZE ({max_size} bytes)")
    return response.status, found, _decode_body(raw, found.get("content-encoding", ""), max_size)


def fetch_page(
    url: str,
    *,
    allowed: Sequence[IPNetwork],
    resolver: Callable[[str], Sequence[str]],
    timeout: float = 30.0,
    max_size: int = 16 * 1024 * 1024,
    headers: Mapping[str, str] | None = None,
    max_redirects: int = 5,
) -> Fetched:
    """Fetch ``url`` (following up to ``max_redirects`` checked redirects); raise FetchError on failure.

    ``headers`` are the request's (:func:`request_headers` of the crawl's settings).
    """
    sent = dict(headers) if headers is not None else {"User-Agent": "newsarchive"}
    # An address as people paste it (/shtml/临江/77082.shtml) is sent percent-encoded, as browsers
    # and Scrapy's requests send it: http.client refuses non-ASCII in the request line.
    url = safe_url_string(url)
    for _ in range(max_redirects + 1):
        address = checked_address(url, allowed, resolver)
        status, found, body = request_at(url, address, timeout=timeout, max_size=max_size, headers=sent)
        if status in _REDIRECTS and found.get("location"):
            url = safe_url_string(urljoin(url, found["location"]))
            continue
        if status >= 400:
            raise FetchError(f"cannot fetch {url}: HTTP {status}")
        return Fetched(url, status, found.get("content-type"), body, datetime.now(UTC), found.get("date", ""))
    raise FetchError(f"cannot fetch {url}: more than {max_redirects} redirects")

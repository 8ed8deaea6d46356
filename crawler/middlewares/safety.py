"""Refuse requests to loopback, private and link-local addresses, and non-HTTP schemes.

A source URL, a link on a page or any redirect hop could point the crawler at
the machine it runs on or at the local network (SSRF). Every request passes
through :class:`AddressGuardMiddleware`, redirect hops included, because
Scrapy's redirect middleware hands each hop back to the scheduler. Host names
are resolved *before* connecting, through an injectable resolver, so tests can
map a name to a private address and check that no connection is attempted.

Only addresses in ``NEWSARCHIVE_ALLOWED_NETWORKS`` (empty by default) are
exempt; tests, the demo and benchmarks set it to ``127.0.0.1/32``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.misc import load_object
from twisted.internet.threads import deferToThread

from archive.errors import ConfigError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str], Sequence[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})


class RefusedRequest(IgnoreRequest):
    """A request the guard refused; the message says why (scheme or address)."""


def system_resolve(host: str) -> list[str]:
    """Resolve ``host`` with the system resolver (blocking; the middleware runs it in a thread)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


def parse_networks(value: Iterable[str] | str | None) -> tuple[IPNetwork, ...]:
    """Parse an allowlist such as ``"127.0.0.1/32,::1/128"``; a bad entry is a ConfigError."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    networks: list[IPNetwork] = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError as exc:
            raise ConfigError(f"NEWSARCHIVE_ALLOWED_NETWORKS: not a network: {item!r}") from exc
    return tuple(networks)


def is_public(address: IPAddress) -> bool:
    """Tell whether ``address`` is a public unicast address (what a news site has)."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public(mapped)
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_unspecified)


def address_refusal(address: str, allowed: Sequence[IPNetwork]) -> str:
    """Return why ``address`` is refused, or "" when it may be fetched."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"unparseable address {address!r}"
    if any(ip in network for network in allowed):
        return ""
    if is_public(ip):
        return ""
    return f"non-public address {ip}"


def refused_host(host: str, address: str, why: str) -> str:
    """Say why ``host`` is refused: an address typed as the host is not said to resolve to itself.

    ``news.internal.test resolves to a non-public address 10.20.30.40``, but
    ``127.0.0.1 is a non-public address`` (it read "127.0.0.1 resolves to a non-public address 127.0.0.1").
    """
    if host.strip("[]") == address:
        return f"{host} is a {why.removesuffix(' ' + address)}"
    return f"{host} resolves to a {why}"


class AddressGuardMiddleware:
    """Refuse each request whose scheme is not http(s) or whose host is not public.

    Resolutions are cached for the crawl: a host that changes its answer in the
    middle of a crawl is rarer than the cost of asking again for every page.
    """

    def __init__(self, crawler: Crawler, allowed: Sequence[IPNetwork], resolver: Resolver) -> None:
        self.crawler = crawler
        self.allowed = tuple(allowed)
        self.resolver = resolver
        self._verdicts: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        resolver = settings.get("NEWSARCHIVE_RESOLVER") or system_resolve
        if isinstance(resolver, str):
            resolver = load_object(resolver)
        return cls(crawler, parse_networks(settings.get("NEWSARCHIVE_ALLOWED_NETWORKS")), resolver)

    def _refuse(self, request: Request, kind: str, why: str) -> RefusedRequest:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newsarchive/refused/{kind}")
        return RefusedRequest(f"refused {request.url}: {why}")

    async def process_request(self, request: Request, spider: Any = None) -> None:
        """Raise :class:`RefusedRequest` (an ``IgnoreRequest``) for a forbidden target."""
        parts = urlsplit(request.url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise self._refuse(request, "scheme", f"scheme {parts.scheme or '(none)'!r} is not http(s)")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise self._refuse(request, "address", "no host")
        verdict = self._verdicts.get(host)
        if verdict is None:
            try:
                addresses = await self._resolve(host)
            except OSError as exc:
                # Not cached: a DNS hiccup must not condemn the host for the whole crawl.
                # Refused rather than passed on, since Scrapy's own resolver might answer differently.
                raise self._refuse(request, "dns", f"cannot resolve {host}: {exc}") from None
            verdict = self._judge(host, addresses)
            self._verdicts[host] = verdict
        if verdict:
            raise self._refuse(request, "address", verdict)

    async def _resolve(self, host: str) -> Sequence[str]:
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        # The resolver blocks (getaddrinfo): run it in the reactor's thread pool.
        return await maybe_deferred_to_future(deferToThread(self.resolver, host))

    def _judge(self, host: str, addresses: Sequence[str]) -> str:
        if not addresses:
            return f"{host} resolves to no address"
        for address in addresses:
            why = address_refusal(address, self.allowed)
            if why:
                return refused_host(host, address, why)
        return ""

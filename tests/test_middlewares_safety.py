"""The address guard: loopback, private and link-local targets and non-HTTP schemes are refused."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.http import Request
from sitegen.fakes import fake_crawler

from archive.errors import ConfigError
from crawler.middlewares.safety import AddressGuardMiddleware, RefusedRequest, address_refusal, parse_networks

LOOPBACK = parse_networks("127.0.0.1/32")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.0.0.2",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::5",
        "::ffff:10.0.0.1",
        "::ffff:127.0.0.1",
        "224.0.0.251",
        "2002:0a00:0001::1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert address_refusal(address, ()) != ""


def test_allowlist_admits_only_its_networks() -> None:
    assert address_refusal("127.0.0.1", LOOPBACK) == ""
    assert "non-public" in address_refusal("127.0.0.2", LOOPBACK)
    assert "non-public" in address_refusal("10.0.0.1", LOOPBACK)


def test_public_addresses_pass_without_allowlist() -> None:
    # Pure address classification: nothing is fetched.
    assert address_refusal("8.8.8.8", ()) == ""
    assert address_refusal("2400:da00::1", ()) == ""
    assert address_refusal("203.0.113.5", ()) != ""  # documentation range, not routable


def test_bad_allowlist_is_a_one_line_config_error() -> None:
    with pytest.raises(ConfigError, match="NEWSARCHIVE_ALLOWED_NETWORKS: not a network: 'loopback'"):
        parse_networks("127.0.0.1/32, loopback")
    assert parse_networks(["127.0.0.1/32", "::1/128"])[1].version == 6


def _guard(
    resolved: dict[str, list[str]] | None = None, allowed: str = ""
) -> tuple[AddressGuardMiddleware, list[str]]:
    asked: list[str] = []

    def resolve(host: str) -> list[str]:
        asked.append(host)
        return (resolved or {})[host]

    crawler = fake_crawler({"NEWSARCHIVE_ALLOWED_NETWORKS": allowed})
    return AddressGuardMiddleware(crawler, parse_networks(allowed), resolve), asked


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "data:text/html,<p>x</p>", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/"]
)
def test_non_http_schemes_are_refused(url: str) -> None:
    guard, asked = _guard(allowed="127.0.0.1/32")
    with pytest.raises(RefusedRequest, match="is not http"):
        asyncio.run(guard.process_request(Request(url)))
    assert guard.crawler.stats.values["newsarchive/refused/scheme"] == 1
    assert asked == []


def test_ip_literals_are_judged_without_resolving() -> None:
    guard, asked = _guard(allowed="127.0.0.1/32")
    assert asyncio.run(guard.process_request(Request("http://127.0.0.1:8000/a.html"))) is None
    for url in ("http://127.0.0.2:8000/", "http://[::1]:8000/", "http://169.254.169.254/latest/meta-data/"):
        with pytest.raises(RefusedRequest, match="non-public address"):
            asyncio.run(guard.process_request(Request(url)))
    assert asked == []
    assert guard.crawler.stats.values["newsarchive/refused/address"] == 3


def test_a_name_is_refused_if_any_of_its_addresses_is_private() -> None:
    guard, _ = _guard({"a.test": ["127.0.0.1"], "b.test": ["127.0.0.1", "10.9.9.9"]}, allowed="127.0.0.1/32")
    assert guard._judge("a.test", ["127.0.0.1"]) == ""
    assert "10.9.9.9" in guard._judge("b.test", ["127.0.0.1", "10.9.9.9"])
    assert "no address" in guard._judge("c.test", [])

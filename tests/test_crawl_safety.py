"""Crawl-level safety: redirect hops and names that resolve to private addresses are refused.

Names are resolved by a stub (``sitegen.resolvers.stub_resolve``), never by
DNS; no request ever leaves 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitegen.crawl import crawl
from sitegen.serve import serve_site

from crawler.sources import parse_source

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

STUB = "sitegen.resolvers.stub_resolve"


@pytest.fixture(scope="module")
def trap_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A listing whose links redirect to a private name, to 127.0.0.2 and to file:, plus one good page."""
    root = tmp_path_factory.mktemp("trapsite")
    go = root / "go"
    go.mkdir()
    links = "".join(f'<a href="/go/content_{n}.htm">{n}</a>' for n in range(1, 5))
    (go / "index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    (go / "ok.htm").write_text("<html><body><p>ok</p></body></html>", encoding="utf-8")
    rules = {
        "/go/content_1.htm": {"status": 302, "headers": {"Location": "http://news.internal.test:8080/x.htm"}},
        "/go/content_2.htm": {"status": 302, "headers": {"Location": "http://127.0.0.2:9/x.htm"}},
        "/go/content_3.htm": {"status": 302, "headers": {"Location": "file:///etc/passwd"}},
        "/go/content_4.htm": {"status": 302, "headers": {"Location": "http://unknown-name.test/x.htm"}},
    }
    (root / "_headers.json").write_text(json.dumps(rules), encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    with serve_site(root) as url:
        yield url


def _source(url: str, *starts: str) -> object:
    return parse_source(
        {
            "id": "trap",
            "kind": "listing",
            "start_urls": [url + s for s in starts],
            "article_patterns": ["content_"],
        }
    )


def test_redirect_hops_to_private_targets_are_refused_before_connecting(
    trap_site: str, tmp_path: Path
) -> None:
    result = crawl(_source(trap_site, "/go/index.html"), tmp_path, NEWSARCHIVE_RESOLVER=STUB)
    c = result.counters
    assert c["refused/address"] == 2  # news.internal.test -> 10.20.30.40, and 127.0.0.2
    assert c["refused/dns"] == 1  # the stub knows no such name: refused, not looked up elsewhere
    # Only loopback answers were received: robots.txt, the listing and the four redirects.
    assert c["downloader/response_count"] == 6
    assert c["downloader/response_status_count/302"] == 4
    assert not [k for k in c if "Connection" in k or "DNSLookup" in k or "TimeoutError" in k]
    assert result.articles == []


def test_loopback_is_refused_unless_allowlisted(trap_site: str, tmp_path: Path) -> None:
    result = crawl(_source(trap_site, "/go/index.html"), tmp_path, NEWSARCHIVE_ALLOWED_NETWORKS="")
    assert result.counters["refused/address"] >= 1
    assert result.counters.get("downloader/response_count", 0) == 0


def test_a_source_name_resolving_to_a_private_address_is_refused(trap_site: str, tmp_path: Path) -> None:
    source = _source("http://paper.internal.test:8080", "/go/index.html")
    result = crawl(source, tmp_path, NEWSARCHIVE_RESOLVER=STUB)
    assert result.counters["refused/address"] == 1
    assert result.counters["failed/discovery"] == 1
    assert result.counters.get("downloader/response_count", 0) == 0

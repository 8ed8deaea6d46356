"""Discovery's HTTP client keeps the crawl's rules: address guard on every hop, robots.txt, budget, caps."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawler.discover.fetch import FetchBudgetExhausted, Fetcher, FetchRefused
from crawler.runner import crawl_settings
from crawler.sample_site.server import serve_in_thread

LOOPBACK = {"NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32", "AUTOTHROTTLE_ENABLED": False}


def _site(root: Path, robots: str = "User-agent: *\nDisallow: /private/\n", rules: Any = None) -> Path:
    (root / "private").mkdir(parents=True)
    (root / "robots.txt").write_text(robots, encoding="utf-8")
    (root / "page.htm").write_text("<html><title>页</title></html>", encoding="utf-8")
    (root / "private" / "x.htm").write_text("secret", encoding="utf-8")
    (root / "big.htm").write_bytes(b"x" * 5000)
    if rules:
        (root / "_headers.json").write_text(json.dumps(rules), encoding="utf-8")
    return root


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    rules = {
        "/hop": {"status": 302, "headers": {"Location": "http://db.internal.test/admin"}},
        "/local": {"status": 302, "headers": {"Location": "/page.htm"}},
    }
    with serve_in_thread(_site(tmp_path / "site", rules=rules)) as url:
        yield url


def _fetcher(budget: int = 20, **settings: Any) -> Fetcher:
    return Fetcher(crawl_settings(overrides={**LOOPBACK, **settings}), budget=budget)


def test_loopback_is_refused_unless_allowed(site: str) -> None:
    # The address typed as the host is not said to resolve to itself.
    with pytest.raises(FetchRefused, match=r": 127\.0\.0\.1 is a non-public address \(allow it with"):
        Fetcher(crawl_settings(), budget=5).get(site + "/page.htm")
    fetcher = _fetcher()
    answer = fetcher.get(site + "/page.htm")
    assert answer.ok and answer.text().startswith("<html><title>页")
    assert fetcher.requests == 2  # robots.txt, then the page


def test_robots_txt_is_obeyed_and_its_sitemaps_read(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", robots="User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n")
    with serve_in_thread(root) as url:
        fetcher = _fetcher()
        with pytest.raises(FetchRefused, match=r"forbidden by robots\.txt"):
            fetcher.get(url + "/private/x.htm")
        assert fetcher.robots(url + "/").sitemaps == [url + "/sitemap.xml"]


def test_a_failing_robots_txt_means_not_now(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", rules={"/robots.txt": {"status": 503}})
    with serve_in_thread(root) as url, pytest.raises(FetchRefused, match=r"unavailable \(HTTP 503\)"):
        _fetcher().get(url + "/page.htm")


def test_every_redirect_hop_passes_the_guard(site: str) -> None:
    fetcher = _fetcher(NEWSARCHIVE_RESOLVER="sitegen.resolvers.stub_resolve")
    assert fetcher.get(site + "/local").url == site + "/page.htm"
    with pytest.raises(
        FetchRefused, match=r"db\.internal\.test resolves to a non-public address 10\.20\.30\.40"
    ):
        fetcher.get(site + "/hop")


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record every address a connection is opened to (whichever client opens it)."""
    seen: list[Any] = []
    real = socket.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    return seen


def test_a_name_resolving_to_a_private_address_is_refused_before_any_connection(
    connections: list[Any],
) -> None:
    from sitegen.resolvers import RESOLVED

    fetcher = _fetcher(NEWSARCHIVE_RESOLVER="sitegen.resolvers.stub_resolve", ROBOTSTXT_OBEY=False)
    with pytest.raises(
        FetchRefused, match=r"news\.internal\.test resolves to a non-public address 10\.20\.30\.40"
    ):
        fetcher.get("http://news.internal.test/e/1.htm")
    assert "news.internal.test" in RESOLVED
    assert connections == [] and fetcher.requests == 0


def test_the_connection_goes_to_the_address_that_was_checked(site: str, connections: list[Any]) -> None:
    """The name is resolved once, by the guard's resolver: no second lookup a rebinding DNS could answer."""
    port = urlsplit(site).port
    fetcher = _fetcher(NEWSARCHIVE_RESOLVER="sitegen.resolvers.stub_resolve")
    answer = fetcher.get(f"http://paper.loop.test:{port}/page.htm")  # a name the system cannot resolve
    assert answer.ok and answer.text().startswith("<html><title>页")
    assert connections == [("127.0.0.1", port), ("127.0.0.1", port)]  # robots.txt, then the page


def test_budget_and_size_cap(site: str) -> None:
    fetcher = _fetcher(budget=2)
    fetcher.get(site + "/page.htm")
    with pytest.raises(FetchBudgetExhausted):
        fetcher.get(site + "/page.htm")
    capped = _fetcher(DOWNLOAD_MAXSIZE=1024).get(site + "/big.htm")
    assert capped.status == 0 and "DOWNLOAD_MAXSIZE" in capped.error


def test_politeness_delay_between_requests(site: str) -> None:
    waits: list[float] = []
    clock = iter(float(i) * 0.1 for i in range(100))
    fetcher = Fetcher(
        crawl_settings(overrides={**LOOPBACK, "DOWNLOAD_DELAY": 2.0}),
        budget=10,
        sleep=waits.append,
        clock=lambda: next(clock),
    )
    fetcher.get(site + "/page.htm")
    fetcher.get(site + "/page.htm")
    assert len(waits) == 2 and all(1.5 < w <= 2.0 for w in waits)


@pytest.mark.parametrize(
    ("url", "why"),
    [("http://[bad/e/1.htm", "Invalid IPv6 URL"), ("http://news.example.test:99999/", "Port out of range")],
)
def test_a_malformed_url_is_refused_in_words(url: str, why: str, connections: list[Any]) -> None:
    # urlsplit's ValueError escaped (`newsarchive extract 'http://[bad'`: "unexpected ValueError");
    # a redirect's Location can hold the same.
    from crawler import fetch

    with pytest.raises(fetch.FetchRefused, match=rf"refused .*: not a valid URL \({why}"):
        fetch.checked_address(url, [], lambda host: ["93.184.216.34"])
    assert connections == []


def test_probing_takes_a_header_clock_for_the_day_served_not_another_edition(tmp_path: Path) -> None:
    """``sources add`` read an unlabelled header clock (2016年7月25日 星期一, the day the page was
    served) as the edition's date line: each probed date's edition named "another date", so the
    latest edition came out as the page given. The crawl's rule (``answered_by`` with the day served)
    judges the probes too."""
    import re
    import shutil
    from datetime import date

    from crawler.discover.add import discover
    from crawler.sample_site import SITE_DIR

    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    for page in root.glob("html/*/*/node_*.htm"):  # no date of its own: a clock, undated page links
        html = page.read_text("utf-8")
        html = re.sub(r'<div class="date">.*?</div>', '<div class="top">2016年7月25日 星期一</div>', html)
        html = re.sub(r'<div class="pdf">.*?</div>|<img [^>]*>', "", html)
        page.write_text(html, "utf-8")
    with serve_in_thread(root) as url:
        found = discover(
            f"{url}/html/2016-07/20/node_1.htm", _fetcher(60, DOWNLOAD_DELAY=0), today=date(2016, 7, 25)
        )
    assert (found.first, found.last) == (date(2016, 7, 20), date(2016, 7, 21))


def test_an_empty_edition_page_is_not_called_an_unknown_url_family(tmp_path: Path) -> None:
    """Given the edition page of a day without an edition (a page that lists no page and no article),
    ``sources add`` said "not recognised: no e-paper URL family (Founder classic
    (html/YYYY-MM/DD/node_N.htm), ...)" of a URL of exactly that shape: the archivist looked for
    another system where the fix is another day's URL."""
    import shutil
    from datetime import date

    from crawler.discover.add import discover
    from crawler.discover.fetch import DiscoveryError
    from crawler.sample_site import SITE_DIR

    root = tmp_path / "site"
    shutil.copytree(SITE_DIR, root)
    empty = root / "html" / "2016-07" / "22" / "node_1.htm"
    empty.parent.mkdir(parents=True)
    empty.write_text("<html><head><title>城市晚报</title></head><body>本期无内容</body></html>", "utf-8")
    with serve_in_thread(root) as url, pytest.raises(DiscoveryError) as caught:
        discover(f"{url}/html/2016-07/22/node_1.htm", _fetcher(20, DOWNLOAD_DELAY=0), today=date(2016, 7, 25))
    message = str(caught.value)
    assert "no e-paper URL family" not in message, message
    assert message == (
        f"{url}/html/2016-07/22/node_1.htm: the URL is a Founder classic (html/YYYY-MM/DD/node_N.htm) "
        "edition page, but the page lists no page and no article (no edition that day?): "
        "give the URL of a day's edition that has articles, or the paper's home page"
    )

"""``newsarchive extract URL``: one page fetched under the crawl's safety rules, then extracted.

A loopback server (a subprocess on 127.0.0.1:0) serves the page; names are
resolved by a stub resolver, never by DNS, and a socket spy checks that a
refused target is never connected to.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sitegen.serve import serve_site

from search_cli import exitcodes
from search_cli.main import main
from tests.test_extract_capture_time import YESTERDAY

PAGES = Path(__file__).parent / "data" / "pages"
STUB = "NEWSARCHIVE_RESOLVER=sitegen.resolvers.stub_resolve"
ALLOW = "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32"


@pytest.fixture(autouse=True)
def _only_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("search_cli.main.COMMAND_MODULES", ["extract"])
    monkeypatch.delenv("NEWSARCHIVE_ALLOWED_NETWORKS", raising=False)
    monkeypatch.delenv("NEWSARCHIVE_RESOLVER", raising=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("urlsite")
    (root / "a.html").write_bytes((PAGES / "gbk-nocharset_1.html").read_bytes())
    (root / "临江").mkdir()
    (root / "临江" / "77082.html").write_bytes((PAGES / "gbk-nocharset_1.html").read_bytes())
    (root / "yesterday.html").write_bytes(YESTERDAY)
    rules = {
        # A page captured on 2 March 2019 that prints 昨天 16:21 (the server's own Date comes first).
        "/yesterday.html": {"headers": {"Date": "Sat, 02 Mar 2019 02:00:00 GMT"}},
        "/away.html": {"status": 302, "headers": {"Location": "http://news.internal.test/x.html"}},
        "/hop.html": {"status": 301, "headers": {"Location": "/a.html"}},
        "/gone.html": {"status": 404},
    }
    (root / "_headers.json").write_text(json.dumps(rules), encoding="utf-8")
    with serve_site(root) as url:
        yield url


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record every address the fetcher connects to."""
    seen: list[Any] = []
    real = socket.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr("crawler.fetch.socket.create_connection", spy)
    return seen


def test_allowed_loopback_page_is_fetched_and_extracted(
    site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", f"{site}/hop.html", "--json", "-s", ALLOW]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "全市防汛工作会议召开"
    assert data["encoding"] == "gb18030"
    assert data["url"] == f"{site}/a.html"  # after the (checked) redirect
    assert data["fetched_at"]


def test_allow_setting_from_the_environment(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_ALLOWED_NETWORKS", "127.0.0.1/32")
    assert main(["extract", f"{site}/a.html"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert out.startswith(f"url: {site}/a.html\n# 全市防汛工作会议召开\n")


def test_loopback_is_refused_by_default(
    site: str, capsys: pytest.CaptureFixture[str], connections: list[Any]
) -> None:
    assert main(["extract", f"{site}/a.html"]) == exitcodes.UNREACHABLE
    err = capsys.readouterr().err
    assert err.startswith("error: refused ") and "NEWSARCHIVE_ALLOWED_NETWORKS" in err
    assert err.count("\n") == 1
    assert connections == []


def test_name_resolving_to_a_private_address_is_never_connected(
    capsys: pytest.CaptureFixture[str], connections: list[Any]
) -> None:
    from sitegen.resolvers import RESOLVED

    code = main(["extract", "http://news.internal.test/a.html", "-s", STUB, "-s", ALLOW])
    assert code == exitcodes.UNREACHABLE
    assert "10.20.30.40" in capsys.readouterr().err
    assert "news.internal.test" in RESOLVED
    assert connections == []


def test_redirect_to_a_private_name_is_refused_before_connecting(
    site: str, capsys: pytest.CaptureFixture[str], connections: list[Any]
) -> None:
    assert main(["extract", f"{site}/away.html", "-s", STUB, "-s", ALLOW]) == exitcodes.UNREACHABLE
    assert "news.internal.test resolves to a non-public address 10.20.30.40" in capsys.readouterr().err
    assert [address[0] for address in connections] == ["127.0.0.1"]  # the first hop only


@pytest.mark.parametrize(
    ("target", "message"),
    [("/gone.html", "HTTP 404"), ("ftp://example.org/a.html", "only http(s)")],
)
def test_failures_are_one_line(
    site: str, target: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site + target if target.startswith("/") else target
    code = main(["extract", url, "-s", ALLOW])
    assert code in (exitcodes.UNREACHABLE, exitcodes.ERROR)
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def _registry(path: Path, site: str) -> Path:
    """A registry whose one source allows loopback in its own ``[source.settings]``, as the demo's does."""
    path.write_text(
        f'[[source]]\nid = "local"\nkind = "epaper"\n'
        f'templates = [{{ url = "{site}/{{date:%Y%m%d}}.html" }}]\n'
        'timezone = "Europe/London"\n[source.settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1/32"]\n',
        encoding="utf-8",
    )
    return path


def test_source_fetches_under_the_sources_own_settings(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extract URL`` ignored a registered source's settings: the demo's own article URL was refused as
    loopback though its source allows 127.0.0.1. ``--source ID`` fetches and extracts as its crawl does
    (its allowed networks, its time zone); without it the safety rule stands."""
    registry = str(_registry(tmp_path / "sources.toml", site))
    argv = ["extract", f"{site}/a.html", "--sources", registry, "--json"]
    assert main([*argv, "--source", "local"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "全市防汛工作会议召开"
    assert data["published_at"] == "2016-07-20T08:30:00+01:00"  # 08:30 read in the source's zone
    assert main(argv) == exitcodes.UNREACHABLE
    assert "NEWSARCHIVE_ALLOWED_NETWORKS" in capsys.readouterr().err


def test_an_unknown_source_is_one_line(site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = str(_registry(tmp_path / "sources.toml", site))
    code = main(["extract", f"{site}/a.html", "--sources", registry, "--source", "nope"])
    err = capsys.readouterr().err
    assert code == exitcodes.ERROR and err == "error: unknown source 'nope' (known: local)\n"


@pytest.fixture
def header_site() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A loopback page server that records the request headers of every GET."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[dict[str, str]] = []
    body = (PAGES / "gbk-nocharset_1.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers.items()))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_source_fetch_sends_the_crawls_request_headers(
    header_site: tuple[str, list[dict[str, str]]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extract URL --source ID`` sent only the User-Agent (and its own Accept): a site answering by
    Referer or Accept-Language showed the archivist another page than the crawl archives. It sends the
    headers the crawl sends under the same settings, as ``sources add`` does (one seam)."""
    from crawler.discover.fetch import Fetcher
    from crawler.fetch import request_headers
    from crawler.runner import crawl_settings
    from crawler.sources import load_registry

    site, seen = header_site
    registry = _registry(tmp_path / "sources.toml", site)
    registry.write_text(
        registry.read_text("utf-8") + 'NEWSARCHIVE_CONTACT_URL = "mailto:desk@example.org"\n',
        encoding="utf-8",
    )
    wanted = '{"Referer": "http://paper.example.cn/", "Accept-Language": "zh-CN,zh"}'
    argv = ["extract", f"{site}/a.html", "--sources", str(registry), "--source", "local"]
    assert main([*argv, "-s", f"DEFAULT_REQUEST_HEADERS={wanted}", "--json"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["title"] == "全市防汛工作会议召开"
    (sent,) = seen
    assert sent["Referer"] == "http://paper.example.cn/" and sent["Accept-Language"] == "zh-CN,zh"
    assert sent["User-Agent"].endswith("+mailto:desk@example.org)")
    # Without -s: the crawl's own defaults (Scrapy's Accept and Accept-Language), and discovery's the same.
    source = load_registry(registry)["local"]
    assert main([*argv, "--json"]) == exitcodes.OK
    crawl = request_headers(crawl_settings(source=source))
    assert {k: seen[1][k] for k in crawl} == crawl and crawl["Accept-Language"] == "en"
    Fetcher(crawl_settings(source=source, overrides={"ROBOTSTXT_OBEY": False}), budget=1).get(
        f"{site}/a.html"
    )
    assert {k: seen[2][k] for k in crawl} == crawl


@pytest.fixture(scope="module")
def epaper_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    from sitegen import standard_site

    manifest = standard_site(tmp_path_factory.mktemp("epaper") / "site")
    with serve_site(Path(manifest.root)) as url:
        yield manifest, url


def test_an_epaper_edition_page_is_not_an_article(
    epaper_site: tuple[Any, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """An edition's page (its pages' and articles' links, a date, PDF下载) printed as an "article".

    Before, ``extract`` showed it with the paper's name as headline and the links as body (exit 0).
    """
    manifest, url = epaper_site
    pages = [page for edition in manifest.editions for page in edition.pages]
    assert {page.split("/")[1] for page in pages} == {"html", "pc"}  # both URL families
    for page in pages:
        assert main(["extract", url + page, "-s", ALLOW]) == exitcodes.ERROR, page
        out, err = capsys.readouterr()
        assert out == ""
        assert err == "error: not an article: main text is mostly link text (an index or edition page)\n"
    article = manifest.good_articles()[0]
    assert main(["extract", url + article.path, "--json", "-s", ALLOW]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["title"] == article.title


def test_a_refused_connection_is_named_without_an_errno(capsys: pytest.CaptureFixture[str]) -> None:
    """It read "error: cannot fetch http://127.0.0.1:PORT/a.html: [Errno 111] Connection refused"."""
    with socket.socket() as bound:  # bound, not listening: a connection to it is refused
        bound.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{bound.getsockname()[1]}/a.html"
        assert main(["extract", url, "-s", ALLOW]) == exitcodes.UNREACHABLE
    err = capsys.readouterr().err
    assert err == f"error: cannot fetch {url}: Connection refused\n", err


def test_an_address_with_chinese_characters_is_fetched_percent_encoded(
    site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # As pasted from a browser's address bar: http.client refused it ("'ascii' codec can't encode").
    assert main(["extract", f"{site}/临江/77082.html", "--json", "-s", ALLOW]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "全市防汛工作会议召开"
    assert data["url"] == f"{site}/%E4%B8%B4%E6%B1%9F/77082.html"


def test_relative_dates_are_read_against_the_servers_date_as_the_crawl_reads_them(
    site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", f"{site}/yesterday.html", "--json", "-s", ALLOW]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["published_at"] == "2019-03-01T16:21:00+08:00"  # not the day before the fetch

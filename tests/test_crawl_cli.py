"""``newsarchive crawl`` on a generated site: the allowlist is needed for loopback, counters are reported."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitegen import STANDARD_DATES, SiteManifest, standard_site
from sitegen.serve import serve_site

from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

D = STANDARD_DATES


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    manifest = standard_site(tmp_path_factory.mktemp("cli") / "site", broken=0)
    with serve_site(Path(manifest.root)) as url:
        yield manifest, url


def _registry(tmp_path: Path, manifest: SiteManifest, url: str) -> Path:
    templates = ", ".join(
        f'{{ url = "{url}{t["url"]}"' + "".join(f', {k} = "{v}"' for k, v in t.items() if k != "url") + " }"
        for t in manifest.templates
    )
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[source]]\nid = "gen"\nkind = "epaper"\ntemplates = [{templates}]\n'
        "[source.politeness]\nautothrottle = false\nretry_times = 0\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_crawl_backfills_with_loopback_allowed(
    site: tuple[SiteManifest, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, url = site
    registry = _registry(tmp_path, manifest, url)
    code = main(
        [
            "crawl",
            "gen",
            "--sources",
            str(registry),
            "--home",
            str(tmp_path / "home"),
            "--json",
            "-q",
            "--since",
            D[0].isoformat(),
            "--until",
            D[-1].isoformat(),
            "-s",
            "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32",
        ]
    )
    # One edition of the generated site answers 500: the crawl ran, but partly failed.
    assert code == exitcodes.PARTIAL
    report = json.loads(capsys.readouterr().out)
    c = report["counters"]
    assert report["status"] == "finished" and report["outcome"] == "partial"
    assert (c["editions/found"], c["editions/no_edition"], c["editions/failed"]) == (3, 2, 1)
    assert c["articles/new"] == len(manifest.good_articles()) == 20
    # Which date, and why: "failed 1" alone sent the archivist to the report.
    assert report["failed_editions"] == [{"date": D[2].isoformat(), "reason": "HTTP 500"}]
    assert c["failed/http_500"] == 1


def test_crawl_refuses_loopback_by_default(
    site: tuple[SiteManifest, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest, url = site
    registry = _registry(tmp_path, manifest, url)
    code = main(
        [
            "crawl",
            "gen",
            "--sources",
            str(registry),
            "--home",
            str(tmp_path / "home"),
            "-q",
            "--since",
            D[0].isoformat(),
            "--until",
            D[0].isoformat(),
        ]
    )
    assert code == exitcodes.UNREACHABLE
    out, err = capsys.readouterr()
    assert err == (
        "error: all requests to 127.0.0.1 were refused: allow the network with NEWSARCHIVE_ALLOWED_NETWORKS "
        "(environment, the registry's [settings] or -s)\n"
    )
    assert "fetched 0 responses" in out
    assert "no edition 0, failed 1" in out
    assert "refused/address 1" in out


def test_an_interrupted_crawl_names_the_command_that_resumes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C ended with "crawl of p: interrupted (run 1): ..." and exit 130, and nothing said how to
    go on: an archivist re-ran the whole backfill, or let it be and missed the dates it never reached."""
    import crawler.runner
    from crawler.runner import CrawlSummary

    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    stopped = CrawlSummary(run_id=1, status="interrupted", counters={"fetched": 3, "editions/found": 1})
    monkeypatch.setattr(crawler.runner, "run_crawl", lambda *a, **k: stopped)
    argv = ["crawl", "p", "--since", "2016-07-01", "--until", "2016-07-31", "--sources", str(registry)]
    assert main([*argv, "--home", str(tmp_path / "home"), "-q"]) == exitcodes.INTERRUPTED
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("crawl of p: interrupted (run 1): fetched 3 responses")
    assert out[-1] == (
        "  what was fetched is stored; to fetch only what is missing: "
        "newsarchive crawl p --since 2016-07-01 --until 2016-07-31 --resume"
    )


@pytest.mark.slow
def test_a_crawl_whose_template_never_found_an_edition_says_to_check_it(
    site: tuple[SiteManifest, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped template (every date a 404) ended "finished ...; editions found 0, no edition 2", exit
    0, and nothing more: only the report said "NO EDITION FOUND ... (check its URL)"."""
    manifest, url = site
    registry = _registry(tmp_path, manifest, url)
    registry.write_text(registry.read_text("utf-8").replace(".htm", "x.htm"), encoding="utf-8")
    args = ["crawl", "gen", "--sources", str(registry), "--home", str(tmp_path / "home")]
    args += ["--since", D[0].isoformat(), "--until", D[1].isoformat(), "-s"]
    assert main([*args, "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "editions found 0, no edition 2, failed 0" in out
    assert (
        "  no edition found on any date of gen yet: if the paper published on these dates, check its URL "
        "template (newsarchive report gen says which found none)"
    ) in out

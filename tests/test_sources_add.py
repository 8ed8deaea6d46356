"""``newsarchive sources add URL`` against generated sites of each family, and the real 科技日报 page.

Each site's calendar ends today (in Shanghai, as discovery reckons it) and
starts 137 days earlier. ``sources add`` must find the first edition exactly,
in at most 40 requests counted by the server, and write an entry whose crawl
of a 30-day range stores every article the site published in it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sitegen import build_site
from sitegen.crawl import crawl
from sitegen.serve import body_sample, looks_mojibake, serve_site, squash

from crawler.sources import load_registry
from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

SHARED_SAMPLE = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "data"
    / "epaper-founder-samples"
    / "stdaily-kjrb-2023-02-10-node_2.htm"
)
LOOPBACK = ["-s", "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32", "-s", "AUTOTHROTTLE_ENABLED=False", "-q"]
SPAN = 137  # days from the first edition to today
MAX_REQUESTS = 40


def _today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


TODAY = _today()
FIRST = TODAY - timedelta(days=SPAN)
CHANGE = TODAY - timedelta(days=40)

# name: (families, build options, start page, expected family, trial?)
CASES: dict[str, tuple[tuple[str, ...], dict[str, Any], str, bool]] = {
    "classic": (("old",), {}, "founder-classic", True),
    "pc": (("new",), {}, "founder-pc", False),
    "pad": (("pad",), {}, "founder-pad", False),
    "code": (("code",), {}, "paper-code", True),
    "changed": (("old", "new"), {"change_on": CHANGE}, "founder-pc", False),
    "sundays": (("new",), {"skip_sundays": True}, "founder-pc", False),
    "gbk": (("old",), {"gbk_share": 1.0, "edition_charset": "gbk"}, "founder-classic", True),
    "news": (("news",), {"with_sitemap": True}, "sitemap", True),
}


def _calendar(skip_sundays: bool = False) -> list[date]:
    days = [FIRST + timedelta(days=i) for i in range(SPAN + 1)]
    return [d for d in days if d == FIRST or not (skip_sundays and d.weekday() == 6)]


def _build(root: Path, families: tuple[str, ...], options: dict[str, Any]) -> Any:
    options = dict(options)
    days = _calendar(options.pop("skip_sundays", False))
    settings: dict[str, Any] = {
        "with_pdfs": False,
        "with_feed": False,
        "with_listing": False,
        "with_sitemap": False,
        "seed": 5,
    }
    settings.update(options)
    return build_site(root, n_articles=2 * len(days), dates=days, families=families, **settings)


def _discovery_requests(log: Path) -> int:
    """Count the requests before the test crawl's own robots.txt (discovery fetches robots.txt first)."""
    lines = log.read_text("utf-8").splitlines()
    robots = [i for i, line in enumerate(lines) if line.endswith(" /robots.txt")]
    return robots[1] if len(robots) > 1 else len(lines)


def _add(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["sources", "add", url, "--json", *LOOPBACK, *args])
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip() else {})


def _check_stored(manifest: Any, url: str, result: Any, since: date, until: date) -> None:
    expected = {url + a.path: a for a in manifest.good_articles(since, until)}
    stored = {a["url"]: a for a in result.articles}
    assert expected, "the window holds articles"
    assert set(stored) == set(expected)
    for link, truth in expected.items():
        assert squash(stored[link]["title"]) == squash(truth.title)
        assert body_sample(truth.paragraphs) in squash(stored[link]["body"])
        assert not looks_mojibake(stored[link]["title"])


@pytest.mark.slow  # eight sites, each added and then crawled over 30 days: about three minutes
@pytest.mark.parametrize("name", list(CASES))
def test_sources_add_finds_the_site_and_its_entry_crawls_it(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    families, options, family, trial = CASES[name]
    manifest = _build(tmp_path / "site", families, options)
    registry = tmp_path / "sources.toml"
    log = tmp_path / "requests.log"
    with serve_site(Path(manifest.root), log=log) as url:
        start = url + ("/" if name == "news" else manifest.editions[-1].path)
        extra = [] if trial else ["--no-trial"]
        code, found = _add(capsys, start, "--id", f"t-{name}", "--registry", str(registry), *extra)
        assert code == exitcodes.OK, found
        used = _discovery_requests(log)
        assert used <= MAX_REQUESTS
        assert found["discovery"]["requests"] == used
        assert found["discovery"]["family"] == family
        assert found["discovery"]["first"] == FIRST.isoformat()
        # the newest edition the site has: yesterday when today is a Sunday without a paper
        assert found["discovery"]["last"] == _calendar(name == "sundays")[-1].isoformat()
        assert found["written"] is True
        source = load_registry(registry)[f"t-{name}"]
        if name == "news":
            assert source.kind == "sitemap" and source.start_urls == (url + "/sitemap_index.xml",)
        else:
            assert source.kind == "epaper"
            assert source.templates[0].since == FIRST
            expected = [t["url"] for t in manifest.templates]
            assert [t.url for t in source.templates] == [url + t for t in expected]
        if name == "changed":
            assert source.templates[0].until == CHANGE - timedelta(days=1)
            assert source.templates[1].since == CHANGE
        if name == "sundays":
            assert source.schedule == "30 7 * * 1-6"
        else:
            assert source.schedule == "30 7 * * *"
        if trial:
            assert found["trial"]["articles"] == 2 and found["trial"]["fill"]["title"] == 1.0
            if name != "news":
                assert [p["articles"] for p in found["trial"]["pages"]] == [1, 1]
        since = CHANGE - timedelta(days=15) if name == "changed" else FIRST
        until = since + timedelta(days=29)
        result = crawl(source, tmp_path / "crawl", since=since, until=until)
    _check_stored(manifest, url, result, since, until)


def test_the_real_kjrb_edition_page_is_recognised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not SHARED_SAMPLE.is_file():
        pytest.skip(f"shared sample not found at {SHARED_SAMPLE}")
    site = tmp_path / "site" / "kjrb" / "html" / "2023-02" / "10"
    site.mkdir(parents=True)
    shutil.copy(SHARED_SAMPLE, site / "node_2.htm")
    log = tmp_path / "requests.log"
    with serve_site(tmp_path / "site", log=log) as url:
        code, found = _add(capsys, f"{url}/kjrb/html/2023-02/10/node_2.htm", "--dry-run", "--no-trial")
    assert code == exitcodes.OK
    discovery = found["discovery"]
    assert discovery["family"] == "founder-classic"
    assert discovery["name"] == "科技日报"
    assert [t["url"] for t in discovery["templates"]] == [
        url + "/kjrb/html/{date:%Y-%m}/{date:%d}/node_2.htm"
    ]
    assert discovery["first"] == discovery["last"] == "2023-02-10"  # the only edition this server has
    pages = discovery["pages"]
    assert [p["url"].rsplit("/", 1)[-1] for p in pages] == [f"node_{n}.htm" for n in (3, 2, 4, 5, 6, 7, 8, 9)]
    assert {p["label"] for p in pages} >= {"第01版：今日要闻", "第08版：文 化"}
    assert discovery["articles_on_page"] == 5
    assert found["entry"]["id"] == "kjrb"  # from the page PDF's name, KJRB2023021001.pdf
    assert found["written"] is False
    assert discovery["requests"] <= MAX_REQUESTS


def test_rerun_after_a_redesign_reports_the_new_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "site"
    before = [d for d in _calendar() if d < CHANGE]
    build_site(root, n_articles=2 * len(before), dates=before, families=("old",), with_pdfs=False, seed=2)
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '# our papers\n\n[[source]]  # kept by hand\nid = "other"\nkind = "feed"\n'
        'start_urls = ["http://example.org/rss"]  # keep me\n',
        encoding="utf-8",
    )
    with serve_site(root) as url:
        start = f"{url}/html/{before[-1]:%Y-%m}/{before[-1]:%d}/node_1.htm"
        code, first = _add(capsys, start, "--id", "bc", "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK
        assert [t["since"] for t in first["entry"]["templates"]] == [FIRST.isoformat()]
        assert any("no edition since" in n for n in first["discovery"]["notes"])
        # The paper moves to the PC system; its old pages stay where they were.
        shutil.rmtree(root)
        build_site(
            root,
            n_articles=2 * len(_calendar()),
            dates=_calendar(),
            families=("old", "new"),
            change_on=CHANGE,
            with_pdfs=False,
            seed=2,
        )
        code, again = _add(capsys, start, "--registry", str(registry), "--no-trial")
    assert code == exitcodes.OK
    assert again["known"] == "bc"
    assert any(c.startswith(f"new template from {CHANGE} (a redesign)") for c in again["changes"])
    text = registry.read_text("utf-8")
    assert "# our papers" in text and "# kept by hand" in text and "# keep me" in text
    source = load_registry(registry)["bc"]
    assert [t.since for t in source.templates] == [FIRST, CHANGE]
    assert source.templates[0].until == CHANGE - timedelta(days=1)


def test_rerun_after_the_old_layout_went_offline_keeps_its_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The paper moved to the PC system and took its classic pages offline. The re-run that
    ``sources check --online`` advises found the PC template alone and wrote it in place of the
    registered one ('template no longer found'): every archived edition before the redesign lost its
    template, and a backfill of those dates fetched nothing."""
    root = tmp_path / "site"
    before = [d for d in _calendar() if d < CHANGE]
    build_site(root, n_articles=2 * len(before), dates=before, families=("old",), with_pdfs=False, seed=2)
    registry = tmp_path / "sources.toml"
    with serve_site(root) as url:
        start = f"{url}/html/{before[-1]:%Y-%m}/{before[-1]:%d}/node_1.htm"
        code, first = _add(capsys, start, "--id", "bc", "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK
        shutil.rmtree(root)
        after = [d for d in _calendar() if d >= CHANGE]
        build_site(root, n_articles=2 * len(after), dates=after, families=("new",), with_pdfs=False, seed=2)
        new_start = f"{url}/pc/layout/{after[-1]:%Y%m}/{after[-1]:%d}/node_01.html"
        code, again = _add(capsys, new_start, "--id", "bc", "--registry", str(registry), "--no-trial")
    assert code == exitcodes.OK, again
    classic = first["entry"]["templates"][0]["url"]
    until = (CHANGE - timedelta(days=1)).isoformat()
    assert again["kept"][0] == f"registered template not found this time, kept until {until}: {classic}"
    source = load_registry(registry)["bc"]
    assert [(t.since, t.until) for t in source.templates] == [
        (FIRST, CHANGE - timedelta(days=1)),
        (CHANGE, None),
    ]
    assert source.templates[0].url == classic
    assert len(source.article_patterns) == 2


def test_dry_run_prints_the_entry_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = _build(tmp_path / "site", ("new",), {})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code = main(
            [
                "sources",
                "add",
                url + manifest.editions[-1].path,
                "--dry-run",
                "--no-trial",
                "--id",
                "bc",
                "--region",
                "吉林 白城",
                "--timezone",
                "Europe/London",
                "--registry",
                str(registry),
                *LOOPBACK,
            ]
        )
    out = capsys.readouterr().out
    assert code == exitcodes.OK
    assert not registry.exists()
    assert "recognised: Founder PC" in out
    assert f"first edition {FIRST} (verified), latest {TODAY}" in out
    entry = out[out.index("[[source]]") :]
    assert 'id = "bc"' in entry and 'region = "吉林 白城"' in entry and "since = " in entry
    path = tmp_path / "printed.toml"
    path.write_text(entry, encoding="utf-8")
    assert load_registry(path)["bc"].templates[0].url == url + "/pc/layout/{date:%Y%m}/{date:%d}/node_01.html"
    assert 'timezone = "Europe/London"' in entry and load_registry(path)["bc"].timezone == "Europe/London"


def test_an_unknown_timezone_is_one_line_and_fetches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "sources.toml"
    code = main(
        ["sources", "add", "http://127.0.0.1:9/", "--timezone", "Mars/Olympus", "--registry", str(registry)]
    )
    err = capsys.readouterr().err
    assert code != exitcodes.OK and not registry.exists()
    assert err.strip().splitlines() == [
        "error: --timezone: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/London)"
    ]


@contextmanager
def _registered_bc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """Serve a one-family site and register it as ``bc`` (no trial); yield the registry while it is served."""
    manifest = _build(tmp_path / "site", ("old",), {})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, _ = _add(
            capsys, url + manifest.editions[-1].path, "--id", "bc", "--registry", str(registry), "--no-trial"
        )
        assert code == exitcodes.OK
        yield registry


def test_check_online_reports_health(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _registered_bc(tmp_path, capsys) as registry:
        code = main(["sources", "--sources", str(registry), "check", "--online", "bc", "--json", *LOOPBACK])
        healthy = json.loads(capsys.readouterr().out)
        broken = registry.read_text("utf-8").replace("node_1.htm", "node_9.htm")
        registry.write_text(broken, encoding="utf-8")
        bad_code = main(["sources", "--sources", str(registry), "check", "--online", "bc", *LOOPBACK])
        bad = capsys.readouterr().out
    assert code == exitcodes.OK
    assert healthy["ok"] and healthy["latest"] == TODAY.isoformat() and healthy["family"] == "founder-classic"
    assert healthy["trial"]["articles"] == 2
    assert bad_code == exitcodes.THRESHOLD
    assert "bc: PROBLEM" in bad and "no edition under" in bad
    # Not "latest edition none found": the check looks back a week, the paper may have older editions.
    assert bad.startswith("bc: PROBLEM; no recent edition found"), bad


def test_check_online_obeys_the_sources_own_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo registers its paper with ``[source.settings] NEWSARCHIVE_ALLOWED_NETWORKS``: its crawl
    obeyed it, but ``sources check --online`` of the same source refused 127.0.0.1 (exit 1)."""
    monkeypatch.delenv("NEWSARCHIVE_ALLOWED_NETWORKS", raising=False)
    with _registered_bc(tmp_path, capsys) as registry:
        with registry.open("a", encoding="utf-8") as handle:
            handle.write('\n[source.settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1/32"]\n')
        argv = ["sources", "--sources", str(registry), "check", "--online", "bc", "--json"]
        code = main([*argv, "-s", "AUTOTHROTTLE_ENABLED=False", "-q"])
        out, err = capsys.readouterr()
    assert "refused" not in err and code == exitcodes.OK, err
    assert json.loads(out)["trial"]["articles"] == 2


def test_loopback_is_refused_without_an_allowance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _build(tmp_path / "site", ("old",), {})
    log = tmp_path / "requests.log"
    with serve_site(Path(manifest.root), log=log) as url:
        code = main(["sources", "add", url + manifest.editions[-1].path, "--dry-run"])
    err = capsys.readouterr().err
    assert code == exitcodes.ERROR
    assert err.count("\n") == 1 and err.startswith("error: refused") and "non-public address" in err
    assert not log.exists() or log.read_text("utf-8") == ""


@pytest.mark.parametrize(("feed", "kind"), [(True, "feed"), (False, "listing")])
def test_a_site_without_a_sitemap_is_read_from_its_feed_or_listing(
    feed: bool, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = _build(tmp_path / "site", ("news",), {"with_feed": feed})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(capsys, url + "/", "--id", "n", "--registry", str(registry))
    assert code == exitcodes.OK, found
    source = load_registry(registry)["n"]
    assert source.kind == kind
    if feed:
        assert source.start_urls == (url + "/feed/rss.xml",)
        assert found["discovery"]["first"] == FIRST.isoformat()
    else:
        assert source.start_urls == (url + "/",)
        assert source.article_patterns == (r"/news/\d{4}/\d{4}/\d+\.html$",)
    today = {url + a.path for a in manifest.good_articles(TODAY, TODAY)}
    assert found["trial"]["articles"] >= len(today) == 2
    assert found["trial"]["fill"]["title"] == 1.0 and found["trial"]["fill"]["body"] == 1.0


def test_check_online_of_a_sitemap_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _build(tmp_path / "site", ("news",), {"with_sitemap": True})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, _ = _add(capsys, url + "/", "--id", "n", "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK
        code = main(["sources", "check", "--online", "n", "--sources", str(registry), "--json", *LOOPBACK])
        report = json.loads(capsys.readouterr().out)
    assert code == exitcodes.OK, report
    assert report["latest"] == TODAY.isoformat() and report["trial"]["articles"] == 2


def test_a_rerun_that_finds_no_change_leaves_the_registry_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "known source 'cswb': no change" and then "wrote source 'cswb' to sources.toml"."""
    from crawler.sample_site.server import serve_in_thread

    registry = tmp_path / "sources.toml"
    with serve_in_thread() as url:
        start = url + "/html/2016-07/20/node_1.htm"
        code, first = _add(capsys, start, "--id", "cswb", "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK and first["written"] is True
        written = registry.read_bytes()
        code, again = _add(capsys, start, "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK and again["known"] == "cswb" and again["changes"] == []
        assert again["written"] is False and registry.read_bytes() == written
        assert main(["sources", "add", start, *LOOPBACK, "--registry", str(registry), "--no-trial"]) == 0
    out = capsys.readouterr().out
    assert "known source 'cswb': no change\n" in out and out.endswith(f"{registry} unchanged\n")
    assert "wrote source" not in out


def test_a_rerun_keeps_the_registered_schedule_and_says_what_it_would_have_suggested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-run rewrote the entry's schedule from its own probes and said "known source: no change"."""
    from crawler.sample_site.server import serve_in_thread

    registry = tmp_path / "sources.toml"
    with serve_in_thread() as url:
        start = url + "/html/2016-07/20/node_1.htm"
        code, first = _add(capsys, start, "--id", "cswb", "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK and first["written"] is True
        suggested = first["entry"]["schedule"]
        text = registry.read_text("utf-8")
        assert f'schedule = "{suggested}"' in text
        registry.write_text(text.replace(f'schedule = "{suggested}"', 'schedule = "0 9 * * 1-5"'), "utf-8")
        written = registry.read_bytes()
        code, again = _add(capsys, start, "--registry", str(registry), "--no-trial")
        assert code == exitcodes.OK and again["changes"] == [] and again["written"] is False
        assert again["entry"]["schedule"] == "0 9 * * 1-5"
        assert again["kept"] == [f"schedule '0 9 * * 1-5' kept (this discovery suggests {suggested!r})"]
        assert registry.read_bytes() == written
        assert main(["sources", "add", start, *LOOPBACK, "--registry", str(registry), "--no-trial"]) == 0
    out = capsys.readouterr().out
    kept = f"schedule '0 9 * * 1-5' kept (this discovery suggests {suggested!r})"
    assert f"known source 'cswb': no change; {kept}\n" in out
    assert out.endswith(f"{registry} unchanged\n")


def test_the_same_paper_under_a_second_id_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Registered twice, two sources crawl the same pages and each crawl moves the articles to its id."""
    from crawler.sample_site.server import serve_in_thread

    registry = tmp_path / "sources.toml"
    with serve_in_thread() as url:
        code, _ = _add(
            capsys, url + "/html/2016-07/20/node_1.htm", "--id", "cswb", "--registry", str(registry)
        )
        assert code == exitcodes.OK
        written = registry.read_bytes()
        # Another page of the same paper, another id.
        other = url + "/html/2016-07/21/node_2.htm"
        assert main(["sources", "add", other, "--id", "cswb2", *LOOPBACK, "--registry", str(registry)]) == 1
    err = capsys.readouterr().err
    assert "already registered as 'cswb'" in err and "--id cswb" in err
    assert registry.read_bytes() == written


def test_a_site_that_serves_its_latest_edition_for_dates_it_lacks_is_not_fooled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The latest edition is three days old; the site answers the days since, and twenty days before
    # its first edition, with that edition's pages (HTTP 200, under each date's own URL). Their date
    # line and PDF links name the latest edition's date, so no probe takes them for editions.
    latest = TODAY - timedelta(days=3)
    manifest = build_site(
        tmp_path / "site",
        n_articles=2 * (SPAN - 2),
        dates=[d for d in _calendar() if d <= latest],
        families=("old",),
        with_pdfs=True,
        with_feed=False,
        with_listing=False,
        with_sitemap=False,
        seed=5,
    )
    served = Path(manifest.root) / manifest.editions[-1].path.lstrip("/")
    copies = [latest + timedelta(days=n) for n in (1, 2, 3)] + [
        FIRST - timedelta(days=n) for n in range(1, 21)
    ]
    for day in copies:
        target = Path(manifest.root) / f"html/{day:%Y-%m}/{day:%d}"
        target.mkdir(parents=True, exist_ok=True)
        for file in served.parent.iterdir():
            shutil.copyfile(file, target / file.name)
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(
            capsys, url + manifest.editions[-1].path, "--id", "t-latest", "--registry", str(registry)
        )
    assert code == exitcodes.OK, found
    assert (found["discovery"]["first"], found["discovery"]["last"]) == (
        FIRST.isoformat(),
        latest.isoformat(),
    )
    assert found["written"] is True and found["trial"]["articles"] == 2
    assert load_registry(registry)["t-latest"].templates[0].since == FIRST


def test_check_online_of_a_site_that_is_down_is_unhealthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: `sources check --online` exits 4 for an unhealthy source. Its site down (nothing listens),
    it exited 1, the code of a bad configuration, with only an `error:` line."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "down"\nkind = "epaper"\n'
        'templates = [{ url = "http://127.0.0.1:9/html/{date:%Y-%m}/{date:%d}/node_1.htm" }]\n',
        encoding="utf-8",
    )
    code = main(["sources", "--sources", str(registry), "check", "--online", "down", *LOOPBACK])
    out, err = capsys.readouterr()
    assert code == exitcodes.THRESHOLD, err
    assert out.startswith("down: PROBLEM; site not reached\n"), out  # not "no recent edition found"
    assert "  problem: the site could not be checked: robots.txt of 127.0.0.1:9 unavailable" in out


@pytest.mark.parametrize("no_edition", [(), (CHANGE - timedelta(days=2),)], ids=["edition", "no-edition"])
def test_an_older_system_is_found_past_a_day_the_site_failed(
    no_edition: tuple[date, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one day probed for the layout before a redesign answered HTTP 500, and ``sources add``
    wrote the new template alone, saying 'first edition CHANGE (verified)': every edition before
    the redesign was left out, and nothing said a probe had failed. The day before may be one
    without an edition (the generated site's standard calendar: 500, then 404, then an edition)."""
    options = {"change_on": CHANGE, "failed": [CHANGE - timedelta(days=1)], "no_edition": no_edition}
    manifest = _build(tmp_path / "site", ("old", "new"), options)
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(
            capsys, url + manifest.editions[-1].path, "--id", "t", "--registry", str(registry), "--no-trial"
        )
    assert code == exitcodes.OK, found
    assert found["discovery"]["first"] == FIRST.isoformat()
    source = load_registry(registry)["t"]
    assert [t.url for t in source.templates] == [url + t["url"] for t in manifest.templates]


def test_an_older_system_is_found_past_days_without_an_edition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The paper skipped the day before its redesign (a 404), and the day before that (an empty edition
    page): a redesign launched after a holiday, as on 2 January. The older layout was probed on the one
    day before the first edition only, and that plain miss read "no older layout": ``sources add``
    wrote the new template alone, its first edition "verified", and every edition before the
    redesign was left out of the registry (a re-run on a known paper dropped its registered template)."""
    options = {"change_on": CHANGE, "no_edition": [CHANGE - timedelta(days=1), CHANGE - timedelta(days=2)]}
    manifest = _build(tmp_path / "site", ("old", "new"), options)
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(
            capsys, url + manifest.editions[-1].path, "--id", "t", "--registry", str(registry), "--no-trial"
        )
    assert code == exitcodes.OK, found
    assert found["discovery"]["first"] == FIRST.isoformat()
    source = load_registry(registry)["t"]
    assert [t.url for t in source.templates] == [url + t["url"] for t in manifest.templates]
    assert found["discovery"]["requests"] <= MAX_REQUESTS


def test_an_older_system_not_checked_leaves_the_first_edition_unverified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The site failed on every day probed for an older layout: the note said so, yet the first
    edition (the redesign's) read 'verified', a date a user would cite as the paper's first."""
    failed = [CHANGE - timedelta(days=n) for n in range(1, 8)]
    manifest = _build(tmp_path / "site", ("old", "new"), {"change_on": CHANGE, "failed": failed})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(
            capsys, url + manifest.editions[-1].path, "--id", "t", "--registry", str(registry), "--no-trial"
        )
    assert code == exitcodes.OK, found
    discovery = found["discovery"]
    notes = discovery["notes"]
    assert any(n.startswith(f"an older layout before {CHANGE} could not be checked") for n in notes), notes
    assert discovery["first"] == CHANGE.isoformat() and discovery["exact"] is False
    assert not any("budget ran out" in n for n in notes), notes


def test_an_added_schedule_is_recorded_in_the_archive_so_the_calendar_agrees_with_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The web calendar learnt a new schedule only at the source's next crawl: until then a Sunday 404
    already in the archive read "no edition" there and "not a publishing day" in ``report``."""
    import re

    from starlette.testclient import TestClient

    from archive.articles import ensure_source
    from archive.config import resolve_db_url
    from archive.editions import finish_run, record_edition, start_run
    from archive.items import EditionItem
    from archive.schema import open_store
    from webui.app import create_app

    sunday = max(d for d in _calendar() if d.weekday() == 6 and d.day >= 2 and d < TODAY)
    saturday = sunday - timedelta(days=1)
    db_url = resolve_db_url(None, tmp_path)
    with open_store(db_url) as sessions, sessions.begin() as session:  # an import's: no schedule
        ensure_source(session, "ms", timezone="Asia/Shanghai")
        run = start_run(session, "ms", "epaper", {"since": str(saturday), "until": str(sunday)})
        record_edition(session, EditionItem("ms", saturday, "found"), run.id)
        record_edition(session, EditionItem("ms", sunday, "no-edition", reason="HTTP 404"), run.id)
        finish_run(session, run.id, "finished", {})

    def sunday_cell() -> str:
        with TestClient(create_app(tmp_path), headers={"accept-language": "en"}) as client:
            page = client.get("/sources/ms").text
        cells = re.findall(r'<td class="day ([\w -]+)" title="[^"]*">(?:<a [^>]*>)?(\d+)<', page)
        return dict((int(n), status) for status, n in cells)[sunday.day]

    assert sunday_cell() == "no-edition"
    manifest = _build(tmp_path / "site", ("new",), {"skip_sundays": True})
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        start = url + manifest.editions[-1].path
        code, found = _add(
            capsys, start, "--id", "ms", "--registry", str(registry), "--home", str(tmp_path), "--no-trial"
        )
    assert code == exitcodes.OK and found["written"] is True
    assert found["entry"]["schedule"].endswith(" * * 1-6") and found["schedule_recorded"] == db_url
    # No crawl since: the calendar reads the schedule the archivist just added, as report does.
    assert sunday_cell() == "not-publishing"
    argv = [
        "report",
        "ms",
        "--since",
        str(saturday),
        "--until",
        str(sunday),
        "--home",
        str(tmp_path),
        "--json",
    ]
    assert main([*argv, "--sources", str(registry)]) == exitcodes.OK
    rows = {row["day"]: row for row in json.loads(capsys.readouterr().out)["dates"]}
    assert rows[str(sunday)]["status"] == "not-publishing" and not rows[str(sunday)]["publishing_day"]
    # Without an archive nothing is created (the registry alone is written).
    elsewhere = tmp_path / "other"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(
            capsys,
            url + manifest.editions[-1].path,
            *("--id", "ms", "--home", str(elsewhere), "--no-trial"),
            *("--registry", str(tmp_path / "other.toml")),  # not ./sources.toml: the repository's root
        )
    assert code == exitcodes.OK and found["schedule_recorded"] == ""
    assert not Path(resolve_db_url(None, elsewhere).removeprefix("sqlite:///")).exists()


def test_a_newer_scheme_is_found_past_a_recent_day_without_an_edition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Added from an old-scheme page, the newer URL scheme was looked for on yesterday alone: a paper
    with no edition that day (it skips Mondays, say, which the old scheme's probes never taught)
    read 'no edition since ...: the paper may have stopped or moved', and the archivist registered
    a paper that stopped, missing every edition since the redesign. A few recent publishing days are
    tried (one request per newer layout a day, stopping at the first edition)."""
    yesterday = TODAY - timedelta(days=1)
    manifest = _build(tmp_path / "site", ("old", "new"), {"change_on": CHANGE, "no_edition": (yesterday,)})
    old = [e for e in manifest.editions if e.status == "found" and e.date < CHANGE.isoformat()][-5]
    registry = tmp_path / "sources.toml"
    with serve_site(Path(manifest.root)) as url:
        code, found = _add(capsys, url + old.path, "--id", "t", "--registry", str(registry), "--no-trial")
    assert code == exitcodes.OK, found
    notes = found["discovery"]["notes"]
    assert not any("stopped or moved" in n for n in notes), notes
    source = load_registry(registry)["t"]
    assert [t.url for t in source.templates] == [url + t["url"] for t in manifest.templates]
    assert source.templates[1].since == CHANGE
    assert found["discovery"]["requests"] <= MAX_REQUESTS + 10

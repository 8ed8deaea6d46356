"""Registry validation: one line naming source and key; one bad source never stops the other schedules."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from store_support import cli

from archive.errors import ConfigError
from crawler.sources import load_registry, parse_registry

GOOD = {"id": "s", "name": "s", "kind": "epaper", "templates": ["http://x.example/{date:%Y%m%d}.htm"]}

BAD = [
    ({"schedule": "0 0 30 2 *"}, "source 's': schedule: '0 0 30 2 *' never fires"),
    ({"schedule": "0 0 * * * *"}, "source 's': schedule: not a cron expression (five fields"),
    (
        {"templates": ["http://x.example/{date.foo}"]},
        "source 's': templates[0].url: bad placeholder '{date.foo}'",
    ),
    (
        {"templates": ["http://x.example/{date[0]}"]},
        "source 's': templates[0].url: bad placeholder '{date[0]}'",
    ),
    (
        {"templates": ["http://x.example/{date.year:>900000000}"]},
        "source 's': templates[0].url: bad placeholder '{date.year:>900000000}'",
    ),
    ({"templates": ["http://x.example/{date!r}"]}, "source 's': templates[0].url: bad placeholder"),
    ({"templates": ["http://x.example/{day}"]}, "source 's': templates[0].url: bad placeholder '{day}'"),
    # Accepted, and a date rendered 07/20/16 (glibc's %D) or 00 for every hour: every URL of the source wrong.
    (
        {"templates": ["http://x.example/{date:%D}/node.htm"]},
        "source 's': templates[0].url: unsupported strftime code %D in '{date:%D}' (supported: %Y %y %m %d",
    ),
    (
        {"templates": ["http://x.example/{date:%Y%m%d%H}.htm"]},
        "source 's': templates[0].url: unsupported strftime code %H in '{date:%Y%m%d%H}'",
    ),
    (
        {"templates": ["http://x.example/{date:%Y%}.htm"]},
        "source 's': templates[0].url: unsupported strftime code % in",
    ),
    ({"politeness": {"timeout": float("nan")}}, "source 's': politeness.timeout: must be a finite number"),
    (
        {"politeness": {"download_delay": float("inf")}},
        "source 's': politeness.download_delay: must be a finite",
    ),
    (
        {"alerts": {"min_title_fill": float("nan")}},
        "source 's': alerts.min_title_fill: must be a finite number",
    ),
    ({"alerts": {"no_edition_days": float("inf")}}, "source 's': alerts.no_edition_days: must be an integer"),
    # Accepted before, then every crawl of the source stopped on a ValueError traceback.
    ({"templates": ["http://[::1/{date:%Y}/n.htm"]}, "source 's': templates[0].url: not a valid URL"),
    ({"templates": ["http://x.example:99999/{date:%Y}"]}, "source 's': templates[0].url: not a valid URL"),
    ({"kind": "feed", "start_urls": ["http://x.example:p/rss"]}, "source 's': start_urls: not a valid URL"),
    # Accepted, then every request of the crawl was dropped as off-site and the crawl said
    # "robots.txt unavailable (Filtered offsite request to 'x.example')", nothing of the registry.
    (
        {"allowed_domains": ["x.exampel"]},
        "source 's': templates[0].url: its host x.example is not in allowed_domains (x.exampel)",
    ),
    (
        {"kind": "feed", "start_urls": ["http://news.x.example/rss"], "allowed_domains": ["y.example"]},
        "source 's': start_urls: its host news.x.example is not in allowed_domains (y.example)",
    ),
]


@pytest.mark.parametrize(("change", "message"), BAD, ids=[m.split(": ", 1)[1][:40] for _, m in BAD])
def test_bad_values_are_one_line_naming_source_and_key(change: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_registry({"source": [{**GOOD, **change}]})
    text = str(info.value)
    assert text.startswith(message) and "\n" not in text and len(text) < 300


def test_hosts_on_an_allowed_domain_or_below_it_are_accepted() -> None:
    """As the crawl's off-site rule: the domain itself or a subdomain, in any letter case."""
    entry = {
        **GOOD,
        "templates": ["http://EPaper.X.example/{date:%Y%m%d}.htm"],
        "allowed_domains": ["x.example", "cdn.example"],
    }
    assert parse_registry({"source": [entry]})["s"].allowed_domains == ("x.example", "cdn.example")


def test_strftime_widths_are_plain_text() -> None:
    """A format spec of {date} is strftime: '>9' is printed as is, never padded."""
    sources = parse_registry({"source": [{**GOOD, "templates": ["http://x.example/{date:>900000000}"]}]})
    assert sources["s"].templates[0].url.endswith("{date:>900000000}")


def test_every_supported_strftime_code_is_accepted() -> None:
    """The codes of a date the error names, the unpadded day and month (2016/7/5) and a literal % too."""
    url = "http://x.example/{date:%Y-%y-%m-%d-%j-%b-%B-%a-%A-%w-%u-%U-%W-%G-%V-%-m-%-d-%%}.htm"
    template = parse_registry({"source": [{**GOOD, "templates": [url]}]})["s"].templates[0]
    assert template.render(date(2016, 7, 5)).endswith("-7-5-%.htm")


def test_bom_is_accepted_and_deep_nesting_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + b'[[source]]\nid = "s"\nkind = "epaper"\ntemplates = ["http://x.example/{date:%Y}"]\n'
    )
    assert list(load_registry(path)) == ["s"]
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_registry(path)


REGISTRY = """
[[source]]
id = "good"
kind = "epaper"
templates = ["http://127.0.0.1:9/{date:%Y%m%d}.htm"]
schedule = "30 7 * * *"

[[source]]
id = "never"
kind = "epaper"
templates = ["http://127.0.0.1:9/{date:%Y%m%d}.htm"]
schedule = "0 0 30 2 *"

[[source]]
id = "attr"
kind = "epaper"
templates = ["http://127.0.0.1:9/{date.foo}.htm"]
schedule = "30 7 * * *"
"""


def test_one_bad_source_does_not_stop_the_schedules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    args = ["--sources", str(registry), "--home", str(tmp_path / "h")]
    assert cli(["sources", "check", *args], monkeypatch) != 0
    capsys.readouterr()
    assert cli(["schedule", "list", *args, "--json"], monkeypatch) == 0
    captured = capsys.readouterr()
    assert [row["source"] for row in json.loads(captured.out)] == ["good"]
    warnings = captured.err.strip().splitlines()
    assert warnings == [
        "warning: skipped: source 'never': schedule: '0 0 30 2 *' never fires (no such date)",
        "warning: skipped: source 'attr': templates[0].url: bad placeholder '{date.foo}': "
        "use {date:%Y-%m-%d} (strftime codes only)",
    ]
    # The scheduler runs the good source's schedule (its first tick only starts the clock).
    assert cli(["schedule", "run", "--once", "--now", "2026-01-01T08:00:00+08:00", *args], monkeypatch) == 0
    assert "skipped: source 'never'" in capsys.readouterr().err


def test_sources_add_allows_the_host_of_a_sitemap_robots_txt_names_elsewhere() -> None:
    """A sitemap robots.txt names on another host (a CDN's) is the crawl's start: its host is allowed too.

    ``sources add`` wrote ``allowed_domains = [the page's host]`` whatever the start URL's, an entry
    whose crawl dropped its start as off-site (and which the registry check now refuses).
    """
    from crawler.discover.add import Discovery

    found = Discovery(
        url="http://news.x.example/",
        kind="sitemap",
        family="sitemap",
        label="sitemap named in robots.txt",
        name="x",
        host="news.x.example",
        start_urls=["http://static.cdn.example/sitemap.xml", "http://news.x.example/sitemap2.xml"],
    )
    entry = found.entry("x")
    assert entry["allowed_domains"] == ["news.x.example", "static.cdn.example"]
    assert parse_registry({"source": [{k: v for k, v in entry.items() if v not in ("", [])}]})["x"]

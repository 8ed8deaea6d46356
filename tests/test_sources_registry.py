"""The source registry: typed objects, one-line errors naming source and key, the documented example."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from archive.errors import ConfigError
from crawler.runner import crawl_settings
from crawler.sources import (
    POLITENESS,
    SOURCE_KEYS,
    Alerts,
    RevisitPolicy,
    get_source,
    load_registry,
    parse_registry,
    parse_source,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "sources.example.toml"


def _source(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "id": "paper",
        "kind": "epaper",
        "templates": ["http://p.test/{date:%Y%m%d}/node_1.htm"],
    }
    raw.update(changes)
    return raw


def test_templates_switch_by_date_range() -> None:
    source = parse_source(
        _source(
            templates=[
                {"url": "http://p.test/html/{date:%Y-%m}/{date:%d}/node_1.htm", "until": "2021-06-30"},
                {
                    "url": "http://p.test/pc/layout/{date:%Y%m}/{date:%d}/node_01.html",
                    "since": date(2021, 7, 1),
                },
            ]
        )
    )
    assert (
        source.template_for(date(2021, 6, 30)).render(date(2021, 6, 30))
        == "http://p.test/html/2021-06/30/node_1.htm"
    )
    assert (
        source.template_for(date(2021, 7, 1)).render(date(2021, 7, 1))
        == "http://p.test/pc/layout/202107/01/node_01.html"
    )
    assert source.timezone == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "rss"}, "source 'paper': kind: must be one of epaper, sitemap, feed, listing, not 'rss'"),
        ({"start_url": ["http://p.test/"]}, "source 'paper': start_url: unknown key"),
        ({"templates": []}, "source 'paper': templates: an epaper source needs at least one URL template"),
        (
            {"templates": [{"url": "http://p.test/{day}"}]},
            "source 'paper': templates[0].url: bad placeholder",
        ),
        (
            {"templates": [{"url": "http://p.test/{date:%Y}", "since": "2021-13-01"}]},
            "source 'paper': templates[0].since: not a date (YYYY-MM-DD): '2021-13-01'",
        ),
        (
            {"templates": [{"url": "http://p.test/{date:%Y}", "since": "2022-01-01", "until": "2021-01-01"}]},
            "source 'paper': templates[0]: since is after until",
        ),
        (
            {"templates": [{"url": "http://p.test/{date:%Y}", "from": "2022-01-01"}]},
            "source 'paper': templates[0].from: unknown key",
        ),
        ({"templates": ["file:///etc/{date:%Y}"]}, "source 'paper': templates[0].url: not an http(s) URL"),
        (
            {"kind": "feed", "start_urls": ["data:text/xml,<rss/>"]},
            "source 'paper': start_urls: not an http(s) URL",
        ),
        ({"kind": "listing"}, "source 'paper': start_urls: a listing source needs at least one start URL"),
        ({"timezone": "Asia/Beijing"}, "source 'paper': timezone: unknown time zone 'Asia/Beijing'"),
        ({"encoding": "gbk2"}, "source 'paper': encoding: unknown encoding 'gbk2'"),
        ({"article_patterns": ["content_(\\d+"]}, "source 'paper': article_patterns: bad regular expression"),
        ({"selectors": {"headline": "h1"}}, "source 'paper': selectors.headline: unknown field"),
        ({"selectors": {"title": "h1["}}, "source 'paper': selectors.title: invalid selector 'h1['"),
        ({"politeness": {"delay": 1}}, "source 'paper': politeness.delay: unknown key"),
        (
            {"politeness": {"concurrency": 0}},
            "source 'paper': politeness.concurrency: must be at least 1, not 0",
        ),
        ({"politeness": {"concurrency": 1.5}}, "source 'paper': politeness.concurrency: must be an integer"),
        (
            {"politeness": {"autothrottle": "yes"}},
            "source 'paper': politeness.autothrottle: must be true or false",
        ),
        ({"max_depth": 50}, "source 'paper': max_depth: must be an integer from 0 to 20, not 50"),
        ({"id": "Paper One"}, "source 'Paper One': id: must be a lowercase slug"),
    ],
)
def test_mistakes_are_one_line_naming_source_and_key(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_source(_source(**changes))
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text


def test_duplicate_ids_and_unknown_sources() -> None:
    with pytest.raises(ConfigError, match="source 'paper': id: defined twice"):
        parse_registry({"source": [_source(), _source()]})
    with pytest.raises(ConfigError, match=r"unknown source 'other' \(known: paper\)"):
        get_source(parse_registry({"source": [_source()]}), "other")


def test_registry_file_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no source registry at"):
        load_registry(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]\nid = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_registry(bad)


def test_politeness_overrides_become_scrapy_settings_below_the_command_line() -> None:
    source = parse_source(
        _source(politeness={"download_delay": 2, "concurrency": 1, "autothrottle": False, "page_budget": 500})
    )
    assert source.scrapy_settings() == {
        "DOWNLOAD_DELAY": 2.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "AUTOTHROTTLE_ENABLED": False,
        "NEWSARCHIVE_HOST_PAGE_BUDGET": 500,
    }
    settings = crawl_settings(overrides={"DOWNLOAD_DELAY": 0.5}, source=source)
    assert settings.getfloat("DOWNLOAD_DELAY") == 0.5  # -s on the command line wins
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is False
    assert crawl_settings().getbool("AUTOTHROTTLE_ENABLED") is True  # the project default


def test_polite_and_safe_defaults() -> None:
    settings = crawl_settings()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024
    assert settings.getint("NEWSARCHIVE_PDF_MAXSIZE") > settings.getint("DOWNLOAD_MAXSIZE")
    assert settings.getlist("NEWSARCHIVE_ALLOWED_NETWORKS") == []
    assert re.match(r"newsarchive/\S+ \(.*\+https?://", settings.get("USER_AGENT"))
    contact = crawl_settings(overrides={"NEWSARCHIVE_CONTACT_URL": "mailto:archive@example.org"})
    assert "+mailto:archive@example.org" in contact.get("USER_AGENT")
    explicit = crawl_settings(
        overrides={"NEWSARCHIVE_CONTACT_URL": "mailto:a@example.org", "USER_AGENT": "mine"}
    )
    assert explicit.get("USER_AGENT") == "mine"


def test_the_example_registry_is_valid_and_documents_every_key() -> None:
    sources = load_registry(EXAMPLE)
    assert {s.kind for s in sources.values()} == {"epaper", "sitemap", "feed", "listing"}
    text = EXAMPLE.read_text("utf-8")
    documented = set(re.findall(r"^#\s+(\w+)\s", text, re.M)) | set(re.findall(r"^(\w+)\s*=", text, re.M))
    keys = [*SOURCE_KEYS, *POLITENESS, *asdict(RevisitPolicy()), *asdict(Alerts()), "url", "since", "until"]
    assert [k for k in keys if k not in documented and f"{k} =" not in text] == []
    epaper = sources["baicheng-daily"]
    assert len(epaper.templates) == 2 and epaper.template_for(date(2021, 7, 1)) is epaper.templates[1]

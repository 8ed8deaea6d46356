"""The integrated robustness test: crawl a hostile local site hiding among thousands of good pages.

A generated listing site (``tests/sitegen``: 1,000 articles, UTF-8 and GBK
pages with right, missing and wrong declared charsets, a calendar trap, a
robots.txt-forbidden page) is served by the hostile server
(``tests/hostile``), which adds pages that misbehave on purpose: cut bodies,
a stall, bombs, a 200 MB page, redirect loops and redirects to private
addresses, 5xx/429 with and without ``Retry-After``, a host whose robots.txt
answers 503, undecodable and empty pages, an endless calendar, and copies of
good articles under mobile, print and ``utm_`` URLs.

The crawl must store every good article exactly once with its real text, count
every faulty page under its reason, log no traceback and end on its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hostile import CASES, HostileSite, serve_hostile
from sitegen import ArticleTruth, SiteManifest, build_site, pages
from sitegen.crawl import CrawlResult, crawl
from sitegen.serve import body_sample, looks_mojibake, squash

from archive.integrity import check_integrity

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

N_ARTICLES = 1000
DAYS = tuple(date(2024, 3, 1) + timedelta(days=n) for n in range(10))
NASTY = "\x00\u200b\u200c\u200d\ufeff\u2060"  # NUL and zero-width characters
EXTRA = "/extra/content_nul_zw.html"
STUB = "sitegen.resolvers.stub_resolve"


def _nul_zw_page(root: Path) -> tuple[str, list[str]]:
    """Write a good article whose title and body are strewn with NUL and zero-width characters."""
    title = "白城市举办冬季冰雪旅游节开幕式"
    paragraphs = [
        "白城市第五届冬季冰雪旅游节昨日在鹤鸣湖景区开幕，来自全省各地的游客参加了开幕式。",
        "活动期间将举办冰雕展、雪地摩托赛和民俗表演等十余项活动，持续到二月底结束。",
    ]
    nasty = [p[:10] + NASTY + p[10:20] + "\u200b" + p[20:] for p in paragraphs]
    html = pages.article_page(
        paper="白城日报（测试）",
        article_id=99001,
        day=DAYS[0],
        title=title[:4] + NASTY + title[4:],
        paragraphs=nasty,
        page_name="要闻",
        number=1,
        back="/news/list_1.html",
        charset="utf-8",
        new_family=False,
    )
    target = root / EXTRA.lstrip("/")
    target.parent.mkdir(parents=True)
    target.write_text(html, encoding="utf-8")
    return title, paragraphs


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build the site, serve it with the hostile cases, crawl it once for every test of this module."""
    work = tmp_path_factory.mktemp("hostile")
    root = work / "site"
    manifest = build_site(
        root, n_articles=N_ARTICLES, dates=DAYS, with_pdfs=False, with_sitemap=False, with_feed=False, seed=8
    )
    good = manifest.good_articles()
    variants = [good[0].path, good[len(good) // 2].path, good[-1].path]
    title, paragraphs = _nul_zw_page(root)
    (root / "_links.json").write_text(json.dumps({"variants": variants, "extra": [EXTRA]}), encoding="utf-8")
    # The timeout is generous and the stall far longer: on a CI machine loaded by other work a good page
    # must never run out of time, while the stalled one always does. The server's lifetime is only a
    # safety net (the context manager stops it), so it outlasts any crawl.
    with serve_hostile(root, stall=60.0, lifetime=1800.0) as site:
        source = manifest.source(
            site.base,
            "listing",
            allowed_domains=[],  # let redirects reach the address guard
            start_urls=[site.base + manifest.listing["start"], site.base + "/hostile/index.html"],
            page_patterns=[r"/news/", r"/hostile/index"],
        )
        result = crawl(
            source,
            work / "crawl",
            NEWSARCHIVE_RESOLVER=STUB,
            DOWNLOAD_TIMEOUT=15,
            DOWNLOAD_MAXSIZE=2 * 1024 * 1024,
            CONCURRENT_REQUESTS=48,
            CONCURRENT_REQUESTS_PER_DOMAIN=48,
            LOG_FILE=str(work / "crawl.log"),
            LOG_LEVEL="INFO",
        )
    return {
        "manifest": manifest,
        "site": site,
        "result": result,
        "variants": variants,
        "work": work,
        "nul_zw": (title, paragraphs),
    }


def _stored(work: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(work / "crawl" / "home" / "archive.sqlite3") as db:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("SELECT url, title, body FROM articles")]


def _same_text(row: dict[str, Any], truth: ArticleTruth) -> bool:
    """Tell whether a stored row holds the article's title and body, decoded right."""
    title = squash(row["title"])
    # Some corpus titles end in a site suffix ("..._tom新闻") that extraction rightly cuts.
    title_ok = title == squash(truth.title) or squash(truth.title).startswith(title + "_")
    text = row["title"] + row["body"]
    decoded_ok = not looks_mojibake(text) or looks_mojibake(truth.title + "".join(truth.paragraphs))
    return title_ok and decoded_ok and body_sample(truth.paragraphs) in squash(row["body"])


def test_every_good_article_is_stored_exactly_once_with_its_text(hostile_crawl: dict[str, Any]) -> None:
    manifest: SiteManifest = hostile_crawl["manifest"]
    site: HostileSite = hostile_crawl["site"]
    stored = _stored(hostile_crawl["work"])
    by_url = {row["url"]: row for row in stored}
    expected = {site.base + a.path: a for a in manifest.good_articles()}
    assert len(expected) == N_ARTICLES
    assert len(stored) == len(by_url) == N_ARTICLES + 1  # the good articles and the NUL/zero-width one
    assert set(by_url) == set(expected) | {site.base + EXTRA}
    wrong = [url for url, truth in expected.items() if not _same_text(by_url[url], truth)]
    assert wrong == []
    # The wrong declared charsets are all there, and all were read right.
    declared = Counter(a.declared for a in manifest.good_articles())
    assert {"header-utf8", "header-latin1", "wrong-meta", "none"} <= set(declared)


def test_nul_and_zero_width_characters_do_not_reach_the_store(hostile_crawl: dict[str, Any]) -> None:
    title, paragraphs = hostile_crawl["nul_zw"]
    row = next(r for r in _stored(hostile_crawl["work"]) if r["url"].endswith(EXTRA))
    assert row["title"] == title
    assert row["body"].split("\n") == paragraphs
    assert not [r["url"] for r in _stored(hostile_crawl["work"]) if set(NASTY) & set(r["title"] + r["body"])]


def test_every_faulty_page_is_counted_under_its_reason(hostile_crawl: dict[str, Any]) -> None:
    result: CrawlResult = hostile_crawl["result"]
    c = result.counters
    assert result.summary.status == "finished"
    expected = Counter(case.reason for case in CASES)
    expected["skipped/robots"] += 1  # the generated site's /private/ page, linked from its first listing
    for reason, count in sorted(expected.items()):
        assert (reason, c.get(reason, 0)) == (reason, count)
    # Nothing else failed: every failed/* counter is one of the cases'.
    assert {k for k in c if k.startswith("failed/")} == {r for r in expected if r.startswith("failed/")}
    assert c["articles/new"] == N_ARTICLES + 1
    assert c.get("articles/changed", 0) == c.get("articles/unchanged", 0) == 0
    # Mobile and print copies declare the original canonical and are dropped as duplicates;
    # utm_/div variants are the same URL once canonicalised and are never fetched again.
    assert c["duplicates/url"] == 2 * len(hostile_crawl["variants"])
    # Retry-After was honoured for 429/503 and refused when it asked for a day.
    assert c["retry/retry_after_too_long"] == 1
    # The endless calendar stops at max_depth: 5 pages sit at the limit, each linking 3 further days.
    assert c["skipped/depth"] == 15


def test_nothing_was_fetched_from_refused_addresses(hostile_crawl: dict[str, Any]) -> None:
    c = hostile_crawl["result"].counters
    assert c["refused/address"] == 3  # 10.20.30.40, intranet.internal.test (stub: 10.20.30.40), 127.0.0.2
    assert not [k for k in c if "DNSLookup" in k or "CannotResolve" in k]


def test_no_traceback_reaches_the_log_and_the_store_is_sound(hostile_crawl: dict[str, Any]) -> None:
    log = (hostile_crawl["work"] / "crawl.log").read_text("utf-8")
    assert "Traceback" not in log
    assert "Unhandled" not in log
    errors = [line for line in log.splitlines() if "] ERROR:" in line]
    # Every failure of a misbehaving site is expected and counted: Scrapy's "Gave up retrying" note
    # is INFO (RETRY_GIVE_UP_LOG_LEVEL; the errback reports the page once), so no line is an ERROR.
    assert errors == []
    assert "Gave up retrying" in log
    assert hostile_crawl["result"].counters.get("log_count/ERROR", 0) == 0
    db_url = f"sqlite:///{hostile_crawl['work'] / 'crawl' / 'home' / 'archive.sqlite3'}"
    assert check_integrity(db_url) == []

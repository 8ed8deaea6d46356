"""The listing spider against a generated site: allow/deny patterns, depth against a calendar trap."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sitegen import STANDARD_DATES, SiteManifest, standard_site
from sitegen.crawl import crawl
from sitegen.discovery import LISTING_PAGE_SIZE
from sitegen.serve import body_sample, serve_site, squash

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

D = STANDARD_DATES


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    manifest = standard_site(tmp_path_factory.mktemp("listing") / "site")
    with serve_site(Path(manifest.root)) as url:
        yield manifest, url


def test_listing_collects_every_article_and_stops_in_the_calendar_trap(
    site: tuple[SiteManifest, str], tmp_path: Path
) -> None:
    manifest, url = site
    result = crawl(manifest.source(url, "listing", max_depth=3), tmp_path, since=D[0], until=D[-1])
    expected = {url + a.path: a for a in manifest.good_articles()}
    stored = {a["url"]: a for a in result.articles}
    assert set(stored) == set(expected)
    for link, truth in expected.items():
        assert squash(stored[link]["title"]) == squash(truth.title)
        assert body_sample(truth.paragraphs) in squash(stored[link]["body"])
    c = result.counters
    # The list pages (depth 0 and 1) and cal/d0..d2 (depths 1-3); cal/d3 is one hop too deep.
    list_pages = -(-len(manifest.good_articles()) // LISTING_PAGE_SIZE)
    assert c["listings"] == list_pages + 3
    assert c["skipped/depth"] == 1
    assert c["skipped/robots"] == 1  # /private/ is disallowed by robots.txt


def test_deny_patterns_win_and_depth_zero_reads_only_start_pages(
    site: tuple[SiteManifest, str], tmp_path: Path
) -> None:
    manifest, url = site
    source = manifest.source(url, "listing", max_depth=0, deny_patterns=[r"/pc/"])
    result = crawl(source, tmp_path, since=D[0], until=D[-1])
    first_page = manifest.good_articles()[:LISTING_PAGE_SIZE]
    assert {a["url"] for a in result.articles} == {url + a.path for a in first_page if a.family == "old"}
    assert result.counters["listings"] == 1


def test_host_page_budget_stops_the_crawl(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    result = crawl(
        manifest.source(url, "listing", max_depth=20),
        tmp_path,
        since=D[0],
        until=D[-1],
        NEWSARCHIVE_HOST_PAGE_BUDGET=8,
    )
    c = result.counters
    assert c["skipped/host_budget"] > 0
    assert c["downloader/response_count"] <= 8 + 1  # the budget, plus robots.txt which does not spend it


def test_an_epaper_edition_page_reached_as_an_article_is_not_stored(
    site: tuple[SiteManifest, str], tmp_path: Path
) -> None:
    """A generic source (no article patterns) takes every link for an article: the edition's other
    page (node_2) was stored as an "article" titled with the paper's name, its links for a body."""
    manifest, url = site
    edition = next(e for e in manifest.editions if e.status == "found")
    source = manifest.source(
        url,
        "listing",
        start_urls=[url + edition.pages[0]],
        page_patterns=[],
        article_patterns=[],
        max_depth=0,
    )
    result = crawl(source, tmp_path, since=D[0], until=D[-1])
    stored = {a["url"] for a in result.articles}
    assert not stored & {url + page for page in edition.pages}
    day = [a for a in manifest.good_articles() if a.path.startswith(edition.pages[0].rsplit("/", 1)[0] + "/")]
    assert stored >= {url + a.path for a in day if a.page == 1}
    assert result.counters["skipped/not_article"] >= 1

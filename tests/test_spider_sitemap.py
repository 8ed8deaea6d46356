"""The sitemap spider against a generated site: index, gzipped child, Google News, date filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sitegen import STANDARD_DATES, SiteManifest, standard_site
from sitegen.crawl import crawl
from sitegen.serve import body_sample, serve_site, squash

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

D = STANDARD_DATES


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    manifest = standard_site(tmp_path_factory.mktemp("sitemap") / "site")
    with serve_site(Path(manifest.root)) as url:
        yield manifest, url


def test_sitemap_index_over_the_whole_range(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    result = crawl(manifest.source(url, "sitemap"), tmp_path, since=D[0], until=D[-1])
    expected = {url + a.path: a for a in manifest.good_articles()}
    stored = {a["url"]: a for a in result.articles}
    assert set(stored) == set(expected)  # the newest child sitemap is .xml.gz: it was read too
    for link, truth in expected.items():
        assert squash(stored[link]["title"]) == squash(truth.title)
        assert body_sample(truth.paragraphs) in squash(stored[link]["body"])
    assert result.counters["sitemaps"] == 4  # the index and three per-date children


def test_lastmod_filters_entries_and_child_sitemaps(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    result = crawl(manifest.source(url, "sitemap"), tmp_path, since=D[3], until=D[3])
    assert {a["url"] for a in result.articles} == {url + a.path for a in manifest.good_articles(D[3], D[3])}
    # 03-01's child sitemap is skipped by its lastmod; 03-06's is read (changed after since),
    # its entries are skipped.
    later = len(manifest.good_articles(D[5], D[5]))
    assert result.counters["skipped/out_of_range"] == 1 + later
    assert result.counters["sitemaps"] == 3


def test_google_news_sitemap_filters_by_publication_date(
    site: tuple[SiteManifest, str], tmp_path: Path
) -> None:
    manifest, url = site
    source = manifest.source(url, "sitemap", start_urls=[url + manifest.sitemaps["news"]])
    result = crawl(source, tmp_path, since=D[5], until=D[5])
    assert {a["url"] for a in result.articles} == {url + a.path for a in manifest.good_articles(D[5], D[5])}
    assert result.counters["skipped/out_of_range"] == len(manifest.good_articles()) - len(result.articles)


def test_article_patterns_filter_sitemap_entries(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    source = manifest.source(url, "sitemap", article_patterns=[r"/pc/content/"])
    result = crawl(source, tmp_path, since=D[0], until=D[-1])
    assert {a["url"] for a in result.articles} == {
        url + a.path for a in manifest.good_articles() if a.family == "new"
    }

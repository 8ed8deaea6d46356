"""The feed spider against a generated site: RSS and Atom, date filter, GBK article pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sitegen import STANDARD_DATES, SiteManifest, standard_site
from sitegen.crawl import crawl
from sitegen.serve import body_sample, looks_mojibake, serve_site, squash

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

D = STANDARD_DATES


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    manifest = standard_site(tmp_path_factory.mktemp("feed") / "site")
    with serve_site(Path(manifest.root)) as url:
        yield manifest, url


@pytest.mark.slow
@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feed_collects_every_article(site: tuple[SiteManifest, str], tmp_path: Path, feed: str) -> None:
    manifest, url = site
    source = manifest.source(url, "feed", start_urls=[url + manifest.feeds[feed]])
    result = crawl(source, tmp_path, since=D[0], until=D[-1])
    expected = {url + a.path: a for a in manifest.good_articles()}
    stored = {a["url"]: a for a in result.articles}
    assert set(stored) == set(expected)
    for link, truth in expected.items():
        assert squash(stored[link]["title"]) == squash(truth.title)
        assert body_sample(truth.paragraphs) in squash(stored[link]["body"])
        if truth.encoding == "gbk":
            assert not looks_mojibake(stored[link]["body"])
    assert result.counters["feeds"] == 1


def test_feed_items_outside_the_range_are_skipped(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    result = crawl(manifest.source(url, "feed"), tmp_path, since=D[0], until=D[0])
    assert {a["url"] for a in result.articles} == {url + a.path for a in manifest.good_articles(D[0], D[0])}
    assert result.counters["skipped/out_of_range"] == len(manifest.good_articles()) - len(result.articles)


def test_a_missing_feed_is_a_discovery_failure(site: tuple[SiteManifest, str], tmp_path: Path) -> None:
    manifest, url = site
    result = crawl(
        manifest.source(url, "feed", start_urls=[url + "/feed/none.xml"]), tmp_path, since=D[0], until=D[-1]
    )
    assert result.counters["failed/discovery"] == 1
    assert result.articles == []

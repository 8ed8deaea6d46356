"""The test-site generator itself: real corpora when present, the bundled sample otherwise, and speed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sitegen import build_site
from sitegen.crawl import crawl
from sitegen.serve import body_sample, looks_mojibake, serve_site, squash


def _check_complete(manifest: object, url: str, result: object) -> None:
    expected = {url + a.path: a for a in manifest.good_articles()}  # type: ignore[attr-defined]
    stored = {a["url"]: a for a in result.articles}  # type: ignore[attr-defined]
    assert set(stored) == set(expected)
    for link, truth in expected.items():
        assert squash(stored[link]["title"]) == squash(truth.title)
        assert body_sample(truth.paragraphs) in squash(stored[link]["body"])
        assert not looks_mojibake(stored[link]["title"])


@pytest.mark.slow
def test_bundled_sample_builds_a_crawlable_site(tmp_path: Path) -> None:
    days = [date(2023, 5, 1) + timedelta(days=i) for i in range(3)]
    manifest = build_site(
        tmp_path / "site", n_articles=15, dates=days, corpus="bundled", gbk_share=0.5, seed=3
    )
    assert {a.origin for a in manifest.articles} == {"bundled"}
    assert {a.encoding for a in manifest.articles} == {"utf-8", "gbk"}
    assert (tmp_path / "site.manifest.json").is_file()
    with serve_site(Path(manifest.root)) as url:
        result = crawl(manifest.source(url, "epaper"), tmp_path / "crawl", since=days[0], until=days[-1])
    _check_complete(manifest, url, result)


@pytest.mark.slow
def test_site_from_the_shared_corpora(shared_data: Path, tmp_path: Path) -> None:
    days = [date(2012, 6, 1) + timedelta(days=i) for i in range(8)]
    manifest = build_site(
        tmp_path / "site",
        n_articles=60,
        dates=days,
        corpus="shared",
        gbk_share=0.5,
        no_edition=[days[2]],
        failed=[days[5]],
        pages_per_edition=4,
        seed=11,
    )
    assert {a.origin for a in manifest.articles} == {"inews", "sogou"}
    with serve_site(Path(manifest.root)) as url:
        result = crawl(manifest.source(url, "epaper"), tmp_path / "crawl", since=days[0], until=days[-1])
    _check_complete(manifest, url, result)
    assert result.counters["editions/found"] == 6


@pytest.mark.slow
def test_thousands_of_pages_build_with_distinct_paths(tmp_path: Path) -> None:
    # How fast it builds is bench.crawl_bench's business (it builds 5,000 articles each run).
    days = [date(2024, 1, 1) + timedelta(days=i) for i in range(60)]
    manifest = build_site(tmp_path / "site", n_articles=5000, dates=days, pages_per_edition=8)
    assert len(manifest.articles) == 5000
    assert len({a.path for a in manifest.articles}) == 5000


@pytest.mark.parametrize("families", [("old",), ("new",)])
def test_single_family_sites_have_one_open_template(tmp_path: Path, families: tuple[str, ...]) -> None:
    manifest = build_site(tmp_path / "site", n_articles=4, families=families, corpus="bundled")
    assert len(manifest.templates) == 1 and set(manifest.templates[0]) == {"url"}

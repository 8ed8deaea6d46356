"""``sources add`` evidence and ``db check`` problems count in words: "1 entry", never "1 entries"."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from crawler.discover.add import _nonpaper
from crawler.discover.families import Recognition
from crawler.discover.fetch import Fetched

SITEMAP = (
    b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    b"<url><loc>http://n.example/2024/03/01/a1.html</loc><lastmod>2024-03-01</lastmod></url></urlset>"
)
FEED = (
    b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>n</title>'
    b"<item><title>a</title><link>http://n.example/2024/03/01/a1.html</link>"
    b"<pubDate>Fri, 01 Mar 2024 08:00:00 +0800</pubDate></item></channel></rss>"
)
HOME = (
    b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
    b"<body><a href='/2024/03/01/a1.html'>a</a></body></html>"
)


class _Site:
    """A fetcher answering from a dict, with the robots.txt sitemaps given."""

    def __init__(self, pages: dict[str, bytes], sitemaps: list[str]) -> None:
        self.pages, self.sitemaps, self.max_size, self.requests = pages, sitemaps, 1 << 20, 0

    def get(self, url: str) -> Fetched:
        body = self.pages.get(url)
        return Fetched(url, 200, body) if body is not None else Fetched(url, 404)

    def robots(self, url: str) -> Any:
        return SimpleNamespace(sitemaps=self.sitemaps)


def _evidence(pages: dict[str, bytes], sitemaps: list[str]) -> list[str]:
    site: Any = _Site(pages, sitemaps)
    answer = Fetched("http://n.example/", 200, HOME, "text/html; charset=utf-8")
    found = _nonpaper("http://n.example/", site, answer, Recognition("none"), "n.example", date(2024, 3, 2))
    return found.evidence


def test_a_sitemap_of_one_entry_and_a_feed_of_one_item_are_counted_in_the_singular() -> None:
    sitemap = "http://n.example/sitemap.xml"
    said = _evidence({sitemap: SITEMAP}, [sitemap])
    assert said[0] == f"robots.txt names sitemap {sitemap} (1 entry)", said
    said = _evidence({"http://n.example/feed.xml": FEED}, [])
    assert said[0] == "feed http://n.example/feed.xml (1 item)", said


def test_db_check_counts_one_orphan_in_the_singular(tmp_path: Any) -> None:
    import sqlite3

    from archive.integrity import check_integrity
    from archive.schema import open_store

    path = tmp_path / "a.sqlite3"
    with open_store(f"sqlite:///{path}"):
        pass  # the schema
    with sqlite3.connect(path) as conn:  # foreign keys are off in a plain connection
        conn.execute(
            "INSERT INTO editions (source_id, edition_date, issue_number, status, reason, url, template, "
            "checked_at) VALUES ('gone', '2024-03-01', '', 'found', '', '', '', '2024-03-01')"
        )
    problems = check_integrity(f"sqlite:///{path}")
    assert any(p.startswith("1 edition without its source: ") for p in problems), problems
    assert any("foreign_key_check: 1 row in editions refers to a missing row" in p for p in problems), (
        problems
    )


def test_db_check_names_each_missing_article_of_reprint_bands_once(tmp_path: Any) -> None:
    """An article deleted by hand left its 16 reprint bands: "16 reprint bands without their article:
    16, 16, 16, 16, 16 and 11 more" read as many articles missing where one was."""
    import sqlite3

    from archive.integrity import check_integrity
    from archive.schema import open_store

    path = tmp_path / "a.sqlite3"
    with open_store(f"sqlite:///{path}"):
        pass  # the schema
    with sqlite3.connect(path) as conn:  # foreign keys are off in a plain connection
        conn.executemany(
            "INSERT INTO article_lsh_bands (article_id, band, value) VALUES (?, ?, ?)",
            [(16, band, band) for band in range(16)] + [(9, 0, 1)],
        )
    problems = check_integrity(f"sqlite:///{path}")
    assert "17 reprint bands of 2 missing articles: 9, 16" in problems, problems

"""Pure parsers of sitemaps and feeds (no crawl)."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.spiders.discovery import gunzip_strict, parse_datetime, parse_feed, parse_sitemap

CST = timezone(timedelta(hours=8))


def test_sitemap_index_and_urlset() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>/sitemaps/a.xml</loc><lastmod>2024-03-01</lastmod></sitemap>
      <sitemap><loc>http://p.test/b.xml.gz</loc></sitemap></sitemapindex>"""
    entries = parse_sitemap(index, "http://p.test/sitemap_index.xml")
    assert [(e.url, e.is_sitemap) for e in entries] == [
        ("http://p.test/sitemaps/a.xml", True),
        ("http://p.test/b.xml.gz", True),
    ]
    assert entries[0].modified == datetime(2024, 3, 1) and entries[1].modified is None
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc> http://p.test/a.htm </loc>
      <lastmod>2024-03-01T06:30:00+08:00</lastmod></url><url><lastmod>2024-03-01</lastmod></url></urlset>"""
    (entry,) = parse_sitemap(urlset)
    assert entry.url == "http://p.test/a.htm" and entry.modified == datetime(2024, 3, 1, 6, 30, tzinfo=CST)


def test_google_news_sitemap_prefers_publication_date_and_gives_title() -> None:
    body = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://p.test/a.htm</loc>
      <lastmod>2024-05-01</lastmod><news:news><news:publication><news:name>白城日报</news:name></news:publication>
      <news:publication_date>2024-03-02T07:30:00+08:00</news:publication_date>
      <news:title>鹤鸣湖湿地迎来候鸟</news:title></news:news></url></urlset>""".encode()
    (entry,) = parse_sitemap(body)
    assert entry.modified == datetime(2024, 3, 2, 7, 30, tzinfo=CST)
    assert entry.title == "鹤鸣湖湿地迎来候鸟"


def test_external_entities_are_not_resolved(tmp_path: object) -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/hostname">]>
      <urlset><url><loc>http://p.test/&x;</loc></url></urlset>"""
    assert all("etc" not in e.url and len(e.url) < 40 for e in parse_sitemap(body))


def test_not_xml_gives_nothing() -> None:
    assert parse_sitemap(b"<html><body>404</body></html>") == []
    assert parse_feed(b"") == []


def test_gunzip_strict_refuses_truncated_and_oversized() -> None:
    data = gzip.compress(b"<urlset>" + b"x" * 5000 + b"</urlset>")
    assert gunzip_strict(data, 10_000).startswith(b"<urlset>")
    with pytest.raises(ValueError, match="truncated"):
        gunzip_strict(data[: len(data) // 2], 10_000)
    with pytest.raises(ValueError, match="larger than"):
        gunzip_strict(data, 1000)


def test_rss_atom_and_rdf() -> None:
    rss = """<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><item><title>标题一</title>
      <link>/a.htm</link><pubDate>Fri, 01 Mar 2024 08:30:00 +0800</pubDate></item>
      <item><title>无链接</title><guid isPermaLink="false">x1</guid></item>
      <item><title>只有 guid</title><guid>http://p.test/g.htm</guid></item></channel></rss>""".encode(
        "gb2312"
    )
    entries = parse_feed(rss, "http://p.test/rss.xml")
    assert [(e.url, e.title) for e in entries] == [
        ("http://p.test/a.htm", "标题一"),
        ("http://p.test/g.htm", "只有 guid"),
    ]
    assert entries[0].modified == datetime(2024, 3, 1, 8, 30, tzinfo=CST)
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
      <link rel="enclosure" href="http://p.test/a.mp3"/><link href="http://p.test/a.htm"/>
      <updated>2024-03-09T00:00:00Z</updated><published>2024-03-01T01:00:00Z</published></entry></feed>"""
    (entry,) = parse_feed(atom)
    assert entry.url == "http://p.test/a.htm" and entry.modified == datetime(2024, 3, 1, 1, tzinfo=UTC)
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><item rdf:about="http://p.test/r.htm"><title>R</title>
      <dc:date>2024-03-01</dc:date></item></rdf:RDF>"""
    (entry,) = parse_feed(rdf)
    assert entry.url == "http://p.test/r.htm" and entry.modified == datetime(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", datetime(2024, 3, 1)),
        ("2024-03-01 08:00:00", datetime(2024, 3, 1, 8)),
        ("2024-03-01T08:00Z", datetime(2024, 3, 1, 8, tzinfo=UTC)),
        ("Fri, 01 Mar 2024 00:00:00 GMT", datetime(2024, 3, 1, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime(text: str | None, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected

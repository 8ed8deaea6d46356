"""Canonical URLs (crawler.urls): the same forms, now from a cache (a crawl asks ~7 times per article)."""

from __future__ import annotations

from crawler.urls import canonicalize_url

CASES = {
    "HTTP://Paper.Example:80/a/content_1.htm?utm_source=x&b=2&a=1#top": "http://paper.example/a/content_1.htm?a=1&b=2",
    "https://paper.example:443?div=-1&spm=3": "https://paper.example/",
    " http://paper.example/html/2024-01/01/node_2.htm ": "http://paper.example/html/2024-01/01/node_2.htm",
    "http://paper.example:8080/x?id=3&from=groupmessage": "http://paper.example:8080/x?id=3",
}


def test_canonical_forms_are_the_same_when_asked_again() -> None:
    for _ in range(2):  # the second round from the cache
        for url, canonical in CASES.items():
            assert canonicalize_url(url) == canonical, url


def test_an_article_url_asked_again_is_not_parsed_again() -> None:
    url = "http://paper.example/html/2024-01/02/content_77.htm?utm_medium=feed"
    canonicalize_url(url)
    hits = canonicalize_url.cache_info().hits
    assert canonicalize_url(url) == "http://paper.example/html/2024-01/02/content_77.htm"
    assert canonicalize_url.cache_info().hits == hits + 1

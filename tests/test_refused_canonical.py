"""A capture refused as cut short is marked on the article whichever URL the article is stored under.

An article whose page declares another URL (``rel=canonical``) is stored under that one; the
refusal was noted under the request's URL alone, so the report counted the article "unseen".
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from sitegen.fakes import fake_crawler
from store_support import WIRE, article
from twisted.python.failure import Failure

from archive.articles import ensure_source, mark_refused, upsert_articles
from archive.config import resolve_db_url
from archive.models import Article
from archive.schema import open_store
from crawler.middlewares.integrity import TruncationMiddleware
from crawler.sources import SourceConfig
from crawler.spiders.listing import ListingSpider

HEAD = '<html><head><link rel="canonical" href="http://paper.test/news/123.html"></head><body>'
# Paragraphs that differ: half of a gzip stream of one repeated line holds hardly a byte of its page.
PAGE = (
    HEAD + "".join(f"<p>第{i}段正文，编号{i * 7919 % 10007}。</p>" for i in range(400)) + "</body></html>"
).encode()
REQUESTED = "http://paper.test/content/2024-03/01/content_123.htm?from=home"
STORED = "http://paper.test/news/123.html"


def _refused(response: Response) -> ListingSpider:
    request = response.request
    assert request is not None
    with pytest.raises(IgnoreRequest, match="truncated body") as caught:
        TruncationMiddleware(fake_crawler()).process_response(request, response)
    failure = Failure(caught.value)
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy hands it to the errback
    spider = ListingSpider(source=SourceConfig("paper-a", "A", "listing"))
    list(spider.request_failed(failure))
    return spider


@pytest.mark.parametrize("cut", ["half-gzip", "short-length"])
def test_a_refused_capture_is_marked_on_the_article_stored_under_its_canonical(
    tmp_path: Path, cut: str
) -> None:
    request = Request(REQUESTED, meta={"newsarchive_kind": "article"})
    if cut == "half-gzip":
        packed = gzip.compress(PAGE)
        response = Response(
            REQUESTED, body=packed[: len(packed) // 2], headers={"Content-Encoding": "gzip"}, request=request
        )
    else:
        response = Response(REQUESTED, body=PAGE[:600], flags=["dataloss"], request=request)
    spider = _refused(response)
    db_url = resolve_db_url(None, tmp_path / "home")
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a")
        upsert_articles(s, [article(STORED, "paper-a", body=WIRE)])
        assert mark_refused(s, spider.refused_captures) == 1
        stored = s.query(Article).filter_by(url=STORED).one()
        assert stored.refused_at is not None and stored.refused_reason == "truncated"


def test_a_refused_capture_without_a_readable_head_is_marked_under_its_request_url() -> None:
    request = Request(REQUESTED, meta={"newsarchive_kind": "article"})
    packed = gzip.compress(PAGE)
    spider = _refused(
        Response(REQUESTED, body=packed[:8], headers={"Content-Encoding": "gzip"}, request=request)
    )
    assert spider.refused_captures == {"http://paper.test/content/2024-03/01/content_123.htm": "truncated"}


def test_a_canonical_on_another_host_is_not_taken_as_the_key() -> None:
    # article_key's rule: a declared canonical on another host is a reprint's origin, not this page.
    page = PAGE.replace(b"http://paper.test/news/", b"http://other.test/news/")
    request = Request(REQUESTED, meta={"newsarchive_kind": "article"})
    spider = _refused(Response(REQUESTED, body=page[:600], flags=["dataloss"], request=request))
    assert set(spider.refused_captures) == {"http://paper.test/content/2024-03/01/content_123.htm"}

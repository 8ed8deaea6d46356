"""Hostile pages keep their articles: wrong charsets, UTF-16, over-long links (issue 14 item 9)."""

from __future__ import annotations

import pytest
from scrapy.http import Request
from scrapy.utils.test import get_crawler

from crawler.extract import extract_article
from crawler.extract.decode import decode_html
from crawler.middlewares.urllength import CountedUrlLengthMiddleware

BODY = "".join(
    f"<p>第{n}段：洮北区脱贫攻坚工作取得新进展，全区贫困人口全部脱贫，群众生活明显改善。</p>"
    for n in range(8)
)
TITLE = "洮北区脱贫攻坚取得新进展"
HTML = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{BODY}</body></html>"


@pytest.mark.parametrize(
    ("body", "content_type", "codec"),
    [
        (HTML.encode("utf-8"), "text/html; charset=utf-16", "utf-8"),  # declared UTF-16 over UTF-8
        (HTML.encode("utf-8"), "text/html; charset=utf-32", "utf-8"),
        (HTML.encode("gbk"), "text/html; charset=utf-16", "gb18030"),
        (HTML.encode("utf-16-le"), "text/html; charset=utf-8", "utf-16-le"),  # UTF-16 without a BOM
        (HTML.encode("utf-16-be"), None, "utf-16-be"),
        (HTML.encode("utf-16"), "text/html; charset=gbk", "utf-16"),  # with a BOM
    ],
)
def test_a_charset_that_does_not_verify_falls_back(body: bytes, content_type: str | None, codec: str) -> None:
    decoded = decode_html(body, content_type)
    assert decoded.text == HTML and decoded.encoding == codec


def test_declared_utf16_over_utf8_is_still_an_article() -> None:
    item = extract_article(
        "http://paper.example/2020-01/02/content_1.htm",
        HTML.encode("utf-8"),
        content_type="text/html; charset=utf-16",
    )
    assert item.title == "洮北区脱贫攻坚取得新进展" and "群众生活明显改善" in item.body


@pytest.mark.parametrize(
    ("opening", "closing", "depth"),
    [("<div>", "", 300), ("<font>", "", 3000), ("<table><tr><td>", "</td></tr></table>", 4000)],
)
def test_deeply_nested_markup_keeps_its_article(opening: str, closing: str, depth: int) -> None:
    # libxml2 stops reading at 256 levels and dropped the whole text: old templates leave
    # <div> and <font> unclosed, one more level per paragraph.
    nested = f"{opening * depth}{BODY}{closing * depth}"
    page = f"<html><head><title>{TITLE}</title></head><body>{nested}</body></html>"
    item = extract_article("http://paper.example/2020-01/02/content_1.htm", page.encode("utf-8"))
    assert item.title == TITLE
    assert "第0段：洮北区脱贫攻坚" in item.body and "第7段" in item.body


def test_over_long_urls_are_counted() -> None:
    crawler = get_crawler(settings_dict={"URLLENGTH_LIMIT": 2048})
    crawler.spider = crawler._create_spider("test")
    middleware = CountedUrlLengthMiddleware.from_crawler(crawler)
    long_url = "http://paper.example/" + "a" * 3000 + ".htm"
    assert middleware.get_processed_request(Request(long_url), None) is None
    ok = Request("http://paper.example/content_1.htm")
    assert middleware.get_processed_request(ok, None) is ok
    assert crawler.stats is not None
    assert crawler.stats.get_value("newsarchive/skipped/url_too_long") == 1


def test_the_crawl_uses_the_counting_middleware() -> None:
    from crawler import settings

    assert settings.SPIDER_MIDDLEWARES["scrapy.spidermiddlewares.urllength.UrlLengthMiddleware"] is None
    assert "crawler.middlewares.urllength.CountedUrlLengthMiddleware" in settings.SPIDER_MIDDLEWARES
    assert settings.URLLENGTH_LIMIT == 2048


def test_control_bytes_in_a_founder_page_are_not_stored() -> None:
    # The Founder fast path kept them: "\x07" and a NUL turned U+FFFD were stored in the body.
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "pages" / "founder-epaper_1.html").read_bytes()
    at = raw.find("惠及居民".encode("gb18030"))
    item = extract_article("http://127.0.0.1/a/content_1.htm", raw[:at] + b"\x00\x07" + raw[at:])
    assert "涉及小区48个，惠及居民三万余户" in item.body
    assert not {"\x00", "\x07", "\ufffd"} & set(item.body)

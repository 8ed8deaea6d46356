"""Meta-refresh redirects still work; pages without the tag are not decoded for it."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.middlewares.refresh import CheapMetaRefreshMiddleware, may_refresh


def _mw() -> CheapMetaRefreshMiddleware:
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True, "METAREFRESH_MAXDELAY": 100})
    return CheapMetaRefreshMiddleware.from_crawler(crawler)


def test_refresh_tag_redirects() -> None:
    body = (
        b'<html><head><META HTTP-EQUIV="Refresh" content="0; url=/html/2024-03/01/node_1.htm"></head></html>'
    )
    request = Request("http://127.0.0.1:9/index.htm")
    out = _mw().process_response(request, HtmlResponse(request.url, body=body, request=request))
    assert isinstance(out, Request)
    assert out.url == "http://127.0.0.1:9/html/2024-03/01/node_1.htm"


def test_page_without_tag_is_returned_untouched_and_undecoded() -> None:
    body = "<html><head><title>新闻</title></head><body>正文</body></html>".encode("gbk")
    request = Request("http://127.0.0.1:9/content_1.htm")
    response = HtmlResponse(request.url, body=body, request=request)
    assert _mw().process_response(request, response) is response
    assert response._cached_ubody is None  # the body was never decoded


def test_may_refresh_variants() -> None:
    assert may_refresh(b"<meta http-equiv='refresh' content='1'>")
    assert may_refresh(b"<meta http-equiv=REFRESH content=1>")
    assert not may_refresh(b"<meta http-equiv='content-type' content='text/html'>")


def test_refresh_to_a_non_http_url_is_ignored_and_the_page_kept() -> None:
    for target in ("javascript:alert(1)", "javascript:location.href='x'", "mailto:a@b.cn", "http://[bad"):
        body = (
            f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head>'
            "<body><h1>标题</h1><p>正文</p></body></html>"
        ).encode()
        request = Request("http://127.0.0.1:9/content_1.htm")
        response = HtmlResponse(request.url, body=body, request=request)
        assert _mw().process_response(request, response) is response, target

"""Truncated bodies (half a gzip stream, a lying Content-Length, a cut-off page) never pass."""

from __future__ import annotations

import gzip
import re
import zlib

import brotli
import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from sitegen.fakes import fake_crawler

from crawler.middlewares.integrity import TruncationMiddleware, encoded_body_complete, html_looks_complete

PAGE = ("<html><body>" + "<p>新闻正文。</p>" * 400 + "</body></html>").encode()


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),
        ("br", brotli.compress),
    ],
)
def test_whole_and_cut_encoded_bodies(encoding: str, pack: object) -> None:
    packed = pack(PAGE)  # type: ignore[operator]
    assert encoded_body_complete(packed, [encoding])
    assert not encoded_body_complete(packed[: len(packed) // 2], [encoding])
    assert not encoded_body_complete(packed[:-1] if encoding != "br" else packed[:-3], [encoding])


def test_scrapy_would_accept_the_half_gzip_body() -> None:
    # Why the middleware exists: Scrapy's gunzip returns the readable half without complaint.
    from scrapy.utils.gz import gunzip

    half = gzip.compress(PAGE)[: len(gzip.compress(PAGE)) // 2]
    assert 0 < len(gunzip(half)) < len(PAGE)


def test_middleware_refuses_cut_bodies_and_counts_them() -> None:
    request = Request("http://paper.test/a.htm")
    packed = gzip.compress(PAGE)
    half = packed[: len(packed) // 2]
    cases = [
        Response(request.url, body=half, headers={"Content-Encoding": "gzip"}, request=request),
        Response(request.url, body=PAGE[:500], flags=["dataloss"], request=request),
        Response(
            request.url,
            body=PAGE[:500],
            flags=["partial"],
            headers={"Content-Type": "text/html"},
            request=request,
        ),
    ]
    mw = TruncationMiddleware(fake_crawler())
    for response in cases:
        with pytest.raises(IgnoreRequest, match="truncated body"):
            mw.process_response(request, response)
    assert mw.crawler.stats.values["newsarchive/failed/truncated"] == 3


def test_middleware_passes_whole_bodies() -> None:
    request = Request("http://paper.test/a.htm")
    whole = [
        Response(
            request.url, body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}, request=request
        ),
        Response(
            request.url, body=PAGE, flags=["partial"], headers={"Content-Type": "text/html"}, request=request
        ),
        Response(
            request.url,
            body=b"%PDF-1.4 ...",
            flags=["partial"],
            headers={"Content-Type": "application/pdf"},
            request=request,
        ),
        Response(
            request.url, body=PAGE[:100], request=request
        ),  # Content-Length honoured: nothing to suspect
        Response(request.url, status=304, request=request),
    ]
    mw = TruncationMiddleware(fake_crawler())
    for response in whole:
        assert mw.process_response(request, response) is response
    assert html_looks_complete(PAGE) and not html_looks_complete(PAGE[:-20])


def test_an_edition_page_that_only_redirects_is_followed_not_refused_as_cut() -> None:
    """A hand-written stub (``<html><head><meta http-equiv=refresh ...>`` and nothing more) sends the
    crawl to the edition's first page: refused as an edition page that never closes, before the
    meta-refresh middleware saw it, its edition failed on every crawl. A cut page is still refused,
    an auto-reload (no URL) or a refresh too slow to follow included."""
    request = Request("http://paper.test/index.htm", meta={"newsarchive_kind": "edition"})
    html = {"Content-Type": "text/html"}
    stub = b'<html><head><meta http-equiv="refresh" content="0; url=html/2024-03/01/node_2.htm"></head>'
    mw = TruncationMiddleware(fake_crawler())
    response = Response(request.url, body=stub, headers=html, request=request)
    assert mw.process_response(request, response) is response
    gzipped = Response(
        request.url, body=gzip.compress(stub), headers={**html, "Content-Encoding": "gzip"}, request=request
    )
    assert mw.process_response(request, gzipped) is gzipped
    for head in (
        b'<meta http-equiv="refresh" content="300">',
        b'<meta http-equiv="refresh" content="600; url=/">',
    ):
        cut = b"<html><head>" + head + b"</head><body><ul><li>" + "第01版".encode()
        with pytest.raises(IgnoreRequest, match="truncated body"):
            mw.process_response(request, Response(request.url, body=cut, headers=html, request=request))


# A paper's page that never closes its document (HTML5 lets it leave out </body></html>): whole.
UNCLOSED = (
    "<!DOCTYPE html>\n<html><head><title>城市晚报</title><style>div.x { color: red; }</style></head>\n"
    '<body><div id="wrap"><div class="head"><img src="logo.gif"><br></div>\n'
    '<table><tr><td><ul><li><a href="node_2.htm">第02版：要闻</a><li><a href="node_3.htm">第03版：经济</a>'
    "</ul></td></tr></table>\n"
    '<div class="titles"><p>鹤鸣湖环卫工人的一天<p>三下乡活动启动</div>'
    '<div class="foot">城市晚报社 版权所有</div></div>\n'
    '<script>var html = "<div>"; if (a < b) { document.write("<ul>"); }</script>\n'
    "<!-- 统计 <div> -->\n"
).encode()


def test_a_page_that_never_closes_is_whole_and_every_cut_of_it_is_not() -> None:
    """A paper whose pages never close (no `</body>`, no `</html>`) had every edition refused as "cut
    short at the origin" until its archivist found NEWSARCHIVE_UNCLOSED_PAGES, and every article served
    without a Content-Length refused as cut in transfer. Such a page ends on a complete tag with every
    container of its content closed; a cut anywhere before its last container closes does not."""
    from archive.truncation import document_cut_short

    assert not document_cut_short(UNCLOSED) and html_looks_complete(UNCLOSED)
    wrap_end = UNCLOSED.index(b"</div></div>") + len(b"</div></div>")
    start = UNCLOSED.index(b"<html>") + len(b"<html>")
    for end in range(start, wrap_end):
        assert document_cut_short(UNCLOSED[:end]), UNCLOSED[:end][-40:]
        assert not html_looks_complete(UNCLOSED[:end]), UNCLOSED[:end][-40:]
    # Cut in the script or the comment after the content: still cut (the tail's bytes are not whole).
    for marker in (b'document.write("<ul>', b"<!-- \xe7\xbb\x9f"):
        assert document_cut_short(UNCLOSED[: UNCLOSED.index(marker) + len(marker)])
    # Past the content, ended on its script or comment: nothing of the page was lost.
    assert not document_cut_short(UNCLOSED[: UNCLOSED.index(b"</script>") + len(b"</script>")])
    # A container left open at the end is a cut, however the markup is otherwise sloppy.
    assert document_cut_short(UNCLOSED.replace(b"</div></div>", b"</div>"))
    assert document_cut_short(b"</div></div>" + UNCLOSED.replace(b"</div></div>", b"</div>"))


def test_the_middleware_takes_unclosed_pages_and_refuses_their_cuts() -> None:
    """An edition page served whole, never closed, is found; one cut in its page list is refused. An
    article served without Content-Length (ended by the connection's close) is taken whole when it
    ends so, refused when cut."""
    html = {"Content-Type": "text/html"}
    mw = TruncationMiddleware(fake_crawler())
    cut = UNCLOSED[: UNCLOSED.index("第03版".encode())]
    edition = Request("http://paper.test/node_1.htm", meta={"newsarchive_kind": "edition"})
    article = Request("http://paper.test/content_1.htm", meta={"newsarchive_kind": "article"})
    for request, flags in ((edition, []), (article, ["partial"])):
        whole = Response(request.url, body=UNCLOSED, headers=html, flags=flags, request=request)
        assert mw.process_response(request, whole) is whole
        with pytest.raises(IgnoreRequest, match="truncated body"):
            mw.process_response(
                request, Response(request.url, body=cut, headers=html, flags=flags, request=request)
            )


# An older e-paper layout: the page's content in sibling top-level tables, not one wrapper.
SIBLING_TABLES = (
    "<html><head><title>城市晚报</title></head><body>"
    "<table><tr><td>城市晚报 2016年7月20日</td></tr></table>\n"
    '<table><tr><td><a href="node_2.htm">第02版：要闻</a></td></tr></table>\n'
    '<table><tr><td><a href="node_3.htm">第03版：经济</a></td></tr></table>\n'
    '<div class="foot">城市晚报社 版权所有</div>\n'
).encode()


def test_a_cut_between_sibling_tables_is_refused_though_every_container_is_closed() -> None:
    """A CMS that writes its page line by line and stops between two top-level tables leaves a page
    ending on a closed container: taken for whole, its edition read "found" without the pages its
    missing tables named. A page that never closes is whole only when it reaches its sign-off
    (the footer's 版权所有, Copyright, ©, ICP 备案 ...), which every cut before it lacks."""
    from archive.truncation import document_cut_short

    assert not document_cut_short(SIBLING_TABLES) and html_looks_complete(SIBLING_TABLES)
    for table_end in (m.end() for m in re.finditer(rb"</table>\n", SIBLING_TABLES)):
        assert document_cut_short(SIBLING_TABLES[:table_end])
        assert not html_looks_complete(SIBLING_TABLES[:table_end])


def test_a_masthead_or_nav_bar_is_no_sign_off() -> None:
    """主办 (a masthead's 中共某市委主办), 联系我们 and 关于本报 (a top nav bar's links) and a script's
    licence comment stand above the content as often as in a footer: a cut after them is still a cut."""
    from archive.truncation import document_cut_short

    for top in (
        "城市晚报 中共江城市委主办 国内统一刊号CN22-0035",
        '<a href="/about">关于本报</a> | <a href="/contact">联系我们</a>',
        "<script>/*! jQuery | (c) Copyright JS Foundation */ var icp = 1;</script>城市晚报",
    ):
        page = SIBLING_TABLES.replace("城市晚报 2016年7月20日".encode(), top.encode())
        assert not document_cut_short(page)
        for table_end in (m.end() for m in re.finditer(rb"</table>\n", page)):
            assert document_cut_short(page[:table_end]), (top, page[:table_end])

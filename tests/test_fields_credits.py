"""Credits on pages of common shapes: a name is kept only where the page prints it as a credit.

Written by hand from how portal, blog and forum templates print bylines (not from the
dev set's holdout pages): short pages whose related list or comments credit other
writers, credit lines just after the text, ``author`` meta tags and author-classed elements.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

HEADLINE = "我市老旧小区改造全面开工"
_TEXT = "".join(
    f"<p>今年以来，我市持续推进老旧小区改造工作，第{i}批项目已经全面开工建设，预计年底前完成全部改造任务，"
    f"惠及居民三千余户。相关负责人表示，将加强第{i}批项目的质量监管。</p>"
    for i in range(6)
)


def _page(head: str, top: str, bottom: str = "") -> bytes:
    return (
        f"<html><head>{head}</head><body>{top}<div class='content'>{_TEXT}</div>{bottom}"
        "<div class='footer'>关于我们 联系我们 版权所有 江城新闻网</div></body></html>"
    ).encode()


def _authors(page: bytes) -> list[str]:
    return extract_article("http://www.example.cn/a/2019/0907/1.html", page).authors


_HEAD = f"<title>{HEADLINE}_江城新闻网</title>"
_TOP = f"<h1>{HEADLINE}</h1><div class='info'>2019-09-07 来源：江城晚报</div>"
_RELATED = "<div class='related'><h3>相关阅读</h3><ul><li><a>另一篇新闻</a> 作者：王二小</li></ul></div>"
_CREDIT = "<div class='post_author'>本文来源：中国新闻网 作者：张晓明 责任编辑：杨倩</div>"
_META = "<meta name='author' content='{}'>"


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # A short page: the headline's zone reaches the related list, whose credit is another article's.
        (
            _page(_HEAD, _TOP, _RELATED),
            [],
        ),
        # ... but the credit line right after the text is the article's own.
        (
            _page(_HEAD, _TOP, _CREDIT),
            ["张晓明"],
        ),
        # An author meta tag printed after 作者 or in a byline element: a credit.
        (
            _page(_HEAD + _META.format("陈思远"), f"<h1>{HEADLINE}</h1><div>2019-09-07 作者：陈思远</div>"),
            ["陈思远"],
        ),
        (
            _page(
                _HEAD + _META.format("陈思远"),
                f"<h1>{HEADLINE}</h1><div>发表于 2019-09-07 由 <a class='author'>陈思远</a></div>",
            ),
            ["陈思远"],
        ),
        # An author-classed element with a label is a byline.
        (
            _page(_HEAD, f"<h1>{HEADLINE}</h1><div><span class='author'>作者：王府井</span></div>"),
            ["王府井"],
        ),
    ],
)
def test_names_only_from_credits(page: bytes, authors: list[str]) -> None:
    assert _authors(page) == authors


def _closing_page(closing: str) -> bytes:
    """A page whose content container holds the text, its credits, then a related list's leftovers."""
    return (
        f"<html><head>{_HEAD}</head><body>{_TOP}<div class='content'>{_TEXT}{closing}</div>"
        "<div class='footer'>关于我们 联系我们 版权所有 江城新闻网</div></body></html>"
    ).encode()


def test_text_ends_at_sohus_end_mark() -> None:
    related = "".join(
        f"<p>另一条新闻的导语第{i}段，讲述了与本文无关的事情，记者从有关部门获悉了更多的情况和进展。</p>"
        for i in range(3)
    )
    page = _closing_page(
        "<p>采写：南都记者 余毅菁 向雪妮</p><p>作者：余毅菁 向雪妮返回搜狐，查看更多</p>"
        f"<p>责任编辑：杨倩</p><p>香港警方：谴责造谣者</p>{related}"
    )
    item = extract_article("http://www.example.cn/a/2019/0907/1.html", page)
    assert item.authors == ["余毅菁", "向雪妮"]
    assert item.body.endswith("作者：余毅菁 向雪妮\n\n责任编辑：杨倩")
    assert "另一条新闻" not in item.body


def test_related_dates_after_the_credit_are_no_text() -> None:
    dates = "".join(f"<p>- 2020年07月0{d}日 13:36:14</p>" for d in range(3, 9))
    page = _closing_page(
        f"<p>(作者：方敏北京大学经济学院教授)</p><p>理论新闻精选：</p>{dates}<p>责任编辑：陈海峰</p>"
    )
    item = extract_article("http://www.example.cn/a/2019/0907/1.html", page)
    assert item.authors == ["方敏"]
    assert item.editors == ["陈海峰"]
    assert item.body.endswith("(作者：方敏北京大学经济学院教授)\n\n责任编辑：陈海峰")

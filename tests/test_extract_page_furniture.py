# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Days printed only in a page's furniture are not the article's (made-up pages of common templates).

The pages below are made by us from common layouts of Chinese news sites: an
article that prints no date of its own, beside a related list, a sidebar hot
list, previous/next links, a site footer, comments or a masthead clock. Each
of those days was taken as the article's (htmldate, an element classed
``date``, the line above the headline); no date is the right answer. Guards:
the article's own day, wherever a template puts it, is still read.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_pages import PARAS, TITLE
from lxml.html import fromstring

from crawler.extract import extract_article
from crawler.extract.page_furniture import furniture_nodes

BODY = "".join(f"<p>{p}</p>" for p in PARAS)
HEADS = (
    "市区新增两处便民停车场",
    "老旧小区加装电梯工作启动",
    "全市中小学开展消防演练",
    "城东菜市场完成升级改造",
)
DAYS = ("2023-05-06", "2023-05-02", "2023-04-28", "2023-04-20")
URL = "http://www.jcnews.example/bd/show-123.html"


def _related(tag: str = "span", cls: str = "related") -> str:
    rows = "".join(
        f'<li><a href="/bd/show-{i + 10}.html">{h}</a><{tag} class="date">{d}</{tag}></li>'
        for i, (h, d) in enumerate(zip(HEADS, DAYS, strict=True))
    )
    return f'<div class="{cls}"><h3>相关新闻</h3><ul>{rows}</ul></div>'


def _page(after: str = "", before: str = "", footer: str = "", info: str = "") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}_江城新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/bd/">本地</a> <a href="/sh/">社会</a></div>{before}
<div class="article"><h1>{TITLE}</h1>{info}<div class="content">{BODY}</div></div>{after}
<div class="footer">{footer}</div></body></html>""".encode()


UNDATED = {
    "related list under the text": _page(_related()),
    "related list in <time> elements": _page(_related("time")),
    "hot list in a sidebar above": _page(before=f'<div class="side">{_related(cls="hot")}</div>'),
    "unclassed list, days in brackets": _page(
        "<div><ul>"
        + "".join(
            f'<li><a href="/n/{i}.html">{h}</a> ({d})</li>'
            for i, (h, d) in enumerate(zip(HEADS, DAYS, strict=True))
        )
        + "</ul></div>"
    ),
    "2000s table of hot links": _page(
        "<table><tr><td><b>热点推荐</b></td></tr>"
        + "".join(
            f'<tr><td>·<a href="/n/{i}.html">{h}</a></td><td>{d}</td></tr>'
            for i, (h, d) in enumerate(zip(HEADS, DAYS, strict=True))
        )
        + "</table>"
    ),
    "previous and next links": _page(
        f'<div class="pn"><p>上一篇：<a href="/n/1.html">{HEADS[0]}</a> 2023-05-06</p><p>下一篇：<a href="/n/2.html">{HEADS[1]}</a> 2023-05-08</p></div>'
    ),
    "site footer's update time": _page(
        footer="Copyright © 2004-2023 江城新闻网 版权所有 更新时间：2023-05-06"
    ),
    "comments under the text": _page(
        '<div class="comment"><h3>网友评论</h3><div class="item"><span class="user">网友甲</span><span class="time">2023-05-06 10:21</span><p>好消息，支持！</p></div></div>'
    ),
    "masthead clock above the headline": _page(before='<div class="top">今天是2023年5月6日 星期六</div>'),
    # The label crawler.extract.dates reads a served day by (dates.TODAY_LABEL), English too.
    "masthead clock in English": _page(before='<div class="top"><span>Today: 2023-05-06</span></div>'),
}


@pytest.mark.parametrize("page", UNDATED.values(), ids=UNDATED.keys())
def test_a_day_printed_only_in_the_pages_furniture_dates_no_article(page: bytes) -> None:
    item = extract_article(URL, page)
    assert item.title == TITLE
    assert item.published_at is None


OWN = date(2023, 4, 11)
DATED = {
    # guards: the article's own day beside furniture that prints other days
    "date-classed span under the headline": _page(
        _related(), info='<div class="info"><span class="date">2023-04-11</span> 江城新闻网</div>'
    ),
    "info bar named for the comment count": _page(
        _related(), info='<div class="comment-bar"><span>2023-04-11</span> <a href="#c">评论(3)</a></div>'
    ),
    "tianya's post header in a 'menu' box": _page(
        _related(),
        info='<div class="atl-menu"><span>楼主：<a href="/u/1">东篱采菊</a></span><span>时间：2023-04-11 17:14:08</span><a href="#">只看楼主</a><a href="#">收藏</a></div>',
    ),
    "WordPress entry footer inside <article>": f"""<html><head><meta charset="utf-8"><title>{TITLE} | 江城小记</title></head><body>
<article><h1 class="entry-title">{TITLE}</h1><div class="entry-content">{BODY}</div>
<footer class="entry-footer"><span class="posted-on"><time class="entry-date published" datetime="2023-04-11T09:00:00+08:00">2023年4月11日</time></span></footer></article>
<aside class="widget"><h2>近期文章</h2><ul>{"".join(f'<li><a href="/p/{i}">{h}</a> <span class="post-date">{d}</span></li>' for i, (h, d) in enumerate(zip(HEADS, DAYS, strict=True)))}</ul></aside>
</body></html>""".encode(),
}


@pytest.mark.parametrize("page", DATED.values(), ids=DATED.keys())
def test_the_articles_own_day_beside_furniture_is_still_read(page: bytes) -> None:
    item = extract_article(URL, page)
    assert item.published_at is not None and item.published_at.date() == OWN


def test_a_posts_own_footer_line_is_no_site_footer() -> None:
    # A template's "post-footer" under the text prints the post's date line; a site's footer says whose
    # site it is (版权所有, ICP, Copyright).
    tree = fromstring(
        _page(
            '<h6 class="post-footer">2023年04月11日 江城新闻网 时政新闻 1665 0</h6>',
            footer="版权所有 江城新闻网 ICP备05001234号",
        )
    )
    found = [node.get("class") for node in furniture_nodes(tree)]
    assert "post-footer" not in found and "footer" in found

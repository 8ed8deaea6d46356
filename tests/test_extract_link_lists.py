# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Pages whose "text" is other articles' links, and table layouts' link columns (made-up pages).

The pages are made by us after common layouts: a self-media page whose text is
loaded by script shows only its headline over a related feed (今日头条-style);
a 2000s table layout (动易-style) prints a left column of 栏目导航 and 相关文章
links, a breadcrumb row and an info line under the headline cell. The rules
are keyed on link density and structure, not on site names.
"""

from __future__ import annotations

import pytest

from archive.errors import ExtractionError
from crawler.extract import extract_article

PARAS = (
    "记者从市交通运输局获悉，城区三条公交线路将于下月起调整走向，新增站点十二个，方便沿线居民出行。",
    "据介绍，此次调整主要针对新建小区集中、出行需求增长较快的区域，线路优化后可覆盖居民约三万人。",
    "交通部门提醒，调整期间部分站点将临时迁移，市民可通过站牌公告和官方渠道查询具体乘车信息。",
)
TITLE = "城区三条公交线路下月起调整走向"
FEED = (
    "男子高速上开车打瞌睡，交警一个举动救了全车人",
    "这种野菜农村随处可见，城里人却花钱抢着买",
    "国产新能源车销量再创新高，外资品牌坐不住了",
    "退休老人每天坚持一件事，十年后身体让医生惊讶",
    "暴雨过后小区地库进水，物业的处理方式引发热议",
)
HEADS = (
    "市区新增两处便民停车场",
    "老旧小区加装电梯工作启动",
    "全市中小学开展消防演练",
    "城东菜市场完成升级改造",
    "我校举行春季田径运动会",
)


def _feed_page(text: str = "") -> bytes:
    items = "".join(
        f'<li class="feed-item"><div class="title-box"><a href="/group/{700 + i}/">{h}</a></div><div class="footer-bar"><a class="source">江城生活{i}</a> ⋅ <a>{12 + i}评论</a> ⋅ <span>{i + 1}小时前</span></div></li>'
        for i, h in enumerate(FEED)
    )
    return f"""<html><head><meta charset="utf-8"><title>小区门口新开的菜市场下周正式营业 - 头条</title></head><body>
<div class="header"><a href="/">首页</a><a href="/ch/hot/">热点</a></div>
<div class="article-box"><h1 class="article-title">小区门口新开的菜市场下周正式营业</h1><div class="article-sub"><span>江城生活</span><span>2023-05-06 10:21</span></div><div class="article-content">{text}</div></div>
<div class="related-feed"><h3>相关推荐</h3><ul>{items}</ul></div></body></html>""".encode()


def test_a_headline_over_a_related_feed_and_no_text_is_no_article() -> None:
    with pytest.raises(ExtractionError, match="not an article: main text is only other articles' headlines"):
        extract_article("https://www.toutiao.example/a7001234/", _feed_page())


def test_a_short_text_over_a_related_feed_is_still_an_article() -> None:
    # One paragraph of its own is text, whatever follows it (a guard); the feed under it is not.
    text = "<p>记者昨日从区商务局获悉，位于江城花园小区门口的新菜市场已完成装修，将于下周一正式营业，共设摊位八十个。</p><p>据了解，菜市场营业时间为每天早六点至晚八点。</p>"
    item = extract_article("https://www.toutiao.example/a7001234/", _feed_page(text))
    assert "记者昨日从区商务局获悉" in item.body
    assert item.body.endswith("据了解，菜市场营业时间为每天早六点至晚八点。")
    assert all(head not in item.body for head in FEED) and "相关推荐" not in item.body


def _table_page(left: bool, related_row: bool) -> bytes:
    nav = "".join(
        f'<a href="/list/{i}.html">{n}</a><br>'
        for i, n in enumerate(["学校概况", "新闻动态", "教学科研", "德育之窗", "招生信息"])
    )
    rel = "".join(f'·<a href="/Article/{i}.html">{h}</a><br>' for i, h in enumerate(HEADS))
    column = (
        f'<td width="200" valign="top"><b>栏目导航</b><br>{nav}<b>热门文章</b><br>{rel}</td>' if left else ""
    )
    related = f"<tr><td>相关文章：<br>{rel}</td></tr>" if related_row else ""
    crumb = '您现在的位置： <a href="/">江城实验中学</a> &gt;&gt; <a href="/news/">新闻动态</a> &gt;&gt; 正文'
    body = "".join(f"<p>　　{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="gbk"><title>{TITLE}_江城实验中学</title></head><body>
<table width="980"><tr>{column}<td valign="top"><table width="100%"><tr><td>{crumb}</td></tr>
<tr><td class="main_ArticleTitle" align="center">{TITLE}</td></tr>
<tr><td class="main_ArticleSubheading">作者：佚名&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;点击数：<script src="/GetHits.asp?ArticleID=3"></script>&nbsp;&nbsp;更新时间：2009-1-7</td></tr>
<tr><td id="fontzoom">{body}</td></tr>{related}</table></td></tr></table>
<table><tr><td align="center">版权所有 江城实验中学 ICP备05001234号</td></tr></table></body></html>""".encode(
        "gbk"
    )


# (True, False) is a guard: the left column alone was already kept out.
@pytest.mark.parametrize(("left", "related_row"), [(True, False), (False, True), (True, True)])
def test_a_table_layouts_link_columns_and_info_line_stay_out_of_the_body(
    left: bool, related_row: bool
) -> None:
    item = extract_article(
        "http://www.jcsyzx.example/Article/ShowArticle.asp?ArticleID=3", _table_page(left, related_row)
    )
    assert item.title == TITLE
    assert item.published_at is not None and item.published_at.date().isoformat() == "2009-01-07"
    lines = item.body.split("\n")
    assert lines[0].startswith(PARAS[0][:12])
    assert all(head not in item.body for head in HEADS)
    assert "点击数" not in item.body and "栏目导航" not in item.body

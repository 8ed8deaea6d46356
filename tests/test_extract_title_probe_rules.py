# ruff: noqa: E501  (pages are kept one line a block, as in bench/date_probe.py)
"""Title rules found on the title probe's tune pages (bench/title_probe.py): each failed before."""

from __future__ import annotations

from crawler.extract import extract_article

TEXT = (
    "<p>　　据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势，打死200多名极端组织武装分子，并缴获大量武器弹药。</p>"
    "<p>　　报道说，政府军在霍姆斯省东部和代尔祖尔省的行动中摧毁了极端组织的多处据点和指挥所，当地局势逐步得到控制。</p>"
    "<p>　　叙利亚政府军近来在多条战线上推进，极端组织武装分子伤亡惨重，大批平民已经陆续返回家园重建生活。</p>"
)
HEADLINE = "叙利亚政府军多地发动攻势 打死200多名极端分子"


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def test_headline_in_a_bold_cell_beats_the_texts_original_title_line() -> None:
    body = (
        '<table><tr><td align=center class=f24><b>' + HEADLINE + "</b></td></tr>"
        "<tr><td>【我要评论】【推荐给朋友】</td></tr><tr><td>2014.9.16 新华网</td></tr>"
        "<tr><td><p>　　原标题：叙利亚政府军打死200多名极端分子</p>" + TEXT + "</td></tr></table>"
    )
    item = extract_article("http://news.example.cn/a/1.html", _page(f"{HEADLINE}_新闻中心", body))
    assert item.title == HEADLINE


def test_original_title_line_is_no_headline_under_a_site_wide_title() -> None:
    body = (
        "<table><tr><td><font size=5><strong>" + HEADLINE + "</strong></font></td></tr><tr><td>2014.9.16 新华网</td></tr>"
        "<tr><td><strong>原标题：叙利亚政府军打死200多名极端分子</strong></td></tr><tr><td>" + TEXT + "</td></tr></table>"
    )
    item = extract_article("http://news.example.cn/a/1.html", _page("news.example.cn - 欢迎访问", body))
    assert item.title == HEADLINE


def test_short_first_paragraph_of_the_text_is_no_headline() -> None:
    short = "大家看这张照片上的车是什么车？"
    body = (
        "<table><tr><td><font class=bt>" + HEADLINE + "</font></td></tr><tr><td>[ 2014/06/28 ]</td></tr>"
        "<tr><td><p>　　" + short + "</p>" + TEXT + "</td></tr></table>"
    )
    item = extract_article("http://news.example.cn/a/1.html", _page("news.example.cn - 欢迎访问", body))
    assert item.title == HEADLINE


def test_a_notices_catalogue_fields_are_no_headline() -> None:
    body = (
        "<div class='banner'>市人民政府办公室门户网站</div><div class='article'><h2>" + HEADLINE + "</h2>"
        "<div class='info'><table><tr><td>索引号：115343651/2021-016</td><td>发布机构：市人民政府办公室</td></tr>"
        "<tr><td>成文日期：2021-05-13</td><td>发布日期：2021-05-15</td></tr></table></div>"
        "<div class='TRS_Editor'>" + TEXT + "</div></div>"
    )
    item = extract_article("http://gov.example.cn/a/1.html", _page("市人民政府办公室", body))
    assert item.title == HEADLINE


def test_a_blogs_name_in_h1_gives_way_to_the_posts_heading() -> None:
    body = (
        "<div id='blog-header'><h1>Tiger_77的博客</h1></div><div class='post'><h3 class='title'>" + HEADLINE + "</h3>"
        "<div class='bct'>发表于 2003年01月28日 19:32</div><div class='nbw-blog'>" + TEXT + "</div></div>"
    )
    item = extract_article("http://tiger.blog.example.cn/blog/1/", _page("www.example.cn - 欢迎访问", body))
    assert item.title == HEADLINE


def test_a_channel_name_in_h1_and_the_source_field_are_no_headline() -> None:
    body = (
        "<div class='logo'><h1>国内新闻</h1></div><div class='main'><div class='biaoti'>" + HEADLINE + "</div>"
        "<div class='xinxi'><span class='pubTime'>2012年07月02日11:06</span><span class='source'>中国新闻网</span></div>"
        "<div class='zhengwen'>" + TEXT + "</div></div>"
    )
    for title in ("", "www.example.cn - 国内新闻"):
        item = extract_article("http://news.example.cn/a/1.html", _page(title, body))
        assert item.title == HEADLINE, title


def test_a_post_heading_linking_to_itself_with_a_day_in_brackets() -> None:
    headline = "叙利亚政府军多地发动攻势：打死极端分子（12月14日）"
    body = (
        "<div id='header'><h1>Tiger_77的专栏</h1></div><div class='post'><h2><a class='postTitle2' href='/p/1.html'>"
        + headline
        + "</a></h2><div class='postBody'>"
        + TEXT
        + "</div></div>"
    )
    item = extract_article("http://www.example.cn/tiger/p/1.html", _page("www.example.cn - 欢迎访问", body))
    assert item.title == headline


def test_a_row_of_bracketed_buttons_is_no_headline() -> None:
    body = (
        "<table><tr><td><b>" + HEADLINE + "</b></td></tr><tr><td>【我要评论】【推荐给朋友】</td></tr>"
        "<tr><td>" + TEXT + "</td></tr></table>"
    )
    item = extract_article("http://news.example.cn/a/1.html", _page("news.example.cn - 欢迎访问", body))
    assert item.title == HEADLINE

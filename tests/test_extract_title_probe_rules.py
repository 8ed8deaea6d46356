# ruff: noqa: E501  (pages are kept one line a block, as in bench/date_probe.py)
"""Title rules found on the title probe's tune pages (bench/title_probe.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

TEXT = (
    "<p>　　据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势，打死200多名极端组织武装分子，并缴获大量武器弹药。</p>"
    "<p>　　报道说，政府军在霍姆斯省东部和代尔祖尔省的行动中摧毁了极端组织的多处据点和指挥所，当地局势逐步得到控制。</p>"
    "<p>　　叙利亚政府军近来在多条战线上推进，极端组织武装分子伤亡惨重，大批平民已经陆续返回家园重建生活。</p>"
)
HEADLINE = "叙利亚政府军多地发动攻势 打死200多名极端分子"


NEWS, GOV = "http://news.example.cn/a/1.html", "http://gov.example.cn/a/1.html"
BLOG, COLUMN = "http://tiger.blog.example.cn/blog/1/", "http://www.example.cn/tiger/p/1.html"
WELCOME = "欢迎访问"
POST_HEADLINE = "叙利亚政府军多地发动攻势：打死极端分子（12月14日）"

# One case a rule, each named by what it shows: (url, <title>, body, the heading the page means).
CASES = [
    pytest.param(NEWS, f"{HEADLINE}_新闻中心", "<table><tr><td align=center class=f24><b>" + HEADLINE + "</b></td></tr><tr><td>【我要评论】【推荐给朋友】</td></tr><tr><td>2014.9.16 新华网</td></tr><tr><td><p>　　原标题：叙利亚政府军打死200多名极端分子</p>" + TEXT + "</td></tr></table>", HEADLINE, id="headline_in_a_bold_cell_beats_the_texts_original_title_line"),
    pytest.param(NEWS, f"news.example.cn - {WELCOME}", "<table><tr><td><font size=5><strong>" + HEADLINE + "</strong></font></td></tr><tr><td>2014.9.16 新华网</td></tr><tr><td><strong>原标题：叙利亚政府军打死200多名极端分子</strong></td></tr><tr><td>" + TEXT + "</td></tr></table>", HEADLINE, id="original_title_line_is_no_headline_under_a_site_wide_title"),
    pytest.param(NEWS, f"news.example.cn - {WELCOME}", "<table><tr><td><font class=bt>" + HEADLINE + "</font></td></tr><tr><td>[ 2014/06/28 ]</td></tr><tr><td><p>　　大家看这张照片上的车是什么车？</p>" + TEXT + "</td></tr></table>", HEADLINE, id="short_first_paragraph_of_the_text_is_no_headline"),
    pytest.param(GOV, "市人民政府办公室", "<div class='banner'>市人民政府办公室门户网站</div><div class='article'><h2>" + HEADLINE + "</h2><div class='info'><table><tr><td>索引号：115343651/2021-016</td><td>发布机构：市人民政府办公室</td></tr><tr><td>成文日期：2021-05-13</td><td>发布日期：2021-05-15</td></tr></table></div><div class='TRS_Editor'>" + TEXT + "</div></div>", HEADLINE, id="a_notices_catalogue_fields_are_no_headline"),
    pytest.param(BLOG, f"www.example.cn - {WELCOME}", "<div id='blog-header'><h1>Tiger_77的博客</h1></div><div class='post'><h3 class='title'>" + HEADLINE + "</h3><div class='bct'>发表于 2003年01月28日 19:32</div><div class='nbw-blog'>" + TEXT + "</div></div>", HEADLINE, id="a_blogs_name_in_h1_gives_way_to_the_posts_heading"),
    *(
        pytest.param(NEWS, title, "<div class='logo'><h1>国内新闻</h1></div><div class='main'><div class='biaoti'>" + HEADLINE + "</div><div class='xinxi'><span class='pubTime'>2012年07月02日11:06</span><span class='source'>中国新闻网</span></div><div class='zhengwen'>" + TEXT + "</div></div>", HEADLINE, id=f"a_channel_name_in_h1_and_the_source_field_are_no_headline{suffix}")
        for title, suffix in (("", "_no_title"), ("www.example.cn - 国内新闻", ""))
    ),
    pytest.param(COLUMN, f"www.example.cn - {WELCOME}", "<div id='header'><h1>Tiger_77的专栏</h1></div><div class='post'><h2><a class='postTitle2' href='/p/1.html'>" + POST_HEADLINE + "</a></h2><div class='postBody'>" + TEXT + "</div></div>", POST_HEADLINE, id="a_post_heading_linking_to_itself_with_a_day_in_brackets"),
    pytest.param(NEWS, f"news.example.cn - {WELCOME}", "<table><tr><td><b>" + HEADLINE + "</b></td></tr><tr><td>【我要评论】【推荐给朋友】</td></tr><tr><td>" + TEXT + "</td></tr></table>", HEADLINE, id="a_row_of_bracketed_buttons_is_no_headline"),
]


@pytest.mark.parametrize(("url", "title", "body", "headline"), CASES)
def test_the_pages_own_heading_is_its_title(url: str, title: str, body: str, headline: str) -> None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()
    assert extract_article(url, page).title == headline

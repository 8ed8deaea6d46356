# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe3.py)
"""Title rules found on the third title probe's tune pages (bench/title_probe3.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.title_forms import agreement_form, cut_prefix, metadata_unescaped, type_link

TEXT = (
    "<p>　　据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势，打死200多名极端组织武装分子，并缴获大量武器弹药。</p>"
    "<p>　　报道说，政府军在霍姆斯省东部和代尔祖尔省的行动中摧毁了极端组织的多处据点和指挥所，当地局势逐步得到控制。</p>"
    "<p>　　叙利亚政府军近来在多条战线上推进，极端组织武装分子伤亡惨重，大批平民已经陆续返回家园重建生活。</p>"
)
HEADLINE = "叙利亚政府军多地发动攻势，打死200多名极端分子"
QUOTED = "叙利亚政府军“多地开花” 打死200多名极端分子"
URL = "http://news.example.cn/system/2014/09/16/001.shtml"
INFO = "<div class='info'>2014-09-16 10:21　来源：新华网</div>"
SITE_WIDE = "<title>news.example.cn - 欢迎访问</title>"
MENU = "<div class='nav'><a href='/'>首页</a> | <a href='/guonei/'>国内</a> | <a href='/caijing/'>财经</a></div>"


def page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{MENU}{body}</body></html>".encode()


def article(heading: str, between: str = "") -> str:
    return f"<div class='article'>{heading}{INFO}{between}<div class='content'>{TEXT}</div></div>"


# One case a rule, each named by what it shows: (head, body, the headline the page prints).
CASES = [
    pytest.param('<meta property="og:title" content="叙利亚政府军多地发动攻势,打死200多名极端分子">', article(f"<h1>{HEADLINE}</h1>"), HEADLINE, id="an_og_title_with_folded_punctuation_agrees_with_the_printed_headline"),
    pytest.param('<meta property="og:title" content="叙利亚政府军多地发动攻势，打死200...">', article(f"<div align=center><font size=5><b>{HEADLINE}</b></font></div>"), HEADLINE, id="an_og_title_cut_with_an_ellipsis_is_completed_from_the_page"),
    pytest.param(SITE_WIDE + '<meta property="og:title" content="叙利亚政府军多地发动攻势，打死…">', article(f"<h1>{HEADLINE}</h1>"), HEADLINE, id="a_heading_that_a_cut_og_title_starts_is_the_headline"),
    pytest.param('<script type="application/ld+json">{"@type":"NewsArticle","headline":"叙利亚政府军&ldquo;多地开花&rdquo; 打死200多名极端分子"}</script>', article(f"<div align=center><font size=5><b>{QUOTED}</b></font></div>"), QUOTED, id="an_html_escaped_json_ld_headline_is_unescaped"),
    pytest.param('<meta property="og:title" content="叙利亚政府军&amp;ldquo;多地开花&amp;rdquo; 打死200多名极端分子">', article(f"<div align=center><font size=5><b>{QUOTED}</b></font></div>"), QUOTED, id="an_og_title_escaped_twice_is_unescaped"),
    pytest.param('<meta property="og:title" content="胶东在线">', article(f"<h1>{HEADLINE}</h1>"), HEADLINE, id="an_og_title_holding_the_sites_name_gives_way_to_the_heading"),
    pytest.param("<title>北方网-县区动态-春风又绿江南岸</title>", "<h1 id='logo'><a href='/'>北方网</a></h1>" + article("<p class='bt'>春风又绿江南岸</p>"), "春风又绿江南岸", id="a_title_naming_the_site_first_ends_with_the_headline_not_a_logo"),
    pytest.param("<title>【舜网】叙利亚政府军多地发动攻势，打死200多名极端分子</title>", article(""), HEADLINE, id="a_bracketed_site_name_before_the_headline_is_cut"),
    pytest.param("<title>叙利亚在线</title>", article("<div class='title'>叙利亚政府军多地发动攻势，<br>打死200多名极端分子</div>"), HEADLINE, id="a_headline_broken_with_br_is_on_its_info_line"),
    pytest.param(SITE_WIDE, article(f"<div class='yinti'>政府军当天在多地发动攻势</div><div class='zhuti'>{HEADLINE}</div><div class='futi'>——霍姆斯省东部局势逐步得到控制</div>"), HEADLINE, id="a_dash_subtitle_nearest_the_text_is_no_headline"),
    pytest.param("", article(f"<h1><a href='/guonei/'>国内</a></h1><h2>{HEADLINE}</h2>"), HEADLINE, id="a_column_name_in_h1_that_the_menu_links_is_no_headline"),
    pytest.param(SITE_WIDE, article(f"<div class='title'>{HEADLINE}</div>", "<div class='tuijian'><h2><a href='/n/2.html'>东风汽车参股公司一部长受贿110万元</a></h2><ul><li><a href='/n/3.html'>聚焦两会：习近平两会讲话提了五个要求</a></li></ul></div>"), HEADLINE, id="a_heading_linking_to_another_page_is_no_headline"),
    pytest.param("<title></title>", f"<div id='js_article'><h2 class='rich_media_title' id='activity-name'>\n  {HEADLINE}\n  </h2><div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_text'>清风明月</span><span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>胶东在线</a></span></div><div class='rich_media_content' id='js_content'>{TEXT}</div></div>", HEADLINE, id="a_wechat_meta_line_is_no_headline"),
    pytest.param(SITE_WIDE, article("<h2 class='title'>手机应用注册容易注销难 叙利亚政府军打死200多名极端分子</h2>"), "手机应用注册容易注销难 叙利亚政府军打死200多名极端分子", id="a_headline_may_say_a_button_word"),
    pytest.param("", "<div id='postlist'><h1 class='ts'><a href='forum.php?mod=forumdisplay&amp;fid=2&amp;typeid=5'>[原创]</a> <span id='thread_subject'>" + HEADLINE + "</span></h1><div class='t_fsz'>" + TEXT + "</div></div>", HEADLINE, id="a_thread_type_link_is_no_part_of_the_subject"),
    pytest.param("<title>打印页面</title>", "<table><tr><td><center><b>叙利亚政府军当天打死200多名极端分子</b></center><center>来源：新华网　发布时间：2014年9月16日 10:21</center>" + TEXT.replace("据叙利亚通讯社14日报道，", "") + "</td></tr></table>", "叙利亚政府军当天打死200多名极端分子", id="a_headline_sharing_the_texts_first_words_is_above_the_text"),
    pytest.param("<title></title>", "<div id='js_article'><h2 class='rich_media_title' id='activity-name'>" + HEADLINE + "</h2><div id='js_content'><section><p><span>[叙利亚政府军：打死200多名极端分子]</span></p>" + TEXT.replace("<p>", "<p><span>").replace("</p>", "</span></p>") + "</section></div></div>", HEADLINE, id="a_bracketed_line_of_span_wrapped_text_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


def test_copies_are_compared_with_widths_folded_and_spaces_dropped() -> None:
    assert agreement_form("打死 200多名，极端分子！") == agreement_form("打死200多名,极端分子!")


@pytest.mark.parametrize(
    ("copy", "kept"),
    [("叙利亚政府军多地...", "叙利亚政府军多地"), ("叙利亚政府军多地…_江城新闻网", "叙利亚政府军多地"), ("这个敬礼不标准... 却超级暖心！", ""), ("多地...", "")],
)
def test_a_cut_copy_keeps_its_start(copy: str, kept: str) -> None:
    assert cut_prefix(copy) == kept


def test_metadata_references_are_resolved_once_more() -> None:
    assert metadata_unescaped("&#x53D9;利亚&quot;攻势&quot;") == '叙利亚"攻势"'
    assert metadata_unescaped("A & B") == "A & B"


def test_a_type_link_is_a_bracketed_word_that_links() -> None:
    assert type_link("[原创]", "forum.php?typeid=5") and type_link("【转载】", "/t/1")
    assert not type_link("[原创]", "") and not type_link("叙利亚", "/t/1")

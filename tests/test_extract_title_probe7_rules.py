# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe7.py)
"""Title rules found on the seventh title probe's tune pages (bench/title_probe7.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.page_headings import _HEADING_INFO
from crawler.extract.title_choice import site_suffix_free
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, article, page

SUB = "政府军在霍姆斯省东部的行动中摧毁多处据点"
CRUMB = "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/minsheng/'>民生</a> &gt; 正文</div>"
FLASH = "叙利亚政府军多地发动攻势打死200多名极端分子"

CASES = [
    pytest.param(SITE_WIDE, article("<h1>叙利亚政府军多地<span style='display:none'>x7kq</span>发动攻势，打死200多名极端分子</h1>"), HEADLINE, id="a_hidden_span_inside_the_heading_is_no_part_of_it"),
    pytest.param(f"<title>{HEADLINE}_江城网</title>", article("<div class='title'>叙利亚政府军多地<font style='display: none;'>example.cn</font>发动攻势，打死200多名极端分子</div>"), HEADLINE, id="a_hidden_font_inside_a_title_block_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article("<h1>&#65279;叙利亚政府军多地&#8203;发动攻势，打死200多名极端分子&#8204;</h1>"), HEADLINE, id="zero_width_characters_are_no_part_of_the_headline"),
    pytest.param(f"<title>{HEADLINE}_江城网</title>", article(f"<h1>{HEADLINE}<small>{SUB}</small></h1>"), HEADLINE, id="a_small_deck_inside_the_heading_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article(f"<h1 class='title'>{HEADLINE}<span class='subtitle'>——{SUB}</span></h1>"), HEADLINE, id="a_subtitle_span_inside_the_heading_is_no_part_of_it"),
    pytest.param("<title>快讯 - 江城网</title>", f"<div class='flash-detail'><div class='time'>2014-09-16 10:21</div><div class='flash-text'><p>【{FLASH}】新华社9月16日电，叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势。</p>{TEXT}</div></div>", FLASH, id="a_flashs_bracketed_lead_is_its_headline_under_a_generic_title"),
    pytest.param(f"<title>【{FLASH}】新华社9月16日电，叙利亚通讯社14日_江城网</title>", f"<div class='flash-detail'><div class='flash-text'><p>【{FLASH}】新华社9月16日电，叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势。</p>{TEXT}</div></div>", FLASH, id="a_title_opening_with_the_flashs_bracketed_lead_is_cut_to_it"),
    pytest.param("<title>无标题页</title>", f"<form id='form1' action='NewsShow.aspx?id=1'><input type='hidden' name='__VIEWSTATE' value='/wEPDwUK'><table><tr><td align='center'><input name='txtTitle' type='text' value='{HEADLINE}' readonly='readonly' id='txtTitle' class='noborder'></td></tr><tr><td>发布时间：<span id='lblTime'>2014-09-16</span></td></tr><tr><td><span id='lblContent'>{TEXT}</span></td></tr></table></form>", HEADLINE, id="a_read_only_title_field_under_a_default_title_is_the_headline"),
    pytest.param("<title>江城网</title>", f"<div class='doc'><h1 style='color:red;text-align:center'>江城市人民政府办公室文件</h1><p align='center'>江政办发〔2014〕12号</p><div class='doc-title'>关于做好森林防火工作的通知</div><p>各县（市、区）人民政府，市政府各部门：</p>{TEXT}</div>", "关于做好森林防火工作的通知", id="a_documents_red_header_heading_is_no_headline"),
    pytest.param("<title>江城网</title>", CRUMB + f"<div class='main'><div class='doc'><div class='hongtou'>江城市人民政府办公室文件</div><p align='center'>江政办发〔2014〕12号</p><div class='doc-title'>关于做好森林防火工作的通知</div><p>各县（市、区）人民政府，市政府各部门：</p>{TEXT}</div></div>", "关于做好森林防火工作的通知", id="a_documents_title_under_its_red_header_and_number_is_the_headline"),
    pytest.param("<title>政府军新闻网——政府军新闻门户</title>", article("<h1 class='article-title'>更 正 声 明</h1>"), "更 正 声 明", id="a_short_heading_gives_way_to_no_site_name_the_text_echoes"),
    pytest.param("<title>江城网融媒直播间_江城网</title>", f"<div class='room-head'><h1 class='room-name'>江城网融媒直播间</h1><span class='follow'>+关注</span></div><div class='player'><video src='/live/1.m3u8' controls></video></div><div class='live-title'><span class='status'>直播回顾</span>{HEADLINE}</div><div class='intro'><h3>直播简介</h3>{TEXT}</div>", HEADLINE, id="a_room_name_beside_its_follow_button_is_no_headline"),
    pytest.param("<title>江城网融媒直播间</title>", f"<div class='room-head'><h1 class='room-name'>江城网融媒直播间</h1><span class='follow'>+关注</span></div><div class='player'><video src='/live/1.m3u8' controls></video></div><div class='title-bar'><span class='title'>{HEADLINE}</span><span class='views'>155.1万人观看</span></div><div class='intro'><h3>直播简介</h3>{TEXT}</div>", HEADLINE, id="a_viewer_count_beside_the_headline_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article(f"<h1 class='box-title'>信息内容</h1><h4 class='art-title'>{HEADLINE}</h4>"), HEADLINE, id="a_box_caption_heading_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE}·江城新闻网",
        f"江城新闻网·{HEADLINE}",
        f"{HEADLINE} / 县区动态 / 江城新闻网",
        f"{HEADLINE} —民生—江城新闻网",
        f"{HEADLINE} :: 江城新闻网",
        f"{HEADLINE} - 正文",
        f"正文 - {HEADLINE}",
        f"{HEADLINE}-详细内容-江城新闻网",
        f"江城新闻网--新闻详情--{HEADLINE}",
        f"江城新闻网 » 要闻 » {HEADLINE}",
        f"江城新闻网-县区动态-{HEADLINE}",
        f"江城市人民政府-社会-{HEADLINE}",
    ],
)
def test_a_titles_site_and_page_words_are_cut_at_other_separators(title: str) -> None:
    assert site_suffix_free(title) == HEADLINE


@pytest.mark.parametrize("headline", ["泾阳公安侦破“12·13”交通肇事逃逸案", "房山芭蕾雨悦都2-3居均价16000可享92折"])
def test_a_headlines_own_dot_or_hyphen_is_kept(headline: str) -> None:
    assert site_suffix_free(f"江城新闻网-{headline}") == headline
    assert site_suffix_free(f"{headline}·江城新闻网") == headline


def test_an_original_title_line_is_no_heading() -> None:
    """A reprint's "原文标题：《…》" line, like its "原标题：…", names the source's headline, not this page's."""
    assert _HEADING_INFO.search("原文标题：《妈妈心梗猝死家中，4岁儿子独自伴尸2天3宿》")


@pytest.mark.parametrize(
    "headline",
    [
        "半场战报-江城队主场2比1领先远洋队",
        "洋河股份调研简报-2012年9月国泰君安消费行业会议纪要",
        "吉林市天气预报-未来三天有中到大雨",
        "赛后战报·江城队主场2比1战胜远洋队",
    ],
)
def test_a_report_word_before_a_bare_hyphen_is_the_headlines_own(headline: str) -> None:
    """战报, 简报, 预报 end in 报 as a paper's name does, but name a report, no site: real <title>s of
    THUCNews and QBQTC open so, and the site-first cut took the words off the headline."""
    assert site_suffix_free(headline) == headline
    assert site_suffix_free(f"{headline}_江城网") == headline
    assert extract_article(URL, page(f"<title>{headline}_江城网</title>", f"<div class='content'>{TEXT}</div>")).title == headline


@pytest.mark.parametrize("head", ["<title>江城新闻网</title>", f"<title>{HEADLINE}_江城新闻网</title>"])
@pytest.mark.parametrize("link", ["<span>关注我们</span>", "<span class='btn'>订阅我们</span>"])
def test_a_sites_follow_us_link_beside_the_headline_leaves_it_the_headline(head: str, link: str) -> None:
    # "关注我们" (follow us) is the site's own social link, no account's follow button: the headline
    # beside it was skipped as a channel's name, and the title read 关注我们 or the site's name.
    assert extract_article(URL, page(head, article(f"<h1>{HEADLINE}</h1>{link}"))).title == HEADLINE


@pytest.mark.parametrize("paper", ["北京青年报", "中国青年报", "文汇报", "大公报", "中国交通报", "中国少年报", "中国老年报"])
@pytest.mark.parametrize("sep", ["-", "·"])
def test_a_papers_name_ending_like_a_report_word_is_still_cut(paper: str, sep: str) -> None:
    """青年报 is a paper's kind (as 日报 is), and 文汇报, 大公报 are papers of one character and 汇报, 公报:
    20fac155 read them as a report's kind and left the paper's name on the headline."""
    assert site_suffix_free(f"{paper}{sep}{HEADLINE}") == HEADLINE

# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe4.py)
"""Title rules found on the fourth title probe's tune pages (bench/title_probe4.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, article, page

# A headline whose words the text hardly repeats (an inews record's headline and text may differ).
APART = "今天上午，坪地一企业电线插座短路着火!"
SUBJECT = "为了女人插兄弟两刀还想洗白，被全网骂只能说你活该."
# A thread of bench/title_probe.py (seed 1082) whose first post shares few characters with its subject.
THREAD = "<div id='pt'>论坛 &#8250; 灌水 &#8250; 查看</div><h1><span id='thread_subject'>为了女人插兄弟两刀还想洗白，被全网骂只能说你活该.</span></h1><div id='postlist'><div class='post'><table><tr><td class='pls'>天天向上</td><td class='plc'><div class='pi'><strong>楼主</strong><em>发表于 2012-4-3 19:15</em></div><div class='t_fsz'><td class='t_f'>《吐槽大会》的新一季里，我发现很多嘉宾吐槽的套路就是旧事重提一番，企图在诙谐调侃的氛围下，达成洗白的效果。</td></div></td></tr></table></div><div class='post'><table><tr><td class='pls'>江南雨</td><td class='plc'><div class='pi'><strong>2#</strong><em>发表于 2012-4-5 04:55</em></div><div class='t_fsz'><td class='t_f'>回复 1# 江南雨 的帖子：但昨天新一期播出后，杜淳的言辞却适得其反，成了一个反面营销的典型，风风火火上热一，通稿营销看着像是没少买，这机灵一抖，让好不容易已经被群众压箱底的陈年老瓜来了个威力十足的回马枪，杜淳被嘲了个体无完肤。但昨天新一期播出后，杜淳的言辞却适得其反，成了一个反面营销的典型，风风火火上热一，通稿营销看着像是没少买，这机灵一抖，让好不容易已经被群众压箱底的陈年老瓜来了个威力十足的回马枪，杜淳被嘲了个体无完肤。</td></div></td></tr></table></div><div class='post'><table><tr><td class='pls'>老王头</td><td class='plc'><div class='pi'><strong>3#</strong><em>发表于 2012-4-5 06:20</em></div><div class='t_fsz'><td class='t_f'>回复 1# 天天向上 的帖子：于是，“插刀门”被大家从记忆深处挖掘出来，再次回味、翻炒，成了瓜中punchline，甚至比新瓜的劲头都足。于是，“插刀门”被大家从记忆深处挖掘出来，再次回味、翻炒，成了瓜中punchline，甚至比新瓜的劲头都足。</td></div></td></tr></table></div><div class='post'><table><tr><td class='pls'>老王头</td><td class='plc'><div class='pi'><strong>4#</strong><em>发表于 2012-4-7 07:32</em></div><div class='t_fsz'><td class='t_f'>回复 1# smile2008 的帖子：事情发生在2012年，遥想当时的印小天还和黄晓明、佟大为、聂远一齐被评为了当红四大小生，演艺道路如日中天。事情发生在2012年，遥想当时的印小天还和黄晓明、佟大为、聂远一齐被评为了当红四大小生，演艺道路如日中天。</td></div></td></tr></table></div></div>"
OTHER = "东风汽车参股公司一部长受贿110万元"
LABELS = (
    "<tr><td>索 引 号：</td><td>00123/2014-00042</td></tr><tr><td>发文机关：</td><td>东方网办公室</td></tr>"
)
POST = (
    "<table class='plhin'><tr><td class='pls'><a class='xw1'>清风明月</a></td><td class='plc'><em>发表于 2014-09-16 10:21</em><div class='t_f'>"
    + TEXT.replace("<p>", "").replace("</p>", "<br /><br />")
    + "</div></td></tr></table>"
)
MOBILE = (
    "<div id='app'><div class='m-header'><a href='/'>千龙网</a></div><div class='m-info'>新华网 09-16 10:21</div><div class='m-content'>"
    + TEXT
    + "</div></div>"
)

CASES = [
    pytest.param(
        "<title>东方网</title>",
        f"<table>{LABELS}<tr><td>标题</td><td>{HEADLINE}</td></tr><tr><td>发布日期：</td><td>2014年09月16日</td></tr></table><div class='TRS_Editor'>{TEXT}</div>",
        HEADLINE,
        id="a_label_cell_without_a_colon_is_no_part_of_the_headline",
    ),
    pytest.param(
        "<title>政府信息公开</title>",
        f"<table>{LABELS}<tr><td>名称：</td><td>{HEADLINE}</td></tr><tr><td>发布日期：</td><td>2014年09月16日</td></tr></table><div class='TRS_Editor'>{TEXT}</div>",
        HEADLINE,
        id="a_name_label_is_a_title_label",
    ),
    pytest.param(
        "<title>社会万象|大河网</title>",
        article(f"<div class='bt'>{APART}</div>"),
        APART,
        id="a_title_of_column_and_site_names_gives_way_to_the_heading_on_the_info_line",
    ),
    pytest.param(
        "<title>星辰在线-社会万象</title>",
        article(f"<p class='title'>{APART}</p>"),
        APART,
        id="a_title_of_two_short_names_is_no_headline",
    ),
    pytest.param(
        "<title>金华日报数字报</title>",
        article(f"<p class='bt'>{APART}</p>"),
        APART,
        id="a_papers_digital_edition_name_is_a_name",
    ),
    pytest.param(
        "<title>金华日报数字报</title>",
        f"<div class='detail'><p class='yt'>政府军当天在多地发动攻势</p><p class='bt'>{HEADLINE}</p><p class='ft'>霍姆斯省东部局势逐步得到控制</p><div class='content'>{TEXT}</div></div>",
        HEADLINE,
        id="a_subtitle_classed_ft_is_no_headline",
    ),
    pytest.param(
        SITE_WIDE,
        article(
            f"<div class='title'>{HEADLINE}（组图）</div>",
            "<p align='center'><img src='/u/1.jpg'></p><p align='center'>图为政府军士兵在霍姆斯省东部</p>",
        ),
        f"{HEADLINE}（组图）",
        id="a_picture_caption_is_no_headline",
    ),
    pytest.param(
        "",
        f"<div class='toutiao'><h1><a href='/n/1.html'>{OTHER}</a></h1></div>"
        + article(f"<h2>{HEADLINE}</h2>"),
        HEADLINE,
        id="a_top_story_h1_the_text_does_not_echo_gives_way_to_the_heading_above_the_text",
    ),
    pytest.param(
        "",
        THREAD,
        SUBJECT,
        id="a_thread_subject_the_post_does_not_echo_is_no_stray_h1_against_the_posts_sentence",
    ),
    pytest.param(
        "<title>城事杂谈 - 千龙论坛 - Powered by Discuz!</title>",
        f"<div id='pt'><a href='./'>千龙论坛</a> <em>›</em> <a href='forum-12-1.html'>城事杂谈</a> <em>›</em> <a href='thread-1-1-1.html'>{HEADLINE}</a></div>{POST}",
        HEADLINE,
        id="a_forum_subject_only_in_the_breadcrumb_is_the_headline",
    ),
    pytest.param(
        "<title>千龙论坛</title>",
        f"<div class='breadcrumb'>千龙论坛 &raquo; <a href='/board/12'>城事杂谈</a> &raquo; {HEADLINE}</div>{POST}",
        HEADLINE,
        id="a_breadcrumbs_last_text_is_the_headline",
    ),
    pytest.param(
        "<title>千龙网</title>",
        MOBILE
        + '<script>window.__INITIAL_STATE__={"article":{"id":12,"title":"'
        + HEADLINE
        + '","source":"新华网"},"channel":"国内"};</script>',
        HEADLINE,
        id="a_headline_only_in_a_scripts_json_state",
    ),
    pytest.param(
        "<title></title>",
        MOBILE
        + '<script>var articleData = {"article": {"title": "'
        + HEADLINE.encode("unicode_escape").decode()
        + '"}};</script>',
        HEADLINE,
        id="a_scripts_json_headline_with_unicode_escapes",
    ),
]


def test_a_short_heading_agreeing_with_title_keeps_over_a_scripts_title() -> None:
    """An encyclopaedia entry's name (``<h1>叙利亚</h1>`` under ``叙利亚_百度百科``) is no site's name."""
    body = (
        "<h1>叙利亚</h1>"
        + TEXT
        + '<script>var state = {"video": {"title": "一分钟了解叙利亚政府军"}};</script>'
    )
    assert extract_article(URL, page("<title>叙利亚_百度百科</title>", body)).title == "叙利亚"


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline

# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe5.py)
"""Title rules found on the fifth title probe's tune pages (bench/title_probe5.py): each failed before."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_article
from crawler.extract.markup import parse_page
from crawler.extract.page_headings import heading_before_body
from crawler.extract.title_choice import site_suffix_free
from crawler.extract.titles import names_only
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, article, page

SHORT = "叙利亚政府军多地发动攻势"  # the CMS's short title: the headline's first clause
# A headline long enough (30 characters, commas) to read as a sentence when it opens the text.
LONG = "叙利亚政府军多地发动攻势，打死200多名极端分子，缴获大量武器弹药"
ENGLISH = "Syrian army launches offensives on several fronts and kills hundreds of militants"


def ld(headline: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": headline}, ensure_ascii=False)}</script>'


CASES = [
    pytest.param(
        f'<title>{SHORT}_大众网</title><meta property="og:title" content="{SHORT}">',
        article(f"<h1>{HEADLINE}</h1>"),
        HEADLINE,
        id="a_short_title_in_the_copies_gives_way_to_the_printed_headline_it_starts",
    ),
    pytest.param(
        f'<meta property="og:title" content="{SHORT}">',
        article(f"<div class='art_tit'><span>{HEADLINE}</span></div>"),
        HEADLINE,
        id="an_og_short_title_alone_gives_way_to_the_printed_headline_it_starts",
    ),
    pytest.param(
        f'<meta property="og:title" content="{SHORT}">',
        article(f"<div align='center'><font size='5'><b>{HEADLINE}</b></font></div>"),
        HEADLINE,
        id="a_short_titles_headline_is_found_in_a_tag_no_heading_rule_expects",
    ),
    pytest.param(
        SITE_WIDE + ld(f"【国内】{HEADLINE}"),
        article(f"<h1>{HEADLINE}</h1>"),
        HEADLINE,
        id="a_json_ld_headline_holding_the_h1_with_a_column_tag_keeps_the_h1",
    ),
    pytest.param(
        SITE_WIDE + ld(SHORT),
        article(f"<h1>{HEADLINE}</h1>"),
        HEADLINE,
        id="a_json_ld_short_title_keeps_the_h1_it_starts",
    ),
    pytest.param(
        f"<title>大众网-国内-{HEADLINE}</title>" + ld(SHORT),
        article(f"<div align='center'><font size='5'><b>{HEADLINE}</b></font></div>"),
        HEADLINE,
        id="a_json_ld_short_title_gives_way_to_the_headline_it_starts_in_any_tag",
    ),
    pytest.param(
        SITE_WIDE,
        f"<div class='main'><div id='zoom' class='content'><div style='text-align:center;font-size:18px;font-weight:bold'>{HEADLINE}</div>{TEXT}</div></div>",
        HEADLINE,
        id="a_short_headline_set_apart_as_the_texts_first_line_is_its_headline",
    ),
    pytest.param(
        "<title>江城日报</title>",
        f"<div class='newsdetatit'><h1>{HEADLINE}</h1><p>江城日报 2014年09月16日 第05版</p></div><div class='newsdetatext'>{TEXT}</div>",
        HEADLINE,
        id="a_papers_name_before_its_dateline_is_no_short_title",
    ),
    pytest.param(
        f"<title>{HEADLINE}</title>",
        f"<div class='title_border'><div class='article-title'><h2>{HEADLINE}</h2></div><div class='author-txt'><p class='author-name'>加拿大必读</p><span class='date'>发布时间：09-16</span></div></div><div class='content'>{TEXT}</div>",
        HEADLINE,
        id="a_block_holding_the_headline_and_its_info_line_is_no_headline",
    ),
    pytest.param(
        f"<title>{SHORT[:6]}_大众网</title>",
        article(f"<div id='ArticleTitle'>{SHORT[:6]}：{HEADLINE}</div>"),
        f"{SHORT[:6]}：{HEADLINE}",
        id="a_six_character_short_title_is_no_name",
    ),
    pytest.param(
        "<title>黄河新闻网_山西新闻门户</title>",
        "<h1 style='display:none'>黄河新闻网</h1>" + article(f"<h2>{HEADLINE}</h2>"),
        HEADLINE,
        id="an_h1_styled_invisible_is_no_headline",
    ),
    pytest.param(
        "<title>黄河新闻网_山西新闻门户</title>",
        "<h1 class='sr-only'>黄河新闻网</h1>" + article(f"<h3 class='title'>{HEADLINE}</h3>"),
        HEADLINE,
        id="an_h1_classed_hidden_is_no_headline",
    ),
    pytest.param(
        "<title>欢迎访问黄河新闻网</title>",
        "<div class='header'><h1><a href='/'>黄河新闻网</a></h1></div>" + article(f"<h1 class='title'>{HEADLINE}</h1>"),
        HEADLINE,
        id="the_sites_name_in_a_names_only_title_is_no_headline",
    ),
    pytest.param(
        "<title>大众网_山东新闻门户</title>",
        article(
            f"<h1>{HEADLINE}<span class='fr tools'><a href='javascript:window.print()'>打印</a> <a href='javascript:window.close()'>关闭</a></span></h1>"
        ),
        HEADLINE,
        id="print_and_close_buttons_inside_the_heading_are_no_part_of_it",
    ),
    pytest.param(
        f"<title>大众网-国内-{HEADLINE}</title>",
        article(f"<div class='title'><a class='share' href='#share'>分享</a>{HEADLINE}</div>"),
        HEADLINE,
        id="a_share_link_before_the_headline_is_no_part_of_it",
    ),
    pytest.param(
        SITE_WIDE,
        article(f"<h2>{HEADLINE}<em class='hits'>点击：1234</em></h2>"),
        HEADLINE,
        id="a_hit_counter_inside_the_heading_is_no_part_of_it",
    ),
    pytest.param(
        SITE_WIDE,
        article("<div id='ArticleTitle'>叙利亚政府军<b>多地发动攻势</b>，打死200多名极端分子</div>"),
        HEADLINE,
        id="a_headline_with_a_bold_keyword_is_read_whole",
    ),
    pytest.param(
        "",
        article("<p class='bt'>叙利亚<font color='red'>政府军多地</font>发动攻势，打死200多名极端分子</p>"),
        HEADLINE,
        id="a_headline_with_a_red_keyword_is_read_whole_without_a_title",
    ),
    pytest.param(
        f'<title>{SHORT}_大众网</title><meta property="og:title" content="{ENGLISH}">',
        article(f"<div class='title'><h1>{SHORT}</h1><h2 class='en'>{ENGLISH}</h2></div>"),
        SHORT,
        id="an_english_line_under_a_chinese_headline_is_no_headline",
    ),
    pytest.param(
        f"<title>{ENGLISH} | {HEADLINE} - 大众网</title>",
        article(f"<p class='title-en'>{ENGLISH}</p><p class='title-cn'>{HEADLINE}</p>"),
        HEADLINE,
        id="an_english_line_first_in_title_and_page_is_no_headline",
    ),
    pytest.param(
        "<title>大众网客户端——山东新闻门户</title>",
        f"<div class='download-bar'><div class='txt'><strong>大众网客户端</strong><p>打开APP，阅读体验更佳</p></div></div><div class='wrap'><div class='news-title'>{HEADLINE}</div><div class='source'><span>新华网</span><span>2014-09-16 10:21</span></div><div class='article-content'>{TEXT}</div></div>",
        HEADLINE,
        id="an_apps_name_printed_in_its_bar_is_no_headline",
    ),
    pytest.param(
        SITE_WIDE,
        f"<div class='main'><div id='zoom' class='content'><p align='center'><strong>{LONG}</strong></p>{TEXT}</div></div>",
        LONG,
        id="a_bold_centred_first_line_of_the_text_is_its_headline",
    ),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


def test_a_double_hyphen_before_the_sites_name_is_cut_with_it() -> None:
    """``标题--每日甘肃网``: the CMS's separator is two hyphens, none of which belongs to the headline."""
    assert site_suffix_free(f"{HEADLINE}--每日甘肃网") == HEADLINE


PARAGRAPHS = [
    "据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势，打死200多名极端组织武装分子，并缴获大量武器弹药。",
    "报道说，政府军在霍姆斯省东部和代尔祖尔省的行动中摧毁了极端组织的多处据点和指挥所，当地局势逐步得到控制。",
]

# Pages whose main text the extractor took with the headline's row in it (the block holds both): the
# paragraphs are what it keeps, the markup what the page prints.
KEPT = [
    pytest.param(
        f"<div class='ly-detail'><div class='q-title'><i class='icon-q'>问</i><span class='q-text'>{HEADLINE}</span></div><div class='labels'><span>留言对象：泉州市住建局</span><span>留言时间：2014-09-16 10:21</span></div><div class='q-content'><p>{PARAGRAPHS[0]}</p></div><div class='reply'><h2>办理回复</h2><p>{PARAGRAPHS[1]}</p></div></div>",
        [f"问{HEADLINE}", "留言对象：泉州市住建局留言时间：2014-09-16 10:21", *PARAGRAPHS],
        id="a_question_icon_before_the_subject_is_no_part_of_it",
    ),
    pytest.param(
        f"<div class='gallery'><div class='gallery-hd'><div class='tit'>{HEADLINE}</div><div class='pages'><em>1</em>/12</div></div><div class='info'>2014-09-16 10:21　来源：新华网</div><div class='slides'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div></div>",
        [HEADLINE, "1/12", "2014-09-16 10:21 来源：新华网", *PARAGRAPHS],
        id="a_picture_counter_under_the_headline_is_no_headline",
    ),
]


@pytest.mark.parametrize(("body", "paragraphs"), KEPT)
def test_the_headline_kept_with_the_text_is_read_as_printed(body: str, paragraphs: list[str]) -> None:
    tree = parse_page(page("", body).decode())
    assert heading_before_body(tree, paragraphs, URL) == HEADLINE


def test_a_boards_name_in_the_header_is_no_headline_of_a_thread() -> None:
    """``<title>民生投诉_X论坛</title>`` over ``<h2>X论坛</h2>``: the subject is the breadcrumb's last step."""
    body = (
        "<div id='hd'><h2><a href='./'>平顶山新闻论坛</a></h2></div>"
        f"<div class='breadcrumb'>平顶山新闻论坛 &raquo; <a href='/board/12'>民生投诉</a> &raquo; {HEADLINE}</div>"
        "<table class='plhin'><tr><td class='pls'><div class='authi'><a class='xw1'>老王头</a></div><p>帖子 217</p></td>"
        f"<td class='plc'><div class='pi'><em>发表于 2006-08-28 15:32</em></div><div class='t_f'>{TEXT}</div></td></tr></table>"
    )
    assert extract_article(URL, page("<title>民生投诉_平顶山新闻论坛</title>", body)).title == HEADLINE


def test_a_bold_headline_over_its_date_in_one_cell_is_read_alone() -> None:
    """``<td><font><b>标题</b></font><br><font>2008-7-24 16:14 阅读：40次</font></td>``: the cell is no headline."""
    body = (
        f"<table><tr><td align='center'><font style='font-size:16px'><b>{HEADLINE}</b></font><br><font color='#808080'>2008-7-24&nbsp;16:14&nbsp;&nbsp;阅读：40次</font></td></tr>"
        f"<tr><td>{TEXT}</td></tr></table>"
    )
    assert extract_article(URL, page("", body)).title == HEADLINE


def test_a_bold_section_head_opening_the_text_is_no_headline() -> None:
    """``<p><strong>一、…</strong></p>`` opens the text under a weak headline: the text's own section head."""
    body = (
        f"<div class='article'><div class='title'>{HEADLINE}</div><div class='content'>"
        "<p><strong>一、相关市领导亲临前线指挥</strong></p>" + TEXT + "</div></div>"
    )
    assert extract_article(URL, page(SITE_WIDE, body)).title == HEADLINE


# Fresh pages of the probe's kinds (tune texts, seeds no frozen page uses) after the first rules.
ROUND2 = [
    pytest.param(
        "<title>一周时评_邢台网</title>",
        "<div class='zl-banner'><h1>一周时评</h1><p>邢台网评论频道</p></div>" + article(f"<h2 class='title'>{HEADLINE}</h2>"),
        HEADLINE,
        id="a_columns_h1_agreeing_with_titles_first_part_only_is_no_headline",
    ),
    pytest.param(
        "<title>张家口新闻网——张家口日报社主办</title>",
        "<div class='header'><h1><a href='/'>张家口新闻网</a></h1></div>" + article(f"<h1 class='title'>{HEADLINE}</h1>"),
        HEADLINE,
        id="a_sites_slogan_makes_its_title_names_only",
    ),
    pytest.param(
        "<title>中国宁波网——宁波新闻门户</title>",
        article(f"<div class='tit'>{HEADLINE}<span class='time'>2014-09-16</span></div>"),
        HEADLINE,
        id="a_date_inside_a_title_classed_heading_is_no_part_of_it",
    ),
    pytest.param(
        "<title>东北网手机版</title>",
        f"<header class='amp-header'><span class='amp-channel'>综合新闻</span></header><article><div class='amp-article-title'>{LONG}</div><div class='amp-content'>{TEXT}</div></article>",
        LONG,
        id="a_title_classed_first_line_of_the_text_is_its_headline",
    ),
    pytest.param(
        SITE_WIDE,
        article("<div class='tit'><strong>叙利亚<wbr>政府军<b>多地发动攻势</b>，打死200多名极端分子</strong></div>"),
        HEADLINE,
        id="a_soft_break_in_a_headline_with_a_keyword_is_read_whole",
    ),
]


@pytest.mark.parametrize(("head", "body", "headline"), ROUND2)
def test_the_printed_headline_is_the_title_round_two(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


def test_a_slogan_after_the_sites_name_is_no_headline() -> None:
    """``X网_X日报社主办``: the longer part after the site's name is its slogan, not a headline."""
    assert site_suffix_free("九江新闻网_九江日报社主办") == "九江新闻网"


@pytest.mark.parametrize("title", ["张家口新闻+", "中国宁波网发布", "绍兴网网络问政平台", "东南网_福建省重点新闻网站"])
def test_apps_platforms_and_slogans_are_names(title: str) -> None:
    assert names_only(title, short=False)


def test_a_microdata_headline_is_a_heading_candidate() -> None:
    """``<span itemprop="name headline">`` names itself the headline, as a title class does."""
    from crawler.extract.meta import read_meta

    body = article(f"<p class='hd'><span itemprop='name headline'>{HEADLINE}</span></p>")
    tree = parse_page(page(f"<title>时政 - {HEADLINE} - 四川新闻网</title>", body).decode())
    meta = read_meta(tree, URL, "Asia/Shanghai")
    assert (meta.title, meta.title_source, meta.title_element) == (HEADLINE, "heading", "span")

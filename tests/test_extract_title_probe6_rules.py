# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe6.py)
"""Title rules found on the sixth title probe's tune pages (bench/title_probe6.py): each failed before."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.extract.title_choice import site_suffix_free
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, article, page

LEAD = "政府军当天在多地发动攻势"
SUB = "霍姆斯省东部局势逐步得到控制"


def founder(title: str, lead: str = LEAD, sub: str = SUB, author: str = "本报记者 王小明") -> str:
    """A Founder e-paper article page's deck: 引题/主题/副题/author each in its ``<founder-…>`` tag."""
    return (
        "<table><tr><td class='default'>江城日报 2014年09月16日 第05版：要闻</td></tr></table><table>"
        f"<tr><td align='center' class='font02'><founder-introtitle>{lead}</founder-introtitle></td></tr>"
        f"<tr><td align='center' class='font01'><founder-title>{title}</founder-title></td></tr>"
        f"<tr><td align='center' class='font02'><founder-subtitle>{sub}</founder-subtitle></td></tr>"
        f"<tr><td align='center' class='font02'><founder-author>{author}</founder-author></td></tr>"
        f"<tr><td><div id='ozoom'><founder-content>{TEXT}</founder-content></div></td></tr></table>"
    )


CASES = [
    pytest.param("<title>江城日报数字报-第05版:要闻</title>", founder(HEADLINE), HEADLINE, id="a_founder_title_tag_is_the_headline_over_an_editions_title"),
    pytest.param("<title>江城日报</title>", founder(HEADLINE, lead="", sub=""), HEADLINE, id="a_founder_title_tag_without_decks_is_the_headline"),
    pytest.param("<title>江城日报-第02版</title>", f"<table><tr><td class='font02'>{LEAD}</td></tr><tr><td class='font01'>{HEADLINE}</td></tr><tr><td class='font02'>{SUB}</td></tr><tr><td class='content'>{TEXT}</td></tr></table>", HEADLINE, id="a_founder_font02_deck_nearest_the_text_gives_way_to_the_font01_headline"),
    pytest.param("<title>江城日报-第02版</title>", f"<table><tr><td class='font02'>{LEAD}</td></tr><tr><td class='font01'>天都“黑”了！网友都在问发生了什么？碧鸡路一在建工地突发火情</td></tr><tr><td class='font02'>{SUB}</td></tr><tr><td class='content'>{TEXT}</td></tr></table>", "天都“黑”了！网友都在问发生了什么？碧鸡路一在建工地突发火情", id="a_founder_font01_headline_reading_as_a_sentence_is_the_headline"),
    pytest.param(SITE_WIDE, article(f"<h1><span class='tag'>独家</span>{HEADLINE}</h1>"), HEADLINE, id="a_two_character_badge_before_the_headline_is_no_part_of_it"),
    pytest.param(f"<title>{HEADLINE}</title>", article(f"<div class='title'><em class='label label-red'>快讯</em>{HEADLINE}</div>"), HEADLINE, id="a_badge_in_a_title_classed_div_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article(f"<h2>{HEADLINE}<span class='icon-yc'>[原创]</span></h2>"), HEADLINE, id="a_bracketed_badge_after_the_headline_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article(f"<h1>{HEADLINE}<i class='badge'>NEW</i></h1>"), HEADLINE, id="a_latin_badge_after_the_headline_is_no_part_of_it"),
    pytest.param(SITE_WIDE, article(f"<table width='100%'><tr><td class='bt' align='center'><a href='{URL.replace('http:', 'https:')}'>{HEADLINE}</a></td></tr></table>"), HEADLINE, id="a_headline_cell_linking_to_the_page_itself_is_the_headline"),
    pytest.param("<title>欢迎访问江城网</title>", article(f"<p class='biaoti'><strong><a href='javascript:;'>{HEADLINE}</a></strong></p>"), HEADLINE, id="a_headline_linking_nowhere_is_the_headline"),
    pytest.param("<title>江城网</title>", f"<div class='main'><dl class='detail'><dt>{HEADLINE}</dt><dd class='info'>发布时间：2014年9月16日　来源：新华网</dd><dd class='content'>{TEXT}</dd></dl></div>", HEADLINE, id="a_headline_in_a_definition_list_loses_the_list_marker_of_the_text"),
    pytest.param(SITE_WIDE, article(f"<div class='title'><img src='/uploadfiles/title/201409/1.png' alt='{HEADLINE}' border='0'></div>"), HEADLINE, id="a_headline_printed_as_an_image_is_its_alt_text"),
    pytest.param("", article(f"<p align='center'><img src='/uploadfiles/title/201409/1.png' alt='{HEADLINE}'></p>"), HEADLINE, id="a_headline_image_on_a_page_without_title_is_its_alt_text"),
    pytest.param(SITE_WIDE, "<div class='article'><div class='tag-line'><a href='/guonei/'>国内</a><span>2014-9-16 10:21</span></div><h2>叙利亚政府军多地发动攻势</h2><div class='summary'><b>导读：</b>叙利亚政府军多地发动攻势</div><div class='content'><p>　　叙利亚政府军多地发动攻势</p>" + TEXT + "</div></div>", "叙利亚政府军多地发动攻势", id="a_summary_box_is_no_headline"),
    pytest.param(SITE_WIDE + '<meta property="og:title" content="濮阳一男子大年三十饮酒过量身亡">', article(f"<h2 class='title'>{HEADLINE}</h2>"), HEADLINE, id="an_og_title_of_another_article_gives_way_to_the_printed_headline"),
    pytest.param('<meta property="og:title" content="濮阳一男子大年三十饮酒过量身亡"><meta name="twitter:title" content="濮阳一男子大年三十饮酒过量身亡">', article(f"<div class='tit'><strong>{HEADLINE}</strong></div>"), HEADLINE, id="a_stale_share_card_without_title_gives_way_to_the_printed_headline"),
    pytest.param("<title>直播_江城网</title>", f"<div class='live-head'><span class='status'>正在直播</span><div class='live-title'>{HEADLINE}</div><div class='live-info'>主持人：王小明</div><div class='refresh'><a href='javascript:;'>刷新</a> <label><input type='checkbox' checked>自动刷新</label></div></div><div class='live-list'>{TEXT}</div>", HEADLINE, id="a_form_controls_label_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


@pytest.mark.parametrize("title", [f"{HEADLINE}(第2页)-江城网", f"{HEADLINE}_第2页_江城网", f"{HEADLINE} - 第3页 - 江城网", f"{HEADLINE}（第2页）"])
def test_a_page_number_after_the_headline_in_title_is_no_part_of_it(title: str) -> None:
    """Page 2 of a paged article: ``<title>`` adds 第2页, the headline is the same."""
    assert site_suffix_free(title) == HEADLINE


def test_a_heading_the_text_does_not_echo_beats_a_papers_name_in_title() -> None:
    """``<title>浙江日报数字报</title>``: the paper's name on every page; the 主题 printed above the text is the
    headline even when the text (a reprint, a wrong attachment) hardly repeats its words."""
    body = (
        "<div class='article'><div class='title'><p class='yt'>菲律宾政府为改良民生、发展经济</p>"
        "<p class='zt' style='font-size:26px;font-weight:bold'>冷艳魔妃惹不起</p></div>"
        f"<p class='author'>本报记者 王小明</p><div class='content' id='ozoom'>{TEXT}</div></div>"
    )
    assert extract_article(URL, page("<title>浙江日报数字报</title>", body)).title == "冷艳魔妃惹不起"


def test_a_posters_name_linking_nowhere_is_no_subject() -> None:
    """Discuz!'s ``<a class="xw1">清风明月</a>`` has no address: it is a name, not a link to the page itself."""
    body = (
        "<div id='hd'><h2><a href='./'>华龙论坛</a></h2></div>"
        f"<div class='breadcrumb'>华龙论坛 &raquo; <a href='/board/12'>百姓话题</a> &raquo; {HEADLINE}</div>"
        "<table class='plhin'><tr><td class='pls'><div class='authi'><a class='xw1'>清风明月</a></div><p>帖子 574</p></td>"
        f"<td class='plc'><div class='pi'><em>发表于 2012-03-28 02:10</em></div><div class='t_fsz'><table><tr><td class='t_f'>{TEXT}</td></tr></table></div></td></tr></table>"
    )
    assert extract_article(URL, page("<title>华龙论坛</title>", body)).title == HEADLINE


def test_a_row_of_buttons_to_nowhere_is_no_headline() -> None:
    """An e-paper's ``<a href="#">下一版</a> <a href="#">往期回顾</a>`` row above the headline: buttons, not a self-link."""
    page_file = Path(__file__).parent / "data" / "fields_devset" / "pages" / "epaper_train-04040.html"
    item = extract_article("http://epaper.example.cn/html/2019-04/02/content_1.htm", page_file.read_bytes())
    assert item.title == "健康产业迎来发展契机"


def test_founder_tags_give_the_decks_and_the_author() -> None:
    item = extract_article(URL, page("<title>江城日报</title>", founder(HEADLINE)))
    assert (item.lead_title, item.subtitle) == (LEAD, SUB)
    assert item.authors == ["王小明"]


@pytest.mark.parametrize(
    "headline, inner",
    [
        ("苹果发布新款iPad", "苹果发布新款<i>iPad</i>"),
        ("新华视点：春耕正当时", "<i>新华</i>视点：春耕正当时"),
        ("我们为什么选择留下", "我们为什么选择<i>留下</i>"),
    ],
)
def test_a_word_in_italics_at_the_headlines_edge_is_part_of_it(headline: str, inner: str) -> None:
    """An ``<i>`` classed as no badge is an icon only when it holds one character before the headline
    (``<i>问</i>``): a word set in italics at either edge was cut from the title (苹果发布新款)."""
    assert extract_article(URL, page(f"<title>{headline}_江城网</title>", article(f"<h1>{inner}</h1>"))).title == headline


@pytest.mark.parametrize(
    "heading",
    [f"<div class='title'>{HEADLINE}</div>", f"<table><tr><td align='center'><b>{HEADLINE}</b></td></tr></table>"],
)
@pytest.mark.parametrize("head", [SITE_WIDE, ""])
def test_a_photo_between_the_headline_and_the_text_is_no_headline(heading: str, head: str) -> None:
    """An image's alt text is the headline only where no headline is printed above it: the lead photo
    under a headline (``<img alt='市民在公交站台候车'>``) gave its caption as the title of pages whose
    ``<title>`` is the site's or absent."""
    photo = "<div><img src='/u/1.jpg' alt='市民在公交站台候车'></div>"
    assert extract_article(URL, page(head, article(heading, photo))).title == HEADLINE

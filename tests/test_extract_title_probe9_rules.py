# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe9.py)
"""Title rules found on the ninth title probe's tune pages (bench/title_probe9.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, page

FIRST, SECOND = HEADLINE.split("，")[0] + "，", HEADLINE.split("，")[1]
INFO = "<div class='art-info'>2014-09-16 10:21 江城网</div>"
CUT = HEADLINE[:14] + "..."
LINES = "<br>".join(p.split("</p>")[0].removeprefix("<p>") for p in TEXT.split("<p>")[1:])
CASES = [
    pytest.param(SITE_WIDE, f"<div class='art'><div class='title'><p>{FIRST}</p><p>{SECOND}</p></div>{INFO}<div class='art-body'>{TEXT}</div></div>", HEADLINE, id="a_headline_broken_over_two_paragraphs_of_its_title_block"),
    pytest.param(SITE_WIDE, f"<div class='art'><div class='art-title'><div class='line'>{FIRST}</div><div class='line'>{SECOND}</div></div>{INFO}<div class='art-body'>{TEXT}</div></div>", HEADLINE, id="a_headline_broken_over_two_line_divs"),
    pytest.param(SITE_WIDE, f"<div class='art'><h1 class='tit'>{FIRST}</h1><h1 class='tit'>{SECOND}</h1>{INFO}<div class='art-body'>{TEXT}</div></div>", HEADLINE, id="a_headline_broken_over_two_h1s_of_one_class"),
    pytest.param(f"<title>{FIRST} {SECOND} - 江城网</title>", f"<div class='art'><h1 class='tit'>{FIRST}</h1><h1 class='tit'>{SECOND}</h1>{INFO}<div class='art-body'>{TEXT}</div></div>", HEADLINE, id="two_h1s_of_one_class_under_a_title_holding_both"),
    pytest.param(SITE_WIDE, f"<div class='art'><h1><p class='l1'>{FIRST}</p><p class='l2'>{SECOND}</p></h1>{INFO}<div class='art-body'>{TEXT}</div></div>", HEADLINE, id="paragraphs_inside_an_h1_which_the_parser_closes"),
    pytest.param("<title>豆瓣</title>", f"<div id='content'><h1>\n  {CUT}\n  </h1><div class='topic-doc'><h3><span class='from'>来自: <a>用户771</a></span><span>2014-09-16 10:21:33</span></h3><table class='infobox'><tr><td class='tablecc'><strong>标题：</strong>{HEADLINE}</td></tr></table><div class='topic-content'>{TEXT}</div></div></div>", HEADLINE, id="a_cut_heading_read_whole_from_a_labelled_cell"),
    pytest.param(f"<title>{HEADLINE}</title>", f"<div id='content'><h1>\n  {CUT}\n  </h1><div class='topic-doc'><h3><span class='from'>来自: <a>用户771</a></span><span>2014-09-16 10:21:33</span></h3><div class='topic-content'>{TEXT}</div></div></div>", HEADLINE, id="a_cut_heading_read_whole_from_the_title"),
    pytest.param("<title>新华视点的微博_微博</title>", f"<div class='WB_detail'><div class='WB_info'><a class='W_f14'>新华视点</a></div><div class='WB_from'>09-16 10:21 来自 微博 weibo.com</div><div class='WB_text'><a class='a_topic'>#叙利亚局势#</a>【{HEADLINE}】{LINES}</div></div>", HEADLINE, id="a_weibo_posts_bracketed_lead_after_its_topic"),
    pytest.param("", f"<div class='card'><header class='weibo-top'><h3 class='m-text-cut'>新华视点</h3><h4 class='time'>09-16</h4></header><article class='weibo-main'><div class='weibo-text'>【{HEADLINE}】{LINES}</div></article></div>", HEADLINE, id="a_weibo_posts_bracketed_lead_under_the_accounts_name"),
    pytest.param("", f"<div class='card'><header class='weibo-top'><h3 class='m-text-cut'>叙利亚军事</h3><h4 class='time'>09-16</h4></header><article class='weibo-main'><div class='weibo-text'>#新闻早知道#【{HEADLINE}】{LINES}</div></article></div>", HEADLINE, id="a_weibo_posts_bracketed_lead_under_an_account_name_the_text_echoes"),
    pytest.param(SITE_WIDE, f"<div class='_3VRL'><div class='_1RuRku'>{HEADLINE}</div><div class='rEsl9f'><div class='_2mYfmT'><span class='_22gUMi'>财经早餐</span><span class='_3tCVn5'>关注</span></div><div class='s-dsoj'><time>2014.09.16 10:21:33</time></div></div><article class='_2rhmJa'>{TEXT}</article></div>", HEADLINE, id="an_authors_name_beside_its_follow_button_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert "".join(extract_article(URL, page(head, body)).title.split()) == "".join(headline.split())


def test_a_broken_headline_keeps_the_words_of_two_headings_apart() -> None:
    """Two headings of one class are one headline only when the second does not open the text."""
    body = f"<div class='art'><h1 class='tit'>{HEADLINE}</h1>{INFO}<div class='art-body'>{TEXT}</div></div><div class='side'><h1 class='tit'>热点新闻</h1></div>"
    assert extract_article(URL, page(SITE_WIDE, body)).title == HEADLINE


def test_a_bracketed_tag_under_a_salutation_is_no_headline() -> None:
    """A document's text opens with its salutation; a 【】 tag in the line after it is the text's, no headline."""
    body = f"<div class='doc'><p align='center'><b><font size='5'>{HEADLINE}</font></b></p><p>各县（市、区）人民政府，市政府各部门：</p><p>　　【江城在线 今日焦点】近日叙利亚政府军在多地发动攻势，打死200多名极端组织武装分子。</p>{TEXT}</div>"
    assert extract_article(URL, page(SITE_WIDE, body)).title == HEADLINE


def test_a_headline_ending_with_its_own_ellipsis_is_no_cut() -> None:
    """``<title>`` repeats the ellipsis a headline ends with: the heading was printed whole, not cut."""
    headline = "叙利亚政府军多地发动攻势，打死200多名极端分子…"
    body = f"<div class='art'><h1>{headline}</h1>{INFO}<div class='art-body'>{TEXT}</div></div>"
    assert extract_article(URL, page(f"<title>{headline}-本站原创</title>", body)).title == headline

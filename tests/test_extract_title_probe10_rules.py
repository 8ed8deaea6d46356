# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe10.py)
"""Title rules found on the tenth title probe's tune pages (bench/title_probe10.py).

Each case of ``CASES`` failed before but the one with a page word before a bare hyphen (its probe page
failed on a text echoing the word; here it guards the rule); the other tests guard the new rules.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_article
from tests.test_extract_title_probe3_rules import HEADLINE, QUOTED, TEXT, URL, page

INFO = "<div class='info'>2014-09-16 10:21　来源：江城网</div>"
LD = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "headline": HEADLINE}, ensure_ascii=False)
FIRST = "据叙利亚通讯社14日报道"  # the text's own first clause, which a lead photo's alt may repeat
LEAD_PHOTO = f"<p align='center'><img src='/pic/1.jpg' alt='{FIRST}'></p>"
SHARE_CONFIG = json.dumps({"common": {"bdText": HEADLINE, "bdDesc": "据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势"}}, ensure_ascii=False)
SHARE = f"<div class='share-box'><span>分享到：</span><div class='wx-card'><p class='share-tit'>{HEADLINE}</p><p>用微信扫描二维码分享至好友和朋友圈</p></div></div><script>window._bd_share_config={SHARE_CONFIG};</script>"
CASES = [
    pytest.param(f"<title>江城网</title><meta property='og:title' content='江城网'><script type='application/ld+json'>{LD}</script>", f"<div class='article'>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="json_ld_headline_over_an_og_title_holding_the_sites_name"),
    pytest.param("<title>江城网</title>", f"<div class='article'><div class='title-pic'><img src='/t/1.png' alt='{HEADLINE}'></div>{INFO}<div class='content'>{LEAD_PHOTO}{TEXT}</div></div>", HEADLINE, id="a_title_picture_above_the_info_line_over_a_lead_photo_in_the_text"),
    pytest.param("<title>江城网</title>", f"{SHARE}<div class='article'><div class='text-title'>{HEADLINE}</div>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="a_share_scripts_copy_of_the_text_is_no_anchor_of_the_text"),
    pytest.param(f"<title>江城网</title><meta property='og:title' content='【关注】{HEADLINE}-江城网客户端'>", f"<div class='article'><p class='atitle'>{HEADLINE}</p>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="og_title_with_a_channel_tag_and_an_apps_name_over_the_printed_headline"),
    pytest.param(f"<title>江城网</title><meta property='og:title' content='快讯！{HEADLINE}'>", f"<div class='article'><p class='atitle'>{HEADLINE}</p>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="og_title_with_a_flash_word_over_the_printed_headline"),
    pytest.param(f"<title>江城网</title><meta property='og:title' content='{QUOTED.replace('“', '&quot;').replace('”', '&quot;')}'>", f"<div class='article'><h1>{QUOTED}</h1>{INFO}<div class='content'>{TEXT}</div></div>", QUOTED, id="curly_quotes_printed_straight_quotes_in_the_copy"),
    pytest.param(f"<title>江城网</title><meta property='og:title' content='{QUOTED.replace('“', '&quot;').replace('”', '&quot;')}'>", f"<div class='article'><h1>{QUOTED.replace('“', '「').replace('”', '」')}</h1>{INFO}<div class='content'>{TEXT}</div></div>", QUOTED.replace("“", "「").replace("”", "」"), id="corner_quotes_printed_straight_quotes_in_the_copy"),
    pytest.param("<title>本网原创_江城网</title>", f"<h1 class='column'>本网原创</h1><div class='article'><p class='title'>{HEADLINE}</p>{INFO}<div class='content'>{TEXT.replace('　　据叙利亚', '本网讯 据叙利亚', 1)}</div></div>", HEADLINE, id="a_columns_name_agreeing_with_a_title_tag_of_names_over_the_headline"),
    pytest.param("<title>江城网</title>", f"<div class='article'><div class='bt'>{HEADLINE}</div>{INFO}<div class='lead'><p>（摄影 王小明 剪辑 李华）</p></div><div class='content'>{TEXT}</div></div>", HEADLINE, id="a_bracketed_credit_line_above_the_text_is_no_headline"),
    pytest.param(f"<title>政府动态_{HEADLINE}_国内新闻_江城网</title>", f"<div class='article'>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="title_tag_with_the_headline_after_a_column"),
    pytest.param(f"<title>江城网 - 时政 - {HEADLINE} - 社会万象</title>", f"<div class='article'>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="title_tag_with_the_headline_between_channel_and_column"),
    pytest.param(f"<title>正文-{HEADLINE}-国内新闻-江城网</title>", f"<div class='article'>{INFO}<div class='content'>{TEXT}</div></div>", HEADLINE, id="title_tag_with_a_page_word_before_a_bare_hyphen"),
    pytest.param("<title>江城网络问政</title>", f"<div class='header'><h1 class='logo'>江城网络问政</h1></div><div class='msg'><div class='msg-title'><i class='icon-q'>问</i>{HEADLINE}？</div><div class='msg-info'>留言人：网友1234 留言时间：2014-09-16 10:21</div><div class='msg-text'><p>近日有市民反映，叙利亚政府军在多地发动攻势的消息在本地引发热议，请问有关部门如何看待此事，是否会对本地企业的进出口贸易、员工出行和海外项目的正常运转造成影响，希望尽快给予答复，谢谢！</p></div></div><div class='reply'><h2>回复内容</h2><div class='reply-text'>{TEXT}{TEXT.replace('。', '；据悉，当地秩序已经恢复。')}</div><div class='reply-info'>回复单位：江城市住建局</div></div>", HEADLINE + "？", id="a_reply_boxs_caption_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert "".join(extract_article(URL, page(head, body)).title.split()) == "".join(headline.split())


def test_a_title_tag_whose_first_part_is_the_headline_keeps_it() -> None:
    """A short headline first in ``<title>`` stays: only a label (a column, a page word) yields to a longer part."""
    body = f"<div class='article'>{INFO}<div class='content'>{TEXT}</div></div>"
    title = "叙利亚政府军发动攻势-打死200多名极端组织武装分子并缴获武器_江城网"
    assert "".join(extract_article(URL, page(f"<title>{title}</title>", body)).title.split()) != "打死200多名极端组织武装分子并缴获武器"


def test_an_og_tag_word_that_is_the_headlines_own_stays() -> None:
    """A printed headline opening with the words of a tag (``快讯！``) keeps them: the page prints them."""
    headline = "快讯！" + HEADLINE
    body = f"<div class='article'><h1>{headline}</h1>{INFO}<div class='content'>{TEXT}</div></div>"
    assert extract_article(URL, page(f"<title>江城网</title><meta property='og:title' content='{headline}'>", body)).title == headline

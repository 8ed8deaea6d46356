# ruff: noqa: E501  (pages are kept one line a block, as in bench/title_probe8.py)
"""Title rules found on the eighth title probe's tune pages (bench/title_probe8.py): each failed before."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.titles import names_only
from tests.test_extract_title_probe3_rules import HEADLINE, SITE_WIDE, TEXT, URL, page

CUT = HEADLINE[:14] + "..."
CASES = [
    pytest.param(SITE_WIDE, f"<div class='core_title_wrap'><h3 class='core_title_txt' title='{HEADLINE}'>{CUT}</h3></div><div class='p_postlist'>{TEXT}</div>", HEADLINE, id="a_cut_heading_is_read_whole_from_its_title_attribute"),
    pytest.param(SITE_WIDE, f"<div class='player'><video></video></div><div class='video-info'><div class='video-title' title='{HEADLINE}'>{HEADLINE[:12]}…</div><div class='video-data'><span>564万播放</span><span>弹幕 6874</span></div></div><div class='video-desc'><div class='desc-tit'>简介</div>{TEXT}</div>", HEADLINE, id="a_video_title_in_an_info_block_beside_its_counts"),
    pytest.param(SITE_WIDE, f"<div class='article'><h2 class='title'>{HEADLINE}</h2><div class='info'>来源：新华网</div><div class='content'><p>　　据叙利亚通讯社14日报道，叙利亚政府军当天在多地发动攻势。</p><h1 style='font-size:16px'>一、政府军的行动</h1>{TEXT}<h1>二、平民返回家园</h1>{TEXT}</div></div>", HEADLINE, id="numbered_section_heads_styled_as_h1_are_no_headline"),
    pytest.param("<title>中国裁判文书网</title>", f"<div class='PDF_box'><div class='PDF_title'>王某与李某某民间借贷纠纷一审民事判决书</div><div class='PDF_pox'><div style='text-align:center'>成都市锦江区人民法院</div><div style='text-align:center;font-weight:bold'>民 事 判 决 书</div><div style='text-align:right'>（2018）川0104民初8034号</div>{TEXT}</div></div>", "王某与李某某民间借贷纠纷一审民事判决书", id="a_judgments_case_title_over_its_court_type_and_number"),
    pytest.param("<title>江城日报-2014年09月16日</title>", f"<div class='paper-head'>江城日报 第01版：要闻</div><div class='article'><p class='yt'>聚焦中东局势</p><p class='bt'>{HEADLINE}</p><p class='ft'>——记者连线大马士革</p><div class='content'>{TEXT}</div></div>", HEADLINE, id="an_e_papers_title_of_its_name_and_day_holds_no_headline"),
    pytest.param("<title>社会学研究</title>", f"<div class='jhead'><h1>《社会学研究》2014年第9期</h1></div><div class='art'><div class='title'>{HEADLINE}</div><p class='en-title'>Syrian army launches attacks</p><p class='authors'>王某某<sup>1</sup>，李某<sup>2</sup></p><div class='keywords'><b>关键词：</b>叙利亚；局势</div><div class='fulltext'>{TEXT}</div></div>", HEADLINE, id="a_journals_issue_heading_is_no_headline"),
    pytest.param("<title>江城网-新闻</title>", f"<div id='app'></div><noscript><div class='ns-article'><div class='title'>{HEADLINE}</div>{TEXT}</div></noscript><script src='/static/js/app.js'></script>", HEADLINE, id="an_app_shells_noscript_article_holds_the_headline"),
    pytest.param(SITE_WIDE, f"<div class='article'><h1 class='en-title'>Syrian army launches attacks on several fronts</h1><div class='info'>来源：江城网 编辑：李明</div><div class='zy'>【中文导读】{HEADLINE}</div><div class='con'>{TEXT}</div></div>", "Syrian army launches attacks on several fronts", id="a_summary_boxs_lead_line_is_no_headline"),
]


@pytest.mark.parametrize(("head", "body", "headline"), CASES)
def test_the_printed_headline_is_the_title(head: str, body: str, headline: str) -> None:
    assert extract_article(URL, page(head, body)).title == headline


@pytest.mark.parametrize("title", ["2014年09月16日", "江城日报-2014年09月16日", "《社会学研究》2014年第9期", "第05版"])
def test_an_issue_is_a_name(title: str) -> None:
    assert names_only(title, short=False)


def test_a_headline_naming_a_day_is_no_issue() -> None:
    assert not names_only("2014年09月16日起江城三条公交线路调整走向", short=False)

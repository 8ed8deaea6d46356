"""Page lines around the text are not text: decks joined in a table cell, forum post headers and
replies, a blog's address, a row of navigation links, a site's disclaimer, escaped pipes in cells.

Written by hand from how table layouts, Discuz!/天涯 threads and blog templates print these lines
(the probe pages of ``bench.fields_probe`` showed the kinds; no holdout page was read).
"""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.furniture import cut_replies, drop_edge_furniture, strip_deck

HEADLINE = "南环大街路边垃圾清了又重来"
_SENTENCES = [
    f"第{i}段：日前，家住姑苏区南环新村的曹女士告诉记者，南环大街沿街商铺门口堆满了各种垃圾，行人通行受到影响。"
    "记者来到现场，确如曹女士所说，有垃圾堆放在人行道上。"
    for i in range(5)
]


def _body(html: str) -> str:
    return extract_article("http://www.example.cn/a/2019/0907/1.html", html.encode()).body


def test_a_deck_joined_to_the_first_paragraph_in_a_table_cell_is_cut() -> None:
    paras = "".join(f"<p>{s}</p>" for s in _SENTENCES)
    page = (
        f"<html><head><title>晨报数字报</title></head><body><table><tr><td class='article'>"
        f"<h3>关注民生</h3><h1>{HEADLINE}</h1><div id='ozoom'>{paras}</div></td></tr></table></body></html>"
    )
    body = _body(page)
    assert body.startswith(_SENTENCES[0][:20])
    assert "关注民生" not in body and HEADLINE not in body


def test_strip_deck_leaves_a_text_that_opens_with_the_headline_or_its_original_title() -> None:
    text = f"{HEADLINE}，市民反映强烈。"
    assert strip_deck([text], HEADLINE) == [text]
    assert strip_deck([f"原标题：{HEADLINE} 正文"], HEADLINE) == [f"原标题：{HEADLINE} 正文"]
    assert strip_deck([f"本报特稿 {HEADLINE} 正文。"], HEADLINE) == ["正文。"]
    assert strip_deck([f"本报特稿 {HEADLINE} 副题 正文。"], HEADLINE, "副题") == ["正文。"]


def test_a_forum_threads_post_header_and_replies_are_not_its_text() -> None:
    post = "<br>".join(_SENTENCES)
    page = (
        f"<html><head><title>{HEADLINE} - 家长论坛 - Powered by Discuz!</title></head>"
        "<body><div id='postlist'>"
        f"<table><tr><td class='plc'><h1>{HEADLINE}</h1><div class='authi'><em>发表于 2019-8-17 19:43</em> | "
        f"<a>只看该作者</a></div><table><tr><td class='t_f'>{post}</td></tr></table></td></tr></table>"
        "<table><tr><td class='plc'><em>路人甲乙丙 发表于 2019-8-18 08:12</em><div class='t_f'>支持楼主</div>"
        "</td></tr></table>"
        "<div class='atl-item'><span>作者：路过的猫</span> <span>时间：2019-08-18 09:45:31</span>"
        "<div>顶一下，希望有关部门重视。</div></div></div></body></html>"
    )
    body = _body(page)
    assert "发表于" not in body and "支持楼主" not in body and "顶一下" not in body
    assert _SENTENCES[-1][:20] in body


def test_cut_replies_needs_a_time_and_prose_before() -> None:
    text = ["正文第一段，说的是一件事。", "本文发表于2018年5月3日《人民日报》，有删节。"]
    assert cut_replies(text) == text  # a date without a time: prose about the text
    assert cut_replies(["发表于 2019-8-17 19:43", *text]) == ["发表于 2019-8-17 19:43", *text]
    replies = [*text, "作者：路过的猫 时间：2019-08-18 09:45:31 顶一下", "关注"]
    assert cut_replies(replies) == text


def test_edges_drop_addresses_link_rows_and_the_sites_disclaimer() -> None:
    text = ["正文第一段，说的是一件事。", "正文第二段。"]
    links = ["返回首页", "社会新闻", "正文"]
    footer = "本站部分内容来自网络 如有侵权请联系删除"
    lines = ["http://blog.sina.com.cn/u284425", "返回首页 | 社会新闻", *text, footer]
    assert drop_edge_furniture(lines, lambda: links) == text
    # A source credit carrying the same words is the article's own line.
    credit = "来源丨同安生活网（若有侵权请联系删除）"
    assert drop_edge_furniture([*text, credit], lambda: links) == [*text, credit]


def test_a_pipe_inside_a_table_cell_stays_a_pipe() -> None:
    row = "作者 | 木木木 图 | 网络"
    cells = "".join(f"<p>{s}</p>" for s in _SENTENCES)
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td><h1>{HEADLINE}</h1></td></tr>"
        f"<tr><td>{row}{cells}</td></tr></table></body></html>"
    )
    body = _body(page)
    assert "\\" not in body
    assert "木木木 图 | 网络" in body


def test_page_tools_and_a_sites_footer_after_the_text_are_dropped() -> None:
    text = ["正文第一段，说的是一件事。", "正文第二段。"]
    tools = "【打印本页】【关闭窗口】"
    footer = "版权所有：城市新闻网 2003-2012 备案号：豫ICP备05001234号"
    assert drop_edge_furniture([*text, tools, footer]) == text
    # The text's own notice is no footer: no ICP number, no copyright years.
    notice = "（本文版权归本报所有，转载请注明出处）"
    assert drop_edge_furniture([*text, notice]) == [*text, notice]


def test_one_short_link_alone_at_an_edge_is_furniture_a_long_one_is_not() -> None:
    text = ["正文第一段，说的是一件事。", "正文第二段。"]
    links = ["博文目录", "中秋節：火鍋399吃到飽", "市政府召开常务会议研究部署今年重点工作安排"]
    assert drop_edge_furniture(["博文目录", *text, "中秋節：火鍋399吃到飽"], lambda: links) == text
    long_link = "市政府召开常务会议研究部署今年重点工作安排"
    assert drop_edge_furniture([long_link, *text], lambda: links) == [long_link, *text]


def test_a_reply_header_after_a_short_threads_text_is_out_of_the_headline_zone() -> None:
    """On a short thread the headline's zone runs past the text: the first reply's header is no credit."""
    from crawler.extract.text_zones import header_zone_of_text

    text = [*_SENTENCES[:2], "执行人：作者：石 景", "编辑：石景"]
    header = (
        f"{HEADLINE} 楼主： 东篱采菊 时间：2013-01-25 17:14:08 点击：392 {' '.join(text)} "
        "作者： 路人甲 时间：2013-01-25 19:27:08 这个事情我也听说了，确实如此。"
    )
    zone = header_zone_of_text(header, text)
    assert "东篱采菊" in zone and "编辑：石景" in zone and "路人甲" not in zone
    # A closing credit line after the text stays in the zone.
    closing = f"{HEADLINE} {' '.join(_SENTENCES[:2])} 本文来源：新京报 作者：张三"
    assert header_zone_of_text(closing, _SENTENCES[:2]).endswith("作者：张三")


def test_the_texts_paragraphs_start_lines_in_a_zone() -> None:
    """A byline line above the text does not run on into the first paragraph (天哪 is no reporter)."""
    from crawler.extract.text_zones import paragraph_breaks

    first = "天哪！这个黑乎乎的东西是什么？怎么长得像仙丹。"
    zone = f"{HEADLINE} 2013-04-12 来源：江城日报 本报记者 于琦 {first}"
    assert paragraph_breaks(zone, ["本报记者 于琦", first]).endswith(
        f"来源：江城日报\n本报记者 于琦\n{first}"
    )
    # A headline repeating the opening stands above it: the break goes before the paragraph.
    opening = "立春后，下一个节气何时到来，雨雪频繁"
    repeated = f"立春后，下一个节气何时到来 文/本报记者 沈涵瑶 {opening}"
    broken = paragraph_breaks(repeated, ["文/本报记者 沈涵瑶", opening])
    assert broken == f"立春后，下一个节气何时到来\n文/本报记者 沈涵瑶\n{opening}"


def test_a_byline_above_the_text_keeps_the_texts_first_word_out() -> None:
    """``本报记者 于琦`` above ``天哪！…``, ``作者：凤凰新闻`` above ``米泉h型钢…``: no first word read."""
    first = "天哪！这个黑乎乎的东西是什么？怎么长得像太上老君练的仙丹，还很像乌鸡白凤丸。"
    rest = "".join(f"<p>{s}</p>" for s in _SENTENCES)
    page = (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        "<div class='info'>2013-04-12 23:34　来源：江城日报</div>"
        f"<div class='content'><p>本报记者 于琦</p><p>　　{first}</p>{rest}</div></body></html>"
    )
    assert extract_article("http://news.example.cn/a/1.html", page.encode()).authors == ["于琦"]
    outlet = page.replace("来源：江城日报", "来源：凤凰新闻　作者：凤凰新闻").replace(
        "<p>本报记者 于琦</p>", ""
    )
    outlet = outlet.replace(first, "米泉h型钢厂家供应专业生产经营低合金角钢、热镀锌圆钢和各类槽钢。")
    assert extract_article("http://news.example.cn/a/2.html", outlet.encode()).authors == []

"""A lead paragraph that sits outside the main block (a summary box) is put back first."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract.generic import recover_lead

LEAD = "洮北区今年新建产业项目110个，投入扶贫资金3.9亿元，贫困人口受益达到全覆盖。"
PAGE = f"""<html><head><title>白城新闻_示例网</title>
<meta name="description" content="白城新闻 {LEAD}">
</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<div class="summary"><p>{LEAD}</p></div>
<div class="content"><p>正文第一段：围绕特色农业产业培育，建设标准化养殖项目。</p></div>
</body></html>"""


def test_summary_box_lead_goes_first() -> None:
    tree = lxml_html.fromstring(PAGE)
    body = [["正文第一段：围绕特色农业产业培育，建设标准化养殖项目。"]]
    assert recover_lead(tree, body) == [[LEAD], *body]


def test_lead_already_in_body_is_not_repeated() -> None:
    tree = lxml_html.fromstring(PAGE)
    body = [[LEAD], ["正文。"]]
    assert recover_lead(tree, body) == body


def test_description_that_only_repeats_the_headline_recovers_nothing() -> None:
    page = PAGE.replace(
        "白城新闻 洮北区今年新建产业项目110个，投入扶贫资金3.9亿元，贫困人口受益达到全覆盖。", "白城新闻"
    )
    tree = lxml_html.fromstring(page)
    assert recover_lead(tree, [["正文。"]]) == [["正文。"]]


def test_a_link_list_is_no_lead() -> None:
    page = PAGE.replace(
        f'<div class="summary"><p>{LEAD}</p></div>', f'<div class="more"><a href="/1">{LEAD}</a></div>'
    )
    tree = lxml_html.fromstring(page)
    assert recover_lead(tree, [["正文。"]]) == [["正文。"]]


def test_invisible_characters_do_not_make_a_lead_look_missing() -> None:
    # The description keeps a private-use separator and a zero-width space that the
    # extracted text no longer has: the lead is in the body already, not to be put back twice.
    lead = "前海景点公厕有了免费手纸\ue40c端午小长假，一些来青岛旅游的\u200b细心游客发现景区公厕有了卫生纸。"
    page = PAGE.replace(f"白城新闻 {LEAD}", lead).replace(LEAD, lead)
    tree = lxml_html.fromstring(page)
    body = [[lead.replace("\ue40c", "").replace("\u200b", "")], ["正文。"]]
    assert recover_lead(tree, body) == body

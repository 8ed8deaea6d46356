"""Session-15 byline rules: fillers and accounts where a name would sit, and name forms that must stay.

Written from the tune half of ``bench.name_sweep`` (made-up credits on whole
pages, written before the validator was read) and from the open forms the
earlier rounds left: a spaced ``文/图 X`` inside an info line, a glued
``文/图张小明``, a CMS's system account as editor, one-item related lists and
one-cell tables whose credit is the linked article's. Each test failed before
its rule.
"""

from __future__ import annotations

import pytest

from bench.name_sweep import page
from crawler.extract import extract_article
from crawler.extract.names import plausible_name
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"


@pytest.mark.parametrize("word", ["无名氏", "来源不详", "网编", "爆料人", "织梦"])
def test_fillers_staff_words_and_cms_names_are_no_names(word: str) -> None:
    assert not plausible_name(word)
    assert find_people(f"作者：{word}\n今年以来").authors == []
    assert find_people(f"（责任编辑：{word}）").editors == []


@pytest.mark.parametrize(
    "login", ["admin", "adminzx", "Admin_Wang", "webmaster", "xiaobian", "bianji", "manager"]
)
def test_a_cms_system_or_role_account_is_no_editor(login: str) -> None:
    assert find_people(f"（责任编辑：{login}）").editors == []
    assert find_people(f"发布者：{login}").editors == []


@pytest.mark.parametrize("name", ["Li Yiming", "Wang Weizhi", "Yiming Li", "Ian Sample", "Anne Master"])
def test_an_account_word_in_a_person_s_name_is_a_surname_or_a_given_name(name: str) -> None:
    """Account words (yiming, manager) refuse a one-word login only: these people were dropped."""
    assert plausible_name(name)
    assert find_people(f"作者：{name}").authors == [name]


@pytest.mark.parametrize("login", ["zhangsan", "lhy", "wyyunfeige"])
def test_a_personal_login_stays_the_editor_s_credit(login: str) -> None:
    """The page's own record of who edited it: a journalist citing the page would quote it."""
    assert find_people(f"责任编辑：{login}").editors == [login]


@pytest.mark.parametrize("name", ["阿不都·热合曼", "阿依努尔·阿不都拉", "那仁·满都拉"])
def test_transliterated_names_may_hold_du_and_na(name: str) -> None:
    assert plausible_name(name)
    assert find_people(f"摄影：{name}\n今年以来").photographers == [name]
    assert find_people(f"文/{name}\n今年以来").authors == [name]


def test_prose_with_du_is_still_no_name() -> None:
    assert not plausible_name("大家都")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯（记者次仁卓嘎）今年以来", ["次仁卓嘎"]),
        ("本报讯（记者其其格）今年以来", ["其其格"]),
        ("（记者其其格、乌兰图雅）", ["其其格", "乌兰图雅"]),
    ],
)
def test_a_minority_name_glued_to_its_label_and_closed_by_the_credit_is_read(
    text: str, names: list[str]
) -> None:
    assert find_people(text).authors == names


@pytest.mark.parametrize("text", ["记者格桑花开，今年", "记者扎西表示", "记者乌兰察布报道"])
def test_a_minority_name_start_running_into_a_sentence_is_no_byline(text: str) -> None:
    assert find_people(text).authors == []


@pytest.mark.parametrize(
    "text",
    ["2024-03-05 10:21 来源：江城日报 文/图 张小明\n今年以来", "阅读：123 图/文 张小明 编辑：李四"],
)
def test_a_spaced_text_and_pictures_credit_on_an_info_line_names_the_writer(text: str) -> None:
    people = find_people(text)
    assert people.authors == ["张小明"] and people.photographers == ["张小明"]


def test_a_spaced_text_and_pictures_credit_after_a_sentence_is_still_no_byline() -> None:
    people = find_people("…宣传活动。图/文 李 燕 王彦俊 编辑：王五")
    assert people.authors == [] and people.photographers == []


@pytest.mark.parametrize("text", ["文/图张小明\n今年以来", "图/文张小明\n今年以来"])
def test_a_glued_text_and_pictures_label_names_writer_and_photographer(text: str) -> None:
    people = find_people(text)
    assert people.authors == ["张小明"] and people.photographers == ["张小明"]


def test_a_glued_text_and_pictures_label_before_a_role_reads_as_before() -> None:
    assert find_people("文/图记者谢雨真见习记者林依文").photographers == ["谢雨真"]
    assert find_people("文/图视频截图\n今年").authors == []


_OTHER = "我市启动春季植树活动"


@pytest.mark.parametrize(
    "extra",
    [
        f"<ul><li><a href='/n/2.html'>{_OTHER}</a>（记者 王二小）</li></ul>",
        f"<table><tr><td><a href='/n/2.html'>{_OTHER}</a> 作者：王二小 2024-03-01</td></tr></table>",
        f"<table><tr><td>相关文章：<a href='/n/2.html'>{_OTHER}</a> 记者 王二小</td></tr></table>",
        f"<ul><li><a href='/n/2.html'>{_OTHER}</a> 编辑：王二小</li></ul>",
    ],
)
def test_a_one_item_related_list_s_credit_is_the_linked_article_s(extra: str) -> None:
    inside = extract_article(URL, page("none", "", extra))
    footer = b"<div class='footer'>"
    after = extract_article(URL, page("none", "").replace(footer, extra.encode() + footer))
    for art in (inside, after):
        assert art.authors == [] and art.editors == []


_TENDER = "宁陕至石泉高速公路地震安全性评价技术服务招标投标控制价上限公布如下，投标总价必须小于上限。"
_CAR = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(title: str, top: str, text: str) -> bytes:
    """A page of ``top`` (heading, info lines, the text's opening tags) and four paragraphs of ``text``."""
    paragraphs = "".join(f"<p>第{i}段，{text}</p>" for i in range(4))
    head = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    return (head + top + paragraphs + "</div></body></html>").encode()


def test_a_linked_source_or_a_site_name_above_the_headline_cuts_no_credit() -> None:
    source = _page(
        "标题",
        "<h1>宁陕至石泉高速公路地震安全性评价技术服务招标补遗</h1>"
        "<div>2021年10月19日12:09 来源：<a href='#'>人民网－人民日报</a></div>"
        "<div class='c'><p>本报记者　韦慧敏</p>",
        _TENDER,
    )
    assert extract_article(URL, source).authors == ["韦慧敏"]
    blog = _page(
        "车辆被盗后发生交通事故 车主是否担责",
        "<div><a href='/'>小桥流水人家的小站</a> 又一个WordPress站点</div>"
        "<div class='meta'>发布于 2019年6月4日 作者 <a href='/author/1/'>郑慧明</a></div>"
        "<h1>车辆被盗后发生交通事故 车主是否担责</h1><div class='entry'>",
        _CAR,
    )
    assert extract_article(URL, blog).authors == ["郑慧明"]

"""Session-18 byline rules, from the tune half of ``bench.credit_probe5`` (written before the code was read).

Each test failed before its rule: a related list above the headline whose rows
credit other articles, English bylines read past the names, lists joined by 及
or closed by 等, bracketed labels, titles and fields glued around a name, writing
roles after the name (执笔, 著, 文/摄), a translated writer's country.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"


def _page(top: str, text: str = _TEXT) -> bytes:
    """A page of ``top`` (heading, info lines, the text's opening tags) and four paragraphs of ``text``."""
    paragraphs = "".join(f"<p>第{i}段，{text}</p>" for i in range(4))
    start = f"<html><head><meta charset='utf-8'><title>{_HEADLINE}_临江新闻网</title></head><body>"
    return (start + top + paragraphs + "</div></body></html>").encode()


def test_a_related_list_above_the_headline_credits_its_own_articles() -> None:
    rows = "".join(
        f"<li><a href='/n/{i}.html'>{title}</a> <span>{credit}</span></li>"
        for i, (title, credit) in enumerate(
            [
                ("多部门联动成功救助野生动物", "作者：秦茜宇"),
                ("风雨中那抹暖心的橘红", "任怡琪"),
                ("桐庐通报三起典型问题", "文/罗凯娟"),
            ]
        )
    )
    page = _page(
        f"<div class='sidebar'><h3>推荐阅读</h3><ul>{rows}</ul></div>"
        f"<h1>{_HEADLINE}</h1><div class='info'><span>2011-06-06 04:16</span>"
        "<span>来源：云州日报</span></div><div class='content'><p>文/杜彬瑶</p>"
    )
    assert extract_article(URL, page).authors == ["杜彬瑶"]


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        ("2011-11-24 07:02　By Xiaoming Guo | China Daily | Updated: 2011-11-24", ["Xiaoming Guo"], []),
        ("By Bo Xu and Lei Hu in Hong Kong | chinadaily.com.cn", ["Bo Xu", "Lei Hu"], []),
        ("By Li Yue, Wang Fang and Zhou Tao", ["Li Yue", "Wang Fang", "Zhou Tao"], []),
        ("Writer: Jing Luo | Editor: Xin Ma | From: Xinhua", ["Jing Luo"], ["Xin Ma"]),
        ("The remaster was analysed by Digital Foundry last week.", [], []),
        ("By Reuters Staff", [], []),
    ],
)
def test_an_english_credit_names_capitalised_people_up_to_any_other_word(
    text: str, authors: list[str], editors: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.editors) == (authors, editors)


@pytest.mark.parametrize(
    ("text", "authors", "correspondents"),
    [
        ("本报记者 梁凯岚、朱晓 及 王翔", ["梁凯岚", "朱晓", "王翔"], []),
        ("（本报记者 吴晶璇、范红梓及龙婧建）", ["吴晶璇", "范红梓", "龙婧建"], []),
        ("本报讯（记者 范雪、叶睿 和 方睿）新能源汽车时代来临", ["范雪", "叶睿", "方睿"], []),
        ("本报讯（记者林健及通讯员丁春）5月21日15时", ["林健"], ["丁春"]),
        ("记者 王和平", ["王和平"], []),
    ],
)
def test_names_joined_by_ji_or_a_spaced_he_are_each_kept(
    text: str, authors: list[str], correspondents: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.correspondents) == (authors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("作者：袁军娟等", ["袁军娟"]),
        ("文/史静、龚毅等", ["史静", "龚毅"]),
        ("本报记者 陈思远 周晓文 等", ["陈思远", "周晓文"]),
        ("本报讯（记者 王小明 等）", ["王小明"]),
        ("（孙骏军等/文）", ["孙骏军"]),
    ],
)
def test_a_list_closed_by_deng_keeps_its_names(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    "text",
    ["【作者】余彬锋", "〔作者〕余彬锋", "[记者]余彬锋", "〖作者〗余彬锋", "作者▏余彬锋", "记者 ▎余彬锋"],
)
def test_a_label_in_brackets_or_set_off_by_a_bar_credits_the_name(text: str) -> None:
    assert find_people(text).authors == ["余彬锋"]


@pytest.mark.parametrize(
    ("text", "authors", "editors", "correspondents"),
    [
        ("作者：北塘市第一人民医院主任医师 雷蕾瑞", ["雷蕾瑞"], [], []),
        ("作者：江城化工集团高级工程师 王立新", ["王立新"], [], []),
        ("编辑：龙浩茜发布时间：2010-01-05 17:10", [], ["龙浩茜"], []),
        ("作者:邱瑞英发布于2013-05-05 17:52", ["邱瑞英"], [], []),
        ("本报讯 通讯员宋芳欣、夏翔明报道：在绿色发展", [], [], ["宋芳欣", "夏翔明"]),
        ("记者 刘杰 济南报道", ["刘杰"], [], []),
    ],
)
def test_a_title_before_the_name_or_a_field_glued_after_it_is_no_part_of_it(
    text: str, authors: list[str], editors: list[str], correspondents: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.correspondents) == (authors, editors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("采访/整理：魏平", ["魏平"], []),
        ("采访整理：蔡俊瑶", ["蔡俊瑶"], []),
        ("口述：张大爷　整理：蔡俊瑶", [], []),
        ("拟稿：冯瑞　审核：白锋宇", ["冯瑞"], []),
        ("本报记者 侯婷娟 摄影报道", ["侯婷娟"], ["侯婷娟"]),
        ("作者：（德）托马斯·汤普森　翻译：张国飞", ["托马斯·汤普森"], []),
        ("文/［美］约翰·史密斯　译/张三", ["约翰·史密斯"], []),
        ("[法] 约翰·戴维斯 著　汤凯昊 译", ["约翰·戴维斯"], []),
        ("王小波 著", ["王小波"], []),
        ("张三 著名的文章", [], []),
        ("资料整理：王强", [], []),
    ],
)
def test_writing_up_roles_and_a_translated_writer_s_nationality(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("（汤辉 执笔）", ["汤辉"], []),
        ("江城市委政研室课题组　张海执笔", ["张海"], []),
        ("胡翠毅 文/摄", ["胡翠毅"], ["胡翠毅"]),
        ("作者署名：蔡伟璇", ["蔡伟璇"], []),
        ("他亲自执笔起草了报告。", [], []),
    ],
)
def test_a_drafter_named_before_zhibi_and_a_writer_before_wen_she(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)

"""Session-24 byline rules, from the tune half of ``bench.credit_probe11`` (written before the code was read).

Labels and non-names where a name stands: production and desk job words (``核稿``, ``终审``, ``海报设计``,
``视觉``) read as names of the run before them; English given names as writers (``作者：Lisa``,
``文/Tony 陈``); ranked reporters opening their line (``本报资深记者 X``); writers listed with their
units (``作者：A，X大学教授；B，X大学博士研究生``). Each case failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.names import plausible_name
from crawler.extract.people import find_people


@pytest.mark.parametrize(
    "word",
    [
        "核稿",
        "终审",
        "三审",
        "二校",
        "审签",
        "组稿",
        "海报设计",
        "图片编辑",
        "文字编辑",
        "视觉设计",
        "执行统筹",
        "特别鸣谢",
    ],
)
def test_a_production_job_word_is_no_name(word: str) -> None:
    assert not plausible_name(word)


@pytest.mark.parametrize("name", ["初晓", "文静", "高峰", "林审", "王校", "方签", "钟稿", "田核"])
def test_names_that_share_a_job_word_s_character_stay(name: str) -> None:
    """A surname-first name may hold 审, 校, 签, 稿 or 核 as its given name: a job's morphology is refused."""
    assert plausible_name(name)


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("美编/罗晓婷  核稿/孟嘉伟  值班编辑：谢海涛  校对/邹亮", ["罗晓婷", "谢海涛"]),
        ("值班编辑：龚丽萍  海报设计：  美编：  视觉/顾铭", ["龚丽萍"]),
        ("美编 | 姜文博  视觉 / 彭婷  值班编辑：钱江", ["姜文博", "钱江"]),
    ],
)
def test_a_field_s_label_after_a_spaced_name_ends_the_run(text: str, editors: list[str]) -> None:
    """``X  视觉/Y``: a word set off by a space before and a label mark after labels the next field."""
    assert find_people(text).editors == editors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("记者 张三/李四", ["张三", "李四"]),
        ("文/王芳 摄影/胡杰", ["王芳"]),
    ],
)
def test_a_slash_list_of_names_still_reads(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("作者：Mia 史", ["Mia 史"]),
        ("文/Tony 陈　编辑：梁红", ["Tony 陈"]),
        ("作者：Lily Wang", ["Lily Wang"]),
    ],
)
def test_an_english_given_name_before_a_han_surname_is_one_name(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


def _page(info: str) -> bytes:
    body = "　　这是一段足够长的正文内容，用来让抽取器识别出文章主体，并且不会包含任何署名信息。" * 6
    return (
        '<html><head><meta charset="utf-8"><title>标题_江城网</title></head><body>'
        f'<div class="article"><h1>市区新增三处公园绿地</h1><div class="info">2021-05-06 10:00　{info}</div>'
        f'<div class="content"><p>{body}</p><p>{body}</p></div></div></body></html>'
    ).encode()


@pytest.mark.parametrize(
    ("info", "authors"), [("作者：Lisa", ["Lisa"]), ("作者：Vivian　编辑：邓丽", ["Vivian"])]
)
def test_an_english_given_name_is_a_writer_on_a_page(info: str, authors: list[str]) -> None:
    assert extract_article("http://news.example.cn/a/1.html", _page(info)).authors == authors


@pytest.mark.parametrize(
    "info",
    [
        "作者：admin",
        "作者：Editor",
        "作者：NEWS",
        "发布者：system",
        "作者：sidebar",
        "作者：Webmaster",
        # A greeting or a page word is no name, nor is an honorific before a surname.
        "作者：Hello",
        "作者：Welcome",
        "作者：Official",
        "Text: Hello World",
        "作者：Mr 王",
        "作者：Dr 李",
    ],
)
def test_an_ascii_word_is_still_no_writer(info: str) -> None:
    assert extract_article("http://news.example.cn/a/1.html", _page(info)).authors == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本报资深记者 田晓航", ["田晓航"]),
        ("资深记者 胡丽\n", ["胡丽"]),
        ("本报资深记者 沈鹏 见习记者 何岚", ["沈鹏", "何岚"]),
        ("资深记者章文，从业二十年", []),
        ("据资深记者 章文 介绍，", []),
    ],
)
def test_a_senior_reporter_opening_the_line_is_a_byline(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("作者：汪婷，凤台大学法学院教授；孔静，凤台大学法学院博士研究生", ["汪婷", "孔静"]),
        (
            "作者：陆刚，清河大学经济学院副教授；范宁琪，清河大学经济学院硕士研究生；白瑶，清河市统计局",
            ["陆刚", "范宁琪", "白瑶"],
        ),
        ("作者：韩莉，桐城医科大学教授；研究方向：公共卫生", ["韩莉"]),
    ],
)
def test_writers_listed_with_their_units(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("2015-10-26 21:01　本报评论员　宋毅国", ["宋毅国"]),
        ("来源：江城日报　本报评论员 龚丽", ["龚丽"]),
        ("2015-10-26 21:01　本报评论员", []),
        ("他是本报评论员 张三的同事。", []),
    ],
)
def test_a_commentator_on_the_info_line_is_a_byline(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    "label", ["航拍", "文案", "鸣谢", "包装", "动效", "场记", "混音", "调色", "原题", "制作人", "视频包装"]
)
def test_a_production_label_ends_a_spaced_run_of_writers(label: str) -> None:
    """``记者 张明辉 航拍 李晓峰``: a job label the role words lack is no writer, nor the names after it."""
    assert find_people(f"记者 张明辉 {label} 李晓峰 王佳怡").authors == ["张明辉"]
    assert find_people(f"编辑：张明辉 {label}/李晓峰").editors == ["张明辉"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本报记者 张明辉 欧阳晓峰 李佳", ["张明辉", "欧阳晓峰", "李佳"]),
        ("本报记者 张明辉 次仁卓嘎", ["张明辉", "次仁卓嘎"]),
        ("记者 张明辉 阿依古丽", ["张明辉", "阿依古丽"]),
        # Two-character Tibetan and Mongolian names (扎西, 尼玛, 格桑) are whole names, no label.
        ("记者 次仁卓嘎 扎西 李明", ["次仁卓嘎", "扎西", "李明"]),
        ("本报记者 张明辉 尼玛 李晓峰", ["张明辉", "尼玛", "李晓峰"]),
        ("记者 张明辉 深圳前海 报道", ["张明辉"]),
        ("记者 张明辉 星空 李晓峰", ["张明辉"]),
    ],
)
def test_a_spaced_run_goes_on_over_names_only(text: str, authors: list[str]) -> None:
    """After the first name a spaced token with no surname (and no minority name's opening) ends the run."""
    assert find_people(text).authors == authors

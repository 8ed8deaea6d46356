"""Session-22 byline rules, from the tune half of ``bench.credit_probe9`` (written before the code was read).

Each test failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"
_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(lead: str = "", close: str = "") -> bytes:
    """A portal page: headline, info line, ``lead`` lines, four paragraphs, ``close`` lines."""
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    return (
        "<html><head><meta charset='utf-8'><title>"
        f"{_HEADLINE}_临江新闻网</title></head><body><div class='nav'>首页 &gt; 正文</div>"
        f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>2011-05-06 00:51</div>"
        f"<div class='content'>{lead}{paragraphs}{close}</div></div>"
        "<div class='footer'>版权所有 临江新闻网</div></body></html>"
    ).encode()


# --- a photo or video journalist is no writer ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("文字记者：汤伟　图片记者：袁莉", ["汤伟"], ["袁莉"]),
        ("图片记者 袁莉", [], ["袁莉"]),
        ("摄影记者：袁莉", [], ["袁莉"]),
        ("文字记者：汤伟　视频记者：王五", ["汤伟"], []),
        ("视频记者 王五", [], []),
        ("潇湘晨报·晨视频记者 张晓明", ["张晓明"], []),
        ("大河报·豫视频记者 张晓明 李涵", ["张晓明", "李涵"], []),
    ],
)
def test_picture_and_video_journalists(line: str, authors: list[str], photographers: list[str]) -> None:
    people = find_people(line)
    assert people.authors == authors
    assert people.photographers == photographers


def test_picture_journalist_on_a_page() -> None:
    item = extract_article(URL, _page(close="<p>文字记者：汤伟　图片记者：袁莉</p>"))
    assert item.authors == ["汤伟"]
    assert item.photographers == ["袁莉"]


# --- production roles end a run of names -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "编辑：黄鹏瑞 | 总监制/戴莉 | 策划 罗骏涛",
        "编辑：黄鹏瑞　出品人：戴莉",
        "编辑：黄鹏瑞 | 制片人/戴莉",
    ],
)
def test_production_roles_are_no_editors(line: str) -> None:
    assert find_people(line).editors == ["黄鹏瑞"]


# --- a book's author -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "《书讯》《烟火》，作者：卢璇荣，人民文学出版社2007年出版",
        "《故乡》，作者：卢璇荣，作家出版社出版",
    ],
)
def test_book_notice_author_is_no_writer(line: str) -> None:
    assert find_people(line).authors == []


def test_writer_beside_a_publisher_word_stays() -> None:
    assert find_people("作者：卢璇荣（人民文学出版社编辑）").authors == ["卢璇荣"]


# --- English labels before Han names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("By 钟凯　Editor: 白荣", ["钟凯"], ["白荣"]),
        ("Reporter：钟凯", ["钟凯"], []),
        ("Reporter: 钟凯", ["钟凯"], []),
        ("Author: 钟凯", ["钟凯"], []),
        ("Editor：白荣", [], ["白荣"]),
        ("Edited by 白荣", [], ["白荣"]),
        ("Author: 邱毅建\n法国总统马克龙近期出访美国", ["邱毅建"], []),
        ("Author: 管理员", [], []),
        ("Author: admin", [], []),
        ("Posted by 江城网", [], []),
    ],
)
def test_english_labels_before_han_names(line: str, authors: list[str], editors: list[str]) -> None:
    people = find_people(line)
    assert people.authors == authors
    assert people.editors == editors

"""Session-21 byline rules, from the tune half of ``bench.credit_probe8`` (written before the code was read).

Each test failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people, plausible_name

URL = "http://www.example.cn/news/2024/0305/1.html"
_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(lead: str = "", close: str = "") -> bytes:
    """A portal page: headline, info line, ``lead`` lines, four paragraphs, ``close`` lines, an editor."""
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    return (
        "<html><head><meta charset='utf-8'><title>"
        f"{_HEADLINE}_临江新闻网</title></head><body><div class='nav'>首页 &gt; 正文</div>"
        f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>2011-05-06 00:51</div>"
        f"<div class='content'>{lead}{paragraphs}{close}<p>责任编辑：蒋宁娜</p></div></div>"
        "<div class='footer'>版权所有 临江新闻网</div></body></html>"
    ).encode()


# --- precision -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "记者：秦岭 遇到的最大困难是什么？",
        "【记者】龙舟 有哪些新的变化？",
        "本报记者：常有人 您怎么看待这个问题?",
        "记者:白天 群众最关心的问题是什么？",
        "记者：周末 市民出行有哪些需要注意的？",
    ],
)
def test_a_question_opening_with_a_name_like_word_is_no_credit(line: str) -> None:
    """An interview's ``记者：`` question whose first word looks like a name (秦岭, 周末) credits nobody."""
    assert find_people(line).authors == []
    art = extract_article(URL, _page(f"<p>{line}</p><p>局长：我们一直在推进这项工作。</p>"))
    assert art.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（记者：王强）“垃圾谁来处理？”", ["王强"]),
        ("记者：王强 “垃圾谁来处理？”", ["王强"]),
        ("记者：王强\n谁来处理？", ["王强"]),
        ("文/记者：王强 你今天垃圾分类了吗?", ["王强"]),
        ("记者：王强　　通讯员：李明　　小区垃圾谁来处理？", ["王强"]),
    ],
)
def test_a_credit_before_a_quoted_question_stays(line: str, authors: list[str]) -> None:
    assert find_people(line).authors == authors


@pytest.mark.parametrize(
    "name", ["China Daily", "Global Times", "Shanghai Daily", "Xinhua News", "CGTN Staff"]
)
def test_an_english_outlet_is_no_name(name: str) -> None:
    """``By China Daily``: an outlet's two capitalised words are no person's name."""
    assert not plausible_name(name)
    assert find_people(f"By {name}").authors == []


@pytest.mark.parametrize("name", ["Lily Zhao", "Zhou Wei", "Emily Post"])
def test_english_names_stay(name: str) -> None:
    assert plausible_name(name)


# --- recall ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Written by Zhou Wei", ["Zhou Wei"], []),
        ("Reporting by Liu Lina; Editing by Chen Min", ["Liu Lina"], ["Chen Min"]),
        ("Text by Amy Lin", ["Amy Lin"], []),
    ],
)
def test_english_role_by_lines(line: str, authors: list[str], editors: list[str]) -> None:
    """``Written by X``, ``Reporting by X; Editing by Y``: the role before ``by`` says who is who."""
    people = find_people(line)
    assert people.authors == authors
    assert people.editors == editors


def test_a_lower_case_by_in_prose_still_credits_nobody() -> None:
    assert find_people("The game was analysed by Digital Foundry last week").authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("●丁茜春", ["丁茜春"]),
        ("◇史琦强", ["史琦强"]),
        ("○段晓强\u3000胡欣", ["段晓强", "胡欣"]),
        ("▲ 廖志\u3000曾翠亮", ["廖志", "曾翠亮"]),
        ("文 △ 邓毅玉", ["邓毅玉"]),
        ("文 ☆ 金晶琳、万健辉", ["金晶琳", "万健辉"]),
    ],
)
def test_a_marked_line_of_names_opening_the_text_credits_its_writers(line: str, authors: list[str]) -> None:
    """A line of a mark (○ ● ◎ □ ■ ◆ ◇ △ ▲ ☆ ★) and surname-first names before the text: its writers."""
    art = extract_article(URL, _page(f"<p>{line}</p>"))
    assert art.authors == authors


@pytest.mark.parametrize("line", ["■ 黄金周", "● 高考", "◆ 周末", "□ 马拉松", "● 江城市教育局"])
def test_a_marked_line_of_words_credits_nobody(line: str) -> None:
    """A bulleted subheading of a word opening with a surname character is no writer."""
    art = extract_article(URL, _page(f"<p>{line}</p>"))
    assert art.authors == []


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("周晓东\u3000\u3000谨识", "周晓东"),
        ("莫宁 记于江城", "莫宁"),
        ("沈斌 2014年10月14日于南屏", "沈斌"),
        ("沈丽萍 草于2010年7月", "沈丽萍"),
        ("史蓉志 谨记", "史蓉志"),
        ("金琦健 写于2013年春", "金琦健"),
        ("（秦欣欣 谨识）", "秦欣欣"),
        ("（向峰淑 2007年6月2日于石门）", "向峰淑"),
    ],
)
def test_an_essay_signed_at_its_end(line: str, author: str) -> None:
    """A closing line of a name and a signature's verb (谨识, 记于, 写于, a date 于 a place): the writer."""
    art = extract_article(URL, _page(close=f"<p>{line}</p>"))
    assert art.authors == [author]


@pytest.mark.parametrize("line", ["沈斌 2014年10月14日", "周末 写于江城", "江城 谨识"])
def test_a_closing_name_and_date_alone_or_a_word_is_no_signature(line: str) -> None:
    art = extract_article(URL, _page(close=f"<p>{line}</p>"))
    assert art.authors == []


def test_a_marked_outlet_commentator_is_a_byline() -> None:
    """``□东方网评论员　周明欣``: the mark before the outlet is no part of it."""
    assert find_people("□东方网评论员\u3000周明欣").authors == ["周明欣"]


@pytest.mark.parametrize(
    ("line", "correspondents"),
    [
        ("记者方晶昕\u3000通讯员赵岚波 田宇刚等报道", ["赵岚波", "田宇刚"]),
        ("记者孔蕾桂\u3000通讯员顾娟翠 贾强蕾 魏昊等报道", ["顾娟翠", "贾强蕾", "魏昊"]),
    ],
)
def test_deng_baodao_closes_a_list_after_its_last_name(line: str, correspondents: list[str]) -> None:
    """``田宇刚等报道``: 等 and 报道 glued after the last name close the list; the name stays."""
    assert find_people(line).correspondents == correspondents


@pytest.mark.parametrize(
    "line",
    [
        "本报讯（记者 武欣玉 通讯员 市水务局 万睿亮）",
        "本报讯 记者 武欣玉 通讯员 区医保局\u3000万睿亮 10月9日，",
    ],
)
def test_an_office_before_a_correspondent_is_no_name(line: str) -> None:
    """``通讯员 市水务局 万睿亮``: the correspondent's office, then the correspondent."""
    people = find_people(line)
    assert people.authors == ["武欣玉"]
    assert people.correspondents == ["万睿亮"]


@pytest.mark.parametrize("word", ["康养", "贺岁片", "史上", "常有人", "管理上"])
def test_an_unlisted_word_the_tagger_reads_as_no_name_is_no_bare_name(word: str) -> None:
    """``记者：康养 …？``, ``● 史上``: an unlisted word the tagger reads as a noun or localiser is no name."""
    from crawler.extract.credit_forms import bare_name

    assert not bare_name(word)
    assert find_people(f"记者：{word} 对年轻人有什么建议？").authors == []


def test_several_marked_lines_are_a_list_not_a_byline() -> None:
    """``● 王强`` over ``● 李明``: a bulleted list of people (or subheadings), not the writers."""
    assert find_people("● 丁茜春\n● 史琦强").authors == []
    art = extract_article(URL, _page("<p>● 丁茜春</p><p>● 史琦强</p>"))
    assert art.authors == []


@pytest.mark.parametrize("word", ["史诗级", "林荫道", "田园风", "李家村", "丁香路"])
def test_a_listed_word_and_a_kind_suffix_is_no_bare_name(word: str) -> None:
    """``◆史诗级`` between paragraphs: 史诗 (the tagger's nr) and the suffix 级 are a word, not a writer."""
    from crawler.extract.credit_forms import bare_name

    assert not bare_name(word)
    paragraphs = [f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4)]
    body = "".join(paragraphs[:2]) + f"<p>◆{word}</p>" + "".join(paragraphs[2:])
    page = _page().replace("".join(paragraphs).encode(), body.encode())
    assert body.encode() in page
    assert extract_article(URL, page).authors == []


@pytest.mark.parametrize("name", ["高明远", "王小明", "陈明道", "李长河", "丁茜春", "张家豪", "王国华"])
def test_three_character_names_stay_bare_names(name: str) -> None:
    """``● 高明远``: a name whose opening is a word (高明) , its last character no kind suffix."""
    from crawler.extract.credit_forms import bare_name

    assert bare_name(name)
    assert find_people(f"● {name}").authors == [name]

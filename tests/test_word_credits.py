"""Credits that are words, not names, refused by structure (:mod:`crawler.extract.word_credits`).

Each word below is in no word list of the validator: what refuses it is its
shape against jieba's dictionary (two words of text; one word of text with no
surname, listed or guessed by its tagger; an everyday word opening with a
surname) or against pinyin (a one-word ASCII credit), asked of writers,
correspondents and photographers only (and of ``author`` metadata); and the
page's own outlet pointed at (本报联合调查组). Each refusal test failed before
its rule; the keeping tests guard pen names, minority names, rarer names that
are words, named bodies and editors' logins.
"""

from __future__ import annotations

import pytest

from bench.name_sweep import page
from crawler.extract import extract_article
from crawler.extract.word_credits import (
    ascii_word,
    dictionary_phrase,
    dictionary_word,
    guessed_word,
    surname_word,
)

URL = "http://www.example.cn/news/2024/0305/1.html"


def _credits(place: str, credit: str) -> dict[str, list[str]]:
    art = extract_article(URL, page(place, credit))
    found = {
        "authors": art.authors,
        "correspondents": art.correspondents,
        "editors": art.editors,
        "photographers": art.photographers,
    }
    return {role: list(names) for role, names in found.items() if names}


@pytest.mark.parametrize("phrase", ["投资理财", "健康养生"])
def test_two_words_of_text_are_no_writer_s_name(phrase: str) -> None:
    assert dictionary_phrase(phrase)
    assert _credits("info", f"作者：{phrase}") == {}
    assert _credits("lead", f"文/{phrase}") == {}


@pytest.mark.parametrize("name", ["欧阳晓峰", "扎西顿珠", "乌兰图雅", "老街故事", "梅子青青"])
def test_four_character_names_and_pen_names_are_no_phrase(name: str) -> None:
    """A compound surname, a Tibetan or Mongolian name, a pen name of rarer words (老街 45 times)."""
    assert not dictionary_phrase(name)
    assert _credits("info", f"作者：{name}") == {"authors": [name]}


@pytest.mark.parametrize(
    ("place", "credit"),
    [("info", "作者：笔记本"), ("dateline", "本报讯（通讯员 播放量）")],
)
def test_a_word_of_text_is_no_writer_s_or_correspondent_s_name(place: str, credit: str) -> None:
    assert _credits(place, credit) == {}


@pytest.mark.parametrize("pen_name", ["大熊", "前程", "十二", "风情摇曳"])
def test_an_editor_keeps_a_pen_name_that_is_a_word(pen_name: str) -> None:
    """Judged samples credit editors by such pen names: the word rules are a writer's only."""
    assert dictionary_word(pen_name) or dictionary_phrase(pen_name)
    assert _credits("close", f"（责任编辑：{pen_name}）") == {"editors": [pen_name]}


@pytest.mark.parametrize(
    ("place", "credit", "name"),
    [
        ("dateline", "本报讯（记者其其格）", "其其格"),
        ("dateline", "本报讯（记者 扎西顿珠）", "扎西顿珠"),
        ("lead", "记者 高峰", "高峰"),
        ("info", "作者：文静", "文静"),
    ],
)
def test_names_without_a_surname_or_that_are_words_stay(place: str, credit: str, name: str) -> None:
    assert _credits(place, credit) == {"authors": [name]}


@pytest.mark.parametrize(("place", "credit"), [("info", "作者：sidebar"), ("lead", "文/footer")])
def test_a_one_word_ascii_writer_that_is_no_pinyin_is_markup(place: str, credit: str) -> None:
    assert ascii_word(credit.split("：")[-1].split("/")[-1])
    assert _credits(place, credit) == {}


@pytest.mark.parametrize("login", ["zhangsan", "lhy", "wangxiaoming", "lvfang", "wyyunfeige", "alonliu"])
def test_an_editor_s_login_stays(login: str) -> None:
    """Pinyin, initials, or an English name and a pinyin surname (alonliu, a judged page's editor)."""
    assert _credits("close", f"（责任编辑：{login}）") == {"editors": [login]}


@pytest.mark.parametrize(
    ("place", "credit"),
    [("info", "作者：剪映"), ("lead", "文/得物"), ("dateline", "本报讯（记者 领英）")],
)
def test_an_app_newer_than_the_dictionary_is_no_writer(place: str, credit: str) -> None:
    """Apps named after jieba's dictionary (2013): the tagger reads them as nouns and verbs."""
    assert guessed_word(credit.rstrip("）").split("：")[-1].split("/")[-1].split(" ")[-1])
    assert _credits(place, credit) == {}


def test_an_app_as_the_author_meta_tag_is_no_writer() -> None:
    """``<meta name="author">`` is a writer's credit too: the word rules apply there as well."""
    html = page("info", "分享到：剪映").replace(
        b"<meta charset='utf-8'>", "<meta name='author' content='剪映'>".encode()
    )
    assert extract_article(URL, html).authors == []


@pytest.mark.parametrize("name", ["仉伟", "禚飞", "春春", "若水", "小木", "小满"])
def test_unlisted_names_and_nicknames_stay(name: str) -> None:
    """A rare surname the tagger reads as a name (仉伟) or not at all (禚飞); nicknames (春春, 小木)."""
    assert not guessed_word(name)
    assert _credits("info", f"作者：{name}") == {"authors": [name]}


@pytest.mark.parametrize(
    ("place", "credit"),
    [("info", "作者：方面"), ("lead", "记者 程序"), ("lead", "文/公告")],
)
def test_an_everyday_word_opening_with_a_surname_is_no_writer(place: str, credit: str) -> None:
    """方, 程, 公 are surnames; 方面, 程序, 公告 are seen 1,900 to 27,000 times in the dictionary."""
    assert surname_word(credit.split("：")[-1].split("/")[-1].split(" ")[-1])
    assert _credits(place, credit) == {}


@pytest.mark.parametrize("name", ["方圆", "原野", "夏天", "林立"])
def test_names_that_are_rarer_words_or_time_words_stay(name: str) -> None:
    assert not surname_word(name)
    assert _credits("lead", f"本报记者 {name}") == {"authors": [name]}


@pytest.mark.parametrize("credit", ["作者：本报联合调查组", "作者：本刊课题组", "作者：本台新闻中心"])
def test_the_page_s_own_outlet_pointed_at_is_no_writer(credit: str) -> None:
    """本报/本刊/本台 + a body: the page's own outlet, not a named institution."""
    assert _credits("info", credit) == {}


def test_a_named_body_stays_an_institutional_writer() -> None:
    assert _credits("info", "作者：江城市教育局") == {"authors": ["江城市教育局"]}


def test_a_three_character_word_opening_with_a_surname_is_no_writer() -> None:
    """程序员 (程 a surname) is listed whole as a noun; 司马光 is listed as a name, 王小明 not at all."""
    assert surname_word("程序员")
    assert _credits("lead", "记者 程序员") == {}
    for name in ("司马光", "王小明"):
        assert not surname_word(name)
    assert _credits("lead", "本报记者 王小明") == {"authors": ["王小明"]}

"""Search over a small index: literal recall, folding, filters, sorting, paging, snippets, limits."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from test_index_helpers import FIXED_DOCS, build, seed_docs

from indexer.analysis import fold
from indexer.errors import IndexMissing, QueryError
from indexer.highlight import render_snippet
from indexer.query import parse_query
from indexer.search import search


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("ix"))


def ids(index_path: Path, q: str, **kw: object) -> set[int]:
    """The articles matching ``q``: full matches only, not those listed after them with some of the words."""
    return {h.id for h in search(index_path, q, limit=1000, **kw).hits if not h.partial}  # type: ignore[arg-type]


def texts() -> dict[int, str]:
    return {
        d.id: fold("\n".join((d.lead_title, d.title, d.subtitle, d.body))) for d in FIXED_DOCS + seed_docs()
    }


def test_literal_recall_is_exact_on_random_substrings(ix: Path) -> None:
    corpus = texts()
    rng = random.Random(3)
    bodies = [t for t in corpus.values() if len(t) > 10]
    for _ in range(150):
        body = rng.choice(bodies)
        n = rng.randint(2, 6)
        a = rng.randrange(0, len(body) - n)
        needle = body[a : a + n]
        if not all("\u4e00" <= c <= "\u9fff" for c in needle):
            continue
        expected = {i for i, t in corpus.items() if needle in t}
        assert ids(ix, f'"{needle}"') == expected, needle
        assert expected <= ids(ix, needle), needle


def test_jieba_cuts_do_not_lose_matches(ix: Path) -> None:
    # 洮北区 is one word to jieba, yet 北区 and 洮北 must still find it.
    assert {1, 3} <= ids(ix, "洮北")
    assert {1, 3, 5} <= ids(ix, "北区")


def test_traditional_and_full_width_fold(ix: Path) -> None:
    assert ids(ix, "脫貧攻堅") == ids(ix, "脱贫攻坚")
    assert {2, 3} <= ids(ix, "脱贫攻坚")
    assert ids(ix, "２０１６") == ids(ix, "2016")
    assert 2 in ids(ix, "2016")


def test_rare_character_is_searchable(ix: Path) -> None:
    assert ids(ix, "𠮷") == {4}
    assert ids(ix, '"吉𠮷野家"') == {4}


def test_fields_filters_and_operators(ix: Path) -> None:
    assert ids(ix, "author:张三") == {1}
    assert ids(ix, "title:鹤鸣湖") == {1}  # the seed articles hold it in their bodies only
    assert ids(ix, "脱贫攻坚 source:baicheng") == {3}
    assert ids(ix, "脱贫攻坚", source="baicheng") == {3}
    assert ids(ix, "脱贫攻坚 -会议") == ids(ix, "脱贫攻坚") - ids(ix, "会议")
    either = ids(ix, "鹤鸣湖 OR 吉𠮷野家")
    assert either == ids(ix, "鹤鸣湖") | ids(ix, "吉𠮷野家") and {1, 4} <= either
    assert ids(ix, "section:要闻") == {3}
    assert ids(ix, "脱贫攻坚", since=date(2017, 1, 1), until=date(2017, 12, 31)) == {2}
    assert ids(ix, "脱贫攻坚 date:2018") == {3}


def test_sort_by_date_and_paging(ix: Path) -> None:
    page = search(ix, "洮北", sort="date", limit=100)
    days = [h.published_at for h in page.hits if h.published_at]
    assert days == sorted(days, reverse=True)
    first = search(ix, "洮北", limit=2, page=1)
    second = search(ix, "洮北", limit=2, page=2)
    assert first.total == second.total
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_snippet_marks_exactly_the_matches(ix: Path) -> None:
    hit = search(ix, "脫貧攻堅", source="taiwan-style").hits[0]
    marked = [run for run, matched in hit.snippet_parts if matched]
    assert marked and all(fold(run) == "脱贫攻坚" for run in marked)
    assert "«脫貧攻堅»" in hit.snippet  # shown as archived, not folded
    assert "<mark>" in render_snippet(hit.snippet_parts, "html")
    assert "\x1b[" in render_snippet(hit.snippet_parts, "ansi")


def test_html_snippet_is_escaped() -> None:
    assert render_snippet([("<b>", False), ("x&y", True)], "html") == "&lt;b&gt;<mark>x&amp;y</mark>"


def test_pasted_headline_relaxes_to_or(ix: Path) -> None:
    page = search(ix, "鹤鸣湖湿地公园开园 市民前来火星探测器")
    assert page.relaxed and page.hits[0].id == 1


TOO_LONG = [" OR ".join(f"词{i}" for i in range(1000)), "脱贫攻坚专题工作会议" * 200, ""]


@pytest.mark.parametrize("query", TOO_LONG)
def test_empty_or_over_long_queries_fail_in_one_line(ix: Path, query: str) -> None:
    # No clock: the length limit refuses these before any index work, and a loaded machine
    # must not fail this test.
    with pytest.raises(QueryError) as info:
        search(ix, query)
    assert "\n" not in str(info.value) and str(info.value)


@pytest.mark.parametrize(
    "query",
    [
        "(" * 50 + "a" + ")" * 50,
        '"unclosed',
        "a OR",
        "NOT",
        "-鹤鸣湖",
        "date:2016-13",
        "2018年度)某区法院设备采购项目招标公告",
        "降价了:)",
        "-5度",
        "foo:bar",
        'foo:"bar"',
        "title:",
        "【鹤鸣湖】（图）",
        "😀🎉",
        "https://example.com/a?b=c&d=(e)",
        "鹤鸣湖 " * 60,
    ],
)
def test_any_text_is_a_query(ix: Path, query: str) -> None:
    page = search(ix, query)  # answered, never refused
    assert page.total >= 0


def test_unbalanced_text_is_searched_as_its_words(ix: Path) -> None:
    assert ids(ix, "鹤鸣湖)") == ids(ix, "鹤鸣湖")
    assert ids(ix, '"鹤鸣湖') == ids(ix, "鹤鸣湖")
    assert 1 in ids(ix, "-鹤鸣湖") <= ids(ix, "鹤鸣湖")  # a lone exclusion is the text itself


def test_a_dangling_or_is_dropped(ix: Path) -> None:
    """``鹤鸣湖 OR`` (a query cut short, an OR typed before its second word) is 鹤鸣湖; so is ``鹤鸣湖 NOT``.

    It fell back to plain text, the OR a required word "or": an archive of Chinese text answered
    "no article contains 鹤鸣湖 OR", hiding every article holding 鹤鸣湖.
    """
    assert ids(ix, "鹤鸣湖")
    for query in ("鹤鸣湖 OR", "OR 鹤鸣湖", "鹤鸣湖 OR OR", "(鹤鸣湖 OR)", "鹤鸣湖 NOT", "鹤鸣湖 AND"):
        assert ids(ix, query) == ids(ix, "鹤鸣湖"), query
    assert search(ix, "鹤鸣湖 OR").typed == ["鹤鸣湖"]


def test_a_field_applies_to_a_group(ix: Path) -> None:
    """``title:(鹤鸣湖 OR 火星)`` is ``title:鹤鸣湖 OR title:火星``.

    ``title:`` with no value made the whole query plain text, "no article contains title 鹤鸣湖 OR
    火星": a false not-found for the Lucene and Google form journalists type.
    """
    assert parse_query("title:(a OR -b c)") == parse_query("(title:a OR -title:b title:c)")
    assert parse_query('author:(张三 "李 四") x') == parse_query('(author:张三 author:"李 四") x')
    assert parse_query("title:(a page:3)") == parse_query("(title:a page:3)")  # its own field kept
    wanted = ids(ix, "title:鹤鸣湖")
    assert wanted and ids(ix, "title:(鹤鸣湖 OR 火星探测器)") == wanted
    assert ids(ix, "-title:(鹤鸣湖) title:(鹤鸣湖 OR 火星探测器)") == set()


def test_missing_index_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing, match="newsarchive index rebuild"):
        search(tmp_path / "nothing", "a")

"""The authors a byline holds (``authors_within``) are the whole names in it, not parts of them.

A byline copied whole (``记者 王小明``) named 王小 and 小明 beside 王小明: archive authors whose
names stand inside the typed one, reporters the byline never named.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from test_index_helpers import build

from indexer.authors import authors_within
from indexer.documents import IndexDoc
from indexer.search import search


def _doc(n: int, *authors: str) -> IndexDoc:
    return IndexDoc(
        id=n,
        title=f"脱贫攻坚{n}",
        body="全市脱贫攻坚工作稳步推进。",
        source="s0",
        authors=list(authors),
        published_at=datetime(2020, 1, n, tzinfo=UTC),
    )


def test_a_byline_names_only_the_whole_names_it_holds(tmp_path: Path) -> None:
    names = ("王小", "小明", "小明", "王小明", "张三")  # 小明 has the most articles
    index = build(tmp_path, [_doc(n, name) for n, name in enumerate(names, 1)])
    assert authors_within(index, "记者 王小明") == ["王小明"]
    # Two names side by side are both named; a part of either is not.
    assert authors_within(index, "记者 王小明 张三") == ["王小明", "张三"]
    # With no longer name in the byline, the shorter one is the name.
    assert authors_within(index, "记者 小明") == ["小明"]


def test_a_name_printed_spaced_finds_its_articles(tmp_path: Path) -> None:
    """Papers pad a two-character name to a three-character one's width (记者 张　风, 文/王 强) and the
    archive keeps it joined (张风): ``--author "张 风"`` pasted from the page answered "no article
    contains" with no hint, and ``记者 张 风`` named nobody. A name of two to four Han characters split
    by spaces is also searched joined; a byline's names are found across such a space."""
    index = build(tmp_path, [_doc(1, "张风"), _doc(2, "欧阳晓峰"), _doc(3, "John Smith"), _doc(4, "王强")])
    for typed, found in (("张 风", [1]), ("张\u3000风", [1]), ("欧阳 晓峰", [2]), ("John Smith", [3])):
        assert [h.id for h in search(index, "脱贫攻坚", author=typed).hits] == found, typed
        assert [h.id for h in search(index, f'脱贫攻坚 author:"{typed}"').hits] == found, typed
    assert search(index, "脱贫攻坚", author="张风 王强").total == 0  # two names are no one name
    assert authors_within(index, "记者 张 风") == ["张风"]
    assert authors_within(index, "记者 张　风 王 强") == ["张风", "王强"]

"""The fast search path gives what the slow one gave (issue 17, "fast on every query").

* Whoosh's variable-length columns (stored fields, folded texts) get their
  offsets from a numpy sum of their lengths (``indexer.whoosh_io``): every
  value reads back as written, for any lengths, empty ones included.
* A literal string's candidates are narrowed by a binary search per
  candidate in each longer posting list (``indexer.literal._holding``): the
  same set as an exact intersection, on random sorted lists.
* A search decompresses each folded text once (``FoldedTexts``): the same
  matches and snippets on the shared test index as a cold read.
* A generation's open searcher is handed to the next search only while no
  other search uses it and its files are unchanged (``indexer.searchers``).
* Only the head of the ranked matches is sorted (``best_first``): it is an
  exact prefix of the full sort, and every page lists what a full sort lists.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update
from test_index_helpers import build, seed_docs
from whoosh.columns import VarBytesColumn
from whoosh.filedb.filestore import RamStorage

from archive.articles import ensure_source, upsert_article
from archive.items import ArticleItem
from archive.models import Article
from archive.schema import open_store
from indexer import searchers, whoosh_io  # noqa: F401  (whoosh_io installs the numpy offsets)
from indexer.generations import current_generation
from indexer.literal import FoldedTexts, _holding
from indexer.ranking import RERANK_DEPTH
from indexer.schema import pack_text
from indexer.search import best_first, search
from indexer.storeinfo import store_info


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=400), max_size=120))
def test_var_bytes_column_reads_back_every_value(values: list[bytes]) -> None:
    storage = RamStorage()
    out = storage.create_file("col")
    writer = VarBytesColumn().writer(out)
    for docnum, value in enumerate(values):
        writer.add(docnum, value)
    writer.finish(len(values))
    length = out.tell()
    out.close()
    reader = VarBytesColumn().reader(storage.open_file("col"), 0, length, len(values))
    assert [reader[d] for d in range(len(values))] == values


sorted_ids = st.lists(st.integers(0, 2_000), max_size=400).map(
    lambda v: np.unique(np.array(v, dtype=np.int64))
)


@settings(max_examples=200, deadline=None)
@given(sorted_ids, sorted_ids)
def test_holding_is_an_exact_intersection(postings: np.ndarray, docnums: np.ndarray) -> None:
    kept = docnums[_holding(postings, docnums)]
    assert kept.tolist() == np.intersect1d(postings, docnums).tolist()


class _Column:
    """A column of compressed texts that counts its reads."""

    def __init__(self, texts: list[str]) -> None:
        self.blobs = [pack_text(t) for t in texts]  # an empty text compresses to bytes too
        self.reads = 0

    def __getitem__(self, docnum: int) -> bytes:
        self.reads += 1
        return self.blobs[docnum]


def test_folded_texts_decompress_each_text_once() -> None:
    column = _Column(["甲\n乙\n\n丙丁", "", "戊己"])
    texts = FoldedTexts(reader=None, column=column)
    assert texts[0] == "甲\n乙\n\n丙丁".encode()
    assert texts[1] == b""
    assert texts[0] == texts[0]
    assert texts[2] == "戊己".encode()
    assert column.reads == 3
    column.blobs[2] = b""  # what a column cut short or deleted reads: damage, not a text without the phrase
    with pytest.raises(ValueError, match="document 2 has no folded text"):
        FoldedTexts(reader=None, column=column)[2]


def test_searches_agree_when_repeated(tmp_path: Path) -> None:
    """A second search of the same text (texts, stores and columns already read) answers the same."""
    index_path = build(tmp_path)
    for query in ("鹤鸣湖", "的", "中国 经济", '"人民"', "上海 -的", "title:中国"):
        first, second = search(index_path, query), search(index_path, query)
        assert (first.total, first.partial) == (second.total, second.partial)
        assert [(h.id, h.score, h.snippet) for h in first.hits] == [
            (h.id, h.score, h.snippet) for h in second.hits
        ]


def test_a_generation_searcher_is_reused_only_while_its_files_are_unchanged(tmp_path: Path) -> None:
    index_path = build(tmp_path)
    gen = current_generation(index_path)
    assert gen is not None
    searchers.close_idle()
    with searchers.searching(gen) as first:
        with searchers.searching(gen) as second:  # the first is busy: never shared
            assert second is not first
    with searchers.searching(gen) as again:
        assert again in (first, second)
    (gen / "meta.json").write_text((gen / "meta.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    with searchers.searching(gen) as fresh:
        assert fresh is not again
    assert again.is_closed
    with pytest.raises(RuntimeError), searchers.searching(gen) as failing:
        raise RuntimeError("a search that fails gives back no searcher")
    assert failing.is_closed
    searchers.close_idle()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=1, max_size=300),  # few distinct keys: many ties
    st.integers(1, 120),
)
def test_best_first_orders_an_exact_prefix(levels: list[int], head: int) -> None:
    keys = np.array(levels, dtype=np.float64) / 3.0
    docnums = np.random.default_rng(len(levels)).permutation(len(levels)).astype(np.int64)
    order, ordered = best_first(keys, docnums, head)
    full = np.lexsort((docnums, -keys))
    assert ordered >= min(head, len(keys))
    assert order[:ordered].tolist() == full[:ordered].tolist()
    assert sorted(order.tolist()) == list(range(len(keys)))


def test_a_common_character_lists_the_same_page_as_a_full_sort(tmp_path: Path) -> None:
    """Only the head of a large match set is sorted: every page still lists what a full sort lists."""
    index_path = build(tmp_path, seed_docs(240))
    everything = search(index_path, "的", limit=1000)
    assert everything.total > 2 * RERANK_DEPTH  # more than twice the head: the rest is left unsorted
    for page in (1, 2, 3):
        shown = search(index_path, "的", limit=5, page=page)
        assert shown.total == everything.total
        assert [h.id for h in shown.hits] == [h.id for h in everything.hits[5 * (page - 1) : 5 * page]]


def test_clusters_of_some_articles_are_those_of_the_whole_map(tmp_path: Path) -> None:
    """A search reads the reprint clusters of its matches only; they agree with the whole map."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "p")
        for n in range(30):
            upsert_article(
                session,
                ArticleItem(
                    url=f"http://p.example/{n}.htm", source_id="p", title=f"第{n}号", body="报道" * 20
                ),
            )
        session.execute(update(Article).where(Article.id % 3 != 0).values(cluster_id=None))
        session.execute(update(Article).where(Article.id % 3 == 0).values(cluster_id=Article.id % 2))
    store = store_info(db_url)
    assert store is not None
    whole = store.clusters()
    assert len(whole) == 10
    some = list(range(0, 40, 2))
    assert store.clusters(some) == {a: c for a, c in whole.items() if a in some}
    assert store.clusters([]) == {}

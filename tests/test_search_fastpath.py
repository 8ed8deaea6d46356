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
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_index_helpers import build
from whoosh.columns import VarBytesColumn
from whoosh.filedb.filestore import RamStorage

from indexer import searchers, whoosh_io  # noqa: F401  (whoosh_io installs the numpy offsets)
from indexer.generations import current_generation
from indexer.literal import FoldedTexts, _holding
from indexer.schema import pack_text
from indexer.search import search


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
        self.blobs = [pack_text(t) if t else b"" for t in texts]
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

"""The postings store: one dictionary per rebuild, own segments per update, merged at a threshold.

A rebuild's workers write several segments whose text postings end in one
store file (``indexer.termstore``); an update writes a segment with a store of
its own, and once ``UPDATE_MERGE_AT`` update segments exist a commit merges
the small ones, never the rebuild's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_index_helpers import FIXED_DOCS, build, seed_docs
from whoosh import index as whoosh_index

from indexer import build as build_module
from indexer import parallel, storebuild
from indexer.build import apply_changes
from indexer.documents import IndexDoc
from indexer.generations import current_generation
from indexer.search import search
from indexer.termstore import open_store, store_files

QUERIES = ["鹤鸣湖", "环卫", '"鹤鸣湖"', "湖", "脱贫攻坚 成效", "title:鹤鸣湖", "的", "白城 -广告"]


def _segments(index_path: Path) -> list[str]:
    gen = current_generation(index_path)
    assert gen is not None
    return [str(s.segment_id()) for s in whoosh_index.open_dir(str(gen))._segments()]


def _results(index_path: Path) -> dict[str, tuple[int, list[tuple[int, float]]]]:
    out = {}
    for q in QUERIES:
        page = search(index_path, q, limit=50)
        out[q] = (page.total, [(h.id, h.score) for h in page.hits])
    return out


def _built_by_one_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[IndexDoc], Path]:
    """Build the documents with one writer (the reference), then make the parallel chunks small.

    A rebuild of the same documents with ``procs=2`` then writes several segments.
    """
    docs = FIXED_DOCS + seed_docs(120)
    one = build(tmp_path / "one", docs, procs=1)
    monkeypatch.setattr(parallel, "CHUNK_DOCS", 20)
    return docs, one


def test_a_rebuild_of_several_segments_writes_one_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, one = _built_by_one_writer(tmp_path, monkeypatch)
    many = build(tmp_path / "many", docs, procs=2)
    segments = _segments(many)
    assert len(segments) == 1  # the workers' segments joined
    gen = current_generation(many)
    assert gen is not None
    (path,) = store_files(gen)
    assert [s for s, _ in open_store(path).segments] == segments
    assert not (gen / "store-tmp").exists()
    assert _results(many) == _results(one)
    # Joined, the segment is the one a single writer makes of all documents, file for file.
    files = _segment_files(many)
    assert {".trm", ".pst", "._stored.col", ".ftext.col"} <= set(files)
    assert files == _segment_files(one)
    assert _field_lengths(many) == _field_lengths(one)


def _store_data(index_path: Path) -> tuple[dict[str, object], bytes]:
    """Return the field specs and the data bytes of the live generation's one store file."""
    gen = current_generation(index_path)
    assert gen is not None
    (path,) = store_files(gen)
    store = open_store(path)
    return store.specs, path.read_bytes()[-store.data_size :]


def test_the_store_merged_in_many_small_key_ranges_is_the_one_merged_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, whole = _built_by_one_writer(tmp_path, monkeypatch)
    monkeypatch.setattr(storebuild, "RANGE_POSTINGS", 200)  # a range's memory bound, made tiny
    cuts: list[int] = []
    boundaries = storebuild._boundaries

    def counted(paths: list[str], field: str, procs: int) -> list[bytes]:
        found = boundaries(paths, field, procs)
        cuts.append(len(found))
        return found

    monkeypatch.setattr(storebuild, "_boundaries", counted)
    ranged = build(tmp_path / "ranged", docs, procs=2)
    assert max(cuts) > 2 * storebuild.RANGES_PER_PROC  # more ranges than the processes alone ask for
    assert _store_data(ranged) == _store_data(whole)
    assert _results(ranged) == _results(whole)


def _field_lengths(index_path: Path) -> dict[str, int]:
    gen = current_generation(index_path)
    assert gen is not None
    with whoosh_index.open_dir(str(gen)).reader() as reader:
        return {name: reader.field_length(name) for name in reader.schema.scorable_names()}


def _segment_files(index_path: Path) -> dict[str, bytes]:
    """Return the live segment's files (named without the segment id) and their bytes."""
    gen = current_generation(index_path)
    assert gen is not None
    (segid,) = _segments(index_path)
    return {p.name.replace(segid, ""): p.read_bytes() for p in gen.iterdir() if p.name.startswith(segid)}


def _doc(n: int) -> IndexDoc:
    return IndexDoc(id=5000 + n, title=f"鹤鸣湖新闻第{n}号", body=f"鹤鸣湖环卫工作第{n}次通报。白城市。")


def test_updates_keep_a_bounded_segment_count_and_leave_the_rebuild_alone(tmp_path: Path) -> None:
    index_path = build(tmp_path, FIXED_DOCS + seed_docs(60))
    gen = current_generation(index_path)
    assert gen is not None
    (rebuilt,) = store_files(gen)
    stamp = rebuilt.stat().st_mtime_ns
    base = set(_segments(index_path))
    counts = []
    for n in range(3 * build_module.UPDATE_MERGE_AT):
        changed = IndexDoc(
            id=1, title="鹤鸣湖畔新添环卫设施", body=f"第{n}次修改：鹤鸣湖景区新设垃圾分类箱。"
        )
        apply_changes(index_path, [_doc(n), changed], [], watermark=datetime(2020, 1, 1, tzinfo=UTC))
        segments = _segments(index_path)
        assert base <= set(segments)  # the rebuild's segment is never merged away
        counts.append(len(segments) - len(base))
    assert max(counts) <= build_module.UPDATE_MERGE_AT
    assert rebuilt.stat().st_mtime_ns == stamp
    live = set(_segments(index_path))
    for path in store_files(gen):  # merged-away segments' stores are deleted once no search holds them
        assert {s for s, _ in open_store(path).segments} <= live
    page = search(index_path, "鹤鸣湖 通报", limit=100)
    assert sorted(h.id for h in page.hits) == [5000 + n for n in range(3 * build_module.UPDATE_MERGE_AT)]
    page = search(index_path, '"次修改"', limit=100)
    assert [h.id for h in page.hits] == [1]
    assert search(index_path, f'"第{3 * build_module.UPDATE_MERGE_AT - 1}次修改"').total == 1
    assert search(index_path, '"第0次修改"').total == 0

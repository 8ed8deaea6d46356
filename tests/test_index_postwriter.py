"""The chunk writer's own term and posting writer produces Whoosh's bytes, file for file.

The text fields' postings go to the postings store (``indexer.termstore``,
checked against Whoosh's own postings in ``tests/test_index_postings.py``), so
Whoosh's writer is compared with those postings (and the unread date terms) left out of its pool.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_index_helpers import FIXED_DOCS, seed_docs
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

from indexer.documents import IndexDoc, doc_fields
from indexer.schema import build_schema
from indexer.storebuild import STORE_FIELDS, UNREAD_FIELDS
from indexer.whoosh_io import chunk_writer, finish_segment


def _segment_files(directory: Path, segment: object) -> dict[str, bytes]:
    """Return the files of ``segment`` by their suffix after the segment id."""
    segid = segment.segment_id()  # type: ignore[attr-defined]
    found = {p.name.split(segid, 1)[1]: p.read_bytes() for p in directory.iterdir() if segid in p.name}
    assert found
    return found


def _docs() -> list[IndexDoc]:
    long_body = ("鹤鸣湖湿地公园今天开园，" * 9000) + "𠮷野家"  # a length beyond length_to_byte's range
    odd = [
        IndexDoc(id=900, title="", body=""),
        IndexDoc(id=901, title="ABC ｄｅｆ 123", body="ｘ", authors=["王五", "赵六"], section="A1"),
        IndexDoc(id=902, title="吉𠮷野家", body=long_body, published_at=datetime(2019, 1, 1, tzinfo=UTC)),
    ]
    return FIXED_DOCS + odd + seed_docs(400)  # some terms span several 128-posting blocks


def test_segment_bytes_equal_whooshs_own_writer(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    ours = chunk_writer(ix)
    theirs = SegmentWriter(ix, _lk=False, compound=False, codec=W3Codec(compression=0))
    pool_add = theirs.pool.add
    left_out = STORE_FIELDS + UNREAD_FIELDS
    theirs.pool.add = lambda item: None if item[0] in left_out else pool_add(item)
    for doc in _docs():
        fields = doc_fields(doc)
        ours.add_document(**fields)
        theirs.add_document(**fields)
    our_files = _segment_files(tmp_path, finish_segment(ours))
    their_files = _segment_files(tmp_path, theirs._finalize_segment())
    assert sorted(our_files) == sorted(their_files)
    assert {".trm", ".pst"} <= set(our_files)
    for suffix, data in their_files.items():
        assert our_files[suffix] == data, suffix


def test_boost_keywords_are_refused_not_ignored(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = chunk_writer(ix)
    with pytest.raises(Exception, match="_boost"):
        writer.add_document(_boost=2.0, **doc_fields(FIXED_DOCS[0]))

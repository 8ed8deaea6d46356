"""The array reader of posting lists and columns agrees with Whoosh's public API, deletions included.

The text fields' postings live in our store (``indexer.termstore``): they are
compared with the postings Whoosh's own writer makes of the same documents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from test_index_helpers import FIXED_DOCS, build, seed_docs
from whoosh import index as whoosh_index

from indexer.build import apply_changes
from indexer.documents import IndexDoc, doc_fields
from indexer.generations import reading
from indexer.postings import doc_frequency, field_lengths, live_mask, published_between, read_postings
from indexer.schema import build_schema
from indexer.storebuild import STORE_FIELDS


def _public(reader: object, fieldname: str, text: str) -> tuple[list[int], list[float]]:
    matcher = reader.postings(fieldname, text.encode("utf-8"))  # type: ignore[attr-defined]
    ids: list[int] = []
    weights: list[float] = []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _whoosh_index(tmp_path: Path, docs: list[IndexDoc]) -> object:
    """Index ``docs`` with Whoosh's own writer (every field in Whoosh's postings), one segment."""
    ix = whoosh_index.create_in(str(tmp_path / "whoosh"), build_schema())
    writer = ix.writer()
    for doc in docs:
        writer.add_document(**doc_fields(doc))
    writer.commit()
    return ix


def test_arrays_match_the_public_matchers(tmp_path: Path) -> None:
    docs = FIXED_DOCS + seed_docs(400)  # long posting lists span several blocks
    (tmp_path / "whoosh").mkdir()
    theirs = _whoosh_index(tmp_path, docs).reader()  # type: ignore[attr-defined]
    ix = build(tmp_path, docs, procs=2)  # several segments sharing one store
    apply_changes(ix, [], [3, 101, 150], watermark=datetime(2020, 1, 1, tzinfo=UTC))
    with reading(ix) as gen:
        reader = whoosh_index.open_dir(str(gen)).reader()
        leaves = list(reader.leaf_readers())
        live = np.concatenate([live_mask(sub) for sub, _ in leaves])
        assert (~live).sum() == 3
        for fieldname in ("body", "title", "grams", "chars", "lead", "id", "source"):
            terms = [t.decode("utf-8") for t in theirs.lexicon(fieldname)]
            assert terms or fieldname == "lead"
            for text in terms:
                public_ids, public_weights = _public(theirs, fieldname, text)
                ids_parts, weight_parts = [], []
                for sub, offset in leaves:
                    ids, weights = read_postings(sub, fieldname, text)
                    ids_parts.append(ids + offset)
                    weight_parts.append(weights)
                ids, weights = np.concatenate(ids_parts), np.concatenate(weight_parts)
                keep = live[ids]  # deleted documents: left in by ours, dropped from Whoosh's id postings
                public = np.array(public_ids, dtype=np.int64)
                public_keep = live[public] if len(public) else np.zeros(0, dtype=np.bool_)
                assert ids[keep].tolist() == public[public_keep].tolist()
                assert np.allclose(weights[keep], np.array(public_weights)[public_keep])
                if fieldname in STORE_FIELDS:
                    assert doc_frequency(reader, fieldname, text) == len(public_ids)
        for sub, _ in leaves:
            assert (~live_mask(sub)).sum() == len(sub.deleted_docs_set)
            lengths = field_lengths(sub, "body")
            for docnum in range(sub.doc_count_all()):
                assert lengths[docnum] == (sub.doc_field_length(docnum, "body") or 0)
            assert read_postings(sub, "body", "不存在的词语")[0].size == 0


def test_published_range_mask_skips_undated_documents(tmp_path: Path) -> None:
    ix = build(tmp_path, FIXED_DOCS)
    with reading(ix) as gen:
        reader = whoosh_index.open_dir(str(gen)).reader()
        ((sub, _),) = list(reader.leaf_readers())
        ids = [int(sub.stored_fields(d)["id"]) for d in range(sub.doc_count_all())]
        everything = published_between(sub, None, None)
        assert {i for i, m in zip(ids, everything, strict=True) if m} == {1, 2, 3, 4}  # 5 is undated
        in_2017 = published_between(sub, datetime(2017, 1, 1), datetime(2017, 12, 31))
        assert {i for i, m in zip(ids, in_2017, strict=True) if m} == {2}


def test_single_characters_are_found_whether_or_not_a_bigram_starts_with_them(tmp_path: Path) -> None:
    from indexer.search import search

    docs = [
        IndexDoc(id=1, body="我们到了湖。"),  # 湖 ends its run: only in the solo characters
        IndexDoc(id=2, body="湖水很清。"),  # 湖 starts the bigram 湖水
        IndexDoc(id=3, body="江河奔流。"),
        IndexDoc(id=4, body="a 湖 b"),  # isolated between spaces
    ]
    ix = build(tmp_path, docs)
    assert {h.id for h in search(ix, '"湖"', limit=10).hits} == {1, 2, 4}
    assert {h.id for h in search(ix, "湖", limit=10).hits} >= {1, 2, 4}
    assert {h.id for h in search(ix, '"湖。"', limit=10).hits} == {1}
    assert {h.id for h in search(ix, '"。"', limit=10).hits} == {1, 2, 3}

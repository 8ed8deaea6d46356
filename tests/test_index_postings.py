"""The array reader of posting lists and columns agrees with Whoosh's public API, deletions included."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from test_index_helpers import FIXED_DOCS, build, seed_docs
from whoosh import index as whoosh_index

from indexer.build import apply_changes
from indexer.documents import IndexDoc
from indexer.generations import reading
from indexer.postings import field_lengths, live_mask, published_between, read_postings


def _public(reader: object, fieldname: str, text: str) -> tuple[list[int], list[float]]:
    matcher = reader.postings(fieldname, text.encode("utf-8"))  # type: ignore[attr-defined]
    ids: list[int] = []
    weights: list[float] = []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def test_arrays_match_the_public_matchers(tmp_path: Path) -> None:
    docs = FIXED_DOCS + seed_docs(400)  # long posting lists span several blocks
    ix = build(tmp_path, docs)
    apply_changes(ix, [], [3, 101, 150], watermark=datetime(2020, 1, 1, tzinfo=UTC))
    with reading(ix) as gen:
        reader = whoosh_index.open_dir(str(gen)).reader()
        for sub, _ in reader.leaf_readers():
            live = live_mask(sub)
            assert (~live).sum() == len(sub.deleted_docs_set) > 0
            for fieldname in ("body", "title", "grams", "chars"):
                terms = [t.decode("utf-8") for t in list(sub.lexicon(fieldname))[:300]]
                assert terms
                for text in terms:
                    ids, weights = read_postings(sub, fieldname, text)
                    public_ids, public_weights = _public(sub, fieldname, text)
                    keep = live[ids]  # the public matcher skips deleted documents
                    assert ids[keep].tolist() == public_ids
                    assert np.allclose(weights[keep], public_weights)
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

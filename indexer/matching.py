"""Evaluate a compiled query on one index segment: which documents match, and which terms rank.

The compiler (``indexer.query``) builds a Whoosh query tree; Whoosh would run
it with its matcher objects, one posting per Python call, and count the
matches with a second pass that its top-N collector may cut short (a total of
161 reported for 300 matches after many updates). Here each node becomes a
boolean mask over the segment's documents, so the number of matches is
exact and a 20-word OR costs 20 array unions.

Positive terms (those not under a ``NOT``) are collected for BM25; a literal
match adds its constant boost (``LiteralQuery.boost``) to the score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import query as wq

from indexer.errors import QueryError
from indexer.literal import WORD_FIELDS, FoldedTexts, LiteralQuery, check_deadline
from indexer.postings import BoolArray, FloatArray, IntArray, live_mask, published_between, read_postings


@dataclass
class Segment:
    """One segment while a query runs on it: its reader and the posting lists read so far."""

    searcher: Any
    reader: Any
    size: int
    deadline: float | None = None
    postings: dict[tuple[str, str], tuple[IntArray, FloatArray]] = field(default_factory=dict)
    literal_scores: list[tuple[BoolArray, float]] = field(default_factory=list)
    _texts: FoldedTexts | None = None

    @property
    def texts(self) -> FoldedTexts:
        """The segment's folded texts, each decompressed once per search (the column opened on first use)."""
        if self._texts is None:
            self._texts = FoldedTexts(self.reader)
        return self._texts

    def terms(self, fieldname: str, text: str) -> tuple[IntArray, FloatArray]:
        key = (fieldname, text)
        found = self.postings.get(key)
        if found is None:
            found = self.postings[key] = read_postings(self.reader, fieldname, text)
        return found

    def mask_of(self, ids: IntArray | list[int]) -> BoolArray:
        mask = np.zeros(self.size, dtype=np.bool_)
        mask[np.asarray(ids, dtype=np.int64)] = True
        return mask

    def check_deadline(self) -> None:
        check_deadline(self.deadline)


def positive_terms(q: wq.Query) -> list[tuple[str, str]]:
    """Return the (field, word) terms of ``q`` that count for ranking: word fields, not under a NOT."""
    found: dict[tuple[str, str], None] = {}

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Term):
            if node.fieldname in WORD_FIELDS:
                found[(node.fieldname, str(node.text))] = None
            return
        if isinstance(node, (wq.AndMaybe, wq.Require)):
            walk(node.a)
            walk(node.b)
            return
        if isinstance(node, wq.ConstantScoreQuery):
            return
        for child in node.children():
            walk(child)

    walk(q)
    return list(found)


def evaluate(q: wq.Query, seg: Segment, scoring: bool = True) -> BoolArray:
    """Return the mask of documents of ``seg`` that match ``q`` (deleted documents included).

    ``scoring`` is False below a ``NOT`` and inside filters: literal boosts
    found there must not raise a score.
    """
    seg.check_deadline()
    if isinstance(q, wq.Term):
        ids, _ = seg.terms(q.fieldname, str(q.text))
        return seg.mask_of(ids)
    if isinstance(q, LiteralQuery):
        mask = seg.mask_of(q.docnums(seg.reader, seg.texts))
        if scoring and q.boost:
            seg.literal_scores.append((mask, q.boost))
        return mask
    if isinstance(q, wq.And):
        mask = np.ones(seg.size, dtype=np.bool_)
        for sub in q.subqueries:
            mask &= evaluate(sub, seg, scoring)
        return mask
    if isinstance(q, wq.Or):
        mask = np.zeros(seg.size, dtype=np.bool_)
        for sub in q.subqueries:
            mask |= evaluate(sub, seg, scoring)
        return mask
    if isinstance(q, wq.Not):
        return ~evaluate(q.query, seg, scoring=False)
    if isinstance(q, wq.AndNot):
        return evaluate(q.a, seg, scoring) & ~evaluate(q.b, seg, scoring=False)
    if isinstance(q, wq.AndMaybe):
        evaluate(q.b, seg, scoring)  # read for ranking; does not restrict
        return evaluate(q.a, seg, scoring)
    if isinstance(q, wq.ConstantScoreQuery):
        return evaluate(q.child, seg, scoring=False)
    if isinstance(q, wq.DateRange) and q.fieldname == "published":
        return published_between(seg.reader, q.startdate, q.enddate)
    if isinstance(q, type(wq.NullQuery)):
        return np.zeros(seg.size, dtype=np.bool_)
    if q.is_leaf():  # other ranges, and anything else Whoosh can match on its own
        return seg.mask_of(list(q.matcher(seg.searcher).all_ids()))
    raise QueryError(f"unsupported query node {type(q).__name__}")


def matches(q: wq.Query, seg: Segment, flt: wq.Query | None) -> BoolArray:
    """Return the mask of live documents of ``seg`` matching ``q`` and the filter."""
    mask = evaluate(q, seg)
    if flt is not None:
        mask &= evaluate(flt, seg, scoring=False)
    mask &= live_mask(seg.reader)
    return mask


def leaf_searchers(searcher: Any) -> list[tuple[Any, int]]:
    """Return a searcher's segment searchers with their docnum offsets, leaving out empty ones.

    An index rebuilt from an empty archive has no segment: Whoosh's leaf is then
    an empty reader with no columns, which every search crashed on.
    """
    return [(sub, offset) for sub, offset in searcher.leaf_searchers() if sub.reader().doc_count_all()]


def segment_matches(
    searcher: Any, q: wq.Query, flt: wq.Query | None, deadline: float | None
) -> list[tuple[Segment, int, IntArray]]:
    """Return, per segment with a match, the segment, its docnum offset and its matching docnums."""
    out: list[tuple[Segment, int, IntArray]] = []
    for subsearcher, offset in leaf_searchers(searcher):
        reader = subsearcher.reader()
        seg = Segment(subsearcher, reader, reader.doc_count_all(), deadline)
        ids = np.flatnonzero(matches(q, seg, flt))
        if len(ids):
            out.append((seg, offset, ids))
    return out

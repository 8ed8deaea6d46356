"""Decide which articles a query matches: the one routine behind totals, result lists, charts and exports.

A journalist asks "was this ever covered?", so a match must never be
invented. The rules (issue 13):

* Words are ANDed. A term typed as one run without spaces or punctuation
  (``鹤鸣湖``) is one concept: the segmenter's pieces of it are required
  together (or the run occurs literally), never ORed apart.
* A query of up to ``MAX_PARTIAL_TERMS`` typed terms may also list *partial*
  matches, apart from the full ones and never counted in their total: an
  article that holds every typed term but one, at least ``PARTIAL_WEIGHT`` of
  the query's IDF weight, and at least one term that is neither a single
  character nor present in more than ``COMMON_SHARE`` of the archive.
* A query typed as one run of ``RUN_PIECES`` words or more (a short headline
  pasted without spaces: ``常德气温持续走低``) is one concept too, so an
  article lacking one of its words is never a full match; under the same IDF
  rules it may be a partial match, counting the run's words as the terms (an
  article holding every word but one). A run of two words (``鹤鸣湖``) never is.
* A pasted text of ``PASTED_WORDS`` words or more is a best-match search
  (known-item search by headline: the article it comes from rarely holds
  every word): words are ORed and ranked, and an article must hold at least
  ``BEST_FLOOR`` of the IDF weight of the words or of the character bigrams
  (of those the archive holds at all) and one that is neither a single
  character nor common, or one of the typed runs literally.
  Seven, not eight: a one-run headline of
  seven words was already ranked ORed before these rules (its literal
  alternative counted as an eighth term), and known-item search needs it.
* Filters (source, author, dates, and ``author:``/``source:``/``section:``/
  ``date:`` in the query) and exclusions always apply.

Everything is boolean arrays per segment (``indexer.matching``), so every
count is exact and the list, the chart and the exports read the same set.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import query as wq

from indexer.analysis import fold, query_grams, query_words
from indexer.errors import QueryError
from indexer.literal import WORD_FIELDS, read_gap_needle
from indexer.matching import Segment, evaluate, leaf_searchers, positive_terms
from indexer.postings import BoolArray, FloatArray, IntArray, doc_frequency, live_mask
from indexer.query import FILTER_FIELDS, Bool, Compiled, Leaf, Node, compile_query

FULL = "all"
BEST = "best"
# From this many words on, a query is a pasted headline or sentence, not keywords
# (bench/ranking_eval.py: known-item search by headline depends on it).
PASTED_WORDS = 7
MAX_PARTIAL_TERMS = 7
PARTIAL_WEIGHT = 2 / 3
BEST_FLOOR = 1 / 3
COMMON_SHARE = 0.2
RUN_PIECES = 3


@dataclass
class Terms:
    """A query split as the user typed it: terms to find, restrictions, exclusions."""

    typed: list[Node] = field(default_factory=list)
    restrictions: list[Node] = field(default_factory=list)
    exclusions: list[Node] = field(default_factory=list)


def split_terms(tree: Node) -> Terms:
    """Split the top level of a parsed query into typed terms, filters and exclusions.

    An ``OR`` or a parenthesised group counts as one typed term.
    """
    out = Terms()
    items = tree.items if isinstance(tree, Bool) and tree.op == "AND" else [tree]
    for item in items:
        if isinstance(item, Leaf) and item.field in FILTER_FIELDS:
            out.restrictions.append(item)
        elif isinstance(item, Bool) and item.op == "NOT":
            out.exclusions.append(item.items[0])
        else:
            out.typed.append(item)
    return out


def term_text(node: Node) -> str:
    """Return a typed term as the user would recognise it (``鹤鸣湖``, ``"某某"``, ``a OR b``)."""
    if isinstance(node, Leaf):
        text = f'"{node.text}"' if node.quoted else node.text
        return f"{node.field}:{text}" if node.field else text
    if node.op == "NOT":
        return "-" + term_text(node.items[0])
    return "(" + f" {node.op} ".join(term_text(i) for i in node.items) + ")"


def _leaves(node: Node) -> list[Leaf]:
    """Return the leaves of a typed term, those under a NOT left out (they were not looked for)."""
    if isinstance(node, Leaf):
        return [node]
    if node.op == "NOT":
        return []
    return [leaf for item in node.items for leaf in _leaves(item)]


def _single_character(node: Node) -> bool:
    return isinstance(node, Leaf) and len(fold(node.text).strip()) == 1


@dataclass
class SegmentMatches:
    """The matches of one segment: full (and best-match) docnums, partial docnums, local to the segment."""

    seg: Segment
    offset: int
    full: IntArray
    partial: IntArray
    # For each partial match (in ``partial``'s order), the index of the unit it lacks (``MatchSet.units``).
    lacking: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass
class MatchSet:
    """Every article a query matches, per segment, and how the query was read."""

    mode: str  # FULL (every typed term) or BEST (a pasted text, ranked best match)
    compiled: Compiled  # ranks the full matches
    relaxed: Compiled | None  # ranks best-match and partial matches
    segments: list[SegmentMatches]
    typed: list[str]
    tried: list[str] = field(default_factory=list)
    # What a partial match counts as its terms, as typed (``鹤鸣湖``, ``"某某"``, a run's words):
    # a partial match says the one it lacks ("missing: 市民").
    units: list[str] = field(default_factory=list)
    # Each typed term and the articles holding it within the query's limits (filters, fields,
    # exclusions), for a query of two terms or more: a none-found answer says each word's count,
    # so "no article contains 鹤鸣湖 三下乡" does not read as if neither word were archived.
    each: list[tuple[str, int]] = field(default_factory=list)

    def missing(self, docnum: int) -> list[str]:
        """Return the terms a partial match (global ``docnum``) lacks; [] for a full match."""
        for sm in self.segments:
            local = docnum - sm.offset
            if 0 <= local < sm.seg.size and len(sm.partial):
                at = int(np.searchsorted(sm.partial, local))
                if at < len(sm.partial) and sm.partial[at] == local and at < len(sm.lacking):
                    return [self.units[int(sm.lacking[at])]]
        return []

    @property
    def total(self) -> int:
        """Return the number of full (or best-match) matches."""
        return sum(len(s.full) for s in self.segments)

    @property
    def partial_total(self) -> int:
        """Return the number of partial matches (listed apart, never in ``total``)."""
        return sum(len(s.partial) for s in self.segments)

    def docnums(self, partial: bool = False) -> IntArray:
        """Return the global docnums of the full (or partial) matches."""
        parts = [(s.partial if partial else s.full) + s.offset for s in self.segments]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _idf(documents: int, df: int) -> float:
    return math.log(1.0 + (documents - df + 0.5) / (df + 0.5))


def _word_df(reader: Any, word: str) -> int:
    raw = word.encode("utf-8")
    return max(doc_frequency(reader, f, raw) for f in WORD_FIELDS)


def _spelling(needle: str) -> str:
    """Return ``needle`` without thousands separators and with ASCII colons: one key for its spellings."""
    return needle.replace(",", "").replace("，", "").replace("：", ":")


def variants_tried(tree: Node, compiled: Compiled | None) -> list[str]:
    """Return what a none-found answer says was searched besides the typed text.

    The folded spelling (traditional to simplified, full-width to
    half-width) when it differs, and the segmenter's pieces of a run, which
    were looked for together as well as the run itself.
    """
    typed = split_terms(tree).typed
    # Every typed run, those of an OR or a group too: each was searched as itself, not a piece of another.
    runs = [leaf for node in typed for leaf in _leaves(node)]
    texts = {fold(n.text) for n in runs} | {n.text for n in runs}
    tried: list[str] = []
    for node in typed:
        if isinstance(node, Leaf) and fold(node.text) != node.text:
            tried.append(fold(node.text))
    if compiled is not None:
        # A figure and a colon are matched in their other spellings too (1,000, ：): those are the typed
        # run or piece again, not pieces of it, and "date:2,016-13" read as if the reader had typed it.
        seen = {_spelling(t) for t in texts}
        pieces = []
        for n in compiled.needles:
            if n in texts or read_gap_needle(n) is not None or _spelling(n) in seen:
                continue
            seen.add(_spelling(n))
            pieces.append(n)
        if len(pieces) > 1:
            tried.append(" + ".join(pieces))
    return list(dict.fromkeys(tried))


def match_set(
    searcher: Any,
    tree: Node,
    flt: wq.Query | None,
    *,
    deadline: float | None,
    userdict: str | None,
    partial: bool = True,
    best: bool = False,
) -> MatchSet:
    """Return every article of the index that ``tree`` matches under the rules above.

    ``partial`` False skips the partial matches (a chart does not show them);
    ``best`` matches any query as a pasted text (ranking benchmarks).
    Raises ``QueryError`` when the query has no searchable word.
    """
    compiled = compile_query(tree, deadline=deadline, userdict=userdict)
    terms = split_terms(tree)
    typed = [term_text(t) for t in terms.typed]
    reader = searcher.reader()
    documents = max(int(reader.doc_count_all()), 1)
    if compiled.word_count >= PASTED_WORDS or best:
        return _best_match(searcher, tree, compiled, flt, deadline, userdict, typed, documents)
    term_queries: list[wq.Query | None] = []
    for node in terms.typed:
        try:
            term_queries.append(compile_query(node, deadline=deadline, userdict=userdict).query)
        except QueryError:  # a term without searchable words (an emoji) asks for nothing
            term_queries.append(None)
    kept = [(n, q) for n, q in zip(terms.typed, term_queries, strict=True) if q is not None]
    restrictions = [compile_query(n, deadline=deadline, userdict=userdict).query for n in terms.restrictions]
    exclusions = []
    for node in terms.exclusions:
        try:
            exclusions.append(compile_query(node, deadline=deadline, userdict=userdict).query)
        except QueryError:  # excluding nothing searchable excludes nothing
            continue
    units, expanded = _partial_units(kept, userdict)
    labels = [term_text(node) for node, _ in kept] if not expanded else _run_words(kept, userdict)
    n = len(units)
    want_partial = partial and 2 <= n <= MAX_PARTIAL_TERMS
    per_segment: list[tuple[Segment, int, BoolArray, list[BoolArray], list[BoolArray]]] = []
    counts = np.zeros(n, dtype=np.int64)
    each = np.zeros(len(kept), dtype=np.int64)  # each typed term's articles within the limits
    for subsearcher, offset in leaf_searchers(searcher):
        sub = subsearcher.reader()
        seg = Segment(subsearcher, sub, sub.doc_count_all(), deadline)
        live = live_mask(sub)
        base = live.copy()
        if flt is not None:
            base &= evaluate(flt, seg, scoring=False)
        for q in restrictions:
            base &= evaluate(q, seg, scoring=False)
        for q in exclusions:
            base &= ~evaluate(q, seg, scoring=False)
        masks = [evaluate(q, seg) for _, q in kept]
        unit_masks = [evaluate(q, seg) for _, q in units] if expanded else masks
        if want_partial:
            counts += [int(np.count_nonzero(m & live)) for m in unit_masks]
        if len(kept) > 1:
            each += [int(np.count_nonzero(m & base)) for m in masks]
        per_segment.append((seg, offset, base, masks, unit_masks))
    weights = [_idf(documents, int(c)) for c in counts]
    trivial = [single or c > COMMON_SHARE * documents for (single, _), c in zip(units, counts, strict=True)]
    needed = PARTIAL_WEIGHT * sum(weights)
    segments: list[SegmentMatches] = []
    empty = np.zeros(0, dtype=np.int64)
    for seg, offset, base, masks, unit_masks in per_segment:
        full = base.copy() if kept or restrictions else np.zeros(seg.size, dtype=np.bool_)
        for m in masks:
            full &= m
        part = lacking = empty
        if want_partial:
            held = np.zeros(seg.size, dtype=np.int64)
            weight = np.zeros(seg.size, dtype=np.float64)
            useful = np.zeros(seg.size, dtype=np.bool_)
            for k, m in enumerate(unit_masks):
                held += m
                weight += weights[k] * m
                if not trivial[k]:
                    useful |= m
            part = np.flatnonzero(base & ~full & (held == n - 1) & (weight >= needed - 1e-9) & useful)
            lacks = np.zeros(seg.size, dtype=np.int64)
            for k, m in enumerate(unit_masks):
                lacks[~m] = k  # a partial match lacks exactly one unit
            lacking = lacks[part]
        segments.append(SegmentMatches(seg, offset, np.flatnonzero(full), part, lacking))
    relaxed = (
        compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict) if want_partial else None
    )
    said = [(term_text(node), int(c)) for (node, _), c in zip(kept, each, strict=True)]
    said = said if len(kept) > 1 else []
    return MatchSet(FULL, compiled, relaxed, segments, typed, units=labels, each=said)


def _run_words(kept: list[tuple[Node, wq.Query]], userdict: str | None) -> list[str]:
    """Return the words of a one-run query that :func:`_partial_units` counts as its units, as folded."""
    node = kept[0][0]
    assert isinstance(node, Leaf)
    return list(dict.fromkeys(query_words(node.text, userdict)))


def _partial_units(
    kept: list[tuple[Node, wq.Query]], userdict: str | None
) -> tuple[list[tuple[bool, wq.Query]], bool]:
    """Return the units a partial match counts (is it one character, its query) and whether a run was split.

    The units are the typed terms, except for a query typed as one plain run of
    ``RUN_PIECES`` words or more: then its words are the units, each found in
    any word field, so a short headline whose article lacks one word can still
    be listed as a partial match (never as a full one).
    """
    plain = [(_single_character(node), q) for node, q in kept]
    if len(kept) != 1:
        return plain, False
    node = kept[0][0]
    if not isinstance(node, Leaf) or node.quoted or node.field:
        return plain, False
    words = list(dict.fromkeys(query_words(node.text, userdict)))
    if len(words) < RUN_PIECES:
        return plain, False
    units: list[tuple[bool, wq.Query]] = [
        (len(w) == 1, wq.Or([wq.Term(f, w) for f in WORD_FIELDS])) for w in words
    ]
    return units, True


def _best_match(
    searcher: Any,
    tree: Node,
    compiled: Compiled,
    flt: wq.Query | None,
    deadline: float | None,
    userdict: str | None,
    typed: list[str],
    documents: int,
) -> MatchSet:
    """Match a pasted text: words ORed; an article holds a third of their IDF weight or a run literally."""
    relaxed = compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict)
    reader = searcher.reader()
    # The weight is counted twice, over the words and over the character bigrams of the text, and
    # an article needs a third of either: a headline and its article often cut a name differently
    # (山西太原 / 山西省太原市), which words alone would count as missing.
    parts = [
        ("word", list(dict.fromkeys(w for f, w in positive_terms(compiled.query) if f in WORD_FIELDS))),
        ("gram", query_grams(compiled.texts)),
    ]
    # A term no article holds is left out of the weight: it cannot tell the articles apart, and in a
    # pasted text it is mostly the segmenter's cut of the query that no article was cut into (撞2车伤3人
    # gives 车伤 and 人弃); counted, it pushed a headline's own article under the floor. When no term
    # is known the relaxed query matches nothing. Nor do the common terms left decide alone: as for a
    # partial match, an article must hold a term that is neither one character nor in more than
    # COMMON_SHARE of the archive (a paste of unknown words and 的 finds nothing).
    weights: list[tuple[str, dict[str, float], set[str]]] = []
    for kind, terms in parts:
        if kind == "word":
            dfs = {w: _word_df(reader, w) for w in terms}
        else:
            dfs = {g: doc_frequency(reader, "grams", g) for g in terms}
        idf = {t: _idf(documents, df) for t, df in dfs.items() if df}
        useful = {t for t in idf if len(t) > 1 and dfs[t] <= COMMON_SHARE * documents}
        weights.append((kind, idf, useful))
    segments: list[SegmentMatches] = []
    empty = np.zeros(0, dtype=np.int64)
    for subsearcher, offset in leaf_searchers(searcher):
        sub = subsearcher.reader()
        seg = Segment(subsearcher, sub, sub.doc_count_all(), deadline)
        mask = evaluate(relaxed.query, seg) & live_mask(sub)
        if flt is not None:
            mask &= evaluate(flt, seg, scoring=False)
        enough = np.zeros(seg.size, dtype=np.bool_)
        for seg_lit, _ in seg.literal_scores:
            enough |= seg_lit
        for kind, idf, useful in weights:
            if not idf:
                continue
            held: FloatArray = np.zeros(seg.size, dtype=np.float64)
            telling = np.zeros(seg.size, dtype=np.bool_)
            for term, weight in idf.items():
                has = np.zeros(seg.size, dtype=np.bool_)
                for f in WORD_FIELDS if kind == "word" else ("grams",):
                    ids, _ = seg.terms(f, term)
                    has[ids] = True
                held += weight * has
                if term in useful:
                    telling |= has
            enough |= (held >= BEST_FLOOR * sum(idf.values()) - 1e-9) & telling
        segments.append(SegmentMatches(seg, offset, np.flatnonzero(mask & enough), empty))
    return MatchSet(BEST, compiled, relaxed, segments, typed)

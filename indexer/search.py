"""Run a search against the live index generation and shape the hits for display.

Words are ANDed; when no article holds them all, or when the query is long
enough to be a pasted headline (``PASTED_WORDS``), the words are ORed
instead and ``SearchPage.relaxed`` says so. When some articles hold every
word but fewer than the page asks for, the articles holding only some of the
words follow them, ranked among themselves and marked ``Hit.partial``, as a
search engine lists "results with some of your words" after the full
matches; ``SearchPage.total`` still counts full matches only. Matching is exact boolean logic
on arrays (``indexer.matching``), so ``SearchPage.total`` counts every match;
relevance is BM25 over words and bigrams (``indexer.ranking``). Filters
(source, author, dates) never relax. Each search holds its generation with a
shared lock, so a concurrent rebuild can swap generations without failing it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq

from indexer.analysis import query_grams, unfold
from indexer.build import check_compatible, userdict_for
from indexer.errors import QueryError
from indexer.generations import reading
from indexer.highlight import render_snippet, snippet_parts
from indexer.literal import SearchTimeout
from indexer.matching import positive_terms, segment_matches
from indexer.postings import published_order
from indexer.query import Compiled, author_term, compile_query, date_query, parse_query
from indexer.ranking import CollectionStats, score_segment
from indexer.schema import LITERAL_SEPARATOR, unpack_text

DEFAULT_TIME_LIMIT = 5.0
MAX_LIMIT = 1000
SORTS = ("relevance", "date")
# From this many words on, a query is a pasted headline or sentence, not
# keywords: the article it comes from rarely holds every word while another
# one may, so words are ORed from the start and ranked (bench/ranking_eval.py).
PASTED_WORDS = 8


@dataclass
class Hit:
    """One article found, with what a result list shows."""

    id: int
    external_id: str
    url: str
    title: str
    source: str
    published_at: datetime | None
    score: float
    snippet: str
    snippet_parts: list[tuple[str, bool]] = field(default_factory=list)
    partial: bool = False


@dataclass
class SearchPage:
    """One page of results.

    ``total`` counts every match and ``relaxed`` marks the OR fallback.
    ``partial`` counts the articles holding only some of the words that are
    listed after the ``total`` full matches (0 unless those are fewer than
    the page asked for); they rank below every full match.
    """

    total: int
    page: int
    hits: list[Hit]
    relaxed: bool = False
    timed_out: bool = False
    partial: int = 0


def filter_query(
    source: str | None, author: str | None, since: date | None, until: date | None
) -> wq.Query | None:
    parts: list[wq.Query] = []
    if source:
        parts.append(wq.Term("source", source))
    if author and author.strip():
        parts.append(author_term(author))
    if since or until:
        parts.append(date_query(since, until))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _split_text(stored: dict[str, Any], blob: bytes) -> tuple[str, str]:
    """Return (original, folded) body text from the folded text column and the stored diff."""
    folded_all = unpack_text(blob)
    if not folded_all:
        return "", ""
    original_all = unfold(folded_all, stored.get("fdiff"))
    cut = 0
    for _ in range(3):  # lead, title, subtitle precede the body
        cut = folded_all.index(LITERAL_SEPARATOR, cut) + 1
    return original_all[cut:], folded_all[cut:]


def _hit(stored: dict[str, Any], blob: bytes, score: float, needles: list[str], partial: bool) -> Hit:
    original, folded = _split_text(stored, blob)
    parts = snippet_parts(original, folded, needles)
    published = stored.get("published")
    return Hit(
        id=int(stored["id"]),
        external_id=stored.get("xid", ""),
        url=stored.get("url", ""),
        title=stored.get("title", ""),
        source=stored.get("source", ""),
        published_at=published.replace(tzinfo=UTC) if published else None,
        score=round(float(score), 4),
        snippet=render_snippet(parts, "plain"),
        snippet_parts=parts,
        partial=partial,
    )


def search(
    index_path: Path,
    query: str,
    *,
    source: str | None = None,
    author: str | None = None,
    since: date | None = None,
    until: date | None = None,
    sort: str = "relevance",
    limit: int = 10,
    page: int = 1,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> SearchPage:
    """Search the index at ``index_path`` and return one page of hits with snippets.

    The index stores what display needs, so no database is read.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (use relevance or date)")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}")
    if page < 1:
        raise QueryError("--page must be 1 or more")
    tree = parse_query(query)
    index_path = Path(index_path)
    deadline = time.monotonic() + time_limit
    with reading(index_path) as gen:
        check_compatible(index_path, gen)
        userdict = userdict_for(index_path)
        ix = whoosh_index.open_dir(str(gen))
        with ix.searcher() as searcher:
            flt = filter_query(source, author, since, until)
            compiled = compile_query(tree, deadline=deadline, userdict=userdict)
            upto = limit * page
            scored: list[tuple[int, float]] = []
            total, timed_out = 0, False
            if sort != "relevance" or compiled.word_count < PASTED_WORDS:
                total, scored, timed_out = _run(searcher, compiled, flt, sort, upto, deadline)
            relaxed = False
            partial = 0
            if (total == 0 or (sort == "relevance" and total < upto)) and compiled.word_count > 1:
                again = compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict)
                if again.query != compiled.query:
                    full = {docnum for docnum, _ in scored}  # all of them: fewer than upto
                    partial, more, late = _run(searcher, again, flt, sort, upto - len(scored), deadline, full)
                    scored, timed_out = scored + more, timed_out or late
                    if total == 0:
                        total, partial, relaxed = partial, 0, partial > 0
            texts = searcher.reader().column_reader("ftext")
            hits = [
                _hit(searcher.stored_fields(docnum), texts[docnum], score, compiled.needles, rank >= total)
                for rank, (docnum, score) in enumerate(scored)
                if limit * (page - 1) <= rank < limit * page
            ]
    return SearchPage(
        total=total, page=page, hits=hits, relaxed=relaxed, timed_out=timed_out, partial=partial
    )


def _run(
    searcher: Any,
    compiled: Compiled,
    flt: wq.Query | None,
    sort: str,
    upto: int,
    deadline: float,
    exclude: set[int] | None = None,
) -> tuple[int, list[tuple[int, float]], bool]:
    """Return the number of matches and the best ``upto`` (docnum, score) pairs, best first.

    Each segment is matched and scored on its own with collection-wide
    statistics; the per-segment winners are merged. A search that runs past
    its deadline while scoring returns the matches unranked, marked timed out.
    Documents in ``exclude`` (global docnums) are neither counted nor listed.
    """
    words = positive_terms(compiled.query)
    grams = query_grams(compiled.texts)
    stats = CollectionStats(searcher.reader())
    total = 0
    timed_out = False
    found: list[tuple[Any, int, float]] = []  # (sort key, docnum, score)
    excluded = np.fromiter(exclude, dtype=np.int64) if exclude else None
    for seg, offset, ids in segment_matches(searcher, compiled.query, flt, deadline):
        if excluded is not None:
            ids = np.setdiff1d(ids, excluded - offset, assume_unique=True)
            if not len(ids):
                continue
        total += len(ids)
        scores = np.zeros(len(ids), dtype=np.float64)
        if sort == "relevance" and not timed_out:
            try:
                scores = score_segment(seg, stats, words, grams)[ids]
            except SearchTimeout:
                timed_out = True
        keys = published_order(seg.reader)[ids] if sort == "date" else scores
        best = np.argsort(-keys, kind="stable")[:upto]
        found.extend((keys[i].item(), int(ids[i]) + offset, float(scores[i])) for i in best)
    found.sort(key=lambda item: (-item[0], item[1]))
    return total, [(docnum, score) for _, docnum, score in found[:upto]], timed_out

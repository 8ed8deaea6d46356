"""Run a search against the live index generation and shape the hits for display.

Words are ANDed; when no article holds them all, or when the query is long
enough to be a pasted headline (``PASTED_WORDS``), the words are ORed
instead and ``SearchPage.relaxed`` says so. Relevance order is BM25 re-ranked
by query bigrams (``indexer.ranking``). Filters (source, dates) never
relax. Each search holds its generation with a shared lock, so a concurrent
rebuild can swap generations without failing it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from whoosh import collectors
from whoosh import index as whoosh_index
from whoosh import query as wq

from indexer.analysis import unfold
from indexer.build import check_compatible, userdict_for
from indexer.errors import QueryError
from indexer.generations import reading
from indexer.highlight import render_snippet, snippet_parts
from indexer.literal import SearchTimeout
from indexer.query import compile_query, date_query, parse_query
from indexer.ranking import RERANK_DEPTH, rerank, weighting
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


@dataclass
class SearchPage:
    """One page of results; ``total`` counts every match, ``relaxed`` marks the OR fallback."""

    total: int
    page: int
    hits: list[Hit]
    relaxed: bool = False
    timed_out: bool = False


def _filter(source: str | None, since: date | None, until: date | None) -> wq.Query | None:
    parts: list[wq.Query] = []
    if source:
        parts.append(wq.Term("source", source))
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


def _hit(stored: dict[str, Any], blob: bytes, score: float, needles: list[str]) -> Hit:
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
    )


def search(
    index_path: Path,
    query: str,
    *,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    sort: str = "relevance",
    limit: int = 10,
    page: int = 1,
    db_url: str | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> SearchPage:
    """Search the index at ``index_path`` and return one page of hits with snippets.

    ``db_url`` is accepted for symmetry with the other entry points; the
    index stores what display needs, so it is not used.
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
        with ix.searcher(weighting=weighting()) as searcher:
            flt = _filter(source, since, until)
            relaxed = False
            compiled = compile_query(tree, deadline=deadline, userdict=userdict)
            upto = limit * page if sort != "relevance" else max(limit * page, RERANK_DEPTH)
            if sort == "relevance" and compiled.word_count >= PASTED_WORDS:
                run: tuple[int, list[tuple[int, float]], bool] = (0, [], False)  # pasted: OR at once
            else:
                run = _run(searcher, compiled.query, flt, sort, upto, deadline)
            if run[0] == 0 and compiled.word_count > 1:
                again = compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict)
                if again.query != compiled.query:
                    run = _run(searcher, again.query, flt, sort, upto, deadline)
                    relaxed = run[0] > 0
            total, scored, timed_out = run
            texts = searcher.reader().column_reader("ftext")
            if sort == "relevance":
                scored = rerank(scored, texts, compiled.texts)
            hits = [
                _hit(searcher.stored_fields(docnum), texts[docnum], score, compiled.needles)
                for docnum, score in scored[limit * (page - 1) : limit * page]
            ]
    return SearchPage(total=total, page=page, hits=hits, relaxed=relaxed, timed_out=timed_out)


def _run(
    searcher: Any, q: wq.Query, flt: wq.Query | None, sort: str, upto: int, deadline: float
) -> tuple[int, list[tuple[int, float]], bool]:
    """Collect the best ``upto`` docnums with scores, and the total number of matches."""
    if flt is not None:  # filters restrict, they do not score
        q = wq.And([q, wq.ConstantScoreQuery(flt, 0.0)])
    if sort == "date":
        inner = searcher.collector(limit=upto, sortedby="published", reverse=True)
    else:
        inner = searcher.collector(limit=upto)
    remaining = max(deadline - time.monotonic(), 0.01)
    tlc = collectors.TimeLimitCollector(inner, timelimit=remaining, use_alarm=False)
    timed_out = False
    try:
        searcher.search_with_collector(q, tlc)
    except collectors.TimeLimit:
        timed_out = True
    except SearchTimeout:
        raise
    results = tlc.results()
    scored = [(hit.docnum, hit.score if hit.score is not None else 0.0) for hit in results]
    total = len(results) if not timed_out else len(scored)
    return total, scored, timed_out

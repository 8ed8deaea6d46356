"""Fit the rerank weights of ``indexer.ranking`` on the tuning half of the judged sets, and only there.

Usage: ``python -m bench.ranking_tune --workdir DIR [--sets inews,qbqtc] [--queries N]``
(``DIR`` as given to ``bench.ranking_eval --workdir``, which builds the indexes);
``--cost N`` only times N searches with the rerank on and off (its cost per search).

Each query is searched once with the rerank switched off (``search()`` itself:
the matching rules, BM25, reprints), keeping its ``RERANK_DEPTH`` best
matches; their rerank features are computed on the documents' folded text
exactly as the product computes them. A grid of weights is then scored on
those features without searching again: MRR@10 on the tuning half (the mean
over the sets) picks the weights; the held-out half is printed once, for the
chosen weights and for no rerank, after the choice.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from whoosh import index as whoosh_index

from bench.ranking_eval import CUTOFF, DATA, SETS, half, load_set, run_query
from indexer import ranking
from indexer.analysis import fold
from indexer.documents import IndexDoc
from indexer.generations import reading
from indexer.query import compile_query, parse_query
from indexer.ranking import FEATURES, CollectionStats, query_shape, rerank_features
from indexer.schema import literal_text

GRID = {
    "ordered": (0.0, 0.2),
    "unordered": (0.0, 0.1),
    "title phrase": (0.0, 0.3),
    "characters": (0.0, 0.5, 1.0, 1.5),
    "lead": (0.0, 0.25, 0.5, 1.0),
}
WEIGHT_NAMES = ("ORDERED_WEIGHT", "UNORDERED_WEIGHT", "TITLE_PHRASE_WEIGHT", "UNIGRAM_WEIGHT", "LEAD_WEIGHT")
assert tuple(GRID) == FEATURES


@dataclass
class Candidates:
    """One query's ranked matches without the rerank: which are relevant, BM25 scores, features, blocks.

    ``xids`` name the matches, ``texts`` are the query's positive typed texts
    and ``used`` the text searched (``bench.ranking_classic`` scores more
    features of the same matches).
    """

    relevant: np.ndarray
    base: np.ndarray
    features: np.ndarray
    partial: np.ndarray
    xids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    used: str = ""


def folded_text(doc: IndexDoc) -> str:
    """Return a document's folded text as the index keeps it in ``ftext``."""
    return fold(literal_text(doc.lead_title, doc.title, doc.subtitle, doc.body))


@dataclass
class RerankOff:
    """An open index read with the product's rerank switched off (see :func:`rerank_off`)."""

    reader: Any  # a Whoosh IndexReader (its names stay behind indexer.whoosh_io)
    docnum: dict[str, int]  # external id -> Whoosh document number
    stats: CollectionStats
    average: float  # mean length of the ``grams`` field


@contextlib.contextmanager
def rerank_off(index_path: Path) -> Iterator[RerankOff]:
    """Open ``index_path`` for searching with every rerank weight at zero, restored on exit.

    Candidates must be the matches ``search()`` ranks before the rerank, so the
    features are scored on BM25's own order; every bench that collects them
    (here, ``bench.ranking_ltr``) opens the index through this one door.
    """
    saved = [getattr(ranking, w) for w in WEIGHT_NAMES]
    for w in WEIGHT_NAMES:
        setattr(ranking, w, 0.0)
    try:
        with reading(index_path) as gen:
            searcher = whoosh_index.open_dir(str(gen)).searcher()
            try:
                reader = searcher.reader()
                docnum = {searcher.stored_fields(d)["xid"]: d for d in range(reader.doc_count_all())}
                stats = CollectionStats(reader)
                yield RerankOff(reader, docnum, stats, stats.average_length("grams"))
            finally:
                searcher.close()
    finally:
        for w, value in zip(WEIGHT_NAMES, saved, strict=True):
            setattr(ranking, w, value)


def collect(
    name: str, workdir: Path, max_queries: int | None, best_match: bool, only: str | None = None
) -> tuple[list[str], list[Candidates]]:
    """Search the set's queries (of the half ``only`` names) with the rerank off; return qids, candidates."""
    docs, queries, qrels, index_path = load_set(name, DATA, workdir)
    by_xid = {d.external_id: d for d in docs}
    if max_queries:
        queries = queries[:max_queries]
    if only:
        queries = [(qid, text) for qid, text in queries if half(qid) == only]
    qids: list[str] = []
    out: list[Candidates] = []
    with rerank_off(index_path) as off:
        for qid, text in queries:
            # No time limit: a loaded machine must not change which candidates are kept.
            page, used = run_query(
                index_path, text, limit=ranking.RERANK_DEPTH, time_limit=600.0, best_match=best_match
            )
            typed = compile_query(parse_query(used)).texts
            shape = query_shape(typed, off.stats, None)
            texts = [folded_text(by_xid[h.external_id]) for h in page.hits]
            lengths = [
                off.reader.doc_field_length(off.docnum[h.external_id], "grams") or 0 for h in page.hits
            ]
            qids.append(qid)
            out.append(
                Candidates(
                    relevant=np.array([h.external_id in qrels[qid] for h in page.hits], dtype=bool),
                    base=np.array([h.score for h in page.hits], dtype=np.float64),
                    features=rerank_features(texts, np.array(lengths, dtype=np.float64), shape, off.average),
                    partial=np.array([h.partial for h in page.hits], dtype=bool),
                    xids=[h.external_id for h in page.hits],
                    texts=typed,
                    used=used,
                )
            )
    return qids, out


class Ranked(Protocol):
    """What :func:`mrr` reads of a query's candidates (``Candidates`` here, ``ranking_classic.Query``)."""

    @property
    def relevant(self) -> np.ndarray: ...
    @property
    def base(self) -> np.ndarray: ...
    @property
    def features(self) -> np.ndarray: ...
    @property
    def partial(self) -> np.ndarray: ...


def mrr(cands: Sequence[Ranked], weights: np.ndarray) -> float:
    """Return MRR@10 of the candidates reranked with ``weights`` (full matches stay above partial ones)."""
    total = 0.0
    for c in cands:
        if not c.relevant.any():
            continue
        score = c.base + c.features @ weights
        order = np.lexsort((np.arange(len(score)), -score, c.partial))
        ranks = np.flatnonzero(c.relevant[order][:CUTOFF])
        if len(ranks):
            total += 1.0 / (ranks[0] + 1)
    return total / max(len(cands), 1)


def rerank_cost(name: str, workdir: Path, queries: int, best_match: bool) -> dict[str, tuple[float, float]]:
    """Return (mean, p95) wall and CPU ms of ``search()`` with the rerank on and off, per search.

    The set's first ``queries`` queries, each searched both ways, the order of
    the two alternated from one query to the next so that neither always finds
    the caches warm. CPU time beside wall time: the machine is shared.
    """
    _, rows, _, index_path = load_set(name, DATA, workdir)
    saved = [getattr(ranking, w) for w in WEIGHT_NAMES]
    times: dict[str, list[tuple[float, float]]] = {"on": [], "off": []}
    try:
        for n, (_, text) in enumerate(rows[:queries]):
            for state in ("on", "off") if n % 2 == 0 else ("off", "on"):
                for w, value in zip(WEIGHT_NAMES, saved, strict=True):
                    setattr(ranking, w, value if state == "on" else 0.0)
                wall, cpu = time.perf_counter(), time.process_time()
                run_query(index_path, text, best_match=best_match)
                times[state].append((time.perf_counter() - wall, time.process_time() - cpu))
    finally:
        for w, value in zip(WEIGHT_NAMES, saved, strict=True):
            setattr(ranking, w, value)
    out = {}
    for state, pairs in times.items():
        for kind, values in (("wall", sorted(p[0] for p in pairs)), ("cpu", sorted(p[1] for p in pairs))):
            p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
            out[f"{state} {kind}"] = (1000 * sum(values) / len(values), 1000 * p95)
    return out


def _mean(row: dict[str, float]) -> float:
    return sum(row.values()) / max(len(row), 1)


def main(argv: list[str] | None = None) -> int:
    """Collect the candidates, scan the grid on the tuning half, print both halves."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=None)
    parser.add_argument("--best-match", action="store_true", help="rank every query as a pasted text")
    parser.add_argument("--no-held", action="store_true", help="print the tuning half only")
    parser.add_argument("--cost", type=int, default=0, help="only time N searches, rerank on and off")
    args = parser.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    if args.cost:
        for name in names:
            for key, (mean, p95) in rerank_cost(name, args.workdir, args.cost, args.best_match).items():
                print(f"{name} rerank {key}: mean {mean:.1f} ms, p95 {p95:.1f} ms")
        return 0
    data: dict[str, tuple[list[Candidates], list[Candidates]]] = {}
    for name in names:
        qids, cands = collect(name, args.workdir, args.queries, args.best_match)
        tune = [c for q, c in zip(qids, cands, strict=True) if half(q) == "tune"]
        held = [c for q, c in zip(qids, cands, strict=True) if half(q) == "held"]
        data[name] = (tune, held)
    results = []
    for combo in itertools.product(*GRID.values()):
        weights = np.array(combo, dtype=np.float64)
        row = {name: mrr(tune, weights) for name, (tune, _) in data.items()}
        results.append((sum(row.values()) / len(row), combo, row))
    results.sort(key=lambda r: -r[0])
    print("| weights (" + ", ".join(FEATURES) + ") | " + " | ".join(f"{n} tune" for n in data) + " | mean |")
    print("|---|" + "---|" * (len(data) + 1))
    zero = np.zeros(len(FEATURES))
    base = {n: mrr(t, zero) for n, (t, _) in data.items()}
    print("| no rerank | " + " | ".join(f"{t:.4f}" for t in base.values()) + f" | {_mean(base):.4f} |")
    for mean, combo, row in results[:15]:
        print(f"| {combo} | " + " | ".join(f"{t:.4f}" for t in row.values()) + f" | {mean:.4f} |")
    if args.no_held:
        return 0
    chosen = np.array(results[0][1], dtype=np.float64)
    print(f"\nChosen on tune: {results[0][1]}. Held-out half, printed once:")
    for n, (_, held) in data.items():
        print(f"- {n}: no rerank {mrr(held, zero):.4f}, chosen {mrr(held, chosen):.4f} ({len(held)} queries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure ranking quality of ``indexer.search`` on two judged Chinese retrieval sets.

Usage: ``python -m bench.ranking_eval [--sets inews,qbqtc] [--queries N] [--json FILE]``.
Data comes from ``$NEWSARCHIVE_SHARED_DATA`` (default ``<repo>/../shared/data``).

* inews known-item (``inews-bdci2019/knownitem``): every document of train and
  dev is indexed with its content only (as the set's SOURCE.md asks); each
  dev headline is searched as a journalist would paste it.
* qbqtc (``qbqtc-query-title-relevance/retrieval``): the 22,984 web-page
  titles are indexed as titles; each dev query is searched.

Queries go through the product's own ``search()`` (parser, relaxed fallback,
literal matches, BM25 over words and bigrams), not a bench-only scorer, so the figures describe what
a user gets. Query-syntax characters a pasted text may hold (ASCII quotes,
parentheses, a leading ``-``, ``field:``) are taken as plain text the way the
CLI's users would retype them: a query the parser refuses is retried with
those characters blanked, and counted.

Prints MRR@10 and Recall@10 beside the plain-BM25 references of the sets'
SOURCE.md files and exits 1 when a set is below its target.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from indexer.build import rebuild_index  # noqa: E402
from indexer.documents import IndexDoc  # noqa: E402
from indexer.errors import QueryError  # noqa: E402
from indexer.search import search  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

DATA = shared_data_dir()
CUTOFF = 10


@dataclass(frozen=True)
class EvalSet:
    """A judged set: where it lives, what to index, its target and its SOURCE.md references."""

    name: str
    target: float
    references: tuple[tuple[str, float], ...]


SETS = {
    "inews": EvalSet("inews", 0.87, (("BM25 jieba search-mode", 0.846), ("BM25 char bigrams", 0.850))),
    "qbqtc": EvalSet("qbqtc", 0.82, (("BM25 jieba search-mode", 0.774), ("BM25 char bigrams", 0.816))),
}


@dataclass
class Scores:
    """Result of one set."""

    name: str
    documents: int
    queries: int
    mrr10: float
    recall10: float
    relaxed: int
    retried: int
    failed: int
    build_s: float
    search_ms_mean: float
    target: float

    @property
    def passed(self) -> bool:
        return self.mrr10 >= self.target


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Yield tab-separated rows of a file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line:
                yield line.split("\t")


def read_qrels(path: Path) -> dict[str, set[str]]:
    """Read TREC qrels (``qid 0 docid grade``, tabs or spaces); keep grades >= 1."""
    qrels: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) >= 1:
                qrels.setdefault(parts[0], set()).add(parts[2])
    return qrels


def inews_docs(data: Path) -> list[IndexDoc]:
    """Every train and dev document, content only."""
    docs: list[IndexDoc] = []
    for split in ("train", "dev"):
        with (data / "inews-bdci2019" / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                docs.append(IndexDoc(id=len(docs) + 1, body=row["content"], external_id=row["id"]))
    return docs


def qbqtc_docs(data: Path) -> list[IndexDoc]:
    """Every title of the retrieval corpus, as a title."""
    rows = read_tsv(data / "qbqtc-query-title-relevance" / "retrieval" / "corpus.tsv")
    return [IndexDoc(id=n + 1, title=row[1], external_id=row[0]) for n, row in enumerate(rows)]


_SYNTAX = re.compile(r'["()]|(?<!\S)-|\b(?:OR|AND|NOT)\b|\b[a-z]+:')


def run_query(index_path: Path, text: str) -> tuple[list[str], bool, bool]:
    """Search ``text``; return the top external ids, whether it was relaxed, whether it was retried."""
    retried = False
    try:
        page = search(index_path, text, limit=CUTOFF)
    except QueryError:
        retried = True
        page = search(index_path, _SYNTAX.sub(" ", text)[:400], limit=CUTOFF)
    return [hit.external_id for hit in page.hits], page.relaxed, retried


def evaluate(name: str, data: Path, workdir: Path, max_queries: int | None = None) -> Scores:
    """Index the set's documents, run its queries, return MRR@10 and Recall@10."""
    spec = SETS[name]
    if name == "inews":
        docs = inews_docs(data)
        base = data / "inews-bdci2019" / "knownitem"
    else:
        docs = qbqtc_docs(data)
        base = data / "qbqtc-query-title-relevance" / "retrieval"
    qrels = read_qrels(base / "qrels.dev.tsv")
    queries = [(row[0], row[1]) for row in read_tsv(base / "queries.dev.tsv") if row[0] in qrels]
    if max_queries:
        queries = queries[:max_queries]
    index_path = workdir / name / "index"
    started = time.perf_counter()
    if not (index_path / "CURRENT").exists():  # --workdir keeps indexes between runs (tuning)
        rebuild_index(index_path, docs)
    build_s = time.perf_counter() - started
    rr_sum = recall_sum = 0.0
    relaxed = retried = failed = 0
    started = time.perf_counter()
    for qid, text in queries:
        try:
            ranked, was_relaxed, was_retried = run_query(index_path, text)
        except QueryError:
            failed += 1
            continue
        relaxed += was_relaxed
        retried += was_retried
        wanted = qrels[qid]
        for rank, docid in enumerate(ranked, 1):
            if docid in wanted:
                rr_sum += 1.0 / rank
                break
        recall_sum += len(wanted.intersection(ranked)) / len(wanted)
    elapsed = time.perf_counter() - started
    n = len(queries)
    return Scores(
        name=name,
        documents=len(docs),
        queries=n,
        mrr10=rr_sum / n,
        recall10=recall_sum / n,
        relaxed=relaxed,
        retried=retried,
        failed=failed,
        build_s=round(build_s, 1),
        search_ms_mean=round(elapsed / max(n, 1) * 1000, 1),
        target=spec.target,
    )


def render(results: list[Scores]) -> str:
    """Format the results as a markdown table with the references beside ours."""
    lines = [
        "| set | documents | queries | ours MRR@10 | target | references (SOURCE.md) | ours R@10 "
        "| relaxed | mean search |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        refs = ", ".join(f"{label} {value:.3f}" for label, value in SETS[r.name].references)
        mark = "" if r.passed else " (below target)"
        lines.append(
            f"| {r.name} | {r.documents:,} | {r.queries:,} | **{r.mrr10:.3f}**{mark} | {r.target:.2f} "
            f"| {refs} | {r.recall10:.3f} | {r.relaxed} | {r.search_ms_mean} ms |"
        )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines.append(f"\nLoad average at the end (1, 5, 15 min): {load} on {os.cpu_count()} CPUs.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; exit 1 when a set misses its MRR@10 target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: inews,qbqtc")
    parser.add_argument("--queries", type=int, default=None, help="only the first N queries (quick look)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="keep the indexes here and reuse them (tuning runs)"
    )
    args = parser.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    unknown = [s for s in names if s not in SETS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    if args.workdir is not None:
        results = [evaluate(name, args.data, args.workdir, args.queries) for name in names]
    else:
        with tempfile.TemporaryDirectory(prefix="ranking-eval-") as tmp:
            results = [evaluate(name, args.data, Path(tmp), args.queries) for name in names]
    print(render(results))
    if args.json:
        payload = [{**asdict(r), "passed": r.passed} for r in results]
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

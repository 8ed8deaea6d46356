"""Benchmark index operations at archive scale: ours against the Whoosh + jieba tutorial stack.

Usage::

    python -m bench.index_bench --articles 60000 --output FRAGMENT.md [--json FILE]
    python -m bench.index_bench --articles 6000          # quick look (a few minutes)
    python -m bench.index_bench --search WORKDIR/home    # searches only, on an index built before
    python -m bench.index_bench --lag-check postgresql+psycopg://HOST/DB --articles 300000  # lag check only

The inews corpus (train + dev, 6,354 articles) is replicated to ``--articles``:
each copy gets its own id and URL, its paragraphs are rotated and about one
character in a hundred is replaced by another character of the same article,
so copies are not byte-identical (no dedupe shortcut, different postings)
while keeping the vocabulary of real news. The articles are written to a
SQLite store with ``archive.upsert_articles``; both stacks read the same
rows.

Measured in one run, so the ratios hold even on a loaded machine:

* ``index rebuild`` (``indexer.sync.rebuild_from_store``, every feature on)
  against the tutorial stack (``bench/tutorial_stack.py``), each in its own
  child process: wall time, CPU time (with worker processes), peak RSS
  (``ru_maxrss`` of the child and of its largest worker);
* search latency p50/p95 over known-item headlines with snippets, both stacks,
  and ours in CPU time too (wall time on a shared machine is mostly waiting);
* ``index update`` of 1,000 new articles (``update_from_store``);
* search latency p50/p95 of single common characters and words (``COMMON``:
  ``的``, ``在``, ``中国`` ...: terms in most documents), ours only;
* index size on disk, both stacks, against the UTF-8 bytes of the indexed
  text (title and body), with ours broken down by file kind;
* the size of our index of the inews corpus alone (train + dev as
  ``load_inews`` returns them: 6,292 articles; its own store and rebuild),
  against its text;
* literal recall on the updated index: 1,000 seeded strings searched quoted,
  against brute force over the folded texts (``bench/literal_recall.py``).

``--checks-only`` runs the last two (and our rebuild) without the tutorial
stack or the timings. The exit status is non-zero when a target is missed.

The load average before and after is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.corpora import shared_data_dir  # noqa: E402

DATA = shared_data_dir()
INEWS = DATA / "inews-bdci2019"
BATCH = 500
UPDATE_ARTICLES = 1_000
TARGET_RATIO = 3.0
TARGET_SIZE = 3.0  # index bytes per UTF-8 byte of text (issue 17)
COMMON = ("的", "在", "中国", "是", "了", "和", "发展", "记者", "有", "人")
COMMON_REPEAT = 3
RECALL_STRINGS = 1_000


def load_inews() -> list[tuple[str, str]]:
    """Return ``(title, content)`` of every inews article with some text."""
    rows: list[tuple[str, str]] = []
    for split in ("train", "dev"):
        with (INEWS / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["content"].strip():
                    rows.append((row["title"], row["content"]))
    return rows


def perturb(text: str, rng: random.Random) -> str:
    """Rotate the paragraphs and replace ~1% of the characters by others of the same text."""
    paras = text.split("\n")
    if len(paras) > 1:
        k = rng.randrange(len(paras))
        paras = paras[k:] + paras[:k]
    chars = list("\n".join(paras))
    for _ in range(max(1, len(chars) // 100)):
        chars[rng.randrange(len(chars))] = rng.choice(chars)
    return "".join(chars)


def articles(n: int, start: int = 0, seed: int = 7) -> Iterator[Any]:
    """Yield ``n`` ArticleItems: copy 0 of the corpus as is, later copies perturbed."""
    from archive.items import ArticleItem

    corpus = load_inews()
    rng = random.Random(seed + start)
    base = datetime(2019, 1, 1, tzinfo=UTC)
    for i in range(start, start + n):
        title, body = corpus[i % len(corpus)]
        copy = i // len(corpus)
        if copy:
            body = perturb(body, rng)
            title = f"{title}（{copy}）"
        yield ArticleItem(
            url=f"https://bench.example/{copy}/{i}.html",
            source_id="bench",
            title=title,
            body=body,
            published_at=base + timedelta(minutes=i),
        )


def fill_store(db_url: str, n: int, start: int = 0) -> float:
    """Upsert ``n`` articles in batches; return the seconds taken."""
    from archive.articles import ensure_source, upsert_articles
    from archive.schema import open_store

    started = time.perf_counter()
    with open_store(db_url) as factory:
        with factory() as session, session.begin():
            ensure_source(session, "bench")
        batch: list[Any] = []
        for item in articles(n, start):
            batch.append(item)
            if len(batch) >= BATCH:
                with factory() as session, session.begin():
                    upsert_articles(session, batch)
                batch = []
        if batch:
            with factory() as session, session.begin():
                upsert_articles(session, batch)
    return time.perf_counter() - started


def _child_main(kind: str, db_url: str, home: str) -> None:
    """Run one rebuild in this (child) process and print its figures as JSON on stdout."""
    started = time.perf_counter()
    if kind == "ours":
        from indexer.sync import rebuild_from_store

        count = rebuild_from_store(db_url, Path(home) / "index")
    else:
        from bench import tutorial_stack
        from indexer.storedocs import iter_store_docs, store_engine

        engine = store_engine(db_url)
        rows = ((d.id, d.title, d.body) for d in iter_store_docs(engine))
        count = tutorial_stack.build(Path(home), rows)
        engine.dispose()
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "documents": count,
                "wall_s": wall,
                "cpu_s": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
                "maxrss_mb": own.ru_maxrss / 1024,
                "worker_maxrss_mb": kids.ru_maxrss / 1024,
            }
        )
    )


def run_rebuild(kind: str, db_url: str, home: Path) -> dict[str, Any]:
    """Rebuild with one stack in a child process (so its peak memory is its own)."""
    cmd = [sys.executable, "-m", "bench.index_bench", "--child", kind, db_url, str(home)]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{kind} rebuild failed:\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def dir_size(path: Path) -> int:
    """Sum the sizes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def headlines(limit: int) -> list[str]:
    """Return the first ``limit`` known-item headlines (the queries a journalist pastes)."""
    path = INEWS / "knownitem" / "queries.dev.tsv"
    out = [line.rstrip("\n").split("\t", 1)[1] for line in path.open(encoding="utf-8") if "\t" in line]
    return out[:limit]


def _percentiles(times: list[float], cpu: list[float] | None = None) -> dict[str, float]:
    """Return p50/p95 of wall times (and of CPU times: the machine is shared, so wall alone misleads)."""
    ordered = sorted(times)
    out = {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": _p95(ordered) * 1000, "n": len(ordered)}
    if cpu:
        by_cpu = sorted(cpu)
        out["cpu_p50_ms"] = statistics.median(by_cpu) * 1000
        out["cpu_p95_ms"] = _p95(by_cpu) * 1000
        out["cpu_mean_ms"] = statistics.fmean(by_cpu) * 1000
    return out


def _p95(ordered: list[float]) -> float:
    """Return the 95th percentile of sorted ``ordered`` (the nearest rank)."""
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def latency(home: Path, queries: list[str], tutorial_too: bool = True) -> dict[str, dict[str, float]]:
    """Time each query with snippets on both stacks (one warm-up query each); ours in wall and CPU time."""
    from bench import tutorial_stack
    from indexer.errors import QueryError
    from indexer.search import search

    index_path = home / "index"
    tutorial = tutorial_stack.Searcher(home) if tutorial_too else None
    search(index_path, queries[0])
    if tutorial is not None:
        tutorial.search(queries[0])
    ours: list[float] = []
    ours_cpu: list[float] = []
    theirs: list[float] = []
    for text in queries:  # interleaved, so load spikes hit both alike
        started, cpu = time.perf_counter(), time.process_time()
        try:
            search(index_path, text)
        except QueryError:
            continue  # a headline with ASCII query syntax; skipped for both
        ours.append(time.perf_counter() - started)
        ours_cpu.append(time.process_time() - cpu)
        if tutorial is not None:
            started = time.perf_counter()
            tutorial.search(text)
            theirs.append(time.perf_counter() - started)
    out = {"ours": _percentiles(ours, ours_cpu)}
    if tutorial is not None:
        out["tutorial"] = _percentiles(theirs)
    return out


def common_latency(home: Path) -> dict[str, float]:
    """Time each COMMON query COMMON_REPEAT times with snippets (after one warm-up of each), wall and CPU."""
    from indexer.search import search

    index_path = home / "index"
    for text in COMMON:
        search(index_path, text)
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(COMMON_REPEAT):
        for text in COMMON:
            started, cpu_started = time.perf_counter(), time.process_time()
            search(index_path, text)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    return _percentiles(times, cpu)


def search_only(home: Path, queries: int) -> str:
    """Time the known-item and common searches on an index already built under ``home`` (ours only).

    For comparing two versions of the search code on one index in one session
    (``--search HOME``): the rebuild and the tutorial stack are not run.
    """
    load = os.getloadavg()
    known = latency(home, headlines(queries), tutorial_too=False)["ours"]
    common = common_latency(home)
    rows = [("known-item headlines", known), (f"common characters and words ({', '.join(COMMON)})", common)]
    lines = [
        f"Search on {home / 'index'} ({segments_of(home / 'index')} segments), top 10 with snippets; "
        f"load average {', '.join(f'{x:.2f}' for x in load)} before, "
        f"{', '.join(f'{x:.2f}' for x in os.getloadavg())} after:",
        "",
        "| queries | n | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms | CPU mean ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, f in rows:
        lines.append(
            f"| {name} | {f['n']} | {f['p50_ms']:.0f} | {f['p95_ms']:.0f} | {f['cpu_p50_ms']:.1f} "
            f"| {f['cpu_p95_ms']:.1f} | {f['cpu_mean_ms']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def size_by_kind(index_path: Path) -> dict[str, int]:
    """Sum the bytes of the live generation by file kind (store, Whoosh postings and terms, columns)."""
    from indexer.generations import current_generation

    gen = current_generation(index_path)
    kinds: dict[str, int] = {}
    if gen is None:
        return kinds
    for path in gen.iterdir():
        if not path.is_file():
            continue
        name = path.name
        if name.endswith(".nap"):
            kind = "postings store (.nap)"
        elif name.endswith((".pst", ".trm")):
            kind = "Whoosh postings and terms (.pst, .trm)"
        elif name.endswith(".ftext.col"):
            kind = "folded text column (ftext)"
        elif name.endswith("_stored.col"):
            kind = "stored fields"
        else:
            kind = "other (columns, lengths, TOC, meta)"
        kinds[kind] = kinds.get(kind, 0) + path.stat().st_size
    return kinds


def text_bytes(n: int) -> int:
    """Return the UTF-8 bytes of the titles and bodies of the ``n`` bench articles (about: copies perturb)."""
    corpus = load_inews()
    per = [len(t.encode("utf-8")) + len(b.encode("utf-8")) for t, b in corpus]
    full, rest = divmod(n, len(corpus))
    return full * sum(per) + sum(per[:rest])


def segments_of(index_path: Path) -> int:
    """Count the segments of the live generation."""
    from indexer.check import index_stats

    return int(index_stats(index_path)["segments"])


def inews_size(workdir: Path) -> dict[str, Any]:
    """Build our index of the inews corpus alone (its own store, the product rebuild); return its size."""
    n = len(load_inews())
    home = workdir / "inews"
    home.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    fill_store(db_url, n)
    rebuilt = run_rebuild("ours", db_url, home)
    return {
        "articles": n,
        "text_bytes": text_bytes(n),
        "size_bytes": dir_size(home / "index"),
        "segments": segments_of(home / "index"),
        "rebuild_wall_s": rebuilt["wall_s"],
    }


def recall_check(db_url: str, index_path: Path, strings: int = RECALL_STRINGS) -> dict[str, Any]:
    """Measure literal recall on the index of every article of the store (``bench.literal_recall``)."""
    from bench.literal_recall import literal_recall, product_search
    from indexer.storedocs import iter_store_docs, store_engine

    engine = store_engine(db_url)
    started = time.perf_counter()
    try:
        report = literal_recall(iter_store_docs(engine), product_search(index_path), n=strings)
    finally:
        engine.dispose()
    articles = int(index_stats_docs(index_path))
    return {
        **asdict(report),
        "recall": report.recall,
        "complete": report.complete,
        "articles": articles,
        "seconds": time.perf_counter() - started,
    }


def index_stats_docs(index_path: Path) -> int:
    """Count the live documents of the index."""
    from indexer.check import index_stats

    return int(index_stats(index_path)["documents"])


def checks_only(n: int, workdir: Path) -> dict[str, Any]:
    """Rebuild ours on ``n`` articles; run the size and literal-recall checks only (no tutorial, timing)."""
    load_before = os.getloadavg()
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    fill_store(db_url, n)
    run_rebuild("ours", db_url, home)
    size = dir_size(home / "index")
    return {
        "articles": n,
        "text_bytes": text_bytes(n),
        "size_bytes": {"ours": size},
        "recall": recall_check(db_url, home / "index"),
        "inews": inews_size(workdir),
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "cpus": os.cpu_count(),
    }


def run(n: int, repeat: int, queries: int, workdir: Path) -> dict[str, Any]:
    """Do the whole benchmark in ``workdir``; return the figures."""
    from indexer.sync import update_from_store

    load_before = os.getloadavg()
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    store_s = fill_store(db_url, n)
    ours: list[dict[str, Any]] = []
    tutorial: list[dict[str, Any]] = []
    for _ in range(repeat):
        ours.append(run_rebuild("ours", db_url, home))
        tutorial.append(run_rebuild("tutorial", db_url, home))
    segments = segments_of(home / "index")
    lat = latency(home, headlines(queries))
    lat["common"] = common_latency(home)
    size_ours = dir_size(home / "index")
    kinds = size_by_kind(home / "index")
    size_tutorial = dir_size(home / "tutorial-index")
    fill_store(db_url, UPDATE_ARTICLES, start=n)
    started = time.perf_counter()
    stats = update_from_store(db_url, home / "index")
    update_s = time.perf_counter() - started
    recall = recall_check(db_url, home / "index")  # after the update: the updated index must hold too
    inews = inews_size(workdir)
    ratio_wall = [t["wall_s"] / o["wall_s"] for o, t in zip(ours, tutorial, strict=True)]
    return {
        "articles": n,
        "text_mb": sum(len(b) + len(t) for t, b in load_inews()) / 1e6 * n / len(load_inews()),
        "text_bytes": text_bytes(n),
        "size_kinds": kinds,
        "repeat": repeat,
        "store_fill_s": store_s,
        "ours": ours,
        "tutorial": tutorial,
        "ratio_wall": ratio_wall,
        "ratio_cpu": [t["cpu_s"] / o["cpu_s"] for o, t in zip(ours, tutorial, strict=True)],
        "segments": segments,
        "latency": lat,
        "update": {"articles": stats.added, "seconds": update_s},
        "size_bytes": {"ours": size_ours, "tutorial": size_tutorial},
        "recall": recall,
        "inews": inews,
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "cpus": os.cpu_count(),
    }


def _mm(values: list[float], fmt: str = "{:.1f}") -> str:
    """Format min / median of repeated figures."""
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(min(values))} / {fmt.format(statistics.median(values))}"


def render_checks(r: dict[str, Any]) -> list[str]:
    """Format the inews-corpus size and the literal recall (markdown lines)."""
    from bench.literal_recall import RecallReport
    from bench.literal_recall import render as render_recall

    lines = []
    inews = r["inews"]
    ratio = inews["size_bytes"] / inews["text_bytes"]
    verdict = "met" if ratio <= TARGET_SIZE else "missed"
    lines += [
        f"Index of the inews corpus alone ({inews['articles']:,} articles, train + dev, "
        f"{inews['text_bytes'] / 1e6:.1f} MB of UTF-8 text, title and body; its own store and "
        f"`index rebuild`, {inews['segments']} segments): {inews['size_bytes'] / 1e6:.1f} MB = "
        f"**{ratio:.2f}x** the text (target {TARGET_SIZE:.0f}x: {verdict}).",
        "",
    ]
    rec = r["recall"]
    fields = {k: rec[k] for k in RecallReport.__dataclass_fields__}
    lines += [render_recall(RecallReport(**fields), rec["articles"]) + f" ({rec['seconds']:.0f} s.)", ""]
    return lines


def missed(r: dict[str, Any]) -> list[str]:
    """Name the targets the figures miss (the exit status says whether there are any)."""
    out = []
    if r["size_bytes"]["ours"] / r["text_bytes"] > TARGET_SIZE:
        out.append(f"index size at {r['articles']:,} articles")
    if r["inews"]["size_bytes"] / r["inews"]["text_bytes"] > TARGET_SIZE:
        out.append("index size of the inews corpus")
    if not r["recall"]["complete"]:
        out.append("literal recall")
    if "ratio_wall" in r and statistics.median(r["ratio_wall"]) < TARGET_RATIO:
        out.append("rebuild speed-up")
    return out


def render_checks_only(r: dict[str, Any]) -> str:
    """Format a ``--checks-only`` run."""
    ratio = r["size_bytes"]["ours"] / r["text_bytes"]
    lines = [
        f"### Index checks: {r['articles']:,} articles ({r['text_bytes'] / 1e6:.0f} MB of UTF-8 text)",
        "",
        f"Index size: ours {r['size_bytes']['ours'] / 1e6:.0f} MB = **{ratio:.2f}x** the UTF-8 text "
        f"(target {TARGET_SIZE:.0f}x: {'met' if ratio <= TARGET_SIZE else 'missed'}).",
        "",
        *render_checks(r),
        f"Machine: {r['cpus']} CPUs, load average (1, 5, 15 min) before "
        f"{', '.join(f'{x:.2f}' for x in r['load_before'])}, after "
        f"{', '.join(f'{x:.2f}' for x in r['load_after'])} (shared with other work).",
    ]
    return "\n".join(lines) + "\n"


def render(r: dict[str, Any]) -> str:
    """Format the figures as a markdown fragment."""
    o, t = r["ours"], r["tutorial"]
    mm = "min / median of " + str(r["repeat"]) if r["repeat"] > 1 else "one run"
    ratio = statistics.median(r["ratio_wall"])
    verdict = "meets" if ratio >= TARGET_RATIO else "misses"
    lo, lt = r["latency"]["ours"], r["latency"]["tutorial"]
    lc = r["latency"]["common"]
    text = r["text_bytes"]
    size_ratio = r["size_bytes"]["ours"] / text
    size_verdict = "meets" if size_ratio <= TARGET_SIZE else "misses"
    kinds = sorted(r["size_kinds"].items(), key=lambda kv: -kv[1])
    lines = [
        f"### Index: {r['articles']:,} articles ({text / 1e6:.0f} MB of UTF-8 text, "
        f"{r['text_mb']:.0f} M characters), ours vs the tutorial stack",
        "",
        f"Rebuild ({mm}; each stack in its own child process, same SQLite store):",
        "",
        "| stack | wall s | CPU s (incl. workers) | peak RSS MB (main / largest worker) | index size MB |",
        "|---|---|---|---|---|",
        f"| ours: `index rebuild`, all CPUs | {_mm([x['wall_s'] for x in o])} "
        f"| {_mm([x['cpu_s'] for x in o])} | {max(x['maxrss_mb'] for x in o):.0f} / "
        f"{max(x['worker_maxrss_mb'] for x in o):.0f} | {r['size_bytes']['ours'] / 1e6:.0f} |",
        f"| tutorial: jieba `ChineseAnalyzer`, one writer | {_mm([x['wall_s'] for x in t])} "
        f"| {_mm([x['cpu_s'] for x in t])} | {max(x['maxrss_mb'] for x in t):.0f} / - "
        f"| {r['size_bytes']['tutorial'] / 1e6:.0f} |",
        "",
        f"Rebuild speed-up (wall, tutorial / ours): **{ratio:.2f}x** (runs: "
        f"{', '.join(f'{x:.2f}' for x in r['ratio_wall'])}); CPU-time ratio "
        f"{', '.join(f'{x:.2f}' for x in r['ratio_cpu'])}. Target {TARGET_RATIO:.0f}x: {verdict} it.",
        "",
        f"Search, {lo['n']} known-item headlines with snippets, top 10 (ours: {r['segments']} segments):",
        "",
        "| stack | p50 ms | p95 ms | CPU p50 / p95 ms |",
        "|---|---|---|---|",
        f"| ours (`indexer.search.search`) | {lo['p50_ms']:.0f} | {lo['p95_ms']:.0f} "
        f"| {lo['cpu_p50_ms']:.0f} / {lo['cpu_p95_ms']:.0f} |",
        f"| tutorial (MultifieldParser, OrGroup, `highlights`) | {lt['p50_ms']:.0f} "
        f"| {lt['p95_ms']:.0f} | - |",
        f"| ours, common characters and words ({', '.join(COMMON)}; {lc['n']} searches) "
        f"| {lc['p50_ms']:.0f} | {lc['p95_ms']:.0f} | {lc['cpu_p50_ms']:.0f} / {lc['cpu_p95_ms']:.0f} |",
        "",
        f"Index size: ours {r['size_bytes']['ours'] / 1e6:.0f} MB = **{size_ratio:.2f}x** the UTF-8 text "
        f"(target {TARGET_SIZE:.0f}x: {size_verdict} it); tutorial "
        f"{r['size_bytes']['tutorial'] / 1e6:.0f} MB = {r['size_bytes']['tutorial'] / text:.2f}x. "
        "Ours by kind: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in kinds) + ".",
        "",
        f"`index update` of {r['update']['articles']:,} new articles into that index: "
        f"{r['update']['seconds']:.1f} s. Store fill ({r['articles']:,} upserts): {r['store_fill_s']:.0f} s.",
        "",
        *render_checks(r),
        f"Machine: {r['cpus']} CPUs, load average (1, 5, 15 min) before "
        f"{', '.join(f'{x:.2f}' for x in r['load_before'])}, after "
        f"{', '.join(f'{x:.2f}' for x in r['load_after'])} (shared with other work).",
    ]
    return "\n".join(lines) + "\n"


def _fill_rows(engine: Any, n: int) -> None:
    """Insert ``n`` bare articles and one version per ten, in SQL (the lag check reads ids and counts)."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session
    from sqlalchemy.types import JSON, Boolean, DateTime, Integer

    from archive.articles import ensure_source
    from archive.models import Article, ArticleVersion
    from archive.schema import ensure_schema

    ensure_schema(engine)
    special = {"source_id": "'bench'", "url": "'http://bench.test/' || g", "article_id": "g * 10"}
    with Session(engine) as session, session.begin():
        ensure_source(session, "bench")
    with engine.begin() as conn:
        for table, count in ((Article.__table__, n), (ArticleVersion.__table__, n // 10)):
            values: dict[str, str] = {}
            for column in table.columns:
                if column.name == "id" or column.nullable:
                    continue
                kind = getattr(column.type, "impl", column.type)  # UTCDateTime: a DateTime
                values[column.name] = special.get(column.name) or (
                    "'[]'::json"
                    if isinstance(kind, JSON)
                    else "false"
                    if isinstance(kind, Boolean)
                    else "now()"
                    if isinstance(kind, DateTime)
                    else "1"
                    if isinstance(kind, Integer)
                    else "''"
                )
            names, exprs = ", ".join(values), ", ".join(values.values())
            # Names from our models, counts from our caller: no user input in the statement.
            conn.execute(
                text(
                    f"INSERT INTO {table.name} ({names}) SELECT {exprs} FROM generate_series(1, {count:d}) g"
                )
            )


def lag_check_cost(pg_url: str, rows: int, repeat: int = 200) -> dict[str, Any]:
    """Time the lag check a search makes, on a PostgreSQL store of ``rows`` articles (a schema of its own).

    Both marks are level with the store: the counter's (``changes``, one primary-key read of
    ``store_meta`` beside the id maxima) and the one before migration 0009, with the row counts
    (a scan of both tables per search). Median and p95 of ``repeat`` checks, after a warm-up.
    """
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from indexer.lag import MARK_KEY, _row_counts, lag_of, read_mark

    schema = f"lagbench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))  # ours, not user input
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    engine = create_engine(url)
    try:
        started = time.perf_counter()
        _fill_rows(engine, rows)
        filled = time.perf_counter() - started
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
            mark = read_mark(conn)
            legacy = {"articles": mark["articles"], "versions": mark["versions"], **_row_counts(conn)}
            figures: dict[str, Any] = {"rows": rows, "versions": rows // 10, "fill_s": round(filled, 1)}
            for name, meta in (("counter", {MARK_KEY: mark}), ("row_counts", {MARK_KEY: legacy})):
                for _ in range(10):
                    assert lag_of(conn, meta) is None
                times = []
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    lag_of(conn, meta)
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                figures[name] = {"median_ms": statistics.median(times), "p95_ms": _p95(times)}
        return figures
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (or write) the markdown fragment."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child_main(*argv[1:4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=1, help="rebuilds per stack (min/median)")
    parser.add_argument("--queries", type=int, default=200, help="known-item headlines to time")
    parser.add_argument("--output", type=Path, default=None, help="write the markdown fragment here")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the store and indexes here")
    parser.add_argument(
        "--checks-only", action="store_true", help="only our rebuild, the index sizes and literal recall"
    )
    parser.add_argument(
        "--search", type=Path, default=None, metavar="HOME", help="only time searches on HOME/index (built)"
    )
    parser.add_argument(
        "--lag-check",
        metavar="PG_URL",
        default=None,
        help="only time the per-search lag check on a PostgreSQL store of --articles rows",
    )
    args = parser.parse_args(argv)
    if args.lag_check is not None:
        print(json.dumps(lag_check_cost(args.lag_check, args.articles), indent=1))
        return 0
    if args.search is not None:
        print(search_only(args.search, args.queries))
        return 0

    def measure(workdir: Path) -> dict[str, Any]:
        if args.checks_only:
            return checks_only(args.articles, workdir)
        return run(args.articles, args.repeat, args.queries, workdir)

    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = measure(args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="index-bench-") as tmp:
            result = measure(Path(tmp))
    text = render_checks_only(result) if args.checks_only else render(result)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    print(text)
    if args.json is not None:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    misses = missed(result)
    if misses:
        print("missed: " + ", ".join(misses), file=sys.stderr)
    return 1 if misses else 0  # run_all.py keeps the section and notes the exit status


if __name__ == "__main__":
    sys.exit(main())

"""Scale benchmark: the archive at 300,000 synthetic articles, and a projection to 5 million.

Usage (``make bench-scale`` runs the first; not part of ``make test`` or ``make bench``)::

    python -m bench.scale_bench --articles 300000 --steps 30000,100000 --workdir bench-scale-data \\
        --output bench/notes/scale_bench.md --json bench-scale-data/scale.json
    python -m bench.scale_bench --articles 3000 --steps 1000      # a quick look (a minute or two)

Parameters also come from the environment: ``SCALE_ARTICLES``, ``SCALE_STEPS``,
``SCALE_WORKDIR``, ``SCALE_SEED`` (the arguments win).

The articles come from ``bench.scale_gen`` (inews sentences recombined, seeded).
The store is SQLite, written through ``archive.articles.upsert_articles`` in
batches of 1,000 (the crawl writer's bulk path: content hashes and reprint
detection included) with the e-paper editions recorded by
``archive.editions.record_edition``. A store is grown once to each size of the
series and kept as a snapshot in ``--workdir`` (``stores/``), so a rerun on a
newer commit rebuilds from the same bytes without refilling.

For each size, in a fresh home holding a copy of that store:

* ``newsarchive index rebuild`` (the CLI, in a child process): wall time, CPU
  time of it and its workers, peak memory as the largest sum of the resident
  sets of the whole process tree (sampled every 0.2 s; shared pages of forked
  workers count once per process, so it is an upper bound) and the largest
  single process;
* index size on disk, per MB of UTF-8 text (title, lead, subtitle and body);
* searches through ``indexer.search.search`` with the store (as the CLI and web
  page search): known-item (headlines of generated articles; the article's rank
  is checked too), one-character queries (the commonest characters of the
  corpus and rarer ones at spread frequency ranks), and date-sorted queries
  (common two-character words, newest first); p50/p95/max;
* ``newsarchive index update`` after 1,000 new (recent) articles are stored.

The figures at several sizes give each measure's growth exponent (a
least-squares fit of log figure on log articles), from which the 5-million
projection is made.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from random import Random
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import scale_gen  # noqa: E402

BATCH = 1_000
PROJECT_TO = 5_000_000
SEARCH_TIME_LIMIT = (
    30.0  # raised from the default 5 s to measure slow searches; past it they count as timed out
)
PAGE = os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- the store


def _items(chunk: tuple[int, int, int, bool]) -> list[Any]:
    """Generate one batch of ArticleItems (in the generator process)."""
    start, count, seed, recent = chunk
    return [scale_gen.to_item(a) for a in scale_gen.generate(start, count, seed, recent=recent)]


def fill(db_path: Path, start: int, count: int, seed: int, *, recent: bool = False) -> float:
    """Store articles ``start`` .. ``start+count-1`` through the store API; return the seconds taken.

    One process generates the next batches while this one stores the current
    one (a window of four, so memory stays flat). Each e-paper edition is
    recorded once, when its first article is stored.
    """
    from archive.articles import ensure_source, upsert_articles
    from archive.editions import record_edition
    from archive.items import EditionItem
    from archive.schema import open_store

    started = time.perf_counter()
    chunks = [(s, min(BATCH, start + count - s), seed, recent) for s in range(start, start + count, BATCH)]
    seen: set[tuple[str, Any]] = set()
    with open_store(f"sqlite:///{db_path}") as factory, ProcessPoolExecutor(1) as pool:
        with factory() as session, session.begin():
            for src in scale_gen.SOURCES:
                ensure_source(session, src.id, src.name, kind=src.kind)
        pending = deque(pool.submit(_items, c) for c in chunks[:4])
        upcoming = iter(chunks[4:])
        while pending:
            batch = pending.popleft().result()
            nxt = next(upcoming, None)
            if nxt is not None:
                pending.append(pool.submit(_items, nxt))
            editions = {(i.source_id, i.edition_date) for i in batch if i.edition_date is not None} - seen
            seen |= editions
            with factory() as session, session.begin():
                upsert_articles(session, batch, guard_shrink=False)
                for source_id, day in sorted(editions):
                    item = EditionItem(
                        source_id, day, "found", url=f"https://{source_id}.bench.example/{day}"
                    )
                    record_edition(session, item, None)
    return time.perf_counter() - started


def copy_db(src: Path, dst: Path) -> None:
    """Copy a SQLite database with the backup API (consistent even with a WAL beside it)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


@dataclass
class Snapshot:
    """A store of the first ``articles`` articles of the series, and what filling it cost."""

    articles: int
    path: Path
    fill_s: float  # seconds to fill it from empty (summed over the growth steps)


def stores(workdir: Path, sizes: Sequence[int], seed: int) -> dict[int, Snapshot]:
    """Return a store snapshot per size, growing one store and reusing snapshots already made."""
    folder = workdir / "stores"
    folder.mkdir(parents=True, exist_ok=True)
    growing = folder / "growing.sqlite3"
    at, spent = 0, 0.0
    out: dict[int, Snapshot] = {}
    for n in sorted(sizes):
        snap = folder / f"seed{seed}-{n}.sqlite3"
        meta = snap.with_suffix(".json")
        if snap.exists() and meta.exists():
            out[n] = Snapshot(n, snap, float(json.loads(meta.read_text())["fill_s"]))
            continue
        previous = max((m for m in out if m < n), default=0)
        if at != previous:  # the growing store is not at the previous snapshot: start from it
            growing.unlink(missing_ok=True)
            if previous:
                copy_db(out[previous].path, growing)
            at = previous
        spent = out[previous].fill_s if previous else 0.0
        print(f"filling the store {at:,} -> {n:,} articles ...", file=sys.stderr, flush=True)
        spent += fill(growing, at, n - at, seed)
        at = n
        copy_db(growing, snap)
        meta.write_text(json.dumps({"articles": n, "seed": seed, "fill_s": spent}))
        out[n] = Snapshot(n, snap, spent)
    return out


def text_bytes(db_path: Path) -> int:
    """UTF-8 bytes of the indexed text: title, lead title, subtitle and body of every article."""
    sql = (
        "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(coalesce(lead_title, '') AS BLOB))"
        " + length(CAST(coalesce(subtitle, '') AS BLOB)) + length(CAST(body AS BLOB))) FROM articles"
    )
    with sqlite3.connect(db_path) as conn:
        value = conn.execute(sql).fetchone()[0]
    conn.close()
    return int(value or 0)


def ids_by_url(db_path: Path, urls: Sequence[str]) -> dict[str, int]:
    """Return the store ids of the given article URLs."""
    out: dict[str, int] = {}
    with sqlite3.connect(db_path) as conn:
        for i in range(0, len(urls), 500):
            chunk = list(urls[i : i + 500])
            marks = ",".join("?" * len(chunk))
            out.update(conn.execute(f"SELECT url, id FROM articles WHERE url IN ({marks})", chunk).fetchall())
    conn.close()
    return out


# ---------------------------------------------------------------- measuring a command


def _tree_rss(root: int) -> tuple[int, int]:
    """Return (sum, largest) resident set in bytes of ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = largest = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
                rss = int(fh.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        total += rss
        largest = max(largest, rss)
    return total, largest


def run_measured(cmd: Sequence[str]) -> dict[str, Any]:
    """Run ``cmd``; return wall and CPU seconds (it and its descendants) and its peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"sum": 0, "largest": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total, largest = _tree_rss(proc.pid)
            peak["sum"] = max(peak["sum"], total)
            peak["largest"] = max(peak["largest"], largest)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_sum_mb": peak["sum"] / 1e6,
        "peak_rss_largest_mb": peak["largest"] / 1e6,
        "stdout": out.strip()[-500:],
    }


def cli(home: Path, *args: str) -> list[str]:
    """The ``newsarchive`` command line for ``home``."""
    return [sys.executable, "-m", "newsarchive", *args, "--home", str(home), "-q"]


def dir_size(path: Path) -> int:
    """Sum the sizes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# ---------------------------------------------------------------- queries


@cache
def _char_counts() -> tuple[Counter[str], Counter[str]]:
    """Count the corpus's CJK characters and two-character CJK runs (once per process)."""
    chars: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for donor in scale_gen.load_corpus().donors:
        for sentence in donor.sentences:
            cjk = ["\u4e00" <= ch <= "\u9fff" for ch in sentence]
            chars.update(ch for ch, ok in zip(sentence, cjk, strict=True) if ok)
            pairs.update(sentence[i : i + 2] for i in range(len(sentence) - 1) if cjk[i] and cjk[i + 1])
    return chars, pairs


def one_char_queries(count: int) -> list[str]:
    """Half the commonest CJK characters of the corpus, half at ranks spread from 50 to 3,000."""
    freq = _char_counts()[0]
    ranked = [ch for ch, _ in freq.most_common()]
    common = ranked[: count - count // 2]
    rarer_n = count // 2
    lo, hi = 50, min(3000, len(ranked) - 1)
    ranks = sorted({round(lo * (hi / lo) ** (k / max(1, rarer_n - 1))) for k in range(rarer_n)})
    rarer = [ranked[r] for r in ranks]
    return common + rarer[:rarer_n]


def date_queries(count: int) -> list[str]:
    """Common two-character CJK words of the corpus (ranks 1, 5, 9, ...): broad queries sorted by date."""
    freq = _char_counts()[1]
    ranked = [w for w, _ in freq.most_common(count * 4)]
    return ranked[::4][:count]


def known_items(articles: int, count: int, seed: int) -> list[scale_gen.Article]:
    """``count`` stored articles picked with the seed; their headlines are the queries."""
    rng = Random(f"known:{seed}:{articles}")
    return [
        scale_gen.make_article(n, seed) for n in sorted(rng.sample(range(articles), min(count, articles)))
    ]


def _pct(times: list[float]) -> dict[str, float]:
    if not times:
        return {"n": 0, "p50_ms": math.nan, "p95_ms": math.nan, "max_ms": math.nan}
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        "n": len(ordered),
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": p95 * 1000,
        "max_ms": ordered[-1] * 1000,
    }


def timed_searches(
    run: Callable[[str], Any], queries: Sequence[str], check: Callable[[int, Any], bool] | None = None
) -> dict[str, Any]:
    """Time each query; count the slow ones (past the default limit) and, with ``check``, the found ones."""
    from indexer.errors import QueryError
    from indexer.literal import SearchTimeout
    from indexer.search import DEFAULT_TIME_LIMIT

    times: list[float] = []
    found = skipped = timeouts = 0
    for k, text in enumerate(queries):
        started = time.perf_counter()
        try:
            page = run(text)
        except SearchTimeout:  # its time counts (at least the limit): the slow end is what is measured
            times.append(time.perf_counter() - started)
            timeouts += 1
            continue
        except QueryError:
            skipped += 1
            continue
        times.append(time.perf_counter() - started)
        if check is not None and check(k, page):
            found += 1
    figures = _pct(times)
    figures["over_default_limit"] = sum(t > DEFAULT_TIME_LIMIT for t in times)
    figures["skipped"] = skipped
    figures["timed_out"] = timeouts
    if check is not None:
        figures["found_top10"] = found
    return figures


def searches(home: Path, articles: int, seed: int, args: argparse.Namespace) -> dict[str, Any]:
    """Run the three query sets against ``home``'s index with its store."""
    from archive.config import index_dir, resolve_db_url
    from indexer.search import search
    from indexer.storeinfo import store_info

    index = index_dir(home)
    db_url = resolve_db_url(None, home)
    store = store_info(db_url)
    items = known_items(articles, args.known, seed)
    limit = float(args.search_limit)
    ids = ids_by_url(home / "archive.sqlite3", [scale_gen.to_item(a).url for a in items])
    targets = [ids.get(scale_gen.to_item(a).url, -1) for a in items]

    def hit_ids(page: Any) -> set[int]:
        out = {h.id for h in page.hits}
        for h in page.hits:
            out.update(r.id for r in h.reprints)
        return out

    started = time.perf_counter()
    search(index, "新闻", store=store, time_limit=limit)  # opens the index: timed apart
    first_ms = (time.perf_counter() - started) * 1000
    return {
        "first_search_ms": first_ms,
        "known_item": timed_searches(
            lambda q: search(index, q, store=store, time_limit=limit),
            [a.title for a in items],
            lambda k, page: targets[k] in hit_ids(page),
        ),
        "date_sorted": timed_searches(
            lambda q: search(index, q, store=store, sort="date", time_limit=limit),
            date_queries(args.dated),
        ),
        "one_char": timed_searches(
            lambda q: search(index, q, store=store, time_limit=limit), one_char_queries(args.chars)
        ),
        "time_limit_s": limit,
    }


# ---------------------------------------------------------------- one size


def measure_size(
    snap: Snapshot,
    workdir: Path,
    seed: int,
    args: argparse.Namespace,
    keep_index: bool,
    save: Callable[[dict[str, Any]], None],
) -> dict[str, Any]:
    """Rebuild, update and search at one size; return its figures (``save`` gets them before the searches).

    The searches come last (on the updated index: one more segment, 1,000 more
    articles) so that a run stopped during them still has its rebuild and update figures.
    """
    from indexer.check import index_stats

    home = workdir / "run" / str(snap.articles)
    shutil.rmtree(home, ignore_errors=True)
    db = home / "archive.sqlite3"
    copy_db(snap.path, db)
    print(f"{snap.articles:,} articles: index rebuild ...", file=sys.stderr, flush=True)
    load = os.getloadavg()
    rebuild = run_measured(cli(home, "index", "rebuild"))
    index = home / "index"
    stats = index_stats(index)
    size = dir_size(index)
    text = text_bytes(db)
    print(f"{snap.articles:,} articles: index update of {args.update:,} ...", file=sys.stderr, flush=True)
    fill_s = fill(db, snap.articles, args.update, seed, recent=True)
    update = run_measured(cli(home, "index", "update", "--json"))
    added = json.loads(update["stdout"].splitlines()[-1])["added"]
    update_size = dir_size(index)
    after = index_stats(index)
    result: dict[str, Any] = {
        "articles": snap.articles,
        "text_bytes": text,
        "store_bytes": snap.path.stat().st_size,
        "store_fill_s": snap.fill_s,
        "rebuild": rebuild,
        "index_bytes": size,
        "segments": stats["segments"],
        "index_per_text_mb": size / text,
        "update": {
            **update,
            "articles": added,
            "store_s": fill_s,
            "segments_after": after["segments"],
            "index_bytes_after": update_size,
        },
        "commit": commit(),
        "load_before": load,
        "load_after": os.getloadavg(),
    }
    save(result)
    print(f"{snap.articles:,} articles: searches ...", file=sys.stderr, flush=True)
    result["search"] = searches(home, snap.articles, seed, args)
    result["load_after"] = os.getloadavg()
    if not keep_index:
        shutil.rmtree(home, ignore_errors=True)
    return result


# ---------------------------------------------------------------- growth and projection


def fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares ``log y = log a + b log x``; return ``(a, b)`` (b = 1 for a single point)."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if not pts:
        return math.nan, math.nan
    if len(pts) == 1:
        return math.exp(pts[0][1] - pts[0][0]), 1.0
    mx = statistics.fmean(p[0] for p in pts)
    my = statistics.fmean(p[1] for p in pts)
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    b = sum((p[0] - mx) * (p[1] - my) for p in pts) / sxx
    return math.exp(my - b * mx), b


MEASURES: dict[str, Callable[[dict[str, Any]], float]] = {
    "text MB": lambda r: r["text_bytes"] / 1e6,
    "store MB (SQLite)": lambda r: r["store_bytes"] / 1e6,
    "index MB": lambda r: r["index_bytes"] / 1e6,
    "rebuild wall s": lambda r: r["rebuild"]["wall_s"],
    "rebuild CPU s": lambda r: r["rebuild"]["cpu_s"],
    "rebuild peak RSS MB (all processes)": lambda r: r["rebuild"]["peak_rss_sum_mb"],
    "index update wall s": lambda r: r["update"]["wall_s"],
    "update peak RSS MB": lambda r: r["update"]["peak_rss_sum_mb"],
    "known-item p95 ms": lambda r: r["search"]["known_item"]["p95_ms"],
    "one-character p95 ms": lambda r: r["search"]["one_char"]["p95_ms"],
    "date-sorted p95 ms": lambda r: r["search"]["date_sorted"]["p95_ms"],
}


# Measures that add up article by article (bytes, work): the ones a linear extrapolation fits.
ADDITIVE = ("text MB", "store MB (SQLite)", "index MB", "rebuild wall s", "rebuild CPU s")


def project(results: list[dict[str, Any]], to: int = PROJECT_TO) -> dict[str, dict[str, float]]:
    """Fit each measure's growth over the sizes measured and project it to ``to`` articles, two ways.

    A power law (``exponent``, ``projected``) and the marginal cost of the last
    step carried on linearly (``linear``): a fixed cost (process start, the
    corpus, the first segment) makes small sizes look cheap per article, so a
    power fit over small sizes bends down too early; the larger of the two is
    what the machine is sized on (``sized``).
    """
    out: dict[str, dict[str, float]] = {}
    for name, get in MEASURES.items():
        points = [(float(r["articles"]), get(r)) for r in results if "search" in r or "p95" not in name]
        a, b = fit([p[0] for p in points], [p[1] for p in points])
        power = a * to**b
        linear = math.nan
        if len(points) >= 2 and name in ADDITIVE:
            (x0, y0), (x1, y1) = points[-2], points[-1]
            linear = y1 + (y1 - y0) / (x1 - x0) * (to - x1)
        out[name] = {
            "exponent": b,
            "projected": power,
            "linear": linear,
            "sized": max(power, linear) if math.isfinite(linear) else power,
        }
    return out


def machine_for(proj: dict[str, dict[str, float]]) -> dict[str, float]:
    """Size a machine for the projection.

    Disk: the store, plus the live index and the new generation a rebuild
    writes beside it, plus a quarter spare. Memory: the rebuild's peak plus room for the
    page cache to hold the index's term files and columns (taken as a third of the
    index: the postings of rare terms can stay on disk). Cores: enough to rebuild
    overnight (8 hours) at the CPU time measured here.
    """
    index_gb = proj["index MB"]["sized"] / 1000
    store_gb = proj["store MB (SQLite)"]["sized"] / 1000
    disk = (store_gb + 2 * index_gb) * 1.25
    ram = proj["rebuild peak RSS MB (all processes)"]["sized"] / 1000 + index_gb / 3
    cores = proj["rebuild CPU s"]["sized"] / (8 * 3600)
    return {
        "disk_gb": disk,
        "ram_gb": ram,
        "cores_overnight": cores,
        "index_gb": index_gb,
        "store_gb": store_gb,
    }


# ---------------------------------------------------------------- report


def _ms(f: dict[str, Any]) -> str:
    return f"{f['p50_ms']:.0f} / {f['p95_ms']:.0f} / {f['max_ms']:.0f}"


def _round_up(value: float, steps: Sequence[int]) -> int:
    return next((s for s in steps if s >= value), steps[-1])


def render(report: dict[str, Any]) -> str:
    """Format the figures as the markdown section BENCHMARKS.md holds."""
    results: list[dict[str, Any]] = report["results"]
    last = results[-1]
    lines = [
        f"### Scale: {last['articles']:,} synthetic articles (`make bench-scale`)",
        "",
        f"Report written {report['date']} at commit {report['commit']}; {report['machine']}. "
        f"Store: SQLite, filled through `archive.articles.upsert_articles` (batches of {BATCH:,}); "
        "index: `newsarchive index rebuild`. "
        f"Articles: `bench/scale_gen.py` (seed {report['seed']}), inews sentences recombined, "
        f"{len(scale_gen.SOURCES)} sources ({sum(x.kind == 'epaper' for x in scale_gen.SOURCES)} e-paper), "
        f"{scale_gen.START.year}-{scale_gen.END.year}.",
        "",
        "| articles | commit | text MB | store MB | rebuild wall s | rebuild CPU s "
        "| peak RSS MB (all / largest) | index MB | index per MB text | segments "
        f"| update {report['update_articles']:,}: wall s / CPU s / segments after |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        rb, up = r["rebuild"], r["update"]
        lines.append(
            f"| {r['articles']:,} | {r.get('commit', '?')} | {r['text_bytes'] / 1e6:.0f} "
            f"| {r['store_bytes'] / 1e6:.0f} "
            f"| {rb['wall_s']:.0f} | {rb['cpu_s']:.0f} "
            f"| {rb['peak_rss_sum_mb']:.0f} / {rb['peak_rss_largest_mb']:.0f} | {r['index_bytes'] / 1e6:.0f} "
            f"| {r['index_per_text_mb']:.1f} | {r['segments']} "
            f"| {up['wall_s']:.1f} / {up['cpu_s']:.1f} / {up['segments_after']} |"
        )
    lines += [
        "",
        "Searches after the update (ms, p50 / p95 / max; `indexer.search.search` with the store, top 10, "
        "snippets; over 5 s = past the default time limit, raised here to measure them; timed out = past "
        "the raised limit, counted at the time it took):",
        "",
        "| articles | first search (opens the index) | known-item headlines | found in top 10 "
        "| one character | date-sorted | over 5 s / timed out |",
        "|---|---|---|---|---|---|---|",
    ]
    kinds = ("known_item", "one_char", "date_sorted")
    for r in results:
        q = r.get("search")
        if q is None:
            lines.append(f"| {r['articles']:,} | not measured (run stopped) | | | | | |")
            continue
        slow = sum(q[k]["over_default_limit"] for k in kinds)
        late = sum(q[k].get("timed_out", 0) for k in kinds)
        lines.append(
            f"| {r['articles']:,} | {q['first_search_ms']:.0f} | {_ms(q['known_item'])} "
            f"| {q['known_item']['found_top10']}/{q['known_item']['n']} | {_ms(q['one_char'])} "
            f"| {_ms(q['date_sorted'])} | {slow} / {late} |"
        )
    s = next((r["search"] for r in reversed(results) if "search" in r), None)
    queried = next((r["articles"] for r in reversed(results) if "search" in r), 0)
    proj = report["projection"]
    mach = report["machine_needed"]
    lines += [
        "",
        (
            f"Query sets at {queried:,}: {s['known_item']['n']} known-item headlines, "
            f"{s['one_char']['n']} one-character queries ({''.join(report['one_char_queries'][:8])}... "
            f"and rarer {''.join(report['one_char_queries'][-6:])}), {s['date_sorted']['n']} date-sorted "
            f"two-character words ({'、'.join(report['date_queries'][:6])}...). "
            if s is not None
            else ""
        )
        + f"Store fill: {last['store_fill_s']:.0f} s for {last['articles']:,} articles.",
        "",
        f"Projection to {PROJECT_TO:,} articles: each measure fitted as a power of the article count over "
        f"the {len(results)} sizes above (exponent 1 = linear), and the cost per article of the last step "
        "carried on linearly; the machine is sized on the larger:",
        "",
        "| measure | exponent | at 5,000,000 (power) | at 5,000,000 (last step, linear) |",
        "|---|---|---|---|",
    ]
    for name, p in proj.items():
        lin = p.get("linear", math.nan)
        lin_text = f"{lin:,.0f}" if math.isfinite(lin) else "-"
        lines.append(f"| {name} | {p['exponent']:.2f} | {p['projected']:,.0f} | {lin_text} |")
    if len(results) < 2:
        lines += [
            "",
            "_One size only: the exponents above are assumed (1), not measured; the projection "
            "needs the growth steps (`--steps`)._",
        ]
    ram = _round_up(mach["ram_gb"] * 1.25, [4, 8, 16, 32, 64, 128, 256, 512])
    disk = _round_up(mach["disk_gb"], [50, 100, 250, 500, 1000, 2000, 4000, 8000])
    cores = _round_up(mach["cores_overnight"], [2, 4, 8, 16, 32, 64])
    lines += [
        "",
        f"Machine for 5 million articles, from these fits: index ~{mach['index_gb']:,.0f} GB, "
        f"store ~{mach['store_gb']:,.0f} GB; a rebuild needs the live index and the new generation "
        f"side by side, so disk ≥ {mach['disk_gb']:,.0f} GB with a quarter spare; memory: the rebuild's "
        f"peak plus page cache for a third of the index ≈ {mach['ram_gb']:,.0f} GB; a rebuild overnight "
        f"(8 h) needs {mach['cores_overnight']:.1f} cores' CPU time (CPU seconds measured on this loaded "
        f"machine, where they run long: a quiet one needs fewer). That is a **{cores}-core, {ram} GB RAM, "
        f"{disk} GB SSD** machine. The text's vocabulary is the inews corpus's (recombined), so a real "
        "archive of 5 million articles has more distinct terms than this extrapolation assumes: take the "
        "index figure as a floor.",
    ]
    return "\n".join(lines) + "\n"


def commit() -> str:
    """The commit measured (with ``+dirty`` when the work tree has changes)."""
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return head + ("+dirty" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    """Build the stores, measure every size and print (or write) the report."""
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=int(env("SCALE_ARTICLES", "300000")))
    parser.add_argument(
        "--steps",
        default=env("SCALE_STEPS", "30000,100000"),
        help="smaller sizes measured too, for the growth fit (comma-separated; empty for none)",
    )
    parser.add_argument("--seed", type=int, default=int(env("SCALE_SEED", str(scale_gen.DEFAULT_SEED))))
    parser.add_argument("--workdir", type=Path, default=Path(env("SCALE_WORKDIR", "bench-scale-data")))
    parser.add_argument("--known", type=int, default=200, help="known-item headline queries")
    parser.add_argument("--chars", type=int, default=50, help="one-character queries")
    parser.add_argument("--dated", type=int, default=50, help="date-sorted queries")
    parser.add_argument("--update", type=int, default=1000, help="new articles for index update")
    parser.add_argument(
        "--search-limit", type=float, default=SEARCH_TIME_LIMIT, help="time limit of each search, seconds"
    )
    parser.add_argument("--fill-only", action="store_true", help="build the store snapshots and stop")
    parser.add_argument(
        "--combine",
        type=Path,
        nargs="+",
        default=None,
        help="measure nothing: merge the sizes of these --json reports (separate runs) into one report",
    )
    parser.add_argument("--keep-indexes", action="store_true", help="keep every size's home (disk!)")
    parser.add_argument("--output", type=Path, default=None, help="write the markdown section here")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.combine:
        merged = {int(r["articles"]): r for f in args.combine for r in json.loads(f.read_text())["results"]}
        print(write_report([merged[n] for n in sorted(merged)], args))
        return 0
    sizes = sorted({int(x) for x in args.steps.split(",") if x.strip()} | {args.articles})
    workdir = args.workdir.resolve()
    snaps = stores(workdir, sizes, args.seed)
    if args.fill_only:
        return 0
    # The full size first (the figure asked for), then the steps for the growth fit; the report is
    # rewritten after each size, so a run stopped part-way still leaves what it measured.
    results: list[dict[str, Any]] = []
    text = ""
    for n in [sizes[-1], *sizes[:-1]]:

        def save(partial: dict[str, Any]) -> None:
            write_report(sorted([*results, partial], key=lambda r: int(r["articles"])), args)

        results.append(measure_size(snaps[n], workdir, args.seed, args, args.keep_indexes, save))
        results.sort(key=lambda r: int(r["articles"]))
        text = write_report(results, args)
    print(text)
    return 0


def write_report(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    """Render the figures measured so far and write them where asked; return the markdown."""
    proj = project(results)
    largest = results[-1]
    report = {
        "commit": commit(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, shared; load average "
        f"{', '.join(f'{x:.1f}' for x in largest['load_before'])} before the largest rebuild",
        "seed": args.seed,
        "update_articles": args.update,
        "results": results,
        "projection": proj,
        "machine_needed": machine_for(proj),
        "one_char_queries": one_char_queries(args.chars),
        "date_queries": date_queries(args.dated),
    }
    text = render(report)
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return text


if __name__ == "__main__":
    sys.exit(main())

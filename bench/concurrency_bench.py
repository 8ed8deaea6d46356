"""Concurrency: search latency while the index and the store change, and SQLite write throughput.

The scenario of ``tests/test_concurrency.py`` at a bigger size, with its
phases one after another so each gets its own figures: searcher processes
query in a loop while ``newsarchive index update``, ``index rebuild`` (with
its generation swap) and ``crawl`` of a generated site run as real CLI
processes. Latency under each phase is compared with the idle phase measured
in the same run. Then the same articles are written to a fresh SQLite store
by four processes at once and by one, to show what concurrent writers cost
or gain. Prints a markdown section; exits non-zero if any search failed or
returned an inconsistent count, or any row was lost.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.util import REPO

sys.path.insert(0, str(REPO / "tests"))  # the harness lives beside the test that uses it
from concurrency import scenario, writers
from concurrency.searchers import Latency, latency

WRITERS = 4


def _search_figures(workdir: Path, config: scenario.Config) -> dict[str, Any]:
    outcome = scenario.run(workdir, config)
    phases = {p.name: (p.seconds, latency(outcome.during(p))) for p in outcome.phases}
    idle = outcome.during(outcome.phase("idle"))
    by_query = {q.name: latency([r for r in idle if r.query == n]).p50 for n, q in enumerate(outcome.queries)}
    rebuilt = outcome.commands["rebuild"].stdout.strip()
    return {
        "phases": phases,
        "by_query": by_query,
        "problems": scenario.problems(outcome),
        "searches": len(outcome.records),
        "failed": sum(1 for r in outcome.records if r.error),
        "stored": outcome.stored,
        "rebuild": rebuilt,
        "check": outcome.check_output.strip().splitlines()[-1] if outcome.check_output.strip() else "",
    }


def _write_figures(workdir: Path, distinct: int, shared: int) -> dict[str, Any]:
    work = writers.plan(WRITERS, distinct, shared, batch=50)
    runs: dict[str, Any] = {"shared": shared}
    for name, batches in (("4 writers", work), ("1 writer", work.merged())):
        db_url = f"sqlite:///{workdir / (name.replace(' ', '-') + '.sqlite3')}"
        writers.prepare(db_url)
        result = writers.run(db_url, batches)
        runs[name] = {
            "seconds": result.seconds,
            "upserts": len(batches.items()),
            "problems": writers.problems(db_url, batches, result, writers=WRITERS),
        }
    return runs


def fragment(search: dict[str, Any], write: dict[str, Any], config: scenario.Config) -> str:
    """Render the figures as a markdown section."""
    idle: Latency = search["phases"]["idle"][1]
    lines = [
        "## Concurrency",
        "",
        f"{config.searchers} searcher processes query in a loop (a mix of 10 queries: words, phrases, "
        f"filters, date sort, page 2, misses, headlines; {config.pause * 1000:.0f} ms pause between "
        f"searches) over {config.base} articles, while these run one after another as CLI processes: "
        f"`index update` after {config.new} new and {config.changed} changed articles, `index rebuild` "
        f"and its swap, `crawl` of a generated {config.site}-article site (its store writer process "
        "writing), and a catch-up `index update`. Latency in ms; each phase against idle. Phase times "
        "include each CLI process's start-up, which competes with the searchers for the cores.",
        "",
        "| phase | seconds | searches | per second | p50 | p95 | max | failed | p50 vs idle | p95 vs idle |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, (seconds, lat) in search["phases"].items():
        p50 = lat.p50 / idle.p50 if idle.p50 else 0.0
        p95 = lat.p95 / idle.p95 if idle.p95 else 0.0
        lines.append(lat.row(name, seconds) + f" {p50:.1f}× | {p95:.1f}× |")
    slowest = sorted(search["by_query"].items(), key=lambda kv: -kv[1])
    lines += [
        "",
        "Idle p50 by query (ms): " + ", ".join(f"{name} {p50 * 1000:.0f}" for name, p50 in slowest) + ".",
    ]
    problems = search["problems"]
    lines += [
        "",
        f"Searches: {search['searches']}, failed: **{search['failed']}**, inconsistent or other "
        f"problems: **{len(problems)}**. Store at the end: {search['stored']} articles; "
        f"{search['rebuild']}; `index check`: {search['check']}.",
    ]
    lines += [f"- {p}" for p in problems[:10]]
    four, one = write[f"{WRITERS} writers"], write["1 writer"]
    rate4, rate1 = four["upserts"] / four["seconds"], one["upserts"] / one["seconds"]
    lines += [
        "",
        f"SQLite store, the same {four['upserts']} article upserts (batches of 50, every writer also "
        f"rewriting the same {write['shared']} shared URLs) by {WRITERS} processes at once and by one:",
        "",
        "| writers | seconds | upserts per second | rows lost or wrong |",
        "|---|---:|---:|---:|",
        f"| {WRITERS} at once | {four['seconds']:.1f} | {rate4:.0f} | {len(four['problems'])} |",
        f"| 1 | {one['seconds']:.1f} | {rate1:.0f} | {len(one['problems'])} |",
        "",
        f"{WRITERS} writers reach {rate4 / rate1:.2f}× the single writer's rate: SQLite admits one writer "
        "at a time (`BEGIN IMMEDIATE`, 30 s busy timeout), so concurrent writers wait instead of failing.",
    ]
    lines += [f"- {p}" for p in (four["problems"] + one["problems"])[:10]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print its markdown section, and exit 1 on any failure or lost row."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000, help="articles in the store before searching")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the idle and settled phases")
    parser.add_argument("--searchers", type=int, default=8)
    parser.add_argument(
        "--pause", type=float, default=0.02, help="seconds each searcher waits between searches"
    )
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    config = scenario.Config(
        base=args.articles,
        new=max(1, args.articles // 20),
        changed=max(1, args.articles // 40),
        site=max(20, args.articles // 10),
        searchers=args.searchers,
        idle=args.seconds,
        pause=args.pause,
    )
    with tempfile.TemporaryDirectory(prefix="concurrency-bench-") as tmp:
        search = _search_figures(Path(tmp) / "search", config)
        write = _write_figures(Path(tmp), distinct=max(50, args.articles // 4), shared=50)
    print(fragment(search, write, config))
    if args.json:
        raw = {
            "phases": {k: [s, vars(lat)] for k, (s, lat) in search["phases"].items()},
            "idle_p50_by_query": search["by_query"],
            "problems": search["problems"],
            "writers": write,
        }
        args.json.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    lost = any(write[k]["problems"] for k in (f"{WRITERS} writers", "1 writer"))
    return 1 if search["failed"] or search["problems"] or lost else 0


if __name__ == "__main__":
    sys.exit(main())

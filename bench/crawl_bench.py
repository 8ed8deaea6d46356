"""Crawl throughput: ``newsarchive crawl`` with every pipeline and WARC on, against a bare Scrapy spider.

Both crawl the same generated e-paper site (old and new Founder URL families,
UTF-8 and GBK pages, real article texts) served by a fast Twisted static
server in another process, with the same concurrency. Each repeat runs the
bare spider and our crawl back to back, so machine load hits both alike.
Prints a markdown fragment; ``--json`` writes the raw figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import crawl_scaleout
from bench.util import REPO, machine, spread, start_server
from crawler.runner import run_crawl
from crawler.sources import SourceConfig, UrlTemplate

sys.path.insert(0, str(REPO))
from tests.sitegen.build import build_site

CONCURRENCY = {"CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32}
TARGET_RATIO = 0.8
TARGET_CPU_RATIO = 1.5  # our CPU seconds per page at most this many times bare Scrapy's


def children_cpu() -> float:
    """Return the CPU seconds (user + system) of every child process reaped so far.

    Linux adds a reaped child's own reaped children to it, so the delta around
    a crawl counts the crawl process and its store writer; the static server is
    a child too, but is reaped only after the last run.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _bare(start_urls: list[str]) -> dict[str, Any]:
    settings = [f"{k}={v}" for k, v in CONCURRENCY.items()]
    cpu = children_cpu()
    result = subprocess.run(
        [sys.executable, "-m", "bench.bare_spider", *settings],
        input="\n".join(start_urls),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=1800,
    )
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    figures["cpu_seconds"] = children_cpu() - cpu
    return figures


def _ours(source: SourceConfig, since: date, until: date, home: Path) -> dict[str, Any]:
    cpu = children_cpu()
    summary = run_crawl(
        source,
        since=since,
        until=until,
        home=str(home),
        log_level="ERROR",
        overrides={
            **CONCURRENCY,
            "AUTOTHROTTLE_ENABLED": False,
            "NEWSARCHIVE_ALLOWED_NETWORKS": ["127.0.0.1/32"],
        },
    )
    c = summary.counters
    return {
        "responses": c.get("fetched", 0),
        "elapsed_seconds": c.get("elapsed_seconds", 0.0),
        "peak_memory_bytes": c.get("peak_memory_bytes", 0),
        "stored": c.get("articles/new", 0),
        "status": summary.status,
        "cpu_seconds": children_cpu() - cpu,
        "writer_cpu_seconds": c.get("writer_cpu_seconds", 0.0),
    }


def run(n_articles: int, repeats: int, scaleout: bool = True) -> dict[str, Any]:
    """Build the site, crawl it ``repeats`` times each way, return the figures."""
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp:
        root = Path(tmp) / "site"
        pages_per_edition = 4
        n_days = max(2, n_articles // (pages_per_edition * 25))
        days = [date(2024, 1, 1) + timedelta(days=i) for i in range(n_days)]
        t0 = time.monotonic()
        manifest = build_site(
            root,
            n_articles=n_articles,
            dates=days,
            families=("old", "new"),
            with_pdfs=False,
            with_sitemap=False,
            with_feed=False,
            with_listing=False,
            pages_per_edition=pages_per_edition,
            seed=7,
        )
        build_seconds = time.monotonic() - t0
        server, base = start_server(["bench.static_server", "--root", str(root)])
        try:
            templates = tuple(
                UrlTemplate(
                    base + t["url"],
                    date.fromisoformat(t["since"]) if t.get("since") else None,
                    date.fromisoformat(t["until"]) if t.get("until") else None,
                )
                for t in manifest.templates
            )
            source = SourceConfig(
                id="bench", name="bench", kind="epaper", templates=templates, allowed_domains=("127.0.0.1",)
            )
            start_urls = [source.template_for(d).render(d) for d in days]  # type: ignore[union-attr]
            bare_runs, our_runs = [], []
            for n in range(repeats):
                bare_runs.append(_bare(start_urls))
                our_runs.append(_ours(source, days[0], days[-1], Path(tmp) / f"home-{n}"))
            skipped = crawl_scaleout.unavailable() if scaleout else "not asked for (--no-scaleout)"
            scale_runs: list[dict[str, Any]] = []
            if not skipped:
                registry = Path(tmp) / "sources.toml"
                crawl_scaleout.write_registry(
                    registry,
                    [{k: (base + v if k == "url" else v) for k, v in t.items()} for t in manifest.templates],
                )
                for n in range(repeats):
                    home = Path(tmp) / f"pg-{n}"
                    args = (registry, days[0], days[-1], home, CONCURRENCY)
                    scale_runs.append(crawl_scaleout.local(*args))
                    scale_runs.append(crawl_scaleout.workers(1, *args))
                    scale_runs.append(crawl_scaleout.workers(2, *args))
        finally:
            server.terminate()
            server.wait(10)
    bare_rates = [r["responses"] / r["elapsed_seconds"] for r in bare_runs]
    our_rates = [r["responses"] / r["elapsed_seconds"] for r in our_runs]
    bare_cpu = [1000 * r["cpu_seconds"] / r["responses"] for r in bare_runs]
    our_cpu = [1000 * r["cpu_seconds"] / r["responses"] for r in our_runs]
    return {
        "articles": len(manifest.articles),
        "build_seconds": round(build_seconds, 1),
        "repeats": repeats,
        "bare": bare_runs,
        "ours": our_runs,
        "bare_rates": bare_rates,
        "our_rates": our_rates,
        "ratio": statistics.median(our_rates) / statistics.median(bare_rates),
        "bare_cpu_per_1000": bare_cpu,
        "our_cpu_per_1000": our_cpu,
        "writer_cpu_per_1000": [1000 * r["writer_cpu_seconds"] / r["responses"] for r in our_runs],
        "cpu_ratio": statistics.median(our_cpu) / statistics.median(bare_cpu),
        "stored_ok": all(r["stored"] == len(manifest.articles) for r in our_runs),
        "scaleout": scale_runs,
        "scaleout_skipped": skipped,
        "scaleout_stored_ok": all(r["stored"] == len(manifest.articles) for r in scale_runs),
    }


def scaleout_fragment(fig: dict[str, Any]) -> list[str]:
    """Render the PostgreSQL runs: a local crawl, one worker, two workers (medians of the repeats)."""
    if fig["scaleout_skipped"]:
        return [f"Scale-out runs skipped: {fig['scaleout_skipped']}.", ""]
    rows, rates = [], {}
    names = {0: "local `newsarchive crawl`", 1: "1 queue worker", 2: "2 queue workers"}
    for n, name in names.items():
        runs = [r for r in fig["scaleout"] if r["workers"] == n]
        rate = [r["responses"] / r["seconds"] for r in runs]
        cpu = [1000 * r["cpu_seconds"] / r["responses"] for r in runs]
        rates[n] = statistics.median(rate)
        rows.append(f"| {name} | {spread(rate)} | {spread(cpu)} |")
    ratio = rates[1] / rates[0]
    ok = "meets" if ratio >= crawl_scaleout.TARGET_WORKER_RATIO else "**misses**"
    pairs = crawl_scaleout.paired_ratios(fig["scaleout"])
    return [
        "Into PostgreSQL (a fresh schema per run; workers share a Redis queue seeded by `crawl --queue`), "
        "each a CLI process, same site and concurrency; a worker's time ends when it finds the queue "
        "drained (it exits an idle timeout later):",
        "",
        "| crawl into PostgreSQL | pages/s (min / median / max) "
        "| CPU s per 1,000 pages (min / median / max) |",
        "|---|---|---|",
        *rows,
        "",
        f"One worker: **{ratio:.2f}×** the local crawl's rate "
        f"({ok} the {crawl_scaleout.TARGET_WORKER_RATIO}× "
        f"target); two workers: {rates[2] / rates[0]:.2f}× (on 2 shared cores, two workers and their writers "
        "compete with the server and each other). Taken within each repeat (a worker against the local "
        f"crawl run just before it, min / median / max): rate {spread(pairs['rate'], 2)}×, "
        f"CPU per page {spread(pairs['cpu'], 2)}×. Every run stored all articles once: "
        f"{'yes' if fig['scaleout_stored_ok'] else '**no**'}.",
        "",
    ]


def fragment(fig: dict[str, Any]) -> str:
    """Render the figures as a markdown section."""
    peak = max(r["peak_memory_bytes"] for r in fig["ours"]) / 2**20
    bare_peak = max(r["peak_memory_bytes"] for r in fig["bare"]) / 2**20
    ok = "meets" if fig["ratio"] >= TARGET_RATIO else "**misses**"
    cpu_ok = "meets" if fig["cpu_ratio"] <= TARGET_CPU_RATIO else "**misses**"
    writer = statistics.median(fig["writer_cpu_per_1000"])
    return "\n".join(
        [
            "## Crawl throughput",
            "",
            f"{fig['articles']} article pages (plus edition pages) of a generated Founder e-paper, "
            f"served by a Twisted static server on 127.0.0.1; {fig['repeats']} repeats, each bare then ours; "
            f"concurrency {CONCURRENCY['CONCURRENT_REQUESTS']} for both. Machine: {machine()}.",
            "",
            "| crawl | pages/s (min / median / max) | CPU s per 1,000 pages (min / median / max) "
            "| peak memory |",
            "|---|---|---|---|",
            f"| bare Scrapy spider (fetch only) | {spread(fig['bare_rates'])} "
            f"| {spread(fig['bare_cpu_per_1000'])} | {bare_peak:.0f} MiB |",
            f"| `newsarchive crawl` (extract, normalise, dedupe, store, WARC) | {spread(fig['our_rates'])} "
            f"| {spread(fig['our_cpu_per_1000'])} | {peak:.0f} MiB |",
            "",
            "CPU per page, the figure machine load changes least: "
            f"**{fig['cpu_ratio']:.2f}×** bare Scrapy's "
            f"({cpu_ok} the {TARGET_CPU_RATIO}× target), all our processes counted (crawl, and its store "
            f"writer: {writer:.1f} s per 1,000 pages of the median); not the static server. "
            f"Wall-clock ratio of medians: **{fig['ratio']:.2f}** of the bare rate ({ok} the {TARGET_RATIO} "
            "target; on a shared machine it depends on the load). "
            f"Every run stored all {fig['articles']} articles: {'yes' if fig['stored_ok'] else '**no**'}.",
            "",
            *scaleout_fragment(fig),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the crawl benchmark and print (or write) its markdown fragment."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--output", type=Path, help="write the markdown fragment here")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    parser.add_argument(
        "--no-scaleout", action="store_true", help="skip the PostgreSQL and queue-worker runs"
    )
    args = parser.parse_args(argv)
    fig = run(args.articles, args.repeats, scaleout=not args.no_scaleout)
    text = fragment(fig)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text)
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2), encoding="utf-8")
    met = fig["ratio"] >= TARGET_RATIO and fig["cpu_ratio"] <= TARGET_CPU_RATIO
    return 0 if met and fig["stored_ok"] and fig["scaleout_stored_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

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
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.util import REPO, machine, spread, start_server
from crawler.runner import run_crawl
from crawler.sources import SourceConfig, UrlTemplate

sys.path.insert(0, str(REPO))
from tests.sitegen.build import build_site

CONCURRENCY = {"CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32}
TARGET_RATIO = 0.8


def _bare(start_urls: list[str]) -> dict[str, Any]:
    settings = [f"{k}={v}" for k, v in CONCURRENCY.items()]
    result = subprocess.run(
        [sys.executable, "-m", "bench.bare_spider", *settings],
        input="\n".join(start_urls),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=1800,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _ours(source: SourceConfig, since: date, until: date, home: Path) -> dict[str, Any]:
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
    }


def run(n_articles: int, repeats: int) -> dict[str, Any]:
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
        finally:
            server.terminate()
            server.wait(10)
    bare_rates = [r["responses"] / r["elapsed_seconds"] for r in bare_runs]
    our_rates = [r["responses"] / r["elapsed_seconds"] for r in our_runs]
    return {
        "articles": len(manifest.articles),
        "build_seconds": round(build_seconds, 1),
        "repeats": repeats,
        "bare": bare_runs,
        "ours": our_runs,
        "bare_rates": bare_rates,
        "our_rates": our_rates,
        "ratio": statistics.median(our_rates) / statistics.median(bare_rates),
        "stored_ok": all(r["stored"] == len(manifest.articles) for r in our_runs),
    }


def fragment(fig: dict[str, Any]) -> str:
    """Render the figures as a markdown section."""
    peak = max(r["peak_memory_bytes"] for r in fig["ours"]) / 2**20
    bare_peak = max(r["peak_memory_bytes"] for r in fig["bare"]) / 2**20
    ok = "meets" if fig["ratio"] >= TARGET_RATIO else "**misses**"
    return "\n".join(
        [
            "## Crawl throughput",
            "",
            f"{fig['articles']} article pages (plus edition pages) of a generated Founder e-paper, "
            f"served by a Twisted static server on 127.0.0.1; {fig['repeats']} repeats, each bare then ours; "
            f"concurrency {CONCURRENCY['CONCURRENT_REQUESTS']} for both. Machine: {machine()}.",
            "",
            "| crawl | pages/s (min / median / max) | peak memory |",
            "|---|---|---|",
            f"| bare Scrapy spider (fetch only) | {spread(fig['bare_rates'])} | {bare_peak:.0f} MiB |",
            f"| `newsarchive crawl` (extract, normalise, dedupe, store, WARC) | {spread(fig['our_rates'])} "
            f"| {peak:.0f} MiB |",
            "",
            f"Ratio of medians: **{fig['ratio']:.2f}** of the bare rate ({ok} the {TARGET_RATIO} target). "
            f"Every run stored all {fig['articles']} articles: {'yes' if fig['stored_ok'] else '**no**'}.",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Run the crawl benchmark and print (or write) its markdown fragment."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--output", type=Path, help="write the markdown fragment here")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    args = parser.parse_args(argv)
    fig = run(args.articles, args.repeats)
    text = fragment(fig)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text)
    if args.json:
        args.json.write_text(json.dumps(fig, indent=2), encoding="utf-8")
    return 0 if fig["ratio"] >= TARGET_RATIO and fig["stored_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

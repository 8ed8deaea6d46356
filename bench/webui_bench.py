"""Time to first byte of ``newsarchive serve`` pages, beside the CLI's search latency on the same queries.

For each archive (the demo archive, and a large one when given), the server
runs as ``newsarchive serve`` in its own process, and a client on this
process sends the search page's requests (results + chart, the per-paper
chart, a filtered search) and article pages, timing from sending the request
to the first byte of the response. The page renders in full before it sends
its headers, so TTFB is the whole server-side time. The CLI figure is
``indexer.search.search`` called in-process with the same queries and
filters (what ``newsarchive search`` spends apart from starting Python).

``--synthesize N`` builds an N-article archive when no large archive exists
yet: 8 papers, 2015-2020, text drawn from jieba's dictionary by word
frequency (a Zipf-like vocabulary, so posting lists look like real news) with
the benchmark's query words planted at fixed rates.
Prints a markdown fragment for BENCHMARKS.md; ``--json`` writes raw figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from archive.articles import ensure_source, upsert_articles
from archive.config import index_dir, resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from bench.util import REPO, machine
from indexer.generations import current_generation
from indexer.search import search
from indexer.sync import rebuild_from_store

CLI = "import sys; from search_cli.main import main; sys.exit(main(sys.argv[1:]))"
BIG_HOME_ENV = "NEWSARCHIVE_BENCH_BIG_HOME"
QUERIES = ("脱贫攻坚", "鹤鸣湖", "三下乡", "扶贫 产业", '"精准扶贫"')
PAPERS = 8
NAMES = [f"{s}{g}" for s in "王李张刘陈杨赵黄" for g in ("伟", "芳", "敏", "静", "磊")]


def percentile(values: Sequence[float], pct: float) -> float:
    """Return the ``pct`` percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def fmt(values: Sequence[float]) -> str:
    """Format p50 / p95 in milliseconds."""
    return f"{statistics.median(values) * 1000:.0f} / {percentile(values, 95) * 1000:.0f}"


def build_demo(home: Path) -> None:
    """Crawl the bundled sample e-paper into ``home`` with ``newsarchive demo``."""
    subprocess.run(
        [sys.executable, "-c", CLI, "demo", "--home", str(home), "--quiet"],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


# Planted so that the queries have realistic hit counts (a broad topic, a rare place name...).
PLANTED = {"脱贫攻坚": 0.03, "精准扶贫": 0.01, "三下乡": 0.005, "鹤鸣湖": 0.001, "扶贫": 0.05, "产业": 0.05}


def _vocabulary(limit: int = 60000) -> tuple[list[str], list[int]]:
    """Return jieba's most frequent words and their cumulative frequencies (for ``random.choices``)."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, *_ = line.split(" ")
        rows.append((int(freq), word))
    rows.sort(reverse=True)
    words, cumulative, total = [], [], 0
    for freq, word in rows[:limit]:
        total += freq
        words.append(word)
        cumulative.append(total)
    return words, cumulative


def synthesize(home: Path, count: int, seed: int = 7) -> None:
    """Build a store and index of ``count`` synthetic articles under ``home``."""
    rng = random.Random(seed)
    words, cumulative = _vocabulary()

    def sentence() -> str:
        return "".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 20))) + "。"

    def text(paragraphs: int) -> str:
        paras = ["".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(paragraphs)]
        for word, rate in PLANTED.items():
            if rng.random() < rate:
                k = rng.randrange(len(paras))
                paras[k] = word + paras[k]
        return "\n".join(paras)

    db_url = resolve_db_url(None, home)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    span = (datetime(2020, 12, 31, tzinfo=UTC) - start).total_seconds()

    def items() -> Iterator[ArticleItem]:
        for n in range(count):
            body = text(rng.randint(3, 8))
            published = start + timedelta(seconds=rng.random() * span)
            yield ArticleItem(
                url=f"http://bench-{n % PAPERS}.example/{n}.html",
                source_id=f"bench-{n % PAPERS}",
                title=sentence()[:24],
                body=body,
                published_at=published,
                authors=[rng.choice(NAMES)],
                paper=f"测试报{n % PAPERS}",
                edition_date=published.date(),
            )

    with open_store(db_url) as sessions:
        with sessions.begin() as session:
            for p in range(PAPERS):
                ensure_source(session, f"bench-{p}", name=f"测试报{p}")
        batch: list[ArticleItem] = []
        for item in items():
            batch.append(item)
            if len(batch) == 1000:
                with sessions.begin() as session:
                    upsert_articles(session, batch)
                batch = []
        if batch:
            with sessions.begin() as session:
                upsert_articles(session, batch)
    rebuild_from_store(db_url, index_dir(home))


def _requests(article_ids: Sequence[int]) -> list[tuple[str, str]]:
    out = []
    for q in QUERIES:
        out.append(("search", "/?" + urlencode({"q": q})))
        out.append(("search, chart by paper", "/?" + urlencode({"q": q, "chart": "paper"})))
        out.append(
            (
                "search, filtered",
                "/?" + urlencode({"q": q, "since": "2016-01-01", "until": "2018-12-31", "sort": "date"}),
            )
        )
    out.extend(("article", f"/article/{i}") for i in article_ids)
    return out


def ttfb(base: str, path: str) -> tuple[float, int]:
    """Return (seconds to the first byte of the response, status)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    try:
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        elapsed = time.perf_counter() - started
        response.read()
        return elapsed, response.status
    finally:
        conn.close()


def measure(home: Path, repeats: int) -> dict[str, Any]:
    """Serve ``home`` in a subprocess and time every request ``repeats`` times (after one warm-up)."""
    index = index_dir(home)
    ids = sorted({h.id for q in QUERIES for h in search(index, q, limit=3).hits})[:5]
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--home", str(home), "--port", "0", "--json", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    base = json.loads(proc.stdout.readline())["url"].rstrip("/")
    pages: dict[str, list[float]] = {}
    try:
        for kind, path in _requests(ids):
            _, status = ttfb(base, path)  # warm-up: first open of the index, templates
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            pages.setdefault(kind, []).extend(ttfb(base, path)[0] for _ in range(repeats))
    finally:
        proc.terminate()
        proc.wait(10)
    cli: list[float] = []
    for q in QUERIES:
        search(index, q)
        for _ in range(repeats):
            started = time.perf_counter()
            search(index, q)
            cli.append(time.perf_counter() - started)
    with open_store(resolve_db_url(None, home), migrate=False) as sessions, sessions() as session:
        from sqlalchemy import func, select

        from archive.models import Article

        articles = int(session.scalar(select(func.count()).select_from(Article)) or 0)
    return {"home": str(home), "articles": articles, "pages": pages, "cli_search": cli}


def markdown(results: Sequence[dict[str, Any]], repeats: int) -> str:
    """Render the figures as a BENCHMARKS.md fragment."""
    lines = [
        "## Web search page (`newsarchive serve`): time to first byte",
        "",
        f"Server in its own process, client on loopback, {len(QUERIES)} queries ({', '.join(QUERIES)}), "
        f"each request repeated {repeats} times after a warm-up. The page renders whole before sending, "
        "so TTFB is its full server time: search + per-month counts + template. "
        "CLI search is `indexer.search.search` in-process on the same queries. p50 / p95 in ms.",
        "",
        "| archive | articles | search page | by paper | filtered, by date | article page | CLI search |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        p = r["pages"]
        lines.append(
            f"| {r['label']} | {r['articles']:,} | {fmt(p['search'])} | {fmt(p['search, chart by paper'])} | "
            f"{fmt(p['search, filtered'])} | {fmt(p['article'])} | {fmt(r['cli_search'])} |"
        )
    lines += ["", f"Machine: {machine()}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure and print the markdown fragment."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--demo-home", type=Path, help="demo archive (built with `newsarchive demo` if missing)"
    )
    parser.add_argument(
        "--big-home",
        type=Path,
        default=os.environ.get(BIG_HOME_ENV) or None,
        help=f"a large archive (default: ${BIG_HOME_ENV})",
    )
    parser.add_argument(
        "--synthesize",
        type=int,
        default=0,
        metavar="N",
        help="build an N-article archive at --big-home first when it has no database",
    )
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="webui-bench-") as tmp:
        demo = args.demo_home or Path(tmp) / "demo"
        if not (demo / "archive.sqlite3").exists():
            build_demo(demo)
        results = [{"label": "demo", **measure(demo, args.repeats)}]
        big = args.big_home
        if big is None and args.synthesize:
            big = Path(tmp) / "big"
        if big is not None:
            if not (big / "archive.sqlite3").exists():
                if not args.synthesize:
                    raise SystemExit(f"no archive at {big} (pass --synthesize N to build one)")
                started = time.perf_counter()
                synthesize(big, args.synthesize)
                print(
                    f"synthesized {args.synthesize} articles in {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                )
            elif current_generation(index_dir(big)) is None:  # a store without its index
                rebuild_from_store(resolve_db_url(None, big), index_dir(big))
            results.append({"label": f"large ({big.name})", **measure(big, args.repeats)})
    text = markdown(results, args.repeats)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""200 concurrent clients against ``newsarchive serve``: throughput, latency, 503 share, peak memory.

The archive is the inews corpus (train + dev, 6,354 articles; ``--articles``
replicates it with perturbed copies), stored and indexed as ``make bench``'s
index benchmark does. The server runs as ``newsarchive serve`` in its own
process with its default search gate (one search running per CPU, four
waiting per running one). Each client is a closed loop on one asyncio task:
it sends a search (a known-item query of the inews dev set, or one of a few
topic words), reads the whole answer, and sends the next; on a 503 it waits
what ``Retry-After`` says (at most 5 s), as a polite client would.

The targets: no 5xx other than 503, and no 400 for these valid queries (the
server is busy, the user is not wrong). Prints a markdown section;
``--json`` writes the raw figures; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from archive.config import index_dir, resolve_db_url
from bench.index_bench import INEWS, fill_store, load_inews
from bench.util import REPO, machine
from bench.webui_bench import CLI, percentile
from indexer.sync import rebuild_from_store

TOPICS = ("脱贫攻坚", "扶贫", "教育", "疫情防控", "高考 录取", "房价", "足球", '"人工智能"')


def queries(limit: int = 200) -> list[str]:
    """Return the benchmark's queries: known-item titles of the inews dev set and some topic words."""
    rows = (INEWS / "knownitem" / "queries.dev.tsv").read_text(encoding="utf-8").splitlines()
    titles = [row.split("\t", 1)[1] for row in rows if "\t" in row][:limit]
    return [*titles, *TOPICS * 10]


def build(home: Path, articles: int, procs: int) -> float:
    """Store and index ``articles`` inews articles in ``home``; return the seconds taken."""
    started = time.perf_counter()
    db_url = resolve_db_url(None, home)
    fill_store(db_url, articles)
    rebuild_from_store(db_url, index_dir(home), procs=procs)
    return time.perf_counter() - started


async def _get(host: str, port: int, path: str) -> tuple[int, int]:
    """Send one GET; return (status, Retry-After seconds or 0), after reading the whole body."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        await reader.read()  # the body, to the close
    finally:
        writer.close()
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    retry = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "retry-after" and value.strip().isdigit():
            retry = int(value.strip())
    return status, retry


async def load(base: str, clients: int, seconds: float, words: list[str]) -> dict[str, Any]:
    """Run ``clients`` closed-loop clients for ``seconds``; return statuses and latencies."""
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    statuses: Counter[int] = Counter()
    latencies: list[float] = []  # of 200 answers
    deadline = time.monotonic() + seconds

    async def client(n: int) -> None:
        rng = random.Random(n)
        while time.monotonic() < deadline:
            path = "/?q=" + quote(rng.choice(words))
            started = time.monotonic()
            try:
                status, retry = await _get(host, port, path)
            except (OSError, asyncio.IncompleteReadError):
                statuses[0] += 1  # connection refused or cut: counted apart from HTTP answers
                await asyncio.sleep(0.5)
                continue
            statuses[status] += 1
            if status == 200:
                latencies.append(time.monotonic() - started)
            elif status == 503:
                await asyncio.sleep(min(retry or 1, 5))

    started = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.monotonic() - started
    return {"statuses": dict(statuses), "latencies": latencies, "elapsed": elapsed}


def peak_rss_mb(pid: int) -> float:
    """Return a process's peak resident set (VmHWM) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(home: Path, clients: int, seconds: float) -> dict[str, Any]:
    """Serve ``home`` and load it; return the figures."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--home", str(home), "--port", "0", "--json", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    try:
        base = json.loads(proc.stdout.readline())["url"].rstrip("/")
        words = queries()
        asyncio.run(load(base, 4, 5, words))  # warm-up: open the index, fill caches
        result = asyncio.run(load(base, clients, seconds, words))
        result["peak_rss_mb"] = peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    return result


def report(figures: dict[str, Any]) -> tuple[str, bool]:
    """Return the markdown section and whether the targets were met."""
    statuses: dict[int, int] = {int(k): v for k, v in figures["statuses"].items()}
    total = sum(statuses.values())
    ok = statuses.get(200, 0)
    lat = figures["latencies"] or [0.0]
    bad_5xx = sum(v for k, v in statuses.items() if k >= 500 and k != 503)
    bad_400 = statuses.get(400, 0)
    met = bad_5xx == 0 and bad_400 == 0 and statuses.get(0, 0) == 0 and ok > 0
    lines = [
        "## Search page under load (`newsarchive serve`, 200 concurrent clients)",
        "",
        f"{figures['articles']:,} inews articles; {figures['clients']} closed-loop clients for "
        f"{figures['seconds']:.0f} s, each honouring `Retry-After` on a 503 (at most 5 s); "
        f"queries: inews known-item titles and topic words. {machine()}.",
        "",
        "| answered 200 per s | p50 / p95 of 200s (ms) | 503 share | 400 | other 5xx | "
        "connection errors | server peak RSS (MB) |",
        "|---|---|---|---|---|---|---|",
        f"| {ok / figures['elapsed']:.1f} | {statistics.median(lat) * 1000:.0f} / "
        f"{percentile(lat, 95) * 1000:.0f} | {statuses.get(503, 0) / max(total, 1):.1%} "
        f"({statuses.get(503, 0)} of {total}) | {bad_400} | {bad_5xx} | {statuses.get(0, 0)} | "
        f"{figures['peak_rss_mb']:.0f} |",
        "",
        "Targets: no 5xx other than 503 and no 400 for valid queries: "
        + ("**met**." if met else "**missed**."),
    ]
    return "\n".join(lines), met


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the archive, load the server, print the section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=len(load_inews()) if INEWS.is_dir() else 0)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--home", type=Path, help="reuse (or build once into) this data directory")
    parser.add_argument("--procs", type=int, default=2, help="index build processes")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    if not INEWS.is_dir():
        print("## Search page under load\n\n_not measured: the inews corpus is not in ../shared/data._")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "home"
        if not index_dir(home).is_dir():
            home.mkdir(parents=True, exist_ok=True)
            print(f"building {args.articles} articles in {home}", file=sys.stderr)
            print(f"built in {build(home, args.articles, args.procs):.0f} s", file=sys.stderr)
        figures = measure(home, args.clients, args.seconds)
    figures.update(articles=args.articles, clients=args.clients, seconds=args.seconds)
    text, met = report(figures)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in figures.items() if k != "latencies"}, indent=1))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

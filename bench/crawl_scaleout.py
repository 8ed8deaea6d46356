"""The scale-out part of the crawl benchmark: a local crawl into PostgreSQL against queue workers.

Over the same generated site, each repeat runs ``newsarchive crawl --db-url
<PostgreSQL>`` (one process and its store writer), then one and then two
``newsarchive worker`` processes on a Redis queue seeded by ``crawl --queue``,
all writing to PostgreSQL (a fresh schema per run). Every run is a CLI
process, so each pays the same interpreter start-up.

A worker waits ``--idle-timeout`` and Scrapy's 5-second idle check before it
exits, which says nothing about its rate: a worker's time runs from its start
to the moment it found the queue drained (``queue_drained_at``, a counter it
keeps). CPU is measured as for the local crawl: every reaped child process
(crawl or worker, and its store writer), never the static server or the
seeding command.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from typing import Any

from bench.util import REPO

PG_URL = os.environ.get("NEWSARCHIVE_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("NEWSARCHIVE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
TARGET_WORKER_RATIO = 0.8  # one worker's rate against a local crawl into the same database
CLI = [sys.executable, "-m", "newsarchive"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def unavailable() -> str:
    """Return why the scale-out runs cannot happen here ("" when PostgreSQL and Redis answer)."""
    try:
        import psycopg
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
        with psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=2):
            pass
    except Exception as exc:  # any failure means: skip, and say why
        return f"{exc.__class__.__name__}: {exc}".splitlines()[0]
    return ""


@contextmanager
def pg_schema() -> Iterator[str]:
    """Yield the URL of a fresh PostgreSQL schema, dropped afterwards."""
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def write_registry(path: Path, templates: list[dict[str, str]]) -> None:
    """Write a one-source registry (``bench``) with the site's URL templates."""
    rows = ",\n".join("    {" + ", ".join(f'{k} = "{v}"' for k, v in t.items()) + "}" for t in templates)
    path.write_text(
        f'[[source]]\nid = "bench"\nname = "bench"\nkind = "epaper"\n'
        f'allowed_domains = ["127.0.0.1"]\ntemplates = [\n{rows},\n]\n',
        encoding="utf-8",
    )


def _settings(concurrency: dict[str, int]) -> list[str]:
    values = {
        **concurrency,
        "AUTOTHROTTLE_ENABLED": False,
        "NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32",
    }
    return [arg for k, v in values.items() for arg in ("-s", f"{k}={v}")]


def _crawl_args(registry: Path, since: date, until: date, home: Path) -> list[str]:
    dates = ["--since", str(since), "--until", str(until)]
    return [*CLI, "crawl", "bench", *dates, "--home", str(home), "--sources", str(registry)]


def local(
    registry: Path, since: date, until: date, home: Path, concurrency: dict[str, int]
) -> dict[str, Any]:
    """Crawl the site with ``newsarchive crawl`` into a fresh PostgreSQL schema."""
    opts = _settings(concurrency)
    with pg_schema() as db_url:
        cpu, start = _children_cpu(), time.monotonic()
        result = subprocess.run(
            [*_crawl_args(registry, since, until, home), "--db-url", db_url, "--json", "--quiet", *opts],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        wall = time.monotonic() - start
        cpu = _children_cpu() - cpu
    if result.returncode != 0:
        raise RuntimeError(f"local crawl failed: {result.stderr[-2000:]}")
    counters = json.loads(result.stdout)["counters"]
    return {
        "workers": 0,
        "responses": counters.get("fetched", 0),
        "stored": counters.get("articles/new", 0),
        "seconds": wall,
        "cpu_seconds": cpu,
    }


def workers(
    n: int, registry: Path, since: date, until: date, home: Path, concurrency: dict[str, int]
) -> dict[str, Any]:
    """Seed the site into a Redis queue and crawl it with ``n`` workers into a fresh PostgreSQL schema."""
    import redis

    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    opts = ["--idle-timeout", "1", "--json", *_settings(concurrency)]
    server = redis.Redis.from_url(REDIS_URL)
    try:
        with pg_schema() as db_url:
            opts = ["--db-url", db_url, *opts]
            subprocess.run(
                [*_crawl_args(registry, since, until, home), "--queue", REDIS_URL, "--queue-prefix", prefix],
                cwd=REPO,
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
            cpu, start = _children_cpu(), time.time()
            procs = [
                subprocess.Popen(
                    [
                        *CLI,
                        "worker",
                        "--queue",
                        REDIS_URL,
                        "--prefix",
                        prefix,
                        "--home",
                        str(home / f"w{k}"),
                        *opts,
                    ],
                    cwd=REPO,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for k in range(n)
            ]
            outputs = [proc.communicate(timeout=1800) for proc in procs]
            cpu = _children_cpu() - cpu
    finally:
        keys = list(server.scan_iter(f"{prefix}:*"))
        if keys:
            server.delete(*keys)
        with suppress(Exception):
            server.srem(f"{prefix}:jobs", "bench")
    summaries = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        if proc.returncode != 0:
            raise RuntimeError(f"worker failed: {err[-2000:]}")
        summaries.append(json.loads(out)["counters"])
    drained = max(float(s.get("queue_drained_at", 0.0)) for s in summaries)
    return {
        "workers": n,
        "responses": sum(s.get("fetched", 0) for s in summaries),
        "stored": sum(s.get("articles/new", 0) for s in summaries),
        "seconds": drained - start,
        "cpu_seconds": cpu,
    }


def paired_ratios(runs: list[dict[str, Any]]) -> dict[str, list[float]]:
    """One worker against the local crawl of the same repeat: rate and CPU-per-page ratios.

    On a shared machine the load moves between repeats more than between two
    runs made back to back, so each ratio is taken within one repeat.
    """
    rate: list[float] = []
    cpu: list[float] = []
    local: dict[str, Any] | None = None
    for run in runs:  # in the order run: local, 1 worker, 2 workers, local, ...
        if run["workers"] == 0:
            local = run
        elif run["workers"] == 1 and local is not None:
            rate.append((run["responses"] / run["seconds"]) / (local["responses"] / local["seconds"]))
            cpu.append((run["cpu_seconds"] / run["responses"]) / (local["cpu_seconds"] / local["responses"]))
    return {"rate": rate, "cpu": cpu}

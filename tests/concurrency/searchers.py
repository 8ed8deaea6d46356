"""Searcher processes that query the live index in a loop and record every search.

Each searcher is a separate process, as journalists' ``newsarchive search``
runs and web-UI workers are: index readers that share nothing but the files.
Every search is recorded with its start and end on the system-wide monotonic
clock, so the parent can tell which phase (update, rebuild, crawl) it ran in,
and with any exception's text, so no failure can hide in an average.
"""

from __future__ import annotations

import math
import multiprocessing
import queue
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Query:
    """One query of the mix: what to send, and what the scenario expects back.

    ``expect`` names the rule the scenario checks the total against:
    ``"marker"`` (the base corpus, then the base plus the new articles),
    ``"revised"`` (none, then the changed articles), ``"absent"`` (never a
    hit), ``"site"`` (a crawled headline, found once the crawl is indexed)
    or ``""`` (only that it must not fail).
    """

    name: str
    text: str
    options: dict[str, Any] = field(default_factory=dict)
    expect: str = ""


@dataclass(frozen=True)
class SearchRecord:
    """One search as a searcher saw it (times on ``time.monotonic``, shared by all processes on Linux)."""

    worker: int
    query: int
    start: float
    end: float
    total: int
    hits: int
    error: str = ""

    @property
    def seconds(self) -> float:
        """How long the search took."""
        return self.end - self.start


def expected_hits(total: int, options: dict[str, Any]) -> int:
    """Return how many hits a page must hold for ``total`` matches (limit and page applied)."""
    limit = int(options.get("limit", 10))
    page = int(options.get("page", 1))
    return max(0, min(limit, total - limit * (page - 1)))


def _search_loop(
    worker: int,
    index_path: str,
    queries: Sequence[Query],
    stop: Any,
    out: Any,
    pause: float,
    time_limit: float | None,
    done: Any,
) -> None:
    """Search round-robin over ``queries`` until ``stop`` is set; send every record to ``out``."""
    from indexer.search import search

    records: list[SearchRecord] = []
    n = worker  # each worker starts at a different query, so every query runs in every phase
    while not stop.is_set():
        query = queries[n % len(queries)]
        start = time.monotonic()
        total = hits = -1
        error = ""
        try:
            limit = {} if time_limit is None else {"time_limit": time_limit}
            page = search(Path(index_path), query.text, **limit, **query.options)
            total, hits = page.total, len(page.hits)
        except BaseException as exc:  # every failure counts, whatever its kind
            error = f"{exc.__class__.__name__}: {exc}"
        records.append(SearchRecord(worker, n % len(queries), start, time.monotonic(), total, hits, error))
        with done.get_lock():
            done.value += 1
        n += 1
        if pause:
            time.sleep(pause)
    out.put(records)


class SearcherPool:
    """Start ``n`` searcher processes; ``stop()`` returns every search they made.

    Forked, not spawned: the parent has warmed the analyzer (jieba's
    dictionary) once, and eight spawned interpreters importing it on two
    cores would spend seconds before the first search.
    """

    def __init__(
        self,
        index_path: Path,
        queries: Sequence[Query],
        n: int,
        pause: float = 0.0,
        time_limit: float | None = None,
    ) -> None:
        """Start ``n`` searchers; ``time_limit`` replaces search's own (None keeps it).

        The tests give a limit no loaded machine reaches: they check what searches
        return while writers work, not how fast (the benchmark keeps search's own
        limit and reports latency).
        """
        ctx = multiprocessing.get_context("fork")
        self._stop = ctx.Event()
        self._out: Any = ctx.Queue()
        self._done: Any = ctx.Value("q", 0)
        done = self._done
        self._procs = [
            ctx.Process(
                target=_search_loop,
                args=(i, str(index_path), list(queries), self._stop, self._out, pause, time_limit, done),
                name=f"searcher-{i}",
                daemon=True,
            )
            for i in range(n)
        ]
        for proc in self._procs:
            proc.start()

    def searches(self) -> int:
        """Return how many searches have finished so far (an event to wait on, not a rate)."""
        return int(self._done.value)

    def stop(self, timeout: float = 60.0) -> list[SearchRecord]:
        """Stop the searchers and gather their records; a searcher that died is an error."""
        self._stop.set()
        records: list[SearchRecord] = []
        deadline = time.monotonic() + timeout
        for _ in self._procs:
            try:
                records.extend(self._out.get(timeout=max(0.1, deadline - time.monotonic())))
            except queue.Empty:
                break
        for proc in self._procs:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
        dead = [p.name for p in self._procs if p.exitcode != 0]
        if dead:
            raise RuntimeError(f"searcher processes died without reporting: {dead}")
        return sorted(records, key=lambda r: r.start)


@dataclass(frozen=True)
class Latency:
    """Search latency over one phase."""

    count: int
    failed: int
    p50: float
    p95: float
    max: float

    def row(self, name: str, seconds: float) -> str:
        """Render as a markdown table row (milliseconds)."""
        rate = self.count / seconds if seconds > 0 else 0.0
        return (
            f"| {name} | {seconds:.1f} | {self.count} | {rate:.1f} | {self.p50 * 1000:.0f} | "
            f"{self.p95 * 1000:.0f} | {self.max * 1000:.0f} | {self.failed} |"
        )


def percentile(values: Sequence[float], share: float) -> float:
    """Return the nearest-rank percentile (``share`` in 0..1) of ``values``; 0 when empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def latency(records: Sequence[SearchRecord]) -> Latency:
    """Summarise the latency of ``records`` (failed searches counted, not timed)."""
    times = [r.seconds for r in records if not r.error]
    return Latency(
        count=len(records),
        failed=sum(1 for r in records if r.error),
        p50=percentile(times, 0.5),
        p95=percentile(times, 0.95),
        max=max(times, default=0.0),
    )

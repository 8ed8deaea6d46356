"""Scale-out and retries: a killed worker's retried and failed requests are fetched again only as decided.

A retry request replaces its leased original in the queue (the original's
lease is acknowledged once the retry is pushed), and a request whose last
attempt failed is acknowledged once its errback's items are stored. Before,
both leases stayed in the worker's in-flight hash: a survivor re-crawled the
original as well as its queued retry, and re-crawled pages whose retries were
already spent, so its summary said ``failed 2`` for one failed date.
Real Redis and PostgreSQL, like tests/test_scaleout.py.
"""

from __future__ import annotations

import json
import os
import signal
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import redis
from sqlalchemy import select
from test_scaleout import _seed, _worker, pg_schema_url, prefix  # noqa: F401  (fixtures)

from archive.models import CrawlRun, Edition
from archive.schema import open_store
from crawler.scaleout import QueueKeys
from search_cli import exitcodes
from search_cli.main import main

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]
DROPPED, HUNG = date(2024, 5, 1), date(2024, 5, 2)


class FlakyServer:
    """Edition pages that fail: DROPPED's connection closes unanswered, HUNG answers 503, its retry hangs."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                with owner.changed:
                    owner.hits[self.path] += 1
                    n = owner.hits[self.path]
                    owner.changed.notify_all()
                if self.path.startswith(f"/{DROPPED:%Y%m%d}/"):
                    self.close_connection = True  # no response at all: a download error, not an HTTP one
                    return
                if not self.path.startswith(f"/{HUNG:%Y%m%d}/"):  # robots.txt
                    self.send_error(404)
                    return
                if n == 2:
                    owner.release.wait(120)  # the retry is in flight when its worker is killed
                try:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the worker that asked is dead

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def hits_of(self, day: date) -> int:
        with self.lock:
            return sum(n for path, n in self.hits.items() if path.startswith(f"/{day:%Y%m%d}/"))


@pytest.fixture
def flaky() -> Iterator[FlakyServer]:
    server = FlakyServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.server.shutdown()
        server.server.server_close()


def _wait(
    condition: Callable[[], bool], what: str, detail: Callable[[], object], timeout: float = 90
) -> None:
    deadline = time.monotonic() + timeout  # a safety net for a hung worker, not a budget
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what} ({detail()})"
        time.sleep(0.05)


def test_a_killed_workers_retried_and_failed_requests_are_fetched_once_per_retry_decision(
    flaky: FlakyServer,
    redis_url: str,
    prefix: str,  # noqa: F811
    pg_schema_url: str,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text(
        textwrap.dedent(f"""\
        [[source]]
        id = "bcrb"
        name = "白城日报"
        kind = "epaper"
        templates = ["{flaky.url}/{{date:%Y%m%d}}/node_1.htm"]
        """),
        encoding="utf-8",
    )
    _seed(registry, redis_url, prefix, [DROPPED, HUNG])
    server = redis.Redis.from_url(redis_url)
    keys = QueueKeys.for_source("bcrb", prefix)

    def leases() -> int:
        return sum(int(server.hlen(k)) for k in server.scan_iter(f"{keys.base}:inflight:*"))

    def dropped_recorded() -> bool:
        with open_store(pg_schema_url) as sessions, sessions() as session:
            return session.scalar(select(Edition.status).where(Edition.edition_date == DROPPED)) == "failed"

    # A long download timeout: HUNG's retry stays in flight until the kill.
    doomed = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home1", "-s", "DOWNLOAD_TIMEOUT=600")
    try:
        def state() -> str:
            return f"fetches {dict(flaky.hits)}, leases held {leases()}, worker exit {doomed.poll()}"

        _wait(lambda: flaky.hits_of(HUNG) == 2 and flaky.hits_of(DROPPED) == 2, "both dates retried", state)
        _wait(dropped_recorded, "the dropped date recorded failed", state)
        # Held now: only HUNG's retry. Before, also HUNG's original (its retry had been queued) and both
        # leases of DROPPED (an errback's request was never acknowledged).
        _wait(lambda: leases() == 1, "one lease left", state, timeout=30)
        os.killpg(doomed.pid, signal.SIGKILL)
        doomed.wait()
    finally:
        if doomed.poll() is None:
            os.killpg(doomed.pid, signal.SIGKILL)
            doomed.wait()
    flaky.release.set()

    survivor = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home2")
    out, err = survivor.communicate(timeout=120)
    assert survivor.returncode == exitcodes.UNREACHABLE, err[-3000:]  # all it fetched failed
    assert "in-flight requests re-queued" in err
    summary = json.loads(out)
    # The survivor redid HUNG's retry, and only it: one failed edition, one more fetch of HUNG.
    assert summary["counters"].get("editions/failed", 0) == 1
    assert (flaky.hits_of(DROPPED), flaky.hits_of(HUNG)) == (2, 3)
    with open_store(pg_schema_url) as sessions, sessions() as session:
        run = session.get(CrawlRun, summary["run_id"])
        assert run is not None and (run.counters or {}).get("editions/failed") == 1
    assert not list(server.scan_iter(f"{keys.base}:inflight:*")) and server.zcard(keys.requests) == 0

    capsys.readouterr()
    args = ["--db-url", pg_schema_url, "--sources", str(registry), "--json"]
    main(["report", "bcrb", "--since", str(DROPPED), "--until", str(HUNG), *args])
    assert json.loads(capsys.readouterr().out)["totals"]["failed"] == 2

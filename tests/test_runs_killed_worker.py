"""A queue worker killed with SIGKILL: its run shows what it fetched and stored, not zeros.

Its counters were written only when the crawl closed, so a killed worker's run read ``fetched 0``
(and no failure by reason) in ``runs`` for good; only what left rows (articles, editions) was counted
back. The store pipeline now writes the run's counters while the crawl runs
(``NEWSARCHIVE_RUN_COUNTERS_SECONDS``), and its store writer writes them with each batch it commits,
so that one killed between two saves never counts fewer fetches than it stored articles (it read
``fetched 40, new 55``). Real Redis and PostgreSQL, as ``tests/test_scaleout.py``.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sitegen import build_site
from sqlalchemy import func, select
from support import start_static_server
from test_scaleout import _articles, _registry, _seed, _worker, pg_schema_url, prefix  # noqa: F401

from archive.models import Article, CrawlRun
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]
DAYS = [date(2024, 5, 1) + timedelta(days=n) for n in range(12)]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[object, str]]:
    manifest = build_site(
        tmp_path / "site",
        n_articles=240,
        dates=DAYS,
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
    )
    proc, url = start_static_server(tmp_path / "site")
    try:
        yield manifest, url
    finally:
        proc.terminate()
        proc.wait(10)


def _run(db_url: str) -> tuple[str, dict[str, int]]:
    """Return the status and counters of the one run (``("", {})`` before it starts)."""
    with open_store(db_url) as sessions, sessions() as session:
        run = session.scalars(select(CrawlRun)).first()
        return ("", {}) if run is None else (run.status, dict(run.counters or {}))


def test_a_killed_workers_run_shows_what_it_fetched_and_stored(
    site: tuple[object, str],
    redis_url: str,
    prefix: str,  # noqa: F811
    pg_schema_url: str,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    manifest, url = site
    _seed(_registry(tmp_path, manifest, url), redis_url, prefix, DAYS)  # type: ignore[arg-type]
    # One request at a time, 0.2 s apart (over 50 s in all): the worker is still crawling when it is killed.
    slow = [
        "-s",
        "DOWNLOAD_DELAY=0.2",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        "-s",
        "CONCURRENT_REQUESTS=1",
    ]
    # The default save every 10 s: the counters the row holds when the worker dies are its batches'.
    doomed = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home", *slow)
    try:
        deadline = time.monotonic() + 120  # a safety net for a hung worker, not a budget
        # The events: articles committed, then the run's row holding counters that count them.
        while True:
            status, counters = _run(pg_schema_url)
            assert status in ("", "running"), f"counters written only when the crawl ended: {counters}"
            assert doomed.poll() is None, doomed.communicate()[1][-2000:]
            if counters.get("fetched", 0) >= 20 and _articles(pg_schema_url) >= 20:
                break
            assert time.monotonic() < deadline, counters
            time.sleep(0.05)
        os.killpg(doomed.pid, signal.SIGKILL)  # the worker and its store writer
        doomed.wait()
    finally:
        if doomed.poll() is None:
            os.killpg(doomed.pid, signal.SIGKILL)
            doomed.wait()
    with open_store(pg_schema_url) as sessions, sessions() as session:
        (run,) = session.scalars(select(CrawlRun))
        stored = session.scalar(select(func.count()).select_from(Article).where(Article.run_id == run.id))
    assert run.status == "running" and stored
    # As the row stands, before anything counts it back from the rows: every stored article was fetched.
    assert run.counters["fetched"] >= stored and run.counters["articles/new"] == stored, (
        stored,
        run.counters,
    )
    home = str(tmp_path / "home")
    capsys.readouterr()  # the seeding command's lines
    assert main(["runs", "--db-url", pg_schema_url, "--home", home, "--json"]) == exitcodes.OK
    (shown,) = json.loads(capsys.readouterr().out)
    counters = shown["counters"]
    assert counters["fetched"] >= 20, counters  # was 0: only the closing crawl wrote it
    assert counters["articles/new"] == stored, counters  # counted from the rows it stored
    assert main(["runs", "--db-url", pg_schema_url, "--home", home]) == exitcodes.OK
    line = capsys.readouterr().out.splitlines()[0]
    assert "running (process gone)" in line and f"fetched {counters['fetched']}, new {stored}," in line, line
    registry = tmp_path / "sources.toml"
    report = ["report", "bcrb", "--since", str(DAYS[0]), "--until", str(DAYS[-1]), "--sources", str(registry)]
    main([*report, "--db-url", pg_schema_url, "--home", home])
    runs_line = [x for x in capsys.readouterr().out.splitlines() if x.startswith("runs: ")]
    assert runs_line and "running (process gone) 1" in runs_line[0], runs_line

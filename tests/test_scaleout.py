"""Scale-out on Redis and PostgreSQL: two workers share a queue; killing one loses nothing.

Real servers (Redis on 127.0.0.1:6379, PostgreSQL on 127.0.0.1:5432): skipped
on a laptop without them, failing under CI=true. Each test uses its own Redis
key prefix and its own PostgreSQL schema, so parallel runs do not collide.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
import redis
from scrapy import Request, Spider
from sitegen import SiteManifest, build_site
from sqlalchemy import func, select
from store_support import unreachable_epaper_registry
from support import REPO, start_static_server

from archive.models import Article, ArticleVersion, CrawlRun, Edition
from archive.schema import open_store
from crawler.scaleout import LEASE, LeasedPriorityQueue, QueueKeys, recover_dead_workers
from search_cli import exitcodes
from search_cli.main import main

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]
# The CLI from the source tree (cwd=REPO), as the console script would run it.
NEWSARCHIVE = [sys.executable, "-c", "from search_cli.main import entry; entry()"]
DAYS = [date(2024, 5, 1) + timedelta(days=n) for n in range(60)]
FAST = [
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS=32",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=32",
    "-s",
    "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32",
    "-s",
    "NEWSARCHIVE_WARC_ENABLED=False",
    "-s",
    "RETRY_TIMES=1",
    "-s",
    "NEWSARCHIVE_RETRY_BACKOFF_BASE=0.01",
]


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    """A Redis key prefix of this test alone; its keys are deleted afterwards."""
    name = f"test-{uuid.uuid4().hex[:10]}"
    yield name
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{name}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def pg_schema_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema of this test alone, dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex[:10]}"
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        # synchronous_commit=off: commits stop waiting for the disk (tests only; a killed worker loses
        # nothing either way, its commits are in the server). Workers commit an item at a time.
        yield f"{postgres_url}?options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    """A Founder e-paper of 60 days x 4 pages and 1,800 articles: 2,036 pages to crawl.

    Texts come from the shared corpora when present (distinct articles); the
    bundled fallback repeats a few texts, which makes every article a reprint
    and the crawl several times slower.
    """
    root = tmp_path_factory.mktemp("scaleout-site") / "site"
    manifest = build_site(
        root,
        n_articles=1800,
        dates=DAYS,
        families=("old",),
        pages_per_edition=4,
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
        corpus="auto",
        no_edition=[DAYS[10]],
        failed=[],
    )
    proc, url = start_static_server(root)
    try:
        yield manifest, url
    finally:
        proc.terminate()
        proc.wait(10)


def test_leased_requests_of_a_dead_worker_go_back_to_the_queue(redis_url: str, prefix: str) -> None:
    server = redis.Redis.from_url(redis_url)
    keys = QueueKeys.for_source("p", prefix)

    class S(Spider):
        name = "s"

        def parse(self, response: object) -> None:
            pass

    spider = S()
    spider.settings = {"NEWSARCHIVE_WORKER_ID": "w1"}  # type: ignore[assignment]
    queue = LeasedPriorityQueue(server, spider, keys.requests)
    for n in range(3):
        queue.push(Request(f"http://127.0.0.1/{n}", priority=n))
    first = queue.pop()
    assert first is not None and first.url == "http://127.0.0.1/2" and first.meta[LEASE] == "1"
    assert queue.pop() is not None
    assert len(queue) == 1 and server.hlen(keys.inflight("w1")) == 2
    assert recover_dead_workers(server, keys) == 0  # w1's heartbeat is fresh: it is alive
    server.delete(keys.heartbeat("w1"))  # ... until it stops beating
    assert recover_dead_workers(server, keys) == 2
    assert len(queue) == 3 and not server.exists(keys.inflight("w1"))
    assert queue.pop().url == "http://127.0.0.1/2"  # type: ignore[union-attr]  # priority kept


def _articles(db_url: str) -> int:
    with open_store(db_url) as sessions, sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Article)) or 0)


def _registry(tmp_path: Path, manifest: SiteManifest, url: str) -> Path:
    registry = tmp_path / "sources.toml"
    registry.write_text(
        textwrap.dedent(f"""\
        [[source]]
        id = "bcrb"
        name = "白城日报"
        kind = "epaper"
        templates = ["{url}{manifest.templates[0]["url"]}"]
        """),
        encoding="utf-8",
    )
    return registry


def _seed(registry: Path, redis_url: str, prefix: str, days: list[date] = DAYS) -> None:
    args = ["crawl", "bcrb", "--since", str(days[0]), "--until", str(days[-1]), "--sources", str(registry)]
    assert main([*args, "--queue", redis_url, "--queue-prefix", prefix]) == exitcodes.OK


def _worker(
    redis_url: str, prefix: str, db_url: str, home: Path, *extra: str, json_output: bool = True
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *NEWSARCHIVE,
            "worker",
            "--queue",
            redis_url,
            "--prefix",
            prefix,
            "--db-url",
            db_url,
            "--home",
            str(home),
            "--idle-timeout",
            "1",
            *(["--json"] if json_output else []),
            *FAST,
            *extra,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the worker and its store writer die together
    )


def test_a_worker_names_its_source_and_warns_of_no_deprecated_scrapy_api(
    redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """A fresh-clone walkthrough: the worker's summary names the job, and Scrapy warns of nothing we call.

    Its pipeline confirms each item after its batch commits (an async
    ``process_item``, not a Deferred) and its scheduler counts stats without the
    spider argument Scrapy 2.13+ deprecates; both used to print a
    ``ScrapyDeprecationWarning`` on stderr.
    """
    days = DAYS[:3]
    manifest = build_site(
        tmp_path / "site",
        n_articles=12,
        dates=days,
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
    )
    server, url = start_static_server(tmp_path / "site")
    try:
        _seed(_registry(tmp_path, manifest, url), redis_url, prefix, days)
        batch = ["-s", "NEWSARCHIVE_STORE_BATCH=5"]  # several batches, each confirmed on commit
        worker = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home", *batch, json_output=False)
        out, err = worker.communicate(timeout=240)
    finally:
        server.terminate()
        server.wait(10)
    assert worker.returncode == exitcodes.OK, err[-3000:]
    assert out.startswith("crawl of bcrb: finished (run "), out
    assert "ScrapyDeprecationWarning" not in err, err[-3000:]
    expected = {a.path for a in manifest.good_articles()}
    with open_store(pg_schema_url) as sessions, sessions() as session:
        paths = {urlsplit(u).path for u in session.scalars(select(Article.url))}
    assert paths == expected
    keys = QueueKeys.for_source("bcrb", prefix)
    client = redis.Redis.from_url(redis_url)
    assert not list(client.scan_iter(f"{keys.base}:inflight:*"))  # every lease acknowledged once stored


def test_a_worker_killed_mid_batch_has_its_batch_redone_by_the_next(
    big_site: tuple[SiteManifest, str], redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """Kill a worker and its store writer while a batch is open: the batch's requests stay leased.

    Batches of 100 items, flushed only when full, so after the first commit the
    writer always holds items it has not written. The restarted worker takes the
    dead one's leases back once its heartbeat expires; the redone batch stores
    each article once (upserts), with no spurious version.
    """
    manifest, url = big_site
    expected = {a.path for a in manifest.good_articles()}
    _seed(_registry(tmp_path, manifest, url), redis_url, prefix)
    batch = ["-s", "NEWSARCHIVE_STORE_BATCH=100", "-s", "NEWSARCHIVE_STORE_FLUSH_SECONDS=600"]
    doomed = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home1", *batch)
    try:
        deadline = time.monotonic() + 240  # a safety net for a hung worker, not a budget
        while _articles(pg_schema_url) < 100:
            assert time.monotonic() < deadline and doomed.poll() is None
            time.sleep(0.05)
        os.killpg(doomed.pid, signal.SIGKILL)  # the worker and its writer, mid-batch
        doomed.wait()
    finally:
        if doomed.poll() is None:
            os.killpg(doomed.pid, signal.SIGKILL)
            doomed.wait()
    at_kill = _articles(pg_schema_url)
    server = redis.Redis.from_url(redis_url)
    keys = QueueKeys.for_source("bcrb", prefix)
    held = sum(server.hlen(k) for k in server.scan_iter(f"{keys.base}:inflight:*"))
    assert held > 0  # leases of requests whose items were fetched but never committed
    assert at_kill < len(expected)

    restarted = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home2")
    out, err = restarted.communicate(timeout=300)
    assert restarted.returncode == 0, err[-3000:]
    assert "in-flight requests re-queued" in err
    assert json.loads(out)["status"] == "finished"
    with open_store(pg_schema_url) as sessions, sessions() as session:
        urls = list(session.scalars(select(Article.url)))
        versions = session.scalar(select(func.count()).select_from(ArticleVersion))
        editions = dict(session.execute(select(Edition.status, func.count()).group_by(Edition.status)).all())
    paths = [urlsplit(u).path for u in urls]
    assert len(paths) == len(set(paths)) == len(expected)  # no duplicate, none lost
    assert set(paths) == expected
    assert versions == 0  # a redone article is the same article, not a new version of it
    assert editions == {"found": len(DAYS) - 1, "no-edition": 1}
    assert server.zcard(keys.requests) == 0 and not list(server.scan_iter(f"{keys.base}:inflight:*"))


def test_two_workers_share_the_queue_and_survive_a_kill(
    big_site: tuple[SiteManifest, str], redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    manifest, url = big_site
    expected = {a.path for a in manifest.good_articles()}
    assert len(expected) + 4 * (len(DAYS) - 1) >= 2000
    _seed(_registry(tmp_path, manifest, url), redis_url, prefix)

    def worker(n: int) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [
                *NEWSARCHIVE,
                "worker",
                "--queue",
                redis_url,
                "--prefix",
                prefix,
                "--db-url",
                pg_schema_url,
                "--home",
                str(tmp_path / f"home{n}"),
                "--idle-timeout",
                "1",
                "--json",
                *FAST,
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    doomed, survivor = worker(1), worker(2)
    try:
        deadline = time.monotonic() + 240  # a safety net for a hung worker, not a budget
        while _articles(pg_schema_url) < len(expected) // 4:
            assert time.monotonic() < deadline and doomed.poll() is None and survivor.poll() is None
            time.sleep(0.1)
        doomed.send_signal(signal.SIGKILL)  # mid-crawl, with requests in flight
        at_kill = _articles(pg_schema_url)
        out, err = survivor.communicate(timeout=240)
    finally:
        for proc in (doomed, survivor):
            if proc.poll() is None:
                proc.kill()
        doomed.wait()
    assert survivor.returncode == 0, err[-3000:]
    assert at_kill < len(expected)
    assert "in-flight requests re-queued" in err  # the survivor took over what the killed worker held
    assert json.loads(out)["status"] == "finished"

    with open_store(pg_schema_url) as sessions, sessions() as session:
        urls = list(session.scalars(select(Article.url)))
        runs = list(session.scalars(select(CrawlRun)))
        by_run = dict(session.execute(select(Article.run_id, func.count()).group_by(Article.run_id)).all())
        editions = dict(session.execute(select(Edition.status, func.count()).group_by(Edition.status)).all())
    paths = [urlsplit(u).path for u in urls]
    assert len(paths) == len(set(paths)) == len(expected)  # every article exactly once
    assert set(paths) == expected
    assert editions == {"found": len(DAYS) - 1, "no-edition": 1}
    assert len(runs) == 2 and all(by_run.get(run.id, 0) > 0 for run in runs)  # both workers stored articles
    server = redis.Redis.from_url(redis_url)
    keys = QueueKeys.for_source("bcrb", prefix)
    assert server.zcard(keys.requests) == 0 and not list(server.scan_iter(f"{keys.base}:inflight:*"))


def test_a_worker_on_an_empty_prefix_names_it_and_the_seed_command_that_fills_it(
    redis_url: str, prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the hint left --queue-prefix out: seeding as told filled a queue this worker never reads."""
    assert main(["worker", "--queue", redis_url, "--queue-prefix", prefix, "--idle-timeout", "1"]) == 1
    assert capsys.readouterr().err == (
        f"error: no job seeded in {redis_url} under the prefix {prefix} "
        f"(run: newsarchive crawl SOURCE --queue {redis_url} --queue-prefix {prefix})\n"
    )


def test_seeding_names_the_prefix_in_the_worker_command_and_says_what_was_seeded_before(
    redis_url: str, prefix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The printed command must find the job: without the prefix it says "no job seeded"."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "bcrb"\nkind = "epaper"\ntemplates = ["http://127.0.0.1:9/{date:%Y%m%d}/node_1.htm"]\n',
        encoding="utf-8",
    )
    _seed(registry, redis_url, prefix, DAYS[:2])
    out = capsys.readouterr().out
    assert out.startswith("seeded 2 requests of bcrb")
    assert out.rstrip().endswith(f"newsarchive worker --queue {redis_url} --queue-prefix {prefix}")
    # Seeding the same dates again queues nothing: said plainly, with why, not "seeded 0 requests ...
    # crawl them with: ...". While the first seeding's requests still wait, the workers are still wanted.
    _seed(registry, redis_url, prefix, DAYS[:2])
    again = capsys.readouterr()
    assert again.out == (
        f"nothing queued for bcrb ({DAYS[0]} .. {DAYS[1]}): its 2 requests were seeded before "
        f"(the queue's dupefilter {prefix}:bcrb:dupefilter keeps every request ever queued); "
        f"2 requests still wait in {prefix}:bcrb:requests: crawl them with: "
        f"newsarchive worker --queue {redis_url} --queue-prefix {prefix}\n"
    )
    assert again.err == ""
    # Once they were crawled (the queue is empty), no worker command: a worker would find nothing to do.
    redis.Redis.from_url(redis_url).delete(f"{prefix}:bcrb:requests")
    _seed(registry, redis_url, prefix, DAYS[:2])
    drained = capsys.readouterr()
    assert drained.out == (
        f"nothing queued for bcrb ({DAYS[0]} .. {DAYS[1]}): its 2 requests were seeded before "
        f"(the queue's dupefilter {prefix}:bcrb:dupefilter keeps every request ever queued), and the "
        f"queue is empty; to crawl them again, delete {prefix}:bcrb:dupefilter and seed again\n"
    )
    assert "newsarchive worker" not in drained.out + drained.err
    # -q prints it too: nothing was queued, which whoever runs the seeding command must know.
    assert (
        main(
            [
                "-q",
                "crawl",
                "bcrb",
                "--since",
                str(DAYS[0]),
                "--until",
                str(DAYS[1]),
                "--sources",
                str(registry),
                "--queue",
                redis_url,
                "--queue-prefix",
                prefix,
            ]
        )
        == exitcodes.OK
    )
    assert capsys.readouterr().out == drained.out


def test_the_printed_worker_command_names_the_archive_the_seeding_command_named(
    redis_url: str, prefix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, ``--home`` and ``--db-url`` were left out: the worker as printed filled ./newsarchive-data."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "bcrb"\nkind = "epaper"\ntemplates = ["http://127.0.0.1:9/{date:%Y%m%d}/node_1.htm"]\n',
        encoding="utf-8",
    )
    home, db_url = tmp_path / "my archive", "postgresql+psycopg://me:secret@127.0.0.1/news"
    args = ["crawl", "bcrb", "--since", str(DAYS[0]), "--sources", str(registry), "--home", str(home)]
    assert main([*args, "--db-url", db_url, "--queue", redis_url, "--queue-prefix", prefix]) == exitcodes.OK
    out = capsys.readouterr().out
    assert out.rstrip().endswith(
        f"newsarchive worker --queue {redis_url} --queue-prefix {prefix} "
        f"--home '{home}' --db-url 'postgresql+psycopg://me:***@127.0.0.1/news'"
    )


def test_the_printed_worker_command_names_the_archive_the_environment_named(
    redis_url: str,
    prefix: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before, an archive named by NEWSARCHIVE_DB_URL was left out: run as printed on another machine
    (where it is not set), the worker filled an SQLite file of its own."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "bcrb"\nkind = "epaper"\ntemplates = ["http://127.0.0.1:9/{date:%Y%m%d}/node_1.htm"]\n',
        encoding="utf-8",
    )
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSARCHIVE_HOME", str(home))
    monkeypatch.setenv("NEWSARCHIVE_DB_URL", "postgresql+psycopg://me:secret@127.0.0.1/news")
    args = ["crawl", "bcrb", "--since", str(DAYS[0]), "--sources", str(registry)]
    assert main([*args, "--queue", redis_url, "--queue-prefix", prefix]) == exitcodes.OK
    assert (
        capsys.readouterr()
        .out.rstrip()
        .endswith(
            f"newsarchive worker --queue {redis_url} --queue-prefix {prefix} "
            f"--home {home} --db-url 'postgresql+psycopg://me:***@127.0.0.1/news'"
        )
    )


def test_a_worker_that_finds_the_queue_drained_records_no_run(
    redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """A worker started after the queue was drained took no request: it recorded no crawl run.

    Before, it recorded a "finished" run that fetched 0, which padded ``runs`` and
    the report's count of crawls, and printed a crawl summary of zeros.
    """
    days = DAYS[:2]
    manifest = build_site(
        tmp_path / "site",
        n_articles=6,
        dates=days,
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
    )
    server, url = start_static_server(tmp_path / "site")
    try:
        _seed(_registry(tmp_path, manifest, url), redis_url, prefix, days)
        first = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home", json_output=False)
        _out, err = first.communicate(timeout=240)
        assert first.returncode == exitcodes.OK, err[-3000:]
        late = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home", json_output=False)
        late_out, late_err = late.communicate(timeout=240)
    finally:
        server.terminate()
        server.wait(10)
    assert late.returncode == exitcodes.OK, late_err[-3000:]
    assert late_out == (
        "worker on bcrb: the queue was already drained (no request taken); nothing crawled, no run recorded\n"
    )
    with open_store(pg_schema_url) as sessions, sessions() as session:
        runs = list(session.scalars(select(CrawlRun)))
    assert [(run.status, run.counters.get("fetched", 0) > 0) for run in runs] == [("finished", True)]


def test_a_worker_on_a_sitemap_source_names_no_editions(
    redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """A worker crawling a sitemap source said "editions found 0, no edition 0, failed 0", where
    ``crawl`` named no editions for it: it did not know its source's kind (now from the queue's
    registry)."""
    days = DAYS[:4]
    manifest = build_site(
        tmp_path / "site", n_articles=8, dates=days, families=("old",), with_pdfs=False,
        with_sitemap=True, with_feed=False, with_listing=False,
    )  # fmt: skip
    server, url = start_static_server(tmp_path / "site")
    registry = tmp_path / "sources.toml"
    registry.write_text(
        textwrap.dedent(f"""\
        [[source]]
        id = "bcrb"
        name = "白城日报"
        kind = "sitemap"
        allowed_domains = ["127.0.0.1"]
        start_urls = ["{url}{manifest.sitemaps["index"]}"]
        """),
        encoding="utf-8",
    )
    try:
        _seed(registry, redis_url, prefix, days[1:2])  # one day of four: the others are out of range
        worker = _worker(redis_url, prefix, pg_schema_url, tmp_path / "home", json_output=False)
        out, err = worker.communicate(timeout=240)
    finally:
        server.terminate()
        server.wait(10)
    assert worker.returncode == exitcodes.OK, err[-3000:]
    head, *rest = out.splitlines()
    assert head.startswith("crawl of bcrb: finished (run "), out
    assert "editions" not in head and "; articles new " in head, out
    # The sitemap's entries of the other days: expected, not listed as a problem.
    assert [line.split(":")[0] for line in rest] == ["  skipped as expected"], out
    assert "out_of_range" in rest[0], out


def test_a_worker_refused_every_request_names_the_source_hosts(
    redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """A worker whose every request was refused ended "error: all requests to the source's hosts were
    refused": it judged its run without its job's hosts, where ``crawl`` names them."""
    registry = unreachable_epaper_registry(tmp_path / "sources.toml", "bcrb", "白城日报")
    _seed(registry, redis_url, prefix, DAYS[:2])
    # FAST without its loopback allowance: every request to 127.0.0.1 is refused, none is sent.
    at = FAST.index("NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32")
    fast = [*FAST[: at - 1], *FAST[at + 1 :]]
    worker = subprocess.run(
        [*NEWSARCHIVE, "worker", "--queue", redis_url, "--prefix", prefix, "--db-url", pg_schema_url,
         "--home", str(tmp_path / "home"), "--idle-timeout", "1", *fast],
        cwd=REPO, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert worker.returncode == exitcodes.UNREACHABLE, worker.stderr[-3000:]
    [error] = [line for line in worker.stderr.splitlines() if line.startswith("error: ")]
    assert error.startswith("error: all requests to 127.0.0.1 were refused: allow the network"), error


def test_a_worker_stopped_while_it_starts_ends_interrupted_not_failed(
    redis_url: str, prefix: str, tmp_path: Path
) -> None:
    """A SIGTERM (a service manager's stop) that came as the worker's spider opened printed
    "crawl of bcrb: failed (run None) ...", then "error: KeyboardInterrupt" and "interrupted", or
    exited 1 "failed (run 1)" with the run left running: the stop reached the worker as a
    KeyboardInterrupt inside Scrapy's start-up instead of a graceful stop."""
    days = DAYS[:2]
    manifest = build_site(
        tmp_path / "site",
        n_articles=6,
        dates=days,
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
    )
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    server, url = start_static_server(tmp_path / "site")
    try:
        _seed(_registry(tmp_path, manifest, url), redis_url, prefix, days)
        stop = ["-s", 'EXTENSIONS={"tests.stop_on_open.StopOnOpen": 0}']
        worker = _worker(redis_url, prefix, db_url, tmp_path / "home", *stop, json_output=False)
        out, err = worker.communicate(timeout=240)
    finally:
        server.terminate()
        server.wait(10)
    assert worker.returncode == exitcodes.INTERRUPTED, (out, err[-3000:])
    assert out.startswith("crawl of bcrb: interrupted (run 1): "), out
    assert "KeyboardInterrupt" not in out + err
    with open_store(db_url) as sessions, sessions() as session:
        (run,) = session.scalars(select(CrawlRun))
    assert (run.status, run.finished_at is not None) == ("interrupted", True)


def test_a_worker_stopped_once_the_queue_drained_records_its_run_finished(
    redis_url: str, prefix: str, pg_schema_url: str, tmp_path: Path
) -> None:
    """A worker waiting for new seeds (``--idle-timeout 0``, a service) ends only by a stop. Stopped
    after the queue drained, its run read "interrupted" (exit 130) although every request was done,
    and the report told the archivist, on each of its dates, "run 1 interrupted: crawl the date again
    with --resume"."""
    days = DAYS[:2]
    manifest = build_site(
        tmp_path / "site",
        n_articles=6,
        dates=days,
        families=("old",),
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
    )
    client = redis.Redis.from_url(redis_url)
    keys = QueueKeys.for_source("bcrb", prefix)
    server, url = start_static_server(tmp_path / "site")
    try:
        registry = _registry(tmp_path, manifest, url)
        _seed(registry, redis_url, prefix, days)
        worker = _worker(
            redis_url, prefix, pg_schema_url, tmp_path / "home", "--idle-timeout", "0", json_output=False
        )
        try:

            def drained() -> bool:
                if worker.poll() is not None:
                    return True
                leased = any(client.hlen(key) for key in client.scan_iter(f"{prefix}:bcrb:inflight:*"))
                if client.zcard(keys.requests) or leased:
                    return False
                try:
                    with open_store(pg_schema_url, migrate=False) as sessions, sessions() as session:
                        stored = session.scalar(select(func.count()).select_from(Article))
                except Exception:  # the worker has not created the tables yet
                    return False
                return stored == len(manifest.good_articles())

            deadline = time.monotonic() + 240  # a safety net for a hung worker, not a budget
            while not drained() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert worker.poll() is None, worker.communicate()
            worker.send_signal(signal.SIGTERM)
            out, err = worker.communicate(timeout=240)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    finally:
        server.terminate()
        server.wait(10)
    assert worker.returncode == exitcodes.OK, (out, err[-3000:])
    assert out.startswith("crawl of bcrb: finished (run 1): "), out
    with open_store(pg_schema_url) as sessions, sessions() as session:
        (run,) = session.scalars(select(CrawlRun))
    assert (run.status, run.reason) == ("finished", "finished")
    report = subprocess.run(
        [*NEWSARCHIVE, "report", "bcrb", "--since", str(days[0]), "--until", str(days[-1]),
         "--sources", str(registry), "--db-url", pg_schema_url, "--home", str(tmp_path / "home")],
        cwd=REPO, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert "interrupted" not in report.stdout, report.stdout

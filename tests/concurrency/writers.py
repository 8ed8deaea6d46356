"""Several processes writing one SQLite store at once, as parallel crawls' writer processes do.

Each writer has articles of its own and, mixed into its batches, the same
``shared`` URLs as every other writer, each with content of its own. SQLite
lets one writer in at a time; the store's ``BEGIN IMMEDIATE`` and busy timeout
must turn that into waiting, never into "database is locked" or a lost row.
With W writers, a shared URL ends as one row at version W with W-1 earlier
versions, and the W contents are those W writers' contents, each once.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sitegen.texts import load_texts
from sqlalchemy import select

from archive.articles import content_hash, ensure_source
from archive.batches import write_batch
from archive.engine import create_store_engine, make_session_factory
from archive.integrity import check_integrity
from archive.items import ArticleItem
from archive.models import Article, ArticleVersion
from archive.schema import open_store

SOURCE = "writers"


@dataclass
class Plan:
    """What each writer writes, batch by batch."""

    batches: dict[int, list[list[ArticleItem]]]
    shared_urls: list[str]

    @property
    def writers(self) -> int:
        """How many writers the plan has."""
        return len(self.batches)

    def items(self) -> list[ArticleItem]:
        """Return every item of the plan, writer by writer."""
        return [item for batches in self.batches.values() for batch in batches for item in batch]

    def merged(self) -> Plan:
        """Return the same batches for a single writer (the baseline of the throughput figure)."""
        order: list[list[ArticleItem]] = []
        for n in range(max(len(batches) for batches in self.batches.values())):
            order.extend(batches[n] for batches in self.batches.values() if n < len(batches))
        return Plan({0: order}, self.shared_urls)


def plan(writers: int, distinct: int, shared: int, batch: int = 50) -> Plan:
    """Give each writer ``distinct`` articles of its own plus its version of ``shared`` common URLs.

    Shared items are spread over each writer's batches at offsets that differ
    between writers, so writers contend for the same rows at different times.
    Every writer's version of a shared URL is the same text under its own first
    line: versions of one article, none of them so much shorter than another that
    the store refuses it (it keeps the longer text when a new one is under half),
    whatever order the writers happen to commit in.
    """
    texts, _ = load_texts(writers * (distinct + shared))
    shared_urls = [f"https://writers.example/shared/{j}.html" for j in range(shared)]
    batches: dict[int, list[list[ArticleItem]]] = {}
    for w in range(writers):

        def item(url: str, k: int, w: int = w, same_text: int | None = None) -> ArticleItem:
            at = w * (distinct + shared) + k if same_text is None else same_text
            text = texts[at % len(texts)]
            return ArticleItem(
                url=url,
                source_id=SOURCE,
                title=f"{text.title}（写入{w}）",
                body="\n".join([f"写入进程{w}第{k}篇。", *text.paragraphs]),
            )

        own = [item(f"https://writers.example/w{w}/{k}.html", k) for k in range(distinct)]
        common = [item(url, distinct + j, same_text=distinct + j) for j, url in enumerate(shared_urls)]
        chunks = [own[i : i + batch] for i in range(0, len(own), batch)] or [[]]
        for j, shared_item in enumerate(common):
            chunks[(j + w) % len(chunks)].append(shared_item)
        batches[w] = chunks
    return Plan(batches, shared_urls)


def prepare(db_url: str) -> None:
    """Migrate the store and register the writers' source before the writers start."""
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, SOURCE)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname} {record.name}: {record.getMessage()}")


def _write(
    number: int, db_url: str, batches: list[list[ArticleItem]], go: Any, started: Any, out: Any
) -> None:
    """Write ``batches`` with the store's own batch writer once ``go`` is set; report counts and logs.

    After its first batch each writer waits at ``started`` for the others' first batches, so the
    writers overlap by construction, however the machine schedules them.
    """
    handler = _Collect()
    logging.getLogger().addHandler(handler)
    engine = create_store_engine(db_url)
    sessions = make_session_factory(engine)
    counts: Counter[str] = Counter()
    error = ""
    go.wait()
    start = time.monotonic()
    try:
        for n, batch in enumerate(batches):
            counts.update(write_batch(sessions, batch, None))
            if n == 0:
                started.wait(300)
        if not batches:
            started.wait(300)
    except BaseException as exc:  # reported, never swallowed
        error = f"{exc.__class__.__name__}: {exc}"
    end = time.monotonic()
    engine.dispose()
    out.put(WriterReport(number, dict(counts), handler.messages, error, start, end))


@dataclass
class WriterReport:
    """What one writer did: outcome counts, what it logged at WARNING or above, its time window."""

    number: int
    counts: dict[str, int]
    logged: list[str] = field(default_factory=list)
    error: str = ""
    start: float = 0.0
    end: float = 0.0


@dataclass
class WriterRun:
    """All writers of one run and the wall time from the first start to the last end."""

    reports: list[WriterReport]

    @property
    def seconds(self) -> float:
        """Wall time of the whole run."""
        return max(r.end for r in self.reports) - min(r.start for r in self.reports)

    def total(self, key: str) -> int:
        """Sum one outcome counter over the writers."""
        return sum(r.counts.get(key, 0) for r in self.reports)


def run(db_url: str, work: Plan, timeout: float = 300.0) -> WriterRun:
    """Run one process per writer of ``work``, released together, and gather their reports."""
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    started = ctx.Barrier(len(work.batches))
    out: Any = ctx.Queue()
    procs = [
        ctx.Process(target=_write, args=(n, db_url, batches, go, started, out), name=f"store-writer-{n}")
        for n, batches in work.batches.items()
    ]
    for proc in procs:
        proc.start()
    go.set()
    reports: list[WriterReport] = []
    deadline = time.monotonic() + timeout
    try:
        for _ in procs:
            reports.append(out.get(timeout=max(0.1, deadline - time.monotonic())))
    except queue.Empty:
        pass
    for proc in procs:
        proc.join(10)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
    if len(reports) != len(procs):
        codes = [p.exitcode for p in procs]
        raise RuntimeError(f"{len(procs) - len(reports)} writers did not report (exit codes {codes})")
    return WriterRun(sorted(reports, key=lambda r: r.number))


def problems(db_url: str, work: Plan, result: WriterRun, writers: int | None = None) -> list[str]:
    """Return every way the store or the writers' reports differ from what ``work`` must leave.

    ``writers`` is how many contents each shared URL received (the plan's
    writer count, or the count of the plan this one was merged from).
    """
    versions_each = writers or work.writers
    items = work.items()
    shared = set(work.shared_urls)
    distinct = {i.url: content_hash(i) for i in items if i.url not in shared}
    shared_hashes: dict[str, list[str]] = {url: [] for url in shared}
    for i in items:
        if i.url in shared:
            shared_hashes[i.url].append(content_hash(i))
    found: list[str] = []
    for report in result.reports:
        if report.error:
            found.append(f"writer {report.number} failed: {report.error}")
        found.extend(f"writer {report.number} logged: {m}" for m in report.logged)
    expected = {
        "articles/new": len(distinct) + len(shared),
        "articles/changed": len(shared) * (versions_each - 1),
    }
    for key, value in expected.items():
        if result.total(key) != value:
            found.append(f"{key}: {result.total(key)}, expected {value}")
    for key in ("articles/unchanged", "failed/store"):
        if result.total(key):
            found.append(f"{key}: {result.total(key)}, expected 0")
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = {
                url: (id_, version, chash)
                for url, id_, version, chash in conn.execute(
                    select(Article.url, Article.id, Article.version, Article.content_hash)
                )
            }
            old: dict[int, list[tuple[int, str]]] = {}
            for article_id, version, chash in conn.execute(
                select(ArticleVersion.article_id, ArticleVersion.version, ArticleVersion.content_hash)
            ):
                old.setdefault(article_id, []).append((version, chash))
    finally:
        engine.dispose()
    if len(rows) != len(distinct) + len(shared):
        found.append(f"{len(rows)} article rows, expected {len(distinct) + len(shared)}")
    lost = sorted((set(distinct) | shared) - set(rows))
    if lost:
        found.append(f"{len(lost)} articles lost, e.g. {lost[:3]}")
    wrong = [u for u, h in distinct.items() if u in rows and rows[u][1:] != (1, h)]
    if wrong:
        found.append(f"{len(wrong)} own articles not at version 1 with their content, e.g. {wrong[:3]}")
    for url in sorted(shared & set(rows)):
        id_, version, chash = rows[url]
        earlier = sorted(old.get(id_, []))
        contents = sorted([chash, *(h for _, h in earlier)])
        if version != versions_each or [v for v, _ in earlier] != list(range(1, versions_each)):
            found.append(f"{url}: version {version} with earlier {[v for v, _ in earlier]}")
        elif contents != sorted(shared_hashes[url]):
            found.append(f"{url}: its versions are not the {versions_each} writers' contents")
    found.extend(f"integrity: {p}" for p in check_integrity(db_url))
    return found

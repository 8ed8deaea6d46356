"""The search-under-load scenario: searchers run while the index is updated, rebuilt, and a crawl writes.

One archive (SQLite store + index generations) and a generated site served on
127.0.0.1. Phases, each timed on the shared monotonic clock:

``idle``            searchers alone (the baseline);
``update``          ``newsarchive index update`` after new and changed articles reached the store;
``rebuild``         ``newsarchive index rebuild`` (a new generation and its swap);
``crawl``           ``newsarchive crawl`` of the generated site (its store writer process writes);
``catch-up``        ``newsarchive index update`` (run in-process) indexing what the crawl stored;
``settled``         searchers alone again, against the final index.

With ``overlap`` the rebuild runs while the crawl is running (phase
``rebuild+crawl``), which is harsher and shorter. Index writers run as real
CLI processes, as an archivist's cron job would.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hostile.crashkit import CLI, REPO, start_crawl, wait_for_articles, write_registry
from sitegen import build_site
from sitegen.serve import serve_site
from sitegen.texts import load_texts
from sqlalchemy import func, select

from archive.articles import ensure_source, upsert_articles
from archive.integrity import check_integrity
from archive.items import ArticleItem
from archive.models import Article
from archive.schema import open_store

from .searchers import Query, SearcherPool, SearchRecord, expected_hits

# Rare characters that no corpus text holds (the idle phase proves it: exact totals).
MARKER = "珑玥栈"  # in every base and every new article
REVISED = "琤瑀阁"  # only in the changed versions of some base articles
BASE_SOURCE = "base"
SITE_SOURCE = "conc"
CLI_TIMEOUT = 600


@dataclass(frozen=True)
class Config:
    """Sizes and durations of one scenario run."""

    base: int = 300  # articles in the store and index before the searchers start
    new: int = 40  # articles that arrive before ``index update``
    changed: int = 20  # base articles given new content before ``index update``
    site: int = 60  # articles of the generated site the crawl stores
    searchers: int = 8
    idle: float = 2.0  # seconds of the idle and settled phases
    pause: float = 0.0  # seconds each searcher sleeps between searches
    overlap: bool = False  # rebuild while the crawl runs
    crawl_delay: float = 0.0  # DOWNLOAD_DELAY of the crawl, so that it outlasts an overlapping rebuild
    rebuild_after: int = 0  # with overlap: articles the crawl has stored when the rebuild starts
    time_limit: float | None = None  # each search's time limit (None: search's own)


@dataclass
class Phase:
    """One phase: its name and its window on the monotonic clock."""

    name: str
    start: float
    end: float = 0.0

    @property
    def seconds(self) -> float:
        """How long the phase lasted."""
        return self.end - self.start


@dataclass
class Outcome:
    """What a scenario run left: searches, phases, command results and the final state."""

    config: Config
    queries: list[Query]
    records: list[SearchRecord] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    commands: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)
    check_output: str = ""
    integrity: list[str] = field(default_factory=list)
    stored: int = 0
    site_articles: int = 0
    rebuild_saw: int = 0  # with overlap: articles in the store when the rebuild was started

    def phase(self, name: str) -> Phase:
        """Return the phase called ``name``."""
        return next(p for p in self.phases if p.name == name)

    def during(self, phase: Phase) -> list[SearchRecord]:
        """Return the searches that started within ``phase``."""
        return [r for r in self.records if phase.start <= r.start < phase.end]


def _text_body(paragraphs: tuple[str, ...], lead: str) -> str:
    return "\n".join([lead, *paragraphs])


def base_items(config: Config) -> tuple[list[ArticleItem], list[ArticleItem]]:
    """Return the base articles and the arrivals (new ones, then changed base ones), all holding MARKER.

    Texts come after the ones the generated site uses, so crawled articles
    are not copies of base ones.
    """
    utf8, _ = load_texts(config.site + config.base + config.new)
    texts = utf8[config.site :]
    published = datetime(2020, 5, 1, 8, tzinfo=UTC)

    def item(i: int, lead: str) -> ArticleItem:
        text = texts[i % len(texts)]
        return ArticleItem(
            url=f"https://base.example/a/{i}.html",
            source_id=BASE_SOURCE,
            title=f"{text.title}（{i}）",
            body=_text_body(text.paragraphs, f"{MARKER}第{i}号档案。{lead}"),
            published_at=published + timedelta(hours=i),
            authors=["档案员"],
        )

    base = [item(i, "") for i in range(config.base)]
    new = [item(i, "") for i in range(config.base, config.base + config.new)]
    changed = [item(i, f"{REVISED}修订。") for i in range(config.changed)]
    return base, new + changed


def write_items(db_url: str, items: list[ArticleItem]) -> None:
    """Upsert ``items`` into the store in transactions of 100, as the crawl's writer would."""
    with open_store(db_url) as sessions:
        with sessions.begin() as session:
            ensure_source(session, BASE_SOURCE)
        for i in range(0, len(items), 100):
            with sessions.begin() as session:
                upsert_articles(session, items[i : i + 100])


def store_count(db_url: str) -> int:
    """Return how many articles the store holds."""
    with open_store(db_url) as sessions, sessions() as session:
        return int(session.scalar(select(func.count(Article.id))) or 0)


def queries(site_title: str, config: Config) -> list[Query]:
    """Return the query mix: exact-count queries on the base corpus, filters, phrases, misses, headlines."""
    return [
        Query("word", MARKER, expect="marker"),
        Query("phrase", f'"{MARKER}第"', expect="marker"),
        Query("source+date sort", MARKER, {"source": BASE_SOURCE, "sort": "date", "limit": 20}, "marker"),
        Query("date field", f"{MARKER} date:2020", expect="marker"),
        Query("page 2", MARKER, {"page": 2}, "marker"),
        Query("revised", f'"{REVISED}"', expect="revised"),  # quoted: an unquoted miss would be ORed
        Query("absent", "zqxjvw", expect="absent"),
        Query("common words", "经济 发展"),
        Query("site headline", site_title, expect="site"),
        Query("title field", "title:新闻 OR title:会议"),
    ]


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, *args, "--home", str(home)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
    )


def _cli_in_process(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``newsarchive`` in this process (no second interpreter start-up on a loaded machine)."""
    from search_cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--home", str(home)])
    return subprocess.CompletedProcess(["newsarchive", *args], code, out.getvalue(), err.getvalue())


def _timed(outcome: Outcome, name: str, home: Path, *args: str, here: bool = False) -> None:
    phase = Phase(name, time.monotonic())
    outcome.commands[name] = (_cli_in_process if here else _cli)(home, *args)
    phase.end = time.monotonic()
    outcome.phases.append(phase)


def _pause(outcome: Outcome, name: str, seconds: float) -> None:
    phase = Phase(name, time.monotonic())
    time.sleep(seconds)
    phase.end = time.monotonic()
    outcome.phases.append(phase)


def _crawl(outcome: Outcome, home: Path, registry: Path, log: Path, rebuild_too: bool) -> None:
    name = "rebuild+crawl" if rebuild_too else "crawl"
    phase = Phase(name, time.monotonic())
    settings = {"DOWNLOAD_DELAY": str(outcome.config.crawl_delay)}
    proc = start_crawl(registry, home, SITE_SOURCE, log=log, settings=settings)
    if rebuild_too:
        # Start the rebuild once the crawl is writing, so it reads a store that is still growing.
        cfg = outcome.config
        outcome.rebuild_saw = wait_for_articles(home, cfg.base + cfg.new + cfg.rebuild_after, proc)
        outcome.commands["rebuild"] = _cli(home, "index", "rebuild")
    out, _ = proc.communicate(timeout=CLI_TIMEOUT)
    phase.end = time.monotonic()
    outcome.phases.append(phase)
    err = log.read_text("utf-8", "replace") if log.exists() else ""
    args = [str(a) for a in proc.args] if isinstance(proc.args, list) else [str(proc.args)]
    outcome.commands["crawl"] = subprocess.CompletedProcess(args, proc.returncode, out.decode(), err)


def run(workdir: Path, config: Config) -> Outcome:
    """Run the scenario under ``workdir`` and return what happened (checked by :func:`problems`)."""
    from indexer.search import search
    from indexer.sync import rebuild_from_store

    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    index_path = home / "index"
    base, arrivals = base_items(config)
    write_items(db_url, base)
    rebuild_from_store(db_url, index_path)
    root = workdir / "site"
    manifest = build_site(
        root, n_articles=config.site, with_pdfs=False, with_sitemap=False, with_feed=False, seed=5
    )
    mix = queries(manifest.articles[0].title, config)
    outcome = Outcome(config, mix, site_articles=len(manifest.good_articles()))
    search(index_path, MARKER)  # load the analyzer once, before the searchers fork
    with serve_site(root) as url:
        registry = write_registry(workdir / "sources.toml", SITE_SOURCE, url, manifest.listing["start"])
        pool = SearcherPool(index_path, mix, config.searchers, config.pause, config.time_limit)
        try:
            _pause(outcome, "idle", config.idle)
            write_items(db_url, arrivals)
            _timed(outcome, "update", home, "index", "update")
            if config.overlap:
                _crawl(outcome, home, registry, workdir / "crawl.log", rebuild_too=True)
            else:
                _timed(outcome, "rebuild", home, "index", "rebuild")
                _crawl(outcome, home, registry, workdir / "crawl.log", rebuild_too=False)
            # In this process: the searchers are other processes all the same, and a third
            # interpreter start-up would cost seconds on a loaded machine.
            _timed(outcome, "catch-up", home, "index", "update", here=True)
            _pause(outcome, "settled", config.idle)
        finally:
            outcome.records = pool.stop()
    outcome.commands["check"] = check = _cli_in_process(home, "index", "check")
    outcome.check_output = check.stdout
    outcome.integrity = check_integrity(db_url)
    outcome.stored = store_count(db_url)
    return outcome


def _allowed(outcome: Outcome, record: SearchRecord, query: Query) -> str:
    """Return why ``record``'s total breaks its query's rule, or "" when it holds."""
    cfg = outcome.config
    update, catch_up = outcome.phase("update"), outcome.phase("catch-up")
    before, after = {"marker": (cfg.base, cfg.base + cfg.new), "revised": (0, cfg.changed)}.get(
        query.expect, (0, 0)
    )
    if query.expect in ("marker", "revised"):
        if record.end < update.start:
            allowed = {before}
        elif record.start > update.end:
            allowed = {after}
        else:  # the update's commit is atomic: one or the other, never a mix
            allowed = {before, after}
        return "" if record.total in allowed else f"total {record.total}, expected one of {sorted(allowed)}"
    if query.expect == "absent" and record.total != 0:
        return f"total {record.total}, expected 0"
    if query.expect == "site" and record.start > catch_up.end and record.total < 1:
        return "the crawled headline is not found after the catch-up update"
    return ""


def problems(outcome: Outcome) -> list[str]:
    """Return every broken expectation of a scenario run (empty: it went right)."""
    found: list[str] = []
    for name, result in outcome.commands.items():
        if result.returncode != 0:
            found.append(f"{name} exited {result.returncode}: {result.stderr.strip()[-800:]}")
        for bad in ("database is locked", "Traceback"):
            if bad in result.stderr:
                found.append(f"{name} logged {bad!r}: {result.stderr.strip()[-800:]}")
    for record in outcome.records:
        query = outcome.queries[record.query]
        if record.error:
            found.append(f"search {query.name!r} failed: {record.error}")
            continue
        wrong = _allowed(outcome, record, query)
        if not wrong and record.hits != expected_hits(record.total, query.options):
            wrong = f"{record.hits} hits on the page for a total of {record.total}"
        if wrong:
            found.append(f"search {query.name!r} at +{record.start - outcome.phases[0].start:.2f}s: {wrong}")
    cfg = outcome.config
    expected_rows = cfg.base + cfg.new + outcome.site_articles
    if outcome.stored != expected_rows:
        found.append(f"the store holds {outcome.stored} articles, expected {expected_rows}")
    if not outcome.check_output.rstrip().endswith("clean") or "not clean" in outcome.check_output:
        found.append(f"index check: {outcome.check_output.strip()}")
    found.extend(f"integrity: {p}" for p in outcome.integrity)
    return found

"""Re-extract and re-normalise articles from the WARC files, with no network access.

Extraction and normalisation improve; the raw captures do not change. This
reads every article response of the chosen runs (oldest file first, so that
later captures become later versions), runs the same pure functions the
crawl runs (``extract_for_source``, ``normalize_item``, ``article_key``) and
upserts the result: unchanged articles are only touched, changed ones get a
new version, and the stored version's own capture (an earlier version's too)
gets what the current rules read written in place (``refreshed``: see
:mod:`archive.rereads`). The current version's own capture read as another
text is a ``reread`` version (the paper changed nothing; the old reading is
kept before it), an earlier version's is left as archived (``earlier_reread``).
A store that was deleted is rebuilt from the files alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.articles import (
    DAMAGED,
    REFRESHED,
    UNCHANGED,
    content_hash,
    ensure_source,
    shorter_note,
    upsert_articles,
)
from archive.editions import REPROCESS_SPIDER, finish_run, save_running_counters, start_run
from archive.engine import create_store_engine, make_session_factory
from archive.errors import ExtractionError, StoreError
from archive.items import ArticleItem
from archive.models import Article, ArticleVersion, CrawlRun
from archive.rereads import refresh_versions, same_capture
from archive.run_verdict import REPROCESS_STOPPED
from archive.schema import ensure_schema
from archive.warc_read import CUT_THROUGH, Damage
from archive.wording import counted
from crawler.extract.for_source import extract_for_source
from crawler.normalize.article import normalize_item
from crawler.outcome import KEPT
from crawler.reprocess_refusals import (
    Refused,
    crawl_refused_shorter,
    refused_before,
    refused_shorter_line,
    settle_refusal,
)
from crawler.sources import SourceConfig
from crawler.urls import article_key
from crawler.warc_captures import CONTEXT_DATES, Capture, iter_captures, warc_files

# A sound capture whose new reading is much shorter than the stored text, which is kept
# (``archive.articles.looks_damaged``, ``worse_capture``; ``--accept-shorter`` writes it).
SHORTER = "skipped/shorter_reading"
# The reason of a reprocess run a Ctrl-C or SIGTERM stopped (``runs`` shows it under the run).
STOPPED = REPROCESS_STOPPED


@dataclass
class ReprocessSummary:
    """What a reprocess did, per outcome."""

    files: int = 0
    captures: int = 0  # records met: each has one outcome (articles/*, skipped/* but missing_capture:
    # articles whose record was never met, their file gone or not holding it, and damaged_page: a
    # damaged page record, no article capture)
    counters: dict[str, int] = field(default_factory=dict)
    damaged: list[str] = field(default_factory=list)  # one line per damaged record or refused capture
    # One line per sound capture read much shorter than the stored text (kept): SHORTER.
    shorter: list[str] = field(default_factory=list)
    # The same counters per source: each source's reprocess run records its own, not the whole pass's.
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)
    # Per WARC file cut short (it ends inside a record, or before records its articles name): the
    # captures it lost, the record cut through and the stored articles recorded after the cut.
    cut_files: dict[str, int] = field(default_factory=dict)
    # Captures the crawl refused (skipped/refused_at_crawl), one line each: known damage, not found by this
    # pass, unless the store had no record of the refusal (``refused_new``; recorded by this pass).
    refused: list[str] = field(default_factory=list)
    refused_new: int = 0

    def count(self, key: str, n: int = 1, source_id: str | None = None) -> None:
        """Add ``n`` to a counter (and to ``source_id``'s)."""
        self.counters[key] = self.counters.get(key, 0) + n
        if source_id is not None:
            own = self.by_source.setdefault(source_id, {})
            own[key] = own.get(key, 0) + n


def article_from_capture(capture: Capture, source: SourceConfig) -> ArticleItem | None:
    """Build the stored form of a captured article, as the crawl's spider and pipelines would.

    Returns ``None`` for what the crawl would not store (not an article, no title or body).
    """
    context = {
        key: date.fromisoformat(value[:10]) if key in CONTEXT_DATES and isinstance(value, str) else value
        for key, value in capture.context.items()
    }
    try:
        item = extract_for_source(
            source, capture.url, capture.body, capture.headers, context, fetched_at=capture.fetched_at
        )
    except ExtractionError:
        return None
    item.warc_file, item.warc_offset = capture.warc_file, capture.warc_offset
    if not item.title.strip() or not item.body.strip():
        return None
    item = normalize_item(item)
    item.url = article_key(item, source)
    return item


def _replay_past_version(
    session: Session, item: ArticleItem, accept_blank: bool = False
) -> tuple[str, bool] | None:
    """Return the outcome of ``item`` when it is an earlier version already kept, else None.

    Replaying old captures adds no version: ``item`` is unchanged, or refreshed when it is the
    version's own capture and the current rules read its title or date otherwise (the version's
    row is written in place, as the current one is: :mod:`archive.rereads`). The flag tells
    whether a stored value the re-read left empty was kept (``accept_blank`` writes it).
    """
    digest = content_hash(item)
    current = session.execute(select(Article.id, Article.content_hash).where(Article.url == item.url)).first()
    if current is None or current[1] == digest:
        return None
    stmt = select(ArticleVersion.id, ArticleVersion.warc_file, ArticleVersion.warc_offset).where(
        ArticleVersion.article_id == current[0], ArticleVersion.content_hash == digest
    )
    rows = session.execute(stmt).all()
    if not rows:
        return None
    # Of several versions with this text (the paper edited it back), the one this capture is.
    own = [id_ for id_, warc_file, warc_offset in rows if same_capture(item, warc_file, warc_offset)]
    if not own:
        return UNCHANGED, False
    refresh = refresh_versions(session, {own[0]: item}, accept_blank=accept_blank)
    return REFRESHED if refresh.written else UNCHANGED, bool(refresh.kept)


def _file_source(root: Path, path: Path) -> str | None:
    """Return the source a WARC file belongs to (``<root>/<source>/run-N/...``), or None elsewhere."""
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) == 3 else None


def missing_captures(
    session: Session, warc_root: Path, source_id: str | None = None, run_id: int | None = None
) -> list[tuple[str, str, int]]:
    """Return ``(source, line, articles)`` for each WARC file the stored articles name that is gone.

    Their text cannot be re-extracted: a reprocess that read the files left
    would otherwise say nothing of them (the stored text stays as it is).
    """
    stmt = select(Article.source_id, Article.warc_file, func.count()).where(Article.warc_file != "")
    if source_id:
        stmt = stmt.where(Article.source_id == source_id)
    stmt = stmt.group_by(Article.source_id, Article.warc_file).order_by(Article.warc_file)
    out = []
    for owner, name, count in session.execute(stmt):
        if run_id is not None and f"/run-{run_id}/" not in f"/{name}":
            continue
        if not (warc_root / name).is_file():
            keep = "keeps its" if count == 1 else "keep their"
            line = f"missing capture file: {name}: {counted(count, 'article')} {keep} stored text"
            out.append((str(owner), line, int(count)))
    return out


def unread_captures(session: Session, relative: str, met: set[int]) -> tuple[str, int] | None:
    """Return ``(line, articles)`` for the articles of WARC file ``relative`` whose record was never read.

    A file cut short, or zeroed by a crash (read as padding), ends before the
    records its articles name: they cannot be re-extracted, and a reprocess that
    met none of their records said nothing of them.
    """
    stmt = select(Article.warc_offset).where(Article.warc_file == relative, Article.warc_offset.is_not(None))
    offsets = [o for o in session.scalars(stmt) if o is not None and o not in met]
    if not offsets:
        return None
    offsets.sort()
    shown = ", ".join(str(o) for o in offsets[:5]) + (", ..." if len(offsets) > 5 else "")
    at, keep = ("an offset", "keeps its") if len(offsets) == 1 else ("offsets", "keep their")
    line = (
        f"missing capture: {relative}: {counted(len(offsets), 'article')} recorded at {at} the file does "
        f"not hold (cut short or overwritten: {shown}) {keep} stored text"
    )
    return line, len(offsets)


def reprocess(
    sources: Mapping[str, SourceConfig],
    db_url: str,
    warc_root: Path,
    *,
    source_id: str | None = None,
    run_id: int | None = None,
    batch_size: int = 200,
    accept_shorter: bool = False,
    accept_blank: bool = False,
    on_damage: Callable[[str], None] | None = None,
    on_record: Callable[[ReprocessSummary], None] | None = None,
) -> ReprocessSummary:
    """Rebuild articles from the WARC files under ``warc_root`` into the store at ``db_url``.

    A damaged record (truncated, failing its gzip check or digest) is counted as
    ``skipped/damaged_capture`` and named in ``summary.damaged``; a sound capture whose new reading
    is much shorter than the stored text (:func:`looks_damaged`; allowed with ``accept_shorter``) is
    counted as :data:`SHORTER` and named in ``summary.shorter``, the stored text kept. Both are passed
    to ``on_damage`` as they are met; the rest of the files are processed as usual. A damaged
    record its headers name a page (an edition page, listing, feed) is no article capture and
    nothing stored comes from it: it is named so and counted ``skipped/damaged_page``, apart.
    A re-read of a stored capture keeps a stored value it leaves empty, counted ``refresh/kept``
    per article or version (a broken selector would wipe the archive's dates); ``accept_blank``
    writes the empty reading (:mod:`archive.rereads`).
    ``on_record`` is called with the summary after each capture (progress).
    """
    if source_id and source_id not in sources:
        raise StoreError(f"unknown source {source_id!r} (known: {', '.join(sorted(sources)) or 'none'})")
    summary = ReprocessSummary()
    files = warc_files(warc_root, source_id, run_id)
    engine = create_store_engine(db_url)
    runs: dict[str, int] = {}  # per source: its reprocess run's id
    try:
        ensure_schema(engine)
        factory = make_session_factory(engine)
        seen: dict[str, dict[str, int]] = {}  # per source: its files and captures, for its run's record
        batch: list[tuple[ArticleItem, datetime]] = []

        def damaged(line: str, source_id: str | None, key: str = "skipped/damaged_capture") -> None:
            summary.count(key, source_id=source_id)
            summary.damaged.append(line)
            if on_damage is not None:
                on_damage(line)

        def flush() -> None:
            with factory.begin() as session:
                # Before the writes, which record a much shorter reading as refused (as the crawl does).
                refusals = refused_before(session, [item.url for item, _ in batch])
                for item, fetched in batch:  # each capture's own time: first_seen/last_seen as crawled
                    past = _replay_past_version(session, item, accept_blank)
                    if past is not None:
                        summary.count("articles/" + past[0], source_id=item.source_id)
                        if past[1]:
                            summary.count(KEPT, source_id=item.source_id)
                        continue
                    (result,) = upsert_articles(
                        session,
                        [item],
                        now=fetched,
                        run_id=runs.get(item.source_id),
                        guard_shrink=not accept_shorter,
                        accept_blank=accept_blank,
                    )
                    if result.outcome == DAMAGED and crawl_refused_shorter(
                        session, item, fetched, refusals.get(item.url)
                    ):  # refused so by the crawl, on record: known, as a capture cut in transfer
                        summary.count("skipped/refused_at_crawl", source_id=item.source_id)
                        summary.refused.append(refused_shorter_line(item, result))
                        continue
                    if result.outcome == DAMAGED:  # a sound record read much shorter: no damaged capture
                        line = shorter_note(item, result)
                        summary.count(SHORTER, source_id=item.source_id)
                        summary.shorter.append(line)
                        if on_damage is not None:
                            on_damage(line)
                        continue
                    summary.count("articles/" + result.outcome, source_id=item.source_id)
                    if result.kept_blank:
                        summary.count(KEPT, source_id=item.source_id)
                    if result.reprint:
                        summary.count("reprints/" + result.reprint, source_id=item.source_id)
                # With the writes, in their transaction: a refresh names no run in the rows it writes,
                # so a reprocess killed later (SIGKILL) could not be counted from them (runs read 0).
                for sid, rid in runs.items():
                    save_running_counters(session, rid, run_counters(sid))
            batch.clear()

        def run_counters(sid: str) -> dict[str, int]:
            """Return the counters of source ``sid``'s reprocess run so far (its final ones at the end)."""
            return {**summary.by_source.get(sid, {}), "fetched": 0, "files": 0, "captures": 0} | seen.get(
                sid, {}
            )

        def refused_at_crawl(capture: Refused, owner: str | None) -> None:
            """Count a capture the crawl refused; record the refusal if the store has none (news, then)."""
            source = sources.get(capture.source_id)
            if source is None:
                summary.count("skipped/unknown_source")
                return
            on_record = settle_refusal(factory, source, capture)
            summary.count("skipped/refused_at_crawl", source_id=owner)
            line = capture.line(on_record)
            summary.refused.append(line)
            if not on_record:
                summary.refused_new += 1
                if on_damage is not None:
                    on_damage(line)

        # Refusals are looked up once every capture is stored: one whose article a later capture
        # archived is noted on the article's row, as the crawl noted it, not kept as never archived.
        refusals: list[tuple[Refused, str | None]] = []
        for path in files:
            summary.files += 1
            owner = _file_source(warc_root, path)
            if owner is not None:
                mine = seen.setdefault(owner, {"files": 0, "captures": 0})
                mine["files"] += 1
            met: set[int] = set()  # offsets of the records read (or found damaged) in this file
            cut_through = 0
            for capture in iter_captures(warc_root, path, met):
                if isinstance(capture, Damage) and capture.of_page:
                    # No article capture, nothing stored from it: said and counted apart (a damaged
                    # article capture "kept the stored text" sent the archivist after an article).
                    damaged(capture.line(), owner, "skipped/damaged_page")
                    continue
                if isinstance(capture, Damage):
                    # Every record met is a capture, an unreadable one too: the outcomes add up to captures.
                    damaged(capture.line(), owner)
                    cut_through += capture.reason == CUT_THROUGH
                    summary.captures += 1
                    if owner in seen:
                        seen[owner]["captures"] += 1
                    if on_record is not None:  # the progress counts what the summary counts
                        on_record(summary)
                    continue
                if isinstance(capture, Refused):
                    refusals.append((capture, owner))
                summary.captures += 1
                if capture.source_id in seen:
                    seen[capture.source_id]["captures"] += 1
                if on_record is not None:
                    on_record(summary)
                if isinstance(capture, Refused):
                    continue
                source = sources.get(capture.source_id)
                if source is None:
                    summary.count("skipped/unknown_source")
                    continue
                if source.id not in runs:
                    with factory.begin() as session:
                        ensure_source(
                            session,
                            source.id,
                            source.name,
                            source.region,
                            source.kind,
                            source.timezone,
                            schedule=source.schedule,
                        )
                        runs[source.id] = start_run(
                            session, source.id, REPROCESS_SPIDER, {"source": source_id or "", "run": run_id}
                        ).id
                item = article_from_capture(capture, source)
                if item is None:
                    summary.count("skipped/not_article", source_id=source.id)
                    continue
                batch.append((item, capture.fetched_at))
                if len(batch) >= batch_size:
                    flush()
            with factory() as session:
                unread = unread_captures(session, path.relative_to(warc_root).as_posix(), met)
            if unread is not None:
                summary.count("skipped/missing_capture", unread[1], source_id=owner)
                summary.damaged.append(unread[0])
                if on_damage is not None:
                    on_damage(unread[0])
            lost = cut_through + (unread[1] if unread is not None else 0)
            if lost:
                summary.cut_files[path.relative_to(warc_root).as_posix()] = lost
        if batch:
            flush()
        for refused, owner in refusals:
            refused_at_crawl(refused, owner)
        with factory() as session:
            for owner, line, count in missing_captures(session, warc_root, source_id, run_id):
                summary.count("skipped/missing_capture", count, source_id=owner)
                summary.damaged.append(line)
                if on_damage is not None:
                    on_damage(line)
        with factory.begin() as session:
            for sid, rid in runs.items():
                finish_run(session, rid, "finished", run_counters(sid))
    except KeyboardInterrupt:
        # A stop (Ctrl-C, SIGTERM) the command saw: its runs read "running (process gone)" until then.
        # Their counters stay those saved with the last committed batch: the batch in flight was not.
        with make_session_factory(engine).begin() as session:
            for rid in runs.values():
                run = session.get(CrawlRun, rid)
                if run is not None and run.status == "running":
                    finish_run(session, rid, "interrupted", run.counters or {}, STOPPED)
        raise
    finally:
        engine.dispose()
    return summary

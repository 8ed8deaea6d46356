"""Keep the index level with the store: full rebuilds and incremental updates.

``update_from_store`` works from the watermark (the newest ``updated_at`` the
index has seen) for changed articles, and from an id-set difference between
store and index for new and deleted ones: the store keeps no tombstones, and
the difference also repairs whatever a killed writer left undone. Articles
whose content hash equals the indexed one are skipped. Each article is
filed under its source's time zone (``sources.timezone``); the generation's
metadata records the zone of each source (``zones``), so an update re-files
every article of a source whose zone changed since.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from archive.config import DEFAULT_TIMEZONE
from archive.engine import create_store_engine
from archive.models import Article, Source
from indexer.build import IndexDoc, apply_changes, rebuild_index
from indexer.errors import IndexerError
from indexer.generations import WriterLock, current_generation, read_meta, reading

WATERMARK_OVERLAP = timedelta(minutes=10)  # rows committed late with an earlier updated_at
BATCH = 1000

_COLUMNS = (
    Article.id,
    Article.title,
    Article.body,
    Article.lead_title,
    Article.subtitle,
    Article.external_id,
    Article.url,
    Article.authors,
    Article.source_id,
    Article.section,
    Article.published_at,
    Article.edition_date,
    Article.content_hash,
    Article.updated_at,
    func.coalesce(Source.timezone, DEFAULT_TIMEZONE).label("timezone"),
)


@dataclass
class UpdateStats:
    """What an incremental update did."""

    added: int = 0
    changed: int = 0
    deleted: int = 0
    watermark: datetime | None = None
    rebuilt: bool = False


def _engine(db_url: str) -> Engine:
    return create_store_engine(db_url)


def _doc(row: Any) -> IndexDoc:
    return IndexDoc(
        id=row.id,
        title=row.title or "",
        body=row.body or "",
        lead_title=row.lead_title or "",
        subtitle=row.subtitle or "",
        external_id=row.external_id or "",
        url=row.url or "",
        authors=list(row.authors or []),
        source=row.source_id or "",
        section=row.section or "",
        published_at=row.published_at,
        edition_date=row.edition_date,
        content_hash=row.content_hash or "",
        updated_at=row.updated_at,
        timezone=row.timezone or DEFAULT_TIMEZONE,
    )


def _select() -> Any:
    return select(*_COLUMNS).select_from(Article).outerjoin(Source, Source.id == Article.source_id)


def store_zones(engine: Engine) -> dict[str, str]:
    """Return ``{source id: time zone}`` of every source in the store."""
    with engine.connect() as conn:
        return {r[0]: r[1] or DEFAULT_TIMEZONE for r in conn.execute(select(Source.id, Source.timezone))}


def iter_store_docs(engine: Engine, ids: list[int] | None = None) -> Iterator[IndexDoc]:
    """Yield store articles as :class:`IndexDoc`, all of them or the given ids, in id order."""
    with engine.connect() as conn:
        if ids is None:
            result = conn.execution_options(yield_per=BATCH).execute(_select().order_by(Article.id))
            for row in result:
                yield _doc(row)
            return
        for i in range(0, len(ids), BATCH):
            chunk = ids[i : i + BATCH]
            for row in conn.execute(_select().where(Article.id.in_(chunk)).order_by(Article.id)):
                yield _doc(row)


def store_state(engine: Engine) -> dict[int, tuple[str, datetime | None, str]]:
    """Return ``{article id: (content hash, updated_at, source id)}`` for the whole store."""
    with engine.connect() as conn:
        rows = conn.execute(select(Article.id, Article.content_hash, Article.updated_at, Article.source_id))
        return {r.id: (r.content_hash or "", r.updated_at, r.source_id or "") for r in rows}


def _store_call(db_url: str) -> tuple[Engine, int, datetime | None]:
    engine = _engine(db_url)
    try:
        with engine.connect() as conn:
            count = conn.execute(select(func.count(Article.id))).scalar_one()
            newest = conn.execute(select(func.max(Article.updated_at))).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise IndexerError(
            f"cannot read the archive database ({exc.__class__.__name__}); is {db_url} right?"
        ) from exc
    return engine, int(count), newest


def rebuild_from_store(
    db_url: str, index_path: Path, *, procs: int | None = None, progress: bool | str = False
) -> int:
    """Build a new generation from every article in the store and swap it in; return the count."""
    engine, count, newest = _store_call(db_url)
    try:
        return rebuild_index(
            Path(index_path),
            iter_store_docs(engine),
            procs=procs,
            progress=progress,
            total=count,
            watermark=newest,
            zones=store_zones(engine),
        )
    finally:
        engine.dispose()


def index_state(index_path: Path) -> dict[int, str]:
    """Return ``{article id: indexed content hash}`` from the live generation's state column."""
    from indexer.check import read_index_state

    with reading(Path(index_path)) as gen:
        return read_index_state(gen)


def update_from_store(db_url: str, index_path: Path, *, progress: bool | str = False) -> UpdateStats:
    """Bring the live index level with the store: new, changed and deleted articles.

    With no index yet this is a rebuild.
    """
    index_path = Path(index_path)
    if current_generation(index_path) is None:
        count = rebuild_from_store(db_url, index_path, progress=progress)
        _, _, newest = _store_call(db_url)
        return UpdateStats(added=count, watermark=newest, rebuilt=True)
    engine, _, newest = _store_call(db_url)
    try:
        with WriterLock(index_path, "index update") as lock:
            gen = current_generation(index_path)
            assert gen is not None
            meta = read_meta(gen)
            mark_text = meta.get("watermark")
            mark = datetime.fromisoformat(mark_text) - WATERMARK_OVERLAP if mark_text else None
            indexed = index_state(index_path)
            store = store_state(engine)
            zones = store_zones(engine)
            filed = meta.get("zones") or {}
            moved = {s for s, tz in zones.items() if filed.get(s, DEFAULT_TIMEZONE) != tz}
            new_ids = [i for i in store if i not in indexed]
            deleted = [i for i in indexed if i not in store]
            changed = [
                i
                for i, (chash, updated, source) in store.items()
                if i in indexed
                and (
                    source in moved
                    or ((mark is None or updated is None or updated >= mark) and indexed[i] != chash)
                )
            ]
            todo = sorted(new_ids + changed)
            apply_changes(
                index_path,
                iter_store_docs(engine, todo),
                deleted,
                watermark=newest,
                progress=progress,
                total=len(todo),
                lock=lock,
                zones=zones,
            )
            return UpdateStats(
                added=len(new_ids), changed=len(changed), deleted=len(deleted), watermark=newest
            )
    finally:
        engine.dispose()

"""Read the store for the index: articles as :class:`IndexDoc`, and the id/state pairs to compare with.

``index rebuild``/``index update`` (``indexer.sync``) and ``index check``
(``indexer.check``) both read these; kept in their own module so that
neither of those imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, literal, select
from sqlalchemy.exc import SQLAlchemyError

from archive.config import DEFAULT_TIMEZONE
from archive.engine import create_store_engine
from archive.models import Article, Source
from indexer.documents import UNREAD, IndexDoc, doc_state
from indexer.errors import IndexerError
from indexer.lag import read_mark

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
    Article.page_number,
    Article.published_at,
    Article.edition_date,
    Article.content_hash,
    Article.updated_at,
    func.coalesce(Source.timezone, DEFAULT_TIMEZONE).label("timezone"),
)


def store_engine(db_url: str) -> Engine:
    """Return an engine on the store at ``db_url`` (no connection made yet)."""
    return create_store_engine(db_url)


def _doc(row: Any) -> IndexDoc:
    return row_doc(row, external_id=row.external_id or "", updated_at=row.updated_at)


def row_doc(row: Any, *, external_id: str, updated_at: datetime | None) -> IndexDoc:
    """Return the index document of a selected row of article columns (an article's, or a version's).

    ``indexer.versions`` indexes a superseded version with its article's place and its own text:
    one mapping, so the two indexes cannot come to read a column differently.
    """
    return IndexDoc(
        id=row.id,
        title=row.title or "",
        body=row.body or "",
        lead_title=row.lead_title or "",
        subtitle=row.subtitle or "",
        external_id=external_id,
        url=row.url or "",
        authors=list(row.authors or []),
        source=row.source_id or "",
        section=row.section or "",
        page_number=row.page_number or "",
        published_at=row.published_at,
        edition_date=row.edition_date,
        content_hash=row.content_hash or "",
        updated_at=updated_at,
        timezone=row.timezone or DEFAULT_TIMEZONE,
    )


def _select() -> Any:
    """Select the article columns and the zone of each article's source (no source row: the default)."""
    return select(*_COLUMNS).select_from(Article).outerjoin(Source, Source.id == Article.source_id)


def iter_store_docs(engine: Engine, ids: list[int] | None = None) -> Iterator[IndexDoc]:
    """Yield store articles as :class:`IndexDoc`, all of them or the given ids, in id order."""
    return iter_docs(engine, _select(), Article.id, _doc, ids)


def iter_docs(
    engine: Engine, query: Any, key: Any, make: Callable[[Any], IndexDoc], ids: list[int] | None
) -> Iterator[IndexDoc]:
    """Yield ``make(row)`` of the query's rows, all of them streamed or those whose ``key`` is in ``ids``.

    In ``key`` order, ids asked in batches of ``BATCH``: the articles' index and the versions' read alike.
    """
    with engine.connect() as conn:
        if ids is None:
            for row in conn.execution_options(yield_per=BATCH).execute(query.order_by(key)):
                yield make(row)
            return
        for i in range(0, len(ids), BATCH):
            for row in conn.execute(query.where(key.in_(ids[i : i + BATCH])).order_by(key)):
                yield make(row)


def store_state(engine: Engine) -> dict[int, str]:
    """Return ``{article id: state}`` (:func:`indexer.documents.doc_state`) for the whole store."""
    return doc_states(engine, _select(), _doc)


def doc_states(engine: Engine, query: Any, make: Callable[[Any], IndexDoc]) -> dict[int, str]:
    """Return ``{document id: state}`` of the documents ``make`` builds from the query's rows, bodies unread.

    The documents are built as the index's are (one builder: the state cannot come to read a column
    otherwise than the document does), each column of ``UNREAD`` selected as an empty string: the
    state reads the content hash instead of the body, and a body is most of a row.
    """
    light = query.with_only_columns(
        *(literal("").label(c.key) if c.key in UNREAD else c for c in query.selected_columns),
        maintain_column_froms=True,
    )
    with engine.connect() as conn:
        return {doc.id: doc_state(doc) for doc in map(make, conn.execute(light))}


def store_mark(engine: Engine) -> dict[str, int]:
    """Return the store's mark (:func:`indexer.lag.read_mark`); read it before the state it stands for."""
    with engine.connect() as conn:
        return read_mark(conn)


def store_zones(engine: Engine) -> dict[str, str]:
    """Return ``{source id: time zone}`` of every source in the store."""
    with engine.connect() as conn:
        return {r[0]: r[1] or DEFAULT_TIMEZONE for r in conn.execute(select(Source.id, Source.timezone))}


def _migrated(engine: Engine) -> None:
    """Bring a store made by an older version to the current schema, as every writing command does.

    The index reads columns added since (``sources.timezone``). An empty or
    unversioned database is left alone: the index never creates an archive.
    """
    from archive.errors import StoreError
    from archive.schema import current_revision, ensure_schema

    try:
        if current_revision(engine) is not None:
            ensure_schema(engine)
    except (SQLAlchemyError, StoreError):
        pass  # the count below says that the database cannot be read, in one line


def open_store(db_url: str) -> tuple[Engine, int, datetime | None]:
    """Return an engine on the store, its article count and newest ``updated_at``; one line if unreadable."""
    engine = store_engine(db_url)
    _migrated(engine)
    try:
        with engine.connect() as conn:
            count = conn.execute(select(func.count(Article.id))).scalar_one()
            newest = conn.execute(select(func.max(Article.updated_at))).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise IndexerError(
            f"cannot read the archive database ({exc.__class__.__name__}); is {db_url} right?"
        ) from exc
    return engine, int(count), newest

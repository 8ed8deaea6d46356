"""Copy a whole archive database into another, empty one: SQLite to PostgreSQL, a backup, a restore.

Re-extracting from the WARC files (``reprocess``) rebuilds articles but not
what has no capture: earlier versions, imported articles, crawl runs and the
editions' found / no-edition record. Copying the rows keeps all of it, ids
included, so the index built from either database names the same articles.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, update

from archive.engine import create_store_engine
from archive.errors import StoreError
from archive.models import CHANGES_KEY, Base, StoreMeta
from archive.schema import ensure_schema

BATCH_ROWS = 2000  # rows per INSERT: large enough to be quick, small enough to stay in memory


def _copied_tables() -> list[Table]:
    """Return the archive's tables in the order rows must be inserted (parents first).

    Not ``store_meta``: its migration gives the target its own row; :func:`_keep_counter`
    sets it once the rows are in.
    """
    return [t for t in Base.metadata.sorted_tables if t.name != StoreMeta.__tablename__]


def _row_counts(conn: Connection) -> dict[str, int]:
    """Rows per copied table of the archive's schema, parents first."""
    tables = _copied_tables()
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


def _keep_counter(src: Connection, dst: Connection) -> None:
    """Give the target the source's change counter, in place of the count of the copy's own writes.

    The copy holds the source's rows under their ids, so an index's mark of the source stands for
    it. The count of the copy's writes (rows on SQLite, one transaction on PostgreSQL) could equal
    the mark of an index behind its source (it said current), and differed from a level one's (it
    said behind). PostgreSQL's deferred triggers run at commit: fire them first, so none adds one
    after the counter is set.
    """
    changes = src.execute(select(StoreMeta.value).where(StoreMeta.key == CHANGES_KEY)).scalar_one()
    if dst.dialect.name == "postgresql":
        dst.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
    dst.execute(update(StoreMeta).where(StoreMeta.key == CHANGES_KEY).values(value=changes))


def _reset_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the copied ids, so the next insert does not collide."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        name = table.name  # ours, from the models: not user input
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', '{pk[0].name}'), "
                f"COALESCE((SELECT MAX({pk[0].name}) FROM {name}), 0) + 1, false)"
            )
        )


def copy_store(
    source_url: str,
    target_url: str,
    *,
    on_total: Callable[[int], None] | None = None,
    on_rows: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Copy every row of the archive at ``source_url`` into the empty one at ``target_url``.

    Both are migrated to the newest schema first. A target holding any row is
    refused (a copy never merges two archives). The copy is one transaction on
    the target: an interrupted copy leaves it empty. Returns rows per table;
    ``on_total`` is told the rows to copy, ``on_rows`` each batch copied (progress).
    """
    source: Engine = create_store_engine(source_url)
    target: Engine = create_store_engine(target_url)
    try:
        if source.url == target.url:
            raise StoreError("the copy's target is its source: name another database")
        ensure_schema(source)
        ensure_schema(target)
        with source.connect() as src, target.begin() as dst:
            held = {name: n for name, n in _row_counts(dst).items() if n}
            if held:
                tables = ", ".join(f"{name} {n}" for name, n in held.items())
                raise StoreError(f"the target database is not empty ({tables}): copy into an empty one")
            if on_total is not None:
                on_total(sum(_row_counts(src).values()))
            copied: dict[str, int] = {}
            for table in _copied_tables():
                order = list(table.primary_key.columns)
                result = src.execute(select(table).order_by(*order)).mappings()
                copied[table.name] = 0
                for chunk in result.partitions(BATCH_ROWS):
                    dst.execute(insert(table), [dict(row) for row in chunk])
                    copied[table.name] += len(chunk)
                    if on_rows is not None:
                        on_rows(len(chunk))
            _keep_counter(src, dst)
            if dst.dialect.name == "postgresql":
                _reset_sequences(dst)
        return copied
    finally:
        source.dispose()
        target.dispose()

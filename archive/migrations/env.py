"""Alembic environment of the newsarchive store.

``archive.schema`` runs migrations in-process and hands over its own
connection (``config.attributes["connection"]``), so the upgrade happens in
the same transaction that holds the migration lock. Run by the ``alembic``
command instead, the URL is resolved like every newsarchive command does.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection

from archive.config import resolve_db_url
from archive.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _compare_type(
    ctx: Any, inspected: Any, metadata: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    # UTCDateTime is DateTime(timezone=True) underneath; compare what the database holds.
    if isinstance(metadata_type, UTCDateTime):
        return (
            None if inspected_type.__class__.__name__.upper().startswith(("DATETIME", "TIMESTAMP")) else True
        )
    return None


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Migrations must not import the models (they change); write the plain type.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=_compare_type,
        render_item=_render_item,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run against the caller's connection, else open one from the resolved URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from archive.engine import create_store_engine

    engine = create_store_engine(config.get_main_option("sqlalchemy.url") or resolve_db_url())
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run them against a database")
run_migrations()

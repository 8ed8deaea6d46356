"""Dialect-specific ``INSERT ... ON CONFLICT`` for SQLite and PostgreSQL.

Both dialects spell upserts the same way in SQLAlchemy (``on_conflict_do_nothing``,
``on_conflict_do_update``); this picks the right ``insert`` for the session's
database so the store never checks-then-inserts (a race between processes).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from archive.errors import StoreError


def upsert_insert(session: Session, model: Any) -> Any:
    """Return an ``insert`` for ``model`` that supports ``ON CONFLICT`` on the session's database."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.insert(model)
    if name == "postgresql":
        return postgresql.insert(model)
    raise StoreError(f"unsupported database {name!r} (use SQLite or PostgreSQL)")


def chunked(values: list[Any], size: int = 500) -> list[list[Any]]:
    """Split ``values`` for ``IN (...)`` lists that stay under every driver's parameter limit."""
    return [values[i : i + size] for i in range(0, len(values), size)]

"""Open the archive a command works on: its database URL and WARC directory resolved in one place.

The first command to touch an archive after an upgrade migrates it, and migration
0006 reads the raw captures (once, for good): every command therefore opens the
archive here, so none can migrate without the WARC directory of its ``--home``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker


def archive_db_url(args: argparse.Namespace) -> str:
    """Return the database URL of the command's archive (``--db-url``, else its data directory's)."""
    from archive.config import resolve_db_url

    return resolve_db_url(getattr(args, "db_url", None), getattr(args, "home", None))


def archive_warc_root(args: argparse.Namespace) -> Path | None:
    """Return the WARC directory of the ``--home`` given, for a migration that reads captures (else None).

    Without one the migration chooses (beside a SQLite file, else the data directory's),
    the same for every command, ``db upgrade`` included.
    """
    from archive.config import warc_dir

    home = getattr(args, "home", None)
    return warc_dir(home) if home else None


@contextmanager
def open_archive(
    args: argparse.Namespace, db_url: str, *, reading: bool = False
) -> Iterator[sessionmaker[Session]]:
    """Open the command's archive at ``db_url``, migrated with its WARC directory; yield a session factory.

    ``db_url`` is what :func:`require_archive` returned (or :func:`archive_db_url`, for a
    command that answers without an archive): the command refuses a missing one first.
    ``reading``: a command that only reads (``show``, ``runs``): it waits on no import or crawl
    writing meanwhile (on SQLite their transaction held it for the 30 s busy timeout, then failed).
    """
    from archive.schema import open_store

    with open_store(db_url, warc_root=archive_warc_root(args), reading=reading) as sessions:
        yield sessions


def migrate_archive(args: argparse.Namespace, db_url: str) -> str:
    """Migrate an older archive at ``db_url`` with the command's WARC directory; return ``db_url``.

    For commands whose library opens the store itself (``search``, ``serve``, ``index``,
    ``import``, ``reprocess``): the migration happens here first, with the right captures.
    No archive is created (an index alone answers a search; the web server opens the store
    read-only), and a database that cannot be read is left as it is: the command's own
    reading says what is wrong, in its words, as it did before.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from archive.errors import StoreError
    from archive.schema import ensure_schema

    with _archive_engine(db_url) as engine:
        if engine is not None:
            try:
                ensure_schema(engine, archive_warc_root(args))
            except (SQLAlchemyError, StoreError):
                pass
    return db_url


def existing_archive(args: argparse.Namespace) -> str | None:
    """Return the database URL of the command's archive when one exists, else ``None`` (nothing created).

    For a command that edits the registry and tells an archive already there (``sources add``):
    a SQLite file that is not there, or a database without archive tables, is no archive.
    """
    db_url = archive_db_url(args)
    with _archive_engine(db_url) as engine:
        return db_url if engine is not None else None


@contextmanager
def _archive_engine(db_url: str) -> Iterator[Engine | None]:
    """Yield an engine on the archive at ``db_url``, or None when there is none to open (nothing created).

    A URL that does not parse, a SQLite file that is not there (an index alone, or no archive), a
    database that cannot be opened or read, or one without archive tables (an empty database) is none.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from archive.engine import create_store_engine
    from archive.errors import StoreError
    from archive.schema import current_revision

    try:
        url = make_url(db_url)
    except ArgumentError:
        yield None
        return
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        yield None
        return
    try:
        engine = create_store_engine(db_url)
    except StoreError:
        yield None
        return
    try:
        try:
            revision = current_revision(engine)
        except (SQLAlchemyError, StoreError):
            revision = None
        yield engine if revision is not None else None
    finally:
        engine.dispose()

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
def open_archive(args: argparse.Namespace, db_url: str) -> Iterator[sessionmaker[Session]]:
    """Open the command's archive at ``db_url``, migrated with its WARC directory; yield a session factory.

    ``db_url`` is what :func:`require_archive` returned (or :func:`archive_db_url`, for a
    command that answers without an archive): the command refuses a missing one first.
    """
    from archive.schema import open_store

    with open_store(db_url, warc_root=archive_warc_root(args)) as sessions:
        yield sessions


def migrate_archive(args: argparse.Namespace, db_url: str) -> str:
    """Migrate an older archive at ``db_url`` with the command's WARC directory; return ``db_url``.

    For commands whose library opens the store itself (``search``, ``serve``, ``index``,
    ``import``, ``reprocess``): the migration happens here first, with the right captures.
    No archive is created (an index alone answers a search; the web server opens the store
    read-only), and a database that cannot be read is left as it is: the command's own
    reading says what is wrong, in its words, as it did before.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from archive.engine import create_store_engine
    from archive.errors import StoreError
    from archive.schema import current_revision, ensure_schema

    try:
        url = make_url(db_url)
    except ArgumentError:
        return db_url
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return db_url  # an index alone, or no archive: nothing to migrate, nothing to create
    try:
        engine = create_store_engine(db_url)
    except StoreError:
        return db_url
    try:
        if current_revision(engine) is not None:  # an empty database is no archive to migrate
            ensure_schema(engine, archive_warc_root(args))
    except (SQLAlchemyError, StoreError):
        pass
    finally:
        engine.dispose()
    return db_url


def existing_archive(args: argparse.Namespace) -> str | None:
    """Return the database URL of the command's archive when one exists, else ``None`` (nothing created).

    For a command that edits the registry and tells an archive already there (``sources add``):
    a SQLite file that is not there, or a database without archive tables, is no archive.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from archive.engine import create_store_engine
    from archive.errors import StoreError
    from archive.schema import current_revision

    db_url = archive_db_url(args)
    try:
        url = make_url(db_url)
    except ArgumentError:
        return None
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return None
    try:
        engine = create_store_engine(db_url)
    except StoreError:
        return None
    try:
        return db_url if current_revision(engine) is not None else None
    except (SQLAlchemyError, StoreError):
        return None
    finally:
        engine.dispose()

"""Bring a database to the current schema with Alembic, on first use and on demand.

Every entry point that opens the store calls :func:`ensure_schema`, so a new
data directory (or an older one) is migrated before anything reads or writes
it. Migrations run inside one transaction that holds a lock (SQLite's
``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so two processes starting at
once do not both try to create the tables.

Most opens find the database at :data:`HEAD_REVISION` already: that check is
one plain query of ``alembic_version``, and Alembic (whose import and reading
of the scripts cost a CLI search about 0.1 s) is loaded only when a migration
is due, or by the ``db`` commands that ask it.
"""

from __future__ import annotations

import atexit
import functools
import logging
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, column, func, inspect, select, table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from archive.engine import READING, driver_message
from archive.errors import StoreError

if TYPE_CHECKING:  # imported where a migration is due: the at-head check loads no Alembic
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The schema the first cut made with ``create_all``: a database that has its
# tables but no ``alembic_version`` is adopted at this revision, then upgraded.
BASELINE_REVISION = "0001"
# The newest migration's revision: bump it with each new script in migrations/versions.
# tests/test_store_schema.py holds it equal to Alembic's head, so a migration added
# without it fails there (every open would otherwise run Alembic to find nothing to do).
HEAD_REVISION = "0016"
# Alembic's version table, read with plain SQL on the common (at-head) path.
_VERSION_TABLE = table("alembic_version", column("version_num"))
# Arbitrary, fixed: identifies newsarchive's migration lock among advisory locks.
_PG_LOCK_KEY = 0x6E617263  # "narc"
logger = logging.getLogger(__name__)


@functools.cache
def migrations_dir() -> Path:
    """Return a directory holding the migration scripts.

    Alembic reads scripts from the file system. Installed normally they are
    there; deployed to scrapyd the package is a zipped egg, so they are
    copied out once per process into a temporary directory.
    """
    if MIGRATIONS_DIR.is_dir():
        return MIGRATIONS_DIR
    target = Path(tempfile.mkdtemp(prefix="newsarchive-migrations-"))
    atexit.register(shutil.rmtree, target, True)

    def copy(source: Traversable, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        for entry in source.iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    copy(entry, dest / entry.name)
            else:
                (dest / entry.name).write_bytes(entry.read_bytes())

    copy(resources.files("archive") / "migrations", target)
    return target


def _quiet_alembic() -> None:
    """Keep Alembic's INFO notes out of the caller's log (unless someone set its level).

    Its plugin list, "Context impl" and "Will assume ... DDL" are internals: they
    filled the scheduler's log and `crawl -v` at every open of a store.
    """
    chatter = logging.getLogger("alembic")
    if chatter.level == logging.NOTSET:
        chatter.setLevel(logging.WARNING)


def alembic_config(connection: Connection | None = None) -> Config:
    """Return the Alembic configuration, bound to ``connection`` when given."""
    from alembic.config import Config

    _quiet_alembic()
    location = migrations_dir()
    # stdout of this call: Config's default is the sys.stdout of alembic's first import, which under a
    # test's capture is closed by the time a later command (`check`) prints through it.
    config = Config(str(location / "alembic.ini"), stdout=sys.stdout)
    config.set_main_option("script_location", str(location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the newest migration's revision id (:data:`HEAD_REVISION`, no script read)."""
    return HEAD_REVISION


def scripts_head() -> str | None:
    """Return the head revision Alembic reads from the scripts (what :data:`HEAD_REVISION` must say)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _read_revision(conn: Connection) -> str | None:
    """Return the revision in ``alembic_version`` (``None``: no such table, or no row), as Alembic reads it.

    Plain SQL, so that the check made at every open loads no Alembic. More than one
    row is a branched history, which newsarchive's linear migrations never make.
    """
    if not inspect(conn).has_table(_VERSION_TABLE.name):
        return None
    revisions = [str(r) for r in conn.execute(select(_VERSION_TABLE.c.version_num)).scalars()]
    if len(revisions) > 1:
        named = ", ".join(sorted(revisions))
        raise StoreError(
            f"the database's alembic_version holds {len(revisions)} revisions ({named}): "
            "newsarchive's migrations make one"
        )
    return revisions[0] if revisions else None


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at (``None`` for an empty or unversioned one).

    A database that cannot be opened (server down, not a database file) raises
    one-line :class:`StoreError` in the driver's words.
    """
    try:
        with engine.connect() as conn:  # a read: it waits on no writer's transaction (archive.engine)
            return _read_revision(conn.execution_options(**{READING: True}))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the database: {driver_message(exc)}") from exc


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
    # SQLite: the engine began this transaction with BEGIN IMMEDIATE, which is the lock.


def known_revision(revision: str) -> bool:
    """Tell whether one of our migrations names ``revision`` (a newer newsarchive's does not)."""
    if revision == HEAD_REVISION:  # the common answer, without reading the scripts
        return True
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def known_revisions() -> list[str]:
    """Return every revision our migrations name, oldest first."""
    from alembic.script import ScriptDirectory

    return sorted(
        str(script.revision) for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def check_known_revision(current: str | None) -> None:
    """Refuse a database at a revision no migration of ours names: a newer newsarchive migrated it.

    Alembic said "Can't locate revision identified by '0005'", which reads as a damaged archive,
    and ``db check`` advised the ``db upgrade`` that fails so.
    """
    if current is not None and not known_revision(current):
        raise StoreError(
            f"the database is at revision {current}, which this newsarchive does not know "
            f"(its newest is {head_revision()}): a newer newsarchive migrated it; run that one "
            "(migrations never go back)"
        )


def upgrade(
    engine: Engine,
    revision: str = "head",
    *,
    notes: list[str] | None = None,
    warc_root: Path | None = None,
) -> str | None:
    """Migrate the database to ``revision`` and return the revision it is at afterwards.

    A migration that changes rows says what it did in a line appended to ``notes``
    (``db upgrade`` prints them). ``warc_root`` is where a migration reading the
    raw captures finds them (default: beside a SQLite file, else the data directory's).
    """
    from alembic import command

    try:
        with engine.begin() as conn:
            _lock(conn)
            tables = set(inspect(conn).get_table_names())
            if "articles" in tables and "alembic_version" not in tables:
                command.stamp(alembic_config(conn), BASELINE_REVISION)
            check_known_revision(_read_revision(conn))
            config = alembic_config(conn)
            if warc_root is not None:
                config.attributes["warc_root"] = str(warc_root)
            command.upgrade(config, revision)
            said = list(config.attributes.get("notes", ()))
            if notes is not None:
                notes.extend(said)
            else:
                for note in said:
                    logger.info("migration %s", note)
            return _read_revision(conn)
    except Exception as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot migrate the database: {driver_message(exc)}") from exc


def ensure_schema(engine: Engine, warc_root: Path | None = None) -> None:
    """Migrate the database to the newest revision unless it is there already (one cheap query).

    At :data:`HEAD_REVISION` nothing else happens (no Alembic import); any other revision,
    none included, goes to :func:`upgrade`, which refuses one a newer newsarchive wrote.

    ``warc_root``: the WARC directory of the caller's data directory, for a migration that reads
    captures (:func:`upgrade`); a caller that knows its ``--home`` passes it.
    """
    if current_revision(engine) != HEAD_REVISION:
        upgrade(engine, warc_root=warc_root)


@contextmanager
def open_store(
    db_url: str, migrate: bool = True, *, warc_root: Path | None = None, reading: bool = False
) -> Iterator[sessionmaker[Session]]:
    """Open the store at ``db_url``, migrated first unless ``migrate`` is off; yield a session factory.

    ``warc_root`` is passed to :func:`ensure_schema`. ``reading``: the sessions only read, so on
    SQLite they wait on no writer (:data:`archive.engine.READING`); they must not write.
    """
    from archive.engine import create_store_engine, make_session_factory

    engine = create_store_engine(db_url)
    try:
        if migrate:
            ensure_schema(engine, warc_root)
        yield make_session_factory(engine.execution_options(**{READING: True}) if reading else engine)
    finally:
        engine.dispose()

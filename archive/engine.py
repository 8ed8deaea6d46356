"""Create engines and sessions for SQLite (default) and PostgreSQL.

SQLite gets WAL, a busy timeout and foreign keys, and write transactions start
with ``BEGIN IMMEDIATE`` (SQLAlchemy's documented recipe): with WAL alone, two
processes that read then write still fail with "database is locked".
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from archive.errors import StoreError

SQLITE_BUSY_TIMEOUT_MS = 30_000
# The execution option of connections that only read (``engine.execution_options(**{READING: True})``):
# on SQLite their transactions begin deferred, and WAL serves them the last commit whatever a writer holds.
# A connection with it must not write: a deferred transaction that turns into a write fails at once
# ("database is locked") where an immediate one waits its turn.
READING = "newsarchive_reading"
# The databases the models and migrations are written and tested for.
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class _ReRaisedStops(logging.Filter):
    """Drop the pool's log record of a stop (Ctrl-C, SIGTERM) that it re-raises.

    SQLAlchemy logs whatever closing or resetting a connection raises, traceback and all, then
    re-raises what is not an Exception. The command line reports that stop ("interrupted",
    exit 130); the logged traceback beside it read as a crash. Errors (Exceptions) stay logged.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        raised = record.exc_info[1] if record.exc_info else None
        return raised is None or isinstance(raised, Exception)


_RE_RAISED_STOPS = _ReRaisedStops()


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # Let SQLAlchemy (not pysqlite) decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A reader's transaction (READING) begins deferred: BEGIN IMMEDIATE takes the write lock, so a
        # search waited on any writer's transaction (an import's, minutes long) for the busy timeout.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READING) else "BEGIN IMMEDIATE")


def create_store_engine(db_url: str) -> Engine:
    """Create an engine for ``db_url``; SQLite parent directories are created."""
    try:
        url = make_url(db_url)
    except Exception as exc:
        scheme = db_url.partition("://")[0]
        # A form field (scrapyd's schedule.json sent with curl -d) turns the "+" of postgresql+psycopg
        # into a space; said, or the line reads as if the URL had been mistyped.
        hint = (
            f" (a '+' sent in a form field arrives as a space: write {scheme.replace(' ', '%2B')}:// "
            "or send it with curl --data-urlencode)"
            if " " in scheme
            else ""
        )
        raise StoreError(f"invalid database URL {db_url!r}: {exc}{hint}") from exc
    if url.get_backend_name() not in SUPPORTED_BACKENDS:  # else a missing driver's ImportError
        raise StoreError(
            f"unsupported database URL {url.render_as_string()!r}: use sqlite:///PATH "
            "or postgresql+psycopg://USER@HOST/DB"
        )
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    # The pool's logger is one per pool class (a dispose's new pool shares it); adding is idempotent.
    # (With echo_pool set it would be SQLAlchemy's InstanceLogger wrapper; we never set it.)
    pool_logger = engine.pool.logger
    if isinstance(pool_logger, logging.Logger):
        pool_logger.addFilter(_RE_RAISED_STOPS)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def driver_message(exc: BaseException) -> str:
    """Return the database driver's own first line of ``exc``.

    SQLAlchemy's wrapper repeats the exception class, appends the SQL and a web
    link; an operator needs only what the driver said ("database ... does not
    exist", "Connection refused", "file is not a database").
    """
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0].strip() if text else exc.__class__.__name__


def check_store(db_url: str, warc_root: Path | None = None) -> None:
    """Open the store at ``db_url`` and migrate it, or raise one-line :class:`StoreError`.

    A crawl calls it before it starts Scrapy: a store that fails inside Scrapy's
    ``open_spider`` is swallowed there (a stats traceback, no reason given). Being the
    first to touch the store after an upgrade, it passes its own WARC directory
    (``warc_root``) to a migration that reads captures, not the default data directory's.
    """
    from archive.schema import ensure_schema

    engine = create_store_engine(db_url)
    try:
        ensure_schema(engine, warc_root)
    finally:
        engine.dispose()

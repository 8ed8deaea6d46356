"""Resolve the data directory, database URL and registry path from arguments and environment.

Plain functions, called where a command or component starts: no module-level
configuration singleton (see house style).
"""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_HOME = "newsarchive-data"
DEFAULT_SOURCES = "sources.toml"
# The time zone of a source that names none: its dates are read, filtered and shown in it.
DEFAULT_TIMEZONE = "Asia/Shanghai"


def zone(name: str | None = None) -> ZoneInfo:
    """Return the time zone ``name`` (a source's ``timezone``), or the default one when unset or unknown."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: the argument, else ``$NEWSARCHIVE_HOME``, else ``./newsarchive-data``."""
    value = home or os.environ.get("NEWSARCHIVE_HOME") or DEFAULT_HOME
    return Path(value).expanduser().resolve()


def resolve_db_url(db_url: str | None = None, home: str | os.PathLike[str] | None = None) -> str:
    """Return the database URL: the argument, else ``$NEWSARCHIVE_DB_URL``, else SQLite in the data dir."""
    value = db_url or os.environ.get("NEWSARCHIVE_DB_URL")
    if value:
        return value
    return f"sqlite:///{resolve_home(home) / 'archive.sqlite3'}"


def index_dir(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the directory that holds the Whoosh index generations."""
    return resolve_home(home) / "index"


def warc_dir(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the directory that holds the raw captures (WARC files)."""
    return resolve_home(home) / "warc"


def resolve_sources_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the registry path: the argument, else ``$NEWSARCHIVE_SOURCES``, else ``./sources.toml``."""
    value = path or os.environ.get("NEWSARCHIVE_SOURCES") or DEFAULT_SOURCES
    return Path(value).expanduser()

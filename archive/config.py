"""Resolve the data directory, database URL and registry path from arguments and environment.

Plain functions, called where a command or component starts: no module-level
configuration singleton (see house style).
"""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

DEFAULT_HOME = "newsarchive-data"
DEFAULT_SOURCES = "sources.toml"
# The papers' local time: a source's dates, the archive's days and months, and what readers see
# are in this zone unless a source names its own (``timezone`` in sources.toml).
DEFAULT_TIMEZONE = "Asia/Shanghai"


def zone(name: str = DEFAULT_TIMEZONE) -> ZoneInfo:
    """Return the time zone called ``name`` (the archive's default zone without an argument).

    ``ZoneInfo`` caches its instances, so every caller gets the same object for
    one name; an unknown name raises ``zoneinfo.ZoneInfoNotFoundError``.
    """
    return ZoneInfo(name)


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: the argument, else ``$NEWSARCHIVE_HOME``, else ``./newsarchive-data``.

    Raises :class:`~archive.errors.ConfigError` when that path is a file: every
    command then failed on its own first use of it ("[Errno 17] File exists").
    """
    from archive.errors import ConfigError

    value = home or os.environ.get("NEWSARCHIVE_HOME") or DEFAULT_HOME
    path = Path(value).expanduser().resolve()
    if path.exists() and not path.is_dir():
        origin = "--home" if home else "NEWSARCHIVE_HOME" if os.environ.get("NEWSARCHIVE_HOME") else "default"
        raise ConfigError(f"the data directory {path} ({origin}) is a file, not a directory")
    return path


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


def resolve_sources_path(
    path: str | os.PathLike[str] | None = None, home: str | os.PathLike[str] | None = None
) -> Path:
    """Return the registry path, the first of these that applies.

    1. the argument (``--sources``), 2. ``$NEWSARCHIVE_SOURCES``, 3. ``./sources.toml`` when it
    exists, 4. ``<data directory>/sources.toml`` when it exists (``newsarchive demo`` writes its
    sample source there), 5. ``./sources.toml`` (so the error names the usual place).
    """
    value = path or os.environ.get("NEWSARCHIVE_SOURCES")
    if value:
        return Path(value).expanduser()
    local = Path(DEFAULT_SOURCES)
    if local.is_file():
        return local
    in_home = resolve_home(home) / DEFAULT_SOURCES
    if in_home.is_file():
        return in_home
    return local

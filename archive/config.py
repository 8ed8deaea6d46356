"""Resolve the data directory, database URL and registry path from arguments and environment.

Plain functions, called where a command or component starts: no module-level
configuration singleton (see house style).
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

DEFAULT_HOME = "newsarchive-data"
DEFAULT_SOURCES = "sources.toml"
# The papers' local time: a source's dates, the archive's days and months, and what readers see
# are in this zone unless a source names its own (``timezone`` in sources.toml).
DEFAULT_TIMEZONE = "Asia/Shanghai"
# The time of a log line: the machine's local time with its offset ("2026-12-07 17:23:32 +0000"), since
# every time shown to a person says its zone. Scrapy's own lines take it too (crawler/settings.py).
LOG_TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"


def zone(name: str = DEFAULT_TIMEZONE) -> ZoneInfo:
    """Return the time zone called ``name`` (the archive's default zone without an argument).

    ``ZoneInfo`` caches its instances, so every caller gets the same object for
    one name; an unknown name raises ``zoneinfo.ZoneInfoNotFoundError``.
    """
    return ZoneInfo(name)


def zone_label(moment: datetime) -> str:
    """Return the label a time of day shown to a person carries: ``UTC``, or its offset (``+08:00``).

    One convention everywhere (CLI and web page): a time in a paper's zone carries that zone's
    UTC offset, a time in UTC says ``UTC``, so 11:57 +08:00 and 03:57 UTC read as one moment.
    A naive time (an old caller's) gets no label rather than a wrong one.
    """
    if moment.tzinfo is UTC:
        return "UTC"
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def clock_text(moment: datetime, fmt: str = "%H:%M") -> str:
    """Return ``moment`` as ``fmt`` followed by its zone label (``07:30 +08:00``; years 1-9999 padded)."""
    text = moment.strftime(fmt.replace("%Y", f"{moment.year:04d}"))  # strftime does not pad year 1
    label = zone_label(moment)
    return f"{text} {label}" if label else text


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


def run_warc_dir(root: Path, source_id: str, run_id: int | None) -> Path:
    """Return where one crawl run writes its WARC files under ``root`` (:func:`warc_dir`).

    The crawl writes there and a run found dead is dated by the files there: one layout, one place.
    """
    return root / source_id / f"run-{run_id if run_id is not None else 'none'}"


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


def log_formatter(fmt: str) -> logging.Formatter:
    """Return a formatter that starts each line with its time and zone (``LOG_TIME_FORMAT``), then ``fmt``.

    The scheduler's log, ``--log-file`` and the crawl's file log read local times without a zone.
    """
    return logging.Formatter(f"%(asctime)s {fmt}", datefmt=LOG_TIME_FORMAT)

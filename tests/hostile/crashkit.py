"""Run ``newsarchive crawl`` as a real process, stop it rudely, and inspect what it left behind."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parent.parent.parent
CLI = "from search_cli.main import entry; entry()"  # as the console script runs it
FAST = {
    "AUTOTHROTTLE_ENABLED": "False",
    "NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "NEWSARCHIVE_STORE_BATCH": "20",
    "NEWSARCHIVE_STORE_FLUSH_SECONDS": "0.2",
    "DOWNLOAD_TIMEOUT": "5",
}


def write_registry(path: Path, source_id: str, base: str, start: str) -> Path:
    """Write a ``sources.toml`` with one listing source over a generated site (JSON strings are TOML)."""
    articles = json.dumps(r"content_\w+\.html?")
    lines = [
        "[[source]]",
        f"id = {json.dumps(source_id)}",
        'kind = "listing"',
        f"start_urls = [{json.dumps(base + start)}]",
        'allowed_domains = ["127.0.0.1"]',
        f"page_patterns = [{json.dumps('/news/list_')}]",
        f"article_patterns = [{articles}]",
        "max_depth = 2",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_crawl(
    registry: Path,
    home: Path,
    source_id: str,
    *extra: str,
    log: Path | None = None,
    settings: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``newsarchive crawl SOURCE`` in its own session, so its group can be signalled as from a tty."""
    args = [
        sys.executable,
        "-c",
        CLI,
        "crawl",
        source_id,
        "--sources",
        str(registry),
        "--home",
        str(home),
        *extra,
    ]
    for name, value in {**FAST, **(settings or {})}.items():
        args += ["-s", f"{name}={value}"]
    err = log.open("ab") if log else subprocess.DEVNULL
    try:
        return subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=err, start_new_session=True)
    finally:
        if log:
            err.close()  # type: ignore[union-attr]


def children(pid: int) -> list[int]:
    """Return the child pids of ``pid`` (Linux /proc)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def descendants(pid: int) -> list[int]:
    """Return the children of ``pid``, their children and so on (the crawl child, its store writer)."""
    found = []
    for child in children(pid):
        found += [child, *descendants(child)]
    return found


def alive(pid: int) -> bool:
    """Tell whether ``pid`` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def db_path(home: Path) -> Path:
    """Return the SQLite archive of a data directory."""
    return home / "archive.sqlite3"


def stored_count(home: Path) -> int:
    """Return how many articles the archive holds now (0 before it exists)."""
    if not db_path(home).exists():
        return 0
    try:
        with sqlite3.connect(db_path(home), timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Poll ``condition`` until it holds; the timeout is a safety net for a hung process, not a budget."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def wait_for_articles(home: Path, n: int, proc: subprocess.Popen[bytes], timeout: float = 240.0) -> int:
    """Wait until the archive holds ``n`` articles (or the crawl ended); return the count.

    The timeout is only a safety net: on a loaded machine a crawl may need minutes for its first pages.
    """
    deadline = time.monotonic() + timeout
    count = 0
    while time.monotonic() < deadline and proc.poll() is None:
        count = stored_count(home)
        if count >= n:
            break
        time.sleep(0.05)
    return count


def stored(home: Path) -> list[tuple[str, str, int | None]]:
    """Return ``(url, warc_file, warc_offset)`` of every stored article.

    None yet when a kill fell inside the first migrations: the file is there, its tables not.
    """
    with sqlite3.connect(db_path(home)) as db:
        table = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'")
        if table.fetchone() is None:
            return []
        return [tuple(row) for row in db.execute("SELECT url, warc_file, warc_offset FROM articles")]


def runs(home: Path) -> list[dict[str, Any]]:
    """Return the crawl runs (id, status, reason)."""
    with sqlite3.connect(db_path(home)) as db:
        return [
            {"id": r[0], "status": r[1], "reason": r[2]}
            for r in db.execute("SELECT id, status, reason FROM crawl_runs ORDER BY id")
        ]


@dataclass
class WarcScan:
    """What a WARC file holds up to its last complete record."""

    records: int
    offsets: set[int]
    article_urls: set[str]
    torn_tail: bool  # the file ends in a record cut short (a kill while writing it)


def scan_warc(path: Path) -> WarcScan:
    """Read every complete record of ``path``; a cut may only be in the last gzip member.

    Raises AssertionError when a record in the middle of the file is unreadable.
    """
    data = path.read_bytes()
    records = 0
    offsets: set[int] = set()
    urls: set[str] = set()
    good_end = 0
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                offset = iterator.get_record_offset()
                if record.rec_type == "response":
                    offsets.add(offset)
                    if record.rec_headers.get_header("WARC-Newsarchive-Kind") == "article":
                        urls.add(str(record.rec_headers.get_header("WARC-Target-URI")))
                record.content_stream().read()
                records += 1
                good_end = offset + iterator.get_record_length()
        except Exception as exc:  # warcio raises several kinds on a torn gzip member
            tail = data[good_end:]
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                decoder.decompress(tail)
            except zlib.error:
                raise AssertionError(f"{path}: unreadable data at byte {good_end} ({exc})") from exc
            assert not decoder.eof, f"{path}: complete member at byte {good_end} not readable ({exc})"
            return WarcScan(records, offsets, urls, True)
    return WarcScan(records, offsets, urls, False)


def scan_all(home: Path) -> dict[str, WarcScan]:
    """Scan every WARC file of a data directory, by path relative to ``<home>/warc``."""
    root = home / "warc"
    return {p.relative_to(root).as_posix(): scan_warc(p) for p in sorted(root.rglob("*.warc.gz"))}

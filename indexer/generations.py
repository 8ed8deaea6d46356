"""Index generations on disk: one writer at a time, atomic swaps, no reader left behind.

Layout of the index directory::

    index/
      CURRENT          name of the live generation, replaced atomically (rename)
      write.lock       flock held by the one writer; holds its pid and command
      gen-000007/      a complete Whoosh index + meta.json + readers.lock

A rebuild fills a new generation beside the live one and then renames a new
``CURRENT`` into place: readers see either the old or the new generation,
never a half-built one. Each reader holds a shared ``flock`` on its
generation's ``readers.lock`` while it searches; an old generation is deleted
only when an exclusive non-blocking lock on that file succeeds, i.e. when no
reader can still hold it. ``flock`` locks die with their process, so a killed
reader or writer never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive.config import clock_text
from indexer.errors import IndexBusy, IndexDamaged, IndexerError, IndexMissing
from indexer.integrity import DAMAGED_MESSAGE, META, find_damage

CURRENT = "CURRENT"
WRITE_LOCK = "write.lock"
READERS_LOCK = "readers.lock"
PREFIX = "gen-"


def _gen_name(number: int) -> str:
    return f"{PREFIX}{number:06d}"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def current_generation(index_path: Path) -> Path | None:
    """Return the live generation directory, or None when there is no index yet."""
    try:
        name = (index_path / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    gen = index_path / name
    return gen if name.startswith(PREFIX) and gen.is_dir() else None


def require_generation(index_path: Path) -> Path:
    """Return the live generation or raise :class:`IndexMissing` with the fix."""
    gen = current_generation(index_path)
    if gen is None:
        raise IndexMissing(f"no index at {index_path} (run: newsarchive index rebuild)")
    return gen


def list_generations(index_path: Path) -> list[Path]:
    """Return every generation directory, oldest first."""
    if not index_path.is_dir():
        return []
    return sorted(p for p in index_path.iterdir() if p.is_dir() and p.name.startswith(PREFIX))


def new_generation(index_path: Path) -> Path:
    """Create the next, empty generation directory (the caller holds the writer lock)."""
    index_path.mkdir(parents=True, exist_ok=True)
    numbers = [
        int(p.name[len(PREFIX) :]) for p in list_generations(index_path) if p.name[len(PREFIX) :].isdigit()
    ]
    gen = index_path / _gen_name(max(numbers, default=0) + 1)
    gen.mkdir()
    (gen / READERS_LOCK).touch()
    return gen


def read_meta(gen: Path) -> dict[str, Any]:
    """Return the generation's metadata (watermark, dictionary hash, counts)."""
    try:
        data = json.loads((gen / META).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise IndexerError(
            f"unreadable index metadata in {gen} ({exc}); run: newsarchive index rebuild"
        ) from exc
    return dict(data)


def write_meta(gen: Path, meta: dict[str, Any]) -> None:
    """Replace the generation's metadata atomically."""
    write_atomic(gen / META, json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True))


@contextlib.contextmanager
def reading(index_path: Path) -> Iterator[Path]:
    """Yield the live generation, held with a shared lock so that no cleaner deletes it meanwhile."""
    for _ in range(50):
        gen = require_generation(index_path)
        try:
            fd = os.open(gen / READERS_LOCK, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            continue  # swapped and collected between the two reads: look again
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            try:
                same = os.fstat(fd).st_ino == os.stat(gen / READERS_LOCK).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                continue
            try:
                yield gen
            except IndexerError:
                raise
            except Exception as exc:
                raise_if_damaged(gen, exc)
                raise
            return
        finally:
            os.close(fd)
    raise IndexBusy(f"the index at {index_path} keeps changing under this search; try again")


def raise_if_damaged(gen: Path, exc: Exception) -> None:
    """Turn a reader's or an update's failure into :class:`IndexDamaged` when the generation is damaged.

    Whoosh fails on damaged files with whatever the bytes provoke (``Block tag
    error``, ``struct.error``, ``EOFError``...); only a look at the files tells
    damage from a bug, so a failure inside :func:`reading` runs the quick check
    with each file's size and CRC-32 when written (bytes flipped inside a postings
    list pass the structural checks, sizes and tables agree, and failed a search
    with an ``IndexError``), then, when that finds nothing (an index written before
    manifests), the deep one. The deep verdict is kept per state of the generation's
    files, so a bug that fails every search does not re-read the index each time.
    """
    try:
        written = read_meta(gen).get("files")
    except IndexerError:
        written = None
    damage = [d.line() for d in find_damage(gen, written=written)] or _deep_damage(gen)
    if damage:
        raise IndexDamaged(f"{DAMAGED_MESSAGE} ({damage[0]})") from exc


_DEEP_VERDICTS: dict[tuple[str, tuple[tuple[str, int, int], ...]], list[str]] = {}


def _deep_damage(gen: Path) -> list[str]:
    """Return the deep check's damage lines of ``gen``, computed once per state of its files."""
    state = tuple(
        sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in gen.iterdir() if p.is_file())
    )
    key = (str(gen), state)
    if key not in _DEEP_VERDICTS:
        _DEEP_VERDICTS.clear()  # one generation's verdict is all a process needs
        _DEEP_VERDICTS[key] = [d.line() for d in find_damage(gen, deep=True)]
    return _DEEP_VERDICTS[key]


def collect_garbage(index_path: Path) -> list[str]:
    """Delete generations that are not live and that no reader holds; return their names.

    Called with the writer lock held, so an unfinished generation here is
    the leftover of a killed writer, never one being built.
    """
    live = current_generation(index_path)
    removed: list[str] = []
    for gen in list_generations(index_path):
        if live is not None and gen == live:
            continue
        lock = gen / READERS_LOCK
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CLOEXEC) if lock.exists() else -1
        except FileNotFoundError:
            fd = -1
        try:
            if fd >= 0:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # a reader still searches it
            trash = index_path / f".trash-{gen.name}-{os.getpid()}"
            os.replace(gen, trash)
            removed.append(gen.name)
        finally:
            if fd >= 0:
                os.close(fd)
        shutil.rmtree(trash, ignore_errors=True)
    for leftover in index_path.glob(".trash-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    return removed


def publish(index_path: Path, gen: Path) -> None:
    """Make ``gen`` the live generation in one rename, then collect unreferenced ones."""
    write_atomic(index_path / CURRENT, gen.name + "\n")
    collect_garbage(index_path)


class WriterLock:
    """The one-writer-at-a-time lock: an exclusive ``flock`` on ``index/write.lock``."""

    def __init__(self, index_path: Path, command: str) -> None:
        self.path = index_path / WRITE_LOCK
        self.command = command
        self.fd = -1

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "unknown process"
            os.close(fd)
            raise IndexBusy(
                f"another index writer is running ({holder}); try again when it has finished"
            ) from None
        stamp = clock_text(datetime.now(UTC).astimezone(), "%Y-%m-%d %H:%M:%S")  # machine's zone
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, {self.command} since {stamp}".encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd >= 0:
            os.ftruncate(self.fd, 0)
            os.close(self.fd)
            self.fd = -1

    def close_in_child(self) -> None:
        """Drop the inherited descriptor in a forked worker, so a killed parent frees the lock."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def wait_for_writer(index_path: Path, timeout: float) -> bool:
    """Wait until no writer holds the lock (tests and scripts); True if it became free."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with WriterLock(index_path, "probe"):
                return True
        except IndexBusy:
            time.sleep(0.05)
    return False

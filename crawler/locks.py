"""Per-source crawl locks that a crashed process cannot leave behind.

An ``fcntl.flock`` on ``<home>/locks/<source>.lock``: the kernel drops it when
the last process holding the file open exits, however it exits (SIGKILL, an
OOM kill, a power cut of the container), so there is no stale lock to clean
up and no pid to guess about. The holder's pid and host are written into the
file only to say who holds it in an error message.

flock locks belong to the open file, which ``fork`` shares: the scheduler
takes the lock, forks the crawl, then *closes* (never unlocks) its copy, so
the lock lives exactly as long as the crawl and its children.
"""

from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path


class SourceLock:
    """An exclusive, non-blocking lock on one source's crawls."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def for_source(cls, home: Path, source_id: str) -> SourceLock:
        """Return the lock of ``source_id`` under the data directory ``home``."""
        return cls(home / "locks" / f"{source_id}.lock")

    @property
    def held(self) -> bool:
        """Tell whether this object holds the lock."""
        return self._fd is not None

    def acquire(self, mark: bool = True) -> bool:
        """Take the lock if it is free; return False at once if another process holds it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        if mark:
            self.mark_holder()
        return True

    def mark_holder(self, pid: int | None = None) -> None:
        """Write who holds the lock (for messages only; the flock is what counts)."""
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{pid or os.getpid()} {socket.gethostname()}\n".encode(), 0)

    def holder(self) -> str:
        """Return ``"PID HOST"`` of the last holder, or ``""``."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def is_locked(self) -> bool:
        """Tell whether some process holds the lock now (probes it without keeping it)."""
        if self._fd is not None:
            return True
        if not self.path.exists():
            return False
        probe = SourceLock(self.path)
        if probe.acquire(mark=False):
            probe.release()
            return False
        return True

    def close(self) -> None:
        """Close this process's handle without unlocking: a forked child that shares it keeps the lock."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def release(self) -> None:
        """Unlock and close (for every process sharing the open file)."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            self.close()

    def __enter__(self) -> SourceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

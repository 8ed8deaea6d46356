"""Progress of index builds: the shared :class:`archive.progress.Progress` (tqdm on a terminal)."""

from __future__ import annotations

from archive.progress import Progress

__all__ = ["Progress"]

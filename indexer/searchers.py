"""Open Whoosh searchers kept between searches: one idle searcher per index generation.

Opening a searcher opens every segment's files and reads each one's term
dictionary directory (256 hash-table entries, one read call each), and the
first stored-fields read of a segment reads its column's offsets: at 60,000
articles in 11 segments that was about a tenth of a known-item search's CPU
time (bench/notes/index_bench.md). A search takes its generation's idle
searcher (or opens one) and gives it back when it is done, so a server, a
batch of searches or a benchmark opens the files once.

A searcher is never shared by two searches at once (Whoosh reads its files
with seek and read): a search that finds none idle opens its own. An idle
searcher is reused only while every file of its generation is as it was when
the searcher was opened (name, size, modification time, inode): an update,
a clean-up, a truncated or removed file make the next search open a fresh one,
so damage is reported as before. Idle searchers of an index's other
generations are closed when a search finds a newer one, and at most
``IDLE_SEARCHERS`` are kept in all. A forked child forgets its parent's idle
searchers: their open files share their read positions with the parent's,
and the two processes' reads would cut each other's (``tests/test_concurrency.py``
forks searcher processes after the parent searched).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

IDLE_SEARCHERS = 4

Stamp = frozenset[tuple[str, int, int, int]]

_LOCK = threading.Lock()
_IDLE: OrderedDict[Path, tuple[Stamp, Any]] = OrderedDict()


def stamp(gen: Path) -> Stamp:
    """Return what identifies the files of a generation directory: name, size, mtime and inode of each."""
    found: list[tuple[str, int, int, int]] = []
    with os.scandir(gen) as entries:
        for entry in entries:
            if entry.name.startswith("."):  # a file being written (write_atomic): not read by a searcher
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except FileNotFoundError:  # removed since the listing: the next stamp differs anyway
                continue
            found.append((entry.name, st.st_size, st.st_mtime_ns, st.st_ino))
    return frozenset(found)


def check_sizes(gen: Path, current: Stamp) -> None:
    """Raise :class:`IndexDamaged` when a file is not the size written into ``meta.json`` (``files``).

    Opening a searcher reads almost nothing: a postings or date column cut short was read
    only by the searches that reached its lost part, and a date-limited one answered
    'no article contains ...'. The sizes are in the stamp already, so comparing them costs
    a read of ``meta.json``; the checksums there are left to ``index check``, as they read
    every byte (README, "Damage a search does not see").
    """
    from indexer.errors import IndexDamaged, IndexerError
    from indexer.generations import read_meta
    from indexer.integrity import DAMAGED_MESSAGE, manifest_entry

    try:
        written = read_meta(gen).get("files")
    except IndexerError:
        return  # unreadable metadata: the index check says so
    if not isinstance(written, dict):
        return  # an index written before manifests
    sizes = {name: size for name, size, _, _ in current}
    for name, entry in sorted(written.items()):
        pair = manifest_entry(entry)
        if name in sizes and pair is not None and sizes[name] != pair[0]:
            raise IndexDamaged(f"{DAMAGED_MESSAGE} ({name}: is {sizes[name]} bytes, {pair[0]} when written)")


def _forget() -> None:
    """Drop the idle searchers without closing them (in a forked child: they are the parent's)."""
    global _LOCK
    _LOCK = threading.Lock()  # a lock held by another thread at the fork would stay held
    _IDLE.clear()


os.register_at_fork(after_in_child=_forget)


def _close(searcher: Any) -> None:
    with contextlib.suppress(Exception):  # closing files of a damaged or removed generation
        searcher.close()


def _take(gen: Path, current: Stamp) -> Any | None:
    """Return the idle searcher of ``gen`` when its files are unchanged; close the stale ones."""
    closing: list[Any] = []
    with _LOCK:
        found = _IDLE.pop(gen, None)
        for other in [g for g in _IDLE if g.parent == gen.parent]:  # other generations of this index
            closing.append(_IDLE.pop(other)[1])
    if found is not None and found[0] != current:
        closing.append(found[1])
        found = None
    for searcher in closing:
        _close(searcher)
    return None if found is None else found[1]


def _give_back(gen: Path, current: Stamp, searcher: Any) -> None:
    closing: list[Any] = []
    with _LOCK:
        if gen in _IDLE:  # another search gave one back meanwhile
            closing.append(searcher)
        else:
            _IDLE[gen] = (current, searcher)
            while len(_IDLE) > IDLE_SEARCHERS:
                closing.append(_IDLE.popitem(last=False)[1][1])
    for old in closing:
        _close(old)


@contextlib.contextmanager
def searching(gen: Path) -> Iterator[Any]:
    """Yield a Whoosh searcher of the generation ``gen`` (held by the caller), kept for the next search.

    A searcher whose search raised is closed, not kept.
    """
    current = stamp(gen)
    searcher = _take(gen, current)
    if searcher is None:
        check_sizes(gen, current)
        searcher = whoosh_index.open_dir(str(gen)).searcher()
    try:
        yield searcher
    except BaseException:
        _close(searcher)
        raise
    _give_back(gen, current, searcher)


def close_idle() -> None:
    """Close every idle searcher (a process about to remove or move index directories may call it)."""
    with _LOCK:
        idle = [s for _, s in _IDLE.values()]
        _IDLE.clear()
    for searcher in idle:
        _close(searcher)

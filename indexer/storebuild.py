"""Build the postings store (``indexer.termstore``) of a run of segments: per chunk, then one merge.

Each worker of a rebuild collects the postings of the text fields of its
chunk in flat arrays (:class:`ChunkPostings`) and saves them beside its
segment. The last step of the build merges every chunk into one dictionary:
the key space is cut into ranges, each range is merged by a worker process
(the chunks' keys of the range, their postings moved to run-wide docnums and
sorted by term with one stable argsort) and encoded, and the parent
concatenates the ranges, which are already in key order.
"""

from __future__ import annotations

import bisect
import multiprocessing
import shutil
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.termstore import ARRAYS, PREFIX, SUFFIX, Encoded, encode, write_store

# The text fields whose postings live in the store; their boosts scale the stored counts.
STORE_FIELDS = ("title", "lead", "body", "chars", "grams")
# Indexed fields whose postings nothing reads: dates are matched from the ``published`` column
# (``indexer.postings.published_between``), and its numeric trie terms, about five per article and
# mostly unique, were a tenth of a 60,000-article index.
UNREAD_FIELDS = ("published",)
TMP_DIR = "store-tmp"
PARTS_DIR = "parts"  # merged key ranges, under TMP_DIR, until the parent writes them into the store
RANGES_PER_PROC = 4
# Postings per merged key range at most (about): a range's merge takes ~150 bytes per posting.
RANGE_POSTINGS = 2_000_000

IntArray = npt.NDArray[np.int64]


class ChunkPostings:
    """The store fields' postings of one chunk as they arrive: (term, docnum, count) in flat arrays."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[bytes, int]] = {f: {} for f in STORE_FIELDS}
        self.tids: dict[str, array[int]] = {f: array("i") for f in STORE_FIELDS}
        self.docs: dict[str, array[int]] = {f: array("i") for f in STORE_FIELDS}
        self.freqs: dict[str, array[int]] = {f: array("i") for f in STORE_FIELDS}

    def add_all(self, field: str, docnum: int, items: Iterable[tuple[bytes, int]]) -> int:
        """Add a document's terms of ``field``; return the sum of their counts (the field length)."""
        ids = self.ids[field]
        tids, docs, freqs = self.tids[field], self.docs[field], self.freqs[field]
        total = 0
        for text, freq in items:
            tid = ids.get(text)
            if tid is None:
                tid = ids[text] = len(ids)
            tids.append(tid)
            docs.append(docnum)
            freqs.append(freq)
            total += freq
        return total

    def add_postings(self, field: str, key: bytes, docnums: list[int], counts: list[int]) -> None:
        """Add the postings of one term for documents copied from another segment (in docnum order)."""
        ids = self.ids[field]
        tid = ids.get(key)
        if tid is None:
            tid = ids[key] = len(ids)
        self.tids[field].extend([tid] * len(docnums))
        self.docs[field].extend(docnums)
        self.freqs[field].extend(counts)

    def grouped(self, field: str) -> tuple[list[bytes], IntArray, IntArray, IntArray]:
        """Return (sorted keys, postings per key, docnums, counts) with postings grouped in key order."""
        ids = self.ids[field]
        keys = sorted(ids)
        if not keys:
            zero = np.zeros(0, dtype=np.int64)
            return [], zero, zero, zero
        rank = np.zeros(len(ids), dtype=np.int64)
        rank[np.fromiter((ids[k] for k in keys), dtype=np.int64, count=len(keys))] = np.arange(len(keys))
        tids = rank[np.frombuffer(self.tids[field], dtype=np.int32)]
        order = np.argsort(tids, kind="stable")  # docnums were added in increasing order
        counts = np.bincount(tids, minlength=len(keys)).astype(np.int64)
        docs = np.frombuffer(self.docs[field], dtype=np.int32).astype(np.int64)[order]
        freqs = np.frombuffer(self.freqs[field], dtype=np.int32).astype(np.int64)[order]
        return keys, counts, docs, freqs

    def save(self, path: Path) -> None:
        """Save the grouped postings of every field as ``.npy`` files in ``path`` (the merge maps them)."""
        path.mkdir(parents=True, exist_ok=True)
        for field in STORE_FIELDS:
            keys, counts, docs, freqs = self.grouped(field)
            lengths = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
            key_off = np.zeros(len(keys) + 1, dtype=np.int64)
            np.cumsum(lengths, out=key_off[1:])
            np.save(path / f"{field}.keys.npy", np.frombuffer(b"".join(keys), dtype=np.uint8))
            np.save(path / f"{field}.key_off.npy", key_off)
            np.save(path / f"{field}.counts.npy", counts.astype(np.int32))
            np.save(path / f"{field}.docs.npy", docs.astype(np.int32))
            np.save(path / f"{field}.freqs.npy", freqs.astype(np.int32))


class _ChunkField:
    """One field of a saved chunk, memory-mapped: keys searchable by bisection, postings by term range."""

    def __init__(self, path: Path, field: str) -> None:
        def load(name: str) -> Any:
            return np.load(path / f"{field}.{name}.npy", mmap_mode="r")

        self.blob = load("keys")
        self.key_off = load("key_off")
        self.counts = load("counts")
        self.docs = load("docs")
        self.freqs = load("freqs")

    def __len__(self) -> int:
        return len(self.counts)

    def __getitem__(self, i: int) -> bytes:
        return bytes(self.blob[int(self.key_off[i]) : int(self.key_off[i + 1])])

    def keys(self, lo: int, hi: int) -> list[bytes]:
        off = np.asarray(self.key_off[lo : hi + 1], dtype=np.int64)
        raw = bytes(self.blob[int(off[0]) : int(off[-1])])
        rel = (off - off[0]).tolist()
        return [raw[rel[i] : rel[i + 1]] for i in range(hi - lo)]

    def postings(self, lo: int, hi: int) -> tuple[IntArray, IntArray, IntArray]:
        """Return the counts per key, docnums and counts of keys ``lo..hi-1``."""
        counts = np.asarray(self.counts[lo:hi], dtype=np.int64)
        before = int(np.sum(self.counts[:lo], dtype=np.int64))
        after = before + int(counts.sum())
        docs = np.asarray(self.docs[before:after], dtype=np.int64)
        return counts, docs, np.asarray(self.freqs[before:after], dtype=np.int64)


def _load_chunk(path: Path, field: str) -> _ChunkField:
    return _ChunkField(path, field)


def _merge_range(
    paths: list[str], bases: list[int], field: str, lo_key: bytes | None, hi_key: bytes | None
) -> Encoded:
    """Merge the keys in ``[lo_key, hi_key)`` of every chunk into one encoded dictionary part."""
    parts: list[tuple[list[bytes], IntArray, IntArray, IntArray]] = []
    union: set[bytes] = set()
    for path, base in zip(paths, bases, strict=True):
        chunk = _load_chunk(Path(path), field)
        lo = 0 if lo_key is None else bisect.bisect_left(chunk, lo_key)
        hi = len(chunk) if hi_key is None else bisect.bisect_left(chunk, hi_key, lo)
        if hi <= lo:
            continue
        keys = chunk.keys(lo, hi)
        key_counts, key_docs, key_freqs = chunk.postings(lo, hi)
        parts.append((keys, key_counts, key_docs + base, key_freqs))
        union.update(keys)
    merged = sorted(union)
    if not merged:
        return encode([], np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))
    position = {k: i for i, k in enumerate(merged)}
    tids, docs, freqs = [], [], []
    for keys, counts, d, f in parts:
        gid = np.fromiter((position[k] for k in keys), dtype=np.int64, count=len(keys))
        tids.append(np.repeat(gid, counts))
        docs.append(d)
        freqs.append(f)
    all_tids = np.concatenate(tids)
    order = np.argsort(all_tids, kind="stable")  # chunks come in docnum order
    counts = np.bincount(all_tids, minlength=len(merged)).astype(np.int64)
    return encode(merged, counts, np.concatenate(docs)[order], np.concatenate(freqs)[order])


def _merge_task(args: tuple[list[str], list[int], str, bytes | None, bytes | None, str]) -> tuple[str, str]:
    """Merge one key range and save it as a part (the parent streams the parts into the store file)."""
    *range_args, out = args
    save_part(Path(out), _merge_range(*range_args))  # type: ignore[arg-type]
    return args[2], out


def save_part(path: Path, enc: Encoded) -> None:
    """Save an encoded dictionary part as one ``.npy`` file per array."""
    path.mkdir(parents=True, exist_ok=True)
    for attr in ARRAYS:
        np.save(path / f"{attr}.npy", getattr(enc, attr))


def load_part(path: Path) -> Encoded:
    """Map a part saved by :func:`save_part` (read from the page cache as the store is written)."""
    arrays = [np.load(path / f"{attr}.npy", mmap_mode="r") for attr in ARRAYS]
    return Encoded(*arrays)


def _boundaries(paths: list[str], field: str, procs: int) -> list[bytes]:
    """Cut the key space of ``field`` into ranges of about equal postings (from the largest chunk).

    At least ``RANGES_PER_PROC`` ranges per process, so that the processes
    stay busy, and enough that no range holds more than about
    ``RANGE_POSTINGS`` postings: a range's merge holds its postings in
    several int64 arrays at once, so that bounds its memory whatever the
    size of the archive.
    """
    chunks = [_load_chunk(Path(path), field) for path in paths]
    total = sum(len(c.docs) for c in chunks)
    ranges = max(procs * RANGES_PER_PROC if procs > 1 else 1, -(-total // RANGE_POSTINGS))
    biggest = chunks[int(np.argmax([len(c.docs) for c in chunks]))]
    n = len(biggest)
    ranges = min(ranges, n // 16)  # a few keys per range at least
    if ranges <= 1:
        return []
    ends = np.cumsum(biggest.counts, dtype=np.int64)
    targets = (ends[-1] * np.arange(1, ranges, dtype=np.int64)) // ranges
    places = np.minimum(np.searchsorted(ends, targets, side="right"), n - 1)
    return sorted({biggest[int(i)] for i in places} - {biggest[0]})


def chunk_path(gen_dir: str | Path, segment_id: str) -> Path:
    """Return where a worker saves the store postings of its segment."""
    return Path(gen_dir) / TMP_DIR / segment_id


def store_path(gen_dir: str | Path, segment_id: str) -> Path:
    """Return the store file of a run whose first segment is ``segment_id``."""
    return Path(gen_dir) / f"{PREFIX}{segment_id}{SUFFIX}"


def merge_chunks(
    gen_dir: str | Path,
    segments: list[tuple[str, int]],
    boosts: dict[str, float],
    *,
    procs: int = 1,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    rebuild: bool = True,
    listed: list[tuple[str, int]] | None = None,
) -> Path:
    """Merge the saved chunks of ``segments`` (id, doc count; docnum order) into one store file.

    ``rebuild`` marks the run as a rebuild's: updates never merge its segments.
    ``listed`` are the Whoosh segments the store covers when they are not the
    chunks' own (a rebuild joins its chunks' segments into one).
    """
    paths = [str(chunk_path(gen_dir, segid)) for segid, _ in segments]
    bases = [int(b) for b in np.cumsum([0] + [n for _, n in segments])[:-1]]
    parts_dir = Path(gen_dir) / TMP_DIR / PARTS_DIR
    tasks: list[tuple[list[str], list[int], str, bytes | None, bytes | None, str]] = []
    for field in STORE_FIELDS:
        edges: list[bytes | None] = [None, *_boundaries(paths, field, procs), None]
        tasks += [
            (paths, bases, field, edges[i], edges[i + 1], str(parts_dir / f"{field}-{i:05d}"))
            for i in range(len(edges) - 1)
        ]
    results: dict[str, list[Encoded]] = {f: [] for f in STORE_FIELDS}
    if procs > 1 and len(tasks) > len(STORE_FIELDS):
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(procs, initializer=initializer, initargs=initargs) as pool:
            for field, part in pool.imap(_merge_task, tasks):
                results[field].append(load_part(Path(part)))
    else:
        for task in tasks:
            field, part = _merge_task(task)
            results[field].append(load_part(Path(part)))
    covered = listed or segments
    out = store_path(gen_dir, covered[0][0])
    write_store(out, covered, {f: (results[f], boosts.get(f, 1.0)) for f in STORE_FIELDS}, rebuild=rebuild)
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(parts_dir, ignore_errors=True)
    return out

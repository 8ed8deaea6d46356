"""Our own term dictionary and posting lists for the text fields: one file per run of segments.

Whoosh's W3 format spends about 90 bytes of ``.pst`` and 80 of ``.trm`` on a
term seen once (a pickled block header and body, a term-info record, two hash
slots), and each segment carries its own dictionary: the inews index
(6,354 articles, 21.7 MB of text) took 283 MB, 13x its text, of which the
``grams``, ``body``, ``title``, ``lead`` and ``chars`` postings were 98%
(BENCHMARKS.md, "Index size"). Here those fields live in one file per build,
shared by every segment the build wrote, with docnums counted across the run
of segments (a segment's postings are a slice of the run's):

* the dictionary is the sorted term keys (UTF-8) in one blob with an offset
  array, searched by bisection on the memory-mapped file (nothing is
  decoded to open it);
* a term's postings are its docnum gaps, then its counts, each as little-endian
  integers of the narrowest width that holds the term's largest value (1, 2 or
  4 bytes; counts take no bytes when they are all 1); the widths sit in one
  flag byte per term, and the number of postings follows from the extent.

Everything is numpy arithmetic: a term's arrays come from two ``frombuffer``
calls and a cumulative sum, and a build writes a whole field with a handful of
vectorised passes (:func:`encode`). The format is ours, so nothing here
touches Whoosh.
"""

from __future__ import annotations

import bisect
import json
import mmap
import os
import struct
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.errors import Garbled

MAGIC = b"NAPOST1\n"
SUFFIX = ".nap"
PREFIX = "postings-"
_HEADER_LEN = struct.Struct("<Q")
_WIDTHS = (1, 2, 4)  # docnum-gap widths; codes 0..2
_FWIDTHS = (0, 1, 2, 4)  # count widths; codes 0..3 (0: every count is 1)
_WIDTH_ARRAY = np.asarray(_WIDTHS, dtype=np.int64)
_FWIDTH_ARRAY = np.asarray(_FWIDTHS, dtype=np.int64)
ARRAYS = ("keys", "key_off", "post_off", "flags", "postings")  # an Encoded field, in file order
_CACHE_POSTINGS = 2_000_000  # decoded postings kept per field (16 bytes each): recent terms

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
_EMPTY_IDS: IntArray = np.zeros(0, dtype=np.int64)
_EMPTY_WEIGHTS: FloatArray = np.zeros(0, dtype=np.float64)


@dataclass
class Encoded:
    """One field's dictionary and postings, ready to write (see the module docstring)."""

    keys: npt.NDArray[np.uint8]
    key_off: npt.NDArray[np.uint64]
    post_off: npt.NDArray[np.uint64]
    flags: npt.NDArray[np.uint8]
    postings: npt.NDArray[np.uint8]

    @property
    def terms(self) -> int:
        return len(self.flags)


def _width_code(top: npt.NDArray[Any], widths: Sequence[int]) -> npt.NDArray[np.uint8]:
    """Return, per value, the index in ``widths`` (ascending byte widths) of the narrowest that holds it."""
    code = np.zeros(len(top), dtype=np.uint8)
    for i, w in enumerate(widths[:-1]):
        code[top >= (1 << (8 * w))] = i + 1
    return code


def encode(keys: list[bytes], counts: IntArray, docnums: IntArray, freqs: IntArray) -> Encoded:
    """Encode sorted ``keys`` whose postings are ``docnums``/``freqs``, grouped by key in key order.

    ``counts[i]`` is the number of postings of ``keys[i]`` (at least 1); within
    a key, docnums increase.
    """
    n = len(keys)
    lengths = np.fromiter((len(k) for k in keys), dtype=np.uint64, count=n)
    key_off = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(lengths, out=key_off[1:])
    blob = np.frombuffer(b"".join(keys), dtype=np.uint8)
    if n == 0:
        empty8 = np.zeros(0, dtype=np.uint8)
        return Encoded(blob, key_off, np.zeros(1, dtype=np.uint64), empty8, empty8)
    counts = np.asarray(counts, dtype=np.int64)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    docnums = np.asarray(docnums, dtype=np.int64)
    gaps = docnums.copy()
    gaps[1:] -= docnums[:-1]
    gaps[starts] = docnums[starts]
    freqs = np.asarray(freqs, dtype=np.int64)
    dcode = _width_code(np.maximum.reduceat(gaps, starts), _WIDTHS)
    dw = np.array(_WIDTHS, dtype=np.int64)[dcode]
    ftop = np.maximum.reduceat(freqs, starts)
    fcode = np.where(ftop <= 1, 0, _width_code(ftop, _FWIDTHS[1:]) + 1).astype(np.uint8)
    fw = np.array(_FWIDTHS, dtype=np.int64)[fcode]
    size = counts * (dw + fw)
    post_off = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(size, out=post_off[1:])
    out = np.zeros(int(post_off[-1]), dtype=np.uint8)
    term = np.repeat(np.arange(n, dtype=np.int64), counts)
    rank = np.arange(len(docnums), dtype=np.int64) - starts[term]
    base = post_off[:-1].astype(np.int64)
    _scatter(out, base[term] + rank * dw[term], gaps, dw[term])
    has_f = fw[term] > 0
    fpos = (base + counts * dw)[term] + rank * fw[term]
    _scatter(out, fpos[has_f], freqs[has_f], fw[term][has_f])
    flags = (dcode | (fcode << 2)).astype(np.uint8)
    return Encoded(blob, key_off, post_off, flags, out)


def _scatter(out: npt.NDArray[np.uint8], pos: IntArray, values: IntArray, widths: IntArray) -> None:
    """Write each value little-endian at its position with its width (1, 2 or 4 bytes)."""
    for w in (1, 2, 4):
        sel = widths == w
        if not sel.any():
            continue
        p, v = pos[sel], values[sel]
        for k in range(w):
            out[p + k] = (v >> (8 * k)) & 0xFF


@dataclass
class FieldSpec:
    """What a reader needs beside the arrays: the field's weight per count (its boost)."""

    boost: float = 1.0


def write_store(
    path: Path,
    segments: list[tuple[str, int]],
    fields: dict[str, tuple[Sequence[Encoded], float]],
    rebuild: bool = True,
) -> None:
    """Write a store file covering ``segments`` (Whoosh segment ids and doc counts, in docnum order).

    Each field comes as parts whose key ranges follow each other (a rebuild
    merges key ranges in parallel); they are written one after the other,
    their offsets moved on, never joined in memory: a part may be a
    memory-mapped file.
    """
    header: dict[str, Any] = {"segments": segments, "rebuild": rebuild, "fields": {}}
    pieces: list[tuple[str, list[Encoded]]] = []
    offset = 0
    for name, (given, boost) in fields.items():
        parts = [p for p in given if p.terms] or list(given[:1])
        arrays: dict[str, list[Any]] = {}
        for attr in ARRAYS:
            dtype = np.dtype(getattr(parts[0], attr).dtype)
            count = sum(len(getattr(p, attr)) for p in parts)
            if attr in ("key_off", "post_off"):
                count -= len(parts) - 1  # each part's offsets start at 0: one leading zero for all
            arrays[attr] = [offset, dtype.str, count]
            offset += count * dtype.itemsize
            offset += (-offset) % 8
        header["fields"][name] = {"boost": boost, "terms": sum(p.terms for p in parts), "arrays": arrays}
        pieces.append((name, parts))
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    raw += b" " * ((-(len(MAGIC) + _HEADER_LEN.size + len(raw))) % 8)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + _HEADER_LEN.pack(len(raw)) + raw)
        for _, parts in pieces:
            for attr in ARRAYS:
                written = 0
                base = 0
                for i, part in enumerate(parts):
                    arr = getattr(part, attr)
                    if attr in ("key_off", "post_off"):
                        arr = np.asarray(arr[0 if i == 0 else 1 :], dtype=np.uint64) + np.uint64(base)
                        base = int(arr[-1])
                    fh.write(np.ascontiguousarray(arr).tobytes())  # a part: bounded in size
                    written += arr.nbytes
                pad = (-written) % 8
                if pad:
                    fh.write(b"\0" * pad)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class _Keys:
    """The sorted keys of a field as a lazy sequence (for :mod:`bisect`)."""

    def __init__(self, blob: memoryview, offsets: npt.NDArray[Any]) -> None:
        self._blob = blob
        self._off = offsets.tolist() if len(offsets) < 4096 else offsets
        self._n = len(offsets) - 1

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> bytes:
        off = self._off
        return bytes(self._blob[int(off[i]) : int(off[i + 1])])


class FieldPostings:
    """The dictionary and postings of one field in a store file."""

    def __init__(self, buf: memoryview, spec: dict[str, Any]) -> None:
        arrays = {}
        for attr, (offset, dtype, count) in spec["arrays"].items():
            arrays[attr] = np.frombuffer(buf, dtype=np.dtype(dtype), count=count, offset=offset)
        self.boost = float(spec["boost"])
        self.terms = int(spec["terms"])
        koff = spec["arrays"]["keys"][0]
        self._keys = _Keys(buf[koff : koff + spec["arrays"]["keys"][2]], arrays["key_off"])
        self._post_off: npt.NDArray[np.uint64] = arrays["post_off"]
        self._flags: npt.NDArray[np.uint8] = arrays["flags"]
        poff = spec["arrays"]["postings"][0]
        self._postings = buf[poff : poff + spec["arrays"]["postings"][2]]
        self._decoded: OrderedDict[bytes, tuple[IntArray, FloatArray]] = OrderedDict()
        self._decoded_size = 0
        self._lock = threading.Lock()

    def find(self, key: bytes) -> int:
        """Return the term number of ``key``, or -1."""
        i = bisect.bisect_left(self._keys, key)
        return i if i < self.terms and self._keys[i] == key else -1

    def prefix_range(self, prefix: bytes) -> tuple[int, int]:
        """Return the term numbers ``[lo, hi)`` of the keys starting with ``prefix``."""
        lo = bisect.bisect_left(self._keys, prefix)
        hi = bisect.bisect_left(self._keys, prefix + b"\xff", lo)  # UTF-8 never holds 0xff
        return lo, hi

    def key(self, i: int) -> bytes:
        return self._keys[i]

    def doc_frequency_at(self, i: int) -> int:
        flags = int(self._flags[i])
        width = _WIDTHS[flags & 3] + _FWIDTHS[flags >> 2]
        return (int(self._post_off[i + 1]) - int(self._post_off[i])) // width

    def doc_frequency_sum(self, lo: int, hi: int) -> int:
        """Return the summed document frequencies of term numbers ``[lo, hi)``, from the offsets alone."""
        if hi <= lo:
            return 0
        flags = self._flags[lo:hi].astype(np.int64)
        widths = _WIDTH_ARRAY[flags & 3] + _FWIDTH_ARRAY[flags >> 2]
        spans = np.diff(self._post_off[lo : hi + 1].astype(np.int64))
        return int((spans // widths).sum())

    def doc_frequency(self, key: bytes) -> int:
        with self._lock:
            found = self._decoded.get(key)
        if found is not None:
            return len(found[0])
        return len(self.postings(key)[0])

    def postings_at(self, i: int) -> tuple[IntArray, FloatArray]:
        """Return the docnums (run-wide) and weights (count x boost) of term number ``i``."""
        return self._decode(i)

    def _ids_and_raw(self, i: int) -> tuple[IntArray, npt.NDArray[Any] | None]:
        """Return term ``i``'s docnums (run-wide) and stored counts (``None`` when all are 1: none stored)."""
        flags = int(self._flags[i])
        dw, fw = _WIDTHS[flags & 3], _FWIDTHS[flags >> 2]
        start = int(self._post_off[i])
        count = (int(self._post_off[i + 1]) - start) // (dw + fw)
        gaps = np.frombuffer(self._postings, dtype=f"<u{dw}", count=count, offset=start)
        ids: IntArray = np.cumsum(gaps, dtype=np.int64)
        if not fw:
            return ids, None
        return ids, np.frombuffer(self._postings, dtype=f"<u{fw}", count=count, offset=start + count * dw)

    def _decode(self, i: int) -> tuple[IntArray, FloatArray]:
        ids, raw = self._ids_and_raw(i)
        if raw is None:
            return ids, np.full(len(ids), self.boost, dtype=np.float64)
        weights: FloatArray = raw.astype(np.float64)
        if self.boost != 1.0:
            weights = (weights.astype(np.float32) * np.float32(self.boost)).astype(np.float64)
        return ids, weights

    def counts_at(self, i: int) -> tuple[IntArray, IntArray]:
        """Return the docnums (run-wide) and raw counts of term number ``i``."""
        ids, raw = self._ids_and_raw(i)
        if raw is None:
            return ids, np.ones(len(ids), dtype=np.int64)
        return ids, raw.astype(np.int64)

    def check(self, doc_count: int) -> str | None:
        """Decode every term; return what is wrong with the first bad one (``postings``...), or None.

        The dictionary too: keys out of order (or not UTF-8) keep the bisection of
        :meth:`find` from the terms around them, though every posting list decodes.
        """
        previous = b""
        for i in range(self.terms):
            key = bytes(self._keys[i])
            if (i and key <= previous) or not _is_utf8(key):
                return "dictionary order" if i and key <= previous else "dictionary key"
            previous = key
            flags = int(self._flags[i])
            if flags & 3 >= len(_WIDTHS) or flags >> 2 >= len(_FWIDTHS):  # a flipped flag byte
                return "postings width"
            span = int(self._post_off[i + 1]) - int(self._post_off[i])
            width = _WIDTHS[flags & 3] + _FWIDTHS[flags >> 2]
            if span <= 0 or span % width:
                return "postings extent"
            ids, counts = self.counts_at(i)
            if ids[-1] >= doc_count or (len(ids) > 1 and not bool((np.diff(ids) > 0).all())):
                return "postings"
            if counts.min() < 1:
                return "postings counts"
        return None

    def postings(self, key: bytes) -> tuple[IntArray, FloatArray]:
        """Return the docnums (run-wide) and weights of ``key`` (empty when absent).

        A search asks for each of its terms once per segment of the run, so the
        recently read lists are kept decoded (up to ``_CACHE_POSTINGS`` postings
        in all, read-only), and the next segment's look-up costs a dict access.
        """
        with self._lock:
            found = self._decoded.get(key)
            if found is not None:
                self._decoded.move_to_end(key)
                return found
        i = self.find(key)
        if i < 0:
            found = (_EMPTY_IDS, _EMPTY_WEIGHTS)
        else:
            ids, weights = self._decode(i)
            ids.flags.writeable = False
            weights.flags.writeable = False
            found = (ids, weights)
        with self._lock:
            if key not in self._decoded:
                self._decoded[key] = found
                self._decoded_size += len(found[0]) + 1
                while self._decoded_size > _CACHE_POSTINGS and len(self._decoded) > 1:
                    _, (old, _) = self._decoded.popitem(last=False)
                    self._decoded_size -= len(old) + 1
        return found

    def docnums_of_range(self, lo: int, hi: int) -> list[IntArray]:
        """Return the docnum arrays of terms ``lo..hi-1`` (a prefix expansion)."""
        return [self.postings_at(i)[0] for i in range(lo, hi)]


class Store:
    """One store file, memory-mapped: the runs' segments and their fields."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        buf = memoryview(self._map)
        if bytes(buf[: len(MAGIC)]) != MAGIC:
            raise Garbled("not a postings store")
        (hlen,) = _HEADER_LEN.unpack_from(buf, len(MAGIC))
        start = len(MAGIC) + _HEADER_LEN.size
        header = json.loads(bytes(buf[start : start + hlen]))
        data = buf[start + hlen :]
        self.size = len(buf)
        self.data_size = len(data)
        self.segments: list[tuple[str, int]] = [(str(s), int(n)) for s, n in header["segments"]]
        self.bases: dict[str, tuple[int, int]] = {}
        base = 0
        for segid, count in self.segments:
            self.bases[segid] = (base, count)
            base += count
        self.doc_count = base
        self.rebuild = bool(header.get("rebuild", True))
        self.specs: dict[str, dict[str, Any]] = header["fields"]
        if not self.extent_ok():
            raise Garbled(f"{self.data_size} bytes of data where the arrays need more (cut short)")
        self.fields = {name: FieldPostings(data, spec) for name, spec in self.specs.items()}

    def check_postings(self) -> str | None:
        """Decode every term's postings; return what is wrong with the first bad one, or None."""
        for name, field in self.fields.items():
            problem = field.check(self.doc_count)
            if problem:
                return f"{problem} of a {name} term"
        return None

    def extent_ok(self) -> bool:
        """Tell whether every array of the header lies inside the file (a cut file fails)."""
        for spec in self.specs.values():
            for offset, dtype, count in spec["arrays"].values():
                if offset + np.dtype(dtype).itemsize * count > self.data_size:
                    return False
        return True


def _is_utf8(key: bytes) -> bool:
    try:
        key.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_LOCK = threading.Lock()
_OPEN: dict[tuple[str, int, int], Store] = {}


def open_store(path: Path) -> Store:
    """Open (once per process and file version) the store file at ``path``."""
    st = path.stat()
    key = (str(path), st.st_ino, st.st_size)
    with _LOCK:
        found = _OPEN.get(key)
        if found is None:
            found = _OPEN[key] = Store(path)
            while len(_OPEN) > 64:
                _OPEN.pop(next(iter(_OPEN)))
        return found


def store_files(folder: Path) -> list[Path]:
    """Return the store files of a generation directory."""
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def slice_postings(ids: IntArray, weights: FloatArray, base: int, count: int) -> tuple[IntArray, FloatArray]:
    """Return the postings of one segment of the run: docnums in ``[base, base + count)``, made local."""
    if not len(ids):
        return ids, weights
    if base == 0 and ids[-1] < count:
        return ids, weights
    lo, hi = np.searchsorted(ids, [base, base + count])
    return ids[lo:hi] - base, weights[lo:hi]


def merge_counts(parts: Iterable[IntArray]) -> IntArray:
    """Concatenate docnum arrays (kept for symmetry with the readers)."""
    found = [p for p in parts if len(p)]
    return np.concatenate(found) if found else _EMPTY_IDS

"""Whole posting lists and per-document columns of one index segment, as numpy arrays.

Whoosh's matchers hand out one posting per Python call, and its union and
intersection matchers build their own arrays on every query: with the OR of
a pasted headline over 60,000 articles that was most of a search's time
(``bench/ranking_eval.py`` profile: 17 s for 30 queries). Here a posting list is read
block by block into two arrays (docnums, weights), and boolean logic and
BM25 become a few vectorised operations (``indexer.matching``,
``indexer.ranking``).

The text fields (``title``, ``lead``, ``body``, ``chars``, ``grams``) live in
our own postings store (``indexer.termstore``), one file per run of segments
(a rebuild's, or an update's segment); :func:`read_postings`,
:func:`doc_frequency` and :func:`char_docs` read it. Other fields' postings
come from Whoosh: reading blocks needs attributes of Whoosh's
``W3LeafMatcher`` (the only posting format of our codec), so that part lives in
``indexer.whoosh_io`` with Whoosh's other private names. Anything else (a
term inlined in the term dictionary, another codec) goes through the public
matcher API, which gives the same arrays more slowly;
``tests/test_index_postings.py`` checks that both paths agree.
Deleted documents are left in and removed by :func:`live_mask`.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer import whoosh_io
from indexer.termstore import Store, open_store, slice_postings, store_files
from indexer.whoosh_io import read_field_lengths

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

_CACHE_SEGMENTS = 64


_CHAR_LOCK = threading.Lock()
_NO_STORE = (None, 0, 0)
_STORE_ATTR = "_newsarchive_store"  # a segment reader's (store, base, count)
_RUNS_ATTR = "_newsarchive_runs"  # a reader's segments grouped by store run
_CHARS_ATTR = "_newsarchive_chars"  # a reader's character frequency bounds, by character


_FOLDERS: OrderedDict[str, dict[str, Path]] = OrderedDict()


def _folder_store(folder: str, segid: str) -> Path | None:
    """Return the store file of a generation directory that holds segment ``segid``'s text postings.

    The directory's map is cached and read again when a segment is not in it
    (a store is written before the table of contents that lists its segment).
    """
    with _CHAR_LOCK:
        cached = _FOLDERS.get(folder)
    if cached is not None and segid in cached:
        return cached[segid]
    found: dict[str, Path] = {}
    for path in store_files(Path(folder)):
        for listed, _ in open_store(path).segments:
            found[listed] = path
    with _CHAR_LOCK:
        _FOLDERS[folder] = found
        _FOLDERS.move_to_end(folder)
        while len(_FOLDERS) > 16:
            _FOLDERS.popitem(last=False)
    return found.get(segid)


def segment_store(reader: Any) -> tuple[Store | None, int, int]:
    """Return (store, base, doc count) of a segment reader's run, or (None, 0, 0) for a reader not on disk.

    A segment on disk that no store lists is damage (its store deleted): ``FileNotFoundError``,
    which :func:`indexer.generations.reading` turns into the rebuild line.

    Remembered on the reader (an attribute: a search asks it for every term
    of every segment, thousands of times): a segment's store never changes
    (a store file is written before the table of contents that lists its segments).
    """
    found: tuple[Store | None, int, int] | None = getattr(reader, _STORE_ATTR, None)
    if found is not None:
        return found
    result: tuple[Store | None, int, int] = _NO_STORE
    location = whoosh_io.reader_location(reader)
    if location is not None:
        folder, segid = location
        path = _folder_store(folder, segid)
        if path is None:
            # Every segment on disk has its text postings in a store (written before the table of
            # contents that lists it): without one, Whoosh's files hold no text terms, and a search
            # answered "no article contains ..." for words the archive holds.
            raise FileNotFoundError(f"no postings store holds segment {segid}")
        store = open_store(path)
        base, count = store.bases[segid]
        result = (store, base, count)
    with contextlib.suppress(AttributeError):
        setattr(reader, _STORE_ATTR, result)
    return result


def _runs(reader: Any) -> tuple[list[tuple[Store, list[Any]]], list[Any]]:
    """Return a reader's segments grouped by store run (each run with its segments) and those without one.

    Remembered on the reader like :func:`segment_store`.
    """
    found: tuple[list[tuple[Store, list[Any]]], list[Any]] | None = getattr(reader, _RUNS_ATTR, None)
    if found is not None:
        return found
    runs: dict[int, tuple[Store, list[Any]]] = {}
    others: list[Any] = []
    for sub, _ in reader.leaf_readers():
        store, _, _ = segment_store(sub)
        if store is None:
            others.append(sub)
        else:
            runs.setdefault(id(store), (store, []))[1].append(sub)
    result = (list(runs.values()), others)
    with contextlib.suppress(AttributeError):
        setattr(reader, _RUNS_ATTR, result)
    return result


def doc_frequency(reader: Any, fieldname: str, text: str | bytes) -> int:
    """Return the number of documents holding a term, deleted ones included (as Whoosh counts).

    On a whole-index reader this sums the runs and the other segments; on one
    segment of a run it is the run's count (an upper bound, used to order work).
    """
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    runs, others = _runs(reader)
    total = 0
    for store, subs in runs:
        if fieldname in store.fields:
            total += store.fields[fieldname].doc_frequency(raw)
        else:
            total += sum(int(sub.doc_frequency(fieldname, raw)) for sub in subs)
    for sub in others:
        total += int(sub.doc_frequency(fieldname, raw))
    return total


def char_frequency(reader: Any, ch: str) -> int:
    """Return an upper bound of the number of documents holding the character ``ch``, from dictionaries only.

    The documents where ``ch`` stands alone (``chars``) plus the summed
    document frequencies of the bigrams it starts. A document holding ``ch``
    before several different characters is counted once for each, so common
    characters reach the document count; rare ones, which carry the weight of
    a ranking by characters, are counted nearly exactly. No posting is read:
    the exact count (:func:`char_docs`) decodes every bigram's postings, tens
    of milliseconds for a character such as 的. Remembered on the reader, which
    a kept searcher (``indexer.searchers``) serves to the next search.
    """
    known: dict[str, int] | None = getattr(reader, _CHARS_ATTR, None)
    if known is None:
        known = {}
        with contextlib.suppress(AttributeError):
            setattr(reader, _CHARS_ATTR, known)
    found = known.get(ch)
    if found is None:
        found = known[ch] = _char_frequency(reader, ch)
    return found


def _char_frequency(reader: Any, ch: str) -> int:
    raw = ch.encode("utf-8")
    runs, others = _runs(reader)
    total = 0
    for store, subs in runs:
        if "grams" not in store.fields:
            others = others + subs
            continue
        # A key of ``chars`` is one character: its prefix range is the character's own entry.
        for fieldname in ("chars", "grams") if ch.isalnum() else ("chars",):
            postings = store.fields[fieldname]
            total += postings.doc_frequency_sum(*postings.prefix_range(raw))
    for sub in others:
        total += int(sub.doc_frequency("chars", raw))
        if ch.isalnum():
            total += sum(int(sub.doc_frequency("grams", t)) for t in sub.expand_prefix("grams", ch))
    return total


_CHAR_CACHE: OrderedDict[tuple[str, str], IntArray] = OrderedDict()
_CHAR_CACHE_SIZE = 256


def _run_char_docs(store: Store, ch: str) -> IntArray:
    """Return the run-wide docnums holding ``ch`` (solo, or starting a bigram), cached per store."""
    key = (str(store.path), ch)
    with _CHAR_LOCK:
        found = _CHAR_CACHE.get(key)
        if found is not None:
            _CHAR_CACHE.move_to_end(key)
            return found
    mask = np.zeros(store.doc_count, dtype=np.bool_)
    raw = ch.encode("utf-8")
    mask[store.fields["chars"].postings(raw)[0]] = True
    if ch.isalnum():
        grams = store.fields["grams"]
        lo, hi = grams.prefix_range(raw)
        for i in range(lo, hi):
            mask[grams.postings_at(i)[0]] = True
    found = np.flatnonzero(mask).astype(np.int64)
    with _CHAR_LOCK:
        _CHAR_CACHE[key] = found
        while len(_CHAR_CACHE) > _CHAR_CACHE_SIZE:
            _CHAR_CACHE.popitem(last=False)
    return found


def char_docs(reader: Any, ch: str) -> IntArray:
    """Return the docnums of a segment holding ``ch``: it starts one of their bigrams or stands alone."""
    store, base, count = segment_store(reader)
    if store is not None:
        ids = _run_char_docs(store, ch)
        lo, hi = np.searchsorted(ids, [base, base + count])
        return ids[lo:hi] - base
    parts = [read_postings(reader, "chars", ch)[0]]
    if ch.isalnum():
        for term in reader.expand_prefix("grams", ch):
            parts.append(read_postings(reader, "grams", term.decode("utf-8"))[0])
    return np.unique(np.concatenate(parts))


def read_postings(reader: Any, fieldname: str, text: str | bytes) -> tuple[IntArray, FloatArray]:
    """Return the docnums and weights of a term in a segment reader (empty when absent)."""
    store, base, count = segment_store(reader)
    if store is not None and fieldname in store.fields:
        raw = text if isinstance(text, bytes) else text.encode("utf-8")
        run_ids, run_weights = store.fields[fieldname].postings(raw)
        return slice_postings(run_ids, run_weights, base, count)
    return whoosh_io.read_postings(reader, fieldname, text)


def live_mask(reader: Any) -> BoolArray:
    """Return a mask of the documents of a segment reader that are not deleted."""
    mask = np.ones(reader.doc_count_all(), dtype=np.bool_)
    if reader.has_deletions():
        deleted = np.fromiter(reader.deleted_docs_set, dtype=np.int64)
        mask[deleted] = False
    return mask


class _SegmentColumns:
    """Per-document arrays of one segment that never change once it is written (lengths, dates)."""

    def __init__(self) -> None:
        self.lengths: dict[str, FloatArray] = {}
        self.published: npt.NDArray[np.uint64] | None = None
        self.article_ids: IntArray | None = None


class _Cache:
    """The columns of the most recently searched segments, shared by the threads of a process.

    Segments are immutable (deletions live beside them), so their name and
    size identify their columns; a long-running server reads them once.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, int], _SegmentColumns] = OrderedDict()

    def get(self, reader: Any) -> _SegmentColumns:
        key = (str(reader.segment().segment_id()), int(reader.doc_count_all()))
        with self._lock:
            found = self._items.get(key)
            if found is None:
                found = self._items[key] = _SegmentColumns()
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
            else:
                self._items.move_to_end(key)
            return found


_CACHE = _Cache(_CACHE_SEGMENTS)


def field_lengths(reader: Any, fieldname: str) -> FloatArray:
    """Return the length (number of terms) of ``fieldname`` in each document of a segment reader."""
    columns = _CACHE.get(reader)
    found = columns.lengths.get(fieldname)
    if found is not None:
        return found
    lengths = read_field_lengths(reader, fieldname)
    columns.lengths[fieldname] = lengths
    return lengths


def published_raw(reader: Any) -> tuple[npt.NDArray[np.uint64], int]:
    """Return the raw ``published`` column of a segment and the value that marks "undated".

    Raw sortable values (Whoosh's column encoding, ordered like the dates),
    so a date range is two comparisons per document rather than Whoosh's
    ``DateRange``, which expands into one term per numeric trie step.
    """
    missing = int(reader.schema["published"].column_type.default_value())
    columns = _CACHE.get(reader)
    if columns.published is None:
        count = reader.doc_count_all()
        if reader.has_column("published"):
            column = reader.column_reader("published", translate=False)
            values = np.fromiter((column[d] for d in range(count)), dtype=np.uint64, count=count)
        else:
            values = np.full(count, missing, dtype=np.uint64)
        columns.published = values
    return columns.published, missing


def published_between(reader: Any, start: datetime | None, end: datetime | None) -> BoolArray:
    """Return the mask of documents of a segment published from ``start`` to ``end`` (undated: never)."""
    values, missing = published_raw(reader)
    field = reader.schema["published"]
    mask: BoolArray = values != np.uint64(missing)
    if start is not None:
        mask &= values >= np.uint64(field.to_column_value(start))
    if end is not None:
        mask &= values <= np.uint64(field.to_column_value(end))
    return mask


def published_order(reader: Any) -> IntArray:
    """Return a key per document that sorts newest first when negated (undated documents last)."""
    values, missing = published_raw(reader)
    keys: IntArray = np.where(values == np.uint64(missing), 0, values >> np.uint64(1)).astype(np.int64)
    return keys


def article_ids(reader: Any) -> IntArray:
    """Return the store's article id of each document of a segment (from the ``state`` column), cached.

    Reprint grouping needs the id of every match, not only of the page shown.
    """
    columns = _CACHE.get(reader)
    if columns.article_ids is None:
        count = reader.doc_count_all()
        column = reader.column_reader("state")
        values = np.zeros(count, dtype=np.int64)
        for d in range(count):
            raw = column[d]
            if raw:
                values[d] = int(raw.split(b" ", 1)[0])
        columns.article_ids = values
    return columns.article_ids

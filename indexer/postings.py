"""Whole posting lists and per-document columns of one index segment, as numpy arrays.

Whoosh's matchers hand out one posting per Python call, and its union and
intersection matchers build their own arrays on every query: with the OR of
a pasted headline over 60,000 articles that was most of a search's time
(``bench/ranking_eval.py`` profile: 17 s for 30 queries). Here a posting list is read
block by block into two arrays (docnums, weights), and boolean logic and
BM25 become a few vectorised operations (``indexer.matching``,
``indexer.ranking``).

Reading blocks needs attributes of Whoosh's ``W3LeafMatcher`` (the only
posting format of our codec), so :func:`read_postings` lives in
``indexer.whoosh_io`` with Whoosh's other private names and is re-exported
here. Anything else (a term inlined in the term dictionary, another codec)
goes through the public matcher API, which gives the same arrays more
slowly; ``tests/test_index_postings.py`` checks that both paths agree.
Deleted documents are left in and removed by :func:`live_mask`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.whoosh_io import read_field_lengths
from indexer.whoosh_io import read_postings as read_postings

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

_CACHE_SEGMENTS = 64


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

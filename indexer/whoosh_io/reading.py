"""Read a segment's postings and field lengths straight into numpy arrays.

The read side of the seam that every search runs: a term's ``W3LeafMatcher`` blocks
and a field's length column, read without one Python call per document, and the
posting value the schema's word fields encode (``indexer.schema`` loads it for every
search). Apart from the writers (:mod:`indexer.whoosh_io.postwriter`,
:mod:`indexer.whoosh_io.writers`), which only a build loads.
Imported through :mod:`indexer.whoosh_io`, whose ``__init__`` runs the version guard first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_EMPTY_IDS: IntArray = np.zeros(0, dtype=np.int64)
_EMPTY_WEIGHTS: FloatArray = np.zeros(0, dtype=np.float64)
_BYTE_TO_LENGTH: FloatArray = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def read_postings(reader: Any, fieldname: str, text: str | bytes) -> tuple[IntArray, FloatArray]:
    """Return the docnums and weights of a term in a segment reader (empty when absent).

    A ``W3LeafMatcher`` (the only posting format of our codec) is read block by
    block; anything else (a term inlined in the term dictionary, another codec)
    goes through the public matcher API, which gives the same arrays more
    slowly. Deleted documents are left in (``indexer.postings.live_mask``).
    """
    try:
        matcher = reader.postings(fieldname, text if isinstance(text, bytes) else text.encode("utf-8"))
    except TermNotFound:
        return _EMPTY_IDS, _EMPTY_WEIGHTS
    if isinstance(matcher, FilterMatcher):  # deletions: live_mask removes them
        matcher = matcher.child
    ids: list[Any] = []
    weights: list[Any] = []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.append(np.asarray(matcher._ids, dtype=np.int64))
            weights.append(np.asarray(matcher._weights, dtype=np.float64))
            matcher._next_block()
    else:
        one_ids: list[int] = []
        one_weights: list[float] = []
        while matcher.is_active():
            one_ids.append(matcher.id())
            one_weights.append(matcher.weight())
            matcher.next()
        ids.append(np.array(one_ids, dtype=np.int64))
        weights.append(np.array(one_weights, dtype=np.float64))
    if not ids:
        return _EMPTY_IDS, _EMPTY_WEIGHTS
    return np.concatenate(ids), np.concatenate(weights)


def read_field_lengths(reader: Any, fieldname: str) -> FloatArray:
    """Return the length (number of terms) of ``fieldname`` in each document of a segment reader.

    Whoosh keeps one length byte per document in a column; it is read as one
    byte string and decoded with a table, not one method call per document.
    """
    lengths: FloatArray = _BYTE_TO_LENGTH[_length_codes(reader, fieldname)]
    return lengths


def _length_codes(reader: Any, fieldname: str) -> npt.NDArray[np.uint8]:
    """Return the length byte of ``fieldname`` of each document of a segment reader (0: none)."""
    count = reader.doc_count_all()
    codes = np.zeros(count, dtype=np.uint8)
    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is not None:
        stored = min(int(getattr(column, "_count", 0)), count)
        if hasattr(column, "_dbfile") and stored:
            raw = column._dbfile.get(column._basepos, stored)
            codes[:stored] = np.frombuffer(raw, dtype=np.uint8)
        elif stored:
            codes[:stored] = np.fromiter((column[d] for d in range(stored)), dtype=np.uint8)
    return codes


# --- Field values ----------------------------------------------------------------------------

# Encodes a term's frequency as the posting value of Whoosh's ``Frequency`` format (``struct``'s
# ``!I``). The function itself, not a wrapper: the word fields call it once per word of a document.
frequency_value: Callable[[int], bytes] = pack_uint

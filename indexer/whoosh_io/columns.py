"""Sum a Whoosh column's offsets with numpy (a replacement of one private method, installed on import).

Its own module because it changes Whoosh's ``VarBytesColumn.Reader`` for the whole
process when :mod:`indexer.whoosh_io` is imported: what it replaces, and why, is
read in one place.
Imported through :mod:`indexer.whoosh_io`, whose ``__init__`` runs the version guard first.
"""

from __future__ import annotations

import struct
from array import array
from typing import Any

import numpy as np
from whoosh.columns import VarBytesColumn


def _read_offsets_and_lengths(self: Any) -> None:
    """Whoosh's ``VarBytesColumn.Reader._read_offsets_and_lengths``, with the offsets summed by numpy.

    Every search opens the stored-fields column and the folded-text column
    of the segments it reads, and Whoosh derives a column's offsets from its
    lengths with one ``array.append`` per document: at 60,000 articles that
    loop was a third of a known-item search's CPU time (bench/notes/index_bench.md).
    The bytes read and the arrays kept are the same.
    """
    dbfile, basepos, length, doccount = self._dbfile, self._basepos, self._length, self._doccount
    lastbyte = basepos + length - 1
    lens_code = chr(dbfile.get_byte(lastbyte))
    offsets = None
    if lens_code == "X":
        self.had_stored_offsets = True
        lens_code = chr(dbfile.get_byte(lastbyte - 2))
        offsets_code = chr(dbfile.get_byte(lastbyte - 1))
        offsetstart = (lastbyte - 2) - doccount * struct.calcsize(offsets_code)
        offsets = dbfile.get_array(offsetstart, offsets_code, doccount)
        lastbyte = offsetstart
    lenstart = lastbyte - struct.calcsize(lens_code) * doccount
    lengths = dbfile.get_array(lenstart, lens_code, doccount)
    if offsets is None:
        summed = np.zeros(len(lengths), dtype=np.uint64)
        if len(lengths) > 1:
            np.cumsum(np.frombuffer(lengths, dtype=np.dtype(lengths.typecode))[:-1], out=summed[1:])
        offsets = array("L")
        offsets.frombytes(summed.tobytes())
    self._offsets = offsets
    self._lengths = lengths


VarBytesColumn.Reader._read_offsets_and_lengths = _read_offsets_and_lengths

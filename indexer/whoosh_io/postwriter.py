"""Write a segment's term and posting files in the W3 codec's bytes, one Python call per term.

Whoosh's field writer spends most of a rebuild in per-posting calls; this writes the
same bytes (``tests/test_index_postwriter.py`` compares them file for file) for the
segment writers of :mod:`indexer.whoosh_io.writers`. Its own module because it is
the part of the seam that copies a byte format, and is read against Whoosh's
``W3FieldWriter`` and ``HashWriter`` on an upgrade.
Imported through :mod:`indexer.whoosh_io`, whose ``__init__`` runs the version guard first.
"""

from __future__ import annotations

import hashlib
import pickle
import struct
from array import array
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.filedb.filetables import _lengths
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte

Posting = tuple[int, float, bytes]


_TERMINFO = struct.Struct("!BfIBBfII")  # W3TermInfo._struct
_FLUSH_BYTES = 1 << 20
_LENGTH_TOP = 106374  # length_to_byte gives 255 from here on
_dumps = pickle.dumps


class _Out:
    """Buffered appends to a Whoosh ``StructFile`` that track the file position without ``tell()``."""

    def __init__(self, structfile: Any) -> None:
        self._file = structfile
        self.pos: int = structfile.tell()
        self._buf = bytearray()

    def write(self, data: bytes) -> None:
        self._buf += data
        self.pos += len(data)
        if len(self._buf) >= _FLUSH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self._buf:
            self._file.write(bytes(self._buf))
            self._buf.clear()


@lru_cache(maxsize=1)
def _length_bytes() -> list[int]:
    """``length_to_byte`` for every length below the one from which it is always 255."""
    return [length_to_byte(n) for n in range(_LENGTH_TOP)]


def _length_byte(table: list[int], length: int | None) -> int:
    if length is None:
        return 0
    return table[length] if length < _LENGTH_TOP else 255


def _md5_hash(key: bytes) -> int:
    """Whoosh's ``md5_hash`` (the low 32 bits of the MD5 as a number), from the digest bytes."""
    return int.from_bytes(hashlib.md5(key, usedforsecurity=False).digest()[12:], "big")


def _block(
    postings: Sequence[Posting],
    lengths: Sequence[int] | None,
    fixedsize: int | None,
    table: list[int],
) -> tuple[bytes, float, int | float, int | None, int]:
    """Serialise one block as ``W3PostingsWriter._write_block`` does (compression 0).

    Returns the block's info and data bytes (without the length prefix), the
    sum of its float32 weights, its maximum weight, and its minimum and
    maximum field lengths.
    """
    ids = [p[0] for p in postings]
    raw_weights = [p[1] for p in postings]
    weights = array("f", raw_weights)
    deltas = tuple([b - a for a, b in zip([0, *ids], ids, strict=False)])
    if all(w == 1.0 for w in weights):
        mini_weights: Any = None
    elif all(w == weights[0] for w in weights):
        mini_weights = weights[0]
    else:
        mini_weights = tuple(weights)
    if fixedsize is None or fixedsize < 0:
        mini_values: Any = tuple([p[2] for p in postings if p[2]])
    elif fixedsize == 0:
        mini_values = None
    else:
        mini_values = b"".join([p[2] for p in postings])
    data = _dumps((deltas, mini_weights, mini_values), 2)
    maxweight: int | float = 0
    top = max(raw_weights)
    if top > maxweight:
        maxweight = top
    if lengths is None:
        minlength, maxlength = None, 0
    else:
        present = [n for n in [lengths[i] for i in ids] if n]
        minlength = min(present) if present else None
        maxlength = max(present) if present else 0
    info = _dumps(
        (len(ids), ids[-1], maxweight, 0, _length_byte(table, minlength), _length_byte(table, maxlength)), 2
    )
    return info + data, sum(weights), maxweight, minlength, maxlength


def write_terms(
    fieldwriter: Any,
    fields: Mapping[str, Any],
    terms: Mapping[tuple[str, bytes], list[Posting]],
    lengths_of: Callable[[str], Sequence[int] | None],
    blocklimit: int = 128,
) -> None:
    """Write every term of ``terms`` (postings in docnum order) through a ``W3FieldWriter``'s files.

    Whoosh's field writer handles each posting with several Python calls and
    each term with a dozen more; a segment of 1,700 articles holds about
    450,000 terms, most of them bigrams seen once or twice, so flushing a
    segment that way took 70% of the build. This produces the same bytes,
    one call per term. Only what that writer does with ``inlinelimit=1`` and
    ``compression=0`` is reproduced: it never inlines postings and never
    compresses blocks. The term file is finished and closed by Whoosh as usual.

    ``fields`` maps field names to field objects (the schema) and
    ``lengths_of`` gives a field's lengths by docnum (None for a field
    without lengths), as Whoosh's per-document reader would.
    """
    if fieldwriter._tindex.hashtype != 0:
        raise ValueError("write_terms writes MD5-hashed term tables only")
    tindex = fieldwriter._tindex
    fieldmap = fieldwriter._fieldmap
    postfile = _Out(fieldwriter._postfile)
    termfile = _Out(tindex.dbfile)
    buckets = tindex.buckets
    positions = tindex.index
    lastkey = tindex.lastkey
    table = _length_bytes()
    pack_terminfo = _TERMINFO.pack
    pack_lengths = _lengths.pack
    current: str | None = None
    prefix = b""
    fixedsize: int | None = None
    lengths: Sequence[int] | None = None
    for fieldname, text in sorted(terms):
        if fieldname != current:
            current = fieldname
            if fieldname not in fieldmap:
                fieldmap[fieldname] = len(fieldmap)
            prefix = pack_ushort(fieldmap[fieldname])
            fixedsize = fields[fieldname].format.fixed_value_size()
            lengths = lengths_of(fieldname)
        postings = terms[(fieldname, text)]
        start = postfile.pos
        count = len(postings)
        if count <= blocklimit:  # one block, written with its header and its last-block length
            if count == 1:  # most terms of a segment: _block for one posting, without the lists
                docnum, raw, vbytes = postings[0]
                weight = array("f", (raw,))[0]
                maxweight = raw if raw > 0 else 0
                length = lengths[docnum] if lengths is not None else 0
                minlength = length or None
                maxlength = length
                if fixedsize is None or fixedsize < 0:
                    values: Any = (vbytes,) if vbytes else ()
                else:
                    values = None if fixedsize == 0 else vbytes
                lbyte = _length_byte(table, minlength)  # min and max: the one length (0 when none)
                body = _dumps((1, docnum, maxweight, 0, lbyte, lbyte), 2) + _dumps(
                    ((docnum,), None if weight == 1.0 else weight, values), 2
                )
            else:
                body, weight, maxweight, minlength, maxlength = _block(postings, lengths, fixedsize, table)
            postfile.write(b"".join((WHOOSH3_HEADER_MAGIC, pack_int(-len(body)), body)))
        else:
            postfile.write(WHOOSH3_HEADER_MAGIC)
            weight, maxweight, minlength, maxlength = 0.0, 0, None, 0
            for first in range(0, count, blocklimit):
                body, bweight, bmax, bmin, blen = _block(
                    postings[first : first + blocklimit], lengths, fixedsize, table
                )
                size = len(body)
                postfile.write(pack_int(-size if first + blocklimit >= count else size) + body)
                weight += bweight
                if minlength is None:
                    minlength = bmin
                elif bmin is not None:
                    minlength = min(minlength, bmin)
                maxlength = max(maxlength, blen)
                maxweight = max(maxweight, bmax)
        value = (
            pack_terminfo(
                False,
                weight,
                count,
                _length_byte(table, minlength),
                _length_byte(table, maxlength),
                maxweight,
                postings[0][0],
                postings[-1][0],
            )
            + pack_long(start)
            + pack_int(postfile.pos - start)
        )
        key = prefix + text
        if key <= lastkey:
            raise ValueError(f"terms must increase: {lastkey!r}..{key!r}")
        lastkey = key
        pos = termfile.pos
        positions.append(pos)
        termfile.write(pack_lengths(len(key), len(value)) + key + value)
        h = _md5_hash(key)
        buckets[h & 255].append((h, pos))
    postfile.flush()
    termfile.flush()
    tindex.lastkey = lastkey


def write_hash_tables(tindex: Any) -> None:
    """Write ``tindex``'s 256 hash tables as ``HashWriter._write_hashes`` does, one write per table.

    Whoosh writes each slot of each table with its own call: a second per
    segment of 400,000 terms. The slots and their order are the same here.
    """
    dbfile = tindex.dbfile
    for entries in tindex.buckets:
        pos = dbfile.tell()
        numslots = 2 * len(entries)
        tindex.directory.append((pos, numslots))
        hashes = [0] * numslots
        places = [0] * numslots
        taken = [False] * numslots
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while taken[slot]:
                slot = (slot + 1) % numslots
            taken[slot] = True
            hashes[slot] = hashval
            places[slot] = position
        flat = [value for pair in zip(hashes, places, strict=True) for value in pair]
        dbfile.write(struct.pack("!" + "Iq" * numslots, *flat))

"""The one seam to Whoosh's internals: every private name and byte format of it we rely on is here.

Whoosh stores, we match and rank. The rest of ``indexer`` uses Whoosh's
public API only (``whoosh.index.open_dir``, fields, queries, a reader's
``postings``/``column_reader``, a writer's ``update_document``/``commit``);
what it needs beyond that, for speed, lives in this module:

* reading: a term's posting blocks straight into arrays (``W3LeafMatcher``
  attributes), a field's length column as one byte string
  (``LENGTHS_COLUMN``, ``byte_to_length``), the segments of a table of
  contents, and the term dictionary's layout (``W3TermInfo`` extents, the
  ordered hash table's positions) that ``indexer.integrity`` checks;
* writing: the chunk writer of a rebuild (a ``SegmentWriter`` and a posting
  pool that group postings by term; the text fields' postings are set aside
  for our postings store, ``indexer.storebuild``), its term and posting files written in
  the W3 codec's bytes (``tests/test_index_postwriter.py`` compares them with
  Whoosh's own writer, file for file), the table of contents of a rebuild,
  and the update writer that leaves replaced files for a later clean-up.

Those names and layouts are not Whoosh's promise, so this module checks the
installed whoosh-reloaded version before it imports any of them, and refuses
(:class:`WhooshVersionError`, one line at the CLI) a version it was not
tested with. ``TESTED_WHOOSH_VERSIONS`` and the pin in ``pyproject.toml``
agree (``tests/test_whoosh_seam.py``). Writer classes are built on first
use, so a search process never imports ``whoosh.writing``.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import pickle
import struct
from array import array
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.errors import IndexerError

DISTRIBUTION = "whoosh-reloaded"
# The versions whose internals this module was tested against; pyproject.toml pins the same.
TESTED_WHOOSH_VERSIONS: tuple[str, ...] = ("2.7.5",)


class WhooshVersionError(IndexerError):
    """The installed Whoosh is not a version this module's private names were tested with."""


def installed_version() -> str | None:
    """Return the installed whoosh-reloaded version (None when that distribution is missing)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def check_version(version: str | None) -> None:
    """Raise :class:`WhooshVersionError` (a one-line message) unless ``version`` is a tested one."""
    if version in TESTED_WHOOSH_VERSIONS:
        return
    tested = ", ".join(TESTED_WHOOSH_VERSIONS)
    found = f"{DISTRIBUTION} {version} is installed" if version else f"{DISTRIBUTION} is not installed"
    raise WhooshVersionError(
        f"{found}, but the index reads Whoosh internals tested only with {tested}: "
        f"install it (pip install '{DISTRIBUTION}=={TESTED_WHOOSH_VERSIONS[-1]}')"
    )


check_version(installed_version())

# Only now the private names: an untested version may lack them, and must fail with the line above.
from whoosh.codec.whoosh3 import (  # noqa: E402
    LENGTHS_COLUMN,
    STORED_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3TermInfo,
    _lenfield,
)
from whoosh.columns import VarBytesColumn  # noqa: E402
from whoosh.filedb.filetables import _lengths  # noqa: E402
from whoosh.index import TOC, clean_files  # noqa: E402
from whoosh.matching.wrappers import FilterMatcher  # noqa: E402
from whoosh.reading import SegmentReader, TermNotFound  # noqa: E402
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort  # noqa: E402
from whoosh.util.numeric import byte_to_length, length_to_byte  # noqa: E402

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Posting = tuple[int, float, bytes]

STORED_COLUMN_NAME = "_stored"  # the W3 codec's column of pickled stored fields
_EMPTY_IDS: IntArray = np.zeros(0, dtype=np.int64)
_EMPTY_WEIGHTS: FloatArray = np.zeros(0, dtype=np.float64)
_BYTE_TO_LENGTH: FloatArray = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


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


# --- Reading ---------------------------------------------------------------------------------


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


def segments(ix: Any) -> list[Any]:
    """Return the segments listed by the table of contents of an open index."""
    return list(ix._segments())


def open_segment(ix: Any, segment: Any) -> Any:
    """Open a reader on one segment of ``ix`` (raises what its damaged files provoke)."""
    return SegmentReader(ix.storage, ix.schema, segment)


def segment_storage(ix: Any, segment: Any) -> Any:
    """Return the storage holding a segment's files (small segments are one compound ``.seg`` file)."""
    return segment.open_compound_file(ix.storage) if segment.is_compound() else ix.storage


def segment_file(segment: Any, part: str) -> str:
    """Name a segment's file: ``terms``, ``postings``, ``stored``, or a column by field name."""
    suffix = {"terms": ".trm", "postings": ".pst", "stored": "._stored.col"}.get(part, f".{part}.col")
    return str(segment.make_filename(suffix))


def unopenable_terms(ix: Any, segment: Any) -> tuple[str, Exception] | None:
    """Return the term dictionary's file and its error when it keeps a segment from opening, else None."""
    try:
        segment.codec().terms_reader(ix.storage, segment).close()
    except Exception as exc:
        return str(segment.make_filename(".seg" if segment.is_compound() else ".trm")), exc
    return None


def segment_name(segment: Any) -> str:
    """Return a segment's id, as Whoosh names its files."""
    return str(segment.segid)


def reader_location(reader: Any) -> tuple[str, str] | None:
    """Return (directory, segment id) of a segment reader, or None for another kind of reader.

    The postings store of a segment (``indexer.termstore``) lies in that
    directory and names the segment by that id.
    """
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    segment = reader.segment() if hasattr(reader, "segment") else None
    if folder is None or segment is None:
        return None
    return str(folder), str(segment.segment_id())


def segment_id(segment: Any) -> str:
    """Return the id by which a store file lists a segment (``segment_id()``, e.g. ``MAIN_x1y2``)."""
    return str(segment.segment_id())


def _extent(info: Any) -> tuple[int, int]:
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves the length in a 1-tuple
        length = length[0]
    return int(offset), int(length)


def term_table_fault(storage: Any, segment: Any, reader: Any) -> tuple[str, str] | None:
    """Return ``(file, problem)`` when a segment's term dictionary or its last postings are cut short.

    The term dictionary's key array and hash tables must lie inside the
    ``.trm``; the last term's postings (written last, so they end the
    ``.pst``) inside the postings file.
    """
    tindex = reader._terms._tindex
    trm = segment_file(segment, "terms")
    pst = segment_file(segment, "postings")
    trm_size = storage.file_length(trm)
    pst_size = storage.file_length(pst)
    if tindex.indexbase + tindex.indexlen * tindex.indexsize > trm_size or tindex.endofdata > trm_size:
        return trm, "the term table runs past the end of the file (truncated)"
    if any(pos < 0 or pos + slots * 12 > trm_size for pos, slots in tindex.tables):
        return trm, "a hash table runs past the end of the file (truncated)"
    if tindex.indexlen == 0:
        return None
    last = tindex._get_pos(tindex.indexbase + (tindex.indexlen - 1) * tindex.indexsize)
    found = tindex.key_and_range_at(last)
    if found is None:
        return trm, "the last term lies outside the term data"
    _, datapos, datalen = found
    info = W3TermInfo.from_bytes(tindex.dbfile.get(datapos, datalen))
    if not info.is_inlined():
        offset, length = _extent(info)
        if offset + length > pst_size:
            return pst, f"{pst_size} bytes where the postings need {offset + length} (truncated)"
    return None


def last_term(reader: Any) -> tuple[str, bytes] | None:
    """Return the last ``(field, term)`` of a segment's term dictionary (None when it has none)."""
    terms = reader._terms
    tindex = terms._tindex
    if tindex.indexlen == 0:
        return None
    last = tindex._get_pos(tindex.indexbase + (tindex.indexlen - 1) * tindex.indexsize)
    found = tindex.key_and_range_at(last)
    if found is None:
        return None
    fieldname, text = terms._keydecoder(found[0])
    return str(fieldname), bytes(text)


# --- Field values ----------------------------------------------------------------------------


# Encodes a term's frequency as the posting value of Whoosh's ``Frequency`` format (``struct``'s
# ``!I``). The function itself, not a wrapper: the word fields call it once per word of a document.
frequency_value: Callable[[int], bytes] = pack_uint


# --- Writing: term and posting files in the W3 codec's bytes --------------------------------

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


# --- Writing: segment writers ----------------------------------------------------------------

CHUNK_LIMIT_MB = 2048  # never spill within a chunk; the chunk size bounds memory


class _MemoryLengths:
    """Field lengths of a finished chunk, read once instead of once per posting."""

    def __init__(self, pdr: Any, fieldnames: list[str], doccount: int):
        self._lengths = {f: [pdr.doc_field_length(d, f) for d in range(doccount)] for f in fieldnames}

    def of(self, fieldname: str) -> list[int] | None:
        """Return the lengths of ``fieldname`` by docnum (None for a field without lengths)."""
        return self._lengths.get(fieldname)


@cache
def _writer_classes() -> tuple[type[Any], type[Any], type[Any]]:
    """Define the writer subclasses on first use, so that readers never import ``whoosh.writing``."""
    import shutil
    from pathlib import Path

    from whoosh.writing import PostingPool, SegmentWriter

    from indexer.storebuild import (
        STORE_FIELDS,
        TMP_DIR,
        UNREAD_FIELDS,
        ChunkPostings,
        chunk_path,
        merge_chunks,
    )

    class GroupedPool(PostingPool):  # type: ignore[misc]
        """A posting pool that groups postings by term as they arrive and never spills.

        Whoosh's pool estimates the byte size of every posting to decide when to
        spill (the chunk size already bounds memory here), then sorts all
        postings of the segment as tuples: a third of the build time in a
        profile. Documents arrive in docnum order, so each term's list is
        already sorted; only the distinct terms need sorting.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.terms: defaultdict[tuple[str, bytes], list[Posting]] = defaultdict(list)

        def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
            fieldname, text, docnum, weight, value = item
            self.terms[(fieldname, text)].append((docnum, weight, value))

    class ChunkWriter(SegmentWriter):  # type: ignore[misc]
        """A segment writer for chunks that fit in memory, flushed by :func:`write_terms`.

        The text fields' postings (``STORE_FIELDS``) do not go to Whoosh: they
        are collected in flat arrays and saved beside the segment for the
        postings store (``indexer.storebuild``); Whoosh still gets their lengths.
        """

        docnum: int  # the next document's number (SegmentWriter's)

        def __init__(self, ix: Any, lock: bool = False, limitmb: int = CHUNK_LIMIT_MB) -> None:
            super().__init__(
                ix,
                _lk=lock,
                limitmb=limitmb,
                compound=False,
                codec=W3Codec(compression=0),
            )
            # SegmentWriter ignores its poolclass argument, so swap the pool here.
            self.pool = GroupedPool(self._tempstorage, self.newsegment, limitmb=CHUNK_LIMIT_MB)
            self.store = ChunkPostings()

        def add_document(self, **fields: Any) -> None:
            """Add one document: ``SegmentWriter.add_document`` with the postings grouped in place.

            Whoosh hands every posting to the pool through a method call and a
            5-tuple (a third of the time spent adding a document). The archive
            schema has no spelling fields and no term vectors, and the index
            never passes ``_boost`` keywords, so this version leaves them out and
            refuses them. Weights are still multiplied by the (unit) boost, as
            Whoosh does, so the segment's bytes stay the same.
            """
            self._check_state()
            schema = self.schema
            names = sorted(fields)
            self._check_fields(schema, names)
            perdoc = self.perdocwriter
            docnum = self.docnum
            terms = self.pool.terms
            perdoc.start_doc(docnum)
            try:
                for name in names:
                    value = fields[name]
                    if value is None:
                        continue
                    field = schema[name]
                    if field.vector or field.separate_spelling():
                        raise ValueError(f"field {name!r}: term vectors and spelling are not supported here")
                    length = 0
                    if name in STORE_FIELDS:
                        pairs = ((text, freq) for text, freq, _, _ in field.index(value))
                        length = self.store.add_all(name, docnum, pairs)
                    elif field.indexed and name not in UNREAD_FIELDS:
                        scorable = field.scorable
                        for text, freq, weight, vbytes in field.index(value):
                            if scorable:
                                length += freq
                            terms[(name, text)].append((docnum, weight * 1.0, vbytes))
                    perdoc.add_field(name, field, value if field.stored else None, length)
                    if field.column_type:
                        perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
            except Exception:
                perdoc.cancel_doc()
                raise
            perdoc.finish_doc()
            self._added = True
            self.docnum += 1

        def _flush_segment(self) -> None:
            """Write the grouped postings with :func:`write_terms` (one call per term)."""
            self.perdocwriter.close()
            pdr = self.per_document_reader()
            scorable = [name for name, field in self.schema.items() if field.scorable]
            lengths = _MemoryLengths(pdr, scorable, self.docnum)
            write_terms(self.fieldwriter, self.schema, self.pool.terms, lengths.of)
            tindex = self.fieldwriter._tindex
            tindex._write_hashes = lambda: write_hash_tables(tindex)
            self.pool.terms.clear()
            self.fieldwriter.close()
            pdr.close()
            self._save_store()

        def _save_store(self) -> None:
            """Save the chunk's text postings beside the segment, for the run's store (``merge_chunks``)."""
            self.store.save(chunk_path(self.storage.folder, self.newsegment.segment_id()))

    class UpdateWriter(ChunkWriter):
        """The writer of ``index update``: a new segment with its own postings store; replaced files kept.

        Its documents' text postings go to a store file of their own, written
        just before the table of contents that lists the segment. Whoosh
        deletes the previous table of contents and merged-away segment files
        as it commits; a search that listed the directory a moment earlier
        then fails opening them (FileNotFoundError, seen under concurrent
        searches in tests/test_concurrency.py). Deleting them is left to a
        moment when no search holds the generation (:func:`remove_unlisted_files`).
        """

        def __init__(
            self, ix: Any, boosts: dict[str, float], limitmb: int, copy_store: Callable[..., None]
        ) -> None:
            super().__init__(ix, lock=True, limitmb=limitmb)
            self._boosts = boosts
            self._copy_store = copy_store

        def add_reader(self, reader: Any) -> None:
            """Copy a segment into the new one (a merge): Whoosh copies the rest, text postings go here."""
            basedoc = self.docnum
            super().add_reader(reader)
            self._copy_store(self.store, reader, basedoc)

        def _commit_toc(self, segments: list[Any]) -> None:
            gen = Path(self.storage.folder)
            for seg in segments:
                segid = str(seg.segment_id())
                if chunk_path(gen, segid).exists():
                    merge_chunks(gen, [(segid, int(seg.doc_count_all()))], self._boosts, rebuild=False)
            TOC(self.schema, segments, self.generation).write(self.storage, self.indexname)

        def cancel(self) -> None:
            try:
                super().cancel()
            finally:
                shutil.rmtree(Path(self.storage.folder) / TMP_DIR, ignore_errors=True)

    class JoinWriter(ChunkWriter):
        """Copies finished segments of a rebuild, in order, into one segment: no analysis, no store.

        A rebuild's workers write one segment per chunk, and every search
        opens each segment's term table and columns. Their text postings are
        already one run in the postings store (docnums counted across the
        segments, in this order), so only what Whoosh keeps is copied here:
        each column's values as stored (length bytes, stored fields, folded
        text, state, dates) and the few postings of the other indexed fields,
        their docnums shifted. The total field lengths are the segments'
        exact sums (not re-added from length bytes, which round), so BM25's
        averages do not move.
        """

        def append(self, reader: Any) -> None:
            """Copy the documents of a segment reader (no deletions) after those already copied."""
            if reader.has_deletions():
                raise ValueError("a rebuild's segments have no deletions")
            base = self.docnum
            count = int(reader.doc_count_all())
            schema = self.schema
            perdoc = self.perdocwriter
            lengths: list[tuple[str, list[int]]] = []
            for name, field in schema.items():
                if field.scorable:
                    lengths.append((_lenfield(name), _length_codes(reader, name).tolist()))
                    perdoc._fieldlengths[name] += reader.field_length(name)
            values = [
                (name, field.column_type, reader.column_reader(name, translate=False))
                for name, field in schema.items()
                if field.column_type and reader.has_column(name)
            ]
            add_value = perdoc.add_column_value
            for docnum, stored in reader.iter_docs():
                perdoc.start_doc(base + docnum)
                for column, codes in lengths:
                    if codes[docnum]:
                        add_value(column, LENGTHS_COLUMN, codes[docnum])
                for name, column_type, column_reader in values:
                    add_value(name, column_type, column_reader[docnum])
                if stored:
                    add_value(STORED_COLUMN_NAME, STORED_COLUMN, stored)
                perdoc.finish_doc()  # its own stored fields are empty: they were added above
            terms = self.pool.terms
            for fieldname, text, docnum, weight, value in reader.iter_postings():
                terms[(fieldname, text)].append((base + docnum, weight, value))
            self.docnum = base + count
            self._added = True

        def _save_store(self) -> None:
            """Nothing: the segments' text postings are already in the run's store."""

    return ChunkWriter, UpdateWriter, JoinWriter


def chunk_writer(ix: Any) -> Any:
    """Return a writer of one segment of ``ix`` for a chunk of documents held in memory.

    It takes no lock (the rebuild's parent holds the index's), never spills
    postings to disk, and writes no compound file; ``add_document`` refuses
    term vectors, spelling fields and ``_boost`` keywords.
    """
    return _writer_classes()[0](ix)


def join_segments(ix: Any, segment_list: list[Any]) -> Any:
    """Copy a rebuild's finished segments, in order, into one new segment of ``ix`` and return it.

    Docnums follow the order of ``segment_list``, as in the run's postings
    store; the new segment is listed by :func:`commit_segments` like any
    other, and the copied segments' files are deleted by that commit.
    """
    writer = _writer_classes()[2](ix)
    for segment in segment_list:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        try:
            writer.append(reader)
        finally:
            reader.close()
    return writer._finalize_segment()


def finish_segment(writer: Any) -> Any:
    """Write a chunk writer's segment files and return the segment (for :func:`commit_segments`).

    Not ``writer._tempstorage.destroy()``: every writer of the index shares
    the one ``MAIN.tmp`` folder (Whoosh names it after the index), so a
    worker that finished first deleted the column files of one still
    writing. :func:`commit_segments` removes the folder once all are done.
    """
    return writer._finalize_segment()


def commit_segments(ix: Any, segment_list: list[Any]) -> None:
    """Write the table of contents that makes ``segment_list`` the content of ``ix``."""
    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(ix)
    writer._close_segment()
    writer._commit_toc(segment_list)
    writer._finish()  # also destroys the shared temporary folder (see finish_segment)


def update_writer(
    ix: Any, limitmb: int, boosts: dict[str, float], copy_store: Callable[[Any, Any, int], None]
) -> Any:
    """Return a writer for in-place updates whose commit deletes no file (see ``UpdateWriter``).

    ``boosts`` are the store fields' weights per count; ``copy_store(postings,
    reader, basedoc)`` adds a merged segment's text postings to the new
    segment's (its live documents numbered from ``basedoc``). Raises Whoosh's
    ``LockError`` when another writer holds the index.
    """
    return _writer_classes()[1](ix, boosts, limitmb, copy_store)


def merge_segment(writer: Any, segment: Any) -> None:
    """Copy ``segment`` into the segment ``writer`` is writing (a merge policy's step)."""
    reader = SegmentReader(writer.storage, writer.schema, segment)
    try:
        writer.add_reader(reader)
    finally:
        reader.close()


def writer_folder(writer: Any) -> str:
    """Return the directory a writer writes in (where the postings stores are)."""
    return str(writer.storage.folder)


def remove_unlisted_files(ix: Any) -> set[str]:
    """Delete the files of ``ix`` its table of contents no longer lists; return the live segments' ids."""
    toc = ix._read_toc()
    clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    return {str(seg.segment_id()) for seg in toc.segments}

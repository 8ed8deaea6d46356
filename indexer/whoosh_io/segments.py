"""Name, open and inspect an index's segments: their files, ids, and the term dictionary's layout.

What ``indexer.integrity``, ``indexer.check`` and the builders need to know of a
segment beyond Whoosh's public API (the table of contents' segment list, file names,
the ordered hash table's positions, ``W3TermInfo`` extents), kept apart from the
posting reads and writes.
Imported through :mod:`indexer.whoosh_io`, whose ``__init__`` runs the version guard first.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.reading import SegmentReader


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

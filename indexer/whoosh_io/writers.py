"""Write segments: a rebuild's chunk writer, the join of its segments, the update writer, commits.

Subclasses of Whoosh's ``SegmentWriter`` and ``PostingPool``, defined on first use so
that a search never imports ``whoosh.writing``, and the table-of-contents commits and
clean-up around them. Their term and posting files are written by
:mod:`indexer.whoosh_io.postwriter`.
Imported through :mod:`indexer.whoosh_io`, whose ``__init__`` runs the version guard first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, W3Codec, _lenfield
from whoosh.index import TOC, clean_files
from whoosh.reading import SegmentReader

from indexer.whoosh_io.postwriter import Posting, write_hash_tables, write_terms
from indexer.whoosh_io.reading import _length_codes

STORED_COLUMN_NAME = "_stored"  # the W3 codec's column of pickled stored fields

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

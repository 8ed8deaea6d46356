"""Build one index generation with several worker processes, one segment per chunk of documents.

Whoosh's own ``MpWriter`` gives each worker one sorting pool for all its
documents; past a few thousand articles the pool spills to disk, pickling every
posting one by one, and that costs more than the indexing itself. Here the
parent cuts the documents into chunks small enough to sort in memory, each
worker turns a chunk into a finished segment, and the parent writes one table
of contents listing them all. Workers get raw documents and do all the
analysis (folding, segmentation, compression), so the parent only reads the
store. A chunk's postings are grouped by term as documents are added and
written term by term by ``indexer.postwriter`` (Whoosh's own format, a
fraction of its per-posting cost).

Workers drop the inherited writer lock and ask the kernel to kill them with
their parent (``PR_SET_PDEATHSIG``): a SIGKILLed rebuild leaves no orphans and
no held lock, only an unpublished generation that the next writer deletes.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.pool
import signal
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import PostingPool, SegmentWriter

from indexer.postwriter import write_hash_tables, write_terms
from indexer.storebuild import STORE_FIELDS, ChunkPostings, chunk_path

CHUNK_CHARS = 2_000_000  # about 1,700 articles: sorted in memory, no spill files
CHUNK_DOCS = 4_000
CHUNK_LIMIT_MB = 2048  # never spill within a chunk; the chunk size bounds memory


def chunked(items: Iterable[Any], size_of: Callable[[Any], int]) -> Iterator[list[Any]]:
    """Group ``items`` into lists of about CHUNK_CHARS characters (or CHUNK_DOCS items)."""
    chunk: list[Any] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += size_of(item)
        if size >= CHUNK_CHARS or len(chunk) >= CHUNK_DOCS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _GroupedPool(PostingPool):  # type: ignore[misc]
    """A posting pool that groups postings by term as they arrive and never spills.

    Whoosh's pool estimates the byte size of every posting to decide when to
    spill (the chunk size already bounds memory here), then sorts all
    postings of the segment as tuples: a third of the build time in a
    profile. Documents arrive in docnum order, so each term's list is
    already sorted; only the distinct terms need sorting.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.terms: defaultdict[tuple[str, bytes], list[tuple[int, float, bytes]]] = defaultdict(list)

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        fieldname, text, docnum, weight, value = item
        self.terms[(fieldname, text)].append((docnum, weight, value))


class _MemoryLengths:
    """Field lengths of a finished chunk, read once instead of once per posting."""

    def __init__(self, pdr: Any, fieldnames: list[str], doccount: int):
        self._lengths = {f: [pdr.doc_field_length(d, f) for d in range(doccount)] for f in fieldnames}

    def of(self, fieldname: str) -> list[int] | None:
        """Return the lengths of ``fieldname`` by docnum (None for a field without lengths)."""
        return self._lengths.get(fieldname)


class ChunkWriter(SegmentWriter):  # type: ignore[misc]
    """A segment writer tuned for chunks that fit in memory (see the module docstring)."""

    def __init__(self, ix: Any, *, lock: bool = False, limitmb: int = CHUNK_LIMIT_MB) -> None:
        super().__init__(
            ix,
            _lk=lock,
            limitmb=limitmb,
            compound=False,
            codec=W3Codec(compression=0),
        )
        # SegmentWriter ignores its poolclass argument, so swap the pool here.
        self.pool = _GroupedPool(self._tempstorage, self.newsegment, limitmb=CHUNK_LIMIT_MB)
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
                elif field.indexed:
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
        """Write the grouped postings with :func:`indexer.postwriter.write_terms` (one call per term)."""
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
        self.store.save(chunk_path(self.storage.folder, self.newsegment.segment_id()))


def _init_worker(lock_fd: int) -> None:
    """Close the inherited writer-lock descriptor and die with the parent."""
    import os

    if lock_fd >= 0:
        with contextlib.suppress(OSError):
            os.close(lock_fd)
    with contextlib.suppress(Exception):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def _build_segment(gen_dir: str, docs: list[Any]) -> tuple[Any, int]:
    """Index ``docs`` into one finished segment of the index at ``gen_dir`` (runs in a worker)."""
    from indexer.build import doc_fields

    ix = whoosh_index.open_dir(gen_dir)
    writer = ChunkWriter(ix)
    for doc in docs:
        writer.add_document(**doc_fields(doc))
    segment = writer._finalize_segment()
    # Not ``writer._tempstorage.destroy()``: every writer of the index shares
    # the one ``MAIN.tmp`` folder (Whoosh names it after the index), so a
    # worker that finished first deleted the column files of one still
    # writing. The parent removes the folder once all workers are done.
    return segment, len(docs)


def build_segments(
    gen_dir: str,
    docs: Iterable[Any],
    *,
    procs: int,
    lock_fd: int,
    size_of: Callable[[Any], int],
    on_progress: Callable[[int], None],
) -> list[Any]:
    """Index ``docs`` into segments with ``procs`` workers; return the segments in input order."""
    ctx = multiprocessing.get_context("fork")
    segments: list[Any] = []
    with ctx.Pool(procs, initializer=_init_worker, initargs=(lock_fd,)) as pool:
        pending: deque[multiprocessing.pool.AsyncResult[tuple[Any, int]]] = deque()
        for chunk in chunked(docs, size_of):
            pending.append(pool.apply_async(_build_segment, (gen_dir, chunk)))
            while len(pending) > procs:  # back-pressure: at most one chunk waiting per worker
                segment, n = pending.popleft().get()
                segments.append(segment)
                on_progress(n)
        while pending:
            segment, n = pending.popleft().get()
            segments.append(segment)
            on_progress(n)
    return segments


def commit_segments(gen_dir: str, segments: list[Any]) -> None:
    """Write the table of contents that makes ``segments`` the content of the index at ``gen_dir``."""
    ix = whoosh_index.open_dir(gen_dir)
    writer = SegmentWriter(ix)
    writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()  # also destroys the shared temporary folder (see _build_segment)

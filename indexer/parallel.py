"""Build one index generation with several worker processes, one segment per chunk of documents.

Whoosh's own ``MpWriter`` gives each worker one sorting pool for all its
documents; past a few thousand articles the pool spills to disk, pickling
every posting one by one, and that costs more than the indexing itself. Here
the parent cuts the documents into chunks small enough to sort in memory, each
worker turns a chunk into a finished segment, and at the end the parent copies
those segments into one (:func:`join_segments`: columns and stored fields as
written, no analysis) and writes the table of contents that lists it. Workers
get raw documents and do all the analysis (folding, segmentation,
compression), so the parent only reads the store. A chunk's postings are
grouped by term as documents are added and written term by term
(``indexer.whoosh_io.chunk_writer``: Whoosh's own format, a fraction of its
per-posting cost).

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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from whoosh import index as whoosh_index

from indexer import whoosh_io
from indexer.documents import doc_fields

CHUNK_CHARS = 2_000_000  # about 1,700 articles: sorted in memory, no spill files
CHUNK_DOCS = 4_000


def chunked(items: Iterable[Any], size_of: Callable[[Any], int]) -> Iterator[list[Any]]:
    """Group ``items`` into lists of about CHUNK_CHARS characters (or CHUNK_DOCS items).

    The chunk bounds a worker's memory (its postings are held until the
    chunk is written), and the archive's size does not change it: the
    rebuild joins the chunks' segments into one at the end
    (:func:`join_segments`), so larger chunks would buy nothing.
    """
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


def init_worker(lock_fd: int) -> None:
    """Close the inherited writer-lock descriptor and die with the parent."""
    import os

    if lock_fd >= 0:
        with contextlib.suppress(OSError):
            os.close(lock_fd)
    with contextlib.suppress(Exception):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def build_segment(gen_dir: str, docs: list[Any]) -> tuple[Any, int]:
    """Index ``docs`` into one finished segment of the index at ``gen_dir`` (runs in a worker)."""
    writer = whoosh_io.chunk_writer(whoosh_index.open_dir(gen_dir))
    for doc in docs:
        writer.add_document(**doc_fields(doc))
    # The workers share one temporary folder; commit_segments removes it once all are done.
    return whoosh_io.finish_segment(writer), len(docs)


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
    with ctx.Pool(procs, initializer=init_worker, initargs=(lock_fd,)) as pool:
        pending: deque[multiprocessing.pool.AsyncResult[tuple[Any, int]]] = deque()
        for chunk in chunked(docs, size_of):
            pending.append(pool.apply_async(build_segment, (gen_dir, chunk)))
            while len(pending) > procs:  # back-pressure: at most one chunk waiting per worker
                segment, n = pending.popleft().get()
                segments.append(segment)
                on_progress(n)
        while pending:
            segment, n = pending.popleft().get()
            segments.append(segment)
            on_progress(n)
    return segments


def join_segments(gen_dir: str, segments: list[Any]) -> Any:
    """Copy ``segments`` (a rebuild's, in docnum order) into one new segment of the index at ``gen_dir``."""
    return whoosh_io.join_segments(whoosh_index.open_dir(gen_dir), segments)


def commit_segments(gen_dir: str, segments: list[Any]) -> None:
    """Write the table of contents that makes ``segments`` the content of the index at ``gen_dir``."""
    whoosh_io.commit_segments(whoosh_index.open_dir(gen_dir), segments)

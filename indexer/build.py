"""Build a new index generation, or apply changes to the live one, from plain documents.

``rebuild_index`` fills a fresh generation with ``procs`` worker processes of
our own (``indexer.parallel``: each turns a chunk of documents into a finished
segment, joined into one segment at the end; not Whoosh's ``MpWriter``, whose
sorting pools spill to disk) and swaps it in atomically; ``apply_changes``
updates the live generation in place with a single writer. Both take
documents as :class:`indexer.documents.IndexDoc`, so they know nothing about
the store (``indexer.storedocs`` reads it, ``indexer.sync`` drives both from
it). Whoosh's writer internals they need are in ``indexer.whoosh_io``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh.index import LockError

from indexer import whoosh_io
from indexer.analysis import dictionary_hash
from indexer.compatibility import check_compatible, userdict_for
from indexer.documents import IndexDoc, doc_fields
from indexer.errors import IndexBusy, IndexerError
from indexer.generations import (
    READERS_LOCK,
    WriterLock,
    collect_garbage,
    current_generation,
    new_generation,
    publish,
    require_generation,
    write_meta,
)
from indexer.integrity import file_manifest
from indexer.lag import MARK_KEY
from indexer.parallel import (
    build_segment,
    build_segments,
    chunked,
    commit_segments,
    init_worker,
    join_segments,
)
from indexer.postings import live_mask, segment_store
from indexer.progress import Progress
from indexer.schema import SCHEMA_VERSION, build_schema
from indexer.storebuild import STORE_FIELDS, TMP_DIR, ChunkPostings, merge_chunks
from indexer.termstore import open_store, store_files

WRITER_MEMORY_MB = 256


def _make_meta(
    userdict: str | None,
    watermark: datetime | None,
    count: int,
    zones: Mapping[str, str],
    store_mark: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    marked = {MARK_KEY: dict(store_mark)} if store_mark is not None else {}
    return marked | {
        "zones": dict(sorted(zones.items())),
        "schema_version": SCHEMA_VERSION,
        "dictionary_hash": dictionary_hash(userdict),
        "userdict": userdict,
        "watermark": watermark.isoformat() if watermark else None,
        "doc_count": count,
        "written_at": datetime.now(UTC).isoformat(),
    }


def rebuild_index(
    index_path: Path,
    docs: Iterable[IndexDoc],
    *,
    procs: int | None = None,
    progress: bool | str = False,
    total: int | None = None,
    watermark: datetime | None = None,
    zones: Mapping[str, str] | None = None,
    store_mark: Mapping[str, int] | None = None,
) -> int:
    """Build a complete new generation from ``docs`` and make it live; return the document count.

    Searches keep using the previous generation until the swap; it is deleted
    once no reader holds it. ``procs`` defaults to, and is at most, the number of CPUs.
    ``zones`` (source id: time zone, as the store has them) go into the
    metadata with the zones of the documents, so ``index update`` sees which
    sources changed zone since. ``store_mark`` (:mod:`indexer.lag`), read
    before the documents, lets a search tell that the store moved on since.
    """
    index_path = Path(index_path)
    # More workers than CPUs build no faster and each holds its own analyser and chunk (--procs 64 on
    # two cores started 64 processes for four documents): the CPUs are the most.
    cpus = os.cpu_count() or 1
    procs = max(1, min(procs or cpus, cpus))
    with WriterLock(index_path, "index rebuild") as lock:
        collect_garbage(index_path)  # leftovers of a killed writer
        gen = new_generation(index_path)
        try:
            userdict = userdict_for(index_path)
            whoosh_index.create_in(str(gen), build_schema(userdict))
            bar = Progress("index rebuild", total, progress, unit="articles")
            seen = _Seen(newest=watermark, zones=dict(zones or {}))

            def counted(items: Iterable[IndexDoc]) -> Iterator[IndexDoc]:
                for doc in items:
                    seen.count += 1
                    seen.zones[doc.source] = doc.timezone
                    if watermark is None and doc.updated_at is not None:
                        newest = seen.newest
                        seen.newest = doc.updated_at if newest is None else max(newest, doc.updated_at)
                    yield doc

            if procs > 1:
                segments = build_segments(
                    str(gen),
                    counted(docs),
                    procs=procs,
                    lock_fd=lock.fd,
                    size_of=_doc_size,
                    on_progress=bar.advance,
                )
            else:
                segments = []
                for chunk in chunked(counted(docs), _doc_size):
                    segment, n = build_segment(str(gen), chunk)
                    segments.append(segment)
                    bar.advance(n)
            bar.phase("merging segments")  # the last, long step: named so the bar does not look stalled
            if segments:
                # One segment for the run: Whoosh's part (columns, stored fields) copied, not re-analysed,
                # and one dictionary for the text postings, the workers' chunks merged by key range.
                chunks = [(whoosh_io.segment_id(s), int(s.doc_count_all())) for s in segments]
                if len(segments) > 1:
                    segments = [join_segments(str(gen), segments)]
                merge_chunks(
                    gen,
                    chunks,
                    store_boosts(build_schema(userdict)),
                    procs=procs,
                    initializer=init_worker,
                    initargs=(lock.fd,),
                    listed=[(whoosh_io.segment_id(s), int(s.doc_count_all())) for s in segments],
                )
            shutil.rmtree(gen / TMP_DIR, ignore_errors=True)
            commit_segments(str(gen), segments)
            count = seen.count
            bar.phase("publishing")
            meta = _make_meta(userdict, seen.newest, count, seen.zones, store_mark)
            meta["files"] = file_manifest(gen)  # what index check compares the files with later
            write_meta(gen, meta)
            publish(index_path, gen)
        except BaseException as exc:
            _drop_unfinished(index_path, gen)
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                live = "; the live one is unchanged" if current_generation(index_path) else ""
                raise IndexerError(
                    f"cannot write the index at {index_path}: {exc.strerror}"
                    f" (the unfinished generation was removed{live})"
                ) from exc
            raise
        bar.finish()
    return count


def _drop_unfinished(index_path: Path, gen: Path) -> None:
    """Remove a generation a failed or interrupted rebuild left half-written, unless it went live.

    On a full disk the half-built generation holds the very space a retry (or
    ``index update``) needs; otherwise only the next rebuild collected it.
    """
    if current_generation(index_path) != gen:
        shutil.rmtree(gen, ignore_errors=True)


def store_boosts(schema: Any) -> dict[str, float]:
    """Return the weight per count of each store field (its field boost), as Whoosh's postings kept it."""
    return {f: float(getattr(schema[f].format, "field_boost", 1.0)) for f in STORE_FIELDS}


@dataclass
class _Seen:
    count: int = 0
    newest: datetime | None = None
    zones: dict[str, str] = field(default_factory=dict)


def _doc_size(doc: IndexDoc) -> int:
    return len(doc.body) + len(doc.title) + 200


@dataclass
class ChangeStats:
    """What ``apply_changes`` did."""

    added: int = 0
    deleted: int = 0


def clean_unread(gen: Path) -> bool:
    """Delete the files the live table of contents no longer lists, if no search holds ``gen``.

    An update's commit leaves them (``whoosh_io.update_writer``): a search that
    listed the directory a moment earlier would fail opening them.

    Returns False when a search holds it (the next update tries again).
    """
    try:
        fd = os.open(gen / READERS_LOCK, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        live = whoosh_io.remove_unlisted_files(whoosh_index.open_dir(str(gen)))
        for path in store_files(gen):  # the stores of segments merged away
            if not any(segid in live for segid, _ in open_store(path).segments):
                path.unlink(missing_ok=True)
        return True
    finally:
        os.close(fd)


# Segments written by updates (each with its own store) that an index may hold before a commit
# merges the small ones; a rebuild's segments are never merged by an update.
UPDATE_MERGE_AT = 8


def copy_store(postings: ChunkPostings, reader: Any, basedoc: int) -> None:
    """Add the text postings of a segment being merged to the new segment's, renumbered, deletions left out.

    Whoosh numbers the live documents of a merged segment from ``basedoc`` on,
    in their order.
    """
    store, base, count = segment_store(reader)
    if store is None:
        raise IndexerError("a segment has no postings store: rebuild needed (run: newsarchive index rebuild)")
    live = np.flatnonzero(live_mask(reader))
    newdoc = np.full(count, -1, dtype=np.int64)
    newdoc[live] = basedoc + np.arange(len(live), dtype=np.int64)
    for name in STORE_FIELDS:
        field = store.fields[name]
        for i in range(field.terms):
            ids, counts = field.counts_at(i)
            lo, hi = np.searchsorted(ids, [base, base + count])
            mapped = newdoc[ids[lo:hi] - base]
            keep = mapped >= 0
            if keep.any():
                postings.add_postings(name, field.key(i), mapped[keep].tolist(), counts[lo:hi][keep].tolist())


def tiered_merge(writer: Any, segments: list[Any]) -> list[Any]:
    """Merge policy of ``index update``: once UPDATE_MERGE_AT update segments exist, merge the small ones.

    The segments of a rebuild (one store for the run) are left alone, so a
    small update never rewrites the bulk of the index. Among update segments,
    the smallest are taken while each is no larger than those taken together
    (at least two): equal small updates are merged together, and a large
    merged segment is rewritten only once the small ones add up to its size.
    """
    folder = Path(whoosh_io.writer_folder(writer))
    rebuilt = {
        segid for path in store_files(folder) if open_store(path).rebuild for segid in open_store(path).bases
    }
    updates = [s for s in segments if whoosh_io.segment_id(s) not in rebuilt]
    if len(updates) < UPDATE_MERGE_AT:
        return segments
    taken: list[Any] = []
    total = 0
    for seg in sorted(updates, key=lambda s: s.doc_count_all()):
        if len(taken) >= 2 and seg.doc_count_all() > total:
            break
        taken.append(seg)
        total += seg.doc_count_all()
    for seg in taken:
        whoosh_io.merge_segment(writer, seg)
    chosen = {id(s) for s in taken}
    return [s for s in segments if id(s) not in chosen]


def apply_changes(
    index_path: Path,
    upserts: Iterable[IndexDoc],
    delete_ids: Iterable[int],
    *,
    watermark: datetime | None,
    progress: bool | str = False,
    total: int | None = None,
    lock: WriterLock | None = None,
    zones: Mapping[str, str] | None = None,
    store_mark: Mapping[str, int] | None = None,
) -> ChangeStats:
    """Add or replace ``upserts`` and delete ``delete_ids`` in the live generation, in one commit.

    The watermark is written after the commit: a writer killed in between
    leaves the old watermark, and the next update redoes idempotent work.
    ``zones`` (source id: time zone) replace the recorded ones, as in
    :func:`rebuild_index`; the upserted documents' zones are recorded too, and
    so is ``store_mark`` (:mod:`indexer.lag`) when given.
    """
    index_path = Path(index_path)
    own_lock = lock is None
    held = lock or WriterLock(index_path, "index update")
    if own_lock:
        held.acquire()
    try:
        # A rebuild killed outright (SIGKILL, a crash) leaves its half-built generation: with the lock
        # held it is no one's, and an update is the next writer more often than a rebuild.
        collect_garbage(index_path)
        gen = require_generation(index_path)
        meta = check_compatible(index_path, gen)
        ix = whoosh_index.open_dir(str(gen))
        try:
            writer = whoosh_io.update_writer(ix, WRITER_MEMORY_MB, store_boosts(ix.schema), copy_store)
        except LockError as exc:
            raise IndexBusy(f"another index writer is running on {index_path}; try again later") from exc
        stats = ChangeStats()
        bar = Progress("index update", total, progress, unit="articles")
        try:
            for article_id in delete_ids:
                writer.delete_by_term("id", str(article_id))
                stats.deleted += 1
            filed = dict(meta.get("zones") or {})
            filed.update(zones or {})
            for doc in upserts:
                filed[doc.source] = doc.timezone
                writer.update_document(**doc_fields(doc))
                stats.added += 1
                bar.advance()
            # Whoosh merges small segments on every commit by default, rewriting their postings: at
            # 60,000 articles that made an update of 1,000 articles take 157 s. An update adds one
            # segment; tiered_merge merges update segments only, once there are UPDATE_MERGE_AT.
            bar.phase("committing")
            writer.commit(mergetype=tiered_merge)
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            raise
        clean_unread(gen)
        bar.finish()
        with ix.reader() as reader:
            count = reader.doc_count()
        previous = meta.get("watermark")
        mark = watermark.isoformat() if watermark else previous
        meta.update(
            {
                "watermark": mark,
                "doc_count": count,
                "written_at": datetime.now(UTC).isoformat(),
                "zones": dict(sorted(filed.items())),
                "files": file_manifest(gen, meta.get("files")),  # the update's new files added
            }
        )
        if store_mark is not None:  # written after the commit, with the watermark
            meta[MARK_KEY] = dict(store_mark)
        write_meta(gen, meta)
        return stats
    finally:
        if own_lock:
            held.release()

"""Build a new index generation, or apply changes to the live one, from plain documents.

``rebuild_index`` fills a fresh generation with ``procs`` worker processes of
our own (``indexer.parallel``: each turns a chunk of documents into a finished
segment, no final merge; not Whoosh's ``MpWriter``, whose sorting pools spill
to disk) and swaps it in atomically; ``apply_changes`` updates the live generation in place with a
single writer. Both take documents as :class:`IndexDoc`, so they know nothing
about the store (``indexer.sync`` reads the store).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh.index import TOC, LockError, clean_files
from whoosh.reading import SegmentReader

from archive.config import zone
from indexer.analysis import dictionary_hash, fold, fold_diff, gram_counts
from indexer.errors import IndexBusy, IndexerError
from indexer.generations import (
    READERS_LOCK,
    WriterLock,
    collect_garbage,
    new_generation,
    publish,
    read_meta,
    require_generation,
    write_meta,
)
from indexer.parallel import (
    ChunkWriter,
    _build_segment,
    _init_worker,
    build_segments,
    chunked,
    commit_segments,
)
from indexer.postings import live_mask, segment_store
from indexer.progress import Progress
from indexer.schema import SCHEMA_VERSION, build_schema, literal_text, pack_state, pack_text
from indexer.storebuild import STORE_FIELDS, TMP_DIR, chunk_path, merge_chunks
from indexer.termstore import open_store, store_files

USERDICT_NAME = "userdict.txt"
WRITER_MEMORY_MB = 256


@dataclass
class IndexDoc:
    """One article as the index sees it (a plain copy of the store row)."""

    id: int
    title: str = ""
    body: str = ""
    lead_title: str = ""
    subtitle: str = ""
    external_id: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    source: str = ""
    section: str = ""
    published_at: datetime | None = None
    edition_date: date | None = None
    content_hash: str = ""
    updated_at: datetime | None = None


def userdict_for(index_path: Path) -> str | None:
    """Return the user dictionary of the data directory (``<home>/userdict.txt``) if there is one."""
    path = index_path.parent / USERDICT_NAME
    return str(path.resolve()) if path.exists() else None


def filed_at(doc: IndexDoc) -> datetime | None:
    """Return the naive UTC instant an article is filed under in the index (date filters, months, date order).

    An e-paper article is filed under its edition date (midnight of the
    papers' zone), whatever time its page gives: ``--since 2016-07-20`` and
    the chart's months mean the paper's calendar days.
    """
    if doc.edition_date is not None:
        local = datetime.combine(doc.edition_date, time.min, tzinfo=zone())
        return local.astimezone(UTC).replace(tzinfo=None)
    if doc.published_at is not None:
        return doc.published_at.astimezone(UTC).replace(tzinfo=None)
    return None


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """Turn an :class:`IndexDoc` into Whoosh field values (folding done once, here)."""
    text = literal_text(doc.lead_title, doc.title, doc.subtitle, doc.body)
    folded = fold(text)
    grams = gram_counts(folded)
    lead = " ".join(p for p in (doc.lead_title, doc.subtitle) if p)
    values: dict[str, Any] = {
        "id": str(doc.id),
        "xid": doc.external_id,
        "url": doc.url,
        "title": doc.title,
        "lead": fold(lead),
        "body": folded[len(text) - len(doc.body) :],
        "source": doc.source,
        "chars": (folded, grams),
        "grams": grams,
        "ftext": pack_text(folded),
        "state": pack_state(doc.id, doc.content_hash),
    }
    authors = ",".join(fold(a).replace(",", " ").strip() for a in doc.authors if a.strip())
    if authors:
        values["authors"] = authors
    if doc.section:
        values["section"] = doc.section
    published = filed_at(doc)
    if published is not None:
        values["published"] = published
    diff = fold_diff(text, folded)
    if diff:
        values["fdiff"] = diff
    return values


def _make_meta(userdict: str | None, watermark: datetime | None, count: int) -> dict[str, Any]:
    return {
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
) -> int:
    """Build a complete new generation from ``docs`` and make it live; return the document count.

    Searches keep using the previous generation until the swap; it is deleted
    once no reader holds it. ``procs`` defaults to the number of CPUs.
    """
    index_path = Path(index_path)
    procs = procs or os.cpu_count() or 1
    with WriterLock(index_path, "index rebuild") as lock:
        collect_garbage(index_path)  # leftovers of a killed writer
        gen = new_generation(index_path)
        userdict = userdict_for(index_path)
        whoosh_index.create_in(str(gen), build_schema(userdict))
        bar = Progress("index rebuild", total, progress, unit="documents")
        seen = _Seen(newest=watermark)

        def counted(items: Iterable[IndexDoc]) -> Iterator[IndexDoc]:
            for doc in items:
                seen.count += 1
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
                segment, n = _build_segment(str(gen), chunk)
                segments.append(segment)
                bar.advance(n)
        bar.phase("merging segments")  # the last, long step: named so the bar does not look stalled
        if segments:
            merge_chunks(
                gen,
                [(str(s.segment_id()), int(s.doc_count_all())) for s in segments],
                store_boosts(build_schema(userdict)),
                procs=procs,
                initializer=_init_worker,
                initargs=(lock.fd,),
            )
        shutil.rmtree(gen / TMP_DIR, ignore_errors=True)
        commit_segments(str(gen), segments)
        count = seen.count
        bar.phase("publishing")
        write_meta(gen, _make_meta(userdict, seen.newest, count))
        publish(index_path, gen)
        bar.finish()
    return count


def store_boosts(schema: Any) -> dict[str, float]:
    """Return the weight per count of each store field (its field boost), as Whoosh's postings kept it."""
    return {f: float(getattr(schema[f].format, "field_boost", 1.0)) for f in STORE_FIELDS}


@dataclass
class _Seen:
    count: int = 0
    newest: datetime | None = None


def _doc_size(doc: IndexDoc) -> int:
    return len(doc.body) + len(doc.title) + 200


@dataclass
class ChangeStats:
    """What ``apply_changes`` did."""

    added: int = 0
    deleted: int = 0


def check_compatible(index_path: Path, gen: Path) -> dict[str, Any]:
    """Return the generation's metadata, or raise if today's analysis differs from the index's."""
    meta = read_meta(gen)
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise IndexerError(
            f"the index at {index_path} has schema version {meta.get('schema_version')}, "
            f"this program writes {SCHEMA_VERSION}: rebuild needed (run: newsarchive index rebuild)"
        )
    if meta.get("dictionary_hash") != dictionary_hash(userdict_for(index_path)):
        raise IndexerError(
            f"the jieba dictionary or user dictionary changed since the index at {index_path} was built: "
            "rebuild needed (run: newsarchive index rebuild)"
        )
    return meta


class _UpdateWriter(ChunkWriter):
    """The writer of ``index update``: one new segment with its own postings store, Whoosh files kept.

    Its documents' text postings go to a store file of their own (written
    just before the table of contents that lists the segment), like a
    rebuild's. Whoosh deletes the previous table of contents and merged-away
    segment files as it commits; a search that listed the directory a moment
    earlier then fails opening them (FileNotFoundError, seen under concurrent
    searches in tests/test_concurrency.py), so deleting them is left to a
    moment when no search holds the generation (:func:`clean_unread`).
    """

    def __init__(self, ix: Any, boosts: dict[str, float]) -> None:
        super().__init__(ix, lock=True, limitmb=WRITER_MEMORY_MB)
        self._boosts = boosts

    def add_reader(self, reader: Any) -> None:
        """Copy a segment into the new one (a merge): Whoosh copies the rest, the store postings go here."""
        basedoc = self.docnum
        live = np.flatnonzero(live_mask(reader))
        super().add_reader(reader)
        store, base, count = segment_store(reader)
        if store is None:
            raise IndexerError(
                "a segment without its postings store: rebuild needed (run: newsarchive index rebuild)"
            )
        newdoc = np.full(count, -1, dtype=np.int64)
        newdoc[live] = basedoc + np.arange(len(live), dtype=np.int64)
        for name in STORE_FIELDS:
            postings = store.fields[name]
            for i in range(postings.terms):
                ids, counts = postings.counts_at(i)
                lo, hi = np.searchsorted(ids, [base, base + count])
                mapped = newdoc[ids[lo:hi] - base]
                keep = mapped >= 0
                if keep.any():
                    self.store.add_postings(
                        name, postings.key(i), mapped[keep].tolist(), counts[lo:hi][keep].tolist()
                    )

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


def clean_unread(gen: Path) -> bool:
    """Delete the files the live table of contents no longer lists, if no search holds ``gen``.

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
        ix = whoosh_index.open_dir(str(gen))
        toc = ix._read_toc()
        clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
        live = {str(seg.segment_id()) for seg in toc.segments}
        for path in store_files(gen):
            if not any(segid in live for segid, _ in open_store(path).segments):
                path.unlink(missing_ok=True)
        return True
    finally:
        os.close(fd)


# Segments written by updates (each one's own) that an index may hold before a commit merges the
# small ones; a rebuild's segments are never merged by an update.
UPDATE_MERGE_AT = 8


def tiered_merge(writer: _UpdateWriter, segments: list[Any]) -> list[Any]:
    """Merge policy of ``index update``: once UPDATE_MERGE_AT update segments exist, merge the small ones.

    The segments of a rebuild (one store for the run) are left alone, so a
    small update never rewrites the bulk of the index. Among update segments,
    the smallest are taken while each is no larger than those taken together
    (at least two): equal small updates are merged together, and a large
    merged segment is rewritten only when the small ones add up to its size.
    """
    updates = []
    for seg in segments:
        path = _folder_store(writer, str(seg.segment_id()))
        if path is None or not open_store(path).rebuild:
            updates.append(seg)
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
        reader = SegmentReader(writer.storage, writer.schema, seg)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    chosen = {id(s) for s in taken}
    return [s for s in segments if id(s) not in chosen]


def _folder_store(writer: Any, segid: str) -> Path | None:
    for path in store_files(Path(writer.storage.folder)):
        if segid in open_store(path).bases:
            return path
    return None


def apply_changes(
    index_path: Path,
    upserts: Iterable[IndexDoc],
    delete_ids: Iterable[int],
    *,
    watermark: datetime | None,
    progress: bool | str = False,
    total: int | None = None,
    lock: WriterLock | None = None,
) -> ChangeStats:
    """Add or replace ``upserts`` and delete ``delete_ids`` in the live generation, in one commit.

    The watermark is written after the commit: a writer killed in between
    leaves the old watermark, and the next update redoes idempotent work.
    """
    index_path = Path(index_path)
    own_lock = lock is None
    held = lock or WriterLock(index_path, "index update")
    if own_lock:
        held.acquire()
    try:
        gen = require_generation(index_path)
        meta = check_compatible(index_path, gen)
        ix = whoosh_index.open_dir(str(gen))
        try:
            writer = _UpdateWriter(ix, store_boosts(ix.schema))
        except LockError as exc:
            raise IndexBusy(f"another index writer is running on {index_path}; try again later") from exc
        stats = ChangeStats()
        bar = Progress("index update", total, progress, unit="documents")
        try:
            for article_id in delete_ids:
                writer.delete_by_term("id", str(article_id))
                stats.deleted += 1
            for doc in upserts:
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
        meta.update({"watermark": mark, "doc_count": count, "written_at": datetime.now(UTC).isoformat()})
        write_meta(gen, meta)
        return stats
    finally:
        if own_lock:
            held.release()

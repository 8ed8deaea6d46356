"""Keep the index level with the store: full rebuilds and incremental updates.

``update_from_store`` compares the store's document states with the indexed ones
for changed articles (not the ``updated_at`` watermark: a reprocess dates a
changed text by its capture, before the watermark), and takes an id-set
difference between store and index for new and deleted ones: the store keeps
no tombstones, and the difference also repairs whatever a killed writer left
undone. A state (:func:`indexer.documents.doc_state`) is the content hash with
everything else the document is built from: a new date, section, page, url or
title of the same text, or a new time zone of its source (``sources.timezone``:
each article is filed under its source's zone), re-files the article; articles
whose state equals the indexed one are skipped. An index written when the state
was the content hash alone is rebuilt, once (``UpdateStats.reformatted``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from archive.config import DEFAULT_TIMEZONE
from indexer.build import apply_changes, rebuild_index
from indexer.check import read_index_state
from indexer.documents import old_state
from indexer.errors import IndexDamaged, IndexerError
from indexer.generations import WriterLock, current_generation, raise_if_damaged, read_meta, reading
from indexer.integrity import DAMAGED_MESSAGE, find_damage
from indexer.storedocs import (
    iter_store_docs,
    open_store,
    store_mark,
    store_state,
    store_zones,
)
from indexer.versions import iter_version_docs, version_state, versions_path


@dataclass
class UpdateStats:
    """What an incremental update did."""

    added: int = 0
    changed: int = 0
    deleted: int = 0
    watermark: datetime | None = None
    rebuilt: bool = False
    # Of ``changed``, the articles indexed with a state of the format before (the content hash alone):
    # when any, the index was rebuilt (``rebuilt``).
    reformatted: int = 0
    # Earlier versions (``<index>-versions``) added, re-filed or dropped: a version re-filed alone (its
    # date refreshed by a reprocess) is no article "changed", and the summary said nothing was done.
    versions: int = 0


def rebuild_from_store(
    db_url: str, index_path: Path, *, procs: int | None = None, progress: bool | str = False
) -> int:
    """Build a new generation from every article in the store and swap it in; return the count."""
    return _rebuild(db_url, index_path, procs=procs, progress=progress)[0]


def _rebuild(
    db_url: str, index_path: Path, *, procs: int | None = None, progress: bool | str = False
) -> tuple[int, datetime | None]:
    """Rebuild as :func:`rebuild_from_store`; return the count and the watermark the generation holds.

    The first ``index update`` reports that watermark: read here, on the rebuild's own engine, it
    needs no second engine (one was opened for it, and never disposed).
    """
    engine, count, newest = open_store(db_url)
    try:
        mark = store_mark(engine)  # before the articles: one stored meanwhile leaves the index behind
        zones = store_zones(engine)
        built = rebuild_index(
            Path(index_path),
            iter_store_docs(engine),
            procs=procs,
            progress=progress,
            total=count,
            watermark=newest,
            zones=zones,
            store_mark=mark,
        )
        rebuild_versions(engine, Path(index_path), zones)  # the superseded versions' own index
        return built, newest
    finally:
        engine.dispose()


def index_state(index_path: Path) -> dict[int, str]:
    """Return ``{article id: indexed state}`` from the live generation's state column."""
    with reading(Path(index_path)) as gen:
        return read_index_state(gen)


def update_from_store(
    db_url: str,
    index_path: Path,
    *,
    progress: bool | str = False,
    on_reformat: Callable[[int], None] | None = None,
) -> UpdateStats:
    """Bring the live index level with the store: new, changed and deleted articles.

    With no index yet this is a rebuild, and so it is for an index whose states are of the format
    before (``reformatted``): every article is stale there, and re-filed in place it would keep
    the old documents, deleted, in the rebuild's segment (which no update merges), the index
    twice its size until the next rebuild. The live generation first gets the quick check a failing
    search runs (:func:`indexer.integrity.find_damage`): an update with nothing to write read only
    the state column, so it said 'index updated: 0 added ...' over a cut term dictionary or date
    column, and one with something to write would add a segment to an index that must be rebuilt.
    ``on_reformat`` is told how many articles such a rebuild re-files before it starts: on a large
    archive the user otherwise watches a long rebuild's progress not knowing why an update rebuilds.
    """
    index_path = Path(index_path)
    if current_generation(index_path) is None:
        count, newest = _rebuild(db_url, index_path, progress=progress)
        return UpdateStats(added=count, watermark=newest, rebuilt=True)
    engine, _, newest = open_store(db_url)
    try:
        with WriterLock(index_path, "index update") as lock:
            gen = current_generation(index_path)
            assert gen is not None
            meta = read_meta(gen)
            damage = find_damage(gen, written=meta.get("files"))
            if damage:
                raise IndexDamaged(f"{DAMAGED_MESSAGE} ({damage[0].line()})")
            indexed = index_state(index_path)
            mark = store_mark(engine)  # before the state: a write meanwhile leaves the index behind
            store = store_state(engine)
            zones = store_zones(engine)
            new_ids = [i for i in store if i not in indexed]
            deleted = [i for i in indexed if i not in store]
            # Every article whose state differs, whatever its updated_at: `index check` calls exactly these
            # stale, and a reprocess dates a changed text by its capture, often before the watermark.
            changed = [i for i, state in store.items() if i in indexed and indexed[i] != state]
            stats = UpdateStats(
                added=len(new_ids),
                changed=len(changed),
                deleted=len(deleted),
                watermark=newest,
                reformatted=sum(1 for i in changed if old_state(indexed[i])),
            )
            if not stats.reformatted:
                todo = sorted(new_ids + changed)
                try:
                    apply_changes(
                        index_path,
                        iter_store_docs(engine, todo),
                        deleted,
                        watermark=newest,
                        progress=progress,
                        total=len(todo),
                        lock=lock,
                        zones=zones,
                        store_mark=mark,
                    )
                except IndexerError:
                    raise
                except Exception as exc:  # the merge reads the live files: damage is the one-line "rebuild"
                    raise_if_damaged(gen, exc)
                    raise
                # A changed article's old text is a version row now: the versions' index takes it.
                stats.versions = update_versions(engine, index_path, zones)
                return stats
    finally:
        engine.dispose()
    if on_reformat is not None:
        on_reformat(stats.reformatted)
    rebuild_from_store(db_url, index_path, progress=progress)  # the lock released: the rebuild takes it
    stats.rebuilt = True
    return stats


def rebuild_versions(engine: Engine, index_path: Path, zones: dict[str, str]) -> int:
    """Build the versions' index afresh from the store; return how many versions it holds."""
    state = version_state(engine)
    return rebuild_index(
        versions_path(index_path), iter_version_docs(engine), procs=1, total=len(state), zones=zones
    )


def update_versions(engine: Engine, index_path: Path, zones: dict[str, str]) -> int:
    """Bring the versions' index level with the store; return how many versions were written or dropped.

    New ids are added, ids gone (an article deleted) dropped, and versions whose state differs
    re-indexed: a version row's text never changes, but its document carries its article's place,
    which a reprocess or re-crawl can re-file (:func:`indexer.versions.version_state`). A source
    whose zone changed, no versions index yet, or a damaged one (``index check`` says so) rebuilds
    it (versions are few).
    """
    path = versions_path(index_path)
    gen = current_generation(path)
    try:
        damaged = gen is not None and bool(find_damage(gen, written=read_meta(gen).get("files")))
    except IndexerError:  # unreadable metadata
        damaged = True
    if (
        gen is None
        or damaged
        or any((read_meta(gen).get("zones") or {}).get(s, DEFAULT_TIMEZONE) != tz for s, tz in zones.items())
    ):
        return rebuild_versions(engine, index_path, zones)
    with reading(path) as live:
        indexed = read_index_state(live)
    store = version_state(engine)
    todo = sorted(i for i, chash in store.items() if indexed.get(i) != chash)
    gone = [i for i in indexed if i not in store]
    if not todo and not gone:
        return 0
    apply_changes(path, iter_version_docs(engine, todo), gone, watermark=None, zones=zones)
    return len(todo) + len(gone)

"""Compare the index with the store (``index check``) and describe the index (``index stats``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from archive.wording import counted
from indexer import whoosh_io
from indexer.analysis import dictionary_hash
from indexer.compatibility import OLD_SCHEMA, userdict_for
from indexer.documents import STATE_FORMAT_CHANGED, old_state
from indexer.generations import current_generation, read_meta, reading
from indexer.integrity import find_damage, require_meta
from indexer.schema import SCHEMA_VERSION, unpack_state
from indexer.searchers import check_sizes, stamp
from indexer.storedocs import open_store, store_state
from indexer.versions import UNINDEXED, VERSIONS_LABEL, version_state, versions_path

SAMPLE = 20


def read_index_state(gen: Path) -> dict[int, str]:
    """Return ``{document id: state}`` (:func:`indexer.documents.doc_state`) of the live documents."""
    ix = whoosh_index.open_dir(str(gen))
    state: dict[int, str] = {}
    with ix.reader() as reader:
        if not reader.doc_count_all():  # an empty archive's index has no segment, hence no column
            return state
        column = reader.column_reader("state")
        for docnum in reader.all_doc_ids():
            article_id, value = unpack_state(column[docnum])
            state[article_id] = value
    return state


@dataclass
class CheckReport:
    """Differences between index and store; ``clean`` when there are none."""

    missing: int = 0
    stale: int = 0
    orphaned: int = 0
    indexed: int = 0
    stored: int = 0
    # The same keys whether or not the store was compared: a damaged index's JSON had ``{}`` here.
    examples: dict[str, list[int]] = field(
        default_factory=lambda: {"missing": [], "stale": [], "orphaned": []}
    )
    problems: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # damaged files of the live generation
    # The superseded versions' index (indexer.versions): {indexed, stored, missing, orphaned}; None when
    # there is none or it is damaged (then ``problems`` or ``damaged`` says so).
    versions: dict[str, int] | None = None
    # False when there is no index at all: every stored article is missing from it (``index check`` exit 4).
    index: bool = True

    @property
    def articles_damaged(self) -> bool:
        """Say whether the articles' index is damaged (and not compared), not the versions' alone."""
        return any(not line.startswith(f"{VERSIONS_LABEL}: ") for line in self.damaged)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.orphaned or self.problems or self.damaged)


def check_index(db_url: str, index_path: Path, *, deep: bool = False) -> CheckReport:
    """Find damaged index files; count articles missing from the index, stale, or no longer in the store.

    The file checks are :func:`indexer.integrity.find_damage` (``deep`` reads every posting);
    a damaged generation is not compared with the store, since reading it is what fails.
    """
    index_path = Path(index_path)
    engine, _, _ = open_store(db_url)
    try:
        store = store_state(engine)
        stored_versions = version_state(engine)
    finally:
        engine.dispose()
    report = CheckReport()
    if current_generation(index_path) is None:  # never built (or removed): nothing to open, all missing
        missing = sorted(store)
        report.index, report.stored, report.missing = False, len(store), len(missing)
        report.examples["missing"] = missing[:SAMPLE]
        report.problems.append(f"no index at {index_path} (run: newsarchive index rebuild)")
        return report
    _check_versions(report, index_path, stored_versions, deep)
    with reading(index_path) as gen:
        written = read_meta(gen).get("files")  # each file's size and CRC-32 when written
        damage = [d.line() for d in find_damage(gen, deep=deep, written=written)]
        if damage:
            report.damaged[:0] = damage
            report.stored = len(store)
            return report
        try:
            indexed = read_index_state(gen)
        except Exception:  # an id the quick check did not read (it reads the first and last)
            damage = [d.line() for d in find_damage(gen, deep=True)]
            if not damage:
                raise
            report.damaged[:0] = damage
            report.stored = len(store)
            return report
        meta = read_meta(gen)
    if meta.get("schema_version") != SCHEMA_VERSION:
        found = {"found": str(meta.get("schema_version")), "writes": str(SCHEMA_VERSION)}
        report.problems.append(f"{OLD_SCHEMA % found}: rebuild needed")
    if meta.get("dictionary_hash") != dictionary_hash(userdict_for(index_path)):
        report.problems.append("jieba dictionary changed: rebuild needed")
    missing = sorted(i for i in store if i not in indexed)
    stale = sorted(i for i, h in indexed.items() if i in store and store[i] != h)
    reformat = sum(1 for i in stale if old_state(indexed[i]))
    if reformat:  # why every article is stale: the state column of an index written before
        report.problems.append(
            f"{STATE_FORMAT_CHANGED}: index update re-files {counted(reformat, 'article')}"
        )
    orphaned = sorted(i for i in indexed if i not in store)
    report.missing, report.stale, report.orphaned = len(missing), len(stale), len(orphaned)
    report.indexed, report.stored = len(indexed), len(store)
    report.examples = {"missing": missing[:SAMPLE], "stale": stale[:SAMPLE], "orphaned": orphaned[:SAMPLE]}
    return report


def _check_versions(report: CheckReport, index_path: Path, stored: dict[int, str], deep: bool) -> None:
    """Check the versions' index as the articles': damaged files, then versions missing or orphaned.

    A damaged one made the earlier-version search answer nothing, a false "not found"; its damage is
    named ``earlier versions: FILE: ...`` among the index's (exit 5), and being absent or behind is a
    problem ``index update`` repairs (exit 4).
    """
    path = versions_path(index_path)
    if current_generation(path) is None:
        if current_generation(index_path) is not None:  # no index at all: the articles' check says so
            report.problems.append(UNINDEXED)
        return
    with reading(path) as gen:
        written = read_meta(gen).get("files")
        damage = [d.line() for d in find_damage(gen, deep=deep, written=written)]
        if not damage:
            try:
                indexed = read_index_state(gen)
            except Exception:
                damage = [d.line() for d in find_damage(gen, deep=True)]
                if not damage:
                    raise
    if damage:
        report.damaged.extend(f"{VERSIONS_LABEL}: {line}" for line in damage)
        return
    # Stale apart from missing: a version re-filed (its date refreshed, its article moved) is indexed,
    # at its old place; "missing" said a search could not find it at all.
    missing = sum(1 for i in stored if i not in indexed)
    stale = sum(1 for i, state in stored.items() if i in indexed and indexed[i] != state)
    orphaned = sum(1 for i in indexed if i not in stored)
    report.versions = {
        "indexed": len(indexed),
        "stored": len(stored),
        "missing": missing,
        "stale": stale,
        "orphaned": orphaned,
    }
    if missing or stale or orphaned:
        report.problems.append(f"{VERSIONS_LABEL}: {missing} missing, {stale} stale, {orphaned} orphaned")


def index_stats(index_path: Path) -> dict[str, Any]:
    """Describe the live generation: documents, segments, size, watermark, dictionary; versions indexed.

    Raise :class:`IndexDamaged` for what a search would find (meta.json gone, a file not the size
    written): the documents and sizes of such an index read as a sound one's, exit 0.
    """
    index_path = Path(index_path)
    with reading(index_path) as gen:
        require_meta(gen)
        check_sizes(gen, stamp(gen))
        meta = read_meta(gen)
        ix = whoosh_index.open_dir(str(gen))
        with ix.reader() as reader:
            docs = reader.doc_count()
            deleted = reader.doc_count_all() - docs
            segments = len(whoosh_io.segments(ix))
        size = sum(p.stat().st_size for p in gen.iterdir() if p.is_file())
    versions = None
    if current_generation(versions_path(index_path)) is not None:
        with reading(versions_path(index_path)) as vgen:
            with whoosh_index.open_dir(str(vgen)).reader() as reader:
                versions = reader.doc_count()
    return {
        "generation": gen.name,
        "documents": docs,
        "deleted_not_merged": deleted,
        "segments": segments,
        "size_bytes": size,
        "watermark": meta.get("watermark"),
        "written_at": meta.get("written_at"),
        "schema_version": meta.get("schema_version"),
        "dictionary_hash": meta.get("dictionary_hash"),
        "dictionary_current": meta.get("dictionary_hash") == dictionary_hash(userdict_for(index_path)),
        "userdict": meta.get("userdict"),
        "versions_documents": versions,  # superseded versions indexed (indexer.versions); None: no such index
    }

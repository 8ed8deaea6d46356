"""A rebuild that fails or is interrupted leaves no half-written generation behind.

On a full disk the half-built generation held the very space a retry needed
(``index rebuild`` then ``index update`` both failed with a bare
"[Errno 28] No space left on device"), and an interrupted rebuild's stayed
until the next rebuild; the live generation must stay as it was either way.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

import indexer.build
from indexer.build import rebuild_index
from indexer.documents import IndexDoc
from indexer.errors import IndexerError
from indexer.generations import current_generation, list_generations
from indexer.search import search

DOCS = [IndexDoc(id=i, title=f"第{i}号", body=f"洮北区鹤鸣湖第{i}篇报道。") for i in range(1, 4)]


def _fail_with(exc: BaseException) -> Any:
    def commit(*_args: object) -> None:
        raise exc

    return commit


def test_a_full_disk_removes_the_unfinished_generation_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_path = tmp_path / "index"
    rebuild_index(index_path, DOCS, procs=1)
    live = current_generation(index_path)
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(indexer.build, "commit_segments", _fail_with(full))
    with pytest.raises(IndexerError) as caught:
        rebuild_index(index_path, DOCS, procs=1)
    assert str(caught.value) == (
        f"cannot write the index at {index_path}: No space left on device"
        " (the unfinished generation was removed; the live one is unchanged)"
    )
    assert list_generations(index_path) == [live]
    assert search(index_path, "鹤鸣湖").total == len(DOCS)


def test_an_interrupted_rebuild_leaves_only_the_live_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_path = tmp_path / "index"
    rebuild_index(index_path, DOCS, procs=1)
    live = current_generation(index_path)
    monkeypatch.setattr(indexer.build, "commit_segments", _fail_with(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        rebuild_index(index_path, DOCS, procs=1)
    assert list_generations(index_path) == [live]
    assert search(index_path, "鹤鸣湖").total == len(DOCS)


def test_an_update_collects_what_a_killed_rebuild_left(tmp_path: Path) -> None:
    """A SIGKILLed rebuild cannot clean up; its generation stayed until the next rebuild."""
    from indexer.build import apply_changes

    index_path = tmp_path / "index"
    rebuild_index(index_path, DOCS, procs=1)
    live = current_generation(index_path)
    left = index_path / "gen-000099"  # as a rebuild killed mid-way leaves it
    (left / "MAIN.tmp").mkdir(parents=True)
    (left / "MAIN_x.pst").write_bytes(b"\0" * 4096)
    apply_changes(index_path, [], [], watermark=None)
    assert list_generations(index_path) == [live]


def test_a_deep_check_after_an_update_that_replaced_an_article_is_clean(tmp_path: Path) -> None:
    """The replaced article's postings, deleted in the rebuilt segment, read as 'incomplete' (exit 5)."""
    from dataclasses import replace

    from indexer.build import apply_changes
    from indexer.integrity import find_damage

    index_path = tmp_path / "index"
    docs = [replace(d, authors=["张风"] if d.id == 1 else []) for d in DOCS]
    rebuild_index(index_path, docs, procs=1)
    changed = replace(docs[0], body=docs[0].body + "鹤鸣湖公园同日开放。", content_hash="new")
    apply_changes(index_path, [changed], [], watermark=None)
    gen = current_generation(index_path)
    assert gen is not None
    assert find_damage(gen, deep=True) == []


def test_a_damaged_index_reports_the_same_json_keys(tmp_path: Path) -> None:
    """``index check --json`` gave ``"examples": {}`` for a damaged index and three lists otherwise."""
    from archive.schema import open_store
    from indexer.check import check_index

    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    with open_store(db_url):  # an empty, migrated store
        pass
    index_path = tmp_path / "index"
    rebuild_index(index_path, DOCS, procs=1)
    gen = current_generation(index_path)
    assert gen is not None
    pst = next(gen.glob("*.pst"))
    pst.write_bytes(pst.read_bytes()[: pst.stat().st_size // 2])
    report = check_index(db_url, index_path)
    assert report.damaged
    assert report.examples == {"missing": [], "stale": [], "orphaned": []}

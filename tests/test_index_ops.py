"""Index operations on a real store: watermark updates, check, stats, locks, generations, SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive.articles import ensure_source, upsert_article
from archive.items import ArticleItem
from archive.models import Article
from archive.schema import open_store
from indexer.check import check_index, index_stats
from indexer.errors import IndexBusy, IndexerError
from indexer.generations import WriterLock, list_generations, reading
from indexer.search import search
from indexer.sync import rebuild_from_store, update_from_store

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

ROOT = Path(__file__).resolve().parents[1]


def add(db_url: str, n: int, start: int = 0, word: str = "鹤鸣湖") -> None:
    with open_store(db_url) as factory, factory() as session, session.begin():
        ensure_source(session, "paper")
        for i in range(start, start + n):
            upsert_article(
                session,
                ArticleItem(
                    url=f"https://example.test/{i}",
                    source_id="paper",
                    title=f"第{i}号 {word}新闻",
                    body=f"洮北区{word}第{i}篇报道，脱贫攻坚。",
                    published_at=datetime(2020, 1, 1, tzinfo=UTC),
                ),
            )


@pytest.fixture
def home(tmp_path: Path) -> tuple[str, Path]:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    add(db_url, 30)
    return db_url, tmp_path / "index"


def test_update_handles_new_changed_and_deleted(home: tuple[str, Path]) -> None:
    db_url, index_path = home
    assert rebuild_from_store(db_url, index_path, procs=1) == 30
    assert check_index(db_url, index_path).clean
    add(db_url, 5, start=30)
    add(db_url, 1, start=0, word="白城")  # changed
    with open_store(db_url) as factory, factory() as session, session.begin():
        session.delete(session.query(Article).filter(Article.url == "https://example.test/1").one())
    report = check_index(db_url, index_path)
    assert (report.missing, report.stale, report.orphaned) == (5, 1, 1)
    stats = update_from_store(db_url, index_path)
    assert (stats.added, stats.changed, stats.deleted) == (5, 1, 1)
    assert check_index(db_url, index_path).clean
    assert search(index_path, "白城").total == 1
    assert search(index_path, '"鹤鸣湖"').total == 33
    again = update_from_store(db_url, index_path)
    assert (again.added, again.changed, again.deleted) == (0, 0, 0)
    assert index_stats(index_path)["documents"] == 34


def test_check_of_an_empty_archive_is_clean_then_finds_the_new_articles(tmp_path: Path) -> None:
    # An index built before the first crawl has no segment: check read a column it lacks.
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    index_path = tmp_path / "index"
    with open_store(db_url) as factory, factory() as session, session.begin():
        ensure_source(session, "paper")
    assert rebuild_from_store(db_url, index_path, procs=1) == 0
    report = check_index(db_url, index_path)
    assert report.clean and (report.indexed, report.stored) == (0, 0)
    add(db_url, 2)
    assert check_index(db_url, index_path).missing == 2


def test_rebuild_swaps_generations_and_keeps_a_held_one(home: tuple[str, Path]) -> None:
    db_url, index_path = home
    rebuild_from_store(db_url, index_path, procs=2)
    with reading(index_path) as held:
        rebuild_from_store(db_url, index_path, procs=1)
        assert held.exists()  # a reader holds it
        assert search(index_path, "鹤鸣湖").total == 30
    rebuild_from_store(db_url, index_path, procs=1)
    assert not held.exists()
    assert len(list_generations(index_path)) == 1


def test_second_writer_gets_a_clear_message(home: tuple[str, Path]) -> None:
    db_url, index_path = home
    rebuild_from_store(db_url, index_path, procs=1)
    with WriterLock(index_path, "index rebuild"):
        with pytest.raises(IndexBusy, match=r"another index writer is running \(pid \d+, index rebuild"):
            update_from_store(db_url, index_path)


def test_changed_user_dictionary_says_rebuild_needed(home: tuple[str, Path]) -> None:
    db_url, index_path = home
    rebuild_from_store(db_url, index_path, procs=1)
    (index_path.parent / "userdict.txt").write_text("鹤鸣湖 100 ns\n", encoding="utf-8")
    with pytest.raises(IndexerError, match="rebuild needed"):
        search(index_path, "鹤鸣湖")
    rebuild_from_store(db_url, index_path, procs=1)
    assert search(index_path, "鹤鸣湖").total == 30


_KILL_SCRIPT = """
import sys
from indexer.sync import rebuild_from_store, update_from_store
db, ix, what = sys.argv[1:4]
print("start", flush=True)
(rebuild_from_store(db, ix, procs=2) if what == "rebuild" else update_from_store(db, ix))
"""


@pytest.mark.slow
@pytest.mark.parametrize("what", ["rebuild", "update"])
@pytest.mark.parametrize("delay", [0.3, 0.9, 1.6])
def test_sigkill_leaves_a_working_index(home: tuple[str, Path], what: str, delay: float) -> None:
    db_url, index_path = home
    rebuild_from_store(db_url, index_path, procs=1)
    add(db_url, 400, start=100)
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, db_url, str(index_path), what],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert search(index_path, "鹤鸣湖").total >= 30  # opens and answers
    update_from_store(db_url, index_path)  # no stale lock, no orphan workers holding it
    assert check_index(db_url, index_path).clean
    assert search(index_path, '"鹤鸣湖"').total == 430


def test_parallel_rebuild_with_many_chunks_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers share Whoosh's MAIN.tmp folder; one that finished first used to
    # delete it under another still writing (FileNotFoundError on a .ctmp).
    from indexer import parallel
    from indexer.build import rebuild_index
    from indexer.documents import IndexDoc

    monkeypatch.setattr(parallel, "CHUNK_CHARS", 3_000)
    docs = [IndexDoc(id=i, title=f"第{i}号", body=f"洮北区鹤鸣湖第{i}篇报道。" * 40) for i in range(1, 241)]
    index_path = tmp_path / "home" / "index"
    assert rebuild_index(index_path, docs, procs=2) == len(docs)
    stats = index_stats(index_path)
    assert stats["documents"] == len(docs) and stats["segments"] == 1  # the chunks' segments, joined
    assert search(index_path, "鹤鸣湖", limit=1000).total == len(docs)
    assert not any(p.name.endswith(".tmp") for p in (index_path / stats["generation"]).iterdir())


def test_rebuild_workers_are_at_most_the_cpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--procs 64 on two cores started 64 processes (each its own analyser) for a few documents."""
    import indexer.build

    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    add(db_url, 3)
    asked: list[int] = []
    real = indexer.build.build_segments

    def spy(*args: object, procs: int, **kwargs: object) -> object:
        asked.append(procs)
        return real(*args, procs=procs, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(indexer.build, "build_segments", spy)
    monkeypatch.setattr(indexer.build.os, "cpu_count", lambda: 2)
    assert rebuild_from_store(db_url, tmp_path / "index", procs=64) == 3
    assert asked == [2]
    assert search(tmp_path / "index", "鹤鸣湖").total == 3


@pytest.mark.parametrize("procs", ["0", "-3", "two"])
def test_rebuild_refuses_a_worker_count_below_one(
    procs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from search_cli.main import main

    assert main(["index", "rebuild", "--home", str(tmp_path), "--procs", procs]) == 2
    assert "--procs" in capsys.readouterr().err

"""``newsarchive db copy --to URL``: move an archive from SQLite to PostgreSQL (or back it up) whole.

Before, the only way into a new database was ``reprocess`` from the WARC files,
which loses what has no capture: earlier versions, imported articles, runs.
The target runs for real on PostgreSQL (a throw-away schema) and on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_support import DB_PARAMS, WIRE, article, cli, make_db_url

from archive.articles import ensure_source, upsert_article
from archive.models import Article, ArticleVersion
from archive.schema import open_store
from indexer.lag import Lag
from indexer.search import search
from indexer.sync import rebuild_from_store, update_from_store


@pytest.fixture(params=DB_PARAMS)
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path / "target")


def _archive(url: str) -> None:
    """Two articles, the first edited once (two versions kept)."""
    with open_store(url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"))
        upsert_article(session, article("http://a/2", title="第二篇"))
        upsert_article(session, article("http://a/1", body=WIRE + "（更正：投资额为一百二十亿元。）"))


def _rows(url: str) -> tuple[list[tuple[int, str, str]], int]:
    with open_store(url) as factory, factory() as session:
        articles = session.execute(select(Article.id, Article.url, Article.body).order_by(Article.id)).all()
        versions = session.execute(select(func.count()).select_from(ArticleVersion)).scalar_one()
    return [tuple(a) for a in articles], int(versions)  # type: ignore[misc]


def test_copy_keeps_every_row_and_id_and_the_target_takes_new_articles(
    target_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    _archive(source_url)
    assert cli(["db", "copy", "--db-url", source_url, "--to", target_url, "--json"], monkeypatch) == 0
    printed = capsys.readouterr()
    out = json.loads(printed.out)
    total = sum(out["rows"].values())
    assert printed.err.startswith(f"db copy: {total} rows in ")  # one summary line off a terminal
    assert out["rows"]["articles"] == 2 and out["rows"]["article_versions"] >= 1
    assert _rows(target_url) == _rows(source_url)
    with open_store(target_url) as factory, factory.begin() as session:  # ids go on past the copied ones
        assert upsert_article(session, article("http://a/3", title="第三篇")).outcome == "new"
    assert [a[0] for a in _rows(target_url)[0]] == [1, 2, 3]


def test_copy_refuses_a_target_that_holds_rows(
    target_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    _archive(source_url)
    _archive(target_url)
    assert cli(["db", "copy", "--db-url", source_url, "--to", target_url], monkeypatch) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: the target database is not empty (") and len(err.splitlines()) == 1
    assert cli(["db", "copy", "--db-url", source_url], monkeypatch) == 2  # no --to: a usage error


@pytest.fixture(params=DB_PARAMS)
def source_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path / "source")


def _store(url: str, *items: object) -> None:
    """Store ``items`` in one transaction (a crawl's commit)."""
    with open_store(url) as factory, factory.begin() as session:
        for item in items:
            upsert_article(session, item)  # type: ignore[arg-type]


def test_the_copy_keeps_the_change_counter_so_the_index_reads_it_as_its_source(
    source_url: str, target_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy holds the source's rows under their ids, so an index of the source stands for it.

    The target's triggers counted the copy's own writes instead: on PostgreSQL one transaction,
    the counter 1 an index marked after a source's first commit holds too: an index behind its
    source (one article) said it was current on the copy. A level index said 'behind' on it.
    """
    (tmp_path / "source").mkdir(exist_ok=True)
    (tmp_path / "target").mkdir(exist_ok=True)
    with open_store(source_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
    _store(source_url, article("http://a/1"), article("http://a/2", title="第二篇"))
    index_path = tmp_path / "index"
    rebuild_from_store(source_url, index_path)
    _store(source_url, article("http://a/3", title="鹤鸣湖", body="鹤鸣湖公园开放。"))
    assert search(index_path, "鹤鸣湖", db_url=source_url).lag == Lag(1)
    assert cli(["db", "copy", "--db-url", source_url, "--to", target_url], monkeypatch) == 0
    assert search(index_path, "鹤鸣湖", db_url=target_url).lag == Lag(1)
    update_from_store(source_url, index_path)
    assert search(index_path, "鹤鸣湖", db_url=target_url).lag is None  # level with both
    _store(target_url, article("http://a/4", title="第四篇"))  # the copy's own writes count on
    assert search(index_path, "鹤鸣湖", db_url=target_url).lag == Lag(1)


def test_the_copy_keeps_each_schedule_a_crawl_registered_either_way(
    source_url: str, target_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``source_schedules`` (0011) goes with its sources: SQLite to PostgreSQL and back, as a backup."""
    from datetime import UTC, date, datetime

    from archive.source_schedules import load_schedules

    (tmp_path / "source").mkdir(exist_ok=True)
    (tmp_path / "target").mkdir(exist_ok=True)
    with open_store(source_url) as factory, factory.begin() as session:
        for schedule, day in (("30 7 * * 1-6", 12), ("30 7 * * *", 16)):
            now = datetime(2026, 11, day, tzinfo=UTC)
            ensure_source(session, "paper-a", timezone="Asia/Shanghai", schedule=schedule, now=now)
    assert cli(["db", "copy", "--db-url", source_url, "--to", target_url], monkeypatch) == 0
    with open_store(target_url) as factory, factory() as session:
        entries = load_schedules(session, ["paper-a"])["paper-a"].entries
    assert entries == [(date(2026, 11, 12), "30 7 * * 1-6"), (date(2026, 11, 16), "30 7 * * *")]


def test_a_stopped_copy_leaves_the_target_empty_says_so_and_runs_again(
    target_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C printed a bare "interrupted", which README's exit 130 reads as "what was fetched is
    stored": a maintainer could take a half-copied backup for one. The copy is one transaction."""
    import archive.copy

    source_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    _archive(source_url)
    batches: list[int] = []

    def stop_at_the_second(n: int) -> None:  # Ctrl-C once the first batch went into the target
        batches.append(n)
        if len(batches) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(archive.copy, "BATCH_ROWS", 1)
    import archive.progress

    monkeypatch.setattr(archive.progress.Progress, "advance", lambda self, n=1: stop_at_the_second(n))
    argv = ["db", "copy", "--db-url", source_url, "--to", target_url]
    assert cli(argv, monkeypatch) == 130
    assert capsys.readouterr().err.endswith(
        "interrupted: nothing copied (the copy is one transaction): the target is as empty as it was; "
        "run the copy again\n"
    )
    assert _rows(target_url) == ([], 0)
    monkeypatch.undo()
    assert cli(argv, monkeypatch) == 0
    assert _rows(target_url) == _rows(source_url)

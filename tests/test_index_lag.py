"""A search says when the index is behind the store (``indexer.lag``), and only then.

After ``import`` (or a crawl, or a reprocess) without ``index update``,
``search`` answered "no article contains X" of the article just stored, with
nothing to say the index had not seen it; only ``index check`` knew.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, select
from store_support import WIRE, article, pg_schema_url

from archive.articles import ensure_source, upsert_article
from archive.models import Article
from archive.schema import open_store
from indexer.build import apply_changes
from indexer.generations import current_generation, read_meta, write_meta
from indexer.lag import MARK_KEY, Lag, read_mark
from indexer.search import search
from indexer.sync import rebuild_from_store, update_from_store
from search_cli import exitcodes
from search_cli.main import main

CAPTURED = datetime(2016, 7, 20, 8, 0, tzinfo=UTC)  # a capture's time, long before any rebuild


@pytest.fixture
def level(tmp_path: Path) -> tuple[str, Path]:
    """Return a store of two articles and an index level with it."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    index_path = tmp_path / "index"
    with open_store(db_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"), now=CAPTURED)
        upsert_article(session, article("http://a/2", title="今天的新闻", body="洮北区今天下雨。"))
    rebuild_from_store(db_url, index_path)
    return db_url, index_path


def lag(db_url: str, index_path: Path) -> Lag | None:
    return search(index_path, "鹤鸣湖", db_url=db_url).lag


def store(db_url: str, *items: object, now: datetime | None = None) -> list[str]:
    with open_store(db_url) as factory, factory.begin() as session:
        return [upsert_article(session, item, now=now).outcome for item in items]  # type: ignore[arg-type]


def test_a_level_index_and_an_unchanged_restore_say_nothing(level: tuple[str, Path]) -> None:
    db_url, index_path = level
    assert lag(db_url, index_path) is None
    # A re-crawl that finds the same text (now, or an old capture again) writes last_seen only.
    assert store(
        db_url, article("http://a/1"), article("http://a/2", title="今天的新闻", body="洮北区今天下雨。")
    )
    assert store(db_url, article("http://a/1"), now=CAPTURED) == ["unchanged"]
    assert lag(db_url, index_path) is None


def test_a_new_article_makes_the_index_behind_until_updated(level: tuple[str, Path]) -> None:
    db_url, index_path = level
    assert store(db_url, article("http://a/3", body="鹤鸣湖公园开放。")) == ["new"]
    page = search(index_path, "鹤鸣湖", db_url=db_url)
    assert page.total == 0 and page.lag == Lag(1)
    update_from_store(db_url, index_path)
    page = search(index_path, "鹤鸣湖", db_url=db_url)
    assert page.total == 1 and page.lag is None


def test_a_changed_text_dated_before_the_watermark_counts(level: tuple[str, Path]) -> None:
    """As reprocess stores it: dated by its capture, so the updated_at watermark did not move."""
    db_url, index_path = level
    assert store(db_url, article("http://a/1", body=WIRE + "鹤鸣湖公园同日开放。"), now=CAPTURED) == [
        "changed"
    ]
    assert lag(db_url, index_path) == Lag(1)
    update_from_store(db_url, index_path)
    assert lag(db_url, index_path) is None


def test_removed_rows_make_the_index_behind_uncounted(level: tuple[str, Path]) -> None:
    db_url, index_path = level
    engine = create_engine(db_url)
    with engine.begin() as conn:
        newest = conn.execute(select(Article.id).order_by(Article.id.desc())).scalars().first()
        conn.execute(delete(Article).where(Article.id == newest))
    engine.dispose()
    assert lag(db_url, index_path) == Lag(None)


def test_an_index_without_a_mark_falls_back_to_the_watermark(level: tuple[str, Path]) -> None:
    db_url, index_path = level
    gen = current_generation(index_path)
    assert gen is not None
    meta = read_meta(gen)
    del meta[MARK_KEY]  # as an index written before the mark was recorded
    write_meta(gen, meta)
    assert lag(db_url, index_path) is None
    store(db_url, article("http://a/3", body="鹤鸣湖公园开放。"))
    assert lag(db_url, index_path) == Lag(None)


def test_an_update_with_nothing_to_do_records_the_mark(level: tuple[str, Path]) -> None:
    db_url, index_path = level
    apply_changes(index_path, [], [], watermark=None, store_mark={"articles": 1, "versions": 0})
    assert lag(db_url, index_path) == Lag(1)  # article 2 is past that mark
    update_from_store(db_url, index_path)
    assert lag(db_url, index_path) is None


def test_search_cli_says_the_index_is_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"id": "a1", "title": "天气", "content": "明天有雨"}), encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    assert main(["import", str(data), *home]) == 0
    assert main(["index", "update", *home]) == 0
    assert main(["import", str(data), *home]) == 0  # the same file again: nothing changed
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", *home]) == exitcodes.NO_RESULTS
    assert "index is behind" not in capsys.readouterr().out
    data.write_text(json.dumps({"id": "a2", "title": "鹤鸣湖", "content": "鹤鸣湖开园"}), encoding="utf-8")
    assert main(["import", str(data), *home]) == 0
    capsys.readouterr()
    note = (
        "note: the index is behind the archive (1 article stored or changed since the last "
        "`newsarchive index update`); results may be missing"
    )
    assert main(["search", "鹤鸣湖", *home]) == exitcodes.NO_RESULTS
    assert capsys.readouterr().out.splitlines()[:2] == ["no article contains 鹤鸣湖", note]
    assert main(["search", "鹤鸣湖", "--json", *home]) == exitcodes.NO_RESULTS
    data_out = json.loads(capsys.readouterr().out)
    assert data_out["index_behind"] is True and data_out["index_behind_articles"] == 1
    assert data_out["index_note"] == note
    assert main(["search", "鹤鸣湖", "--csv", *home]) == exitcodes.NO_RESULTS
    assert note in capsys.readouterr().err
    assert main(["index", "update", *home]) == 0
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--json", *home]) == exitcodes.OK
    data_out = json.loads(capsys.readouterr().out)
    assert data_out["index_behind"] is False and data_out["index_note"] == ""


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema of this test alone, dropped afterwards."""
    yield from pg_schema_url(postgres_url)


@pytest.mark.postgres
def test_an_article_committed_after_a_higher_id_leaves_the_index_behind(pg_url: str, tmp_path: Path) -> None:
    """PostgreSQL gives an id at insert, not commit: a crawl holding id 2 uncommitted while another
    committed 3 let ``index update`` record 3, and when 2 committed the maxima did not move: search
    never said the index was behind. The change counter moves at 2's commit: behind, by a count
    no id past the mark gives."""
    index_path = tmp_path / "index"
    with open_store(pg_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"))
    rebuild_from_store(pg_url, index_path)
    with open_store(pg_url) as slow, open_store(pg_url) as fast:
        with slow.begin() as held:
            upsert_article(held, article("http://a/2", title="鹤鸣湖", body="鹤鸣湖公园。"))  # id 2, held
            held.flush()
            with fast.begin() as session:
                upsert_article(session, article("http://a/3", title="今天的新闻", body="洮北区今天下雨。"))
            update_from_store(pg_url, index_path)  # marks id 3, the count without id 2
            assert lag(pg_url, index_path) is None
    assert sorted(_ids(pg_url)) == [1, 2, 3]  # id 2 committed last, below the mark
    assert lag(pg_url, index_path) == Lag(None)
    update_from_store(pg_url, index_path)
    assert lag(pg_url, index_path) is None


def _ids(db_url: str) -> list[int]:
    with open_store(db_url) as factory, factory() as session:
        return list(session.scalars(select(Article.id)))


@pytest.mark.postgres
def test_a_delete_and_a_late_insert_below_the_mark_leave_the_index_behind(
    pg_url: str, tmp_path: Path
) -> None:
    """The mark held the maxima and the row counts: an article deleted while another, holding an
    id below the mark, committed late left all four the same, and search said the index was level."""
    index_path = tmp_path / "index"
    with open_store(pg_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"))
    with open_store(pg_url) as slow, open_store(pg_url) as fast:
        with slow.begin() as held:
            upsert_article(held, article("http://a/2", title="鹤鸣湖", body="鹤鸣湖公园。"))  # id 2, held
            held.flush()
            with fast.begin() as session:
                upsert_article(session, article("http://a/3", title="今天的新闻", body="洮北区今天下雨。"))
            rebuild_from_store(pg_url, index_path)  # marks id 3 and 2 rows (1 and 3)
            assert lag(pg_url, index_path) is None
            with fast.begin() as session:
                session.execute(delete(Article).where(Article.id == 1))
    assert sorted(_ids(pg_url)) == [2, 3]  # the same highest id, the same count, another article
    page = search(index_path, "鹤鸣湖", db_url=pg_url)
    assert page.total == 0 and page.lag == Lag(None)
    update_from_store(pg_url, index_path)
    page = search(index_path, "鹤鸣湖", db_url=pg_url)
    assert page.total == 1 and page.lag is None


def test_a_delete_and_an_insert_reusing_the_highest_id_leave_the_index_behind(
    level: tuple[str, Path],
) -> None:
    """SQLite gives a new row the highest id plus one: the newest article deleted and another
    stored took its id, the maxima stayed, and search said the index was level."""
    db_url, index_path = level
    engine = create_engine(db_url)
    with engine.begin() as conn:
        newest = conn.execute(select(Article.id).order_by(Article.id.desc())).scalars().first()
        conn.execute(delete(Article).where(Article.id == newest))
    engine.dispose()
    assert store(db_url, article("http://a/3", body="鹤鸣湖公园开放。")) == ["new"]
    assert newest in _ids(db_url)  # the same id, another article
    page = search(index_path, "鹤鸣湖", db_url=db_url)
    assert page.total == 0 and page.lag == Lag(None)
    update_from_store(db_url, index_path)
    page = search(index_path, "鹤鸣湖", db_url=db_url)
    assert page.total == 1 and page.lag is None


@pytest.mark.postgres
def test_the_counter_moves_once_per_transaction_on_postgresql_and_not_for_a_touch(pg_url: str) -> None:
    """The store's triggers move ``store_meta.changes``: once per writing transaction on PostgreSQL
    (at its commit), never for a re-crawl that only touches ``last_seen``."""
    from archive.models import CHANGES_KEY, StoreMeta

    def changes() -> int:
        with open_store(pg_url) as factory, factory() as session:
            return int(session.scalar(select(StoreMeta.value).where(StoreMeta.key == CHANGES_KEY)) or 0)

    with open_store(pg_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
    before = changes()
    with open_store(pg_url) as factory, factory.begin() as session:
        for n in range(5):
            upsert_article(session, article(f"http://a/{n}", body=f"第{n}条。"))
    assert changes() == before + 1
    with open_store(pg_url) as factory, factory.begin() as session:
        assert upsert_article(session, article("http://a/1", body="第1条。")).outcome == "unchanged"
    assert changes() == before + 1


def test_an_equal_counter_with_other_maxima_is_another_store_not_level(level: tuple[str, Path]) -> None:
    """A counter says when one store moved; the maxima read beside it say whether it is the same
    store's: a counter equal by chance (another archive, a restore) with other ids is not level."""
    db_url, index_path = level
    assert lag(db_url, index_path) is None
    with open_store(db_url) as factory, factory() as session:
        now = read_mark(session.connection())
    apply_changes(index_path, [], [], watermark=None, store_mark=now | {"articles": 1})
    assert lag(db_url, index_path) == Lag(1)  # article 2 is past that mark

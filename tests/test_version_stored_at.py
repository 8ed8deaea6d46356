"""When an article's current version was stored: not moved by a reprint joining its cluster later.

The Atom feed's ``<updated>``, the current version's "fetched" time and the
report's "changed" read ``articles.updated_at`` before, which also moves
when a copy joins the article's reprint cluster: a reader was shown a
correction that never happened. Migration 0004 adds ``version_stored_at``
and fills it for existing archives. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from store_support import DB_PARAMS, article, insert_as_of, make_db_url

from archive.articles import ensure_source, upsert_article
from archive.engine import create_store_engine, make_session_factory
from archive.models import Article
from archive.queries import article_versions
from archive.schema import alembic_config, ensure_schema
from webui.queries import revised_at

FIRST, CHANGED, REPRINTED = (datetime(2016, 7, d, 1, 0, tzinfo=UTC) for d in (21, 22, 25))


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def test_a_reprint_joining_later_does_not_date_the_articles_last_change(db_url: str) -> None:
    engine = create_store_engine(db_url)
    try:
        ensure_schema(engine)
        with make_session_factory(engine).begin() as s:
            ensure_source(s, "paper-a")
            ensure_source(s, "paper-b")
            url = "http://paper-a.example/1.html"
            upsert_article(s, article(url), now=FIRST)
            body = article(url).body.replace("三千公里", "三千五百公里")
            changed = upsert_article(s, article(url, body=body), now=CHANGED)
            assert changed.outcome == "changed"
            copy = upsert_article(
                s, article("http://paper-b.example/1.html", "paper-b", body=body), now=REPRINTED
            )
            assert copy.reprint  # the copy joined the article's cluster three days later
        with make_session_factory(engine)() as s:
            row = s.get(Article, changed.article_id)
            assert row is not None and row.updated_at == REPRINTED  # the index must see the new cluster
            assert revised_at(s, [changed.article_id]) == {
                changed.article_id: CHANGED
            }  # the feed's <updated>
            assert [v.fetched_at for v in article_versions(s, changed.article_id)] == [FIRST, CHANGED]
            assert revised_at(s, [copy.article_id]) == {}  # never changed: dated by its paper
    finally:
        engine.dispose()


def test_migration_0004_dates_existing_versions_without_later_cluster_moves(db_url: str) -> None:
    """A first version gets its first sighting; a later one is never dated after the run that stored it."""
    engine = create_store_engine(db_url)
    run_end = CHANGED + timedelta(hours=1)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
            # Rows as 0003 held them.
            insert_as_of(conn, "sources", id="a", name="a")
            started = CHANGED - timedelta(hours=1)
            insert_as_of(conn, "crawl_runs", id=7, source_id="a", started_at=started, finished_at=run_end)
            rows = [
                (1, 1, REPRINTED, None),  # never changed; a reprint joined later
                (2, 2, REPRINTED, 7),  # changed in run 7; a reprint joined after the run
                (3, 2, CHANGED, 7),  # changed in run 7, nothing since
                (4, 3, REPRINTED, None),  # changed outside a crawl run: all we know
            ]
            for id_, version, updated, run in rows:
                values = {"id": id_, "source_id": "a", "url": f"http://a/{id_}", "content_hash": "h"}
                insert_as_of(
                    conn,
                    "articles",
                    **values,
                    version=version,
                    first_seen=FIRST,
                    updated_at=updated,
                    run_id=run,
                )
            command.upgrade(alembic_config(conn), "head")
            command.check(alembic_config(conn))
        with make_session_factory(engine)() as s:
            stored = {a.id: a.version_stored_at for a in s.query(Article)}
        assert stored == {1: FIRST, 2: run_end, 3: CHANGED, 4: REPRINTED}
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()

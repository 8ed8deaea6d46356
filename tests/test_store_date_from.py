"""Where a stored date was read (``date_from``, migration 0016): kept, versioned, never silently downgraded.

A later capture whose date the extractor only partly inferred (a day printed without its year, a
relative 昨天) must not replace the date an earlier capture printed whole; the paper's new text is
still a version. Rows stored before 0016 read as unknown (NULL) until ``reprocess`` re-reads them.
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from store_support import DB_PARAMS, article, insert_as_of, make_db_url

from archive.articles import ensure_source, upsert_article
from archive.engine import create_store_engine, make_session_factory
from archive.models import Article
from archive.queries import article_versions
from archive.schema import alembic_config, ensure_schema

PRINTED = datetime(2024, 3, 5, 2, 21, tzinfo=UTC)
INFERRED = datetime(2026, 3, 5, 2, 21, tzinfo=UTC)  # the same 3月5日 a year-less later capture dates so
URL = "http://paper-a.example/1.html"
FIRST, LATER, LAST = (datetime(2026, 3, d, 1, 0, tzinfo=UTC) for d in (6, 9, 12))


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _edited(n: int) -> str:
    return article(URL).body.replace("三千公里", f"三千{n}百公里")


def _row(db_url: str) -> tuple[datetime | None, str | None, list[tuple[datetime | None, str | None]]]:
    engine = create_store_engine(db_url)
    try:
        with make_session_factory(engine)() as s:
            row = s.query(Article).filter_by(url=URL).one()
            versions = [(v.published_at, v.date_from) for v in article_versions(s, row.id)]
            return row.published_at, row.date_from, versions
    finally:
        engine.dispose()


def _store(db_url: str, *items: tuple[datetime, dict[str, object]]) -> list[str]:
    engine = create_store_engine(db_url)
    try:
        ensure_schema(engine)
        outcomes = []
        for now, fields in items:
            with make_session_factory(engine).begin() as s:
                ensure_source(s, "paper-a")
                outcomes.append(upsert_article(s, article(URL, **fields), now=now).outcome)
        return outcomes
    finally:
        engine.dispose()


def test_the_kind_is_stored_with_the_date_and_none_without_one(db_url: str) -> None:
    _store(db_url, (FIRST, {"published_at": PRINTED, "date_from": "dateline"}))
    assert _row(db_url)[:2] == (PRINTED, "dateline")
    # A kind with no date is no reading: nothing is stored.
    _store(db_url, (LATER, {"published_at": None, "date_from": "dateline", "body": _edited(5)}))
    assert _row(db_url)[:2] == (None, None)


def test_a_later_capture_with_an_inferred_year_keeps_the_printed_date(db_url: str) -> None:
    outcomes = _store(
        db_url,
        (
            FIRST,
            {"published_at": PRINTED, "date_from": "dateline", "warc_file": "a.warc.gz", "warc_offset": 1},
        ),
        # The paper edited its text; the new page prints "3月5日" only: a version, its date not taken.
        (
            LATER,
            {
                "published_at": INFERRED,
                "date_from": "inferred_year",
                "body": _edited(5),
                "warc_file": "b.warc.gz",
                "warc_offset": 2,
            },
        ),
    )
    assert outcomes == ["new", "changed"]
    at, kind, versions = _row(db_url)
    assert (at, kind) == (PRINTED, "dateline")
    assert versions == [(PRINTED, "dateline"), (PRINTED, "dateline")]
    # A relative day reckoned from a capture is no printed date either.
    _store(
        db_url,
        (
            LAST,
            {
                "published_at": INFERRED,
                "date_from": "relative",
                "body": _edited(6),
                "warc_file": "c.warc.gz",
                "warc_offset": 3,
            },
        ),
    )
    assert _row(db_url)[:2] == (PRINTED, "dateline")


def test_a_printed_date_replaces_any_and_an_inferred_one_replaces_an_unknown_or_inferred(db_url: str) -> None:
    later = datetime(2024, 3, 6, tzinfo=UTC)
    _store(
        db_url,
        (FIRST, {"published_at": PRINTED, "date_from": "dateline"}),
        (
            LATER,
            {"published_at": later, "date_from": "metadata", "body": _edited(5)},
        ),  # the paper corrected it
    )
    assert _row(db_url)[:2] == (later, "metadata")
    _store(db_url, (LAST, {"published_at": INFERRED, "date_from": "inferred_year", "body": _edited(6)}))
    assert _row(db_url)[:2] == (later, "metadata")


def test_an_unknown_kind_is_replaced_as_before(db_url: str) -> None:
    # A row stored before 0016 (or an import's date): nobody knows whether it was printed.
    _store(
        db_url,
        (FIRST, {"published_at": PRINTED}),
        (LATER, {"published_at": INFERRED, "date_from": "inferred_year", "body": _edited(5)}),
    )
    assert _row(db_url)[:2] == (INFERRED, "inferred_year")


def test_a_reread_of_the_same_capture_fills_in_the_kind_and_keeps_it_with_a_kept_date(db_url: str) -> None:
    capture = {"warc_file": "a.warc.gz", "warc_offset": 1}
    _store(db_url, (FIRST, {"published_at": PRINTED, **capture}))  # stored before 0016: unknown
    assert _row(db_url)[:2] == (PRINTED, None)
    _store(db_url, (FIRST, {"published_at": PRINTED, "date_from": "dateline", **capture}))  # reprocess
    assert _row(db_url)[:2] == (PRINTED, "dateline")
    # A re-read that finds no date keeps the stored one, and where it was read.
    _store(db_url, (FIRST, {"published_at": None, **capture}))
    assert _row(db_url)[:2] == (PRINTED, "dateline")


def test_migration_0016_adds_an_unknown_kind_to_existing_rows_and_goes_back(db_url: str) -> None:
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0015")
            insert_as_of(conn, "sources", id="x", name="", region="", kind="", config_hash="")
            insert_as_of(
                conn, "articles", id=1, source_id="x", url=URL, content_hash="h", published_at=PRINTED
            )
            insert_as_of(
                conn, "article_versions", article_id=1, version=1, content_hash="g", published_at=PRINTED
            )
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0016")
            assert conn.execute(text("SELECT date_from FROM articles")).all() == [(None,)]
            assert conn.execute(text("SELECT date_from FROM article_versions")).all() == [(None,)]
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0015")
            for table in ("articles", "article_versions"):
                assert "date_from" not in {c["name"] for c in inspect(conn).get_columns(table)}
            command.upgrade(alembic_config(conn), "head")
            command.check(alembic_config(conn))  # no drift between the models and the migrations
    finally:
        engine.dispose()

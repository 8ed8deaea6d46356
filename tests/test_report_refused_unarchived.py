"""A capture refused as cut short, of an article never archived, is counted "refused" by the report.

``refused_at`` (0005) is noted on an archived article's row; one never archived
had no row, so the report counted it nowhere and only the edition's
"incomplete" note named it. Its refusal is now kept in ``refused_captures``,
counted in the date's refused column and listed, and migration 0007 reads
the ones existing notes name. SQLite and PostgreSQL for the store parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from sitegen import STANDARD_DATES, standard_site
from sitegen.crawl import crawl
from sitegen.serve import serve_site
from sqlalchemy import func, inspect, select
from store_support import DB_PARAMS, WIRE, article, cli, insert_as_of, make_db_url

from archive.articles import ensure_source, record_refusals, upsert_articles
from archive.config import resolve_db_url
from archive.engine import create_store_engine
from archive.models import Base, RefusedCapture
from archive.schema import HEAD_REVISION, alembic_config, open_store
from crawler.report.build import build_report
from search_cli.commands.report import format_report

D = STANDARD_DATES
T0 = datetime(2024, 3, 1, 1, 0, tzinfo=UTC)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.mark.slow
def test_a_never_archived_article_whose_capture_was_cut_short_is_refused_in_the_report(
    tmp_path: Path,
) -> None:
    manifest = standard_site(tmp_path / "site")
    broken = [a for a in manifest.articles if a.broken]
    assert sorted(a.broken for a in broken) == ["half-gzip", "short-length"]
    workdir = tmp_path / "crawl"
    db_url = resolve_db_url(None, workdir / "home")
    with serve_site(Path(manifest.root)) as url:
        source = manifest.source(url, "epaper")
        result = crawl(source, workdir, since=D[0], until=D[-1])
        urls = sorted((date.fromisoformat(a.date), source.canonical(url + a.path)) for a in broken)
    assert result.counters["failed/truncated"] == 2
    with open_store(db_url) as sessions, sessions() as s:
        report = build_report(s, source, D[0], D[-1])
    listed = sorted((d.day, u) for d in report.dates for u in d.refused_urls)
    assert listed == urls  # before: counted nowhere, named only in the edition's "incomplete" note
    assert all(d.refused == d.refused_unarchived == len(d.refused_urls) for d in report.dates)
    assert (report.totals["refused"], report.totals["refused_unarchived"]) == (2, 2)
    assert report.as_dict()["totals"]["last_crawl"]["refused_unarchived"] == 2  # what --json prints
    assert "refused as damaged 2 (2 never archived);" in format_report(report)


def test_a_refusal_of_an_archived_article_is_not_recorded_apart(db_url: str) -> None:
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "paper-a")
        upsert_articles(s, [article("http://a/news/1.html", body=WIRE)], now=T0)
        refusals = {
            "http://a/c/1.htm": ("truncated", "http://a/news/1.html", "2024-03-01"),  # archived: its key
            "http://a/c/2.htm": ("truncated", "", "2024-03-01"),
        }
        assert record_refusals(s, "paper-a", None, refusals, T0) == 1
        assert record_refusals(s, "paper-a", None, refusals, T0) == 1  # again: one row, refreshed
        assert [(r.url, r.edition_date) for r in s.scalars(select(RefusedCapture))] == [
            ("http://a/c/2.htm", date(2024, 3, 1))
        ]


def test_migration_0007_reads_the_refusals_existing_notes_name(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        1: "incomplete: article http://a/c/1.htm?from=home not archived (truncated)",
        2: "incomplete: 2 articles not archived: http://a/c/2.htm (http_500); http://a/c/3.htm (truncated)",
        3: "incomplete: 1 page and 1 article not archived: http://a/p/4.htm (truncated); http://a/5 (x)",
        4: "incomplete: article http://a/news/6.html not archived (truncated)",  # archived since
    }
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0006")
            insert_as_of(conn, "sources", id="a", name="a")
            insert_as_of(conn, "crawl_runs", id=7, source_id="a", started_at=T0, status="finished")
            for day, reason in notes.items():
                insert_as_of(
                    conn,
                    "editions",
                    id=day,
                    source_id="a",
                    edition_date=date(2024, 3, day),
                    status="found",
                    reason=reason,
                    run_id=7,
                    checked_at=T0,
                )
            insert_as_of(
                conn,
                "articles",
                id=1,
                source_id="a",
                url="http://a/news/6.html",
                content_hash="h",
                first_seen=T0,
                last_seen=T0,
                updated_at=T0,
                edition_date=date(2024, 3, 4),
                run_id=7,  # crawled: an article of no run and no capture is an import's (0010)
            )
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            before = {
                t: conn.scalar(select(func.count()).select_from(Base.metadata.tables[t])) for t in tables
            }
    finally:
        engine.dispose()
    assert cli(["db", "upgrade", "--db-url", db_url], monkeypatch) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"database at {HEAD_REVISION} (was 0006)",
        "0007: recorded 2 refused captures of articles never archived, named by the 'incomplete' notes "
        "of 3 editions (1 named are archived since); 1 notes naming pages too (which URL is an article?) "
        "left out",
    ]
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            after = {
                t: conn.scalar(select(func.count()).select_from(Base.metadata.tables[t])) for t in tables
            }
            assert after == before  # row counts unchanged
            rows = conn.execute(
                select(RefusedCapture.url, RefusedCapture.edition_date, RefusedCapture.run_id).order_by(
                    RefusedCapture.url
                )
            ).all()
            command.check(alembic_config(conn))
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("http://a/c/1.htm", date(2024, 3, 1), 7),  # canonicalised as crawls key articles
        ("http://a/c/3.htm", date(2024, 3, 2), 7),
    ]

"""``crawl --resume`` skips an article stored under its rel=canonical URL; migration 0006 keeps fetch URLs.

The store kept only an article's key (its ``rel=canonical`` URL), while an
edition page lists it under the URL the crawl fetched: resume compared the
two, found no match, and fetched the article again. The URLs fetched for an
article now live in ``article_fetch_urls``; existing archives get them from
their WARC captures when ``db upgrade`` runs. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic import command
from scrapy.http import HtmlResponse, Request
from sqlalchemy import func, inspect, select
from store_support import DB_PARAMS, cli, insert_as_of, make_db_url, sample_source
from support import start_static_server

from archive.articles import archived_urls, ensure_source, upsert_articles
from archive.engine import create_store_engine
from archive.items import ArticleItem
from archive.models import Article, ArticleFetchUrl
from archive.schema import alembic_config, head_revision, open_store
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR
from crawler.warc import WarcRun

DAYS = {"since": date(2016, 7, 20), "until": date(2016, 7, 21)}
FAST = {"AUTOTHROTTLE_ENABLED": False, "NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32"}
LISTED = "html/2016-07/20/content_1001.htm"
T0 = datetime(2016, 7, 20, 3, 0, tzinfo=UTC)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _serve_with_canonical(root: Path, pages: list[str]) -> Iterator[str]:
    """Serve a copy of the sample site whose ``pages`` declare news/1001.html as their rel=canonical."""
    shutil.copytree(SITE_DIR, root)
    proc, url = start_static_server(root)
    try:
        link = f'<link rel="canonical" href="{url}/news/1001.html"></head>'.encode()
        for name in pages:
            page = root / name
            page.write_bytes(page.read_bytes().replace(b"</head>", link, 1))
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def canonical_site(tmp_path: Path) -> Iterator[str]:
    """The sample site, one article of which declares another URL on its host as its rel=canonical."""
    yield from _serve_with_canonical(tmp_path / "site", [LISTED])


@pytest.fixture
def two_links_site(tmp_path: Path) -> Iterator[str]:
    """The sample site, two pages of which declare the same rel=canonical: one article, two links."""
    yield from _serve_with_canonical(tmp_path / "site", [LISTED, LISTED.replace("1001", "1002")])


@pytest.mark.slow
def test_resume_skips_an_article_stored_under_its_canonical_url(
    canonical_site: str, home: Path, db_url: str
) -> None:
    source = sample_source(canonical_site)
    first = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    assert first.status == "finished" and first.counters["articles/new"] == 3
    with open_store(db_url) as sessions, sessions() as s:
        keys = set(s.scalars(select(Article.url)))
        assert "http://sample.example/news/1001.html" in keys  # stored under its canonical
        fetched = dict(s.execute(select(ArticleFetchUrl.url, ArticleFetchUrl.article_id)).all())
    assert list(fetched) == ["http://sample.example/" + LISTED]

    resumed = run_crawl(
        source, **DAYS, home=str(home), db_url=db_url, overrides={**FAST, "NEWSARCHIVE_RESUME": True}
    )
    assert resumed.status == "finished"
    assert resumed.counters["skipped/archived"] == 3  # the canonical one too: 2 before
    assert not {k for k in resumed.counters if k.startswith("articles/")}  # none fetched again


@pytest.mark.slow
def test_resume_skips_a_second_link_to_an_article_stored_in_the_same_run(
    two_links_site: str, home: Path, db_url: str
) -> None:
    source = sample_source(two_links_site)
    first = run_crawl(source, **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    assert first.counters["articles/new"] == 2 and first.counters["duplicates/url"] == 1
    with open_store(db_url) as sessions, sessions() as s:
        fetched = sorted(s.scalars(select(ArticleFetchUrl.url)))
    assert fetched == ["http://sample.example/" + p for p in (LISTED, LISTED.replace("1001", "1002"))]
    resumed = run_crawl(
        source, **DAYS, home=str(home), db_url=db_url, overrides={**FAST, "NEWSARCHIVE_RESUME": True}
    )
    assert resumed.counters["skipped/archived"] == 3  # the dropped duplicate's link too
    assert not {k for k in resumed.counters if k.startswith(("articles/", "duplicates/"))}


def _capture(warc: WarcRun, fetched: str, key: str) -> tuple[str, int]:
    """Write a response record for ``fetched`` whose page declares ``key``; return its file and offset."""
    body = f'<html><head><link rel="canonical" href="{key}"></head><body><p>正文。</p></body></html>'
    request = Request(fetched)
    return warc.write(request, HtmlResponse(fetched, body=body.encode(), request=request), "article")


def _archive_at_0005(db_url: str, home: Path) -> tuple[list[str], dict[str, int]]:
    """Make an archive as the release before 0006 left it, its captures under ``home``'s WARC directory.

    Return its tables and their row counts. Two articles' captures name a URL other than their key.
    """
    warc = WarcRun(home / "warc", "a", 1, 1 << 30)
    listed = "http://a.example/html/2016-07/20/content_1.htm?from=home"
    moved = _capture(warc, listed, "http://a.example/news/1.html")  # stored under its canonical
    plain = _capture(warc, "http://a.example/html/2016-07/20/content_2.htm", "")
    earlier = _capture(warc, "http://a.example/old/3.htm", "")  # an earlier version's capture
    warc.close()
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0005")  # an archive as the previous release left it
            insert_as_of(conn, "sources", id="a", name="a")
            insert_as_of(
                conn, "crawl_runs", id=1, source_id="a", started_at=T0, finished_at=T0, status="finished"
            )
            rows = [
                (1, "http://a.example/news/1.html", moved),
                (2, "http://a.example/html/2016-07/20/content_2.htm", plain),
                (3, "http://a.example/news/3.html", earlier),
                (4, "http://a.example/news/4.html", ("a/run-1/gone.warc.gz", 0)),  # its file was deleted
                (5, "urn:newsarchive:import:a:5", ("", None)),  # imported: no capture
            ]
            for id_, url, (warc_file, offset) in rows:
                insert_as_of(
                    conn,
                    "articles",
                    id=id_,
                    source_id="a",
                    url=url,
                    content_hash="h",
                    first_seen=T0,
                    last_seen=T0,
                    updated_at=T0,
                    warc_file=warc_file,
                    warc_offset=offset,
                    run_id=1,
                )
            # Article 3's current capture is gone; its first version's names the URL it was fetched at.
            conn.execute(
                Article.__table__.update().where(Article.id == 3).values(warc_file="", warc_offset=None)
            )
            insert_as_of(
                conn,
                "article_versions",
                id=1,
                article_id=3,
                version=1,
                content_hash="g",
                fetched_at=T0,
                warc_file=earlier[0],
                warc_offset=earlier[1],
            )
            if conn.dialect.name == "postgresql":  # rows given their ids: a later insert takes the next
                for table in ("crawl_runs", "articles", "article_versions"):
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
        with engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            before = {
                t: conn.execute(select(func.count()).select_from(Article.metadata.tables[t])).scalar()
                for t in tables
            }
    finally:
        engine.dispose()
    return tables, before


@pytest.mark.parametrize("given", [True, False], ids=["--home", "default-home"])
def test_migration_0006_keeps_fetch_urls_from_captures_and_changes_no_row(
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: bool,
) -> None:
    """Without --home, `db upgrade` read the captures beside the SQLite file even where there were none,
    while the same migration run by any other command (open_store) read the data directory's: the one
    rule is the migration's, and the command passes only a --home it was given."""
    if given:
        home = tmp_path / "home"
        flags = ["--home", str(home)]
    else:  # the default data directory, where crawls write their WARC files; none beside the database
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("NEWSARCHIVE_HOME", raising=False)
        home, flags = tmp_path / "newsarchive-data", []
    tables, before = _archive_at_0005(db_url, home)

    assert cli(["db", "upgrade", "--db-url", db_url, *flags], monkeypatch) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"database at {head_revision()} (was 0005)"
    assert out[1].startswith("0006: kept 2 fetch URLs of 2 articles stored under another URL")
    assert "read from the WARC captures of 3 of 5 articles" in out[1]
    assert "1 article's captures could not be read" in out[1]
    assert "1 article has no capture" in out[1]

    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            after = {
                t: conn.execute(select(func.count()).select_from(Article.metadata.tables[t])).scalar()
                for t in tables
            }
            assert after == before  # row counts unchanged
            kept = dict(conn.execute(select(ArticleFetchUrl.url, ArticleFetchUrl.article_id)).all())
            command.check(alembic_config(conn))  # the migration made what the models say
    finally:
        engine.dispose()
    capsys.readouterr()  # alembic's check says so on the command's stdout (since e4e8844): not db upgrade's
    # Canonicalised as crawls compare links (tracking parameter dropped).
    assert kept == {"http://a.example/html/2016-07/20/content_1.htm": 1, "http://a.example/old/3.htm": 3}
    with open_store(db_url) as sessions, sessions() as s:
        assert set(kept) <= archived_urls(s, "a")  # what --resume skips

    assert cli(["db", "upgrade", "--db-url", db_url, *flags, "--json"], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["notes"] == []  # at head: nothing done, nothing said


def test_a_crawl_that_migrates_reads_the_captures_of_its_own_home(db_url: str, tmp_path: Path) -> None:
    """The first crawl after an upgrade migrates the store (check_store): 0006 then read the WARC files
    of the default data directory (or beside a SQLite file), not those of the crawl's --home, found
    none, and left every fetch URL out for good."""
    home = tmp_path / "home"
    _archive_at_0005(db_url, home)
    run_crawl(sample_source("http://127.0.0.1:9/"), **DAYS, home=str(home), db_url=db_url, overrides=FAST)
    with open_store(db_url) as sessions, sessions() as s:
        kept = set(s.scalars(select(ArticleFetchUrl.url)))
    assert kept == {"http://a.example/html/2016-07/20/content_1.htm", "http://a.example/old/3.htm"}


def test_a_stored_article_keeps_its_fetch_urls_and_a_reused_url_moves(db_url: str) -> None:
    with open_store(db_url) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "a")
            item = ArticleItem(
                url="http://a.example/news/1.html",
                source_id="a",
                title="一",
                body="正文一。",
                fetch_urls=["http://a.example/c/1.htm", "http://a.example/news/1.html"],
            )
            (first,) = upsert_articles(s, [item], now=T0)
        with sessions.begin() as s:
            other = ArticleItem(
                url="http://a.example/news/2.html",
                source_id="a",
                title="二",
                body="正文二。",
                fetch_urls=["http://a.example/c/1.htm"],  # the site gave the old URL to another article
            )
            (second,) = upsert_articles(s, [other], now=T0)
        with sessions() as s:
            rows = dict(s.execute(select(ArticleFetchUrl.url, ArticleFetchUrl.article_id)).all())
            assert rows == {"http://a.example/c/1.htm": second.article_id}  # its own key is not repeated
            assert archived_urls(s, "a") == {
                "http://a.example/news/1.html",
                "http://a.example/news/2.html",
                "http://a.example/c/1.htm",
            }
    assert first.article_id != second.article_id


def _stop_before_serving(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt  # the web server would open the store here, read-only


@pytest.mark.parametrize("command", ["search", "serve", "runs"])
def test_a_reading_command_that_migrates_reads_the_captures_of_its_home(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """The first command after an upgrade may read the archive (search, serve, runs...): migrating it
    without its --home's WARC directory, 0006 read the default data directory's (or beside a SQLite
    file), found no capture, and left every fetch URL out for good."""
    home = tmp_path / "home"
    _archive_at_0005(db_url, home)
    monkeypatch.chdir(tmp_path)  # no captures in the default data directory
    monkeypatch.delenv("NEWSARCHIVE_HOME", raising=False)
    monkeypatch.setattr("webui.app.create_app", _stop_before_serving)
    argv = {"search": ["search", "正文"], "serve": ["serve", "--port", "0"], "runs": ["runs"]}[command]
    cli([*argv, "--home", str(home), "--db-url", db_url], monkeypatch)
    with open_store(db_url) as sessions, sessions() as s:
        kept = set(s.scalars(select(ArticleFetchUrl.url)))
    assert kept == {"http://a.example/html/2016-07/20/content_1.htm", "http://a.example/old/3.htm"}

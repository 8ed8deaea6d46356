"""An imported version says "imported" (导入于), not "fetched": it has no capture, no visit to the site.

``show --versions``, ``show --version N`` and the article page said "fetched
2026-12-06 10:00" of what ``newsarchive import`` wrote, as if the archive had
visited the paper then. ``articles.imported``/``article_versions.imported``
(migration 0008) say which versions an import wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from starlette.testclient import TestClient
from store_support import article, insert_as_of

from archive.articles import ensure_source, upsert_article
from archive.config import resolve_db_url
from archive.engine import create_store_engine
from archive.schema import HEAD_REVISION, alembic_config, open_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app


def _import(tmp_path: Path, home: list[str], row: dict[str, object]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(path), *home]) == exitcodes.OK


def test_a_crawled_version_says_fetched_and_an_imported_one_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    url = "http://a/1"
    with open_store(resolve_db_url(None, home_dir)) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article(url))  # as a crawl stores it
    _import(tmp_path, home, {"url": url, "title": "改过的标题", "body": "导入的正文。", "source": "paper-a"})
    capsys.readouterr()
    assert main(["show", "1", "--versions", *home]) == exitcodes.OK
    first, second = capsys.readouterr().out.splitlines()
    assert first.startswith("1\t") and "imported" not in first
    assert second.startswith("2\t") and second.endswith("改过的标题  (imported, current)")
    assert main(["show", "1", "--version", "1", *home]) == exitcodes.OK
    assert "; fetched " in capsys.readouterr().out
    assert main(["show", "1", "--version", "2", *home]) == exitcodes.OK
    assert "(version 2 of 2, the current one; imported " in capsys.readouterr().out
    assert main(["show", "1", "--versions", "--json", *home]) == exitcodes.OK
    assert [v["imported"] for v in json.loads(capsys.readouterr().out)] == [False, True]
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        en = client.get("/article/1", params={"lang": "en"}).text
        # The version list, and the citation's Retrieved (never fetched: imported DAY).
        assert en.count("imported ") == 2 and "never fetched: imported " in en and "fetched " in en
        zh = client.get("/article/1", headers={"accept-language": "zh-CN"}).text
        assert "导入于" in zh and "抓取于" in zh
        old = client.get("/article/1", params={"version": "1", "lang": "en"}).text
        assert "This is version 1 of this article, fetched " in old
        diff = client.get("/article/1/diff", params={"lang": "en"}).text
        assert "From version 1 (fetched " in diff and "to version 2 (imported " in diff


def test_a_crawl_after_an_import_makes_the_imported_text_a_version(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    home = ["--db-url", db_url, "--home", str(tmp_path / "home")]
    _import(
        tmp_path, home, {"url": "http://a/1", "title": "导入", "body": "导入的正文。", "source": "paper-a"}
    )
    with open_store(db_url) as factory, factory.begin() as session:
        upsert_article(session, article("http://a/1"))
    with open_store(db_url) as factory, factory() as session:
        from archive.queries import article_versions

        assert [v.imported for v in article_versions(session, 1)] == [True, False]


def test_migration_0008_marks_what_was_stored_under_an_import_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0007")
            conn.execute(
                text("INSERT INTO sources (id, name, region, kind, config_hash) VALUES ('x', '', '', '', '')")
            )
            keyed = "urn:newsarchive:import:x:a1"
            # Article 2 was crawled (its run), with WARC writing off: no capture, still fetched.
            insert_as_of(conn, "crawl_runs", id=1, source_id="x", spider="epaper", status="finished")
            for n, url in enumerate([keyed, "http://a/2"], 1):
                run = None if n == 1 else 1
                insert_as_of(
                    conn, "articles", id=n, source_id="x", url=url, content_hash="h", version=2, run_id=run
                )
                insert_as_of(conn, "article_versions", article_id=n, version=1, content_hash="g")
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db-url", db_url]) == exitcodes.OK
    assert capsys.readouterr().out.splitlines() == [
        f"database at {HEAD_REVISION} (was 0007)",
        "0008: 1 imported article (stored under an import key) now says imported, not fetched",
    ]
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT id, imported FROM articles ORDER BY id")).all() == [
                (1, 1),
                (2, 0),
            ]
            got = conn.execute(
                text("SELECT article_id, imported FROM article_versions ORDER BY article_id")
            ).all()
            assert got == [(1, 1), (2, 0)]
    finally:
        engine.dispose()


def test_migration_0010_marks_imported_articles_that_had_a_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0008 left an imported line that had a URL "fetched": its citation gave the import's day as the
    day the original was retrieved. No crawl run and no capture tell it apart from a crawled page."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0009")
            add = "INSERT INTO sources (id, name, region, kind, config_hash) VALUES (:s, '', '', '', '')"
            for source in ("imp", "paper"):
                conn.execute(
                    text(add),
                    {"s": source},
                )
            insert_as_of(conn, "crawl_runs", id=1, source_id="paper", spider="epaper", status="finished")
            rows = [  # id, source, url, run, capture
                (1, "imp", "http://imp/1", None, ""),  # a source never crawled: every version imported
                (2, "paper", "http://paper/2", None, ""),  # imported over a crawled page: the current version
                (3, "paper", "http://paper/3", 1, ""),  # crawled, WARC writing off: fetched
                (4, "paper", "http://paper/4", None, "warc/paper/run-1/x.warc.gz"),  # captured: fetched
            ]
            for n, source, url, run, warc in rows:
                insert_as_of(
                    conn,
                    "articles",
                    id=n,
                    source_id=source,
                    url=url,
                    content_hash="h",
                    version=2,
                    run_id=run,
                    warc_file=warc,
                )
                for version in (1,):  # the earlier version; the article's row holds the current one
                    insert_as_of(
                        conn,
                        "article_versions",
                        article_id=n,
                        version=version,
                        content_hash="g",
                        warc_file=warc,
                    )
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db-url", db_url]) == exitcodes.OK
    assert capsys.readouterr().out.splitlines() == [
        f"database at {HEAD_REVISION} (was 0009)",
        "0010: 2 imported articles with a URL (no crawl run, no capture) now say imported, not fetched",
    ]
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            got = conn.execute(text("SELECT id, imported FROM articles ORDER BY id")).all()
            assert got == [(1, 1), (2, 1), (3, 0), (4, 0)]
            got = conn.execute(
                text(
                    "SELECT article_id, version, imported FROM article_versions ORDER BY article_id, version"
                )
            ).all()
            assert got == [(1, 1, 1), (2, 1, 0), (3, 1, 0), (4, 1, 0)]
    finally:
        engine.dispose()
    home = ["--db-url", db_url, "--home", str(tmp_path / "home")]
    assert main(["show", "2", "--versions", *home]) == exitcodes.OK
    first, second = capsys.readouterr().out.splitlines()
    assert "imported" not in first and second.endswith("(imported, current)")


def test_an_article_only_ever_imported_says_imported_not_first_seen(tmp_path: Path) -> None:
    """The page's Archived line of an article no crawl ever fetched: 'imported DAY', as its citation says.

    It read 'first seen ..., last seen ...' (首次抓取 …，最近见于网站 …: first crawled, last seen on the
    site) beside the citation's 'never fetched: imported DAY'.
    """
    home_dir = tmp_path / "home"
    _import(tmp_path, ["--home", str(home_dir)], {"url": "http://a/1", "title": "标题", "body": "正文。"})
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        en = client.get("/article/1", params={"lang": "en"}).text
        zh = client.get("/article/1", headers={"accept-language": "zh-CN"}).text
    assert "first seen" not in en and '<dt>Archived</dt><dd id="archived">imported ' in en
    assert "首次抓取" not in zh and "最近见于网站" not in zh and "导入于 " in zh


def test_show_json_gives_crawled_and_imported_times_to_the_second_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An imported article's first_seen read 2026-12-07T09:27:13.482113+08:00 (the import's clock), a
    crawled one's 2016-07-21T08:30:00+08:00 (its capture's): one format, to the second, as the text says."""
    import re
    from datetime import UTC, datetime

    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(resolve_db_url(None, home_dir)) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        upsert_article(session, article("http://a/1"), now=datetime(2016, 7, 21, 0, 30, tzinfo=UTC))
    _import(tmp_path, home, {"url": "http://a/2", "title": "标题", "body": "正文。", "source": "paper-a"})
    second = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00")
    capsys.readouterr()
    for article_id in ("1", "2"):
        assert main(["show", article_id, "--json", *home]) == exitcodes.OK
        data = json.loads(capsys.readouterr().out)
        assert second.fullmatch(data["first_seen"]) and second.fullmatch(data["last_seen"]), data
        assert main(["show", article_id, "--versions", "--json", *home]) == exitcodes.OK
        (version,) = json.loads(capsys.readouterr().out)
        assert second.fullmatch(version["fetched_at"]), version
        assert main(["show", article_id, "--version", "1", "--json", *home]) == exitcodes.OK
        assert second.fullmatch(json.loads(capsys.readouterr().out)["fetched_at"])

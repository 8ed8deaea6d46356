"""A new reading of a stored capture is a re-read (our rules changed), never the paper's correction.

``reprocess`` read the same WARC record again with newer rules; when the text differed, the store
made a new version exactly as for a crawl that found the paper's page changed, and ``show
--versions`` and the article page told a journalist the paper had changed its article. Each version
now says why it exists (``version_kind``: "crawl", the paper's page as fetched, or "reread", our
rules re-reading the capture of the version before it), and every view of the versions says so.
A re-read of an *earlier* version's capture no longer becomes the current text (it made an old
capture's reading current, over the paper's later page).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker
from starlette.testclient import TestClient
from store_support import DB_PARAMS, WIRE, article, insert_as_of, make_db_url

from archive.articles import CHANGED, EARLIER_REREAD, REREAD, ensure_source, upsert_articles
from archive.engine import create_store_engine
from archive.models import VERSION_CRAWL, VERSION_REREAD, Article, ArticleVersion
from archive.queries import article_versions
from archive.schema import alembic_config, open_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app
from webui.queries import revised_at

T0 = datetime(2024, 1, 1, tzinfo=UTC)
C1 = {"warc_file": "paper-a/run-1/20240101T000000-1-00000.warc.gz", "warc_offset": 307}
C2 = {"warc_file": "paper-a/run-2/20240201T000000-1-00000.warc.gz", "warc_offset": 911}
# The same bytes read by newer rules: the first paragraph now split where the page breaks it.
REREAD_BODY = WIRE.replace("。", "。\n", 1)
EDITED = WIRE + "记者 李四"  # the paper's later page: a credit added


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        yield factory


def upsert(sessions: sessionmaker[Session], when: datetime, **fields: object) -> str:
    with sessions.begin() as s:
        (result,) = upsert_articles(s, [article("http://a/1", "paper-a", **fields)], now=when)
    return result.outcome


def kinds(sessions: sessionmaker[Session]) -> list[tuple[int, str, str]]:
    with sessions() as s:
        return [(v.version, v.version_kind, v.body) for v in article_versions(s, 1)]


def test_a_new_reading_of_the_current_capture_is_a_reread_version(sessions: sessionmaker[Session]) -> None:
    assert upsert(sessions, T0, **C1) == "new"
    assert upsert(sessions, T0, **C1, body=REREAD_BODY) == REREAD
    # The current text is what the current rules read; the old reading is kept, said to be a reading.
    assert kinds(sessions) == [(1, VERSION_CRAWL, WIRE), (2, VERSION_REREAD, REREAD_BODY)]
    with sessions() as s:
        row = s.get(Article, 1)
        assert row is not None and (row.warc_file, row.warc_offset) == (C1["warc_file"], C1["warc_offset"])


def test_a_changed_text_in_a_new_capture_is_the_papers_change(sessions: sessionmaker[Session]) -> None:
    upsert(sessions, T0, **C1)
    assert upsert(sessions, T0 + timedelta(days=1), **C2, body=EDITED) == CHANGED
    assert kinds(sessions) == [(1, VERSION_CRAWL, WIRE), (2, VERSION_CRAWL, EDITED)]
    # A re-read of the new capture after the paper's change is a reading again, kept after it.
    assert upsert(sessions, T0 + timedelta(days=1), **C2, body=EDITED.replace("。", "。\n", 1)) == REREAD
    assert [k for _, k, _ in kinds(sessions)] == [VERSION_CRAWL, VERSION_CRAWL, VERSION_REREAD]
    # The feed's "updated" (a correction) stays the paper's change, not the re-read.
    with sessions() as s:
        assert revised_at(s, [1]) == {1: T0 + timedelta(days=1)}


def test_a_reread_is_no_correction_in_the_feed(sessions: sessionmaker[Session]) -> None:
    upsert(sessions, T0, **C1)
    upsert(sessions, T0 + timedelta(days=3), **C1, body=REREAD_BODY)
    with sessions() as s:
        assert revised_at(s, [1]) == {}


def test_a_new_reading_of_an_earlier_versions_capture_does_not_become_current(
    sessions: sessionmaker[Session],
) -> None:
    """reprocess reads the oldest file first: capture 1 read anew became version 3, the current text,
    over the paper's later page (capture 2), as if the paper had gone back to its first text."""
    upsert(sessions, T0, **C1)
    upsert(sessions, T0 + timedelta(days=1), **C2, body=EDITED)
    assert upsert(sessions, T0, **C1, body=REREAD_BODY) == EARLIER_REREAD
    assert kinds(sessions) == [(1, VERSION_CRAWL, WIRE), (2, VERSION_CRAWL, EDITED)]


def test_show_and_the_article_page_say_a_reread_is_no_change_by_the_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(f"sqlite:///{home_dir / 'archive.sqlite3'}") as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        for when, capture, body in [(T0, C1, WIRE), (T0, C1, REREAD_BODY)]:
            with factory.begin() as s:
                upsert_articles(s, [article("http://a/1", **capture, body=body)], now=when)  # type: ignore[arg-type]
    assert main(["show", "1", "--versions", *home]) == exitcodes.OK
    first, second = capsys.readouterr().out.splitlines()
    assert "re-read" not in first
    assert second.endswith(
        "(re-read of version 1's capture by newer rules: not a change by the paper, current)"
    ), second
    assert main(["show", "1", "--versions", "--json", *home]) == exitcodes.OK
    assert [v["kind"] for v in json.loads(capsys.readouterr().out)] == ["crawl", "reread"]
    assert main(["show", "1", "--version", "2", *home]) == exitcodes.OK
    assert (
        "re-read of version 1's capture by newer rules: not a change by the paper" in capsys.readouterr().out
    )
    assert main(["show", "1", "--version", "2", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["kind"] == "reread"
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        en = client.get("/article/1", params={"lang": "en"}).text
        assert "re-read of version 1's capture by newer rules: not a change by the paper" in en, en
        zh = client.get("/article/1", headers={"accept-language": "zh-CN"}).text
        assert "按新规则重读版本 1 的同一抓取：非报社改动" in zh
        diff = client.get("/article/1/diff", params={"lang": "en"}).text
        assert "to version 2 (fetched 2024-01-01 08:00 +08:00; re-read of version 1's capture" in diff, diff


def test_migration_0012_marks_the_rereads_already_stored(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An archive reprocessed before 0012 holds re-reads stored as the paper's versions: a version with
    the capture of the version before it is one (no crawl writes a capture twice)."""
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0011")
            insert_as_of(conn, "sources", id="x", name="", region="", kind="", config_hash="")
            c1, c2 = ("x/run-1/a.warc.gz", 10), ("x/run-2/b.warc.gz", 20)
            # Article 1: v1 (c1) then v2 re-read from c1 (current). Article 2: v1 (c1), v2 (c2), v3 re-read
            # of c2, v4 current (c2 again: a re-read). Article 3: no capture (an import) twice: no re-read.
            for id_, version, capture in [(1, 2, c1), (2, 4, c2), (3, 2, ("", None))]:
                insert_as_of(
                    conn,
                    "articles",
                    id=id_,
                    source_id="x",
                    url=f"http://x/{id_}",
                    content_hash="h",
                    version=version,
                    warc_file=capture[0],
                    warc_offset=capture[1],
                )
            for id_, version, capture in [(1, 1, c1), (2, 1, c1), (2, 2, c2), (2, 3, c2), (3, 1, ("", None))]:
                insert_as_of(
                    conn,
                    "article_versions",
                    article_id=id_,
                    version=version,
                    content_hash="g",
                    warc_file=capture[0],
                    warc_offset=capture[1],
                )
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db-url", db_url]) == exitcodes.OK
    assert capsys.readouterr().out.splitlines()[1:] == [
        "0012: 3 article versions read again from the capture of a version before them now say "
        "re-read, not a change by the paper"
    ]
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            got = conn.execute(text("SELECT id, version_kind FROM articles ORDER BY id")).all()
            assert got == [(1, "reread"), (2, "reread"), (3, "crawl")]
            got = conn.execute(
                select(
                    ArticleVersion.article_id, ArticleVersion.version, ArticleVersion.version_kind
                ).order_by(ArticleVersion.article_id, ArticleVersion.version)
            ).all()
            assert got == [
                (1, 1, "crawl"),
                (2, 1, "crawl"),
                (2, 2, "crawl"),
                (2, 3, "reread"),
                (3, 1, "crawl"),
            ]
    finally:
        engine.dispose()


def test_a_text_only_in_an_earlier_reading_is_said_to_be_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """search --versions said "version 1 of 2 (replaced in the archive on DAY)" of text an older rule
    read into the article (page furniture), as of the paper's superseded text."""
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(f"sqlite:///{home_dir / 'archive.sqlite3'}") as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        for body in (WIRE + "\n上一篇 下一篇 返回目录", WIRE):
            with factory.begin() as s:
                upsert_articles(s, [article("http://a/1", **C1, body=body)], now=T0)  # type: ignore[arg-type]
    assert main(["index", "update", *home]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "返回目录", "--versions", "--json", *home]) == exitcodes.OK
    (hit,) = json.loads(capsys.readouterr().out)["earlier_hits"]
    label = (
        "version 1 of 2 (replaced in the archive on 2024-01-01; our older reading: version 2 is a "
        "re-read of version 1's capture by newer rules: not a change by the paper)"
    )
    assert hit["label"] == label
    assert hit["replaced_by"] == "reread"
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        page = client.get("/", params={"q": "返回目录", "versions": "1", "lang": "en"}).text
        assert "replaced in the archive on" in page and "; our older reading: version 2 is a re-read" in page


def test_a_second_new_reading_of_the_current_capture_is_a_reread_again(
    sessions: sessionmaker[Session],
) -> None:
    """After one re-read, the old reading (a version) holds the current capture too: a later rule's
    reading of that same capture was taken for an earlier version's and dropped (earlier_reread)."""
    upsert(sessions, T0, **C1)
    assert upsert(sessions, T0, **C1, body=REREAD_BODY) == REREAD
    newer = WIRE.replace("。", "。\n")
    assert upsert(sessions, T0, **C1, body=newer) == REREAD
    assert kinds(sessions) == [
        (1, VERSION_CRAWL, WIRE),
        (2, VERSION_REREAD, REREAD_BODY),
        (3, VERSION_REREAD, newer),
    ]


def test_migration_0012_marks_a_reread_of_an_earlier_versions_capture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """reprocess before 0012 read the oldest file first: a paper's changed article (v1 from capture 1,
    v2 from capture 2) got v3 (capture 1 read anew) and v4 (capture 2 read anew). Only a version with
    the capture of the one right before it was marked: v3 and v4 stayed the paper's changes, the
    paper seen going back to its first text and forward again."""
    home_dir = tmp_path / "home"
    db_url = f"sqlite:///{home_dir / 'archive.sqlite3'}"
    home_dir.mkdir()
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0011")
            insert_as_of(conn, "sources", id="x", name="", region="", kind="", config_hash="")
            c1, c2 = ("x/run-1/a.warc.gz", 10), ("x/run-2/b.warc.gz", 20)
            insert_as_of(
                conn, "articles", id=1, source_id="x", url="http://x/1", content_hash="h", version=4,
                warc_file=c2[0], warc_offset=c2[1], title="t", body="b4",
            )  # fmt: skip
            for version, capture in [(1, c1), (2, c2), (3, c1)]:
                insert_as_of(
                    conn, "article_versions", article_id=1, version=version, content_hash=f"g{version}",
                    warc_file=capture[0], warc_offset=capture[1], title="t", body=f"b{version}",
                )  # fmt: skip
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db-url", db_url]) == exitcodes.OK
    capsys.readouterr()
    assert main(["show", "1", "--versions", "--home", str(home_dir)]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert ["re-read" in line for line in lines] == [False, False, True, True], lines
    assert "re-read of version 1's capture" in lines[2], lines
    assert "re-read of version 2's capture" in lines[3], lines
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        page = client.get("/article/1", params={"lang": "en"}).text
        assert "re-read of version 1&#39;s capture" in page or "re-read of version 1's capture" in page, page
        diff = client.get("/article/1/diff", params={"lang": "en", "from": "2", "to": "3"}).text
        assert "re-read of version 1" in diff and "re-read of version 2" not in diff, diff


def test_a_reread_text_finds_its_reprints(sessions: sessionmaker[Session]) -> None:
    """A re-read changes the text the archive holds: its fingerprints and reprint links must follow,
    as a changed text's do. Left out of the reprint check, an article re-read to the wire's text
    stayed apart from the other paper's copy (no 'also in'), its old reading's fingerprints kept."""
    junk = "上一篇：市领导调研春耕生产 下一篇：全市安全生产工作会议召开 " * 6
    with sessions.begin() as s:
        ensure_source(s, "paper-b")
    upsert(sessions, T0, **C1, body=junk + "\n" + "本报讯 天气晴好，全市各地春耕生产有序推进。")
    with sessions.begin() as s:
        upsert_articles(s, [article("http://b/1", "paper-b", **C2)], now=T0)
    assert upsert(sessions, T0, **C1) == REREAD
    with sessions() as s:
        a, b = s.get(Article, 1), s.get(Article, 2)
        assert a is not None and b is not None
        assert a.cluster_id is not None and a.cluster_id == b.cluster_id


def test_show_diff_says_a_reread_is_no_change_by_the_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """show --diff printed "--- version 1 / +++ version 2" over a re-read's lines, as of the paper's
    edit, where --versions and the web diff say it is our rules' new reading of the same capture."""
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(f"sqlite:///{home_dir / 'archive.sqlite3'}") as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        for body in (WIRE, REREAD_BODY):
            with factory.begin() as s:
                upsert_articles(s, [article("http://a/1", **C1, body=body)], now=T0)  # type: ignore[arg-type]
    assert main(["show", "1", "--diff", *home]) == exitcodes.OK
    out = capsys.readouterr().out
    assert (
        "+++ version 2 (re-read of version 1's capture by newer rules: not a change by the paper)" in out
    ), out
    assert main(["show", "1", "--diff", "--json", *home]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert (data["from_kind"], data["to_kind"]) == ("crawl", "reread")


def test_migration_0012_leaves_the_index_level(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """0012's backfill changes no indexed field: the change counter must stay where it was, or every
    ``search`` warned "the index is behind the archive" while ``index check`` said it was clean (and
    ``index update`` had nothing to do)."""
    engine = create_store_engine(db_url)
    counter = text("SELECT value FROM store_meta WHERE key = 'changes'")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0011")
            insert_as_of(conn, "sources", id="x", name="", region="", kind="", config_hash="")
            c1 = ("x/run-1/a.warc.gz", 10)
            insert_as_of(
                conn, "articles", id=1, source_id="x", url="http://x/1", content_hash="h", version=3,
                warc_file=c1[0], warc_offset=c1[1],
            )  # fmt: skip
            for version in (1, 2):
                insert_as_of(
                    conn, "article_versions", article_id=1, version=version, content_hash="g",
                    warc_file=c1[0], warc_offset=c1[1],
                )  # fmt: skip
        with engine.connect() as conn:
            before = conn.execute(counter).scalar_one()
    finally:
        engine.dispose()
    assert main(["db", "upgrade", "--db-url", db_url]) == exitcodes.OK
    assert "0012: 2 article versions" in capsys.readouterr().out
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(counter).scalar_one() == before
            # The counter still moves for a write after the migration.
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM article_versions WHERE version = 1"))
        with engine.connect() as conn:
            assert conn.execute(counter).scalar_one() > before
    finally:
        engine.dispose()


def test_a_search_found_only_in_an_older_reading_says_the_paper_printed_no_other_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The note "not in any current text; found in an earlier version of 1 article" of words only our
    older rules read into the article (page furniture): a journalist read it as the paper's first text and
    would cite words the paper never printed otherwise. The note, the JSON and the page say it is our
    older reading of the capture, re-read since, in the words every view of a re-read uses."""
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(f"sqlite:///{home_dir / 'archive.sqlite3'}") as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        for body in (WIRE + "\n上一篇 下一篇 返回目录", WIRE):
            with factory.begin() as s:
                upsert_articles(s, [article("http://a/1", **C1, body=body)], now=T0)  # type: ignore[arg-type]
    assert main(["index", "update", *home]) == exitcodes.OK
    capsys.readouterr()
    reread = "re-read of version 1's capture by newer rules: not a change by the paper"
    assert main(["search", "返回目录", *home]) == exitcodes.NO_RESULTS
    out = capsys.readouterr().out
    assert "found in an earlier version of 1 article, only in our older reading of its capture" in out, out
    assert main(["search", "返回目录", "--versions", *home]) == exitcodes.OK
    out = capsys.readouterr().out
    assert f"(replaced in the archive on 2024-01-01; our older reading: version 2 is a {reread})" in out, out
    assert main(["search", "返回目录", "--versions", "--json", *home]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["earlier_versions"]["older_readings"] == 1
    assert data["earlier_hits"][0]["reread_by"] == 2
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        page = client.get("/", params={"q": "返回目录", "lang": "en"}).text.replace("&#39;", "'")
        assert "only in our older reading of its capture" in page, page
        page = client.get("/", params={"q": "返回目录", "versions": "1", "lang": "en"}).text.replace(
            "&#39;", "'"
        )
        assert f"; our older reading: version 2 is a {reread}" in page, page
        zh = client.get(
            "/", params={"q": "返回目录", "versions": "1"}, headers={"accept-language": "zh-CN"}
        ).text
        assert "按新规则重读版本 1 的同一抓取：非报社改动" in zh


def test_a_paper_change_after_an_older_reading_is_no_older_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The paper's own earlier text (its page changed, a new capture) is not called our reading."""
    home_dir = tmp_path / "home"
    home = ["--home", str(home_dir)]
    with open_store(f"sqlite:///{home_dir / 'archive.sqlite3'}") as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        for when, capture, body in [(T0, C1, WIRE + "三千万元"), (T0 + timedelta(days=1), C2, EDITED)]:
            with factory.begin() as s:
                upsert_articles(s, [article("http://a/1", **capture, body=body)], now=when)  # type: ignore[arg-type]
    assert main(["index", "update", *home]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "三千万元", "--versions", "--json", *home]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["earlier_versions"]["older_readings"] == 0
    assert data["earlier_hits"][0]["reread_by"] is None
    assert "older reading" not in data["earlier_hits"][0]["label"] + " ".join(data["notes"])

"""``index update`` re-files an article whose date, page, section, url or title changed without its text.

The index's state column held the store's content hash alone (titles folded, body, authors): a
reprocess writing a better date, section or page of the same capture left ``index check`` clean
and ``index update`` with nothing to do, and ``search --since NEWDAY`` missed the article while
``--until OLDDAY`` still found it; its url and title were shown as the index kept them. The state
is now the text hash and everything else the document is built from (:func:`indexer.documents.doc_state`).
An index written before keeps bare hashes: the first update rebuilds it, once, and says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from store_support import DB_PARAMS, WIRE, article, make_db_url

from archive.articles import ensure_source, upsert_article
from archive.engine import create_store_engine
from archive.models import Article
from archive.schema import open_store
from indexer.check import index_stats
from search_cli import exitcodes
from search_cli.main import main

MOVED = datetime(2016, 9, 3, 2, 0, tzinfo=UTC)  # 2016-09-03 10:00 in Shanghai


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _store(db_url: str, *, corrected: bool = False) -> dict[str, int]:
    """Store two articles of July 2016 (the first with an earlier version when ``corrected``); their ids."""
    with open_store(db_url) as factory, factory.begin() as session:
        ensure_source(session, "paper-a")
        if corrected:
            upsert_article(session, article("http://a/1", body=WIRE + "数据有误。"))
        upsert_article(session, article("http://a/1"))
        upsert_article(
            session,
            article(
                "http://a/2", title="农村公路改造过半", published_at=datetime(2016, 7, 21, 8, tzinfo=UTC)
            ),
        )
        rows = session.execute(select(Article.url, Article.id))
        return {url: int(i) for url, i in rows}


def _set(db_url: str, at: str, /, **values: Any) -> None:
    """Change an article's columns in the store, as a reprocess of the same capture does (text unchanged)."""
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            row = Article.id == _id(conn, at)
            before = conn.execute(select(Article.content_hash).where(row)).scalar_one()
            conn.execute(update(Article).where(row).values(**values, updated_at=datetime.now(UTC)))
            assert conn.execute(select(Article.content_hash).where(row)).scalar_one() == before
    finally:
        engine.dispose()


def _id(conn: Any, url: str) -> int:
    return int(conn.execute(select(Article.id).where(Article.url == url)).scalar_one())


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().out


def _lines_of(out: str, article_id: int) -> list[str]:
    """Return the result lines (``1. TITLE  [PAPER DATE ...]  #ID``) of one article."""
    return [line for line in out.splitlines() if re.search(rf"\]  #{article_id}\b", line)]


@pytest.fixture
def archive(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[list[str], dict[str, int]]:
    ids = _store(db_url)
    args = ["--home", str(tmp_path / "home"), "--db-url", db_url]
    assert _run(["index", "update", *args], capsys) == (
        exitcodes.OK,
        "index built: 2 added, 0 changed, 0 deleted\n",
    )
    return args, ids


def test_a_new_date_of_the_same_text_is_refiled(
    db_url: str, archive: tuple[list[str], dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    args, ids = archive
    moved = ids["http://a/1"]
    _set(db_url, "http://a/1", published_at=MOVED)

    code, out = _run(["index", "check", *args], capsys)
    assert code == exitcodes.THRESHOLD
    assert out.splitlines()[0] == "store 2 articles, index 2: 0 missing, 1 stale, 0 orphaned"
    assert f"  stale: {moved}" in out.splitlines()
    code, out = _run(["index", "check", "--json", *args], capsys)
    data = json.loads(out)
    assert (code, data["clean"], data["stale"], data["examples"]["stale"]) == (
        exitcodes.THRESHOLD,
        False,
        1,
        [moved],
    )

    assert _run(["index", "update", *args], capsys) == (
        exitcodes.OK,
        "index updated: 0 added, 1 changed, 0 deleted\n",
    )
    code, out = _run(["search", "公路", "--since", "2016-09-01", *args], capsys)
    assert code == exitcodes.OK
    (line,) = _lines_of(out, moved)
    assert "2016-09-03" in line and "2016-07-20" not in line
    code, out = _run(["search", "公路", "--until", "2016-07-31", *args], capsys)
    assert code == exitcodes.OK and not _lines_of(out, moved) and _lines_of(out, ids["http://a/2"])

    assert _run(["index", "update", *args], capsys) == (
        exitcodes.OK,
        "index updated: 0 added, 0 changed, 0 deleted\n",
    )
    code, out = _run(["index", "check", *args], capsys)
    assert (code, out.splitlines()[-1]) == (exitcodes.OK, "clean")


def test_a_new_section_is_refiled(
    db_url: str, archive: tuple[list[str], dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    args, ids = archive
    _set(db_url, "http://a/2", section="体育")
    assert _run(["index", "check", *args], capsys)[0] == exitcodes.THRESHOLD
    assert _run(["index", "update", *args], capsys)[1] == "index updated: 0 added, 1 changed, 0 deleted\n"
    code, out = _run(["search", "section:体育 公路", *args], capsys)
    assert code == exitcodes.OK
    (line,) = _lines_of(out, ids["http://a/2"])
    assert "体育" in line and not _lines_of(out, ids["http://a/1"])
    assert _run(["index", "check", *args], capsys)[0] == exitcodes.OK


def test_a_new_url_and_title_of_the_same_text_are_shown(
    db_url: str, archive: tuple[list[str], dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    """The result's url and title are the index's: a title differing in width alone hashes the same."""
    args, ids = archive
    title = "全省公路建设上半年完成投资１２０亿元"
    _set(db_url, "http://a/1", url="http://a/1-print", title=title)
    assert _run(["index", "update", *args], capsys)[1] == "index updated: 0 added, 1 changed, 0 deleted\n"
    code, out = _run(["search", "投资", "--json", *args], capsys)
    assert code == exitcodes.OK
    (hit,) = [h for h in json.loads(out)["hits"] if h["id"] == ids["http://a/1"]]
    assert (hit["url"], hit["title"]) == ("http://a/1-print", title)


def test_an_index_of_the_old_state_format_is_refiled_once(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index whose state column holds bare content hashes (as written before) is rebuilt once, said so."""
    import indexer.documents

    ids = _store(db_url, corrected=True)
    args = ["--home", str(tmp_path / "home"), "--db-url", db_url]
    with monkeypatch.context() as old:  # the state the previous version wrote: the content hash alone
        old.setattr(indexer.documents, "doc_state", lambda doc: doc.content_hash)
        assert _run(["index", "update", *args], capsys)[0] == exitcodes.OK

    code, out = _run(["index", "check", *args], capsys)
    assert code == exitcodes.THRESHOLD
    lines = out.splitlines()
    assert lines[0] == "store 2 articles, index 2: 0 missing, 2 stale, 0 orphaned"
    assert "  index state format changed: index update re-files 2 articles" in lines
    assert lines[-1] == "not clean (run: newsarchive index update)"
    code, out = _run(["index", "check", "--json", *args], capsys)
    data = json.loads(out)
    assert (code, data["stale"], data["examples"]["stale"]) == (exitcodes.THRESHOLD, 2, sorted(ids.values()))

    capsys.readouterr()
    assert main(["index", "update", *args]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert out == (
        "index state format changed: re-filed 2 articles (index rebuilt)\n"
        "index updated: 0 added, 2 changed, 0 deleted\n"
    )
    # Said before the work starts, where the progress goes: the rebuild's progress line comes after it.
    announced = "index state format changed: re-filing 2 articles (rebuilding the index)\n"
    assert err.startswith(announced) and err.count(announced) == 1 and len(err.splitlines()) > 1
    data = index_stats(Path(args[1]) / "index")  # rebuilt: no deleted documents kept
    assert (data["documents"], data["deleted_not_merged"]) == (2, 0)
    code, out = _run(["index", "check", "--json", *args], capsys)
    data = json.loads(out)
    assert (code, data["clean"], data["versions"]) == (
        exitcodes.OK,
        True,
        {"indexed": 1, "stored": 1, "missing": 0, "stale": 0, "orphaned": 0},
    )
    assert _run(["index", "update", *args], capsys)[1] == "index updated: 0 added, 0 changed, 0 deleted\n"
    code, out = _run(["search", "数据有误", "--versions", *args], capsys)
    assert code == exitcodes.OK and "数据有误" in out


def test_the_old_format_announcement_is_left_out_with_quiet_and_json(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import indexer.documents

    _store(db_url)
    args = ["--home", str(tmp_path / "home"), "--db-url", db_url]
    with monkeypatch.context() as old:
        old.setattr(indexer.documents, "doc_state", lambda doc: doc.content_hash)
        assert _run(["index", "update", *args], capsys)[0] == exitcodes.OK
    capsys.readouterr()
    assert main(["index", "update", "-q", "--json", *args]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert (json.loads(out)["reformatted"], err) == (2, "")


def test_every_store_engine_an_update_opens_is_disposed(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build opened a second engine for the watermark and left it (and its pool) open."""
    import indexer.sync

    _store(db_url)
    opened: list[int] = []
    disposed: list[int] = []
    real = indexer.sync.open_store

    def spied(url: str) -> Any:
        engine, count, newest = real(url)
        opened.append(id(engine))
        dispose = engine.dispose
        monkeypatch.setattr(
            engine, "dispose", lambda *a, **k: (disposed.append(id(engine)), dispose(*a, **k))
        )
        return engine, count, newest

    monkeypatch.setattr(indexer.sync, "open_store", spied)
    index = tmp_path / "home" / "index"
    for _ in range(2):  # the first build, then an update
        indexer.sync.update_from_store(db_url, index)
        assert opened and sorted(opened) == sorted(disposed)
        opened.clear()
        disposed.clear()

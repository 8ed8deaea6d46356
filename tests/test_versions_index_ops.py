"""The superseded versions' index is checked, counted and repaired as the articles' index is.

A damaged ``<index>-versions`` made the earlier-version search quietly return nothing: 三千万,
only in version 1 of an article, read "no article contains 三千万" (a false "not found") while
``index check`` said clean and ``index stats`` never named the versions' index.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import DB_PARAMS, make_db_url

from indexer.build import rebuild_index
from indexer.generations import current_generation
from indexer.integrity import DAMAGED_MESSAGE
from indexer.versions import versions_path
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app


def _import(tmp_path: Path, home: list[str], n: int, body: str) -> None:
    path = tmp_path / "in.jsonl"
    row = {"url": f"http://paper.example/2016-05/01/content_{n}.htm", "title": "预算公布", "body": body}
    row |= {"source": "paper-a", "published_at": "2016-05-01T10:00:00"}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(path), *home]) == exitcodes.OK


def _corrected(tmp_path: Path, articles: int = 1, db: tuple[str, ...] = ()) -> list[str]:
    home = ["--home", str(tmp_path / "home"), *db]
    for n in range(1, articles + 1):
        _import(tmp_path, home, n, "全市今年的道路预算为三千万元。")
        _import(tmp_path, home, n, "全市今年的道路预算为两千万元。")  # the correction: version 2
    assert main(["index", "update", *home]) == exitcodes.OK
    return home


@pytest.fixture
def corrected(tmp_path: Path) -> list[str]:
    return _corrected(tmp_path)


def _versions_gen(home: list[str]) -> Path:
    gen = current_generation(versions_path(Path(home[1]) / "index"))
    assert gen is not None
    return gen


def test_stats_and_check_name_the_versions_index(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["index", "stats", "--json", *corrected]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["versions_documents"] == 1
    assert main(["index", "stats", *corrected]) == exitcodes.OK
    assert "versions_documents: 1" in capsys.readouterr().out.splitlines()
    assert main(["index", "check", "--json", *corrected]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["clean"]
    assert data["versions"] == {"indexed": 1, "stored": 1, "missing": 0, "stale": 0, "orphaned": 0}


def test_a_damaged_versions_index_is_said_everywhere_and_repaired(
    tmp_path: Path, corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (trm,) = _versions_gen(corrected).glob("*.trm")
    with trm.open("r+b") as fh:
        fh.truncate(trm.stat().st_size // 2)
    capsys.readouterr()
    assert main(["index", "check", *corrected]) == exitcodes.DAMAGED
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DAMAGED_MESSAGE and out[1].strip().startswith(f"earlier versions: {trm.name}: ")
    assert str(tmp_path) not in "\n".join(out)
    assert main(["index", "check", "--json", *corrected]) == exitcodes.DAMAGED
    data = json.loads(capsys.readouterr().out)
    assert (
        data["damaged"][0].startswith(f"earlier versions: {trm.name}") and data["reason"] == DAMAGED_MESSAGE
    )
    assert (data["indexed"], data["missing"], data["versions"]) == (1, 0, None)  # the articles' were compared
    # A search that needs the earlier versions says so in one line: no false "not found".
    for extra in ([], ["--versions"], ["--json"]):
        assert main(["search", "三千万", *extra, *corrected]) == exitcodes.DAMAGED
        captured = capsys.readouterr()
        (line,) = captured.err.strip().splitlines()
        assert line.startswith(f"error: {DAMAGED_MESSAGE} (earlier versions: {trm.name}: ")
        assert "Traceback" not in captured.err and captured.out == ""
    # One the current texts answer does not read it.
    assert main(["search", "预算", *corrected]) == exitcodes.OK
    with TestClient(create_app(Path(corrected[1])), raise_server_exceptions=False) as client:
        response = client.get("/", params={"q": "三千万", "lang": "en"})
    assert response.status_code == 503 and DAMAGED_MESSAGE in response.text
    assert "Traceback" not in response.text
    # index update rebuilds it (versions are few); so does index rebuild.
    assert main(["index", "update", *corrected]) == exitcodes.OK
    assert main(["index", "check", *corrected]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "三千万", "--json", *corrected]) == exitcodes.NO_RESULTS
    assert json.loads(capsys.readouterr().out)["earlier_versions"]["articles"] == 1
    (trm,) = _versions_gen(corrected).glob("*.trm")  # the update wrote a new generation
    with trm.open("r+b") as fh:
        fh.truncate(0)
    assert main(["index", "check", *corrected]) == exitcodes.DAMAGED
    assert main(["index", "rebuild", *corrected]) == exitcodes.OK
    assert main(["index", "check", *corrected]) == exitcodes.OK


def test_a_missing_or_behind_versions_index_is_not_clean(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    index = Path(corrected[1]) / "index"
    shutil.rmtree(versions_path(index))
    capsys.readouterr()
    assert main(["index", "check", *corrected]) == exitcodes.THRESHOLD
    out = capsys.readouterr().out.splitlines()
    assert "  earlier versions are not indexed" in out
    assert out[-1] == "not clean (run: newsarchive index update)"
    assert main(["index", "update", *corrected]) == exitcodes.OK
    assert main(["index", "check", *corrected]) == exitcodes.OK
    rebuild_index(versions_path(index), [], procs=1)  # an index of no version: behind the store
    capsys.readouterr()
    assert main(["index", "check", "--json", *corrected]) == exitcodes.THRESHOLD
    data = json.loads(capsys.readouterr().out)
    assert data["versions"] == {"indexed": 0, "stored": 1, "missing": 1, "stale": 0, "orphaned": 0}
    assert "earlier versions: 1 missing, 0 stale, 0 orphaned" in data["problems"]
    assert main(["index", "update", *corrected]) == exitcodes.OK
    assert main(["index", "check", *corrected]) == exitcodes.OK


def test_a_batch_does_not_search_the_earlier_versions(
    corrected: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """TREC output lists current articles only: the versions' search was work thrown away."""
    import indexer.search

    asked: list[str] = []
    monkeypatch.setattr(indexer.search, "find_earlier", lambda _path, query, *a, **k: asked.append(query))
    batch = tmp_path / "q.tsv"
    batch.write_text("q1\t三千万\nq2\t预算\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["search", "--batch", str(batch), *corrected]) == exitcodes.OK
    assert asked == [] and capsys.readouterr().out.startswith("q2 Q0 ")


def test_an_article_count_past_the_capped_versions_is_asked_of_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the versions read, the store counts their articles: "2 articles", not "at least 1"."""
    import indexer.versions

    home = _corrected(tmp_path, articles=2)
    monkeypatch.setattr(indexer.versions, "EARLIER_LIMIT", 1)  # the versions read: 1 of the 2 matching
    capsys.readouterr()
    assert main(["search", "三千万", *home]) == exitcodes.NO_RESULTS
    assert "found in an earlier version of 2 articles:" in capsys.readouterr().out
    assert main(["search", "三千万", "--json", *home]) == exitcodes.NO_RESULTS
    counts = json.loads(capsys.readouterr().out)["earlier_versions"]
    assert counts == {"articles": 2, "versions": 2, "capped": True, "exact": True, "older_readings": None}
    monkeypatch.undo()
    assert main(["search", "三千万", "--json", *home]) == exitcodes.NO_RESULTS
    counts = json.loads(capsys.readouterr().out)["earlier_versions"]
    assert counts == {"articles": 2, "versions": 2, "capped": False, "exact": True, "older_readings": 0}
    with TestClient(create_app(Path(home[1])), raise_server_exceptions=False) as client:
        monkeypatch.setattr(indexer.versions, "EARLIER_LIMIT", 1)
        page = client.get("/", params={"q": "三千万", "lang": "en"}).text
    assert "found in an earlier version of 2 articles." in page and "at least" not in page


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def test_the_store_counts_the_articles_of_versions_past_the_cap(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``count_stored`` asks SQLite and PostgreSQL alike; a version of an article gone is not counted."""
    from sqlalchemy import delete

    import indexer.versions
    from archive.models import Article, ArticleVersion
    from archive.schema import open_store

    home = _corrected(tmp_path, articles=3, db=("--db-url", db_url))
    monkeypatch.setattr(indexer.versions, "EARLIER_LIMIT", 1)
    capsys.readouterr()
    assert main(["search", "三千万", "--json", *home]) == exitcodes.NO_RESULTS
    counts = json.loads(capsys.readouterr().out)["earlier_versions"]
    assert counts == {"articles": 3, "versions": 3, "capped": True, "exact": True, "older_readings": None}
    with open_store(db_url) as factory, factory.begin() as session:  # an article deleted since the index
        session.execute(delete(ArticleVersion).where(ArticleVersion.article_id == 3))
        session.execute(delete(Article).where(Article.id == 3))
    assert main(["search", "三千万", "--json", *home]) == exitcodes.NO_RESULTS
    counts = json.loads(capsys.readouterr().out)["earlier_versions"]
    assert counts == {"articles": 2, "versions": 2, "capped": True, "exact": True, "older_readings": None}


def test_a_version_refiled_without_its_article_is_called_stale_and_counted_by_update(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A reprocess refreshes an earlier version's date in place (its article unchanged): ``index check``
    called the version "missing" though it is indexed (at its old date), and ``index update`` re-filed
    it saying "0 added, 0 changed, 0 deleted", as if it had done nothing."""
    import sqlite3

    with sqlite3.connect(Path(corrected[1]) / "archive.sqlite3") as db:
        db.execute("UPDATE article_versions SET published_at = '2016-04-30 02:00:00.000000'")
    capsys.readouterr()
    assert main(["index", "check", "--json", *corrected]) == exitcodes.THRESHOLD
    data = json.loads(capsys.readouterr().out)
    assert data["versions"] == {"indexed": 1, "stored": 1, "missing": 0, "stale": 1, "orphaned": 0}
    assert "earlier versions: 0 missing, 1 stale, 0 orphaned" in data["problems"]
    assert main(["index", "update", *corrected]) == exitcodes.OK
    out = capsys.readouterr().out.splitlines()
    assert out == ["index updated: 0 added, 0 changed, 0 deleted; earlier versions: 1 updated"]
    assert main(["index", "update", "--json", *corrected]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["versions_updated"] == 0
    assert main(["index", "check", *corrected]) == exitcodes.OK

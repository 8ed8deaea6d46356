"""A store that cannot be read is one clear error, never hits silently without paper and date."""

from __future__ import annotations

import html
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.errors import StoreError
from indexer.storeinfo import store_info
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An archive of one imported article, indexed."""
    data = tmp_path / "in.jsonl"
    row = {"id": "a1", "title": "鹤鸣湖开园", "content": "洮北区鹤鸣湖湿地公园开园。", "source": "tw"}
    data.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    assert main(["import", str(data), "--home", str(home)]) == 0
    assert main(["index", "update", "--home", str(home)]) == 0
    return home


@pytest.fixture
def unreadable(tmp_path: Path) -> str:
    """A database that exists but holds no archive (an empty SQLite file)."""
    path = tmp_path / "other.sqlite3"
    path.write_bytes(b"")
    return f"sqlite:///{path}"


def test_store_info_raises_one_sentence_naming_the_database(unreadable: str) -> None:
    info = store_info(unreadable)
    assert info is not None
    for read in (info.clusters, lambda: info.details([1]), lambda: info.reprints([1])):
        with pytest.raises(StoreError) as caught:
            read()
        message = str(caught.value)
        assert message == (
            f"the results' papers and dates could not be read from the archive database {unreadable}: "
            "no such table: articles"
        )


def test_store_info_hides_a_password() -> None:
    info = store_info("postgresql+psycopg://reader:secret@127.0.0.1:1/none")
    assert info is not None and "secret" not in info.where and "***" in info.where


def test_search_cli_says_so_in_one_line_and_exits_with_error(
    home: Path, unreadable: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "鹤鸣湖", "--home", str(home), "--db-url", unreadable]) == exitcodes.ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"error: the results' papers and dates could not be read from the archive database {unreadable}: "
        "no such table: articles\n"
    )


def test_search_page_answers_503_with_one_sentence(home: Path, tmp_path: Path) -> None:
    # The papers are readable (the page lists them), the articles' details are not.
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(home / "archive.sqlite3", damaged)
    with closing(sqlite3.connect(damaged)) as db:
        db.execute("ALTER TABLE articles RENAME TO articles_gone")
        db.commit()
    app = create_app(home, f"sqlite:///{damaged}")
    with TestClient(app, raise_server_exceptions=False, headers={"accept-language": "en"}) as client:
        response = client.get("/", params={"q": "鹤鸣湖"})
    assert response.status_code == 503
    sentence = (
        "The archive cannot be read: the results' papers and dates could not be read from "
        "the archive database: no such table: articles"
    )
    assert sentence in html.unescape(response.text)
    assert "Traceback" not in response.text

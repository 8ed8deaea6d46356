"""``newsarchive index``: the lines a maintainer reads count in words that agree with the number."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import cli
from test_index_ops import add


def test_one_article_is_counted_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first archive of one article read 'index rebuilt: 1 articles' and 'store 1 articles, index 1'."""
    add(f"sqlite:///{tmp_path / 'archive.sqlite3'}", 1)
    where = ["--home", str(tmp_path)]
    assert cli(["index", "rebuild", *where], monkeypatch) == 0
    assert capsys.readouterr().out == "index rebuilt: 1 article\n"
    assert cli(["index", "check", *where], monkeypatch) == 0
    assert capsys.readouterr().out == "store 1 article, index 1: 0 missing, 0 stale, 0 orphaned\nclean\n"


def test_an_index_of_an_older_schema_is_told_to_be_rebuilt_not_updated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an upgrade that changed the index's schema, ``index check`` said "not clean (run:
    newsarchive index update)", and ``index update`` refused: "rebuild needed (run: newsarchive
    index rebuild)". The check names the command that mends it."""
    import json

    from indexer.schema import SCHEMA_VERSION

    add(f"sqlite:///{tmp_path / 'archive.sqlite3'}", 2)
    where = ["--home", str(tmp_path)]
    assert cli(["index", "rebuild", *where], monkeypatch) == 0
    (meta,) = (tmp_path / "index").glob("gen-*/meta.json")
    data = json.loads(meta.read_text("utf-8"))
    meta.write_text(json.dumps({**data, "schema_version": SCHEMA_VERSION - 1}), "utf-8")
    capsys.readouterr()
    assert cli(["index", "check", *where], monkeypatch) == 4
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [
        "  schema version differs: rebuild needed",
        "not clean (run: newsarchive index rebuild)",
    ]
    assert cli(["index", "update", *where], monkeypatch) == 1
    assert "(run: newsarchive index rebuild)" in capsys.readouterr().err

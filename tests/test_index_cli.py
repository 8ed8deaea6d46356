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

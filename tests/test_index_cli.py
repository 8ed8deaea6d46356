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


def test_a_stopped_rebuild_or_update_says_the_index_stays_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C printed a bare "interrupted", which README's exit 130 reads as "what was fetched is
    stored": a maintainer could not tell whether the live index was half-written (it never is)."""
    import indexer.build

    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    add(db_url, 3)
    where = ["--home", str(tmp_path)]
    assert cli(["index", "rebuild", *where], monkeypatch) == 0
    add(db_url, 2, start=3)

    def stop(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    capsys.readouterr()
    monkeypatch.setattr(indexer.build, "commit_segments", stop)
    assert cli(["index", "rebuild", *where], monkeypatch) == 130
    assert capsys.readouterr().err.endswith(
        "interrupted: the index stays whole and searchable (a stopped rebuild swaps in nothing "
        "half-built); run newsarchive index rebuild again\n"
    )
    import indexer.sync

    monkeypatch.setattr(indexer.sync, "apply_changes", stop)
    assert cli(["index", "update", *where], monkeypatch) == 130
    assert capsys.readouterr().err.endswith(
        "interrupted: the index stays whole and searchable, behind the archive until an update "
        "finishes (searches say so); run newsarchive index update again\n"
    )
    monkeypatch.undo()
    assert cli(["search", "鹤鸣湖", *where], monkeypatch) == 0
    assert "note: the index is behind the archive (2 articles" in capsys.readouterr().out


def test_a_stopped_first_build_says_no_index_was_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first rebuild (or an update, which builds a missing index) stopped said "the index stays whole
    and searchable": there was none, and a search after it answered "no index"."""
    import indexer.build

    add(f"sqlite:///{tmp_path / 'archive.sqlite3'}", 2)
    where = ["--home", str(tmp_path)]

    def stop(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(indexer.build, "commit_segments", stop)
    for command in ("rebuild", "update"):
        assert cli(["index", command, *where], monkeypatch) == 130
        assert capsys.readouterr().err.endswith(
            "interrupted: no index was built (a stopped build leaves nothing half-built); "
            "run newsarchive index rebuild again\n"
        ), command


def test_check_without_an_index_exits_4_and_says_how_to_build_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`index check` of an archive never indexed exited 1, the code of a bad configuration or a crawl that
    could not start: cron read a broken setup, not "every article missing from the index" (exit 4, the
    code of its missing articles, as of an absent earlier-versions index). It names the fix in one line."""
    import json

    add(f"sqlite:///{tmp_path / 'archive.sqlite3'}", 3)
    where = ["--home", str(tmp_path)]
    assert cli(["index", "check", *where], monkeypatch) == 4
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"error: no index at {tmp_path / 'index'}: the 3 archived articles are missing from it "
        "(run: newsarchive index rebuild)\n"
    )
    assert cli(["index", "check", "--json", *where], monkeypatch) == 4
    data = json.loads(capsys.readouterr().out)
    assert data["clean"] is False and data["index"] is False
    assert (data["stored"], data["indexed"], data["missing"]) == (3, 0, 3)
    assert data["reason"] == f"no index at {tmp_path / 'index'} (run: newsarchive index rebuild)"
    assert cli(["index", "rebuild", *where], monkeypatch) == 0
    capsys.readouterr()
    assert cli(["index", "check", "--json", *where], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["index"] is True

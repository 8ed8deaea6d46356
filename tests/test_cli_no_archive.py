"""A mistyped ``--home`` is one line and an exit code for every command that reads the archive.

Before, each of them created the directory and an empty archive in it, and answered as if the
archive held nothing (``runs``: "no crawl runs", ``report``: every date unchecked, ``search``: no index).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.main import main

HINT = "(check --home, NEWSARCHIVE_HOME or --db-url; a crawl, an import or newsarchive demo creates one)"
READS = (
    ["search", "鹤鸣湖"],
    ["show", "1"],
    ["similar", "1"],
    ["runs"],
    ["report", "sample"],
    ["serve", "--port", "0"],
    ["reprocess"],
    ["index", "update"],
    ["index", "rebuild"],
    ["index", "check"],
    ["index", "stats"],
    ["db", "check"],
    ["db", "copy", "--to", "sqlite:///elsewhere.sqlite3"],
)


@pytest.mark.parametrize("argv", READS, ids=lambda argv: " ".join(argv[:2]))
def test_a_read_command_refuses_a_home_without_an_archive(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = ["http://e.example.cn/{date:%Y%m%d}.htm"]\n',
        encoding="utf-8",
    )
    typo = tmp_path / "demo-dta"
    assert main([*argv, "--home", str(typo)]) == exitcodes.NO_ARCHIVE == exitcodes.ERROR
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"error: no archive at {typo / 'archive.sqlite3'} {HINT}\n"
    assert not typo.exists() and not (tmp_path / "elsewhere.sqlite3").exists()
    # An SQLite file named by URL that does not exist is no archive either.
    missing = tmp_path / "gone.sqlite3"
    assert main([*argv, "--db-url", f"sqlite:///{missing}"]) == exitcodes.NO_ARCHIVE
    assert capsys.readouterr().err == f"error: no archive at {missing} {HINT}\n"
    assert not missing.exists()


def test_db_current_answers_empty_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "demo-dta"
    assert main(["db", "current", "--home", str(typo)]) == exitcodes.OK
    assert capsys.readouterr().out.startswith("empty (behind head ")
    assert not typo.exists()


def test_commands_that_fill_an_archive_still_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "new-home"
    (tmp_path / "in.jsonl").write_text('{"id": "a1", "title": "示例", "body": "正文。"}\n', encoding="utf-8")
    assert main(["import", str(tmp_path / "in.jsonl"), "--source", "other", "--home", str(home)]) == 0
    assert (home / "archive.sqlite3").is_file()
    assert main(["db", "upgrade", "--home", str(tmp_path / "other-home"), "-q"]) == 0
    assert (tmp_path / "other-home" / "archive.sqlite3").is_file()
    assert main(["runs", "--home", str(home)]) == exitcodes.NO_RESULTS  # an archive, with no run yet


def test_commands_that_read_the_index_alone_answer_without_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``search`` and ``index stats`` read the index only: a home with one but no database still answers."""
    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    home = tmp_path / "home"
    (tmp_path / "in.jsonl").write_text(
        '{"id": "a1", "title": "鹤鸣湖湿地", "body": "鹤鸣湖湿地迎来候鸟。"}\n', encoding="utf-8"
    )
    assert main(["import", str(tmp_path / "in.jsonl"), "--source", "other", "--home", str(home), "-q"]) == 0
    assert main(["index", "rebuild", "--home", str(home), "-q"]) == 0
    (home / "archive.sqlite3").unlink()
    capsys.readouterr()
    assert main(["index", "stats", "--home", str(home)]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert "documents: 1" in out.splitlines() and err == ""
    assert main(["search", "鹤鸣湖", "--home", str(home)]) != exitcodes.NO_ARCHIVE
    assert "no archive at" not in capsys.readouterr().err
    # Commands that read the database still name the missing archive.
    assert main(["index", "check", "--home", str(home)]) == exitcodes.NO_ARCHIVE
    assert capsys.readouterr().err.startswith(f"error: no archive at {home / 'archive.sqlite3'} ")
    assert not (home / "archive.sqlite3").exists()


def test_require_archive_checks_once_and_returns_the_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading commands open the store at the URL the one check returns (no second check)."""
    import argparse

    import archive.config
    from search_cli.errors import NoArchiveError
    from search_cli.options import require_archive

    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    assert not hasattr(archive.config, "existing_db_url")
    (tmp_path / "archive.sqlite3").write_bytes(b"")
    args = argparse.Namespace(home=str(tmp_path), db_url=None)
    assert require_archive(args) == f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    with pytest.raises(NoArchiveError):
        require_archive(argparse.Namespace(home=str(tmp_path / "typo"), db_url=None))
    (tmp_path / "index").mkdir()
    other = argparse.Namespace(home=str(tmp_path / "typo"), db_url=None)
    with pytest.raises(NoArchiveError):
        require_archive(other, index_is_enough=True)  # the index of another home does not count
    (tmp_path / "archive.sqlite3").unlink()
    assert require_archive(args, index_is_enough=True).startswith("sqlite:///")

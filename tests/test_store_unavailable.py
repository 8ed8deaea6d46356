"""A store that cannot be opened is one ``error:`` line naming why, never a traceback or "unexpected".

A maintainer's PostgreSQL down, a database not created yet, a file that is not
a SQLite database, or a URL of a database the archive does not support.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.main import main


def _not_a_database(tmp_path: Path) -> str:
    path = tmp_path / "home" / "archive.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x13\x37 not an sqlite file " * 300)
    return f"sqlite:///{path}"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends: nothing listens


def _registry(tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[source]]\nid = "cswb"\nkind = "epaper"\n'
        'templates = [{ url = "http://127.0.0.1:9/html/{date:%Y-%m}/{date:%d}/node_1.htm" }]\n',
        encoding="utf-8",
    )
    return path


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "unexpected" not in lines[0] and "Traceback" not in err
    assert "sqlalche.me" not in lines[0]  # SQLAlchemy's web link is not the operator's business
    return lines[0]


def test_a_crawl_into_a_file_that_is_no_database_says_so_before_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_url = _not_a_database(tmp_path)
    registry = _registry(tmp_path)
    code = main(["crawl", "cswb", "--since", "2016-07-20", "--sources", str(registry), "--db-url", db_url])
    out, err = capsys.readouterr()
    assert code == exitcodes.ERROR
    assert "file is not a database" in _one_error_line(err)
    assert out == ""  # no summary of a crawl that never ran ("failed (run None)")


@pytest.mark.parametrize("action", ["current", "upgrade"])
def test_db_commands_name_the_drivers_reason(
    action: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["db", action, "--db-url", _not_a_database(tmp_path)])
    assert code == exitcodes.ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert line == "error: cannot open the database: file is not a database"


def test_a_postgresql_server_that_is_down_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/archive"
    assert main(["db", "current", "--db-url", url]) == exitcodes.ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert line.startswith("error: cannot open the database: ") and "refused" in line.lower()


def test_a_database_the_archive_does_not_support_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "current", "--db-url", "mysql://user@127.0.0.1/archive"]) == exitcodes.ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert "unsupported database URL" in line and "postgresql+psycopg" in line


def test_a_database_url_whose_plus_became_a_space_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """``curl -d setting=NEWSARCHIVE_DB_URL=postgresql+psycopg://...`` (scrapyd) sends a space for the "+"."""
    assert main(["db", "current", "--db-url", "postgresql psycopg://me@127.0.0.1/archive"]) == exitcodes.ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert line.startswith("error: invalid database URL 'postgresql psycopg://me@127.0.0.1/archive': ")
    assert line.endswith(
        "(a '+' sent in a form field arrives as a space: write postgresql%2Bpsycopg:// "
        "or send it with curl --data-urlencode)"
    )

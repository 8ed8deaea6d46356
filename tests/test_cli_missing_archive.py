"""A data directory holding no archive (a mistyped --home) is one line naming it, and stays uncreated.

Reading commands created an empty archive there and answered from it: 'report' drew every date
'unchecked' (exit 0), 'show 1' said 'no article with id 1', 'runs' 'no crawl runs', 'db check'
'store is sound', as if the archive were empty rather than elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import cli

REGISTRY = """
[[source]]
id = "sample"
name = "城市晚报"
kind = "epaper"
allowed_domains = ["sample.example"]
templates = [{ url = "http://sample.example/html/{date:%Y-%m}/{date:%d}/node_1.htm" }]
"""


@pytest.mark.parametrize(
    "command",
    [
        ["show", "1"],
        ["similar", "1"],
        ["runs"],
        ["report", "sample"],
        ["db", "check"],
        ["db", "copy", "--to", "sqlite:///backup.sqlite3"],
    ],
)
def test_a_home_without_an_archive_is_named_not_created(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    home = tmp_path / "typo"
    assert cli(["--home", str(home), "--sources", str(registry), *command], monkeypatch) == 1
    out, err = capsys.readouterr()
    assert err.startswith(f"error: no archive at {home / 'archive.sqlite3'} (check --home"), err
    assert len(err.splitlines()) == 1 and out == ""
    assert not home.exists()


@pytest.mark.postgres
@pytest.mark.parametrize(
    "command",
    [
        ["runs"],
        ["report", "sample"],
        ["db", "check"],
        ["show", "1"],
        ["index", "rebuild"],
        ["search", "新区"],
    ],
)
def test_a_postgresql_database_without_an_archive_is_named_not_migrated(
    command: list[str],
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mistyped database (or schema) that exists, or a new empty one, is the server's missing file.

    Reading commands migrated it and answered 'no crawl runs', 'store is sound', a report of
    unchecked dates, leaving every table behind.
    """
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.engine import make_url
    from store_support import pg_schema_url

    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    for url in pg_schema_url(postgres_url):
        argv = ["--home", str(tmp_path / "home"), "--sources", str(registry), "--db-url", url, *command]
        assert cli(argv, monkeypatch) == 1
        out, err = capsys.readouterr()
        shown = make_url(url).render_as_string(hide_password=True)
        assert err == (
            f"error: no archive in {shown}: the database holds no newsarchive tables (check --db-url or "
            "NEWSARCHIVE_DB_URL; newsarchive db upgrade, a crawl or an import creates them)\n"
        )
        assert out == ""
        engine = create_engine(url)
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
        engine.dispose()
        assert cli(["--db-url", url, "db", "upgrade", "-q"], monkeypatch) == 0  # once there is one
        assert cli(["--db-url", url, "--sources", str(registry), "runs"], monkeypatch) == 3

"""A search on an archive already at the newest schema loads no Alembic: counted in modules, not seconds.

Every command checks the archive's schema revision before it reads. That check imported
Alembic and parsed every migration script (``ScriptDirectory``), about 0.1 s of each CLI
search; it is now one plain query against :data:`archive.schema.HEAD_REVISION`, and
Alembic is loaded only when a migration is due (the second test: the same probe sees it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from store_support import searchable_home

from archive.engine import create_store_engine
from archive.schema import HEAD_REVISION, alembic_config, current_revision

WORD = "鹤鸣湖"
PROBE = """
import json, sys
from search_cli.main import main
code = main(["--home", {home!r}, "search", {word!r}, "-q"])
print(json.dumps({{"code": code, "alembic": sorted(m for m in sys.modules if m.split(".")[0] == "alembic")}}))
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory holding a SQLite archive at the newest revision and its index."""
    return searchable_home(tmp_path, monkeypatch, WORD)


def _search(home: Path) -> tuple[int, list[str], str]:
    """Run ``newsarchive search`` in a fresh interpreter; return its exit code, Alembic modules, output."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(home=str(home), word=WORD)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *answer, last = result.stdout.splitlines()
    probe = json.loads(last)
    return probe["code"], probe["alembic"], "\n".join(answer)


def _db_url(home: Path) -> str:
    from archive.config import resolve_db_url

    return resolve_db_url(None, str(home))


def test_a_search_on_an_archive_at_head_imports_no_alembic(home: Path) -> None:
    code, alembic, answer = _search(home)
    assert code == 0 and WORD in answer
    assert alembic == [], f"newsarchive search on an archive at {HEAD_REVISION} imports {alembic}"


def test_a_search_on_an_older_archive_still_migrates_it(home: Path) -> None:
    engine = create_store_engine(_db_url(home))
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "-1")
        assert current_revision(engine) != HEAD_REVISION
        code, alembic, answer = _search(home)
        assert code == 0 and WORD in answer
        assert "alembic" in alembic  # the probe sees Alembic when a migration is due
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()

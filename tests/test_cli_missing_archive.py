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
    [["show", "1"], ["similar", "1"], ["runs"], ["report", "sample"], ["db", "check"], ["db", "copy", "--to", "sqlite:///backup.sqlite3"]],
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

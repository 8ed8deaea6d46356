"""A data directory that cannot be written is one line naming the path, without Python's errno prefix."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from store_support import cli

from search_cli.errors import format_error


def test_an_os_error_names_its_path_first() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/news/index")
    assert format_error(exc) == "error: /srv/news/index: Permission denied"
    moved = OSError(errno.EXDEV, "Invalid cross-device link", "/a/x", None, "/b/x")
    assert format_error(moved) == "error: /a/x -> /b/x: Invalid cross-device link"
    assert format_error(BrokenPipeError(errno.EPIPE, "Broken pipe")) == "error: [Errno 32] Broken pipe"


@pytest.mark.parametrize("command", [["index", "update"], ["db", "upgrade"]])
def test_a_home_that_cannot_be_a_directory_is_one_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # a path under a file fails for root too, unlike a chmod'ed directory
    monkeypatch.delenv("NEWSARCHIVE_DB_URL", raising=False)
    assert cli(["--home", str(blocker / "home"), *command], monkeypatch) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {blocker / 'home'}") and err.rstrip().endswith(": Not a directory"), err
    assert "[Errno" not in err and len(err.splitlines()) == 1

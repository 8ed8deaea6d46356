"""Exit code 4 is named with every command that returns it, in ``--help`` and README.md alike."""

from __future__ import annotations

import re
from pathlib import Path

from search_cli import exitcodes

ROOT = Path(__file__).resolve().parent.parent
# The commands whose run() returns exitcodes.THRESHOLD, as a user types them.
RETURN_FOUR = {
    "report": "search_cli/commands/report.py",
    "index check": "search_cli/commands/index.py",
    "sources check --online": "search_cli/commands/sources_add.py",
}


def test_every_command_that_exits_4_is_named_where_exit_codes_are_told() -> None:
    """`index check` exited 4 on an article it had not indexed yet, while `--help` and README said 4
    meant a crossed `[source.alerts]` threshold of `report` only."""
    for path in RETURN_FOUR.values():
        assert "exitcodes.THRESHOLD" in (ROOT / path).read_text("utf-8"), path
    [help_line] = [line for line in exitcodes.EPILOG.splitlines() if line.startswith("  4 ")]
    [readme_row] = re.findall(r"^\| 4 \|.*$", (ROOT / "README.md").read_text("utf-8"), re.MULTILINE)
    for command in RETURN_FOUR:
        assert command in help_line and f"`{command}`" in readme_row, command

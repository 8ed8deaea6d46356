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


def test_the_services_that_exit_0_when_stopped_are_named_where_130_is_told() -> None:
    """README's table said 130 for an interrupted command while `schedule run` exits 0 on SIGTERM (a
    service manager stopping a daemon expects 0; tests/test_schedule.py holds it to that). Every command
    returning exitcodes.SERVICE_STOPPED is one of exitcodes.SERVICES, and both 130 rows name each."""
    returning = {
        path.stem
        for path in (ROOT / "search_cli" / "commands").glob("*.py")
        if "exitcodes.SERVICE_STOPPED" in path.read_text("utf-8")
    }
    assert returning == {service.split()[0] for service in exitcodes.SERVICES}
    help_row = exitcodes.EPILOG.split("\n  130 ", 1)[1].split("\n\n", 1)[0]
    [readme_row] = re.findall(r"^\| 130 \|.*$", (ROOT / "README.md").read_text("utf-8"), re.MULTILINE)
    for service in exitcodes.SERVICES:
        assert service in help_row and "0" in help_row, help_row
        assert f"`{service}`" in readme_row and "exits 0" in readme_row, readme_row
    cli_md = (ROOT / "docs" / "cli.md").read_text("utf-8")
    cli_row = cli_md[cli_md.index("130 interrupted") :].split("\n\n", 1)[0]
    for service in exitcodes.SERVICES:
        assert f"`{service}`" in cli_row and "exits 0" in cli_row, cli_row


def test_every_command_that_exits_5_is_named_where_exit_codes_are_told() -> None:
    """`search` over a damaged index exited 1 while `index check` and `index update` exited 5 for the same
    damage, and the tables named only those two. Each command of exitcodes.DAMAGED_COMMANDS is named in
    the 5 rows of `--help`, README.md and docs/cli.md; the library's IndexDamaged maps to 5 at the CLI."""
    from indexer.errors import IndexDamaged
    from search_cli.main import _exit_code

    assert _exit_code(IndexDamaged("the index is damaged")) == exitcodes.DAMAGED
    help_row = exitcodes.EPILOG.split("\n  5 ", 1)[1].split("\n  6 ", 1)[0]
    [readme_row] = re.findall(r"^\| 5 \|.*$", (ROOT / "README.md").read_text("utf-8"), re.MULTILINE)
    cli_md = (ROOT / "docs" / "cli.md").read_text("utf-8")
    cli_row = cli_md[cli_md.index("5 damaged data") :].split("; 6 ", 1)[0]
    for command in exitcodes.DAMAGED_COMMANDS:
        assert command in " ".join(help_row.split()), command
        assert f"`{command}`" in readme_row and f"`{command}`" in cli_row, command

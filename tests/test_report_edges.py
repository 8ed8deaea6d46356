"""``newsarchive report`` at the ends of the calendar: a range is a range, never an OverflowError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.main import main


@pytest.mark.parametrize(
    ("dates", "first", "last"),
    [
        (["--since", "9999-12-29", "--until", "9999-12-31"], "9999-12-29", "9999-12-31"),
        (["--until", "0001-01-03"], "0001-01-01", "0001-01-03"),  # the week before it, from 0001-01-01
    ],
)
def test_a_range_at_either_end_of_the_calendar_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: list[str], first: str, last: str
) -> None:
    """Both said 'unexpected OverflowError: date value out of range': the report stepped past
    9999-12-31, and the default --since (6 days before --until) reached before 0001-01-01."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    assert main(["db", "upgrade", "--home", str(tmp_path / "home"), "-q"]) == exitcodes.OK  # an empty archive
    argv = ["report", "p", *dates, "--home", str(tmp_path / "home"), "--sources", str(registry), "--json"]
    assert main(argv) == exitcodes.OK
    days = [d["day"] for d in json.loads(capsys.readouterr().out)["dates"]]
    assert (days[0], days[-1], len(days)) == (first, last, 3)

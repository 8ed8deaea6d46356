"""A ``date:`` that is no date, or covers no day, is said beside the results: the CLI as the web page.

``newsarchive search '鹤鸣湖 date:2016-13'`` answered "no article contains 鹤鸣湖 date:2016-13"
alone, though the archive holds 鹤鸣湖 articles: the value was searched as text. The web page
said why (webui.params) and the CLI did not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_support import cli, searchable_home

from indexer.date_notes import NO_DAY, NOT_A_DATE, date_notes

WORD = "鹤鸣湖"


def test_date_notes_name_the_values_that_are_no_date_or_no_day() -> None:
    assert date_notes(f"{WORD} date:2016-13") == [(NOT_A_DATE, "date:2016-13")]
    assert date_notes(f"{WORD} date:2016-07..2016-06") == [(NO_DAY, "date:2016-07..2016-06")]
    assert date_notes(f"{WORD} date:2016-07 -date:2016-07-20") == []


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return searchable_home(tmp_path, monkeypatch, WORD)


@pytest.mark.parametrize(
    ("value", "note"),
    [
        (
            "2016-13",
            "(date:2016-13 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD): it was searched as text.)",
        ),
        ("2016-07..2016-06", "(date:2016-07..2016-06 ends before it starts: no day is in it.)"),
    ],
)
def test_the_cli_says_why_a_date_found_nothing(
    home: Path, value: str, note: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli(["--home", str(home), "search", f"{WORD} date:{value}"], monkeypatch) == 3
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == note, out


def test_a_good_date_gets_no_note(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli(["--home", str(home), "search", f"{WORD} date:2016-07"], monkeypatch) == 0
    assert "is not a date" not in capsys.readouterr().out


def test_search_json_has_the_web_exports_keys_and_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``search --json`` lacked ``notes``, which ``/search.json`` gives, though both said the same keys."""
    from starlette.testclient import TestClient
    from webui_support import build_web_archive

    from webui.app import create_app

    archive = build_web_archive(tmp_path)
    query = "洮北区 date:2016-13"
    capsys.readouterr()
    cli(["--home", str(archive.home), "search", query, "--json"], monkeypatch)
    answer = json.loads(capsys.readouterr().out)
    with TestClient(create_app(archive.home)) as client:
        web = client.get("/search.json", params={"q": query}).json()
    # Both echo what they were asked (query, filters, sort); the CLI pages its results, the export gives
    # them all.
    assert set(answer) - {"result_page"} == set(web)
    assert answer["notes"] == web["notes"] == [NOT_A_DATE % {"value": "date:2016-13"}]

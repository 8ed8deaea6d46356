"""A reprocess's refreshed reading reaches every answer, through the CLI alone, once ``index update`` ran.

The two halves were tested apart, each imitating the other with SQL: ``reprocess`` writes the
reading the current rules make of a stored version's own capture (``tests/test_reprocess_rereads.py``),
and ``index update`` re-files an article whose place changed without its text
(``tests/test_index_state.py``). Here the archive is built from WARC captures and indexed while it
holds an older rule's reading (a wrong date and section, put there with SQL), then ``reprocess``,
``index check``, ``index update``, ``search``, ``show`` and ``/search.json`` run as a user runs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient
from test_reprocess_rereads import PRINTED, URL, WIRE, capture, db_url, page, run  # noqa: F401 (fixtures)

from archive.models import Article, ArticleVersion
from archive.schema import open_store
from search_cli import exitcodes
from webui.app import create_app

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

RIGHT = "2016-07-20"  # the day the page prints (08:30 in Shanghai)
WRONG_DAY = date(2016, 7, 21)
WRONG = datetime(2016, 7, 21, 3, 15, tzinfo=UTC)  # an older rule's reading: 2016-07-21 11:15 in Shanghai


def _out(command: Callable[..., int], capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = command(*args)
    return code, capsys.readouterr().out


def _found(command: Callable[..., int], capsys: pytest.CaptureFixture[str], *window: str) -> list[str]:
    """Return the result lines of article 1 that ``search 公路`` prints within the date window."""
    code, out = _out(command, capsys, "search", "公路", *window)
    assert code in (exitcodes.OK, exitcodes.NO_RESULTS)
    return [line for line in out.splitlines() if re.search(r"\]  #1\b", line)]


def test_a_refreshed_date_and_section_are_searched_shown_and_served_after_index_update(
    home: Path,
    db_url: str,  # noqa: F811 (the fixture imported)
    run: Callable[..., int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    capture(home, 1, page())
    assert _out(run, capsys, "reprocess") == (
        exitcodes.OK,
        "reprocessed 1 article capture from 1 WARC file: "
        "new 1, changed 0, unchanged 0, skipped 0; run: newsarchive index update\n",
    )
    with open_store(db_url) as sessions, sessions.begin() as s:  # as an older rule read the capture
        s.execute(update(Article).values(published_at=WRONG, edition_date=WRONG_DAY, section=""))
    assert _out(run, capsys, "index", "update") == (
        exitcodes.OK,
        "index built: 1 added, 0 changed, 0 deleted\n",
    )
    assert _found(run, capsys, "--since", "2016-07-21")  # the index holds the wrong day

    code, out = _out(run, capsys, "reprocess")
    assert (code, out.splitlines()[0]) == (
        exitcodes.OK,
        "reprocessed 1 article capture from 1 WARC file: "
        "new 0, changed 0, refreshed 1, unchanged 0, skipped 0; run: newsarchive index update",
    )
    code, out = _out(run, capsys, "index", "check")
    assert (code, out.splitlines()[0]) == (
        exitcodes.THRESHOLD,
        "store 1 article, index 1: 0 missing, 1 stale, 0 orphaned",
    )
    assert _out(run, capsys, "index", "update") == (
        exitcodes.OK,
        "index updated: 0 added, 1 changed, 0 deleted\n",
    )

    (line,) = _found(run, capsys, "--since", RIGHT, "--until", RIGHT)
    assert PRINTED in line and RIGHT in line and "要闻" in line and "2016-07-21" not in line
    assert not _found(run, capsys, "--since", "2016-07-21")
    code, out = _out(run, capsys, "show", "1", "--json")
    shown = json.loads(out)
    assert (shown["published_at"], shown["edition_date"], shown["section"]) == (
        "2016-07-20T08:30:00+08:00",
        RIGHT,
        "要闻",
    )
    with TestClient(create_app(home, db_url)) as client:
        served = client.get("/search.json", params={"q": "公路", "since": RIGHT, "until": RIGHT}).json()
        (hit,) = [h for h in served["hits"] if h["id"] == 1]
        assert (hit["published_at"], hit["edition_date"], hit["section"], hit["title"]) == (
            "2016-07-20T08:30:00+08:00",
            RIGHT,
            "要闻",
            PRINTED,
        )
        later = client.get("/search.json", params={"q": "公路", "since": "2016-07-21"}).json()
        assert not [h for h in later["hits"] if h["id"] == 1]

    code, out = _out(run, capsys, "reprocess")  # the same rules read the same again
    assert (code, out.splitlines()[0]) == (
        exitcodes.OK,
        "reprocessed 1 article capture from 1 WARC file: new 0, changed 0, unchanged 1, skipped 0",
    )
    code, out = _out(run, capsys, "index", "check")
    assert (code, out.splitlines()[-1]) == (exitcodes.OK, "clean")


def test_an_earlier_versions_refreshed_date_is_what_search_versions_shows(
    home: Path,
    db_url: str,  # noqa: F811 (the fixture imported)
    run: Callable[..., int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No edition in the captures' records: each version is filed under the date its own page prints.
    capture(home, 1, page(), context={})
    capture(home, 2, page(WIRE + "鹤鸣湖公园同日开放。"), context={})  # the paper edited it: version 2
    assert _out(run, capsys, "reprocess")[0] == exitcodes.OK
    with open_store(db_url) as sessions, sessions.begin() as s:
        s.execute(update(ArticleVersion).values(published_at=WRONG))
    assert _out(run, capsys, "index", "update")[0] == exitcodes.OK
    code, out = _out(run, capsys, "search", "公路", "--versions")
    assert code == exitcodes.OK and "2016-07-21] version 1 of 2" in out

    code, out = _out(run, capsys, "reprocess")
    assert "refreshed 1, unchanged 1" in out.splitlines()[0]
    code, out = _out(run, capsys, "index", "check")
    assert code == exitcodes.THRESHOLD
    assert "  earlier versions: 0 missing, 1 stale, 0 orphaned" in out.splitlines()
    assert _out(run, capsys, "index", "update")[0] == exitcodes.OK
    code, out = _out(run, capsys, "search", "公路", "--versions", "--since", RIGHT, "--until", RIGHT)
    assert code == exitcodes.OK and f"{RIGHT}] version 1 of 2" in out and "2016-07-21" not in out
    code, out = _out(run, capsys, "search", "公路", "--versions", "--since", "2016-07-21")
    assert "version 1 of 2" not in out
    assert _out(run, capsys, "index", "check")[0] == exitcodes.OK

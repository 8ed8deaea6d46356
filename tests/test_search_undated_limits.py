"""A date limit says what it leaves out: the articles that match but have no date.

An undated article (an import without a date, a page that printed none) is in no date range, so
``search 春耕 --until 2016-07-19`` answered "no article contains 春耕 (limited by date:..2016-07-19)"
of an archive whose undated article about 春耕 may well be from before: a journalist read it as
"nothing before that day". The answer now counts those the limit left out, in the CLI, the JSON
and the web page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source, upsert_article
from archive.config import index_dir, resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from indexer.sync import rebuild_from_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app

LINE = "1 undated article also matches: a date limit leaves out articles whose date is unknown"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("undated-limits")
    db_url = resolve_db_url(None, home)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "cswb", name="城市晚报")
        upsert_article(
            session,
            ArticleItem(
                url="http://cswb.example/1",
                source_id="cswb",
                title="春耕备耕",
                body="全市春耕备耕有序推进。",
                published_at=datetime(2016, 7, 20, 0, 30, tzinfo=UTC),
                edition_date=date(2016, 7, 20),
            ),
        )
        upsert_article(
            session,
            ArticleItem(url="http://cswb.example/2", source_id="cswb", title="春耕", body="春耕生产忙。"),
        )
    rebuild_from_store(db_url, index_dir(home))
    return home


@pytest.fixture(scope="module")
def client(home: Path) -> Iterator[TestClient]:
    with TestClient(create_app(home)) as c:
        yield c


def test_the_cli_counts_the_undated_matches_a_date_limit_left_out(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--home", str(home)]
    assert main(["search", "春耕", "--until", "2016-07-19", *where]) == exitcodes.NO_RESULTS
    out = capsys.readouterr().out
    assert out.startswith("no article contains 春耕 (limited by date:..2016-07-19)") and f"({LINE})" in out, (
        out
    )
    assert main(["search", "春耕", "--since", "2016-07-20", "--json", *where]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and LINE in data["notes"] and data["undated_left_out"] == 1
    assert main(["search", "春耕", "--json", *where]) == exitcodes.OK  # no limit: nothing left out
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and data["undated_left_out"] == 0 and LINE not in data["notes"]


def test_the_page_counts_them_too(client: TestClient) -> None:
    page = client.get("/", params={"q": "春耕", "until": "2016-07-19"})
    assert "另有 1 篇无日期的文章匹配：日期限制不含日期不明的文章。" in page.text, page.text
    data = client.get("/search.json", params={"q": "春耕", "until": "2016-07-19"}).json()
    assert LINE in data["notes"] and data["undated_left_out"] == 1


def test_an_export_says_it_beside_its_rows(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--csv`` and ``--jsonl`` printed a header alone (or nothing) and no word of the undated matches
    the limit left out, nor of an author's name searched as text: the lines go to stderr, as the
    export's other notes do, so the data stays data."""
    where = ["--home", str(home)]
    for form in ("--csv", "--jsonl"):
        assert main(["search", "春耕", "--until", "2016-07-19", form, *where]) == exitcodes.NO_RESULTS
        captured = capsys.readouterr()
        assert LINE not in captured.out and f"note: {LINE}" in captured.err, captured.err

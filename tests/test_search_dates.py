"""The demo article of the 2016-07-20 edition reads 2016-07-20 in every output: CLI, show, exports, web.

The store keeps that date-only edition as 2016-07-19T16:00:00Z (midnight in
Asia/Shanghai); nothing may show the UTC day, nor an invented 00:00.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from archive.config import index_dir, resolve_db_url
from archive.engine import create_store_engine, make_session_factory
from archive.models import Article
from crawler.demo import DEMO_OVERRIDES, demo_dates, demo_source
from crawler.runner import run_crawl
from indexer.sync import rebuild_from_store
from search_cli.main import main
from webui.app import create_app

DAY = "2016-07-20"
WRONG = ("2016-07-19", "00:00", "+00:00", "16:00")


@pytest.fixture(scope="module")
def demo(sample_site_url: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    home = tmp_path_factory.mktemp("demo")
    since, until = demo_dates()
    summary = run_crawl(
        demo_source(sample_site_url), since=since, until=until, home=str(home), overrides=DEMO_OVERRIDES
    )
    assert summary.status == "finished"
    db_url = resolve_db_url(None, home)
    rebuild_from_store(db_url, index_dir(home))
    sessions = make_session_factory(create_store_engine(db_url))
    with sessions() as session:
        article = session.scalars(select(Article).where(Article.url.like("%content_1001.htm"))).one()
        assert article.published_at is not None and article.published_at.isoformat().startswith(
            "2016-07-19T16"
        )
        return home, article.id


def _clean(text: str) -> None:
    assert DAY in text
    for wrong in WRONG:
        assert wrong not in text, wrong


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(args)
    return capsys.readouterr().out


def test_cli_outputs_read_the_edition_date(
    demo: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    home, article_id = demo
    where = ["--home", str(home)]
    _clean(_cli(["search", "洮北区", *where], capsys))
    data = json.loads(_cli(["search", "洮北区", "--json", *where], capsys))
    hit = next(h for h in data["hits"] if h["id"] == article_id)
    assert hit["edition_date"] == DAY and hit["published_at"] is None  # a date, not an instant
    assert hit["page"] == "01" and hit["section"] == "要闻" and hit["source_name"]
    _clean(json.dumps(hit))
    _clean(_cli(["search", "洮北区", "--jsonl", *where], capsys))
    rows = list(csv.DictReader(io.StringIO(_cli(["search", "洮北区", "--csv", *where], capsys))))
    row = next(r for r in rows if r["id"] == str(article_id))
    assert row["edition_date"] == DAY and row["published_at"] == ""
    _clean(_cli(["show", str(article_id), *where], capsys))
    shown = json.loads(_cli(["show", str(article_id), "--json", *where], capsys))
    assert shown["edition_date"] == DAY and shown["published_at"] is None
    # The 版面 under the key search's exports give it (show said "page_number").
    assert (shown["page"], shown["section"]) == (hit["page"], hit["section"]) and "page_number" not in shown
    versions = _cli(["show", str(article_id), "--versions", *where], capsys)
    assert "2016-07-19" not in versions and "+00:00" not in versions


def test_json_names_the_result_page_apart_from_the_papers_page(
    demo: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """``search --json`` said ``"page": 1`` around hits saying ``"page": "01"``: the page of results and
    the paper's 版面 under one key, so a script citing ``page`` could cite the wrong one."""
    home, _ = demo
    data = json.loads(_cli(["search", "洮北区", "--json", "--home", str(home)], capsys))
    assert data["result_page"] == 1 and "page" not in data
    assert {hit["page"] for hit in data["hits"]} == {"01"}  # the 版面, as in --csv, --jsonl and /search.json


def test_date_filters_mean_the_papers_days(
    demo: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    home, article_id = demo
    where = ["--home", str(home)]

    def ids(*args: str) -> set[int]:
        data = json.loads(_cli(["search", "洮北区", "--json", *args, *where], capsys))
        return {h["id"] for h in data["hits"]}

    assert article_id in ids("--since", DAY, "--until", DAY)
    assert article_id not in ids("--until", "2016-07-19")
    assert article_id not in ids("--since", "2016-07-21")
    capsys.readouterr()
    data = json.loads(_cli(["search", f"洮北区 date:{DAY}", "--json", *where], capsys))
    assert [h["id"] for h in data["hits"]] == [article_id]


@pytest.fixture(scope="module")
def client(demo: tuple[Path, int]) -> Iterator[TestClient]:
    with TestClient(create_app(demo[0]), raise_server_exceptions=False) as c:
        yield c


def test_web_pages_and_exports_read_the_edition_date(demo: tuple[Path, int], client: TestClient) -> None:
    _, article_id = demo
    page = client.get("/", params={"q": "洮北区", "lang": "en"})
    assert page.status_code == 200
    meta = page.text.split(f"/article/{article_id}", 1)[1].split("</li>", 1)[0]
    _clean(meta)
    article = client.get(f"/article/{article_id}", params={"lang": "en"})
    assert article.status_code == 200
    published = article.text.split('id="published"', 1)[1].split("</dd>", 1)[0]
    edition = article.text.split('id="edition"', 1)[1].split("</dd>", 1)[0]
    _clean(published + edition)
    chinese = client.get("/", params={"q": "洮北区"}).text.split(f"/article/{article_id}", 1)[1]
    assert "2016年7月20日" in chinese.split("</li>", 1)[0]
    exported = client.get("/search.json", params={"q": "洮北区"}).json()
    hit = next(h for h in exported["hits"] if h["id"] == article_id)
    assert hit["edition_date"] == DAY and hit["published_at"] is None
    rows = list(
        csv.DictReader(io.StringIO(client.get("/search.csv", params={"q": "洮北区"}).text.lstrip("\ufeff")))
    )
    row = next(r for r in rows if r["id"] == str(article_id))
    assert row["edition_date"] == DAY and row["published_at"] == ""
    assert row["permalink"].endswith(f"/article/{article_id}?version=1")


def test_atom_feed_dates_the_entry_by_its_edition(demo: tuple[Path, int], client: TestClient) -> None:
    _, article_id = demo
    feed = client.get("/search.atom", params={"q": "洮北区"}).text
    entry = feed.split(f"/article/{article_id}</id>", 1)[1].split("</entry>", 1)[0]
    assert "2016-07-20" in entry and "1970" not in entry and "2016-07-19" not in entry

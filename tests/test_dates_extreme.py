"""Dates from year 1 to 9999 work, or are refused with one line, in the store, index, CLI, web and crawl."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient
from store_support import cli

from archive.errors import ConfigError
from archive.importer import import_lines
from archive.models import Article
from archive.schema import open_store
from crawler.spiders.base import clip_to_today
from crawler.spiders.epaper import EpaperSpider
from indexer.facets import MonthCounts
from indexer.sync import rebuild_from_store
from webui.app import create_app

ROWS = [
    {
        "id": "first",
        "title": "鹤鸣湖开园",
        "body": "洮北区鹤鸣湖湿地公园开园。",
        "published_at": "0001-01-02T12:00:00",
    },
    {
        "id": "now",
        "title": "鹤鸣湖迎客",
        "body": "白城的鹤鸣湖公园迎客。",
        "published_at": "2016-12-31T12:00:00",
    },
    {
        "id": "last",
        "title": "鹤鸣湖远景",
        "body": "鹤鸣湖的远景规划。",
        "published_at": "9999-12-31T23:00:00",
    },
]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in ROWS]
    assert import_lines(db_url, lines, "x.jsonl").articles == 3
    assert rebuild_from_store(db_url, home / "index", procs=1) == 3
    return home


@pytest.fixture
def client(home: Path) -> TestClient:
    return TestClient(create_app(home), raise_server_exceptions=False)


def test_month_range_pads_year_one() -> None:
    counts = MonthCounts(total=3, months={"0001-01": 1, "0001-03": 2})
    assert counts.month_range() == ["0001-01", "0001-02", "0001-03"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "鹤鸣湖"},
        {"q": "鹤鸣湖", "sort": "date"},
        {"q": "鹤鸣湖", "since": "0001-01-01"},
        {"q": "鹤鸣湖", "until": "9999-12-31"},
        {"q": "鹤鸣湖", "since": "0001-01-01", "until": "9999-12-31"},
        {"q": "鹤鸣湖 date:0001..9999"},
        {"q": "鹤鸣湖 date:9999-12"},
    ],
)
def test_search_page_lists_articles_of_year_one_and_9999(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/", params=params)
    assert response.status_code == 200, response.text[-500:]
    assert "鹤鸣湖" in response.text


def test_search_page_dates_of_both_ends(client: TestClient) -> None:
    response = client.get("/search.json", params={"q": "鹤鸣湖", "sort": "date"})
    assert response.status_code == 200
    dates = [h["published_at"][:10] for h in response.json()["hits"]]
    assert dates == ["9999-12-31", "2016-12-31", "0001-01-02"]


def test_impossible_dates_are_no_server_error(client: TestClient) -> None:
    for query in ("鹤鸣湖 date:99999999999", "鹤鸣湖 date:0-01", "鹤鸣湖 date:10000"):
        response = client.get("/", params={"q": query})
        assert response.status_code in (200, 400), query


def test_cli_search_at_the_ends(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["--home", str(home), "--json"]
    assert (
        cli(["search", "鹤鸣湖", "--since", "0001-01-01", "--until", "9999-12-31", *args], monkeypatch) == 0
    )
    assert json.loads(capsys.readouterr().out)["total"] == 3
    assert cli(["search", "鹤鸣湖 date:99999999999", "--home", str(home)], monkeypatch) in (1, 3)
    assert "unexpected" not in capsys.readouterr().err


def test_article_ids_past_64_bits_are_not_found(client: TestClient) -> None:
    for path in ("/article/99999999999999999999999", "/article/9223372036854775808/capture"):
        assert client.get(path).status_code == 404


def test_bad_warc_offset_is_a_clear_page(home: Path, client: TestClient) -> None:
    warc = home / "warc" / "x"
    warc.mkdir(parents=True)
    (warc / "a.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nnot a record at all\r\n\r\n" * 20))
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions.begin() as s:
        s.execute(update(Article).values(warc_file="x/a.warc.gz", warc_offset=17))
    for path in ("/article/1/capture", "/article/1/capture.txt"):
        response = client.get(path)
        assert response.status_code == 503
        assert "no readable response record at offset 17 of x/a.warc.gz" in response.text
        assert str(home) not in response.text


def test_service_pages_hide_server_paths(home: Path) -> None:
    shutil.rmtree(home / "index")
    with TestClient(create_app(home), raise_server_exceptions=False) as client:
        response = client.get("/", params={"q": "鹤鸣湖"})
    assert response.status_code == 503
    assert "newsarchive index rebuild" in response.text and str(home) not in response.text


def test_crawl_ranges_are_clipped_to_today() -> None:
    today = date(2026, 12, 4)
    assert clip_to_today(date(2026, 12, 1), date.max, today) == (
        today,
        "note: --until 9999-12-31 is after today: crawling up to 2026-12-04",
    )
    assert clip_to_today(date(2026, 12, 1), date(2026, 12, 3), today) == (date(2026, 12, 3), "")
    with pytest.raises(ConfigError, match="--since 9999-12-31 is after today"):
        clip_to_today(date.max, date.max, today)
    # The paper's today names its zone, as the report's "after today (... in Asia/Shanghai)" does:
    # "after today (2026-12-07)" read as a wrong date at 16:00 UTC on 6 December.
    later = r"^--since 2030-01-01 is after today \(2026-12-04 in Asia/Shanghai\): "
    with pytest.raises(ConfigError, match=later):
        clip_to_today(date(2030, 1, 1), None, today, "Asia/Shanghai")
    assert clip_to_today(date(2026, 12, 1), date.max, today, "Asia/Shanghai")[1] == (
        "note: --until 9999-12-31 is after today (2026-12-04 in Asia/Shanghai): crawling up to 2026-12-04"
    )
    spider = EpaperSpider.__new__(EpaperSpider)
    spider.since, spider.until = date(9999, 12, 30), date.max
    assert list(spider.dates()) == [date(9999, 12, 30), date.max]


@pytest.mark.slow
def test_crawl_until_9999_is_clipped_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing listens on the template's port: today's edition fails, with no traceback."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nname = "p"\nkind = "epaper"\n'
        'templates = ["http://127.0.0.1:9/{date:%Y%m%d}/index.html"]\n',
        encoding="utf-8",
    )
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    monkeypatch.setenv("NEWSARCHIVE_ALLOWED_NETWORKS", "127.0.0.1/32")
    args = ["crawl", "p", "--since", str(today), "--until", "9999-12-31", "--sources", str(registry)]
    code = cli([*args, "--home", str(tmp_path / "h"), "-s", "RETRY_ENABLED=0", "--json"], monkeypatch)
    captured = capsys.readouterr()
    said = f"note: --until 9999-12-31 is after today ({today} in Asia/Shanghai): crawling up to {today}"
    assert said in captured.err
    assert "Traceback" not in captured.err
    report = json.loads(captured.out)
    assert code in (0, 6, 7) and report["status"] == "finished"  # 7: the one request was refused
    assert report["counters"].get("editions/failed", 0) + report["counters"].get("editions/found", 0) <= 1


def test_show_pads_year_one(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli(["show", "1", "--home", str(home)], monkeypatch) == 0
    assert " | 0001-01-02 12:00" in capsys.readouterr().out

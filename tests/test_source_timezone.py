"""A source's own time zone (``timezone`` in sources.toml) rules its dates everywhere they are seen.

Issue 13: an article's dates are shown in its source's zone in CLI text,
``show``, ``--json``/``--csv``, the web pages, the web exports and the feed;
date filters (``--since/--until``, ``date:``) and months mean calendar days
there. The archive here holds a New York paper's article timed 23:30 on
1 March (04:30 on 2 March in UTC, 12:30 in Shanghai), a London paper's
article printed 00:30 on 20 July in summer time (23:30 on 19 July in UTC), a
London date-only article of 20 July, and a Shanghai article of 2 March.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient
from store_support import insert_as_of

from archive.articles import ensure_source, upsert_article
from archive.config import DEFAULT_TIMEZONE, index_dir, resolve_db_url
from archive.errors import ConfigError
from archive.items import ArticleItem
from archive.models import Article
from archive.schema import open_store
from crawler.sources import parse_registry
from indexer.facets import month_counts
from indexer.search import search
from indexer.sync import rebuild_from_store, update_from_store
from search_cli.main import main
from webui.app import create_app

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
BODY = "本报讯 市政府昨晚召开新闻发布会，通报了跨年夜城市运行保障工作的安排与应急预案。"
# (source, url, title, published_at, edition_date)
ROWS = [
    ("nyp", "http://nyp.example/a1", "纽约深夜发布会", datetime(2026, 3, 1, 23, 30, tzinfo=NY), None),
    ("ldn", "http://ldn.example/b1", "伦敦凌晨发布会", datetime(2026, 7, 20, 0, 30, tzinfo=LONDON), None),
    (
        "ldn",
        "http://ldn.example/b2",
        "伦敦日报发布会",
        datetime(2026, 7, 20, tzinfo=LONDON),
        date(2026, 7, 20),
    ),
    ("sh", "http://sh.example/c1", "上海午间发布会", datetime(2026, 3, 2, 12, 0, tzinfo=UTC), None),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("zones")
    db_url = resolve_db_url(None, home)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "nyp", name="纽约侨报", timezone="America/New_York")
        ensure_source(session, "ldn", name="伦敦华报", timezone="Europe/London")
        ensure_source(session, "sh", name="上海晚报", timezone=DEFAULT_TIMEZONE)
        for source, url, title, published, edition in ROWS:
            upsert_article(
                session,
                ArticleItem(
                    url=url,
                    source_id=source,
                    title=title,
                    body=BODY,
                    published_at=published,
                    edition_date=edition,
                ),
            )
    rebuild_from_store(db_url, index_dir(home))
    return home


def _ids(home: Path) -> dict[str, int]:
    with open_store(resolve_db_url(None, home)) as sessions, sessions() as session:
        return {url: aid for aid, url in session.execute(select(Article.id, Article.url))}


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(args)
    return capsys.readouterr().out


def _line(text: str, title: str) -> str:
    return next(line for line in text.splitlines() if title in line)


def test_cli_text_json_csv_and_show_use_the_sources_zone(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--home", str(home)]
    ids = _ids(home)
    text = _cli(["search", "纽约深夜发布会", *where], capsys)
    assert "2026-03-01 23:30 -05:00" in text and "2026-03-02" not in text
    data = json.loads(_cli(["search", "发布会", "--json", "--limit", "10", *where], capsys))
    by_id = {h["id"]: h for h in data["hits"]}
    ny = by_id[ids["http://nyp.example/a1"]]
    assert (ny["edition_date"], ny["published_at"]) == ("2026-03-01", "2026-03-01T23:30:00-05:00")
    night = by_id[ids["http://ldn.example/b1"]]
    assert (night["edition_date"], night["published_at"]) == ("2026-07-20", "2026-07-20T00:30:00+01:00")
    printed = by_id[ids["http://ldn.example/b2"]]
    assert (printed["edition_date"], printed["published_at"]) == ("2026-07-20", None)  # a date stays a date
    sh = by_id[ids["http://sh.example/c1"]]
    assert sh["published_at"] == "2026-03-02T20:00:00+08:00"
    rows = {
        r["id"]: r for r in csv.DictReader(io.StringIO(_cli(["search", "发布会", "--csv", *where], capsys)))
    }
    assert rows[str(ids["http://nyp.example/a1"])]["published_at"] == "2026-03-01T23:30:00-05:00"
    assert rows[str(ids["http://nyp.example/a1"])]["edition_date"] == "2026-03-01"
    assert rows[str(ids["http://ldn.example/b2"])]["published_at"] == ""
    shown = _cli(["show", str(ids["http://nyp.example/a1"]), *where], capsys)
    assert "2026-03-01 23:30 -05:00" in shown and "2026-03-02" not in shown.split("\n\n")[0]
    data = json.loads(_cli(["show", str(ids["http://nyp.example/a1"]), "--json", *where], capsys))
    assert (data["edition_date"], data["published_at"]) == ("2026-03-01", "2026-03-01T23:30:00-05:00")
    assert data["timezone"] == "America/New_York" and data["first_seen"].endswith(("-05:00", "-04:00"))
    london = _cli(["show", str(ids["http://ldn.example/b2"]), *where], capsys)
    assert "2026-07-20" in london and "00:00" not in london and "2026-07-19" not in london


def test_date_filters_select_by_the_sources_local_day(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = ["--home", str(home)]
    ids = _ids(home)

    def found(*args: str, query: str = "发布会") -> set[str]:
        data = json.loads(_cli(["search", query, "--json", "--limit", "10", *args, *where], capsys))
        by_id = {v: k for k, v in ids.items()}
        return {by_id[h["id"]] for h in data["hits"]}

    # 1 March in New York is 2 March in UTC and in Shanghai: the paper's day rules.
    assert found("--since", "2026-03-01", "--until", "2026-03-01") == {"http://nyp.example/a1"}
    assert found("--since", "2026-03-02", "--until", "2026-03-02") == {"http://sh.example/c1"}
    assert found(query="发布会 date:2026-03-01") == {"http://nyp.example/a1"}
    # 00:30 on 20 July in London (summer time) is 19 July in UTC.
    assert found(query="发布会 date:2026-07-20") == {"http://ldn.example/b1", "http://ldn.example/b2"}
    assert found("--until", "2026-07-19", "--since", "2026-07-19") == set()
    counts = month_counts(index_dir(home), "发布会")
    assert counts.months == {"2026-03": 2, "2026-07": 2}


def test_the_index_files_articles_again_when_a_sources_zone_changes(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``index update`` re-files a source whose zone changed: its days follow the new zone."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(home, copy)
    db_url = resolve_db_url(None, copy)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "nyp", timezone="Asia/Tokyo")  # 23:30 in New York is 13:30 next day in Tokyo
    stats = update_from_store(db_url, index_dir(copy))
    assert stats.changed == 1
    hits = search(index_dir(copy), "纽约深夜发布会", since=date(2026, 3, 2), until=date(2026, 3, 2)).hits
    assert [h.title for h in hits] == ["纽约深夜发布会"]
    assert (
        hits[0].published_at is not None and hits[0].published_at.isoformat() == "2026-03-02T13:30:00+09:00"
    )


@pytest.fixture(scope="module")
def client(home: Path) -> Iterator[TestClient]:
    with TestClient(create_app(home), raise_server_exceptions=False) as c:
        yield c


def test_web_page_exports_and_feed_use_the_sources_zone(home: Path, client: TestClient) -> None:
    ids = _ids(home)
    ny = ids["http://nyp.example/a1"]
    page = client.get("/", params={"q": "纽约深夜发布会", "lang": "en"})
    assert page.status_code == 200
    meta = page.text.split(f"/article/{ny}", 1)[1].split("</li>", 1)[0]
    assert "2026-03-01" in meta and "2026-03-02" not in meta
    article = client.get(f"/article/{ny}", params={"lang": "en"}).text
    published = article.split('id="published"', 1)[1].split("</dd>", 1)[0]
    assert "2026-03-01 23:30 -05:00" in published
    chinese = client.get(f"/article/{ny}").text.split('id="published"', 1)[1].split("</dd>", 1)[0]
    assert "2026年3月1日 23:30 -05:00" in chinese
    dated = client.get(f"/article/{ids['http://ldn.example/b2']}", params={"lang": "en"}).text
    assert "2026-07-20" in dated.split('id="published"', 1)[1].split("</dd>", 1)[0]
    exported = client.get("/search.json", params={"q": "纽约深夜发布会"}).json()
    hit = next(h for h in exported["hits"] if h["id"] == ny)
    assert (hit["edition_date"], hit["published_at"]) == ("2026-03-01", "2026-03-01T23:30:00-05:00")
    text = client.get("/search.csv", params={"q": "纽约深夜发布会"}).text.lstrip("\ufeff")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == str(ny))
    assert row["published_at"] == "2026-03-01T23:30:00-05:00"
    feed = client.get("/search.atom", params={"q": "发布会"}).text
    entry = feed.split(f"/article/{ny}</id>", 1)[1].split("</entry>", 1)[0]
    assert "2026-03-01T23:30:00-05:00" in entry
    printed = feed.split(f"/article/{ids['http://ldn.example/b2']}</id>", 1)[1].split("</entry>", 1)[0]
    assert "2026-07-20T00:00:00+01:00" in printed  # a date-only entry: midnight of its own zone
    only_day = client.get(
        "/", params={"q": "发布会", "since": "2026-03-01", "until": "2026-03-01", "lang": "en"}
    )
    assert (
        f"/article/{ny}" in only_day.text and f"/article/{ids['http://sh.example/c1']}" not in only_day.text
    )


def test_registry_rejects_an_unknown_zone_in_one_line() -> None:
    good = {
        "id": "nyp",
        "kind": "feed",
        "start_urls": ["http://nyp.example/feed"],
        "timezone": "America/New_York",
    }
    bad = {
        "id": "mars",
        "kind": "feed",
        "start_urls": ["http://mars.example/feed"],
        "timezone": "Mars/Olympus",
    }
    problems: list[str] = []
    sources = parse_registry({"source": [good, bad]}, problems)
    assert list(sources) == ["nyp"] and sources["nyp"].timezone == "America/New_York"
    assert problems == ["source 'mars': timezone: unknown time zone 'Mars/Olympus'"]
    with pytest.raises(ConfigError, match="unknown time zone"):
        parse_registry({"source": [bad]})


def test_import_reads_a_time_without_offset_in_the_sources_zone(tmp_path: Path) -> None:
    from archive.importer import import_lines

    db_url = resolve_db_url(None, tmp_path)
    with open_store(db_url) as sessions, sessions.begin() as session:
        ensure_source(session, "nyp", timezone="America/New_York")
    lines = [
        json.dumps(
            {"id": "1", "source": "nyp", "title": "纽约", "body": BODY, "published_at": "2026-03-01T23:30"}
        ),
        json.dumps(
            {"id": "2", "source": "new", "title": "新报", "body": BODY, "published_at": "2026-03-01T23:30"}
        ),
    ]
    import_lines(db_url, [line.encode() for line in lines], "lines.jsonl")
    with open_store(db_url) as sessions, sessions() as session:
        stored = {a.source_id: a.published_at for a in session.scalars(select(Article))}
    assert stored["nyp"] == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)
    assert stored["new"] == datetime(2026, 3, 1, 15, 30, tzinfo=UTC)  # an unknown source: the default zone


def test_import_into_a_registered_source_dates_it_in_the_registrys_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's New York paper, imported before any crawl: its 23:30 on 1 March read 2 March 12:30
    (Shanghai) and --since/--until 2026-03-01 found nothing, since the import never read the registry."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nid = "nyp"\nname = "纽约侨报"\nkind = "feed"\ntimezone = "America/New_York"\n'
        'start_urls = ["https://nyp.example/feed.xml"]\n',
        encoding="utf-8",
    )
    line = {"id": "1", "title": "纽约深夜发布会", "body": BODY, "published_at": "2026-03-01T23:30:00-05:00"}
    (tmp_path / "in.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    assert main(["import", "in.jsonl", "--source", "nyp", *home]) == 0
    assert main(["index", "update", "-q", *home]) == 0
    out = _cli(["search", "发布会", "--since", "2026-03-01", "--until", "2026-03-01", *home], capsys)
    assert "[纽约侨报 2026-03-01 23:30 -05:00]" in _line(out, "纽约深夜发布会")
    exported = json.loads(_cli(["search", "发布会", "--jsonl", *home], capsys))
    assert (exported["edition_date"], exported["published_at"]) == ("2026-03-01", "2026-03-01T23:30:00-05:00")


def test_index_rebuild_upgrades_a_store_of_the_previous_schema(tmp_path: Path) -> None:
    """A store made before ``sources.timezone`` is migrated by ``index rebuild``, not refused."""
    from alembic import command
    from sqlalchemy import text

    from archive.engine import create_store_engine
    from archive.schema import alembic_config, current_revision, head_revision

    db_url = resolve_db_url(None, tmp_path)
    engine = create_store_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0002")
            conn.execute(
                text(
                    "INSERT INTO sources (id, name, region, kind, config_hash) "
                    "VALUES ('sh', '', '', 'epaper', '')"
                )
            )
            old = {"source_id": "sh", "title": "上海旧闻", "body": BODY, "content_hash": "x"}
            insert_as_of(conn, "articles", url="http://sh.example/old", **old)  # that schema's columns
        assert rebuild_from_store(db_url, index_dir(tmp_path)) == 1
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert [h.title for h in search(index_dir(tmp_path), "上海旧闻").hits] == ["上海旧闻"]


def test_the_footer_names_no_zone_the_page_does_not_use(home: Path, client: TestClient) -> None:
    """A New York paper's article at -05:00 is not in Beijing time: the footer says each paper's zone."""
    ny = _ids(home)["http://nyp.example/a1"]
    for lang, own_zone in (("en", "each paper's own time zone"), ("zh", "各报所在时区")):
        page = client.get(f"/article/{ny}", params={"lang": lang}).text
        footer = page.split('<footer class="site">', 1)[1].split("</footer>", 1)[0]
        assert "Asia/Shanghai" not in footer and "北京时间" not in footer
        assert own_zone in footer.replace("&#39;", "'")

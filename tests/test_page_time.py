"""An article's own time in the zone its page named, not silently its source's (archive.page_time).

A US site registered without a ``timezone`` is read in the default Asia/Shanghai. Its page dated
``2026-03-01T23:30:00-05:00`` was shown ``2026-03-02 12:30 +08:00`` by ``show`` and the article page,
and cited as of 2 March: the page's own offset was dropped when the instant was stored. The store keeps
it (migration 0013) and they give the page's time and day; a page that named no zone of its own, or
its source's, reads as before.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source, upsert_article
from archive.config import resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from search_cli.main import main
from webui.app import create_app

EASTERN = timezone(timedelta(hours=-5))
BODY = "The city council voted late on Sunday to approve the budget for the coming year. " * 4


def _archive(home: Path) -> None:
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "usnews", name="US News")  # no timezone set: the default Asia/Shanghai
        for url, when in (
            ("https://news.example.com/budget", datetime(2026, 3, 1, 23, 30, tzinfo=EASTERN)),
            (
                "https://news.example.com/roads",
                datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=8))),
            ),
            ("https://news.example.com/parks", datetime(2026, 3, 1, 2, 0, tzinfo=UTC)),  # a CMS's UTC
        ):
            upsert_article(
                session,
                ArticleItem(
                    url=url, source_id="usnews", title=url.rsplit("/", 1)[1], body=BODY, published_at=when
                ),
            )


def test_show_the_article_page_and_its_citation_keep_the_pages_own_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    _archive(home)
    assert main(["show", "1", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert "2026-03-01 23:30 -05:00" in out and "2026-03-02" not in out, out
    assert main(["show", "1", "--home", str(home), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["published_at"], data["edition_date"]) == ("2026-03-01T23:30:00-05:00", "2026-03-01")
    # The current text asked for by its number is the same text, on the same day.
    assert main(["show", "1", "--version", "1", "--home", str(home), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["published_at"], data["edition_date"]) == ("2026-03-01T23:30:00-05:00", "2026-03-01")
    # A page in its source's own zone reads as it did.
    assert main(["show", "2", "--home", str(home), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published_at"] == "2026-03-01T10:00:00+08:00"
    # UTC is no zone of the paper's (a CMS's clock): read in the source's zone, as before.
    assert main(["show", "3", "--home", str(home), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published_at"] == "2026-03-01T10:00:00+08:00"
    with TestClient(create_app(home)) as client:
        zh = client.get("/article/1").text
        en = client.get("/article/1?lang=en").text
        ris = client.get("/article/1.ris").text
        bib = client.get("/article/1.bib").text
        csl = client.get("/article/1.csl.json").json()
    assert "2026年3月1日 23:30 -05:00" in zh and "2026年3月2日" not in zh
    assert "2026-03-01 23:30 -05:00" in en
    assert "DA  - 2026/03/01/" in ris, ris
    assert "2026-03-01" in bib, bib
    (item,) = csl if isinstance(csl, list) else [csl]
    assert item["issued"] == {"date-parts": [[2026, 3, 1]]}, item


def test_the_store_keeps_the_offset_of_the_pages_date(tmp_path: Path) -> None:
    from sqlalchemy import select

    from archive.models import Article

    home = tmp_path / "home"
    _archive(home)
    with open_store(resolve_db_url(None, home)) as sessions, sessions() as session:
        found = session.execute(select(Article.title, Article.published_offset))
        rows = {title: offset for title, offset in found}
        stored = session.scalar(select(Article.published_at).where(Article.title == "budget"))
    assert rows == {"budget": -300, "roads": 480, "parks": None}
    assert stored == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)  # the instant, as before


def test_a_search_hit_its_export_and_its_copies_give_the_pages_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The search results and their CSV dated the US page 2 March (its source's zone) while `show`, the
    article page and its citation said 1 March: one article, two days, whichever a journalist copied."""
    import csv
    import io

    home = tmp_path / "home"
    _archive(home)
    where = ["--home", str(home)]
    assert main(["index", "rebuild", *where, "-q"]) == 0
    capsys.readouterr()
    assert main(["search", "council", *where, "--json", "--all-copies"]) == 0
    hits = {h["id"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    assert (hits[1]["published_at"], hits[1]["edition_date"]) == ("2026-03-01T23:30:00-05:00", "2026-03-01")
    assert hits[2]["published_at"] == "2026-03-01T10:00:00+08:00"
    assert main(["search", "council", *where, "--csv"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (row["edition_date"], row["published_at"]) == ("2026-03-01", "2026-03-01T23:30:00-05:00")
    # Its copies: `similar` and the "also in" line of another copy's hit.
    assert main(["similar", "2", *where, "--json"]) == 0
    members = {a["id"]: a for a in json.loads(capsys.readouterr().out)["articles"]}
    assert (members[1]["published_at"], members[1]["edition_date"]) == (
        "2026-03-01T23:30:00-05:00",
        "2026-03-01",
    )


def test_a_reprint_list_and_the_lead_give_a_copys_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The US copy reads 1 March on its page: so in another copy's reprint list and in the lead's reason."""
    home = tmp_path / "home"
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "usnews", name="US News")  # no timezone set: the default Asia/Shanghai
        ensure_source(session, "cswb", name="城市晚报")
        for url, source, when in (
            ("https://news.example.com/budget", "usnews", datetime(2026, 3, 1, 23, 30, tzinfo=EASTERN)),
            (
                "https://cswb.example.cn/budget",
                "cswb",
                datetime(2026, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=8))),
            ),
        ):
            upsert_article(
                session, ArticleItem(url=url, source_id=source, title=source, body=BODY, published_at=when)
            )
    with TestClient(create_app(home)) as client:
        en = client.get("/article/2?lang=en").text
        zh = client.get("/article/2").text
    reprints = en.split('id="reprints"', 1)[1].split("</section>", 1)[0]
    assert "2026-03-01" in reprints and "2026-03-02" not in reprints, reprints
    assert "earliest published: 2026-03-01" in reprints, reprints
    assert "2026年3月2日" not in zh.split('id="reprints"', 1)[1].split("</section>", 1)[0]
    assert main(["similar", "2", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert "earliest published: 2026-03-01" in out and "2026-03-02" not in out, out

"""``reprocess`` writes what the current rules read from a stored version's own capture.

The archive is made from generated WARC files (no server, no crawl), then a stored reading is put
back the way an older rule read it, with SQL. ``reprocess`` must write the new reading in place
(``refreshed``), ``show`` print it, and a second pass find it unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from sqlalchemy import func, select, update
from store_support import DB_PARAMS, WIRE, cli, make_db_url
from test_reprocess import REGISTRY

from archive.models import Article, ArticleVersion
from archive.schema import open_store
from crawler.warc import WarcRun

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

URL = "http://sample.example/html/2016-07/20/content_9.htm"
PRINTED = "评:全省公路建设上半年完成投资１２０亿元"
FOLDED = "评：全省公路建设上半年完成投资120亿元"  # how the old store wrote it
DAY = date(2016, 7, 20)
# What the crawl knew from the edition's page: the capture keeps it, reprocess reads it again.
CONTEXT = {"edition_date": DAY, "section": "要闻", "page_number": "01"}
WRONG = datetime(2016, 7, 21, 3, 15, tzinfo=UTC)  # an older rule's reading


def page(body: str = WIRE, dated: bool = True) -> bytes:
    line = '<div class="info">发布时间：2016-07-20 08:30 来源：城市晚报</div>' if dated else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{PRINTED}--城市晚报</title></head><body>'
        f'<h1>{PRINTED}</h1>{line}<div class="content"><p>{body}</p></div></body></html>'
    ).encode()


def capture(home: Path, run_id: int, body: bytes, context: dict[str, object] | None = None) -> None:
    """Write one article capture, as the crawl writes it (its edition's context in the record)."""
    warc = WarcRun(home / "warc", "sample", run_id, 1 << 20)
    request = Request(URL, cb_kwargs=CONTEXT if context is None else context)
    headers = {"Content-Type": "text/html; charset=utf-8"}
    warc.write(request, HtmlResponse(URL, body=body, request=request, headers=headers), "article")
    warc.close()


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def run(home: Path, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Callable[..., int]:
    """Run ``newsarchive`` on the test's archive, with the sample source's registry."""
    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")

    def run(*args: str) -> int:
        return cli([*args, "--home", str(home), "--db-url", db_url, "--sources", str(registry)], monkeypatch)

    return run


def reprocessed(run: Callable[..., int], capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert run("reprocess", "--json") == 0
    return dict(json.loads(capsys.readouterr().out)["counters"])


def shown(run: Callable[..., int], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert run("show", "1", "--json") == 0
    return dict(json.loads(capsys.readouterr().out))


def test_reprocess_writes_the_new_reading_of_the_stored_capture_and_says_refreshed(
    home: Path, db_url: str, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    capture(home, 1, page())
    assert reprocessed(run, capsys) == {"articles/new": 1}
    with open_store(db_url) as sessions, sessions.begin() as s:  # as an older rule stored it
        s.execute(update(Article).values(published_at=WRONG, title=FOLDED, section="", page_number=""))
    assert shown(run, capsys)["published_at"] == "2016-07-21T11:15:00+08:00"
    assert run("reprocess") == 0
    assert capsys.readouterr().out == (
        "reprocessed 1 article capture from 1 WARC file: "
        "new 0, changed 0, refreshed 1, unchanged 0, skipped 0; run: newsarchive index update\n"
    )
    article = shown(run, capsys)
    assert article["published_at"] == "2016-07-20T08:30:00+08:00"
    assert (article["title"], article["section"], article["page"], article["version"]) == (
        PRINTED,
        "要闻",
        "01",
        1,
    )
    assert run("runs") == 0
    assert "refreshed 1" in capsys.readouterr().out.splitlines()[0]  # the newest run first
    # The same rules read the same again: nothing to write.
    assert reprocessed(run, capsys) == {"articles/unchanged": 1}
    with open_store(db_url) as sessions, sessions() as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 0


def test_a_refresh_keeps_the_edition_the_capture_was_listed_in(
    home: Path, db_url: str, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    # A page printing no date of its own is dated by its edition (the crawl's context, kept in the
    # capture's record): the re-read takes the same context, so a refresh never leaves it undated.
    capture(home, 1, page(dated=False))
    assert reprocessed(run, capsys) == {"articles/new": 1}
    with open_store(db_url) as sessions, sessions.begin() as s:  # an older rule read a date in error
        s.execute(update(Article).values(published_at=WRONG))
    assert reprocessed(run, capsys) == {"articles/refreshed": 1}
    article = shown(run, capsys)
    assert (article["published_at"], article["edition_date"]) == (None, DAY.isoformat())
    assert (article["section"], article["page"]) == ("要闻", "01")
    assert run("show", "1") == 0
    assert "| 2016-07-20 |" in capsys.readouterr().out.splitlines()[1]


def test_a_refresh_keeps_a_stored_section_the_new_reading_lacks_unless_asked(
    home: Path, db_url: str, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    # A page met by no edition: the stored section and page (an older rule's reading, or the current
    # rules broken) stay unless --accept-blank asks for the empty reading.
    capture(home, 1, page(), context={})
    assert reprocessed(run, capsys) == {"articles/new": 1}
    with open_store(db_url) as sessions, sessions.begin() as s:  # as an older rule read them
        s.execute(update(Article).values(section="要闻", page_number="03"))
    assert run("reprocess") == 0
    assert capsys.readouterr().out == (
        "reprocessed 1 article capture from 1 WARC file: new 0, changed 0, unchanged 1, skipped 0; "
        "1 article keeps stored values the new reading leaves empty (--accept-blank writes them)\n"
    )
    assert reprocessed(run, capsys) == {"articles/unchanged": 1, "refresh/kept": 1}
    assert (shown(run, capsys)["section"], shown(run, capsys)["page"]) == ("要闻", "03")
    assert run("reprocess", "--accept-blank", "--json") == 0
    assert json.loads(capsys.readouterr().out)["counters"] == {"articles/refreshed": 1}
    assert (shown(run, capsys)["section"], shown(run, capsys)["page"]) == ("", "")


def test_an_earlier_versions_own_capture_refreshes_that_version(
    home: Path, db_url: str, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    capture(home, 1, page())
    capture(home, 2, page(WIRE + "鹤鸣湖公园同日开放。"))  # the paper edited it: version 2
    assert reprocessed(run, capsys) == {"articles/new": 1, "articles/changed": 1}
    with open_store(db_url) as sessions, sessions.begin() as s:
        s.execute(update(ArticleVersion).values(published_at=WRONG, title=FOLDED))
    assert reprocessed(run, capsys) == {"articles/refreshed": 1, "articles/unchanged": 1}
    with open_store(db_url) as sessions, sessions() as s:
        (version,) = s.scalars(select(ArticleVersion))
        assert (version.version, version.title) == (1, PRINTED)
        assert version.published_at == datetime(2016, 7, 20, 0, 30, tzinfo=UTC)
    assert reprocessed(run, capsys) == {"articles/unchanged": 2}


def test_an_earlier_versions_stored_date_the_new_reading_lacks_is_kept(
    home: Path, db_url: str, run: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    capture(home, 1, page())
    capture(home, 2, page(WIRE + "鹤鸣湖公园同日开放。"))
    assert reprocessed(run, capsys) == {"articles/new": 1, "articles/changed": 1}
    with open_store(db_url) as sessions, sessions.begin() as s:
        s.execute(update(ArticleVersion).values(lead_title="引题"))
    assert reprocessed(run, capsys) == {"articles/unchanged": 2, "refresh/kept": 1}
    with open_store(db_url) as sessions, sessions() as s:
        assert s.scalars(select(ArticleVersion.lead_title)).one() == "引题"

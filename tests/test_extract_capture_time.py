"""The capture time behind relative and yearless dates, the same through every entry point.

A page printing ``昨天 16:21`` or ``发布时间：10-08 12:00`` is dated by when it was
captured. The crawl, ``reprocess`` (from the WARC), ``extract URL`` and
``extract FILE --fetched-at`` must read it against the same time, and a
yearless day must not take the capture's year when the page names its own.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.extract.dates import yearless_in_page_year
from crawler.extract.for_source import extract_for_source
from crawler.sources import SourceConfig
from search_cli.main import main

_TEXT = (
    "<p>城南街道第一家社区食堂正式开张，六十岁以上老人凭卡就餐可享八折优惠，独居老人还可预约送餐上门。</p>"
    "<p>食堂每天供应早中晚三餐，菜品以少油少盐为主，每周公布菜单，并请居民代表参与评议。</p>"
    "<p>“一荤两素加一碗汤，十来块钱，比自己做还省心。”住在附近的张大爷说，他已经连续来吃了三天。</p>"
    "<p>街道负责人介绍，年内还将在另外两个社区建成老年食堂，让更多老人在家门口吃上热乎饭。</p>"
)
YESTERDAY = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区食堂开张 老人吃上热乎饭</title></head>'
    "<body><h1>社区食堂开张 老人吃上热乎饭</h1>"
    '<div class="info"><span class="time">昨天 16:21</span> <span class="author">作者：王小明</span></div>'
    f'<div class="content">{_TEXT}</div></body></html>'
).encode()
# A 2019 post on a platform that prints this year's dates without the year; its metadata has the year.
YEARLESS = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区食堂开张 老人吃上热乎饭</title>'
    '<meta itemprop="dateUpdate" content="2019-10-08 12:00:57"></head><body>'
    '<div class="article-title"><h2>社区食堂开张 老人吃上热乎饭</h2></div>'
    '<div class="article-source"><span class="date">发布时间：10-08</span>'
    '<span class="time">12:00</span></div>'
    f'<div class="article-content">{_TEXT}</div></body></html>'
).encode()
CAPTURED = datetime(2019, 3, 2, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai: 昨天 is 1 March


def test_a_yearless_day_keeps_the_year_the_page_names_when_fetched_years_later() -> None:
    later = datetime(2026, 12, 6, tzinfo=UTC)
    item = extract_article("http://news.example.cn/a.html", YEARLESS, fetched_at=later)
    assert item.published_at is not None
    assert (
        item.published_at.isoformat() == "2019-10-08T12:00:00+08:00"
    )  # was 2026-10-08 from the capture year


def test_a_yearless_day_of_the_capture_year_stays() -> None:
    found = datetime(2026, 10, 8, 12, 0, tzinfo=UTC)
    assert yearless_in_page_year(found, None, datetime(2026, 12, 6, tzinfo=UTC)) == found
    other_day = datetime(2019, 10, 9, tzinfo=UTC)
    assert yearless_in_page_year(found, other_day, datetime(2026, 12, 6, tzinfo=UTC)) == found


def test_extract_for_source_reads_relative_dates_against_the_fetch_time_without_a_date_header() -> None:
    source = SourceConfig("paper", "Paper", "listing")
    headers = {"Content-Type": "text/html"}  # a server that sends no Date: the crawl read 昨天 as no date
    item = extract_for_source(
        source, "http://news.example.cn/a.html", YESTERDAY, headers, fetched_at=CAPTURED
    )
    assert item.published_at is not None and item.published_at.isoformat() == "2019-03-01T16:21:00+08:00"
    # The server's Date, kept in the WARC, still comes first: crawl and reprocess read the same day.
    served = {**headers, "Date": "Sun, 03 Mar 2019 02:00:00 GMT"}
    item = extract_for_source(source, "http://news.example.cn/a.html", YESTERDAY, served, fetched_at=CAPTURED)
    assert item.published_at is not None and item.published_at.date().isoformat() == "2019-03-02"


@pytest.fixture
def _only_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("search_cli.main.COMMAND_MODULES", ["extract"])


@pytest.mark.usefixtures("_only_extract")
def test_extract_file_fetched_at_dates_a_saved_page_that_prints_yesterday(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(YESTERDAY)
    assert main(["extract", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published_at"] is None  # no capture time: not guessed
    assert main(["extract", str(saved), "--fetched-at", "2019-03-02T10:00", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["published_at"] == "2019-03-01T16:21:00+08:00"


@pytest.mark.usefixtures("_only_extract")
def test_extract_fetched_at_refuses_what_is_no_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "x.html", "--fetched-at", "yesterday"]) == 2
    assert "not a date or time: 'yesterday'" in capsys.readouterr().err


def test_a_yearless_day_under_a_url_filed_by_month_keeps_the_urls_year() -> None:
    page = YEARLESS.replace(b'<meta itemprop="dateUpdate" content="2019-10-08 12:00:57">', b"")
    later = datetime(2026, 12, 6, tzinfo=UTC)
    item = extract_article("http://news.example.cn/2022/10/10407.shtml", page, fetched_at=later)
    assert item.published_at is not None
    assert item.published_at.isoformat() == "2022-10-08T12:00:00+08:00"  # was 2026-10-08


def test_the_crawl_reads_relative_dates_against_the_responses_date_as_reprocess_does() -> None:
    from scrapy.http import HtmlResponse, Request
    from sitegen.fakes import fake_crawler

    from archive.items import ArticleItem
    from crawler.spiders.listing import ListingSpider

    url = "http://news.example.cn/a.html"
    served = {"Content-Type": "text/html; charset=utf-8", "Date": "Sat, 02 Mar 2019 02:00:00 GMT"}
    response = HtmlResponse(url, body=YESTERDAY, headers=served, request=Request(url))
    spider = ListingSpider(source=SourceConfig("paper", "Paper", "listing"))
    spider.crawler = fake_crawler()
    items = [i for i in spider.parse_article(response) if isinstance(i, ArticleItem)]
    assert [i.published_at.isoformat() if i.published_at else None for i in items] == [
        "2019-03-01T16:21:00+08:00"
    ]

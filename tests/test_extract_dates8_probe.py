# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the eighth date probe's tune half (bench/date_probe8.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article

URL = "http://news.example.cn/html/9.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


SPANS = (
    "2019年3月1日至3日",
    "活动时间：2019年3月1日至3日",
    "展览时间：2019/03/01 - 2019/03/05　地点：市民中心",
    "3月1日-5日",
    "会期：3月1日至3月5日",
    "2019.03.01—03.05",
    "时间：2019年3月1日—2019年3月5日",
    "培训时间：2019-03-01至2019-03-05",
    "2019年3月1日9:00至3月3日17:00",
)


def test_a_span_of_days_as_the_line_under_the_headline_is_no_publication_date() -> None:
    # An exhibition's, a course's or a meeting's days: neither the first nor the last is the day the
    # page was published, and nothing else on the page dates it, so no date comes back.
    for span in SPANS:
        assert _day(_page(span)) is None, span


def test_a_span_under_the_headline_yields_to_the_pages_own_publication_line() -> None:
    # The page's 发布时间, above the span, at the foot of the text or in a line of its own, is its date.
    for span in SPANS:
        for where in ("above", "below", "after"):
            line = "<div class='pub'>发布时间：2019-02-20 10:21　来源：市文化馆</div>"
            if where == "above":
                page = _page(span, above="", body=BODY).replace(b"<div class='info'>", line.encode() + b"<div class='info'>", 1)
            elif where == "below":
                page = _page(span, body=BODY + line)
            else:
                page = _page(span, below="<p class='foot'>（发布日期：2019-02-20）</p>")
            assert _day(page) == date(2019, 2, 20), (span, where)


def test_a_day_with_a_span_of_hours_is_still_that_day() -> None:
    # "2019-03-05 10:21-11:30" is one day's hours, not a span of days.
    assert _day(_page("2019-03-05 10:21　来源：新华网")) == date(2019, 3, 5)
    assert _day(_page("发布时间：2019年3月5日 9:00-11:30")) == date(2019, 3, 5)

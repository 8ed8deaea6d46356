# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""A day printed without its year on a page captured years later (a backfill): the page's era, not the capture's."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article

URL = "http://www.example-info.cn/a/48213.html"
NOW = datetime(2026, 12, 7, 8, 20, tzinfo=UTC)


def _page(info: str, *, side: str = "", foot: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{BODY}</div></div>{side}{foot}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


def _side(*days: str) -> str:
    rows = "".join(f"<li><a href='/a/{i}.html'>相关文章标题第{i}篇</a> <span>{d}</span></li>" for i, d in enumerate(days))
    return f"<div class='side'><h3>相关文章</h3><ul>{rows}</ul></div>"


FOOT = "<div class='footer'>Copyright &copy; {} www.example-info.cn All Rights Reserved 版权所有 联系我们</div>"


def test_a_yearless_day_on_a_page_whose_copyright_names_an_earlier_year_takes_that_year() -> None:
    # A 2019 post captured in 2026: "05-06 12:30" is not 2026-05-06; the page's only year is its copyright's.
    for shown in ("发布时间：05-06 12:30", "5月6日 12:30", "时间：05/06 12:30"):
        page = _page(f"<span>{shown}</span> <span>来源：本站</span>", foot=FOOT.format(2019))
        assert _day(page) == date(2019, 5, 6), shown


def test_a_yearless_day_whose_other_printed_dates_agree_on_an_earlier_year_takes_it() -> None:
    # Related posts and the copyright agree on 2019 (the latest year the page prints).
    page = _page("<span>发布时间：10-08 12:00</span>", side=_side("2019-09-30", "2019-10-02"), foot=FOOT.format("2008-2019"))
    assert _day(page) == date(2019, 10, 8)


def test_a_yearless_day_whose_earlier_evidence_disagrees_is_no_date() -> None:
    # Everything the page prints is older than the capture, but no one year: no guess is better than a wrong one.
    page = _page("<span>发布时间：10-08 12:00</span>", foot=FOOT.format(2018))
    assert _day(page, "http://www.example-info.cn/2016/09/48213.html") is None
    # A comment a year after the copyright's year: the copyright is a stale template's.
    assert _day(_page("<span>发布时间：10-08 12:00</span>", side=_side("2019-03-02"), foot=FOOT.format(2018))) is None


def test_a_yearless_day_on_a_fresh_page_keeps_the_capture_year() -> None:
    # A platform printing this year's posts without their year, captured the same year: its dates stay.
    assert _day(_page("<span>发布时间：05-06 12:30</span>")) == date(2026, 5, 6)
    assert _day(_page("<span>发布时间：05-06 12:30</span>", foot=FOOT.format("2005-2026"))) == date(2026, 5, 6)
    page = _page("<span>11月30日 09:12</span>", side=_side("2026-12-01", "11-29"), foot=FOOT.format(2019))
    assert _day(page) == date(2026, 11, 30)
    # Early in the year a fresh post's related list is last year's: a list alone names no era.
    page = _page("<span>发布时间：01-05 12:30</span>", side=_side("2025-12-20", "2025-11-02"))
    assert beijing_day(extract_article(URL, page, fetched_at=datetime(2026, 1, 6, tzinfo=UTC)).published_at) == date(2026, 1, 5)


def test_a_full_date_on_an_old_template_keeps_its_year() -> None:
    # The own day printed with its year is never second-guessed, whatever the copyright says.
    assert _day(_page("<span>发布时间：2026-05-06 12:30</span>", foot=FOOT.format(2019))) == date(2026, 5, 6)

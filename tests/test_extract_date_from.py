# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Where an article's date was read (``date_from``): a printed date told from one whose year was inferred.

A journalist citing a date must know whether the page printed it whole (its metadata, the date line by
the headline, the URL) or printed only the day (``3月5日``), whose year the archive supplied from the
capture, the page's era or its copyright footer. These tests check the kind the extractor says, never
a different date: the dates are those the extractor always read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from extract_pages import BODY, TITLE, beijing_day

from archive.date_from import DATE_FROM_KINDS, is_inferred, is_printed
from crawler.extract import extract_article

URL = "http://www.example-info.cn/a/48213.html"
NOW = datetime(2026, 12, 7, 8, 20, tzinfo=UTC)
FOOT = (
    "<div class='footer'>Copyright &copy; {} www.example-info.cn All Rights Reserved 版权所有 联系我们</div>"
)


def _page(info: str, *, head: str = "", top: str = "", foot: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>{top}"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{BODY}</div></div>{foot}</body></html>"
    ).encode()


def _read(page: bytes, url: str = URL, now: datetime | None = NOW) -> tuple[date | None, str | None]:
    item = extract_article(url, page, fetched_at=now)
    assert item.date_from is None or item.date_from in DATE_FROM_KINDS  # one closed vocabulary
    return beijing_day(item.published_at), item.date_from


def test_a_date_the_page_prints_whole_says_where_it_was_printed() -> None:
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T10:21:00+08:00"}</script>'
    assert _read(_page("<span>来源：本站</span>", head=ld)) == (date(2024, 3, 5), "metadata")
    meta = '<meta property="article:published_time" content="2024-03-05T10:21:00+08:00">'
    assert _read(_page("<span>来源：本站</span>", head=meta)) == (date(2024, 3, 5), "metadata")
    assert _read(_page("<span>发布时间：2024-03-05 10:21</span> <span>来源：本站</span>")) == (
        date(2024, 3, 5),
        "dateline",
    )
    assert _read(_page("<span>来源：本站</span>"), "http://www.example-info.cn/2024/03/05/48213.html") == (
        date(2024, 3, 5),
        "url",
    )


def test_a_day_printed_without_its_year_says_the_year_was_inferred() -> None:
    for shown in ("发布时间：03-05 10:21", "3月5日 10:21", "时间：03/05 10:21"):
        assert _read(_page(f"<span>{shown}</span> <span>来源：本站</span>")) == (
            date(2026, 3, 5),
            "inferred_year",
        ), shown


def test_a_link_to_another_article_of_the_same_day_prints_no_year() -> None:
    """A related link's address (/2026/0305/…) names the day with a year, but it is another page's
    address, not this page printing its own date: the year stays inferred (it read 'dateline')."""
    related = "<ul class='related'><li><a href='/news/2026/0305/48190.html'>相关阅读</a></li></ul>"
    assert _read(_page("<span>发布时间：03-05 10:21</span>", foot=related)) == (date(2026, 3, 5), "inferred_year")


def test_an_agency_dateline_without_a_year_says_the_year_was_inferred() -> None:
    body = BODY.replace("<p>　　记者", "<p>　　新华社北京3月5日电 记者", 1)
    page = _page("<span>来源：新华社</span>").replace(BODY.encode(), body.encode())
    assert _read(page) == (date(2026, 3, 5), "inferred_year")


def test_a_served_day_clock_does_not_count_as_the_year_printed() -> None:
    # The header's 今天是2026年3月5日 is the day the page was served: the post's 3月5日 still had its year inferred.
    top = "<div class='topbar'>今天是2026年3月5日 星期四</div>"
    page = _page("<span>3月5日 10:21</span> <span>来源：本站</span>", top=top)
    assert _read(page, now=datetime(2026, 3, 5, 6, 0, tzinfo=UTC)) == (date(2026, 3, 5), "inferred_year")


def test_a_year_its_tags_part_from_the_day_is_printed() -> None:
    info = "<span class='y'>2015</span><span class='sep'>-</span><span class='md'>11-18</span> <span>20:39</span>"
    assert _read(_page(info)) == (date(2015, 11, 18), "dateline")


def test_a_relative_day_says_it_was_reckoned_from_the_capture() -> None:
    got = _read(_page("<span>发布时间：昨天 10:21</span> <span>来源：本站</span>"))
    assert got == (date(2026, 12, 6), "relative")


def test_a_relative_day_stays_reckoned_where_a_list_prints_that_day_whole() -> None:
    # A related list's row (另一条新闻 2026-12-06) prints the same day with its year: the post's own
    # date line still said 昨天, so its day was reckoned from the capture, not printed.
    foot = "<ul class='related'><li><a href='/a/48100.html'>另一条新闻的标题在这里</a> 2026-12-06</li></ul>"
    got = _read(_page("<span>发布时间：昨天 10:21</span> <span>来源：本站</span>", foot=foot))
    assert got == (date(2026, 12, 6), "relative")


def test_no_date_has_no_kind() -> None:
    assert _read(_page("<span>来源：本站</span>")) == (None, None)


@pytest.mark.parametrize("kind", DATE_FROM_KINDS)
def test_every_kind_is_printed_or_inferred_never_both(kind: str) -> None:
    assert is_printed(kind) != is_inferred(kind)
    assert not is_printed(None) and not is_inferred(None)  # unknown (a row stored before 0016)


def test_a_stale_copyright_alone_gives_its_year_marked_inferred() -> None:
    """A year-less post captured more than a week after its day, under a footer older than the capture.

    The footer is the page's only year evidence, and it conflicts with the capture's year: an old page
    captured later (a backfill) prints its era there, a fresh post under a footer hard-coded years ago
    does not. The extractor keeps the footer's year (yearless_era's rule, unchanged) and says the year
    was inferred, as a cataloguer writes a supplied date ``[2019?]``: no view shows it as printed.
    """
    page = _page("<span>发布时间：05-06 12:30</span>", foot=FOOT.format(2019))
    assert _read(page) == (date(2019, 5, 6), "inferred_year")
    # Captured within a week of its day: the capture's year (a daily crawl under an old footer), inferred too.
    assert _read(page, now=datetime(2026, 5, 9, tzinfo=UTC)) == (date(2026, 5, 6), "inferred_year")

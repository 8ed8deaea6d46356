# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""A site header's "today" widget is never the article's date (review1 F6; synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article

URL = "http://news.example.cn/html/9.html"
NOW = datetime(2025, 11, 7, 8, 20, tzinfo=UTC)

MASTHEADS = (
    "<div class='masthead'><div class='top-date'><span>07</span><span>2025-11</span></div></div>",
    "<div class='header'><div class='date'><span>今天是</span><span>2025年11月7日</span><span>星期五</span></div></div>",
    "<div id='top'><span class='today-date'><span>2025年11月7日</span><span>星期五</span></span></div>",
    "<div class='top'><div class='riqi'><span>今日</span><span>2025-11-07</span></div></div>",
)


def _page(masthead: str, info: str, *, under: bool = False) -> bytes:
    line = f"<div class='info'>{info}</div>"
    head = f"<h1>{TITLE}</h1>{line}" if under else f"{line}<h1>{TITLE}</h1>"
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>{masthead}"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>"
        f"<div class='main'>{head}<div class='content'>{BODY}</div></div></body></html>"
    ).encode()


def _day(page: bytes) -> date | None:
    return beijing_day(extract_article(URL, page, fetched_at=NOW).published_at)


def test_a_masthead_today_widget_loses_to_the_date_line_above_the_headline() -> None:
    for masthead in MASTHEADS:
        for under in (False, True):
            assert _day(_page(masthead, "2019-03-05 10:21　来源：新华网", under=under)) == date(2019, 3, 5), (masthead, under)


def test_a_masthead_today_widget_alone_dates_no_article() -> None:
    # No date line of its own: the site's today is the day it was served, not published.
    for masthead in MASTHEADS:
        assert _day(_page(masthead, "来源：新华网")) != date(2025, 11, 7), masthead


def test_a_badge_by_the_headline_still_dates_the_article() -> None:
    badge = "<div class='date'><span class='day'>07</span><span class='ym'>2015-07</span></div>"
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>{MASTHEADS[0]}"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='art-head'>{badge}"
        f"<h1>{TITLE}</h1><p class='src'>来源：新华网</p></div><div class='content'>{BODY}</div></body></html>"
    ).encode()
    assert _day(page) == date(2015, 7, 7)


def test_a_papers_date_bar_read_on_a_later_day_is_its_editions_day() -> None:
    # 2005年5月7日 星期六 over a Hong Kong daily's navigation: not the day served (captured later), the edition's.
    bar = "<div class='paperdate'>2005年5月7日 星期六</div>"
    assert _day(_page(bar, "（星岛日报报道）")) == date(2005, 5, 7)

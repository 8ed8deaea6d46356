# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the seventh date probe's tune half (bench/date_probe7.py) showed misread (synthetic pages)."""

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


def test_a_day_in_an_invisible_element_yields_to_the_visible_date_line() -> None:
    # A CMS template leaves another day in a display:none element (or one marked hidden) by the date line.
    for hidden in (
        "<div class='hide' hidden>发布时间：2002/06/05 01:33</div>",
        "<span class='time' style='display: none;'>2010年01月01日 17:34</span>",
        "<div style='display:none'>2015-05-06 10:00:00</div>",
        "<p style='visibility:hidden;height:0'>2015/05/06</p>",
    ):
        for info in (f"{hidden}2006年8月17日 01:33　南方日报", f"2006-08-17 01:33　来源：南方日报{hidden}"):
            assert _day(_page(info)) == date(2006, 8, 17), info


"""A time printed with its zone's name (BJT, GMT, UTC, GMT+8) is read in that zone, not the source's.

English pages of Chinese outlets print ``Source: Xinhua | 2012-08-25 15:35 BJT``: right only by
chance for a source in Beijing's zone, 8 hours off for one registered in another, and a time printed
``GMT`` was read as Beijing time (``2012-08-25 20:35 GMT`` filed under the 25th, a day early).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.extract import extract_article
from crawler.extract.dates import parse_chinese_datetime

BEIJING = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012-08-25 15:35 BJT", datetime(2012, 8, 25, 15, 35, tzinfo=BEIJING)),
        ("2012-08-25 15:35 Beijing Time", datetime(2012, 8, 25, 15, 35, tzinfo=BEIJING)),
        ("2012-08-25 15:35 GMT+8", datetime(2012, 8, 25, 15, 35, tzinfo=BEIJING)),
        ("2012-08-25 15:35 (GMT+08:00)", datetime(2012, 8, 25, 15, 35, tzinfo=BEIJING)),
        ("2012-08-25 15:35 UTC+0800", datetime(2012, 8, 25, 15, 35, tzinfo=BEIJING)),
        ("2012-08-25 20:35 GMT", datetime(2012, 8, 25, 20, 35, tzinfo=UTC)),
        ("2012-08-25 20:35:10 UTC", datetime(2012, 8, 25, 20, 35, 10, tzinfo=UTC)),
        ("2012-08-25 15:35 GMT-5", datetime(2012, 8, 25, 15, 35, tzinfo=timezone(timedelta(hours=-5)))),
    ],
)
def test_a_named_zone_after_the_time_is_its_zone(text: str, expected: datetime) -> None:
    for source_zone in ("Asia/Shanghai", "Europe/London"):
        got = parse_chinese_datetime(text, source_zone)
        assert got == expected and got is not None and got.utcoffset() == expected.utcoffset(), source_zone


@pytest.mark.parametrize(
    "text",
    ["2012-08-25 15:35 BJTV", "2012-08-25 15:35 GMTX", "2012-08-25 15:35 UTCA", "2019年3月5日 9:00-11:30"],
)
def test_a_word_that_only_starts_like_a_zone_is_no_zone(text: str) -> None:
    got = parse_chinese_datetime(text, "Europe/London")
    assert got is not None and str(got.tzinfo) == "Europe/London"


def test_an_english_xinhua_page_keeps_beijing_time_in_a_source_of_another_zone() -> None:
    page = (
        b"<html><head><title>China launches satellite - Xinhua</title></head><body><div class='main'>"
        b"<h1>China launches new satellite into orbit</h1>"
        b"<div class='info'>Source: Xinhua | 2012-08-25 15:35 BJT</div><div class='content'>"
        b"<p>China successfully launched a new satellite from the Xichang Satellite Launch Center on "
        b"Saturday, according to the launch center. The satellite will serve communications.</p>"
        b"<p>It was the 165th flight of the Long March rocket family, officials said on Saturday.</p>"
        b"</div></div></body></html>"
    )
    for source_zone in ("Asia/Shanghai", "Europe/London", "UTC"):
        item = extract_article("http://english.example.cn/news/a.html", page, timezone=source_zone)
        assert item.published_at == datetime(2012, 8, 25, 7, 35, tzinfo=UTC), source_zone


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: Aug 25, 2012 15:35 BJT", datetime(2012, 8, 25, 7, 35, tzinfo=UTC)),
        ("Published: Aug 25, 2012 8:05 PM GMT", datetime(2012, 8, 25, 20, 5, tzinfo=UTC)),
        ("Published: August 25, 2012, 15:35", datetime(2012, 8, 25, 7, 35, tzinfo=UTC)),  # the source's zone
        (
            "Published: Aug 25, 2012",
            datetime(2012, 8, 24, 16, 0, tzinfo=UTC),
        ),  # a day alone: its midnight, as before
        # A zone named otherwise (EST, PT, CET): the time is in a zone not read, so the day alone, as
        # before: "November 19, 2019, 07:47 PM EST" (a real US page) was read as 19:47 Beijing time.
        ("Published: November 19, 2019, 07:47 PM EST", datetime(2019, 11, 18, 16, 0, tzinfo=UTC)),
        ("Published: Aug 25, 2012 8:05 AM PT", datetime(2012, 8, 24, 16, 0, tzinfo=UTC)),
        ("Published: Aug 25, 2012 15:35 (CET)", datetime(2012, 8, 24, 16, 0, tzinfo=UTC)),
    ],
)
def test_an_english_date_keeps_its_time_and_zone(line: str, expected: datetime) -> None:
    """ "Published: Aug 25, 2012 15:35 BJT" was read as the day alone (its midnight), the time dropped."""
    page = (
        "<html><head><title>China launches satellite</title></head><body><div class='main'>"
        f"<h1>China launches new satellite into orbit</h1><div class='info'>{line}</div>"
        "<div class='content'><p>China successfully launched a new satellite from the Xichang Satellite "
        "Launch Center on Saturday, according to the launch center. The satellite will serve "
        "communications.</p><p>It was the 165th flight of the Long March rocket family, officials said "
        "on Saturday.</p></div></div></body></html>"
    ).encode()
    item = extract_article("http://english.example.cn/news/a.html", page)
    assert item.published_at == expected


def test_an_english_meta_date_in_a_zone_not_read_keeps_its_day_alone() -> None:
    """A US page's article:published_time "November 19, 2019, 07:47 PM EST" was read as 19:47 in
    Beijing, thirteen hours off: a zone named otherwise than BJT, GMT or UTC leaves the day alone."""
    page = (
        b'<html><head><title>Cisco partners weigh in</title><meta property="article:published_time" '
        b'content="November 19, 2019, 07:47 PM EST"></head><body><div class="main">'
        b"<h1>Cisco partners weigh in on the new program</h1><div class='content'><p>Cisco partners said "
        b"on Tuesday that the new program would change how they sell to small businesses this year.</p>"
        b"<p>The company announced the program at its partner summit, where executives shared the stage."
        b"</p></div></div></body></html>"
    )
    item = extract_article("https://www.example.com/news/cisco-partners", page)
    assert item.published_at == datetime(2019, 11, 18, 16, 0, tzinfo=UTC)

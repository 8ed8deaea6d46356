"""A page's day-first reading (Singapore, Malaysia: 10/09/2020 is 10 September) is its own, told to each
date rule as a parameter, never module state.

``read_meta`` set a context variable that ``extract_article`` reset when its page was done: reading one
page's header (``read_meta`` alone, as the title rules and tools do) left it set, and every date read
after it in that thread, of another page or none, was read day first (10/09/2020 as 10 September on a
page of a paper that writes the month first). Two extractions interleaved in one process now keep
their own.
"""

from __future__ import annotations

from datetime import date

from extract_pages import BODY, TITLE

from crawler.extract.article import extract_article
from crawler.extract.dates import find_date_in_text, parse_chinese_datetime
from crawler.extract.markup import parse_page
from crawler.extract.meta import read_meta

SG = "https://www.zaobao.com.sg/news/1"
US = "https://www.example.com/news/1"
LINE = "发布 / 10/09/2020 12:40 PM"


def page_of(info: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{BODY}</div></div></body></html>"
    ).encode()


def _day(url: str) -> date | None:
    found = extract_article(url, page_of(LINE)).published_at
    return found.date() if found else None


def test_two_interleaved_extractions_keep_their_own_day_first_reading() -> None:
    sg_meta = read_meta(parse_page(page_of(LINE).decode()), SG, "Asia/Shanghai")  # one page's header read
    assert sg_meta.day_first and sg_meta.published_at is not None
    assert sg_meta.published_at.date() == date(2020, 9, 10)
    # Another paper's page read in between: month first, and the first page's header left nothing behind.
    assert _day(US) == date(2020, 10, 9)
    us_meta = read_meta(parse_page(page_of(LINE).decode()), US, "Asia/Shanghai")
    assert not us_meta.day_first
    # Outside any page's reading a slashed day with its year last is not read (it was: 10 September).
    assert parse_chinese_datetime("10/09/2020 12:40") is None
    # The first page's own rules, read after the second page's header: still day first, as it says.
    again = find_date_in_text(LINE, day_first=sg_meta.day_first)
    assert again is not None and again.date() == date(2020, 9, 10)
    assert _day(SG) == date(2020, 9, 10)

# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates the session's new rules misread on ordinary pages (review of the tenth date wave)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import lxml.html
from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article
from crawler.extract.date_hints import canonical_date
from crawler.extract.dates import find_date_in_text

URL = "http://news.example.cn/html/10.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, body: str = BODY, below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


def test_a_dotnet_date_before_september_2001_is_read_in_milliseconds() -> None:
    # .NET's JSON writes milliseconds always: before 2001-09-09 they are twelve digits, no seconds.
    line = '发布时间：<span id="pubdate"></span>'
    state = '<script>var pageData = {"Id":22880,"PubDate":"\\/Date(978307200000)\\/","Hits":3209};</script>'
    assert _day(_page(line, below=state)) == date(2001, 1, 1)
    # .NET's 1900-01-01, a template's empty date, is no date and no error.
    state = '<script>var pageData = {"Id":22880,"PubDate":"\\/Date(-2208988800000)\\/","Hits":3209};</script>'
    assert _day(_page(line, below=state)) is None


def test_a_republican_day_in_history_prose_dates_no_page() -> None:
    # Mainland history prose writes 民国 years in numerals (民国二十六年七月七日, 1937): a day the story
    # speaks of. Taiwan's official letters date themselves so only after 1949 (民國一百零五年).
    text = "全面抗战自民国二十六年七月七日卢沟桥事变起，至民国三十四年八月十五日日本宣布投降止。"
    assert find_date_in_text(text) is None
    assert find_date_in_text("民国26年7月7日，卢沟桥事变爆发。") is None
    assert find_date_in_text("中華民國一百零五年七月二十三日") is not None


def test_a_western_year_written_short_after_a_taiwanese_label_is_no_roc_year() -> None:
    # ROC 18 is 1929, before any web page: "發布日期：18-05-07" is 2018 written short, as under a
    # headline (headline_date reads it so); ROC 97 is 2008.
    assert find_date_in_text("發布日期：18-05-07", "Asia/Taipei") == datetime.fromisoformat(
        "2018-05-07T00:00:00+08:00"
    )
    assert find_date_in_text("發布日期：18.05.07", "Asia/Taipei", roc=True) == datetime.fromisoformat(
        "2018-05-07T00:00:00+08:00"
    )
    assert find_date_in_text("發布日期：97.11.21", "Asia/Taipei", roc=True) == datetime.fromisoformat(
        "2008-11-21T00:00:00+08:00"
    )


def test_a_day_first_date_ending_a_sentence_is_read() -> None:
    # The full stop after a day-first date is the sentence's, no part of the date.
    assert find_date_in_text("发布日期：06/12/2008.", day_first=True) == datetime.fromisoformat(
        "2008-12-06T00:00:00+08:00"
    )
    assert find_date_in_text("Posted on 06.12.2008.", day_first=True) is not None


def test_a_related_articles_link_dates_no_page() -> None:
    # "相关文章链接：" links another article of the site; only the page's own printed address
    # (本文链接：) names its day.
    related = '<html><body><h1>标题</h1><p>正文。</p><div>相关文章链接：<a href="http://www.example.com/2015/0305/123.html">另一篇</a></div></body></html>'
    own = related.replace("相关文章链接", "本文链接")
    url = "http://www.example.com/news/show.php?id=999"
    assert canonical_date(lxml.html.fromstring(related), url, "Asia/Shanghai") is None
    assert canonical_date(lxml.html.fromstring(own), url, "Asia/Shanghai") is not None
    asked = related.replace("相关文章链接", "转载请注明本文地址")
    assert canonical_date(lxml.html.fromstring(asked), url, "Asia/Shanghai") is not None


def test_a_printed_offset_no_zone_has_is_read_in_the_sources_zone() -> None:
    # A slip (GMT+80 for GMT+08, +9900) raised ValueError out of the date rules: the article was lost.
    for text in (
        "发布时间：2019-03-05 10:21 GMT+80",
        "发布时间：2019-03-05 10:21:00+9900",
        "Published: Mar 5, 2019 10:30 GMT+30",
    ):
        found = find_date_in_text(text)
        assert found is not None and found.utcoffset() == timedelta(hours=8), text
    assert find_date_in_text("发布时间：2019-03-05 10:21 UTC-5") == datetime.fromisoformat(
        "2019-03-05T10:21:00-05:00"
    )


def test_a_yearless_day_captured_within_days_keeps_the_capture_year_under_a_stale_footer() -> None:
    # A daily crawl of a site printing this year's posts without their year under a footer set years
    # ago ("© 2004-2015"): the post is the capture's, not 2015's.
    foot = "<div class='footer'>Copyright &copy; 2004-2015 www.example-info.cn 版权所有</div>"
    page = _page("<span>发布时间：03-05 10:21</span> <span>来源：本站</span>", below=foot)
    for fetched in (datetime(2026, 3, 5, 6, tzinfo=UTC), datetime(2026, 3, 9, 6, tzinfo=UTC)):
        found = extract_article(URL, page, fetched_at=fetched).published_at
        assert beijing_day(found) == date(2026, 3, 5), fetched

# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the third date probe's tune half (bench/date_probe3.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BEIJING, BODY, PARAS, TITLE, beijing_day
from lxml.html import fromstring

from crawler.extract import extract_article
from crawler.extract.dates import dateline_date, find_date_in_text, headline_date, parse_chinese_datetime
from crawler.extract.meta import shown_text
from crawler.extract.structured import marked_date


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div></body></html>"
    ).encode()


def test_chinese_numeral_years_read_zero_typed_as_ling_or_the_letter_o() -> None:
    # 零 was read as 1 (二零零八 -> 2118); notices typed without 〇 write a letter O.
    assert beijing_day(parse_chinese_datetime("发布日期：二零零八年五月十二日")) == date(2008, 5, 12)
    assert beijing_day(parse_chinese_datetime("时间：二O一四年九月十一日")) == date(2014, 9, 11)
    assert beijing_day(parse_chinese_datetime("二OO六年十月十一日")) == date(2006, 10, 11)
    assert parse_chinese_datetime("OOOO年一月一日") is None


def test_a_fourteen_digit_meta_time_is_read() -> None:
    # <meta name="publishtime" content="20050205103157">
    assert parse_chinese_datetime("20050205103157") == datetime(2005, 2, 5, 10, 31, 57, tzinfo=BEIJING)


def test_an_update_labelled_after_its_day_is_passed_by() -> None:
    # "<span>2013-06-17 17:24 更新</span> <span>2013-04-22 15:52 发布</span>"
    line = "2013-06-17 17:24 更新 2013-04-22 15:52 发布"
    assert beijing_day(find_date_in_text(line, need_time=True)) == date(2013, 4, 22)
    assert beijing_day(find_date_in_text("更新时间：2013-06-17 17:24　发布时间：2013-04-22 15:52")) == date(
        2013, 4, 22
    )
    assert beijing_day(headline_date(f"{TITLE} 更新：2018-04-14 2018年2月18日 正文", TITLE)) == date(2018, 2, 18)


def test_a_weekday_between_the_day_and_its_time_keeps_the_time() -> None:
    # Above the headline, "2014年10月21日（星期二）21:56　来源：综合" is a date line with its time.
    line = "2014年10月21日（星期二）21:56　来源：综合"
    assert find_date_in_text(line, need_time=True) == datetime(2014, 10, 21, 21, 56, tzinfo=BEIJING)


def test_microdata_and_a_published_time_element_are_metadata() -> None:
    tree = fromstring(
        "<div><span itemprop='dateModified' content='2018-04-14T00:49:47+08:00'>更新：2018-04-14</span>"
        "<span itemprop='datePublished' content='2018-02-18T21:12:47+08:00'>2018年2月18日</span></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2018, 2, 18)
    # A UTC time of 23:37 on the 17th is the 18th in Beijing.
    tree = fromstring(
        "<div><time class='pubtime' datetime='2011-09-17T23:37:03+00:00'>9月18日 07:37</time></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2011, 9, 18)
    # WordPress: the update's <time> first, the publication's classed "published".
    tree = fromstring(
        "<div><time class='updated' datetime='2013-10-22T20:04:01+08:00'>x</time>"
        "<time class='entry-date published' datetime='2013-10-13T18:30:01+08:00'>y</time></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2013, 10, 13)
    # A related list's microdata is other articles'.
    tree = fromstring(
        "<ul><li itemscope><time itemprop='datePublished' datetime='2013-10-13'>x</time></li></ul>"
    )
    assert marked_date(tree, "Asia/Shanghai") is None


def test_a_late_night_story_in_utc_keeps_its_beijing_day_on_the_page() -> None:
    info = (
        "<time class='pubtime' datetime='2011-09-17T23:37:03+00:00'>9月18日 07:37</time> <span>人民网</span>"
    )
    fetched = datetime(2017, 5, 16, 5, 0, tzinfo=UTC)
    item = extract_article("http://news.example.cn/html/1.html", _page(info), fetched_at=fetched)
    assert beijing_day(item.published_at) == date(2011, 9, 18)


def test_an_agency_dateline_dates_a_page_that_prints_no_date() -> None:
    now = datetime(2021, 7, 17, 6, 0, tzinfo=UTC)
    assert beijing_day(dateline_date("新华社北京7月2日电（记者王晓明）记者从……", now)) == date(2021, 7, 2)
    assert beijing_day(
        dateline_date("中新网上海12月30日电 （记者 李佳）", datetime(2022, 1, 5, tzinfo=UTC))
    ) == date(2021, 12, 30)
    assert dateline_date("7月2日，记者从市交通运输局获悉", now) is None
    body = f"<p>　　新华社北京7月2日电（记者王晓明）{PARAS[0]}</p>" + "".join(
        f"<p>　　{p}</p>" for p in PARAS[1:]
    )
    item = extract_article(
        "http://news.example.cn/article/491706.htm",
        _page("来源：新华网　责任编辑：李明", body=body),
        fetched_at=now,
    )
    assert beijing_day(item.published_at) == date(2021, 7, 2)


def test_the_line_under_the_headline_beats_a_previous_storys_teaser_above_it() -> None:
    teaser = "<div class='prev-box'><a href='/p/1.html'>上一篇：汉中一砂石车超载被罚</a> <span class='date'>2017-3-4 16:20</span></div>"
    item = extract_article("http://news.example.cn/html/2.html", _page("2017-03-05", above=teaser))
    assert beijing_day(item.published_at) == date(2017, 3, 5)


def test_the_header_zone_leaves_scripts_out() -> None:
    node = fromstring(
        "<div><script>var serverTime = '2026-07-04 16:26:00';</script><h1>标题</h1><style>p{}</style>尾</div>"
    )
    assert shown_text(node) == "标题 尾"

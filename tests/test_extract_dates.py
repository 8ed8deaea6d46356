"""Chinese date forms -> timezone-aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.extract import extract_article
from crawler.extract.dates import find_date_in_text, labelled_date, parse_chinese_datetime, relative_date

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016年07月20日", datetime(2016, 7, 20, tzinfo=SH)),
        ("2016年7月20日 08:30", datetime(2016, 7, 20, 8, 30, tzinfo=SH)),
        ("2016-7-20 08:30", datetime(2016, 7, 20, 8, 30, tzinfo=SH)),
        ("发布时间：2019/03/06 17:05:09", datetime(2019, 3, 6, 17, 5, 9, tzinfo=SH)),
        ("2016.07.20", datetime(2016, 7, 20, tzinfo=SH)),
        ("2016-10-31 09:28:27.0", datetime(2016, 10, 31, 9, 28, 27, tzinfo=SH)),  # Founder
        ("2024-10-28 10:25:36:0", datetime(2024, 10, 28, 10, 25, 36, tzinfo=SH)),  # Founder, other template
        ("２０１６年７月２０日", datetime(2016, 7, 20, tzinfo=SH)),  # full-width digits
        ("2020-02-19T10:00:00+08:00", datetime(2020, 2, 19, 10, tzinfo=timezone(timedelta(hours=8)))),
        ("2020-02-19T02:00:00Z", datetime(2020, 2, 19, 2, tzinfo=UTC)),
        ("/html/20160720/content_1.htm", datetime(2016, 7, 20, tzinfo=SH)),
        ("2016年7月20日15时30分", datetime(2016, 7, 20, 15, 30, tzinfo=SH)),
    ],
)
def test_parse_chinese_datetime(text: str, expected: datetime) -> None:
    got = parse_chinese_datetime(text, "Asia/Shanghai")
    assert got == expected
    assert got is not None and got.tzinfo is not None


@pytest.mark.parametrize("text", ["", "没有日期", "2016年13月40日", "第2016期"])
def test_no_date(text: str) -> None:
    assert parse_chinese_datetime(text, "Asia/Shanghai") is None


def test_source_timezone_is_used_for_local_times() -> None:
    got = parse_chinese_datetime("2016-07-20 08:30", "Asia/Taipei")
    assert got is not None and got.utcoffset() == timedelta(hours=8) and str(got.tzinfo) == "Asia/Taipei"
    assert parse_chinese_datetime("2016-07-20", "No/Such_Zone") == datetime(
        2016, 7, 20, tzinfo=timezone(timedelta(hours=8))
    )


def test_labelled_date_wins_over_first_date_in_header() -> None:
    text = "纪念2015年9月3日大阅兵 发布时间：2016-07-20 08:30 来源：本报"
    assert find_date_in_text(text, "Asia/Shanghai") == datetime(2016, 7, 20, 8, 30, tzinfo=SH)


def test_need_time_skips_bare_dates_in_header_text() -> None:
    text = "蔡健雅 1975年1月28日出生 ... 2020-02-14 09:00"
    assert find_date_in_text(text, "Asia/Shanghai", need_time=True) == datetime(2020, 2, 14, 9, tzinfo=SH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A forum post header: the profile's 注册时间 comes first and must not be read.
        (
            "江南小雨 UID 3321 注册时间 2006-4-2 楼主 发表于 2008-3-15 21:23",
            datetime(2008, 3, 15, 21, 23, tzinfo=SH),
        ),
        ("发表于: 2011-08-22 14:36 只看楼主", datetime(2011, 8, 22, 14, 36, tzinfo=SH)),
        ("成文日期：2019年03月05日 发布日期：2019年03月06日", datetime(2019, 3, 6, tzinfo=SH)),
        ("发布时间：18-03-08 23:16", datetime(2018, 3, 8, 23, 16, tzinfo=SH)),  # two-digit year
        ("时间：２００４年１２月３日 来源：江城晚报", datetime(2004, 12, 3, tzinfo=SH)),  # full-width
        ("日期：二〇〇五年五月七日", datetime(2005, 5, 7, tzinfo=SH)),
        ("现在时间是 2008-3-20 10:11", None),
    ],
)
def test_labelled_date(text: str, expected: datetime | None) -> None:
    assert labelled_date(text, "Asia/Shanghai") == expected


def test_relative_dates_need_the_capture_time() -> None:
    now = datetime(2020, 2, 13, 9, 0, tzinfo=SH)
    assert relative_date("昨天 16:21", now) == datetime(2020, 2, 12, 16, 21, tzinfo=SH)
    assert relative_date("今天", now) == datetime(2020, 2, 13, tzinfo=SH)
    assert relative_date("前天", now) == datetime(2020, 2, 11, tzinfo=SH)
    assert relative_date("3小时前", now) == datetime(2020, 2, 13, 6, 0, tzinfo=SH)
    assert labelled_date("发布时间：昨天 16:21", "Asia/Shanghai") is None
    assert labelled_date("发布时间：昨天 16:21", "Asia/Shanghai", now=now) == datetime(
        2020, 2, 12, 16, 21, tzinfo=SH
    )


def test_english_month_dates() -> None:
    assert parse_chinese_datetime("August 16, 2010 新網誌登場") == datetime(2010, 8, 16, tzinfo=SH)
    assert parse_chinese_datetime("Dec 28 2013") == datetime(2013, 12, 28, tzinfo=SH)
    assert parse_chinese_datetime("Mayday 16, 2010") is None


def _page(head: str = "", body: str = "", script: str = "") -> bytes:
    text = (
        "<p>3月5日，县应急管理局召开春季消防安全工作部署会，要求各镇街对人员密集场所开展拉网式排查，"
        "发现隐患立即整改，不能立即整改的要落实防范措施，确保不发生较大火灾事故。</p>"
        "<p>会议指出，当前正值春季风干物燥，火灾风险上升，各单位要压实责任，加强值班值守。</p>"
    )
    return (
        f"<html><head><meta charset='utf-8'><title>部署春季消防安全工作_县政府网</title>{head}</head>"
        f"<body><h1>部署春季消防安全工作</h1>{body}<div class='text'>{text}</div>"
        "<div class='related'><a href='/a'>去年的新闻标题很长很长</a> 2016-01-02 10:00</div>"
        f"{script}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            _page(head="<meta name='firstpublishedtime' content='2007-08-20-23:59:59'>"),
            datetime(2007, 8, 20, tzinfo=SH),
        ),
        (
            _page(
                head='<script type="application/ld+json">'
                '{"@type":"NewsArticle","datePublished":"2019-09-05T11:10:52+08:00"}</script>'
            ),
            datetime(2019, 9, 5, 11, 10, 52, tzinfo=timezone(timedelta(hours=8))),
        ),
        (
            _page(script='<script>var ct = "1581517074";</script>'),
            datetime(2020, 2, 12, 22, 17, 54, tzinfo=SH),
        ),
        (
            _page(body="<div>2005-5-7 21:23:57 来源：运城日报</div>"),
            datetime(2005, 5, 7, 21, 23, 57, tzinfo=SH),
        ),
        (_page(body="<div>发表于 2008-3-15 21:23</div>"), datetime(2008, 3, 15, 21, 23, tzinfo=SH)),
    ],
)
def test_article_date_sources(page: bytes, expected: datetime) -> None:
    item = extract_article("http://gov.example/a/1.html", page)
    assert item.published_at == expected


def test_url_date_when_the_page_prints_none() -> None:
    item = extract_article("http://news.example/2019/0302/48213.html", _page())
    assert item.published_at is not None and item.published_at.date().isoformat() == "2019-03-02"


def test_capture_time_from_the_date_header() -> None:
    from crawler.extract.for_source import capture_time

    got = capture_time({"date": "Wed, 12 Feb 2020 14:17:54 GMT"})
    assert got == datetime(2020, 2, 12, 14, 17, 54, tzinfo=UTC)
    assert capture_time({}) is None
    assert capture_time({"Date": "yesterday"}) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://www.jiangsu.gov.cn/art/2019/3/5/art_46144_8253645.html",  # Hanweb/JCMS
        "http://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/201903/t20190305_16683526.htm",  # TRS WCM
        "http://www.gov.cn/zhengce/content/2019-03/05/content_5370938.htm",
    ],
)
def test_government_site_software_dates_its_urls(url: str) -> None:
    from crawler.extract.date_hints import url_date

    assert url_date(url, "Asia/Shanghai") == datetime(2019, 3, 5, tzinfo=SH)


@pytest.mark.parametrize("url", ["http://x.cn/art/2019/13/5/art_1_2.html", "http://x.cn/list/t2019_3.htm"])
def test_no_url_date_without_a_whole_day(url: str) -> None:
    from crawler.extract.date_hints import url_date

    assert url_date(url, "Asia/Shanghai") is None

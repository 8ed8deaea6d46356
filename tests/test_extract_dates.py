"""Chinese date forms -> timezone-aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.extract.dates import find_date_in_text, parse_chinese_datetime

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

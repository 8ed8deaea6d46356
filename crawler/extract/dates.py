"""Parse the date forms Chinese news pages print, into timezone-aware datetimes.

Handles ``2016年07月20日``, ``2016年7月20日 08:30``, ``2016-7-20 08:30``,
``2016/07/20 08:30:15``, ``2016.07.20``, Founder's ``2016-10-31 09:28:27.0`` and
``2024-10-28 10:25:36:0``, ISO 8601 with offsets (``2020-02-19T10:00:00+08:00``)
and compact ``20160720``. Pages print local time without an offset; it is read
in the source's timezone (Asia/Shanghai unless configured).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from archive.config import DEFAULT_TIMEZONE

__all__ = ["DATE_LABELS", "find_date_in_text", "parse_chinese_datetime"]

_SEP = r"\s*[-/.年]\s*"
_DATE_TIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})"
    + _SEP
    + r"(?P<m>1[0-2]|0?[1-9])"
    + _SEP.replace("年", "月")
    + r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])\s*日?"
    r"(?:\s*(?:T|\s|&nbsp;)?\s*(?P<H>[01]?\d|2[0-3])\s*[:：时]\s*(?P<M>[0-5]\d)\s*(?:分)?"
    r"(?:\s*[:：]\s*(?P<S>[0-5]\d)(?:[.:]\d+)?\s*(?:秒)?)?"
    r"(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2}))?)?"
)
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
# Labels that introduce the publication time in page headers.
DATE_LABELS = ("发布时间", "发表时间", "发稿时间", "时间", "日期", "发布日期", "更新时间", "来源时间")
_LABELLED = re.compile(r"(?:发布时间|发表时间|发稿时间|发布日期|日期|时间)\s*[:：]?\s*")
_CN_DIGITS = str.maketrans("０１２３４５６７８９：－／", "0123456789:-/")


def _zone(tz: str) -> timezone | ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=8))


def _build(match: re.Match[str], tz: str) -> datetime | None:
    parts = match.groupdict()
    try:
        value = datetime(
            int(parts["y"]),
            int(parts["m"]),
            int(parts["d"]),
            int(parts.get("H") or 0),
            int(parts.get("M") or 0),
            int(parts.get("S") or 0),
        )
    except ValueError:
        return None
    offset = (parts.get("tz") or "").strip()
    if offset == "Z":
        return value.replace(tzinfo=UTC)
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
        return value.replace(tzinfo=timezone(sign * delta))
    return value.replace(tzinfo=_zone(tz))


def parse_chinese_datetime(text: str, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """Return the first date (with time when given) found in ``text``, or None.

    The result is timezone-aware: an explicit offset wins, otherwise ``tz``.
    """
    if not text:
        return None
    text = text.translate(_CN_DIGITS)
    match = _DATE_TIME.search(text)
    if match:
        return _build(match, tz)
    match = _COMPACT.search(text)
    if match:
        return _build(match, tz)
    return None


def find_date_in_text(text: str, tz: str = DEFAULT_TIMEZONE, *, need_time: bool = False) -> datetime | None:
    """Find a publication date in free text, preferring one after a label like ``发布时间：``.

    Used on page headers, where a labelled date is more trustworthy than the
    first date-like string (which may be in a headline or a breadcrumb).
    With ``need_time``, an unlabelled date counts only when it carries a time
    of day (``2020-02-19 20:29``), the shape of a news info line.
    """
    text = text.translate(_CN_DIGITS)
    for label in _LABELLED.finditer(text):
        match = _DATE_TIME.match(text, label.end())
        if match:
            return _build(match, tz)
    for match in _DATE_TIME.finditer(text):
        if not need_time or match.group("H") is not None:
            return _build(match, tz)
    return None

"""Parse the date forms Chinese news pages print, into timezone-aware datetimes.

Handles ``2016年07月20日``, ``2016年7月20日 08:30``, ``2016-7-20 08:30``,
``2016/07/20 08:30:15``, ``2016.07.20``, Founder's ``2016-10-31 09:28:27.0`` and
``2024-10-28 10:25:36:0``, ISO 8601 with offsets (``2020-02-19T10:00:00+08:00``)
and compact ``20160720``. Pages print local time without an offset; it is read
in the source's timezone (Asia/Shanghai unless configured).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from archive.config import DEFAULT_TIMEZONE
from crawler.extract.people import script_folded

__all__ = [
    "DATE_LABELS",
    "TODAY_LABEL",
    "badge_day",
    "capture_year",
    "closing_date",
    "dateline_date",
    "day_first_page",
    "day_line_date",
    "day_right_under",
    "edition_date",
    "era_years",
    "find_date_in_text",
    "foot_line_date",
    "full_year",
    "headline_date",
    "info_line_date",
    "labelled_date",
    "month_day_beside_headline",
    "null_day",
    "only_in_prose",
    "other_labelled_days",
    "page_year",
    "parse_chinese_datetime",
    "printed_with_year",
    "printed_without_year",
    "printed_yearless",
    "reads_relative",
    "reads_yearless",
    "reckoned_days",
    "reckoned_so_far",
    "relative_date",
    "roc_date",
    "signed_date",
    "span_days",
    "weekday_date",
    "yearless_date",
    "yearless_era",
    "yearless_in_page_year",
    "zone",
]

# An en dash may part them too ("2020–08–15": a CMS's typography); a span's dash between two days is
# blanked before any date is read (:func:`_without_spans`).
_SEP = r"\s*[-–/.年]\s*"
# A zone printed by its name after a time: GMT+8, (UTC+08:00), BJT, Beijing Time, GMT, UTC.
_ZONE_TEXT = (
    r"(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|(?:BJT|Beijing\s+[Tt]ime|GMT|UTC)(?![A-Za-z]))"
)
_DATE_TIME = re.compile(
    r"(?P<y>(?:19|20)\d{2})"
    + _SEP
    + r"(?P<m>1[0-2]|0?[1-9])"
    + _SEP.replace("年", "月")
    + r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])\s*日?"
    # "2014年10月21日（星期二）21:56": a weekday may stand between the day and its time.
    r"(?:(?P<w>\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?"
    r"\s*(?:T|\s|&nbsp;)?\s*(?P<H>[01]?\d|2[0-3])\s*[:：时]\s*(?P<M>[0-5]\d)\s*(?:分)?"
    r"(?:\s*[:：]\s*(?P<S>[0-5]\d)(?:[.:]\d+)?\s*(?:秒)?)?"
    # Its zone: an offset, or a name English pages print (15:35 BJT, GMT+8, (UTC+08:00), 20:35 GMT).
    r"(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2}|" + _ZONE_TEXT + "))?)?"
)
# The zone names of ``_DATE_TIME``'s ``tz``, as offsets (China's own time; Greenwich's).
_ZONE_NAMES = {"BJT": "+08:00", "BEIJINGTIME": "+08:00", "GMT": "+00:00", "UTC": "+00:00"}
# "20160720", and a meta tag's "20050205103157" (publishtime: day and time in fourteen digits).
_COMPACT = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)(?P<S>[0-5]\d))?(?!\d)"
)
# Labels that introduce the publication time in page headers, most specific first.
DATE_LABELS = ("发布时间", "发表时间", "发稿时间", "时间", "日期", "发布日期", "更新时间", "来源时间")
# "注册时间" (a forum profile), "现在时间" (a forum footer), "成文日期" (a notice's
# signing day) and "更新时间" are dates, but not the publication's.
# A rule's 实施日期/施行日期/生效日期 (when it takes effect, often weeks after it is published) and
# 废止/失效 are an open-information table's other days. A CMS's workflow prints when the story was
# entered, drafted or checked (录入/撰稿/创建/审核时间) around when it went online; a page's
# generation or print time (本页生成时间, 打印时间) is the serving's; a Q&A page's 回答/回复时间 is
# the answer's, later than the question the page is.
_OTHER_DAYS = (
    "注册",
    "登录",
    "加入",  # a forum member's card: 加入时间, 上次访问时间
    "访问",
    "现在",
    "当前",
    "更新",
    "成文",
    "出生",
    "截止",
    "活动",
    "报名",
    "实施",
    "施行",
    "生效",
    "失效",
    "废止",
    "签发",
    "到期",
    "录入",
    "撰稿",
    "创建",
    "审核",
    "生成",
    "打印",
    "回答",
    "回复",
    # A copy's days: when a scraper took it (采集/抓取), a database filed it (入库/归档) or a mirror
    # synced it (同步), later than the story; a journal's 收稿/修回/录用日期, before it went online.
    "采集",
    "抓取",
    "入库",
    "归档",
    "同步",
    "收稿",
    "修回",
    "录用",
)
_NOT_PUBLISHED = "".join(f"(?<!{word})" for word in _OTHER_DAYS)
# An update's day is another matter: the page's only day is read when no other is shown.
_OTHER_LABEL = re.compile(
    "(?:" + "|".join(w for w in _OTHER_DAYS if w != "更新") + r")(?:日期|时间)\s*[:：]?\s*$"
)


# A forum member's card prints its days under bare words ("注册 2013-11-11 最后登录 2018-12-13",
# "上次访问", "加入时间"), left of the first post and before its header in the markup.
_MEMBER_LABEL = re.compile(r"(?:注册|登录|上次访问|最后访问|加入)(?:日期|时间|于)?\s*[:：]?\s*$")
# A listed company's notice names days to come under labels ending in 日 (股权登记日：, 除权（息）日：,
# 现金红利发放日：) and its meeting's (会议召开时间：).
_EVENT_DAY_LABEL = re.compile(
    r"(?:(?:登记|除权|除息|派息|发放|到账|上市|交易|缴款|申购|支付|兑付)(?:[（(]息[)）])?日|召开(?:日期|时间))\s*[:：]?\s*$"
)


# A report's data cutoff ("数据截至2019年3月10日", "截止到…") and its next issue's day ("下期发布时间：…").
_CUTOFF_OR_NEXT = re.compile(
    r"(?:截至|截止(?:到|至)?)\s*$|(?:下期|下次|下一期)发布(?:日期|时间)\s*[:：]?\s*$"
)


def _other_day(text: str, match: re.Match[str]) -> bool:
    """Tell whether a day in ``text`` follows a label of a day other than the publication's (成文日期：)."""
    before = text[max(0, match.start() - 10) : match.start()]
    return bool(
        _OTHER_LABEL.search(before)
        or _MEMBER_LABEL.search(before)
        or _EVENT_DAY_LABEL.search(before)
        or _CUTOFF_OR_NEXT.search(before)
    )


# What stands between a label and its date: a colon, or in Taiwan and Hong Kong a bar
# ("發布時間｜2023.06.17").
_LABEL_SEP = r"\s*[:：｜|︱丨]?\s*"
# Hong Kong sites print 出版 (published) beside 更新 (updated): "出版：2018-04-26 14:32".
# Blog software's English footers: "posted on 2012-04-14 12:30", "posted @ 2009-03-01 12:21".
_POSTED_EN = r"(?i:posted\s*(?:on|@|at)|published\s+on|published\s*:)"
_LABELLED = re.compile(
    "(?:"
    + _POSTED_EN
    + r"|(?:发布时间|发表时间|发稿时间|发帖时间|发布日期|发表日期|发文日期|发表于|发布于|上线时间|上线日期|"
    + r"出版时间|出版日期|出版|发布|"
    + _NOT_PUBLISHED
    + r"(?:日期|时间)))"
    + _LABEL_SEP
)
_STRONG_LABEL = re.compile(
    "(?:"
    + _POSTED_EN
    + r"|(?:发布时间|发表时间|发稿时间|发帖时间|发布日期|发表日期|发文日期|发表于|发布于|上线时间|上线日期|"
    + r"出版时间|出版日期|出版))"
    + _LABEL_SEP
)
# An update's label right before a date ("更新時間 2023.06.19 09:00"): a search for any dated
# line passes that date by when another follows.
_UPDATE_BEFORE = re.compile(
    r"(?:(?:更新|修改|修订)(?:时间|日期|于)?|(?i:\b(?:last\s+)?(?:updated|modified)\s*:))" + _LABEL_SEP + r"$"
)
# ... or right after it ("<span>2013-06-17 17:24 更新</span> <span>2013-04-22 15:52 发布</span>").
_UPDATE_AFTER = re.compile(r"\s*(?:更新|修改|修订|最后更新)(?!时间|日期)")
# Edit notes: "最后编辑于 2019-07-17", Discuz!'s "本帖最后由 X 于 2015-3-10 12:30 编辑", "Last edited by X
# on 2016-11-15" (a name, digits and all, between the words and the day), Dvbbs's "[此帖子已经被作者于
# 2005-5-8 10:21:30编辑过]".
_EDIT_NOTE_BEFORE = re.compile(
    r"(?:(?:编辑|修改|更新)于|最后由\s*\S{1,24}?\s*于|被作者于|(?i:(?:edited|updated|modified)\s+(?:by\s+\S{1,24}\s+)?on))\s*$"
)
_EDITED_AFTER = re.compile(r"\s*编辑过")


def _updated(text: str, match: re.Match[str]) -> bool:
    """Tell whether the date ``match`` found in ``text`` is labelled as an update's, before or after it.

    A label after the day before it is that day's: the label is looked for before ``match`` only
    back to the previous day's end.
    """
    low = max(0, match.start() - 10)
    digits = [i for i in range(low, match.start()) if text[i].isdigit()]
    start = digits[-1] + 1 if digits else low
    if digits and _UPDATE_AFTER.match(text, start):
        start = match.start()  # "17:24 更新 2013-04-22": the label is the earlier day's
    if _EDIT_NOTE_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
        return True
    return bool(
        _UPDATE_BEFORE.search(text, start, match.start())
        or _UPDATE_AFTER.match(text, match.end())
        or _EDITED_AFTER.match(text, match.end())
    )


# Format characters no reader sees, which a CMS or an anti-copy filter may put between a date's parts
# (a soft hyphen, zero-width spaces and joiners, a stray byte-order mark): dropped.
_CN_DIGITS = str.maketrans(
    "０１２３４５６７８９：－／．", "0123456789:-/.", "\u00ad\u200b\u200c\u200d\u2060\ufeff"
)
# Two-digit years only right after a label ("发布时间：18-03-08"): alone they are ambiguous.
# An apostrophe may stand for the century ("'19-03-04").
_SHORT_YEAR = re.compile(
    r"(?P<c>['‘’])?(?P<y>\d{2})\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s*日?"
    r"(?:\s*(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d))?"
)
# Zero is typed 〇, ○, 零 or a letter O ("二O一四年九月十一日": notices typed on keyboards without 〇).
_HAN_DIGITS = dict(zip("〇○零OＯ一二三四五六七八九", "00000123456789", strict=True))
_HAN_DATE = re.compile(
    r"((?:[〇○零OＯ一二三四五六七八九]){4})(?<![OＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# "Aug 25, 2012", and the time and zone printed after it ("Aug 25, 2012 15:35 BJT", "8:05 PM GMT").
_ENGLISH = re.compile(
    r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b"
    r"(?:,?\s+(?:at\s+)?(?P<H>[01]?\d|2[0-3])\s*:\s*(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])"
    r"(?:\s*(?P<half>[AaPp])\.?[Mm]\b\.?)?(?:(?P<tz>\s*" + _ZONE_TEXT + ")"
    # A zone named otherwise (EST, PT, CET, HKT, AEST): not read, so the time is not kept ("November 19,
    # 2019, 07:47 PM EST" read as 19:47 Beijing time was thirteen hours off).
    r"|(?P<other_zone>\s*\(?[A-Z]{1,4}T\b))?)?"
)
# Counts in digits, in Chinese numerals (两天前, 三小时前) or 半 (半小时前), and English ("2 hours ago").
_RELATIVE = re.compile(
    r"(?P<word>今天|今日|昨天|昨日|前天|前日|刚刚)\s*(?:(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d))?"
    r"|(?P<n>\d{1,3}|[一两二三四五六七八九十]{1,3}|半)\s*个?\s*(?P<unit>分钟|小时|钟头|天)前"
    r"|(?<![A-Za-z])(?P<en>\d{1,3}|an?)\s+(?P<enunit>min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b"
)
_EN_UNITS = {"m": "分钟", "h": "小时", "d": "天"}
# This year's posts without the year ("03-05 10:21", "3月5日 10:21", "3月5日"): a time or 月…日 is
# needed, as a bare "3-5" may be anything.
_MONTH_DAY = re.compile(
    # Not after a year set apart by a space (Xinhua's "2017 06/13 06:21"): that day has its year.
    r"(?<![\d年./-])(?<!(?:19|20)\d{2}\s)(?<!(?:19|20)\d{2}\s\s)(?<!(?:19|20)\d{2}\s{3})(?P<m>1[0-2]|0?[1-9])\s*(?:(?P<cn>月)|[-/.])\s*(?P<d>3[01]|[12]\d|0?[1-9])(?![\d./-])"
    r"(?(cn)\s*日)\s*(?:(?P<H>[01]?\d|2[0-3])\s*[:：]\s*(?P<M>[0-5]\d))?"
)


def zone(tz: str) -> timezone | ZoneInfo:
    """Return the named time zone (UTC+8 when the name is unknown)."""
    return _zone(tz)


def _zone(tz: str) -> timezone | ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(timedelta(hours=8))


# A template's value for an empty date field: the Unix epoch ("1970-01-01 08:00:00" in Beijing) or a
# database's or spreadsheet's zero ("1900-01-01"). No article is of that day.
NULL_DAYS = frozenset({date(1970, 1, 1), date(1900, 1, 1)})


def null_day(value: datetime | None) -> bool:
    """Tell whether ``value`` is a template's empty date (the epoch, 1900-01-01) in any zone's reading."""
    if value is None:
        return False
    if value.date() in NULL_DAYS:
        return True
    return value.tzinfo is not None and value.astimezone(UTC).date() in NULL_DAYS


def _offset_text(zone_text: str) -> str:
    """Return a printed zone as an offset, ``+HH:MM`` or ``+HHMM`` (``BJT`` and ``GMT+8``: ``+08:00``)."""
    text = re.sub(r"[\s()]", "", zone_text).upper()
    if text in _ZONE_NAMES:
        return _ZONE_NAMES[text]
    if text.startswith(("GMT", "UTC")):
        sign, rest = text[3], text[4:]
        hours, _, minutes = rest.partition(":")
        if not minutes and len(rest) > 2:  # GMT+0800
            hours, minutes = rest[:-2], rest[-2:]
        return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"
    return text


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
    if value.date() in NULL_DAYS:
        return None
    printed = (parts.get("tz") or "").strip()
    offset = _offset_text(printed)
    if printed.startswith("-") and parts.get("S") is None and "T" not in match.group():
        # "2019年3月5日 9:00-11:30": a span of hours, not a zone west of UTC (an ISO time with its
        # offset writes the T or its seconds: 2019-03-05T09:00-05:00, 2019-03-05 09:00:00-05:00).
        offset = ""
    if offset == "Z":
        return value.replace(tzinfo=UTC)
    if offset:
        return value.replace(tzinfo=_fixed_zone(offset) or _zone(tz))
    return value.replace(tzinfo=_zone(tz))


def _han_number(text: str) -> int:
    """Read 一..三十一 (a month or day in Chinese numerals)."""
    if "十" not in text:
        return int(_HAN_DIGITS[text])
    tens, _, ones = text.partition("十")
    return (int(_HAN_DIGITS[tens]) if tens else 1) * 10 + (int(_HAN_DIGITS[ones]) if ones else 0)


def _han_to_arabic(text: str) -> str:
    """Rewrite ``二〇〇五年五月七日`` as ``2005年5月7日``."""

    def arabic(match: re.Match[str]) -> str:
        year = "".join(_HAN_DIGITS[c] for c in match.group(1))
        return f"{year}年{_han_number(match.group(2))}月{_han_number(match.group(3))}日"

    return _HAN_DATE.sub(arabic, text)


# A BBS article's header prints C's ctime: "发信站: 水木社区 (Sat May  7 21:23:57 2005), 站内".
_CTIME = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>[A-Za-z]{3})\s+(?P<d>[0-3]?\d)\s+"
    r"(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d):(?P<S>[0-5]\d)\s+(?:(?P<z>CST|HKT|GMT|UTC)\s+)?(?P<y>(?:19|20)\d{2})\b"
)
# The Internet's day first (RFC 2822, a mail's Date header): "Mon, 14 Aug 2017 08:45:26 +0800".
_RFC_DAY = re.compile(
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?(?P<d>[0-3]?\d)\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y>(?:19|20)\d{2})"
    r"\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\s*(?P<z>[+-]\d{4}|GMT|UTC|CST|HKT)\b)?"
)
# An English label of a day other than the publication's: a feed's "lastBuildDate:", "Updated:".
_EN_OTHER_LABEL = re.compile(r"(?i:build\w*|updated?|modified|last\w*)\s*[:：]?\s*$")
# A day-first English date after a publication label, its weekday spelt out and commas between.
_EN_DAY_FIRST = re.compile(
    r"(?:[A-Za-z]{3,9}\.?,?\s+)?(?P<d>[0-3]?\d)\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d{2})\b"
)
# Zone names of a ctime or mail date: China's and Hong Kong's (CST on a Chinese page is China's), UTC's.
_EN_ZONES = {
    "CST": timezone(timedelta(hours=8)),
    "HKT": timezone(timedelta(hours=8)),
    "GMT": UTC,
    "UTC": UTC,
}
_US_CENTRAL_STANDARD = timezone(timedelta(hours=-6))


def _named_zone(name: str | None, tz: str) -> timezone | ZoneInfo:
    """The zone a printed name means: CST is China's, except for a source in the Americas (US Central)."""
    if not name:
        return _zone(tz)
    if name == "CST" and tz.startswith("America/"):
        return _US_CENTRAL_STANDARD
    if name[0] in "+-":
        return _fixed_zone(name) or _zone(tz)
    return _EN_ZONES.get(name, _zone(tz))


def _english(text: str, tz: str, *, mail_day: bool = False) -> datetime | None:
    """Read an English date: a ctime (``Tue Mar 05 22:21:33 CST 2019``) or a month-first day
    (``March 5, 2019``); with ``mail_day``, a mail's day-first one (``Tue, 05 Mar 2019 22:21:33 +0800``),
    read only where a date line stands (after a label, right under the headline). (Not the page's
    ``day_first``: a month's name leaves no doubt which number is the day.)"""
    for pattern in (_CTIME, _RFC_DAY) if mail_day else (_CTIME,):
        for match in pattern.finditer(text):
            month = _MONTHS.get(match.group("mon").lower())
            if month is None:
                continue
            try:
                return datetime(
                    int(match.group("y")),
                    month,
                    int(match.group("d")),
                    int(match.group("H")),
                    int(match.group("M")),
                    int(match.group("S") or 0),
                    tzinfo=_named_zone(match.group("z"), tz),
                )
            except ValueError:
                continue
    for match in _ENGLISH.finditer(text):
        month = _MONTHS.get(match.group("mon").lower())
        if month is None:
            continue
        hour = int(match.group("H") or 0)
        if match.group("other_zone"):
            try:  # the day alone, at its midnight in the source's zone
                return datetime(int(match.group("y")), month, int(match.group("d")), tzinfo=_zone(tz))
            except ValueError:
                continue
        if match.group("half") and 1 <= hour <= 12:
            hour = hour % 12 + (12 if match.group("half") in "Pp" else 0)
        offset = _offset_text(match.group("tz") or "")
        zone_of = (_fixed_zone(offset) if offset else None) or _zone(tz)
        try:
            day = datetime(
                int(match.group("y")), month, int(match.group("d")), hour, int(match.group("M") or 0)
            )
            return day.replace(second=int(match.group("S") or 0), tzinfo=zone_of)
        except ValueError:
            continue
    return None


# The world's zones lie from UTC-12 to UTC+14: a printed offset past them is a slip (GMT+80), no zone.
_OFFSET_MIN, _OFFSET_MAX = timedelta(hours=-12), timedelta(hours=14)


def _fixed_zone(offset: str) -> timezone | None:
    """Return ``+HH:MM`` (or ``+HHMM``) as a zone; None for an offset no zone has."""
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    delta = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return timezone(delta) if _OFFSET_MIN <= delta <= _OFFSET_MAX else None


# A relative day is a date line's only where it stands apart: after a label, a space or a bar, and
# before a space, a bar or the end. "昨天中午12点多", "今天（12月13日）下午" and "今天是2015年6月25日"
# (a masthead's clock) are running text: their 今天/昨天 is the story's, not the page's date.
_STANDS_AFTER = re.compile(r"(?:^|[\s:：|｜丨·•/\]】)）>]|于)$")
_PROSE_AFTER = re.compile(r"[\u4e00-\u9fff，。、；！？“”‘’（(…—]")


def _stands_apart(text: str, match: re.Match[str]) -> bool:
    """Tell whether a relative form in ``text`` stands apart from running text (a date line's).

    A form with its time (``今天 10:21``) is a date line's whatever follows; a bare one
    followed by a word or a digit ("今天5月10日凌晨") is the story's.
    """
    end = match.end("word") if match.group("word") else match.end()  # before any space it took
    return _apart(text, match.start(), end, timed=match.group("H") is not None)


def _apart(text: str, start: int, end: int, *, timed: bool) -> bool:
    """Tell whether ``text[start:end]`` stands apart: after a label, a space or a bar; not before a word."""
    if not _STANDS_AFTER.search(text[max(0, start - 1) : start]):
        return False
    return timed or not (_PROSE_AFTER.match(text, end) or text[end : end + 1].isdigit())


# The days :func:`relative_date` reckoned while one page was read (None: nobody asks).
_RECKONED: ContextVar[set[datetime] | None] = ContextVar("reckoned", default=None)


@contextmanager
def reckoned_days() -> Iterator[set[datetime]]:
    """Collect the dates :func:`relative_date` reckons from a capture's time while one page is read.

    A relative day (昨天 08:30) is read by several rules (a labelled date line, the line under the
    headline, the header zone); the extractor asks afterwards whether the date it chose was one, to
    say so (``date_from = "relative"``) without every rule reporting where its date came from.
    """
    days: set[datetime] = set()
    token = _RECKONED.set(days)
    try:
        yield days
    finally:
        _RECKONED.reset(token)


def reckoned_so_far() -> frozenset[datetime]:
    """Return the days :func:`relative_date` reckoned in the current :func:`reckoned_days` (none outside)."""
    return frozenset(_RECKONED.get() or ())


def relative_date(
    text: str, now: datetime, tz: str = DEFAULT_TIMEZONE, *, standalone: bool = False
) -> datetime | None:
    """Resolve 今天/昨天/前天/刚刚 (with an optional time) and ``N小时前`` against ``now`` (capture time).

    With ``standalone`` (a zone that may hold running text: the lines under a
    headline, a header zone) only a form that stands apart as a date line's is read.
    Each day reckoned is noted for :func:`reckoned_days`.
    """
    found = _relative_date(text, now, tz, standalone=standalone)
    days = _RECKONED.get()
    if found is not None and days is not None:
        days.add(found)
    return found


def _relative_date(text: str, now: datetime, tz: str, *, standalone: bool) -> datetime | None:
    matches = _RELATIVE.finditer(text)
    match = next((m for m in matches if not standalone or _stands_apart(text, m)), None)
    if match is None:
        return None
    local = now.astimezone(_zone(tz))
    if match.group("word") == "刚刚":
        return local.replace(second=0, microsecond=0)
    if match.group("word"):
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}[match.group("word")]
        day = (local - timedelta(days=back)).replace(hour=0, minute=0, second=0, microsecond=0)
        if match.group("H") is not None:
            day = day.replace(hour=int(match.group("H")), minute=int(match.group("M")))
        return day
    if match.group("en"):
        count, name = match.group("en"), _EN_UNITS[match.group("enunit")[0].lower()]
    else:
        count, name = match.group("n"), match.group("unit")
    units = {"分钟": 1, "小时": 60, "钟头": 60, "天": 24 * 60}
    minutes = _count(count) * units[name]
    return (local - timedelta(minutes=minutes)).replace(second=0, microsecond=0)


def _count(text: str) -> float:
    """Read a relative form's count: 3, 三, 两, 十二, 半 (a half), "a"/"an" (one)."""
    if text.isdigit():
        return int(text)
    if text == "半":
        return 0.5
    if text in ("a", "an"):
        return 1
    return _han_number(text.replace("两", "二"))


def capture_year(month: int, day: int, now: datetime, tz: str = DEFAULT_TIMEZONE) -> int:
    """Return the year a day printed without one takes from its capture: the latest such day up to ``now``."""
    local = now.astimezone(_zone(tz))
    return local.year - 1 if (month, day) > (local.month, local.day) else local.year


def yearless_date(
    text: str, now: datetime, tz: str = DEFAULT_TIMEZONE, *, standalone: bool = False
) -> datetime | None:
    """Read a day printed without its year (``03-05 10:21``, ``3月5日``) as the latest such day up to ``now``.

    Platforms print this year's posts so. Read after a label or beside the
    headline only: in running text "3月5日" is any day of any year. With
    ``standalone`` (a zone that may hold a heading or text) only a day standing
    apart counts: not "热点评论（12月31日）", a headline's own words.
    """
    local = now.astimezone(_zone(tz))
    match = _MONTH_DAY.search(text)
    if standalone:
        match = next(
            (
                m
                for m in _MONTH_DAY.finditer(text)
                if _apart(
                    text, m.start(), m.end("d") + (1 if m.group("cn") else 0), timed=m.group("H") is not None
                )
            ),
            None,
        )
    if match is None or (match.group("cn") is None and match.group("H") is None):
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    year = capture_year(month, day, now, tz)
    try:
        return datetime(
            year, month, day, int(match.group("H") or 0), int(match.group("M") or 0), tzinfo=local.tzinfo
        )
    except ValueError:
        return None


def yearless_in_page_year(
    found: datetime,
    page_day: datetime | None,
    now: datetime | None,
    tz: str = DEFAULT_TIMEZONE,
    *,
    month_only: bool = False,
) -> datetime:
    """Give a day read without its year (``发布时间：10-08 12:00``) the year the page dates itself in.

    :func:`yearless_date` takes the year of the capture (``now``): right on a page
    fetched in the year it was written, wrong on an older page fetched later
    (``newsarchive extract URL`` of a 2019 post in 2026 gave 2026-10-08). When
    the page names the same month and day with a year elsewhere (its metadata,
    a dated element), that year is the page's own; with ``month_only`` the same
    month is enough (a URL filed under ``/2022/06/``). ``found`` is left alone
    unless its year is exactly the one the capture time would have given.
    """
    if page_day is None or now is None:
        return found
    guessed = capture_year(found.month, found.day, now, tz)
    page_local = page_day.astimezone(_zone(tz))
    if found.year != guessed or page_local.month != found.month:
        return found
    if not month_only and page_local.day != found.day:
        return found
    try:
        return found.replace(year=page_local.year)
    except ValueError:  # 29 February of a year without it
        return found


_FULL_DAY = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?:1[0-2]|0?[1-9])\s*[-/.月]\s*(?:3[01]|[12]\d|0?[1-9])(?!\d)"
)
# "Copyright © 2008-2019", "版权所有 © 2019": the latest year the template was set in.
_COPYRIGHT_YEARS = re.compile(
    r"(?:©|\(c\)|copyright|版权所有)[^\n\d]{0,30}(?P<first>(?:19|20)\d{2})(?!\d)"
    r"(?:\s*[-–—~～至]\s*(?P<last>(?:19|20)\d{2})(?!\d))?",
    re.IGNORECASE,
)


def era_years(text: str) -> tuple[set[int], set[int]]:
    """Return the years a page's text outside its story prints: its copyright's latest, its full dates'."""
    copyright = {int(m.group("last") or m.group("first")) for m in _COPYRIGHT_YEARS.finditer(text)}
    return copyright, {int(m.group("y")) for m in _FULL_DAY.finditer(text)}


def printed_yearless(day: date, text: str, markup: str) -> bool:
    """Tell whether ``text`` prints ``day`` without its year (``05-06 12:30``, ``5月6日``).

    Not when ``markup`` (the page's, and its URL) prints it with its year anywhere.
    """
    year = rf"(?<!\d){day.year}\s*[-/.年]\s*0?{day.month}\s*[-/.月]\s*0?{day.day}(?!\d)|{day:%Y%m%d}"
    if re.search(year, markup):
        return False
    return printed_without_year(day, text)


def printed_without_year(day: date, text: str) -> bool:
    """Tell whether ``text`` prints ``day``'s month and day without a year (``05-06 12:30``, ``5月6日``)."""
    return any(
        int(m.group("m")) == day.month
        and int(m.group("d")) == day.day
        and (m.group("cn") is not None or m.group("H") is not None)
        for m in _MONTH_DAY.finditer(text)
    )


def printed_with_year(day: date, markup: str) -> bool:
    """Tell whether ``markup`` (a page's source and URL) prints ``day`` with its year anywhere.

    ``2024-03-05``, ``2024年3月5日``, ``2024/03/05``, ``20240305``, ``2024/0305``; in full-width digits
    or numerals (``２０２４年３月５日``, ``二〇二四年三月五日``) too, read only when the plain form is
    not there.
    A site header's clock (今天是2024年3月5日) is the day the page was served, not printed as the
    article's: a post of that day printed ``3月5日`` or ``今天 08:30`` still had its year inferred.
    """
    year = _full_day(day)

    def printed(text: str) -> bool:
        return any(not _served_day(text, m.start()) for m in year.finditer(text))

    if printed(markup):
        return True
    plain = markup.translate(_CN_DIGITS) if _CN_DIGIT_CHARS.search(markup) else markup
    plain = _han_to_arabic(plain) if _HAN_DATE.search(plain) else plain
    return plain != markup and printed(plain)


@functools.lru_cache(maxsize=1024)
def _full_day(day: date) -> re.Pattern[str]:
    """Return the pattern of ``day`` printed with its year (one a day: a crawl's articles share few days).

    The year first, its lookbehind after it: a literal start the scan of a whole page skips along.
    """
    return re.compile(
        rf"{day.year}(?<!\d{{5}})"
        rf"(?:\s*[-/.－／．年]\s*0?{day.month}\s*[-/.－／．月]\s*0?{day.day}|[-/_]?{day:%m%d})(?!\d)"
    )


# The digits and invisible characters :data:`_CN_DIGITS` rewrites or drops (its full-width separators
# :func:`_full_day` reads as they are): a page without any is read as it is, untranslated.
_CN_DIGIT_CHARS = re.compile("[０-９\u00ad\u200b\u200c\u200d\u2060\ufeff]")


# Days after a year-less day within which its capture makes it the capture year's (a daily crawl's).
_FRESH_DAYS = 7


def yearless_era(
    found: datetime,
    now: datetime,
    era: set[int],
    dated: set[int],
    tz: str = DEFAULT_TIMEZONE,
    *,
    vouched: Collection[int] = (),
) -> datetime | None:
    """Check the capture's year of a day read without one (:func:`yearless_date`) against the page's era.

    ``era`` are the years that say when the page was last made (its copyright's latest year, its
    URL's, its metadata's), ``dated`` those of the other full dates it prints outside its story
    (related lists, comments). When the era is before the year the capture gave and no date is
    later, the page is older than its capture (a 2019 post captured in 2026, "© 2019"): its one era
    year, else no date at all (a wrong year is worse than none). A page printing no era, or this
    year anywhere, keeps the capture's year: a fresh page's related list may well be last year's;
    so does a page captured within :data:`_FRESH_DAYS` of the day it prints (a daily crawl's) when
    no year of its URL or metadata (``vouched``, among ``era``) backs the copyright's.

    A stale footer: a copyright year older than the capture's, with no other year on the page (no URL
    or metadata year, no other full date) and a capture more than a week after the day. The footer
    names the page's era when the page is old (a backfill; a page saved then, whose footer was set
    then) and nothing when it was hard-coded years ago over fresh posts; the page cannot tell which.
    The footer's year is kept, and the extractor says the year was inferred (``date_from`` is
    ``inferred_year``, :mod:`archive.date_from`): as a cataloguer supplies ``[2019?]`` rather than
    leaving a date out, the archive keeps the probable year and says it is one, in every view and
    export, and a later capture's inferred year never replaces a printed date. Leaving it empty would
    drop the right day of every old page of this shape (all 26 of date probe 10's, tune and report)
    to spare the stale footer's, which is flagged, not hidden. Where the page's own years disagree
    (two eras, a later full date) no year is probable, and there is no date.
    """
    local = now.astimezone(_zone(tz))
    guessed = capture_year(found.month, found.day, now, tz)
    if found.year != guessed or not era or max(era | dated) >= guessed:
        return found
    if not vouched and (local.date() - found.astimezone(_zone(tz)).date()).days <= _FRESH_DAYS:
        # Captured within days of the day it prints, the era a copyright's alone: a fresh page under
        # a footer hard-coded years ago ("© 2004-2015"); an old page is seldom captured so near its
        # day's anniversary.
        return found
    if len(era) > 1 or max(dated, default=0) > min(era):
        return None
    try:
        return found.replace(year=min(era))
    except ValueError:  # 29 February of a year without it
        return None


def full_year(short: int) -> int:
    """Return the four-digit year of a two-digit one: this century's up to this year, else the last's.

    One rule for every two-digit year (a date line's ``14-03-05``, NetEase's ``/99/0305/`` URL), so
    that none reads as a year to come.
    """
    return short + (2000 if short <= datetime.now(UTC).year % 100 else 1900)


def _short_year(match: re.Match[str], tz: str) -> datetime | None:
    year = full_year(int(match.group("y")))
    try:
        return datetime(
            year,
            int(match.group("m")),
            int(match.group("d")),
            int(match.group("H") or 0),
            int(match.group("M") or 0),
            tzinfo=_zone(tz),
        )
    except ValueError:
        return None


# Taiwan's ROC years (民國 = year - 1911): "民國113年3月7日", "中華民國106年12月5日" ...
_ROC_YEAR = re.compile(r"(?:中华)?民国\s*(?P<y>\d{2,3})\s*年")
# ... and after a label, three-digit ROC years without 民國: "發布日期：106-12-05" (100-129: 2011-2040),
# "日期：104年10月04日".
_ROC_SHORT = re.compile(
    r"(?P<y>1[0-2]\d)\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
)
ROC_OFFSET = 1911
# The first two-digit ROC year a web page may be dated in (ROC 80 is 1991): a lower one under a
# Taiwanese page's headline is a Western year written short (18-05-07 is 2018, not 1929).
_ROC_WEB_ERA = 80
# On a page known to be Taiwanese (:mod:`crawler.extract.taiwan`), any ROC year up to this one,
# two or three digits and never zero-padded ("97.08.25"; "08.08.25" is a Gregorian 2008).
_ROC_ANY = re.compile(
    r"(?<!\d)(?P<y>[1-9]\d{1,2})\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)(?:\s*日)?"
)


# WordPress zh_CN names months in numerals ("2018年八月13日") and prints its "F j, Y" format
# month first ("三月 23, 2010", "12月 13, 2015 @ 06:48"), and "F jS, Y" with an English ordinal
# ("十一月 6th, 2009").
_HAN_MONTH = r"(?P<m>十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月"
_YEAR_HAN_MONTH = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>十[一二]?|[一二三四五六七八九])月(?=\s*\d{1,2}\s*日)"
)
_MONTH_DAY_YEAR = re.compile(
    r"(?<![\d年一二三四五六七八九十])"
    + _HAN_MONTH
    + r"\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _han_number(text)


def _wordpress_months(text: str) -> str:
    """Rewrite ``2018年八月13日`` and ``三月 23, 2010`` as ``2018年8月13日`` and ``2010年3月23日``."""
    if "月" not in text:
        return text
    text = _YEAR_HAN_MONTH.sub(lambda m: f"{m.group('y')}年{_month_number(m.group('m'))}月", text)
    return _MONTH_DAY_YEAR.sub(
        lambda m: f"{m.group('y')}年{_month_number(m.group('m'))}月{int(m.group('d'))}日", text
    )


# A span of days: "2019年3月1日至3日", "3月1日-5日", "2019.03.01—03.05", "2019/03/01 - 2019/03/05",
# "2019年3月1日9:00至3月3日17:00". Its first end is a full or a month-and-day date, its last one
# a full date, a month and day or a bare day with 日; a span of hours ("9:00-11:30") is none.
_SPAN_FULL = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)\s*日?"
_SPAN_MONTH_DAY = r"\d{1,2}\s*月\s*\d{1,2}\s*日?"
_SPAN_CLOCK = r"(?:\s*(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d)?"
_DAY_SPAN = re.compile(
    rf"(?<![\d./-])(?:{_SPAN_FULL}|{_SPAN_MONTH_DAY}){_SPAN_CLOCK}"
    r"\s*(?:[—–－~～]+|-{1,2}|至|到)\s*"
    rf"(?:{_SPAN_FULL}|{_SPAN_MONTH_DAY}|\d{{1,2}}\s*[-/.]\s*\d{{1,2}}(?![\d:：])|\d{{1,2}}\s*日){_SPAN_CLOCK}"
    r"(?![\d:：])"
)


def _without_spans(text: str) -> str:
    """Blank the digits of every span of days in ``text`` (its length kept).

    An exhibition's, a course's or a meeting's days (展览时间：2019年3月1日至3日) are neither end the
    day the page was published: no rule reads either end as a date line. A page whose only dates
    are such a span is undated rather than dated by a wrong day.
    """
    if not any(mark in text for mark in "至到—–－~～-"):
        return text
    return _DAY_SPAN.sub(lambda m: re.sub(r"\d", "#", m.group()), text)


def span_days(text: str) -> set[date]:
    """Return the days written only as ends of a span of days in ``text``."""
    plain = _han_to_arabic(script_folded(text).translate(_CN_DIGITS))
    inside = {d for m in _DAY_SPAN.finditer(plain) for d in _days_of(m.group())}
    outside = set(_days_of(_DAY_SPAN.sub(" ", plain)))
    return inside - outside


def other_labelled_days(text: str, *, day_first: bool = False) -> set[date]:
    """Return the days ``text`` writes only after a label of a day other than the publication's
    (实施日期：, 生效日期：, 截止时间：, 成文日期：, 股权登记日：)."""
    plain = _plain(text, day_first=day_first)
    other: set[date] = set()
    rest: set[date] = set()
    for match in _DATE_TIME.finditer(plain):
        day = _days_of(match.group())
        (other if _other_day(plain, match) else rest).update(day)
    return other - rest


# A document's signing day, what a notice page that names no publication day is dated by.
_PUBLISHED_LABEL = re.compile(r"(?:发布|公开|发表|发稿)(?:日期|时间)")
_SIGNED_LABEL = re.compile(r"成文(?:日期|时间)" + r"\s*[:：]?\s*")


def signed_date(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the day after ``成文日期：`` in ``text`` (the first), or None.

    Not on a page that labels a publication day too (发布日期, 公开日期), read or not: that is its date.
    """
    plain = _plain(text, day_first=day_first)
    if _PUBLISHED_LABEL.search(plain):
        return None
    for label in _SIGNED_LABEL.finditer(plain):
        match = _DATE_TIME.match(plain, label.end())
        if match and (found := _build(match, tz)) is not None:
            return found
    return None


def _days_of(text: str) -> list[date]:
    found = []
    for match in _DATE_TIME.finditer(text):
        try:
            found.append(date(int(match.group("y")), int(match.group("m")), int(match.group("d"))))
        except ValueError:
            continue
    return found


# Pages of places that write the day first ("05/03/2019" is 5 March in Singapore and Malaysia): the
# page's reading (:func:`crawler.extract.meta.read_meta`) tells each date rule so (``day_first=``).
# (A full stop after the year ends the sentence: "am 06.12.2008." is read.)
_SLASHED = re.compile(
    r"(?<![\d/.-])(?P<d>3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/]|\.\d)"
)
_DAY_FIRST_LANG = re.compile(r"^(?:zh|en|ms)[-_](?:hans[-_])?(?:sg|my)$", re.IGNORECASE)
# Singapore's and Malaysia's sites, and the Chinese press of Europe and Oceania (欧洲时报 .fr, 华商报 .de,
# .com.au), print the local form: 06.12.2008 and 06/12/2008 are 6 December.
_DAY_FIRST_HOST = re.compile(r"\.(?:sg|my|de|fr|it|es|nl|at|ch|be|ru|pl|pt|uk|au|nz|ie)$", re.IGNORECASE)


def day_first_page(host: str, language: str) -> bool:
    """Tell whether a page writes its year-last days day first: a site or language of a day-first country."""
    return bool(_DAY_FIRST_HOST.search(host) or _DAY_FIRST_LANG.match(language.strip()))


def _day_first(text: str, *, day_first: bool = False) -> str:
    """On a day-first page, rewrite ``05/03/2019`` as ``2019/03/05``."""
    if not day_first or ("/" not in text and "." not in text):
        return text
    return _SLASHED.sub(lambda m: f"{m.group('y')}/{int(m.group('m')):02d}/{int(m.group('d')):02d}", text)


def _plain(text: str, *, day_first: bool = False) -> str:
    """Read a page's date text in one script and one calendar.

    Simplified labels (發佈時間 -> 发布时间: the label rules are written in
    simplified), half-width and Arabic digits, Gregorian years (民國113年 -> 2024年),
    WordPress's month names (三月 23, 2010 -> 2010年3月23日); spans of days blanked.
    """
    text = _day_first(
        _wordpress_months(_han_to_arabic(script_folded(text).translate(_CN_DIGITS))), day_first=day_first
    )
    text = _ROC_HAN_DATE.sub(_roc_han_day, text)
    return _without_spans(_ROC_YEAR.sub(_roc_year, text))


def _roc_year(match: re.Match[str]) -> str:
    """Rewrite an ROC year (``民國113年``) as a Gregorian one; one before the web's stays as printed.

    Mainland history prose dates its stories so (民国26年, 1937): a day the text speaks of, no page's.
    """
    year = int(match.group("y"))
    return match.group() if year < _ROC_WEB_ERA else f"{year + ROC_OFFSET}年"


# An ROC day in numerals, as Taiwan's official letters print it: 中華民國一百零五年七月二十三日,
# 民國九十四年五月七日, 民國一〇八年三月五日 (folded to simplified before it is read).
_ROC_HAN_DATE = re.compile(
    r"(?:中华)?民国\s*([一二三四五六七八九十百零〇○]{1,6})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _roc_han_day(match: re.Match[str]) -> str:
    """Rewrite an ROC day in numerals as a Gregorian one (``2016年7月23日``); unreadable ones stay, and
    so do days before the web's (:func:`_roc_year`)."""
    year = match.group(1)
    try:
        if "百" in year:
            hundreds, _, rest = year.partition("百")
            rest = rest.lstrip("零〇○")
            number = int(_HAN_DIGITS[hundreds or "一"]) * 100 + (_han_number(rest) if rest else 0)
        elif "十" in year:
            number = _han_number(year)
        else:
            number = int("".join(_HAN_DIGITS[c] for c in year))
        month, day = _han_number(match.group(2)), _han_number(match.group(3))
    except (KeyError, ValueError):
        return match.group()
    if number < _ROC_WEB_ERA:
        return match.group()  # 民国二十六年七月七日 (1937): history prose's day, no page's
    return f"{number + ROC_OFFSET}年{month}月{day}日"


def _roc_short(match: re.Match[str], tz: str) -> datetime | None:
    """Return an ROC day read by one of the ROC patterns; None for a year to come or one before the web's.

    ("發布日期：18-05-07" is 2018 written short, read by :data:`_SHORT_YEAR` after this refuses 1929.)
    """
    year = int(match.group("y"))
    if year > datetime.now(UTC).year - ROC_OFFSET or year < _ROC_WEB_ERA:
        return None  # a year to come, or before any web page: not an ROC one
    try:
        return datetime(year + ROC_OFFSET, int(match.group("m")), int(match.group("d")), tzinfo=_zone(tz))
    except ValueError:
        return None


def roc_date(
    text: str, tz: str = DEFAULT_TIMEZONE, *, roc: bool = False, day_first: bool = False
) -> datetime | None:
    """Read a text that is an ROC day and nothing else (``113-03-05``, ``107/02/09``), or None.

    Taiwan's government sites print the day so in an element of its own
    (``<span class="date">113-03-05</span>``): alone, three digits before a
    month and a day are a 民國 year, where inside running text they may be anything.
    With ``roc`` (the page or the line is Taiwanese), two digits are one too (``97年12月24日``).
    """
    match = (_ROC_ANY if roc else _ROC_SHORT).fullmatch(_plain(text, day_first=day_first).strip())
    return _roc_short(match, tz) if match else None


def _traditional_labels(text: str) -> set[str]:
    """Return the date labels ``text`` prints in traditional script (發布日期), folded to simplified.

    Such a label is a Taiwanese date line's, whatever script the rest of the page is in.
    """
    text = text.translate(_CN_DIGITS)  # as :func:`_plain` reads it: "：" is ":"
    folded = script_folded(text)  # one character for one: offsets hold
    if folded == text:
        return set()
    return {
        m.group()
        for pattern in (_STRONG_LABEL, _LABELLED)
        for m in pattern.finditer(folded)
        if text[m.start() : m.end()] != m.group()
    }


# A repost names its original's day under the same labels: "原文发表于…", "原发布时间", a [转帖]
# header's "原作者：X　发表日期：…" (a name of up to 16 characters between).
# "英文原文：Published: Aug 9, 2011": a colon may stand between the original's word and its label.
_ORIGINALS = re.compile(
    r"(?:原文|原帖|原稿|(?<![\u4e00-\u9fff])原)(?:\s*[:：]\s*)?$|原作者\s*[:：]\s*\S{1,16}\s*$"
)


# An ROC day after a label may be marked 民 ("民108.03.05") or be seven digits on a Taiwanese page
# ("1100326", "0971221": a three-digit year, zero-padded below 100, then month and day).
_ROC_PREFIX = re.compile(r"\s*民國?\s*(?=\d)")
_ROC_COMPACT = re.compile(r"(?P<y>0[89]\d|1[0-2]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
# What a relative or year-less day after a label starts with: a bracket, then its digits or words.
_STARTS_DAY = re.compile(r"[\s\[［【(（]*(?:\d|[一两二三四五六七八九十半]|今|昨|前|刚|an?\s)")
# A periodical report's next issue: "下期发布时间：2019-03-12", "下次发布日期".
_NEXT_ISSUE = re.compile(r"(?:下期|下次|下一期)$")


def labelled_date(
    text: str,
    tz: str = DEFAULT_TIMEZONE,
    *,
    now: datetime | None = None,
    specific: bool = False,
    roc: bool | Callable[[], bool] = False,
    day_first: bool = False,
) -> datetime | None:
    """Return the date after the most specific publication label in ``text`` (``发布时间：``, ``发表于``).

    Specific labels (发布时间, 发表于 ...) beat generic ones (时间, 日期);
    profile and footer dates (注册时间, 现在时间) are never read. Two-digit
    years and, given ``now``, 今天/昨天 are read after a label only. With
    ``specific``, generic labels are not read at all. A two- or three-digit
    year is an ROC one (``發布日期：97.08.25`` is 2008) on a Taiwanese page
    (``roc``) or after a label printed in traditional script.
    """
    traditional = _traditional_labels(text)
    text = _plain(text, day_first=day_first)
    for pattern in (_STRONG_LABEL,) if specific else (_STRONG_LABEL, _LABELLED):
        for label in pattern.finditer(text):
            if _ORIGINALS.search(text, max(0, label.start() - 24), label.start()):
                continue  # "原文发表于2014年5月19日", "原作者：X　发表日期：…": a quoted original's day
            if _NEXT_ISSUE.search(text, max(0, label.start() - 4), label.start()):
                continue  # a report's "下期发布时间：…": when its next issue comes out
            match = _DATE_TIME.match(text, label.end()) or _COMPACT.match(text, label.end())
            if match and (found := _build(match, tz)) is not None:
                return found  # "发布时间：2015-07-01 10:21", "播出日期：20150701"
            prefix = _ROC_PREFIX.match(text, label.end())
            at = prefix.end() if prefix else label.end()
            minguo = _ROC_ANY.match(text, at)
            if minguo and not (prefix or label.group() in traditional or _asks_roc(roc)):
                minguo = None  # the page is asked whether it is Taiwan's only for an ROC-shaped day
            if minguo and (found := _roc_short(minguo, tz)) is not None:
                return found
            compact = _ROC_COMPACT.match(text, at)
            if compact and (prefix or _asks_roc(roc)) and (found := _roc_short(compact, tz)) is not None:
                return found  # "公告日期 1100326": seven digits on a Taiwanese page
            short = _SHORT_YEAR.match(text, label.end())
            if short and (found := _short_year(short, tz)) is not None:
                return found
            three = _ROC_SHORT.match(text, label.end())
            if three and (found := _roc_short(three, tz)) is not None:
                return found
            # "Published: Nov 28, 2017 11:52 AM": an English byline's day.
            english = (
                _ENGLISH.match(text, label.end())
                or _CTIME.match(text, label.end())
                or _RFC_DAY.match(text, label.end())
            )
            if english and (found := _english(english.group(), tz, mail_day=True)) is not None:
                return found
            # "PUBLISHED : Friday, 20 June, 2003, 8:07pm" (a Hong Kong paper's English page), after its label.
            if (dmy := _EN_DAY_FIRST.match(text, label.end())) and (
                month := _MONTHS.get(dmy.group("mon").lower())
            ):
                try:
                    return datetime(int(dmy.group("y")), month, int(dmy.group("d")), tzinfo=_zone(tz))
                except ValueError:
                    pass
            after = text[label.end() : label.end() + 12]
            if not _STARTS_DAY.match(after):
                # "…16时发布 预计8月18日夜间": the label ended its line; the next line's day is a forecast's.
                continue
            if now is not None and (found := relative_date(after, now, tz) or yearless_date(after, now, tz)):
                return found
    return None


def parse_chinese_datetime(
    text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False
) -> datetime | None:
    """Return the first date (with time when given) found in ``text``, or None.

    The result is timezone-aware: an explicit offset wins, otherwise ``tz``.
    """
    if not text:
        return None
    text = _plain(text, day_first=day_first)
    match = _DATE_TIME.search(text)
    if match:
        return _build(match, tz)
    match = _COMPACT.search(text)
    if match:
        return _build(match, tz)
    return _english(text, tz)


def find_date_in_text(
    text: str,
    tz: str = DEFAULT_TIMEZONE,
    *,
    need_time: bool = False,
    day_first: bool = False,
    roc: bool | Callable[[], bool] = False,
) -> datetime | None:
    """Find a publication date in free text, preferring one after a label like ``发布时间：``.

    Used on page headers, where a labelled date is more trustworthy than the
    first date-like string (which may be in a headline or a breadcrumb).
    With ``need_time``, an unlabelled date counts only when it carries a time
    of day (``2020-02-19 20:29``), the shape of a news info line.
    """
    found = labelled_date(text, tz, roc=roc, day_first=day_first)
    if found is not None:
        return found
    text = _plain(text, day_first=day_first)
    updated = None
    days = [m for m in _DATE_TIME.finditer(text) if not _served_day(text, m.start())]  # 本页生成时间：…

    def aside(match: re.Match[str]) -> bool:
        # An update's day, or one labelled as another's (录入时间, 回答时间): read when no other is shown.
        return _updated(text, match) or _other_day(text, match)

    for match in days:
        if not need_time or match.group("H") is not None:
            if not aside(match):
                return _build(match, tz)
            updated = updated or match
    if updated and need_time and any(not aside(m) for m in days):
        return None  # "最后编辑于 2019-07-17 00:26 2018-10-14": the untimed day is the page's, read elsewhere
    return _build(updated, tz) if updated else None


# A weekday after a date ("2016年03月25日 星期五", "2008年8月27日（星期三）", "2024/03/05 (週二)").
# A masthead's clock ("今天是 2024年3月7日 星期四"): the day the page was served, whatever it shows.
# 今日 alone is no label (今日早报); before a year it is (今日 2025-11-07).
TODAY_LABEL = re.compile(
    r"(?:今天|今日)\s*(?:是|为|[:：]|(?=(?:19|20)\d{2}\s*[-/.年]))|当前(?:日期|时间)|现在(?:是|时间)|系统(?:日期|时间)|\btoday\b"
    r"|生成(?:时间|日期|于)|打印(?:时间|日期)",  # 本页生成时间 (a CMS footer), a print view's 打印时间
    re.I,
)
_TODAY_BEFORE = 8


def _served_day(text: str, start: int) -> bool:
    """Tell whether the date at ``start`` of ``text`` follows a clock's label (今天是 …)."""
    return bool(TODAY_LABEL.search(text[max(0, start - _TODAY_BEFORE) : start]))


_WEEKDAY_AFTER = re.compile(r"\s*[（(]?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])")
_WEEKDAYS = "一二三四五六"


def weekday_date(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the first date in ``text`` followed by its own weekday (``2016年03月25日 星期五``).

    A print edition's date bar and a press release's closing date print the
    weekday; a related list or a footer's 更新日期 does not. The weekday must
    be the date's (a wrong one reads as no issue date): a check that a date
    and a word around it agree, not a guess.
    """
    text = _plain(text, day_first=day_first)
    for match in _DATE_TIME.finditer(text):
        weekday = _WEEKDAY_AFTER.match(text, match.start("w")) if match.group("w") else None
        weekday = weekday or _WEEKDAY_AFTER.match(text, match.end())
        found = _build(match, tz) if weekday and not _served_day(text, match.start()) else None
        if weekday and found is not None:
            expected = _WEEKDAYS[found.weekday()] if found.weekday() < 6 else "日天"
            if weekday.group("w") in expected:
                return found
    return None


# What follows a day on an info line: "2010-3-4　来源：示例日报", "2008-1-2 | 作者：X", "… 点击：35".
_INFO_AFTER_DAY = re.compile(r"\s*[|｜/]?\s*(?:来源|作者|点击|浏览|阅读|编辑|字号|字体|出处|稿源|供稿)")


def info_line_date(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the last day in ``text`` that opens an info line (``2010-3-4　来源：X``), or None.

    Without a time or a label a day may be a list's; one followed by the info
    line's fields (来源, 作者, 点击 ...) is the article's, however far above the
    text a toolbar pushed it.
    """
    text = _plain(text, day_first=day_first)
    found = None
    for match in _DATE_TIME.finditer(text):
        if _INFO_AFTER_DAY.match(text, match.end()):
            found = match
    return _build(found, tz) if found else None


# A day alone on a line, its weekday perhaps: "二〇一四年八月三日" (read as 2014年8月3日),
# "2014年8月3日（星期日）".
_DAY_LINE = re.compile(
    # An essay's writing note counts too: "写于2012年3月17日夜", "2012.3.17 于上海", "（2005年5月7日于北京）".
    r"[\s(（]*(?:(?:写|作|草|改|定稿)于\s*)?"
    r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})"
    r"\s*(?:[(（]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?"
    r"(?:\s*(?:夜|晚|凌晨|深夜)?\s*(?:(?:草|写|作|改)?于\s*[\u4e00-\u9fff]{1,8})?(?:夜|晚)?)?[\s)）]*"
)


def closing_date(
    paragraphs: list[str], tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False
) -> datetime | None:
    """Return the day a notice prints alone on a line right after its text (its signing), or None.

    ``……特此通知。`` / ``江城市教育局`` / ``二〇一四年八月三日``: a notice, a letter or a
    speech is dated at its foot. Only within the three lines after the last
    sentence, and only one such line: a list's dates come in runs.
    """
    last = max((i for i, p in enumerate(paragraphs) if re.search(r"[。！？]", p)), default=-1)
    if last < 0:
        return None
    tail = [_plain(p, day_first=day_first) for p in paragraphs[last + 1 : last + 4]]
    days = [p for p in tail if _DAY_LINE.fullmatch(p)]
    # A line naming a day to come under its label (除权（息）日：…) is no other signature.
    if len(days) != 1 or any(
        not _other_day(p, m) for p in tail if p not in days for m in _DATE_TIME.finditer(p)
    ):
        return None
    match = _DATE_TIME.search(days[0])
    return _build(match, tz) if match else None


# Days between a headline and its date line that are not the page's: a sentence's (编者按：2012年7月11日，
# 本报刊发了……) and a quoted original's (英文原文：Source: AP, 2012-07-11; 原文发表于).
# Not an info line's next field after its comma (2019年05月03日，来源：新华网 / 作者 张三).
_CLAUSE_AFTER = re.compile(
    r"\s*[，,]\s*(?!星期|礼拜|周[一二三四五六日天]|[\u4e00-\u9fff]{1,6}\s*[:：]"
    r"|(?:来源|作者|责任编辑|责编|编辑|记者|通讯员|稿源|出处|浏览|点击|阅读|字号|供稿|摄影)(?![\u4e00-\u9fff]))"
    r"[\u4e00-\u9fff《“]"
)
# Not "By X" alone: a bilingual site prints its own date line so (By Lily Chen | 中国日报网 | 2019-05-03);
# an English original's byline dates it in words (July 11, 2012), which no day here is read from.
_ORIGINAL_BEFORE = re.compile(r"原文|原帖|原载|原作者|(?i:\bsource\s*:)")


# A span of days or years: "（1918年2月18日—2017年9月4日）" (a lifespan), "2017年9月1日至2017年9月30日"
# (an event's), "1944.03.13-2017.09.04": either end is the span's, not a date line's.
_SPAN_MARK = r"\s*(?:[—–－~～]|-{1,2}|至|到)\s*"
_SPAN_AFTER = re.compile(_SPAN_MARK + r"(?:19|20)\d{2}")
_SPAN_BEFORE = re.compile(
    r"(?:19|20)\d{2}(?:\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?)?" + _SPAN_MARK + "$"
)
# A sentence's day: after a preposition (本院于2013年3月11日立案后, 在2005年5月7日的会议上) and run on
# into its words. Not a date line's label ending in 于 (发布于, 发表于), nor a day the words say was the
# publication's (本文于2013年3月11日发布).
_PROSE_BEFORE = re.compile(
    r"(?<!发布)(?<!发表)(?<!编辑)(?<!更新)(?<!修改)(?<!上传)(?<!发帖)(?:于|在|自|从|截至|截止)\s*$"
)
_PROSE_AFTER_DAY = re.compile(
    r"(?!发布|发表|首发|刊发|刊登|上传|更新|编辑|星期|礼拜|周[一二三四五六日天])[\u4e00-\u9fff]"
)


def _aside_day(text: str, match: re.Match[str]) -> bool:
    """Tell whether a day near the headline is a sentence's, a span's or a quoted original's, not a
    date line's."""
    if match.group("H") is None and _CLAUSE_AFTER.match(text, match.end()):
        return True
    if _SPAN_AFTER.match(text, match.end()) or _SPAN_BEFORE.search(
        text, max(0, match.start() - 16), match.start()
    ):
        return True
    if (
        match.group("H") is None
        and _PROSE_BEFORE.search(text, max(0, match.start() - 4), match.start())
        and _PROSE_AFTER_DAY.match(text, match.end())
    ):
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    years = list(re.finditer(r"(?:19|20)\d{2}", before))
    before = before[years[-1].end() :] if years else before  # the original's own day ends its part
    return bool(_ORIGINAL_BEFORE.search(before)) and not re.search(r"[。！？]", before)


# How far from the headline its own date line is read: the line right above it (Z-Blog's
# <h4 class="post-date">) and the info line between it and the text.
_ABOVE_HEADLINE = 24
_YEAR_CUT = re.compile(r"(?:19|20)\d{2}\s{1,3}$")
_BELOW_HEADLINE = 200
_LIST_REACH = 150


def headline_date(
    before: str,
    title: str,
    tz: str = DEFAULT_TIMEZONE,
    *,
    now: datetime | None = None,
    roc: bool | Callable[[], bool] = False,
    day_first: bool = False,
) -> datetime | None:
    """Return the date printed next to the headline in ``before`` (the page text above the body).

    A bare ``2012年09月20日`` over the headline or a ``昨天 15:49`` under it has no
    label and no time, so a search of the whole page passes it by and takes a
    comment's or a related list's date instead. Beside the headline it is the
    article's: read below the headline first (the info line), then just above
    it; relative forms count only given ``now`` (the capture time). On a Taiwanese page (``roc``)
    a two-digit year under the headline is an ROC one (``93-10-08 17:11`` is 2004).
    """
    title = " ".join(title.split())
    at = before.rfind(title) if title else -1
    if at < 0:
        return None
    below = before[at + len(title) :][:_BELOW_HEADLINE]
    start = max(0, at - _ABOVE_HEADLINE)
    while start > 0 and (before[start - 1].isdigit() or _YEAR_CUT.search(before, 0, start)):
        start -= 1  # not from the middle of a number, nor right after its year ("2018 07 / 11 00:27")
    above = before[start:at]
    if _DATE_TIME.search(
        _plain(before[max(0, at - _LIST_REACH) : max(0, at - _ABOVE_HEADLINE)], day_first=day_first)
    ):
        # The day right above the headline is a list's last item's when the lines above it are
        # dated too (a hot-news box over the article), unless it prints its weekday: a date bar's.
        above = above if weekday_date(above, tz, day_first=day_first) else ""
    # The words right before the window above: a clock's label ("今天是") cut off by the window's edge.
    lead = _plain(
        before[max(0, start - _TODAY_BEFORE - 12) : start], day_first=day_first
    )  # the label and a cut year ("2025年")
    for zone_text in (below, above):
        text = _plain(zone_text, day_first=day_first)
        ahead = lead if zone_text is above else ""
        # An update's day ("更新：2018-04-14", "… 17:24 更新") is passed by when the publication's follows.
        days = list(_DATE_TIME.finditer(text))
        days = [m for m in days if not _other_day(text, m)]  # 成文日期：…, 实施日期：… (a notice's table)
        days = [m for m in days if not _aside_day(text, m)]
        match = next((m for m in days if not _updated(text, m)), days[0] if days else None)
        if match and _served_day(ahead + text, len(ahead) + match.start()):
            match = None  # the masthead's clock right above the headline
        if match and (found := _build(match, tz)) is not None:
            return found
        if zone_text is below and (found := _us_zone_day(text[:_ENGLISH_REACH])) is not None:
            return found  # "12/12/14 02:10（美东时间）" under the headline: month first, New York's clock
        short = _SHORT_YEAR.search(text) if zone_text is below else None
        if short and short.start() > 0 and text[short.start() - 1].isdigit():
            short = None
        if short and _short_year_line(text, short, roc=roc):
            minguo = _ROC_ANY.match(text, short.start()) if _asks_roc(roc) else None
            if minguo and int(minguo.group("y")) < _ROC_WEB_ERA:
                minguo = None  # ROC 18 is 1929: "18-05-07 10:20" is 2018 written short
            found = _roc_short(minguo, tz) if minguo else _short_year(short, tz)
            if found is not None:
                return found  # "14-03-05 10:23", "18:33 11/04/21", "[09-12-21]" under the headline
        if (
            now is not None
            and not (ahead and TODAY_LABEL.search(ahead + text))
            and (
                # not a clock's day cut to its month and day by the window ("今天是 2025年|11月7日")
                found := relative_date(text, now, tz, standalone=True)
                or yearless_date(text, now, tz, standalone=True)
            )
        ):
            return found
        if (match := _CTIME.search(text)) and (found := _english(match.group(0), tz)) is not None:
            return found  # a BBS header under its 标题 line
        if (
            zone_text is below
            and (match := _RFC_DAY.search(text[:_ENGLISH_REACH]))
            and not _EN_OTHER_LABEL.search(text, 0, match.start())
            and (found := _english(match.group(0), tz, mail_day=True)) is not None
        ):
            return found  # a mail's Date header under its subject ("Mon, 14 Aug 2017 08:45:26 +0800")
        if zone_text is below and (found := _us_day(text[:_ENGLISH_REACH], tz)) is not None:
            return found  # a vBulletin post header under the thread's title
        if zone_text is below and (match := _ENGLISH.search(text[:_ENGLISH_REACH])):
            if (found := _english(match.group(0), tz)) is not None:
                return found  # "Nov. 25, 2017 | 發佈" under the headline (Hong Kong, WordPress themes)
    return None


# How close under the headline a day with no time is its own date line's (the nearest to the title).
_RIGHT_UNDER = 40


def day_right_under(
    text: str, title: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False
) -> datetime | None:
    """Return the first day printed right under the headline's last printing in ``text``, or None.

    A live blog prints its day bare under the headline (``2006-04-28``) and timed entries of the
    following days in its text: the day nearest the headline is the page's, however many timed
    days follow. Updates, other labels' days (成文日期) and a masthead clock are passed by.
    """
    title = " ".join(title.split())
    at = text.rfind(title) if len(title) >= 4 else -1
    if at < 0:
        return None
    zone_text = _plain(text[at + len(title) : at + len(title) + _RIGHT_UNDER], day_first=day_first)
    for match in _DATE_TIME.finditer(zone_text):
        if not (
            _updated(zone_text, match)
            or _other_day(zone_text, match)
            or _served_day(zone_text, match.start())
            or _aside_day(zone_text, match)
        ):
            return _build(match, tz)
    return None


# vBulletin's and other US-locale software's month-first day with a 12-hour clock: "01-06-2011, 02:59 PM".
_US_DAY = re.compile(
    r"(?<![\d-])(?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])[-/](?P<y>(?:19|20)\d{2}),?\s+"
    r"(?P<H>1[0-2]|0?\d):(?P<M>[0-5]\d)\s*(?P<half>[AaPp])\.?[Mm]\b"
)


# A US Chinese-language site's month-first day marked with a US time zone: "12/12/14 02:10（美东时间）",
# "02/06/2011 09:23 ET". The mark says which number is the month, and in which zone the clock runs.
_US_ZONES = {"东": "America/New_York", "中": "America/Chicago", "西": "America/Los_Angeles"}
_US_ZONES |= {"E": _US_ZONES["东"], "C": _US_ZONES["中"], "M": "America/Denver", "P": _US_ZONES["西"]}
_US_ZONE_DAY = re.compile(
    r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
    r"(?:,?\s+(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<half>[AaPp])\.?[Mm])?)?"
    r"\s*[（(]?\s*(?:美国?(?P<cn>[东中西])部?(?:时间)?|\b(?P<en>[ECMP])[SD]?T\b)"
)


def _us_zone_day(text: str) -> datetime | None:
    """Return a month-first day marked with a US time zone (``12/12/14 02:10（美东时间）``), in that zone."""
    match = _US_ZONE_DAY.search(text)
    if match is None:
        return None
    year = int(match.group("y"))
    year = year if year > 99 else full_year(year)
    hour = int(match.group("H") or 0)
    if match.group("half"):
        hour = hour % 12 + (12 if match.group("half") in "Pp" else 0)
    try:
        return datetime(
            year,
            int(match.group("m")),
            int(match.group("d")),
            hour,
            int(match.group("M") or 0),
            tzinfo=ZoneInfo(_US_ZONES[match.group("cn") or match.group("en")]),
        )
    except (ValueError, ZoneInfoNotFoundError):
        return None


def _us_day(text: str, tz: str) -> datetime | None:
    match = _US_DAY.search(text)
    if match is None:
        return None
    hour = int(match.group("H")) % 12 + (12 if match.group("half") in "Pp" else 0)
    try:
        return datetime(
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            hour,
            int(match.group("M")),
            tzinfo=_zone(tz),
        )
    except ValueError:
        return None


# An English date counts under the headline only at the start of its zone: further down it is the
# text's ("… on March 5, 2012 …").
_ENGLISH_REACH = 60
_CLOCK_BEFORE = re.compile(r"(?:[01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*$")
_OPENS = re.compile(r"[\[【(（]\s*$")
_CLOSES = re.compile(r"\s*[\]】)）]")


def _asks_roc(roc: bool | Callable[[], bool]) -> bool:
    """Tell whether the page is Taiwan's: ``roc`` is the answer, or how to work it out (asked when needed)."""
    return roc() if callable(roc) else roc


def _short_year_line(text: str, match: re.Match[str], *, roc: bool | Callable[[], bool] = False) -> bool:
    """Tell whether a two-digit-year day under a headline is shaped as a date line's, not a number's.

    Alone, ``11-04-21`` may be a score or a code; with a time after it (``14-03-05 10:23``),
    a time before it (``18:33 11/04/21``), alone in brackets (``[09-12-21]``), written out in
    年月日 (``04年10月25日``), after an apostrophe (``'19-03-04``) or opening an info line
    (``13.8.16　来源：X``) it is a day.
    """
    if match.group("H") is not None or match.group("c") is not None:
        return True
    written = re.search(r"年.*月.*日", match.group()) or _INFO_AFTER_DAY.match(text, match.end())
    if written and (full_year(int(match.group("y"))) >= 2000 or _asks_roc(roc)):
        # "04年10月25日" written out, "13.8.16　来源：X" opening an info line; a year of the last
        # century so written ("97年12月24日") may be Taiwan's ROC 97 (2008): left to the ROC rules.
        return True
    if _CLOCK_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
        return True
    if _asks_roc(roc) and _apart(text, match.start(), match.end(), timed=False):
        return True  # "資料來源：行政院新聞局　93.03.23" standing apart on a Taiwanese page's info line
    return bool(
        _OPENS.search(text[max(0, match.start() - 2) : match.start()]) and _CLOSES.match(text, match.end())
    )


def month_day_beside_headline(
    before: str, title: str, month: tuple[int, int], tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False
) -> datetime | None:
    """Return a yearless day under the headline (``06月24日 15:09``) in the URL's ``month`` (year, month).

    A page filed under ``/2022/06/`` that prints ``06月24日`` is of 24 June 2022; a day of
    another month is not read (it may be a related item's).
    """
    title = " ".join(title.split())
    at = before.rfind(title) if title else -1
    if at < 0:
        return None
    match = _MONTH_DAY.search(_plain(before[at + len(title) :][:_BELOW_HEADLINE], day_first=day_first))
    if match is None or (match.group("cn") is None and match.group("H") is None):
        return None
    if int(match.group("m")) != month[1]:
        return None
    try:
        return datetime(
            month[0],
            month[1],
            int(match.group("d")),
            int(match.group("H") or 0),
            int(match.group("M") or 0),
            tzinfo=_zone(tz),
        )
    except ValueError:
        return None


# A calendar badge prints the day apart from its year and month ("<span>07</span><span>2015-07</span>",
# "<p>2019/03</p><h3>04</h3>", "04 Mar 2019"), read from the element's texts joined by spaces.
_YM = r"(?P<y{0}>(?:19|20)\d{{2}})\s*[-/.年]\s*(?P<m{0}>1[0-2]|0?[1-9])\s*月?"
_BADGE = re.compile(
    r"(?P<d>3[01]|[12]\d|0?[1-9])\s*日?\s+"
    + _YM.format("")
    + "|"
    + _YM.format(2)
    + r"\s+(?P<d2>3[01]|[12]\d|0?[1-9])\s*日?"
    r"|(?P<d3>3[01]|[12]\d|0?[1-9])\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y3>(?:19|20)\d{2})"
    # Pixnet's: "Dec 28 Sat 2013 00:28" (month, day, weekday, year and time in spans of their own).
    r"|(?P<mon4>[A-Za-z]{3,9})\.?\s+(?P<d4>3[01]|[12]\d|0?[1-9])\s+(?:[A-Za-z]{3,9}\.?\s+)?"
    r"(?P<y4>(?:19|20)\d{2})(?:\s+(?P<H4>[01]?\d|2[0-3])\s*:\s*(?P<M4>[0-5]\d))?"
    # Xinhua's: "2019 03 / 05 10:21:33" (the year, then month and day, in elements of their own).
    r"|(?P<y5>(?:19|20)\d{2})\s+(?P<m5>1[0-2]|0?[1-9])\s*/\s*(?P<d5>3[01]|[12]\d|0?[1-9])"
    r"(?:\s+(?P<H5>[01]?\d|2[0-3])\s*:\s*(?P<M5>[0-5]\d)(?:\s*:\s*[0-5]\d)?)?"
)


def badge_day(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Read a date element whose day stands apart from its month and year (a calendar badge), or None."""
    match = _BADGE.fullmatch(_plain(" ".join(text.split()), day_first=day_first))
    if match is None:
        return None
    for n in ("4", "5"):
        if match.group("y" + n) is None:
            continue
        month = _MONTHS.get(match.group("mon4").lower()) if n == "4" else int(match.group("m5"))
        try:
            return (
                datetime(
                    int(match.group("y" + n)),
                    month,
                    int(match.group("d" + n)),
                    int(match.group("H" + n) or 0),
                    int(match.group("M" + n) or 0),
                    tzinfo=_zone(tz),
                )
                if month
                else None
            )
        except ValueError:
            return None
    if match.group("mon"):
        month = _MONTHS.get(match.group("mon").lower())
        year, day = match.group("y3"), match.group("d3")
    else:
        first = match.group("d") is not None
        month = int(match.group("m" if first else "m2"))
        year, day = match.group("y" if first else "y2"), match.group("d" if first else "d2")
    try:
        return datetime(int(year), month, int(day), tzinfo=_zone(tz)) if month else None
    except ValueError:
        return None


def reads_yearless(text: str, *, day_first: bool = False) -> bool:
    """Tell whether ``text`` is a day without its year and nothing else (``10月20日 03:58``, ``03-05``)."""
    match = _MONTH_DAY.fullmatch(_plain(" ".join(text.split()), day_first=day_first))
    return bool(match and (match.group("cn") or match.group("H") is not None))


def reads_relative(text: str) -> bool:
    """Tell whether ``text`` is a relative day or time (``前天 16:29``, ``3 天前``, ``半小时前``)."""
    text = " ".join(text.split())
    return bool(_RELATIVE.fullmatch(text) or re.fullmatch(r"(?:半|\d{1,3}\s*)(?:分钟|小时|天|周)前", text))


# A day past the opening of the text's first paragraph or in a later one is the story's ("据了解，早在
# 2007-12-07，……"); at the very start of the text it may be a dateline ("2012年3月5日讯").
_DATELINE_REACH = 3


def only_in_prose(day: date, paragraphs: list[str], page_text: str, *, day_first: bool = False) -> bool:
    """Tell whether ``day`` is written on the page (its markup) only inside the text's sentences.

    A date a story mentions (an earlier event, a deadline) is no date line: on a
    page that prints no date of its own, a search of the whole page finds it and
    takes it for the publication's. It counts as the page's when it is also
    written outside the text's sentences, or opens the text.
    """
    outside = _plain(page_text, day_first=day_first)
    inside = 0
    for number, paragraph in enumerate(paragraphs):
        if not re.search(r"[。！？]", paragraph):
            continue
        plain = _plain(paragraph, day_first=day_first)
        for match in _DATE_TIME.finditer(plain):
            if _day_of(match) != day:
                continue
            if number == 0 and match.start() < _DATELINE_REACH:
                return False
            inside += 1
    if inside == 0:
        return False
    total = sum(1 for match in _DATE_TIME.finditer(outside) if _day_of(match) == day)
    return total <= inside


def _day_of(match: re.Match[str]) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


# How far under the text its foot line is read, and what may not stand before its date there.
_FOOT_REACH = 80
_NOT_FOOT = re.compile(
    r"上一篇|下一篇|上一条|下一条|相关|推荐|评论|更新|修改|今天是|今日是|最新|最近|热|排行|阅读|文章|专题|栏目"
    # A reference list's day is when a source was read (百科's "[引用日期2014-05-19]"), not published.
    r"|引用|参考|访问|检索|查阅"
)
# A numbered list's first item ("61. 新加坡请歌手…", "[1] …") under the text: a list, not an info line.
_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}\s*[.．、]|[\[［【(（]\d{1,3}[\]］】)）])")


def foot_line_date(tail: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the only day of the short line right under the text (``（责任编辑：X）　[2021.3.25]``), or None.

    Portals of the 2000s print the date line at the article's foot, often with no
    label and no time. Read only when the line holds one day and nothing of a
    list, a neighbour's link or an update before it (the caller cuts the tail at
    lists and comments).
    """
    head = _plain(tail[:_FOOT_REACH], day_first=day_first)
    if _LIST_ITEM.match(head):
        return None
    days = list(_DATE_TIME.finditer(head))
    if len(days) != 1 or _NOT_FOOT.search(head, 0, days[0].start()) or _served_day(head, days[0].start()):
        return None
    if _MONTH_DAY.search(head, 0, days[0].start()):
        return None  # a list's rows dated "[9月18日]" above it
    return _build(days[0], tz)


_BRACKETS = str.maketrans("", "", "[]【】")


def day_line_date(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the day of a text that is a day and nothing else (``[ 2014/06/28 ]``, ``2014年6月28日``)."""
    plain = _plain(text, day_first=day_first).translate(_BRACKETS).strip()
    if not plain or not _DAY_LINE.fullmatch(plain):
        return None
    match = _DATE_TIME.search(plain)
    return _build(match, tz) if match else None


# An agency's or a paper's dateline opening the text: "新华社北京3月4日电（记者X）", "中新网上海3月4日电",
# "本报成都3月4日讯". It names the day without the year.
_DATELINE = re.compile(
    r"[\s　]*(?:新华社|中新社|中新网|人民网|央视网|新华网|本报|本刊|[\u4e00-\u9fff]{2,8}?(?:社|网|报|台))"
    r"[\u4e00-\u9fff]{0,8}?\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日\s*(?:电|讯)"
)
# "本报讯　3月5日，记者…": the paper's mark first, the day opening the story's first sentence.
_MARK_THEN_DAY = re.compile(
    r"[\s　]*(?:本报讯|本刊讯|[\u4e00-\u9fff]{2,8}?(?:网|报)讯)\s*(?:[（(][^）)]{0,30}[）)])?[\s　:：]*"
    r"(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日\s*[，,、\s]"
)
# A month and day in numerals without the year (三月五日, 十二月二十五日), as older datelines print them.
_HAN_MONTH_DAY = re.compile(
    r"(?<![〇○零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_DATELINE_HEAD = 40
# A wire's dateline prints the year: "上海2007年4月17日电 /美通社/ --", "（2007年4月17日，上海）",
# "北京，2007年4月17日 — ". Only at the very start of the text, closed as a dateline is: its 电 or 讯
# ends a word (a credit may follow), else a sentence's day ran on into 电商, 电信, 讯飞 (截至…日电商平台).
_DATED_DATELINE = re.compile(
    r"[\s　]*(?:(?P<place>[\u4e00-\u9fff]{2,8})\s*(?P<comma>[，,])?\s*|[（(]\s*)"
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日"
    r"(?(place)(?(comma)\s+[—–]+|\s*(?:电|讯)(?:(?![\u4e00-\u9fff])|(?=记者|通讯员|据)))"
    r"|\s*[，,]\s*[\u4e00-\u9fff]{2,8}\s*[)）])"
)


def dateline_date(
    first: str,
    now: datetime,
    tz: str = DEFAULT_TIMEZONE,
    *,
    year: int | None = None,
    opening: bool = False,
    day_first: bool = False,
) -> datetime | None:
    """Return the day of the dateline opening a text (``新华社北京3月4日电``), year up to ``now``.

    An agency story's own day is its dateline; the page around it may print none.
    The year is the one that puts the day last before the capture (``now``): a
    story is captured after it is filed, and pages are fetched while they are news.
    A ``year`` the page names for itself (an archive's 资料库 › 2004年, see :func:`page_year`)
    beats that guess: archives are captured years later. Datelines in numerals
    (``新华社北京三月五日电``) are read as well. With ``opening``, so is a day opening the first
    sentence after the paper's mark (``本报讯　三月五日，``): often the event's, the day before
    the paper's, so asked only where nothing else dates the page.
    """
    head = _plain(first[:_DATELINE_HEAD], day_first=day_first)
    if (dated := _DATED_DATELINE.match(head)) and (found := _build(dated, tz)) is not None:
        return found
    head = _HAN_MONTH_DAY.sub(lambda m: f"{_han_number(m.group(1))}月{_han_number(m.group(2))}日", head)
    match = _DATELINE.match(head) or (_MARK_THEN_DAY.match(head) if opening else None)
    if match is None:
        return None
    local = now.astimezone(_zone(tz))
    month, day = int(match.group("m")), int(match.group("d"))
    if year is None or year > local.year or (year == local.year and (month, day) > (local.month, local.day)):
        year = capture_year(month, day, now, tz)
    try:
        return datetime(year, month, day, tzinfo=local.tzinfo)
    except ValueError:
        return None


# A year named alone (a breadcrumb's "资料库 › 2004年", "二〇〇四年", "2004年新闻稿"): not a day's.
_LONE_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月|\s*度)")


_HAN_YEAR = re.compile(
    r"(?<![〇○零一二三四五六七八九])([〇○零一二三四五六七八九]{4})年(?![一二三四五六七八九十]{1,2}月)"
)


def page_year(text: str, *, day_first: bool = False) -> int | None:
    """Return the one year ``text`` (the page above its headline) names alone, or None (none, or several)."""
    text = _HAN_YEAR.sub(lambda m: "".join(_HAN_DIGITS[c] for c in m.group(1)) + "年", text)
    years = {int(m.group(1)) for m in _LONE_YEAR.finditer(_plain(text, day_first=day_first))}
    return years.pop() if len(years) == 1 else None


# An e-paper's edition bar: the day, its weekday perhaps, and the page (版) the article is on.
_EDITION_AFTER = re.compile(
    r"\s*(?:[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?)?\s*[|｜/]?\s*第\s*[A-Za-z]?\d{1,3}[A-Za-z]?\s*版"
)


def edition_date(text: str, tz: str = DEFAULT_TIMEZONE, *, day_first: bool = False) -> datetime | None:
    """Return the day of an e-paper's edition bar (``2011年01月21日 星期五 第05版：要闻``) in ``text``.

    An e-paper's article page prints its edition above a calendar of other days and a list of
    past editions; the day followed by the page it is printed on (第05版) is the article's.
    """
    text = _plain(text, day_first=day_first)
    for match in _DATE_TIME.finditer(text):
        if _EDITION_AFTER.match(text, match.end()) and not _served_day(text, match.start()):
            return _build(match, tz)
    return None

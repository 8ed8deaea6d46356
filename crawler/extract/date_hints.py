"""Collect a page's publication date from where the page header hints at one.

Order of trust: metadata, the date line by the headline, the URL path, then dates in
elements classed "time" or "date", a date badge, or a relative date with a full one in its title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from lxml.html import HtmlElement, tostring

from archive.config import DEFAULT_TIMEZONE
from crawler.extract.dates import (
    badge_day,
    day_right_under,
    find_date_in_text,
    full_year,
    labelled_date,
    other_labelled_days,
    parse_chinese_datetime,
    reads_relative,
    reads_yearless,
    roc_date,
    span_days,
    zone,
)
from crawler.extract.edition_dates import url_dates
from crawler.extract.header_texts import _spaced_text, element_text
from crawler.extract.page_furniture import days_in_markup, days_written, furniture_free, quoted
from crawler.extract.structured import structured_date
from crawler.extract.taiwan import TaiwanCheck, page_language, traditional_text

__all__ = [
    "badge_date",
    "edition_pdf_date",
    "fallback_date",
    "served_day_only",
    "titled_relative_date",
    "titled_time",
    "url_date",
    "url_month",
]

_DATE_HINT = re.compile(r"time|date|pub|info|source|laiyuan|byline", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:/|_|\D)")
# Government site software: Hanweb/JCMS "/art/2019/3/5/art_46144_8253645.html" (no zero padding)
# and TRS WCM "/201903/t20190305_16683526.htm" (the day after a "t", before the document id).
_URL_DATES = (
    _URL_DATE,
    re.compile(r"/art/((?:19|20)\d{2})/(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/art_"),
    re.compile(r"/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+"),
    # Unpadded year/month/day folders ("/2014/3/5/", "/2014-3-5/") and a file named by its
    # timestamp ("/20140305123456.html").
    re.compile(r"/((?:19|20)\d{2})[/-](1[0-2]|0?[1-9])[/-](3[01]|[12]\d|0?[1-9])/"),
    re.compile(
        r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
        r"\.(?:s?html?|asp|aspx|php|jsp)\b"
    ),
    # A file named by its two-digit year's timestamp and a serial (东方网's "/a/170120023707614.html"):
    # twelve digits that are a valid yymmddHHMMSS, then up to six more, and nothing else in the name.
    re.compile(
        r"/(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,6}"
        r"\.(?:s?html?|asp|aspx|php|jsp)\b"
    ),
    # NetEase (163.com) files by two-digit year, month-day and hour: "/12/0305/10/7RT4K2AB00014JB5.html".
    re.compile(r"/(\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/(?:[01]\d|2[0-3])/[0-9A-Za-z]{6,}\.html\b"),
    # A query parameter named for the day: "content.jsp?date=2010-11-14&id=1", "?time=20151103",
    # "pubDate=2010/03/22", Founder's e-paper "read.do?…&idate=12_2019-03-05" (the paper's id first).
    # Only names of the publication or the page's day: any name ending so took "update=" (a change),
    # "runtime=", "lifetime=", "today=" (the day served), a search's "starttime=". Not an id, nor a
    # cache-buster's epoch ("?_t=1551744000").
    re.compile(
        r"[?&](?i:(?:pub(?:lish)?|release|post|news|i)?_?(?:date|time|day))="
        r"(?:\d{1,4}_)?((?:19|20)\d{2})(?:-|/|%2F)?(0[1-9]|1[0-2])(?:-|/|%2F)?(0[1-9]|[12]\d|3[01])(?![\d])"
    ),
)


def _hinted_dates(
    tree: HtmlElement, tz: str, taiwan: Callable[[], bool], *, day_first: bool = False
) -> datetime | None:
    for node in tree.iter("span", "div", "p", "time", "em", "i", "font", "td", "li"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "")
        if node.tag == "time" or _DATE_HINT.search(hint):
            value = node.get("datetime") or element_text(node)[:200]
            found = find_date_in_text(value, tz, day_first=day_first) or roc_date(
                value, tz, day_first=day_first
            )
            if found is None and roc_date(value, tz, roc=True, day_first=day_first) is not None:
                # "<span class='date'>97年12月24日</span>　點閱次數": a two-digit ROC year, read so
                # where its line (the parent's text) or the page is Taiwanese.
                parent = node.getparent()
                line = element_text(parent)[:200] if parent is not None else ""
                if traditional_text(line) or taiwan():
                    found = roc_date(value, tz, roc=True, day_first=day_first)
            if found is not None:
                return found
    return None


_BADGE_HINT = re.compile(r"time|date|riqi|publish|(?:^|[\s_-])rq(?:$|[\s_-])", re.I)
# A site's "today" widget in its header: 今天是2025年11月7日 星期五, 今日 2025-11-07.
_TODAY_WORDS = re.compile(r"今天是|今日|今天|(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日]")
_TODAY_LABELLED = re.compile(r"今天|今日")
_NEAR_TEXT = 200  # characters of text between a badge and the headline it stands by


def _heading(tree: HtmlElement, headline: str) -> HtmlElement | None:
    """Return the page's heading element printing ``headline`` (else its first <h1>), or None."""
    wanted = " ".join(headline.split())
    first = None
    for node in tree.iter("h1", "h2", "h3", "h4", "div", "span", "p", "td", "strong", "b"):
        text = " ".join(element_text(node).split())
        if wanted and text == wanted:
            return node
        if first is None and node.tag == "h1" and text:
            first = node
    return first


def _subtree_end(node: HtmlElement) -> HtmlElement:
    last = node
    while len(last):
        last = last[-1]
    return last


def by_headline(tree: HtmlElement, node: HtmlElement, heading: HtmlElement | None) -> bool:
    """Tell whether ``node`` stands by the headline: no link and little text between them.

    A site header's date (its "today" widget) has the navigation bar between it and the
    article; a date line or badge of the article's own is printed right above or under it.
    """
    if heading is None:
        return False
    if node is heading or any(a is heading for a in node.iterancestors()):
        return True
    elements = list(tree.iter())  # kept alive: lxml's proxies then stay the same objects
    order = {el: i for i, el in enumerate(elements)}
    if node not in order or heading not in order:
        return False
    first, second = (node, heading) if order[node] < order[heading] else (heading, node)
    if any(a is first for a in second.iterancestors()):
        return True
    start, stop = order[_subtree_end(first)], order[second]
    text = len(first.tail or "")
    for el in elements[start + 1 : stop]:
        if isinstance(el.tag, str):
            if el.tag == "a" and el.get("href"):
                return False
            text += len(el.text or "") + len(el.tail or "")
    return text <= _NEAR_TEXT


def today_widgets(tree: HtmlElement, headline: str = "", served: date | None = None) -> list[HtmlElement]:
    """Return the page's "today" widgets: a short date element before the headline, away from it,
    labelled 今天/今日, or naming its weekday and showing ``served`` (the capture's day).

    A paper's date bar (2005年5月7日 星期六 over its navigation) is its edition's day: read on a
    later day it cannot be the day served, and is no widget.
    """
    heading = _heading(tree, headline)
    found: list[HtmlElement] = []
    if heading is None:
        return found  # nothing to stand away from: no date is taken for a widget
    for node in tree.iter("div", "span", "p", "td", "li", "font", "em", "b", "strong"):
        text = element_text(node)
        days = days_in_markup(text) if len(text) <= 60 and _TODAY_WORDS.search(text) else set()
        if not days or not (_TODAY_LABELLED.search(text) or served in days):
            continue
        if any(a in found for a in node.iterancestors()):
            continue
        if _precedes(tree, node, heading) and not by_headline(tree, node, heading):
            found.append(node)
    return found


def _precedes(tree: HtmlElement, node: HtmlElement, other: HtmlElement) -> bool:
    """Tell whether ``node`` comes before ``other`` in the page, outside it."""
    for el in tree.iter():
        if el is node:
            return not any(a is node for a in other.iterancestors())
        if el is other:
            return False
    return False


def served_day_only(
    tree: HtmlElement, found: datetime, headline: str = "", served: date | None = None
) -> bool:
    """Tell whether ``found``'s day (no time of day) is written only in a site header's "today" widget.

    "今天是2025年11月7日 星期五" over the navigation bar is the day the page was served. An
    e-paper's date bar (上一版, 版面导航, 第05版 on the page) is its edition's day: kept.
    """
    if found.hour or found.minute or found.second:
        return False  # a time of day: read from a timed line (今天 08:30, 3小时前), not a day's widget
    if _EDITION_WORDS.search(" ".join(tree.itertext())[:20000]):
        return False
    widgets = today_widgets(tree, headline, served)
    shown = {day for node in widgets for day in days_in_markup(element_text(node))}
    if found.date() not in shown:
        return False
    rest = _dropped(tree, widgets)
    if found.date() in days_written(rest):
        return False
    # The day written without its year elsewhere ("03月05日", "03-05 10:21" under the headline of a page
    # captured the day it came out) is the page's own: the widget only agrees with it.
    month_day = re.compile(rf"(?<!\d)0?{found.month}\s*[月/.-]\s*0?{found.day}(?!\d)")
    return not month_day.search(" ".join(rest.itertext()))


def badge_date(tree: HtmlElement, tz: str, headline: str = "", *, day_first: bool = False) -> datetime | None:
    """Return the day of the calendar badge by the headline: a date element printing day and month apart.

    Blog themes and school or government sites print the article's day as
    ``<div class="date"><span>07</span><span>2015-07</span></div>`` beside the headline; no text
    search reads "07 2015-07" as one day. Not in a list, a link or a quoted post (another item's),
    nor a site header's badge of today's date (the navigation bar between it and the headline).
    """
    heading = _heading(tree, headline)
    for node in tree.iter("div", "span", "p", "time"):
        if not _BADGE_HINT.search((node.get("class") or "") + " " + (node.get("id") or "")):
            continue
        if len(node) < 2 or any(a.tag in ("li", "a") for a in node.iterancestors()) or quoted(node):
            continue
        if heading is not None and not by_headline(tree, node, heading):
            continue
        if heading is None and _TODAY_WORDS.search(element_text(node)):
            continue
        found = badge_day(_spaced_text(node)[:40], tz, day_first=day_first)
        if found is not None:
            return found
    return None


def titled_relative_date(tree: HtmlElement, tz: str, *, day_first: bool = False) -> datetime | None:
    """Return the exact time an element shows as a relative or yearless one in its ``title`` (the first).

    Discuz! prints recent posts as ``<span title="2015-3-12 10:21">前天&nbsp;10:21</span>``
    (``3 天前``): without the capture time the words cannot be read, the title can.
    The first such element is the thread's own post header; replies come after it.
    Weibo prints ``<a title="2020-10-20 03:58">10月20日 03:58</a>``: the title holds the year.
    A forwarded original's or a quoted reply's is that post's, not the page's.
    """
    found = titled_time(tree, tz, day_first=day_first)
    return found[1] if found is not None else None


# Elements a script turns into a relative time from their ``datetime`` (timeago, AMP's amp-timeago,
# GitHub's relative-time): ``<amp-timeago datetime="2009-02-15T21:03:29Z">191天前</amp-timeago>``.
_TIMEAGO_TAGS = ("time", "amp-timeago", "relative-time", "time-ago")


def titled_time(tree: HtmlElement, tz: str, *, day_first: bool = False) -> tuple[str, datetime] | None:
    """Return the first element's shown relative or yearless time and the exact one its attribute holds.

    The ``title`` of a span, link or ``<time>`` (:func:`titled_relative_date`), or the ``datetime`` of an
    element a script renders relative (timeago): the attribute was written when the page was, the words
    were rendered at some other time than the capture (an AMP page's fallback text at its build).
    """
    for node in tree.iter("span", "em", "time", "abbr", "a", "font", *_TIMEAGO_TAGS[1:]):
        exact = node.get("title") or (node.get("datetime") if node.tag in _TIMEAGO_TAGS else "") or ""
        shown = element_text(node) if exact else ""
        if (
            exact
            and (reads_relative(shown) or reads_yearless(shown, day_first=day_first))
            and not quoted(node)
        ):
            found = parse_chinese_datetime(exact, tz, day_first=day_first)
            if found is not None:
                return shown, found
    return None


def fallback_date(
    tree: HtmlElement,
    tz: str,
    taiwan: Callable[[], bool] | None = None,
    headline: str = "",
    *,
    day_first: bool = False,
) -> datetime | None:
    """Ask htmldate (day precision, robust) and keep our hinted date when it agrees (has the time).

    A day the page writes only in its furniture (link lists, navigation, footers,
    comments) is not the article's: on a page that prints no date of its own a
    related list's day is no answer, and no date is better than a wrong one. The
    page is then asked again without its furniture.
    """
    taiwan = taiwan or TaiwanCheck(tree, "")

    def rejected(found: datetime | None) -> bool:
        if found is None or _only_modified(tree, found, tz, day_first=day_first):
            return True
        if found.date() in span_days(tostring(tree, encoding="unicode")):
            return True  # an event's first or last day (展览时间：2019/03/01 - 2019/03/05), no other day
        if found.date() in other_labelled_days(" ".join(tree.itertext()), day_first=day_first):
            return True  # a rule's 实施日期, a notice's 截止时间: a day the page names as another's only
        # the site header's today ("今天是2025年11月7日 星期五"), the day it was served
        return served_day_only(tree, found, headline)

    found = _fallback_date(tree, tz, taiwan, day_first=day_first)
    if found is None or rejected(found):
        return None
    clean = furniture_free(tree)
    if clean is tree or found.date() in days_written(clean):
        return found
    # Asked again without the furniture, the answer passes the same checks (a report's 下期发布时间).
    again = _fallback_date(clean, tz, taiwan, day_first=day_first)
    return None if rejected(again) else again


# Metadata naming when a page was last changed, not when it was published.
_MODIFIED_META = frozenset(
    (
        "og:updated_time",
        "article:modified_time",
        "og:article:modified_time",
        "last-modified",
        "lastmod",
        "modified",
    )
)
_LD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{6,40})"')


def _dropped(tree: HtmlElement, nodes: list[HtmlElement]) -> HtmlElement:
    """Return a copy of ``tree`` without ``nodes`` (their tails kept)."""
    paths = [tree.getroottree().getpath(node) for node in nodes]
    copy = deepcopy(tree)
    for node in [found for path in paths for found in copy.getroottree().xpath(path)]:
        node.drop_tree()
    return copy


def _only_modified(tree: HtmlElement, found: datetime, tz: str, *, day_first: bool = False) -> bool:
    """Tell whether ``found``'s day is written only where metadata names the page's last change.

    htmldate falls back on ``og:updated_time``, ``article:modified_time`` or JSON-LD's
    ``dateModified`` when nothing else dates a page: a change's day, often months after the
    story, is no publication date, and no date is better than a wrong one.
    """
    values = [
        (node.get("content") or "").strip()
        for node in tree.iter("meta")
        if (node.get("property") or node.get("name") or node.get("http-equiv") or "").strip().lower()
        in _MODIFIED_META
    ]
    values += [
        m.group(1)
        for script in tree.iter("script")
        if "ld+json" in (script.get("type") or "").lower()
        for m in _LD_MODIFIED.finditer(script.text or "")
    ]
    days = {
        d.date()
        for v in values
        if v and (d := parse_chinese_datetime(v, tz, day_first=day_first)) is not None
    }
    if found.date() not in days:
        return False
    markup = tostring(tree, encoding="unicode")
    for value in values:
        markup = markup.replace(value, "") if value else markup
    return found.date() not in days_in_markup(markup)


def _fallback_date(
    tree: HtmlElement, tz: str, taiwan: Callable[[], bool], *, day_first: bool = False
) -> datetime | None:
    from htmldate import find_date

    hinted = _hinted_dates(tree, tz, taiwan, day_first=day_first)
    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate is third-party heuristics: never let it fail a page
        found = None
    if not found:
        return hinted
    day = parse_chinese_datetime(found, tz, day_first=day_first)
    if hinted is not None and day is not None and hinted.date() == day.date():
        return hinted
    if day is not None and not _written(tree, day.date()):
        # A day the page never writes is htmldate's reading, not the page's: a month padded to its
        # first day (时间：2006-09), a month-first US day read day first (02/06/2011), a two-digit
        # ROC year read as 19xx (93-10-08). No date is better than a wrong one.
        return hinted
    return day


_EN_MONTH_NAMES = (
    "jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?",
    "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?",
)  # fmt: skip


# Languages and regions that write a year-last day day first (05/10/2018 is 5 October): not the US's
# en-US, nor a bare en or zh, whose pages may write it month first (美东时间).
_DAY_FIRST_LANGUAGE = re.compile(
    r"(?:pt|es|fr|de|it|nl|ru|pl|tr|id|ms|vi)(?:[-_]|$)|(?:en|zh)[-_](?:hant[-_])?(?:gb|hk|mo|sg|au|nz|ie|in|my)\b",
    re.I,
)


def _written(tree: HtmlElement, day: date) -> bool:
    """Tell whether ``tree``'s markup writes ``day``: in digits (2019-03-05, 2019年3月5日, 20190305),
    with its month's English name (March 5, 2019; 5 Mar 2019) or year last where the day cannot be
    a month (07/14/2008)."""
    markup = tostring(tree, encoding="unicode")
    if day in days_in_markup(markup) or _two_digit_year_first(markup, day):
        return True
    month, number = _EN_MONTH_NAMES[day.month - 1], f"0?{day.day}"
    english = re.compile(
        rf"\b{month}\.?\s+{number}(?:st|nd|rd|th)?,?\s+{day.year}\b|\b{number}\s+{month}\.?,?\s+{day.year}\b",
        re.I,
    )
    if english.search(markup):
        return True
    if day.day <= 12:
        # 02/06/2011: either number may be the month, unless the page's language says which comes first
        # (05/10/2018 on a zh-HK, en-GB or pt-BR page is 5 October, as htmldate reads it).
        year = _year_last(day, tree)
        day_first = re.compile(rf"(?<![\d/.-])0?{day.day}[/.-]0?{day.month}[/.-]{year}(?!\d)")
        return (
            bool(_DAY_FIRST_LANGUAGE.match(page_language(tree).strip()))
            and day_first.search(markup) is not None
        )
    # A year-last day whose day cannot be a month reads one way only: 07/14/2008, 14.07.2008.
    month, number = f"0?{day.month}", f"0?{day.day}"
    year_last = re.compile(
        rf"(?<![\d/.-])(?:{month}[/.-]{number}|{number}[/.-]{month})[/.-]{_year_last(day, tree)}(?!\d)"
    )
    return year_last.search(markup) is not None


def _year_last(day: date, tree: HtmlElement) -> str:
    """Return the pattern of ``day``'s year written last: 2015, or also 15 (01/07/15) on a day-first page.

    Elsewhere two digits written first are the year (15-07-01 is 2015-07-01, as Chinese pages shorten
    it): read year last, htmldate's 15 July 2001 of it would count as written.
    """
    if not 2000 <= day.year <= 2099 or not _DAY_FIRST_LANGUAGE.match(page_language(tree).strip()):
        return str(day.year)
    return f"(?:{day.year}|{day.year % 100:02d})"


def _two_digit_year_first(markup: str, day: date) -> bool:
    """Tell whether ``markup`` writes ``day`` with a two-digit year first (15-07-01, 15/7/1, 15年7月1日).

    Chinese pages shorten 2015 so; htmldate's correct reading of such a page was dropped as a day the
    page never writes. Only a year of this century: 93-10-08 on a Taiwanese page is ROC 93 (2004), which
    htmldate reads as 1993.
    """
    if not 2000 <= day.year <= 2099:
        return False
    yy, month, number = f"{day.year % 100:02d}", f"0?{day.month}", f"0?{day.day}"
    written = re.compile(
        rf"(?<![\d/.-]){yy}(?:(?P<sep>[-/.]){month}(?P=sep){number}(?![\d/.-]\d)|年{month}月{number}日)(?!\d)"
    )
    return written.search(markup.translate(_FULL_WIDTH_DIGITS)) is not None


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])/(?!(?:0[1-9]|[12]\d|3[01])(?:/|_|\D))")


def url_month(url: str) -> tuple[int, int] | None:
    """Return the year and month of a URL filed by month only (``/2022/06/123.shtml``), else None."""
    if url_date(url, DEFAULT_TIMEZONE) is not None:
        return None
    match = _URL_MONTH.search(urlsplit(url).path)
    return (int(match.group(1)), int(match.group(2))) if match else None


def url_date(url: str, tz: str, *, day_first: bool = False) -> datetime | None:
    """Read a URL's date: ``/2020-02/19/``, ``/20200102/``, ``/2020/2/19/``, ``/t20200219_``, a timestamp.

    NetEase's ``/20/0219/10/`` has a two-digit year (:func:`full_year`: ``/99/`` is 1999, not 2099).
    """
    match = next((m for pattern in _URL_DATES if (m := pattern.search(url))), None)
    if not match:
        return None
    year, *rest = match.groups()
    year = year if len(year) == 4 else str(full_year(int(year)))
    return parse_chinese_datetime("-".join([year, *rest]), tz, day_first=day_first)


# Second-level labels under which a country's sites register (x.com.cn, x.gov.cn).
_REGISTRY_LABELS = frozenset({"com", "net", "org", "gov", "edu", "ac", "co"})


def _site(host: str) -> str:
    """The registered name a host belongs to: ``m.hebnews.cn`` and ``www.hebnews.cn`` are ``hebnews.cn``."""
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _REGISTRY_LABELS else 2
    return ".".join(labels[-keep:])


def canonical_date(tree: HtmlElement, url: str, tz: str) -> datetime | None:
    """Return the day a page's canonical URL is filed under, when it is the same site's.

    A mobile page (``m.x.cn/detail.html?id=…``) or an AMP copy points to its desktop page
    (``www.x.cn/20110728/n9705571.shtml``); another site's canonical (a syndicated copy's
    original) says nothing of this page.
    """
    host = urlsplit(url).hostname or ""
    for link in tree.iter("link", "meta"):
        rel, prop = (link.get("rel") or "").lower(), (link.get("property") or "").lower()
        named = rel == "canonical" or prop == "og:url"
        target = (link.get("href") if link.tag == "link" else link.get("content")) or ""
        other = urlsplit(target.strip()).hostname or ""
        if named and other and _site(other) == _site(host) and (found := url_date(target.strip(), tz)):
            return found
    # A permalink printed under the text ("本文地址：<a href=…>", "转载请注明出处：…") is the page's own
    # address on its desktop site; a repost's 原文链接 is the original's, another page.
    for anchor in tree.iter("a"):
        previous = anchor.getprevious()
        parent = anchor.getparent()
        before = previous.tail if previous is not None else (parent.text if parent is not None else "")
        if not _PERMALINK_LABEL.search(before or ""):
            continue
        target = (anchor.get("href") or "").strip()
        other = urlsplit(target).hostname or ""
        if other and _site(other) == _site(host) and (found := url_date(target, tz)):
            return found
    return None


# The label of a page's own address printed on it, its words opening the label ("相关文章链接：" and
# "推荐文章链接：" link other articles) or after 注明 ("转载请注明本文地址：").
_PERMALINK_LABEL = re.compile(
    r"(?:(?:(?<![\u4e00-\u9fff])|(?<=注明))(?:本文|本页|文章)(?:地址|链接|网址)|永久链接|固定链接"
    r"|转载请注明(?:出处|来源)?)\s*[:：]?\s*$"
)


def _printed_wall_clock(found: datetime, header: str, tz: str) -> datetime:
    """Return the header's time when metadata marks the very time it prints as UTC, else ``found``.

    A CMS may write the article's Beijing wall time with a ``Z`` (``"2021-05-20T17:30:57Z"`` over a
    date line printing ``2021-05-20 17:30:57``): read as UTC it is the next day's 01:30. Only the
    same minute printed in the header counts; a UTC time whose local reading is printed stays.
    """
    if found.utcoffset() != timedelta(0) or not header:
        return found
    printed = find_date_in_text(header, tz, need_time=True)
    if printed is None or printed.utcoffset() == timedelta(0):
        return found
    same = printed.replace(tzinfo=None, second=0) == found.replace(tzinfo=None, second=0)
    return printed if same else found


def _publication_date(
    tree: HtmlElement,
    metas: dict[str, str],
    header: str,
    url: str,
    tz: str,
    *,
    roc: Callable[[], bool] = lambda: False,
    title: str = "",
    day_first: bool = False,
) -> tuple[datetime | None, str]:
    """Return the publication date and where it was read ("meta", "header", "url", "fallback").

    Order of trust: what the page states in metadata, the date line by the
    headline, the URL path, then dates found anywhere (htmldate, dates in
    elements classed "time" or "date").
    """
    found = structured_date(tree, metas, tz, day_first=day_first)
    if found is not None:
        return _printed_wall_clock(found, header, tz), "meta"
    if header:
        found = find_date_in_text(header, tz, need_time=True, day_first=day_first, roc=roc) or labelled_date(
            header, tz, roc=roc, day_first=day_first
        )
        if found is not None and labelled_date(header, tz, day_first=day_first) is None:
            # An unlabelled timed day further down (a live blog's entries) yields to the day
            # printed right under the headline.
            found = day_right_under(header, title, tz, day_first=day_first) or found
        if found is not None:
            return found, "header"
    found = url_date(url, tz, day_first=day_first) or canonical_date(tree, url, tz)
    if found is not None:
        return found, "url"
    found = fallback_date(tree, tz, roc, title, day_first=day_first)
    return found, "fallback" if found is not None else ""


# An e-paper's article page names its edition by words of the page (上一版, PDF版, 第05版, 版面导航).
_EDITION_WORDS = re.compile(r"上一版|下一版|版面导航|PDF\s*版|数字报|电子版|第\s*[A-Z]?\d{1,3}\s*版")


def edition_pdf_date(tree: HtmlElement, tz: str) -> datetime | None:
    """Return the day an e-paper article page's own page PDF is filed under, when all its PDF links agree.

    Founder-style e-paper pages link the page the article is printed on as a PDF under the edition's
    dated directory (``../../../images/2019-03/05/03/rmrb2019030503.pdf``), while the article URL
    and text may carry no day at all. Only on a page that speaks of editions (上一版, PDF版, 第05版),
    and only one day among its PDF links: a gov page's attachments are other documents.
    """
    if not _EDITION_WORDS.search(" ".join(tree.itertext())[:20000]):
        return None
    days = {
        day
        for node in tree.iter("a")
        if (href := (node.get("href") or "").strip()).lower().endswith(".pdf")
        for day in url_dates(href)
    }
    if len(days) != 1:
        return None
    (day,) = days
    return datetime(day.year, day.month, day.day, tzinfo=zone(tz))

"""Read the dates an e-paper edition page names for itself: its date line and its dated links.

Many e-paper sites answer a date they have no edition for (a future date, a
gap, a date before the archive starts) with their latest edition, HTTP 200,
under the requested URL. The page still says which edition it is: Founder
pages print a date line (``2023年02月10日 星期五``) and link their page PDFs,
page images and, in the newer families, their pages and articles under dated
directories (``images/2023-02/10/01/KJRB2023021001.pdf``). The spider
compares these dates with the date it asked for.

Only what the page itself writes counts: a link's ``href`` as written (a
relative ``content_1.htm`` resolves into the requested date's directory and
says nothing), links to the page's own host, and text nodes that are a date
line and little else (an article title that mentions a date is no date line;
nor is a link text such as a "previous issue" link, nor a header's clock,
"今天是 2024年3月7日", which says when the page was served, not which edition
it is).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from urllib.parse import urlsplit

from parsel import Selector

from crawler.extract.dates import TODAY_LABEL

# A date written in a URL: 2023-02/10, 202302/10, 2023-02-10, 20230210, 2023/02/10, 2023_02_10.
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")
# A date written in text: 2023年2月10日, 2023-02-10, 2023.02.10, 2023/02/10.
_TEXT_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|[-./](\d{1,2})[-./](\d{1,2})(?!\d))"
)
# What a date line may carry beside the date: the weekday, the issue number, the page label.
_BESIDE = re.compile(
    r"(?:星期|周|礼拜)[一二三四五六日天]|总?第\s*\d+\s*期|第\s*[A-Za-z]?\d{1,3}[A-Za-z]?\s*版|[\s:：,，|/·\-]+"
)
# Characters of label a date line may have beside its date ("出版日期", the paper's name).
_LINE_MAX_OTHER = 12
_NOT_TEXT = ("script", "style", "option", "select", "textarea", "a")
# A site header's clock ("今天是 2024年3月7日 星期四", a <span id="today">): the server's date when the
# page was served, whatever edition it shows. Read as the edition's date line, it made the edition
# of any day crawled later "another edition" (the day the crawl ran). The label: dates.TODAY_LABEL.
_TODAY_MARK = re.compile(r"today|clock|nowtime|curtime|current_?(?:date|time)|sysdate|systime", re.I)


def _day(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def url_dates(url: str) -> list[date]:
    """Return the valid dates written in ``url`` (its path and query, not its host)."""
    parts = urlsplit(url)
    found = (_day(*m.groups()) for m in _URL_DATE.finditer(parts.path + "?" + parts.query))
    return [d for d in found if d is not None]


def date_line(text: str) -> date | None:
    """Return the date of a text that is a date line (the date, a weekday, a short label), else None."""
    text = " ".join(text.split())
    matches = list(_TEXT_DATE.finditer(text))
    if len(matches) != 1 or len(text) > 40:
        return None
    match = matches[0]
    year, month, day = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
    rest = _BESIDE.sub("", text[: match.start()] + text[match.end() :])
    if len(rest) > _LINE_MAX_OTHER or any(ch.isdigit() for ch in rest):
        return None
    return _day(year, month, day)


def date_lines(sel: Selector) -> list[tuple[date, str]]:
    """Return the date lines of a parsed page, each with its text (``(day, "date line 2023年02月10日")``)."""
    found: list[tuple[date, str]] = []
    # Text nodes with a year in them, then the date-line test, then (rarely reached) the ancestors:
    # an XPath predicate on every node's ancestors doubled the cost of parsing an edition page.
    for text in sel.root.xpath("//text()[contains(., '19') or contains(., '20')]"):
        day = date_line(str(text))
        if day is None:
            continue
        parent = text.getparent()
        if text.is_tail:  # the text after an element belongs to that element's parent
            parent = parent.getparent() if parent is not None else None
        if TODAY_LABEL.search(str(text)):
            continue
        if parent is not None and any(
            isinstance(node.tag, str)
            and (
                node.tag.lower() in _NOT_TEXT
                or _TODAY_MARK.search(f"{node.get('id', '')} {node.get('class', '')}")
            )
            for node in (parent, *parent.iterancestors())
        ):
            continue
        found.append((day, f"date line {' '.join(str(text).split())}"))
    return found


# A combined edition's (合刊) date range as papers print it: 2026年2月16日-22日, 03月04日—05日,
# 2025年12月31日至2026年1月2日, 2月28日～3月1日 (the year, when left out, is the edition's own).
_RANGE = re.compile(
    r"(?<!\d)(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(?:[-—–~～－]+|至|到)\s*"
    r"(?:((?:19|20)\d\d)\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日"
)
# The same in figures: 2024-02-10—17, 2024.02.10-02.17, 2024/2/10至2024/2/17 (a time after "-" is no day).
_NUMERIC_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})\s*(?:[-—–~～－]+|至|到)\s*"
    r"(?:((?:19|20)\d\d)[-./])?(?:(\d{1,2})[-./])?(\d{1,2})(?![\d:：])"
)
_COMBINED_WORD = re.compile(r"合刊|合订|合版")
# The longest span a combined edition covers (a Spring Festival week, with a weekend each side).
COMBINED_MAX_DAYS = 16


def combined_range(text: str, near: date | None) -> tuple[date, date] | None:
    """Return the first and last day of a combined edition's date line (None: ``text`` is none).

    ``text`` is a date line naming a range (``2026年2月16日-22日``, ``2026-02-16—22``, what a
    合刊 prints in place of its date), or a short text that says 合刊 and
    names one (``本期为春节合刊（2月16日至22日）``). ``near`` (a day the
    page stands for) gives the year a range without one is read in; without
    it such a range is none.
    """
    text = " ".join(text.split())
    if len(text) > 60:
        return None
    match = _RANGE.search(text) or _NUMERIC_RANGE.search(text)
    if match is None:
        return None
    year, month, day, end_year, end_month, end_day = match.groups()
    if not _COMBINED_WORD.search(text):
        rest = _BESIDE.sub("", text[: match.start()] + text[match.end() :])
        if len(rest) > _LINE_MAX_OTHER or any(ch.isdigit() for ch in rest):
            return None
    years = [int(year)] if year else ([near.year - 1, near.year, near.year + 1] if near else [])
    best: tuple[date, date] | None = None
    for y in years:
        first = _day(str(y), month, day)
        last_month = int(end_month or month)
        last_year = int(end_year) if end_year else (y + 1 if last_month < int(month) else y)
        last = _day(str(last_year), str(last_month), end_day)
        if first is None or last is None or not 0 < (last - first).days <= COMBINED_MAX_DAYS:
            continue
        if best is None or (near is not None and abs(first - near) < abs(best[0] - near)):
            best = (first, last)
    return best


def combined_lines(sel: Selector, near: date | None) -> list[tuple[date, date, str]]:
    """Return the combined-edition ranges a parsed page prints (see :func:`combined_range`), with text."""
    found: list[tuple[date, date, str]] = []
    for text in sel.root.xpath("//text()[contains(., '日') or contains(., '20') or contains(., '19')]"):
        span = combined_range(str(text), near)
        if span is None or TODAY_LABEL.search(str(text)):
            continue
        parent = text.getparent()
        if text.is_tail:
            parent = parent.getparent() if parent is not None else None
        if parent is not None and any(
            isinstance(node.tag, str) and node.tag.lower() in _NOT_TEXT
            for node in (parent, *parent.iterancestors())
        ):
            continue
        found.append((*span, " ".join(str(text).split())))
    return found


def link_dates(href: str) -> list[tuple[date, str]]:
    """Return the dates a link names as the page writes it (``href`` unresolved), each with the link.

    A relative ``content_1.htm`` names none: resolved, it would carry the
    requested date's directory, which is no evidence of anything.
    """
    return [(day, f"link {href[:120]}") for day in url_dates(href)]


def served_day_only(dates: Sequence[tuple[date, str]], served: date | None) -> str:
    """Return the date line of a page whose only dates are date lines of the day it was served ("": not so).

    Such a line may be the site's clock in a header (unlabelled: 2024年3月7日 星期四)
    or the date line of that day's edition: with no dated link to tell, it is
    no evidence that the page is another date's edition.
    """
    if served is None or not dates or any(d != served or not how.startswith("date line") for d, how in dates):
        return ""
    return dates[0][1]


def answered_by(
    day: date, dates: Sequence[tuple[date, str]], served: date | None = None
) -> tuple[date, str] | None:
    """Return the edition a page answered for ``day`` names instead, and where it says so (None: none).

    A page that names ``day`` anywhere, or no date at all, is taken for
    ``day``'s, and so is one whose only dates are date lines of ``served``,
    the day it was served (see :func:`served_day_only`). Otherwise its first
    date line decides, else the date most of its dated links name.
    """
    if not dates or any(d == day for d, _ in dates) or served_day_only(dates, served):
        return None
    for other, how in dates:
        if how.startswith("date line"):
            return other, how
    other = Counter(d for d, _ in dates).most_common(1)[0][0]
    return other, next(how for d, how in dates if d == other)

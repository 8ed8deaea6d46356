"""Read what a page states about itself in machine-readable form: JSON-LD, meta tags, WeChat variables.

This is the most trusted source of a publication date: a CMS writes it from
the article record, while text dates on the page may be a sidebar's or a
comment's. Meta tags first (``article:published_time``, ``pubdate``,
``og:time``, gov.cn's ``firstpublishedtime``), then JSON-LD ``datePublished``,
then the publication time WeChat article pages keep in ``var ct = "<epoch>"``
(the page itself prints only 昨天 or 前天).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml.html import HtmlElement

from crawler.extract.dates import null_day, parse_chinese_datetime, zone

__all__ = ["DATE_META", "LinkedData", "another_item", "linked_data", "marked_date", "structured_date"]

DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "article:published",
    "og:time",
    "pubdate",
    "publishdate",
    "publish_date",
    "pub_date",
    "og:published_time",
    "publishtime",
    "datepublished",
    "firstpublishedtime",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "citation_publication_date",
    "parsely-pub-date",
    "release_date",
    "date",
    "apub:time",
    "weibo:article:create_at",
    "sailthru.date",
)
# Newer WeChat pages declare it ``var create_time = "1551752493" * 1;``.
_WECHAT_CT = re.compile(r"\bvar\s+(?:ct|create_time)\s*=\s*[\"']?(\d{10})[\"']?")
# The article record a page's own script carries: ``var publish_time = "2020-03-05 10:23"``,
# ``"pubtime":"…"`` (腾讯), ``ptime: '…'`` (网易), ``pubDate``, ``publishTime`` (头条).
_SCRIPT_DATE = re.compile(
    r"[\"']?\b(?:publish_?time|publish_?date|pub_?time|pub_?date|ptime|article_?pub_?time|post_?time|news_?time|"
    r"date_?published|release_?time)[\"']?\s*[:=]\s*(?:[\"']([^\"'<>]{8,32})[\"']|(\d{13}|\d{10})(?!\d))",
    re.IGNORECASE,
)
# A Java ``Date`` serialised as an object under the same keys (old fastjson, json-lib):
# ``"pubTime":{"date":19,…,"time":1592542265000,…,"year":120}``: its ``time`` is the epoch in ms.
_JAVA_DATE_OBJECT = re.compile(
    r"[\"']?\b(?:publish_?time|publish_?date|pub_?time|pub_?date|ptime|article_?pub_?time|post_?time|news_?time|"
    r"date_?published|release_?time)[\"']?\s*[:=]\s*\{[^{}]{0,300}?[\"']time[\"']\s*:\s*(\d{13})(?!\d)",
    re.IGNORECASE,
)
# .NET's JSON date: ``"PubDate":"\/Date(1592542265000)\/"`` (an offset may follow the milliseconds).
_DOTNET_DATE = re.compile(r"\\?/Date\((-?\d{10,13})(?:[+-]\d{4})?\)\\?/")
# WeChat's ``var createTime = '2014-01-21 21:55'`` (kept by the sites mirroring its articles), declared so
# only: a ``create_time``/``createTime`` key of a script's data is a comment's or a user's record.
_WECHAT_CREATE_TIME = re.compile(r"\bvar\s+createTime\s*=\s*[\"']([^\"'<>]{8,32})[\"']")
# A bare ``time``/``date`` key counts only inside the article's own object: toutiao's
# ``BASE_DATA = { articleInfo: { …, subInfo: { source: '…', time: '…' } } }``. The object is read
# to the statement's end (an entity's ``;`` is no end); ``serverTime``/``now`` are never such keys.
_ARTICLE_OBJECT_TIME = re.compile(
    r"\b(?:article|news|doc)\w*[\"']?\s*[:=]\s*\{(?:&#?\w+;|[^;]){0,800}?[{,]\s*[\"']?"
    r"(?:time|date|publish_?time|pub_?time|publish_?date|pub_?date)[\"']?\s*:\s*"
    r"(?:[\"']([^\"'<>]{8,32})[\"']|(\d{13}|\d{10})(?!\d))",
    re.IGNORECASE,
)
# An info line's element the page's script fills from an epoch attribute (sohu's
# ``<span class="time" data-val="1577152800000">``): milliseconds or seconds.
_EPOCH = re.compile(r"\d{13}|\d{10}")
# A date line a script writes at view time from the article's epoch:
# "document.write(new Date(1061507171000).toLocaleDateString())".
_WRITTEN_EPOCH = re.compile(r"document\.write\(\s*new\s+Date\(\s*(\d{13}|\d{10})\s*\)")
_TIME_CLASS = re.compile(r"time|date", re.IGNORECASE)


@dataclass
class LinkedData:
    """The article fields of a page's JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting``...)."""

    headline: str = ""
    date_published: str = ""
    authors: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()  # the authors typed Person (or plain strings): not the site as Organization


# How deep JSON-LD's lists and @graph may nest objects: a page's markup nests a few levels, and
# anything deeper is no markup a reader's page makes (nor a stack's worth of recursion).
_LD_DEPTH = 8


def _objects(value: object, depth: int = 0) -> list[dict[str, object]]:
    if depth > _LD_DEPTH:
        return []
    if isinstance(value, list):
        return [o for item in value for o in _objects(item, depth + 1)]
    if isinstance(value, dict):
        graph = value.get("@graph")
        return [value, *(_objects(graph, depth + 1) if graph is not None else [])]
    return []


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict):
        name = value.get("name")
        return (name,) if isinstance(name, str) else ()
    if isinstance(value, list):
        return tuple(n for item in value for n in _names(item))
    return ()


def _persons(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict):
        kind = value.get("@type")
        name = value.get("name")
        return (name,) if isinstance(name, str) and kind in (None, "Person") else ()
    if isinstance(value, list):
        return tuple(n for item in value for n in _persons(item))
    return ()


def linked_data(tree: HtmlElement) -> LinkedData:
    """Return the first article-like JSON-LD object's headline, date and authors (empty when none)."""
    found = LinkedData()
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # RecursionError: arrays nested past the stack
            continue
        for obj in _objects(data):
            headline = obj.get("headline") or obj.get("title")
            published = obj.get("datePublished") or obj.get("pubDate") or obj.get("dateCreated")
            if not (headline or published):
                continue
            return LinkedData(
                headline=headline if isinstance(headline, str) else "",
                date_published=published if isinstance(published, str) else "",
                authors=_names(obj.get("author")),
                persons=_persons(obj.get("author")),
            )
    return found


def structured_date(
    tree: HtmlElement, metas: dict[str, str], tz: str, *, day_first: bool = False
) -> datetime | None:
    """Return the publication date the page states in metadata, or None."""
    for key in DATE_META:
        if key in metas and (found := _meta_time(metas[key], tz, day_first=day_first)) is not None:
            return found
    ld = linked_data(tree)
    if (
        ld.date_published
        and (found := parse_chinese_datetime(ld.date_published, tz, day_first=day_first)) is not None
    ):
        return found
    if (found := marked_date(tree, tz, day_first=day_first)) is not None:
        return found
    for script in tree.iter("script"):
        match = _WECHAT_CT.search(script.text or "")
        if match:
            return datetime.fromtimestamp(int(match.group(1)), UTC).astimezone(zone(tz))
    return script_date(tree, tz, day_first=day_first)


def _epoch_time(count: str, tz: str, *, milliseconds: bool | None = None) -> datetime | None:
    """Return an epoch count as a time in ``tz``: thirteen digits are milliseconds, ten seconds.

    ``milliseconds`` says so when the format fixes it (.NET's and Java's dates count milliseconds, so
    a day before 2001-09-09 has twelve digits). A template's empty date (the epoch, 1900-01-01) and a
    count out of the calendar's range are no time.
    """
    number = int(count)
    in_ms = len(count.lstrip("-")) == 13 if milliseconds is None else milliseconds
    try:
        found = datetime.fromtimestamp(number // 1000 if in_ms else number, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return None if null_day(found) else found.astimezone(zone(tz))


def _meta_time(value: str, tz: str, *, day_first: bool = False) -> datetime | None:
    """Read a date meta tag's value: a date string, an RFC 2822 time or an epoch in seconds or milliseconds.

    ``Tue, 10 Apr 2018 21:44:57 GMT`` (the HTTP form some CMSs copy) is the 11th in Beijing; read for
    its "10 Apr 2018" alone it was a day early. A bare epoch (``1361817707``) was no date at all.
    """
    value = value.strip()
    if _EPOCH.fullmatch(value):
        return _epoch_time(value, tz)
    if _RFC_2822.match(value):
        try:
            found = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            found = None
        if found is not None and found.tzinfo is not None:
            return None if null_day(found) else found
    return parse_chinese_datetime(value, tz, day_first=day_first)


# "Tue, 10 Apr 2018 21:44:57 GMT", "10 Apr 2018 21:44:57 +0800".
_RFC_2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT|[+-]\d{4})\s*$"
)
# An edit stamp's tooltip naming the publication:
# 知乎's <span data-tooltip="发布于 2015-12-09 05:49">编辑于 …</span>.
_PUBLISHED_TIP = re.compile(r"^\s*(?:发布于|发表于)\s*(?=(?:19|20)\d{2})")


# A <time> classed as the publication's ("pubtime", "entry-date published"), not an update's.
_PUBLISHED_CLASS = re.compile(r"pub|entry-date", re.IGNORECASE)
_UPDATED_CLASS = re.compile(r"updated|modified|edit", re.IGNORECASE)


def marked_date(tree: HtmlElement, tz: str, *, day_first: bool = False) -> datetime | None:
    """Return the day the page marks up as its publication's: microdata or a classed ``<time datetime>``.

    ``<span itemprop="datePublished" content="…">`` and WordPress's ``<time class="entry-date
    published" datetime="…">`` come from the article record, as a meta tag does, and their
    attribute keeps the offset (a story of 23:37 UTC is of the next Beijing day). A list
    item's (a related list with microdata of its own) is another article's.
    """
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag == "meta":
            continue
        if (found := _epoch_attribute(node, tz)) is not None:
            return found
        tip = node.get("data-tooltip") or node.get("title") or ""
        if _PUBLISHED_TIP.match(tip) and not another_item(node):
            # The printed stamp is the later edit's ("编辑于 2016-04-21"); other answers' 发布于 follow.
            if (found := parse_chinese_datetime(tip, tz, day_first=day_first)) is not None:
                return found
        published = (node.get("itemprop") or "").strip() == "datePublished"
        # A theme may print WordPress's <time class="entry-date published"> without its datetime,
        # beside (often after) a <time class="updated">: the class still says which is which.
        # HTML's <data value="2019-02-28"> classed as the publication's holds the day its text may
        # print without the year ("2月28日 06:46").
        if not published and node.tag in ("time", "data"):
            css = node.get("class") or ""
            published = bool(_PUBLISHED_CLASS.search(css)) and not _UPDATED_CLASS.search(css)
        if not published or another_item(node):
            continue
        value = node.get("content") or node.get("datetime") or node.get("value") or node.text_content()
        if (found := parse_chinese_datetime(value.strip(), tz, day_first=day_first)) is not None:
            return _printed_over_attribute(node, found, tz, day_first=day_first)
    return None


def _printed_over_attribute(
    node: HtmlElement, found: datetime, tz: str, *, day_first: bool = False
) -> datetime:
    """Return the day an element prints when its attribute's time names another day, else ``found``.

    A theme may write the modified time into the published ``<time datetime>`` around the printed
    published day (``datetime="2018-06-25…">2018年3月11日</time>``): the reader sees and cites the
    printed day. A zone's shift is no disagreement: a UTC attribute's day or the page's own day of
    it may each be the printed one.
    """
    if not node.get("content") and not node.get("datetime"):
        return found
    printed = parse_chinese_datetime(node.text_content().strip(), tz, day_first=day_first)
    if printed is None:
        return found
    shifts = {found.date(), found.astimezone(zone(tz)).date(), found.astimezone(UTC).date()}
    return found if printed.date() in shifts else printed


def another_item(node: HtmlElement) -> bool:
    """Tell whether a microdata property is another item's than the page's article.

    A related list's items (``<li itemscope><meta itemprop="datePublished">``) and items nested as
    a property of the article (``<div itemprop="comment" itemscope>``: a comment, a review) carry
    ``datePublished`` of their own; a list comes before the article on many pages.
    """
    for ancestor in node.iterancestors():
        if ancestor.tag == "li":
            return True
        if ancestor.get("itemscope") is not None and ancestor.get("itemprop") is not None:
            return True
    return False


def _epoch_attribute(node: HtmlElement, tz: str) -> datetime | None:
    """Return the time of an info line's empty time element whose ``data-val`` holds an epoch, or None.

    Its text is written by a script at view time (sohu), so the attribute is the article's
    time; a list item's is another article's.
    """
    value = (node.get("data-val") or "").strip()
    hint = f"{node.get('class') or ''} {node.get('id') or ''}"
    text = node.text_content().strip()
    if not value and len(node) == 0 and _EPOCH.fullmatch(text) and not _UPDATED_CLASS.search(hint):
        # A hidden record element holding the epoch as its text, which a script formats into the
        # date line (环球网's ``<textarea class="article-time">1551752493361</textarea>``).
        value, text = text, ""
    if (
        not _EPOCH.fullmatch(value)
        or not _TIME_CLASS.search(hint)
        or text
        or any(a.tag == "li" for a in node.iterancestors())
    ):
        return None
    return _epoch_time(value, tz)


# What a date line prints right before the script writing its day: "发布时间：", "日期:", "发表于".
# A clock's label (北京时间：, 当前时间：, 今天日期：) names the day it is viewed.
_DATE_LABEL_BEFORE = re.compile(
    r"(?:(?<!北京)(?<!当前)(?<!现在)(?<!今天)(?<!更新)(?:时间|日期)|发布于|发表于)\s*[:：]?\s*$"
)


def _after_date_label(script: HtmlElement) -> bool:
    """Tell whether ``script`` writes a date line: after its label (``发布时间：<script>``) or alone
    in an info line's element classed so (``<span class="time"><script>``), outside a list item.

    Elsewhere an epoch it writes is another page's (a related link's day) or the server's
    clock (a masthead's "today"): read as metadata, either overrode the printed date line.
    """
    previous = script.getprevious()
    parent = script.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None else "")
    if _DATE_LABEL_BEFORE.search(before or ""):
        return True
    if parent is None or any(a.tag == "li" for a in script.iterancestors()):
        return False
    hint = f"{parent.get('class') or ''} {parent.get('id') or ''}"
    return bool(_TIME_CLASS.search(hint)) and not (parent.text or "").strip() and len(parent) == 1


def script_date(tree: HtmlElement, tz: str, *, day_first: bool = False) -> datetime | None:
    """Return the day a page's inline scripts name as its publication time, when they name one day only.

    A script may hold a list of other articles, each with its ``pubtime``: two
    different days named so read as no date.
    """
    found: list[datetime] = []
    # A single-page app's state names the article's time and its recommendations' (``"article":
    # {…, "publishTime": …}``, ``"recommend": [{…, "publishTime": …}]``): the article object's decides.
    own: list[datetime] = []
    for script in tree.iter("script"):
        if script.get("src") or "ld+json" in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        patterns = (_SCRIPT_DATE, _WECHAT_CREATE_TIME, _ARTICLE_OBJECT_TIME)
        for pattern in patterns:
            for match in pattern.finditer(text):
                value = _script_value(match, tz, day_first=day_first)
                if value is not None:
                    found.append(value)
                    if pattern is _ARTICLE_OBJECT_TIME:
                        own.append(value)
        for match in _JAVA_DATE_OBJECT.finditer(text):
            if (value := _epoch_time(match.group(1), tz, milliseconds=True)) is not None:
                found.append(value)
        for match in _WRITTEN_EPOCH.finditer(text) if _after_date_label(script) else ():
            if (value := _epoch_time(match.group(1), tz)) is not None:
                found.append(value)
    days = {value.date() for value in found}
    if len(days) == 1:
        return found[0]
    return own[0] if len({value.date() for value in own}) == 1 else None


def _script_value(match: re.Match[str], tz: str, *, day_first: bool = False) -> datetime | None:
    """The time a script's key holds: a date string, or an epoch in seconds or milliseconds."""
    if match.group(1) is not None:
        if dotnet := _DOTNET_DATE.fullmatch(match.group(1).strip()):
            return _epoch_time(dotnet.group(1), tz, milliseconds=True)
        return parse_chinese_datetime(match.group(1), tz, day_first=day_first)
    epoch = match.group(2) if match.re.groups >= 2 else None
    if not epoch:
        return None
    return _epoch_time(epoch, tz)

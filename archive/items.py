"""Items that travel from spiders through the pipelines to the store.

Dataclasses rather than ``scrapy.Item`` so that pure functions (extractors,
normalisers, the store) can build and read them without importing Scrapy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from archive.config import clock_text
from archive.wording import counted

# The URL of an imported article that has none: urn:newsarchive:import:SOURCE:ID (a key, no address).
IMPORT_URL_PREFIX = "urn:newsarchive:import:"


def import_key(source_id: str, external_id: str) -> str:
    """Return the stand-in URL of an imported article without a web address."""
    return f"{IMPORT_URL_PREFIX}{source_id}:{external_id}"


def is_import_key(url: str) -> bool:
    """Tell whether ``url`` is an import's key (:func:`import_key`) rather than a web address."""
    return url.startswith(IMPORT_URL_PREFIX)


@dataclass
class ArticleItem:
    """One article as extracted from a page, before and after normalising.

    ``body`` is the article text with paragraphs joined by ``\\n``. Extractors
    fill what the page gives; the normalise pipeline rebuilds paragraphs and
    moves datelines and bylines out of the body into their own fields.
    """

    url: str
    source_id: str = ""
    title: str = ""
    lead_title: str = ""  # 引题
    subtitle: str = ""  # 副题
    body: str = ""
    published_at: datetime | None = None
    # Where the date was read (archive.date_from: metadata, dateline, url, ..., inferred_year); None
    # without a date, or unknown (a row stored before migration 0016).
    date_from: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    dateline: str = ""
    paper: str = ""
    place: str = ""
    source_name: str = ""  # 来源: the paper or agency the page credits
    subheads: list[str] = field(default_factory=list)
    section: str = ""  # 版名, for e-paper pages
    page_number: str = ""
    edition_date: date | None = None
    canonical_url: str = ""
    external_id: str = ""
    language: str = "zh"
    encoding: str = ""
    encoding_fallback: bool = False
    # Where the text was read when not from the page's markup: "script_state" for a single-page
    # app's shell whose article only its script data holds (no reader saw it printed as such).
    extracted_from: str = ""
    warc_file: str = ""
    warc_offset: int | None = None
    http_etag: str = ""
    http_last_modified: str = ""
    # The URLs fetched to get this page (a redirect's hops, then the page's own), kept beside the
    # article when it is stored under another URL (its rel=canonical), so ``crawl --resume`` knows
    # them for archived. Stored in their own table (``article_fetch_urls``), not on the row.
    fetch_urls: list[str] = field(default_factory=list)


# Fields an article keeps outside its row (in their own table).
STORED_APART: tuple[str, ...] = ("fetch_urls",)
# Every field of an article, in declaration order: the one list the store, the CLI and the
# tests derive theirs from, so a field added above reaches all of them.
ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArticleItem))
# The fields a source's selectors may fill ([source.selectors] in sources.toml).
SELECTOR_FIELDS: tuple[str, ...] = (
    "title",
    "lead_title",
    "subtitle",
    "body",
    "published_at",
    "authors",
    "editors",
    "source_name",
)
# What an archivist checks on one extracted page: ``newsarchive extract --json`` and the golden files.
EXTRACTED_FIELDS: tuple[str, ...] = (
    "title",
    "lead_title",
    "subtitle",
    "body",
    "published_at",
    "date_from",
    "authors",
    "editors",
    "dateline",
    "source_name",
    "section",
    "external_id",
    "canonical_url",
    "encoding",
    "encoding_fallback",
)


@dataclass
class PageItem:
    """One e-paper page (版面) of an edition: its number, name and PDF."""

    source_id: str
    edition_date: date
    number: str
    name: str = ""
    url: str = ""
    pdf_url: str = ""
    article_urls: list[str] = field(default_factory=list)
    warc_file: str = ""
    warc_offset: int | None = None


# The reason of a date no URL template of its source covers: no edition is due there (the spider
# records it, the report and the web calendar leave it out of the failures).
NOT_COVERED = "no URL template covers this date"

# The reason prefix of a found edition one of whose pages or articles was not archived (the spider
# writes it, a later complete crawl clears it). One rule for the CLI report and the web calendar, so
# neither shows such an edition as complete while the other does not.
INCOMPLETE_PREFIX = "incomplete: "


def incomplete_reason(missing: Sequence[tuple[str, str, str]]) -> str:
    """Return the reason of a found edition missing ``missing``: (kind, url, why) per page or article.

    One part reads as it always did ("incomplete: article URL not archived (http_500)"); several are
    counted and each named ("incomplete: 2 articles not archived: URL (http_500), URL (truncated)"),
    so a reader is not told of one missing article where there were more. At most 256 characters.
    The parts are joined with ", ": "; " joins a reason's notes (a combined edition's after them), and
    a note read as one more part not archived.
    """
    if len(missing) == 1:
        kind, url, why = missing[0]
        return f"{INCOMPLETE_PREFIX}{kind} {url} not archived ({why})"[:256]
    counts: dict[str, int] = {}
    for kind, _url, _why in missing:
        counts[kind] = counts.get(kind, 0) + 1
    parts = " and ".join(
        f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(counts.items(), reverse=True)
    )
    names = ", ".join(f"{url} ({why})" for _kind, url, why in missing)
    return f"{INCOMPLETE_PREFIX}{parts} not archived: {names}"[:256]


# Why a further e-paper page is missing when it was refused for ending without its closing tag
# (``crawler.middlewares.integrity.UNCLOSED_WHY`` says the same of a first page, whose date fails).
UNCLOSED_PART = "truncated: ends without its closing tag"


def incomplete_advice(reason: str) -> str:
    """Say what to do about a found edition's :func:`incomplete_reason` ("" for any other reason).

    No crawl takes the date up by itself: a scheduled crawl re-checks only its revisit window (by
    default today), so "incomplete: page URL not archived (truncated)" stayed so for good unless
    the archivist crawled the date again. A page refused for never closing is the first page's
    case (``NEWSARCHIVE_UNCLOSED_PAGES``), said the same way.
    """
    if not reason.startswith(INCOMPLETE_PREFIX):
        return ""
    if UNCLOSED_PART in reason:
        return (
            "crawl the date again with --resume once the paper serves the page whole; if the paper "
            "never closes its pages, set NEWSARCHIVE_UNCLOSED_PAGES = true in its [source.settings]"
        )
    return "crawl the date again with --resume to fetch what is missing"


_ONE_MISSING = re.compile(r"^incomplete: (page|article) (\S+) not archived \((.*)\)$")
_MANY_MISSING = re.compile(r"^incomplete: ((?:\d+ (?:page|article)s?(?: and )?)+) not archived: (.*)$")
# A part named: "URL (why)", then ", " (or "; ", the separator of the reasons recorded before).
_NAMED = re.compile(r"(\S+) \(([^()]*(?:\([^()]*\)[^()]*)*)\)(?:, |; |$)")


def incomplete_parts(reason: str) -> list[tuple[str, str, str]]:
    """Return the (kind, url, why) parts an :func:`incomplete_reason` names (a combined note aside).

    Parts cut off by the 256-character limit are left out. Where one reason names
    pages and articles together, each part's kind is not written: those read as
    "article" unless every part is a page.
    """
    match = _COMBINED_NOTE.search(reason)
    text = reason[: match.start()].rstrip("; ") if match else reason
    one = _ONE_MISSING.match(text)
    if one:
        return [(one.group(1), one.group(2), one.group(3))]
    many = _MANY_MISSING.match(text)
    if not many:
        return []
    kind = "page" if "article" not in many.group(1) else "article"
    return [(kind, url, why) for url, why in _NAMED.findall(many.group(2))]


def merge_incomplete(earlier: str, later: str) -> str | None:
    """Return the reason of a found edition two workers of one crawl wrote, each naming what it missed.

    Each worker names only the parts it failed, and the edition row keeps one
    reason: the later worker's note hid the earlier one's (a queue crawl whose
    two workers each failed an article of one edition reported one). The parts
    of both are named, with the later reason's combined note (else the
    earlier's). None when ``later`` says something else (a "date unsure" note):
    it replaces ``earlier`` as before.
    """
    bare = later[: m.start()].rstrip("; ") if (m := _COMBINED_NOTE.search(later)) else later
    if bare and not bare.startswith(INCOMPLETE_PREFIX):
        return None
    parts = incomplete_parts(later)
    named = {url for _kind, url, _why in parts}
    parts = [part for part in incomplete_parts(earlier) if part[1] not in named] + parts
    reason = incomplete_reason(parts) if parts else ""
    source = later if m else earlier
    note = _COMBINED_NOTE.search(source)
    if note is None:
        return reason
    return keep_combined(reason, source[note.start() :])


# What a reason keeps of its own text at least beside a combined note: a long date line is cut first.
_REASON_KEPT = 64


def keep_combined(reason: str, combined: str) -> str:
    """Return ``reason`` with a combined edition's note at its end, at most 256 characters in all.

    The report reads a found edition's range from that note (:func:`combined_span`), and whether it
    is incomplete from the reason's start (:func:`is_incomplete`): the note is kept whole when it
    fits beside the reason's first 64 characters, else its date line is cut, never its range.
    """
    if not combined:
        return reason[:256]
    if not reason:
        return combined[:256]
    combined = combined[: 254 - min(len(reason), _REASON_KEPT)]
    return f"{reason[: 254 - len(combined)]}; {combined}"


# The e-paper spider's reasons for a date with no edition, in words the web page says in its language
# (webui.reason_words); any other reason (a site's answer, a date read off a page) is
# shown as recorded. An edition page that lists nothing: no page of its own, no article.
EDITION_NO_PAGES = "edition page lists no pages and no articles"
_EMPTY_TEMPLATE = re.compile(r"empty template: none of the edition's (\d+) pages? lists an article")


def empty_template_reason(pages: int) -> str:
    """Return the reason of a date whose every page was fetched and none lists an article (a template)."""
    return f"empty template: none of the edition's {counted(pages, 'page')} lists an article"


def empty_template_pages(reason: str) -> int | None:
    """Return how many pages an empty template's reason counted (None for another reason)."""
    m = _EMPTY_TEMPLATE.fullmatch(reason)
    return int(m.group(1)) if m else None


# The reason prefix of a date whose URL answered with another date's edition (redirected to it, or
# served under the date's own URL: many e-papers answer a date they lack with their latest edition).
# The date is "no-edition"; the report and the web calendar count these apart.
ANOTHER_EDITION_PREFIX = "another edition: "


# A combined edition (合刊: one edition for several days, a holiday's): the found edition of its first
# day (the date the paper prints it under) notes its range, "combined edition 2026-02-16..2026-02-22
# (date line ...)"; a later day of the range answered with it is "no-edition" with a reason starting
# COVERED_PREFIX, never a second copy. The report reads the ranges of found editions, so a covered day
# the site answers 404 (or one never checked) shows "covered" too, never "no edition".
COVERED_PREFIX = "covered by the combined edition of "
_COMBINED_NOTE = re.compile(r"combined edition (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def combined_note(first: date, last: date, line: str) -> str:
    """Return the note of a found combined edition: its range and the line that prints it."""
    return f"combined edition {first}..{last} (date line {line})"


def combined_span(reason: str) -> tuple[date, date] | None:
    """Return the range a found edition's reason notes as combined (None: it is a single day's)."""
    match = _COMBINED_NOTE.search(reason)
    return (date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))) if match else None


def covered_reason(first: date, last: date, line: str = "") -> str:
    """Return the reason of a day of a combined edition's range after its first."""
    return f"{COVERED_PREFIX}{first} ({first}..{last}" + (f", date line {line})" if line else ")")


def is_covered(status: str, reason: str) -> bool:
    """Whether an edition row is a day the spider saw answered by a combined edition of an earlier day."""
    return status == "no-edition" and reason.startswith(COVERED_PREFIX)


# The reason prefix of a found edition whose page names no date but the day it was served (a header's
# clock, or that day's edition: the spider cannot tell). Once its articles are archived, their own dates
# settle it (archive.edition_settle.settle_unsure_editions).
UNSURE_PREFIX = "date unsure: "
_UNSURE_SERVED = re.compile(
    r"^date unsure: the page's only date is (\d{4}-\d{2}-\d{2}), the day it was served"
)


def unsure_reason(served: date, clock: str) -> str:
    """Return what follows :data:`UNSURE_PREFIX`: the served day and the date line that names it."""
    return f"the page's only date is {served}, the day it was served ({clock})"


def unsure_served_day(reason: str) -> date | None:
    """Return the served day a "date unsure" reason names (None: the reason is no such note)."""
    match = _UNSURE_SERVED.match(reason)
    return date.fromisoformat(match.group(1)) if match else None


# The reason prefix of a date checked on its own day (or before it) that showed no edition yet: many
# papers publish their e-paper late in the morning, in the afternoon or the evening before, so a
# morning check that sees yesterday's edition says nothing final. The date is "no-edition" (an older
# reader sees no edition), but provisional: the scheduler checks it again, and a check after the day
# is over settles it. The report and the web calendar show it apart ("not yet published").
NOT_YET_PREFIX = "not yet published"

# What a date's check concluded, keyed by the status the report and the web calendar give a date: the
# one word every reader shows for it (the report's date column and totals, the crawl summary, the
# calendar's legend; tests/test_verdict_words.py holds them to it). A date after a URL template
# stopped matching is "no edition" too, with a note; a later day of a combined edition is "covered".
VERDICTS = {
    "found": "found",
    "no-edition": "no edition",
    "not-yet": NOT_YET_PREFIX,
    "covered": "covered",
    "failed": "failed",
    "unchecked": "not crawled",
}


# The run counter of a failed check of a date already found: its edition stays found (archive.batches),
# so the run's failed editions, read from the edition rows, never list it; ``runs`` and the crawl
# summary say the count (crawler.outcome.counter_groups).
RECHECK_FAILED = "editions/recheck_failed"
# Each such date is counted too, ``editions/recheck_failed/2024-03-04``: the run's counters (its JSON
# column) name the dates without a column or table of their own; ``runs`` and the summary list them.
RECHECK_FAILED_DAY = RECHECK_FAILED + "/"


def not_yet_reason(checked: datetime, reason: str) -> str:
    """Return the reason of a provisional "no edition": when (paper's time, with its offset) and what it saw.

    Rows written before the label (``(checked 07:30)``) still read as "not yet": the prefix counts.
    """
    return f"{NOT_YET_PREFIX} (checked {clock_text(checked)}): {reason}"


def is_not_yet(status: str, reason: str) -> bool:
    """Whether an edition row is a provisional "no edition" (checked on its own day, not settled yet)."""
    return status == "no-edition" and reason.startswith(NOT_YET_PREFIX)


# The reason prefix of a date the paper's weekly schedule has no edition on (a Sunday of a Monday-to-
# Saturday paper, by the registry's cron ``schedule``): recorded "no-edition", neither missed nor alerted
# on; the report and the web calendar show it apart. An edition found on such a day still counts found.
NOT_PUBLISHING_PREFIX = "not a publishing day"


def is_not_publishing(status: str, reason: str) -> bool:
    """Whether an edition row is a date outside the paper's weekly schedule that had no edition.

    Its check answered no edition, or failed (a Sunday's HTTP 500 of a Mon-Sat paper): the crawl
    counts either ``editions/not_publishing``, none being due, and notes it so.
    """
    return status in ("no-edition", "failed") and reason.startswith(NOT_PUBLISHING_PREFIX)


def is_another_edition(status: str, reason: str) -> bool:
    """Whether an edition row is a date that answered with another date's edition (its reason says which)."""
    return status == "no-edition" and reason.startswith(ANOTHER_EDITION_PREFIX)


def is_incomplete(status: str, reason: str) -> bool:
    """Whether an edition row is found but known to miss a page or article (its reason says which)."""
    return status == "found" and reason.startswith(INCOMPLETE_PREFIX)


@dataclass
class EditionItem:
    """The outcome for one date of an e-paper: found, no edition, or failed."""

    source_id: str
    edition_date: date
    status: str  # "found" | "no-edition" | "failed"
    url: str = ""
    reason: str = ""
    template: str = ""

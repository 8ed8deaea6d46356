"""The one shape of a search hit for citing: dates in the source's zone, the same fields everywhere.

The CLI (text, ``--json``, ``--jsonl``, ``--csv``) and the web page's CSV and
JSON exports build their rows here, so they agree on field names, column
order, date forms and escaping. Pure functions, no store and no Whoosh.

Dates: an article has an ``edition_date`` (the calendar date of the paper,
or of the page when it is no e-paper) and a ``published_at`` (an instant,
only when the page gave a time of day). The store keeps instants in UTC and
a date-only value as midnight of the source's zone, so a value that is
exactly midnight there is a date and is shown as one: never as ``00:00``,
never shifted into UTC (``2016-07-19T16:00:00+00:00`` was the 20 July
edition of a paper in Asia/Shanghai).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import IO, TYPE_CHECKING, Any

from archive.config import clock_text
from archive.page_time import is_date_only, page_day, page_local

if TYPE_CHECKING:
    from indexer.lag import Lag
    from indexer.search import Hit, SearchPage

# Column order of every export (CSV header, JSON key order): what a citation needs first.
EXPORT_FIELDS = (
    "rank",
    "id",
    "title",
    "source_name",
    "source",
    "edition_date",
    "published_at",
    "date_from",
    "page",
    "section",
    "authors",
    "url",
    "permalink",
    "snippet",
    "highlights",
    "score",
    "partial",
    "missing",
    "copies",
    "reprints",
    "external_id",
)
# CSV has no place for offsets: the snippet is plain text there.
CSV_FIELDS = tuple(f for f in EXPORT_FIELDS if f != "highlights")
# Spreadsheets run a cell that starts with one of these as a formula: archived titles are hostile.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# After a reprint the search did not match (CSV), as the text output's line names them.
OUTSIDE = "(outside this search)"
IN_PART = "(matching in part)"
# C0 and C1 control characters except newline and tab: a terminal would obey them (colours, cursor moves).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class When:
    """An article's dates as people see them: the day it belongs to and, when known, the instant."""

    day: date | None
    at: datetime | None  # aware, in the source's zone; None when only a date is known

    def day_text(self, missing: str = "undated") -> str:
        """Return ``YYYY-MM-DD`` (or ``missing``)."""
        return self.day.isoformat() if self.day else missing

    def text(self, missing: str = "undated") -> str:
        """Return ``YYYY-MM-DD HH:MM`` when a time is known, else the day alone.

        The time carries its zone's offset (``2026-03-01 23:30 -05:00``), as every time shown does.
        """
        if self.at is None:
            return self.day_text(missing)
        at = clock_text(self.at, "%Y-%m-%d %H:%M")
        if self.day is None or self.at.date() == self.day:
            return at
        return f"{self.day_text(missing)} (published {at})"  # the evening before its edition, say


def article_when(
    published_at: datetime | None, edition_date: date | None, tz: tzinfo, offset: int | None = None
) -> When:
    """Return the dates of an article in its source's zone ``tz``, or in its page's own ``offset``.

    ``published_at`` is aware (UTC from the store, or any zone); ``offset`` is the UTC offset its page
    gave (``published_offset``), which wins over ``tz`` (:func:`archive.page_time.page_local`). The day
    is the edition date when there is one, else the local date of publication.
    """
    local = page_local(published_at, offset, tz) if published_at is not None else None
    timed = local if local is not None and not is_date_only(local) else None
    return When(page_day(published_at, edition_date, offset, tz), timed)


def terminal_safe(text: str) -> str:
    """Show control characters of archived text escaped (``\\x1b``), so a terminal does not obey them."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def csv_cell(value: Any) -> Any:
    """Return a CSV cell that no spreadsheet runs as a formula (a leading quote), ``""`` for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_value(name: str, value: Any) -> Any:
    if name in ("authors", "missing") and isinstance(value, list):
        return "、".join(value)
    if name == "reprints" and isinstance(value, list):
        return "; ".join(reprint_label(r) for r in value)
    return value


def reprint_label(reprint: dict[str, Any]) -> str:
    """Return ``城市晚报 2016-07-20`` for one entry of a hit's ``reprints`` list.

    ``(outside this search)`` follows a copy the search did not match.
    """
    name = reprint.get("source_name") or reprint.get("source") or ""
    label = copy_label(name, reprint.get("edition_date"))
    if reprint.get("matches", True):
        return label
    return f"{label} {IN_PART if reprint.get('partial') else OUTSIDE}"


def copy_label(name: str, edition_date: object) -> str:
    """Return ``城市晚报 2016-07-20``: one copy of a story by its paper and day ("undated" without one)."""
    day = edition_date.isoformat() if isinstance(edition_date, date) else edition_date
    return f"{name} {day or 'undated'}".strip()


def write_csv(rows: Iterable[dict[str, Any]], stream: IO[str], fields: Sequence[str] = CSV_FIELDS) -> None:
    """Write export rows as CSV with a header, every cell escaped against formula injection."""
    writer = csv.DictWriter(stream, fieldnames=list(fields), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(_csv_value(k, row.get(k))) for k in fields})


def plain_snippet(hit: Hit) -> str:
    """Return the hit's snippet as the archived words alone, without highlight marks."""
    return "".join(run for run, _ in hit.snippet_parts) if hit.snippet_parts else hit.snippet


def highlight_offsets(parts: Sequence[tuple[str, bool]]) -> list[list[int]]:
    """Return ``[start, end]`` character offsets of the highlighted runs in the plain snippet."""
    out: list[list[int]] = []
    pos = 0
    for run, hit in parts:
        if hit:
            out.append([pos, pos + len(run)])
        pos += len(run)
    return out


def permalink(article_id: int, base: str = "", version: int = 0) -> str:
    """Return the archive's own link to an article (``base`` is the search page's public address).

    With ``version`` it names that version (``/article/N?version=K``), as a citation does: a later
    re-crawl's version then never answers a link to the text that was exported.
    """
    link = f"{base.rstrip('/')}/article/{article_id}"
    return f"{link}?version={version}" if version else link


def hit_record(hit: Hit, rank: int, base: str = "") -> dict[str, Any]:
    """Return one hit as an export row, keys in ``EXPORT_FIELDS`` order (JSON and CSV alike)."""
    when = hit.when
    record: dict[str, Any] = {
        "rank": rank,
        "id": hit.id,
        "title": hit.title,
        "source_name": hit.source_name or hit.source,
        "source": hit.source,
        "edition_date": when.day.isoformat() if when.day else None,
        "published_at": when.at.isoformat() if when.at else None,
        # Where the date was read (archive.date_from): "inferred_year" is a day the page printed without
        # its year; null is unknown (stored before migration 0016) or no date.
        "date_from": hit.date_from,
        "page": hit.page,
        "section": hit.section,
        "authors": list(hit.authors),
        "url": hit.url,
        "permalink": permalink(hit.id, base, hit.version),
        "snippet": plain_snippet(hit),
        "highlights": highlight_offsets(hit.snippet_parts),
        "score": hit.score,
        "partial": hit.partial,
        "missing": list(hit.missing),  # a partial match's typed term it lacks ([] for a full match)
        "copies": hit.copies,
        "reprints": [
            {
                "id": r.id,
                "title": r.title,
                "source": r.source,
                "source_name": r.source_name,
                "edition_date": r.edition_date.isoformat() if r.edition_date else None,
                "url": r.url,
                "permalink": permalink(r.id, base, r.version),
                "matches": r.matches,  # false: the same story, but outside this search (its words, a filter)
                "partial": r.partial,  # true: not outside it, a copy matched in part (all the words but one)
            }
            for r in hit.reprints
        ],
        "external_id": hit.external_id,
    }
    return record


def also_in(hit: Hit, matches: bool = True, partial: bool = False) -> str:
    """Return ``城市晚报 2016-07-20, 吉林日报 2016-07-21``: the reprints the search matched ("" if none).

    With ``matches`` False, those it did not: the same story, outside this search (``partial``: those
    it matched in part, all the words but one).
    """
    return ", ".join(
        copy_label(r.source_name or r.source, r.edition_date)
        for r in hit.reprints
        if r.matches == matches and (matches or r.partial == partial)
    )


def printed_at(hit: Hit) -> str:
    """Return the hit's page (版面) and reporters for a terminal line: ``page 02 经济 · 周七``.

    Each is left out when the store lacks it ("" when it has neither); a section without a page
    number (a news site's channel) stands alone, and so do the reporters.
    """
    return " · ".join(part for part in (page_text(hit.page, hit.section), "、".join(hit.authors)) if part)


def page_text(page: str, section: str) -> str:
    """Return a page (版面) for a terminal line: ``page 02 经济``, ``page 02``, ``经济`` or ""."""
    return " ".join(part for part in (f"page {page}" if page else "", section) if part)


def summary_line(page: SearchPage) -> str:
    """Return the line above a result list: how many stories (and copies), or what was not found."""
    if not page.total:
        return none_found(page)
    stories = f"{page.total} {'story' if page.total == 1 else 'stories'}"
    if page.copies > page.total:
        stories += f" ({page.copies} copies)"
    elif page.total == page.copies:
        stories = f"{page.total} {'article' if page.total == 1 else 'articles'}"
    if page.mode == "best":
        stories += " best matching the pasted text (ranked by how much of it they hold)"
    return stories


def missing_note(n: int) -> str:
    """Return the one line saying that ``n`` hits were left out as gone from the store ("" when none).

    An index ahead of its database (restored from an older backup, articles
    deleted) still matches them; ``index update`` drops them from the index.
    """
    if not n:
        return ""
    verb = "result is" if n == 1 else "results are"
    return f"{n} {verb} in the index but not in the database (left out): run: newsarchive index update"


def lag_note(lag: Lag | None) -> str:
    """Return the one line saying that the index is behind the archive ("" when it is not).

    Said beside every answer, "no article contains X" above all: the article may
    be in the archive and not yet in the index (:mod:`indexer.lag`).
    """
    if lag is None:
        return ""
    if lag.articles is None:
        since = "the archive changed"
    else:
        since = f"{lag.articles} {'article' if lag.articles == 1 else 'articles'} stored or changed"
    return (
        f"note: the index is behind the archive ({since} since the last `newsarchive index update`); "
        "results may be missing"
    )


def none_found(page: SearchPage) -> str:
    """Return ``no article contains 鹤鸣湖`` for a search that found nothing.

    Two typed words or more, each archived but none held with the others, say each word's count
    (``no article contains all of 鹤鸣湖 三下乡; 鹤鸣湖 is in 1 article, 三下乡 is in 1 article``):
    the plain answer read as if neither were archived.

    A search narrowed by a field, an exclusion or a filter says so
    (``no article contains 脱贫 (limited by author:张风 -广告)``): the articles
    holding 脱贫 may all be left out by the limits.
    """
    what = " ".join(page.typed) if page.typed else "these words"
    limited = f" (limited by {' '.join(page.limits)})" if page.limits else ""
    if page.each:  # each word archived apart: "no article contains 鹤鸣湖 三下乡" read as neither archived
        counts = ", ".join(each_term_text(term, n) for term, n in page.each)
        return f"no article contains all of {what}{limited}; {counts}"
    return f"no article contains {what}{limited}"


def each_term_text(term: str, n: int) -> str:
    """Return how many articles hold one typed term: ``鹤鸣湖 is in 1 article``, ``火星 is in none``."""
    if not n:
        return f"{term} is in none"
    return f"{term} is in {n} {'article' if n == 1 else 'articles'}"


def partial_heading(page: SearchPage) -> str:
    """Return the heading of the partial matches, with their count."""
    n = page.partial
    return f"{n} {'article holds' if n == 1 else 'articles hold'} all the words but one (not counted above)"

"""Say what a date's reason adds to its own check: articles filed under it that are of
another day, and the combined edition (合刊) of an earlier day that covers it.

Split from :mod:`archive.editions` (which records the editions) because these notes
are read, not written: computed from the stored articles and editions each time the
CLI report and the web calendar show a date, so one rule serves both. Also home of
:func:`own_dates`, the articles' own dates that recording and settling weigh too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE
from archive.items import combined_span, covered_reason, is_covered
from archive.models import Article, Edition, Source

# How many of a date's archived articles are read to judge whose edition they are.
_DATED_SAMPLE = 200


def own_dates(session: Session, source_id: str, days: Sequence[date]) -> dict[date, Counter[date]]:
    """Return, per date of ``days``, the days its archived articles are dated by their own pages.

    Founder's record or the page's date line, read in the paper's zone; at most
    ``_DATED_SAMPLE`` articles a date. A date with no article is left out; undated
    articles count under ``date.min``.
    """
    if not days:
        return {}
    source = session.get(Source, source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    rows = session.execute(
        select(Article.edition_date, Article.published_at).where(
            Article.source_id == source_id, Article.edition_date.in_(list(days))
        )
    )
    found: dict[date, Counter[date]] = {}
    for day, stamp in rows:
        if day is None:  # edition_date is nullable; the query asked for dates, so none comes
            continue
        own = found.setdefault(day, Counter())
        if sum(own.values()) < _DATED_SAMPLE:
            own[stamp.astimezone(zone).date() if stamp is not None else date.min] += 1
    return found


def misfiled_notes(session: Session, source_id: str, days: Sequence[date]) -> dict[date, str]:
    """Say, for each of ``days`` (dates without an edition), what its archived articles are dated.

    A date demoted from "found" keeps the articles an older crawl filed under it
    (the latest edition a site served for the date): they are never moved or
    deleted, so the report and the calendar say where they belong ("2 articles
    filed here are dated 2024-03-01 by their pages (kept, not moved)").
    Computed from the articles, not stored, so a later check's reason cannot
    lose it. Dates whose articles are their own or undated get no note.
    """
    notes = {}
    for day, own in own_dates(session, source_id, days).items():
        other = [(d, n) for d, n in own.most_common() if d not in (day, date.min)]
        if other:
            shown = ", ".join(
                f"{n} article{'s' if n > 1 else ''} filed here {'are' if n > 1 else 'is'} dated {d}"
                for d, n in other[:3]
            )
            pages = "its page" if sum(n for _, n in other) == 1 else "their pages"
            notes[day] = f"{shown} by {pages} (kept, not moved)"
    return notes


def join_reasons(*parts: str) -> str:
    """Join the non-empty parts of a date's reason with "; ", the one separator a reason's notes use."""
    return "; ".join(part for part in parts if part)


def reasons_with_misfiled(session: Session, source_id: str, reasons: Mapping[date, str]) -> dict[date, str]:
    """Return, for the dates of ``reasons`` (date -> its reason) that get a :func:`misfiled_notes` note,
    the reason with that note joined on.

    The report and the calendar both show a demoted date's reason and where its
    archived articles belong on one line; one helper keeps the two alike.
    """
    notes = misfiled_notes(session, source_id, list(reasons))
    return {day: join_reasons(reasons[day], note) for day, note in notes.items()}


# How far before a range a combined edition's first day may lie (see archive.items.COVERED_PREFIX).
_COMBINED_REACH = 16


def covered_days(session: Session, source_id: str, since: date, until: date) -> dict[date, tuple[date, date]]:
    """Return each day of ``since``..``until`` a found combined edition (合刊) of an earlier day covers.

    Read from the found editions' notes (``combined edition A..B``), so a later
    day of the range reads covered whatever its own check said (a 404, that
    edition, none yet): the CLI report and the web calendar share this rule.
    """
    reach = min(timedelta(days=_COMBINED_REACH), since - date.min)  # 0001-01-01 has none before it
    rows = session.execute(
        select(Edition.edition_date, Edition.reason).where(
            Edition.source_id == source_id,
            Edition.status == "found",
            Edition.edition_date >= since - reach,
            Edition.edition_date <= until,
            Edition.reason.contains("combined edition ", autoescape=True),
        )
    )
    covered: dict[date, tuple[date, date]] = {}
    for first, reason in rows:
        span = combined_span(reason)
        if span is None or span[0] != first:
            continue
        day = max(span[0] + timedelta(days=1), since)
        while day <= min(span[1], until):
            covered[day] = span
            if day == date.max:
                break
            day += timedelta(days=1)
    return covered


def covered_note(span: tuple[date, date], reason: str) -> str:
    """Return a covered day's reason: the combined edition covering it, then what its own check said."""
    was = "" if is_covered("no-edition", reason) else reason
    return join_reasons(covered_reason(*span), f"checked: {was}" if was else "")

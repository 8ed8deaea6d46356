"""Settle, once a crawl's articles are archived, the dates whose page could not say its own day.

Split from :mod:`archive.editions` (which records each check as it comes): these run
after a crawl, over its editions at once, and move a "found" date to "no edition" when
its articles' own dates (:func:`archive.edition_notes.own_dates`) show the page was
another day's edition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE
from archive.edition_notes import own_dates
from archive.items import ANOTHER_EDITION_PREFIX, UNSURE_PREFIX, is_not_yet, not_yet_reason, unsure_served_day
from archive.models import Edition, Source, utcnow
from archive.wording import counted


def settle_unsure_editions(session: Session, run_id: int) -> list[tuple[str, str]]:
    """Settle the "date unsure" editions run ``run_id`` found, by the own dates of their articles.

    The spider archives a page whose only date is the day it was served (a
    header's clock, or that day's edition) under the date asked, since it
    cannot tell the two apart. Once the articles it lists are archived, they
    can: when every dated one is dated that served day, by Founder's record or
    its date line, the page was that day's edition (the latest edition a site
    serves for a date it lacks), not the date's. Such a date becomes "no
    edition" ("not yet published" when checked on its day or before it), its
    articles kept and named where they belong (:func:`misfiled_notes`); the
    clock case keeps its articles dated the date asked, and stays found.
    Return each move, from "found" to "another" or "not_yet" (see :func:`_kind`).
    """
    rows = list(
        session.scalars(
            select(Edition).where(
                Edition.run_id == run_id,
                Edition.status == "found",
                Edition.reason.startswith(UNSURE_PREFIX, autoescape=True),
            )
        )
    )
    if not rows:
        return []
    source = session.get(Source, rows[0].source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    own = own_dates(session, rows[0].source_id, [row.edition_date for row in rows])
    moved = []
    for row in rows:
        served = unsure_served_day(row.reason)
        dated = Counter(own.get(row.edition_date, Counter()))
        dated.pop(date.min, None)
        if served is None or served == row.edition_date or set(dated) != {served}:
            continue
        line = row.reason.removeprefix(UNSURE_PREFIX).split("(", 1)[-1].rstrip(")")
        reason = (
            f"{ANOTHER_EDITION_PREFIX}the page served for {row.edition_date} is the edition of {served}"
            f" ({line}, the day it was served, and its articles' own dates)"
        )
        _demote(row, reason, zone)
        moved.append(("found", _kind(row)))
    session.flush()
    return moved


def _kind(row: Edition) -> str:
    """Return how a crawl counted ``row``'s status: "found", "another" (no edition) or "not_yet"."""
    if row.status == "found":
        return "found"
    return "not_yet" if is_not_yet(row.status, row.reason) else "another"


def _demote(row: Edition, reason: str, zone: ZoneInfo) -> None:
    """Make found ``row`` "no edition" for ``reason`` ("not yet published" when checked on its day)."""
    checked = (row.checked_at or utcnow()).astimezone(zone)
    if row.edition_date >= checked.date():
        reason = not_yet_reason(checked, reason)
    row.status, row.reason = "no-edition", reason[:256]


def settle_served_again(
    session: Session, source_id: str, groups: Mapping[date, Sequence[date]]
) -> list[tuple[str, str]]:
    """Settle the dates one crawl saw answered with one page naming no date (see the e-paper spider).

    ``groups`` maps the first date that listed an article set to the dates
    whose page listed it again (recorded "no edition"). The articles, filed
    under the first date, say by their own dates which edition the page
    was: all dated one other day, the first date is no edition either, and
    when that day is one of the group it is found (its articles stay filed
    where they are, and both notes say so). Return each move (see :func:`_kind`).
    """
    if not groups:
        return []
    moved: list[tuple[str, str]] = []
    source = session.get(Source, source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    own = own_dates(session, source_id, list(groups))
    rows = {
        row.edition_date: row
        for row in session.scalars(
            select(Edition).where(
                Edition.source_id == source_id,
                Edition.edition_date.in_([d for first, again in groups.items() for d in (first, *again)]),
            )
        )
    }
    for first, again in groups.items():
        dated = Counter(own.get(first, Counter()))
        dated.pop(date.min, None)
        row = rows.get(first)
        if row is None or row.status != "found" or len(dated) != 1 or first in dated:
            continue
        ((real, n),) = dated.items()
        _demote(
            row,
            f"{ANOTHER_EDITION_PREFIX}the page served for {first} names no date and the "
            f"{counted(n, 'article')} it lists {'is' if n == 1 else 'are'} dated {real} by "
            f"{'its page' if n == 1 else 'their pages'}",
            zone,
        )
        moved.append(("found", _kind(row)))
        found = rows.get(real)
        if real in again and found is not None and found.status == "no-edition":
            before = _kind(found)
            found.status = "found"
            found.reason = (
                f"the page names no date; its {counted(n, 'article')}, dated {real} by "
                f"{'its page, is' if n == 1 else 'their pages, are'} filed under {first}"
            )[:256]
            moved.append((before, "found"))
    session.flush()
    return moved

"""Per-template health over the range, and the detection of a URL template that *stopped matching*.

A template stopped matching when it found editions before and every date checked with it since came back
without one (see :mod:`crawler.report`'s docstring); a streak begun before the range is read from the archive.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.editions import covered_days
from archive.items import is_another_edition, is_not_yet
from archive.models import Edition
from crawler.report.model import (
    COVERED,
    FAILED,
    FOUND,
    NO_EDITION,
    NOT_PUBLISHING,
    NOT_YET,
    UNCHECKED,
    DateHealth,
    TemplateHealth,
)


def _templates(
    days: list[DateHealth],
    found_before: dict[str, date],
    min_days: int,
    streaks: dict[str, tuple[date, int]] | None = None,
) -> list[TemplateHealth]:
    """Count outcomes per template; mark the trailing no-edition dates of a stopped template.

    A template *stopped matching* when it found editions before and every date
    checked with it since then is without an edition, ``min_days`` of them at
    least: a holiday ends with an edition found again, a redesign does not. A
    date answered with another date's edition shows the template still works.
    ``streaks`` (:func:`_streaks_before`) are the dates without an edition checked before the range
    since the template's last found one: a streak that runs on into the range started there, and
    "stopped matching since" names its first date, not the range's first (the week's report moved
    it a week on each week).
    """
    health: dict[str, TemplateHealth] = {}
    trailing: dict[str, list[DateHealth]] = {}
    earlier = dict(streaks or {})
    for row in days:
        if row.status in (UNCHECKED, NOT_YET, NOT_PUBLISHING) or not row.template:
            continue  # a date not settled yet, or not due (a day off), says nothing of its template
        t = health.setdefault(row.template, TemplateHealth(row.template))
        t.last_found = t.last_found or found_before.get(row.template)
        if row.status == COVERED:  # its template found the combined edition covering it
            trailing[row.template] = []
            earlier.pop(row.template, None)
        elif row.status == FOUND:
            t.found, t.last_found = t.found + 1, row.day
            trailing[row.template] = []
            earlier.pop(row.template, None)
        elif row.status == FAILED:
            t.failed += 1
        elif is_another_edition(row.status, row.reason):
            # The template still reaches an edition page (another date's): the site has not been
            # redesigned, it has no edition of this date (yet). Not counted towards "stopped matching".
            t.no_edition += 1
            trailing[row.template] = []
            earlier.pop(row.template, None)
        else:
            t.no_edition += 1
            trailing.setdefault(row.template, []).append(row)
    for template, rows in trailing.items():
        t = health[template]
        if not rows:
            continue
        # A streak that began before the range and was never broken in it (popped above when it was).
        start, before = earlier.get(template, (rows[0].day, 0))
        if t.last_found is not None and len(rows) + before >= min_days:
            t.stopped_since, t.unmatched, t.no_edition = start, len(rows), t.no_edition - len(rows)
            for row in rows:  # still no edition (the crawl's and the calendar's word), with why
                row.stopped_matching = True
                note = f"URL template stopped matching since {start}"
                row.reason = f"{row.reason}; {note}" if row.reason else note
    return list(health.values())


def _streaks_before(
    session: Session, source_id: str, found_before: dict[str, date], since: date
) -> dict[str, tuple[date, int]]:
    """Return, per template, the first date and count of the dates without an edition checked
    between its last found edition and ``since``, when every date checked there was without one.

    A date answered with another date's edition, or covered by a combined edition, ends the streak
    (the template still reaches the site's editions); a date not settled yet (checked on its own
    day) and a failed one say nothing of the template.
    """
    out: dict[str, tuple[date, int]] = {}
    for template, last in found_before.items():
        rows = session.execute(
            select(Edition.edition_date, Edition.status, Edition.reason)
            .where(
                Edition.source_id == source_id,
                Edition.template == template,
                Edition.edition_date > last,
                Edition.edition_date < since,
            )
            .order_by(Edition.edition_date)
        ).all()
        covered = covered_days(session, source_id, last, since) if rows else {}
        streak: list[date] = []
        for day, status, reason in rows:
            if status == FAILED or is_not_yet(status, reason):
                continue
            if status != NO_EDITION or is_another_edition(status, reason) or day in covered:
                streak = []
            else:
                streak.append(day)
        if streak:
            out[template] = (streak[0], len(streak))
    return out


def _found_before(session: Session, source_id: str, since: date) -> dict[str, date]:
    """Return, per template, the last date before ``since`` it found an edition."""
    rows = session.execute(
        select(Edition.template, func.max(Edition.edition_date))
        .where(Edition.source_id == source_id, Edition.status == FOUND, Edition.edition_date < since)
        .group_by(Edition.template)
    )
    return {template: day for template, day in rows if template}

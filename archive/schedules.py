"""A paper's weekly schedule as the archive knows it: which dates are publishing days, and since when.

The registry's cron ``schedule`` fires on the weekdays an edition appears, so its
weekday field is the paper's week (``30 7 * * 1-6``: Monday to Saturday). The
web page has no registry: the store keeps each schedule a crawl registered
(``source_schedules``, migration 0011; :mod:`archive.source_schedules` reads and
writes them, this module stays free of SQLAlchemy so the registry loads it
cheaply) from the paper's day it was first registered, and every reader
(``report``, its ``--json``, the web calendar and its counts) judges a date by
the same rule, :meth:`Schedules.off`:

- a date is judged by the schedule in force on it: the newest one registered on
  or before it. A change (a paper that starts publishing on Sundays, or stops)
  holds from the day it is registered on: it neither hides a miss recorded
  before it nor turns the days off before it into misses;
- a date before the first schedule registered is judged by that first one: the
  archive did not know the paper's week then (a Sunday 404 crawled before
  anyone wrote ``1-6`` is the schedule's, not a missed edition);
- an empty ``schedule`` (none) says nothing of the paper's week: it is not
  registered, and the last one registered stays in force;
- with no schedule registered at all, a date a crawl recorded "not a publishing
  day" keeps that word (the crawl read its registry); any other is due.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from archive.items import NOT_PUBLISHING_PREFIX, is_not_publishing


@functools.lru_cache(maxsize=64)
def publishing_weekdays(schedule: str) -> frozenset[int] | None:
    """Return the cron weekdays (Sunday = 0) a schedule fires on, ``None`` for every day.

    A schedule restricting the day of the month too fires on either (cron's rule): every day counts.
    """
    if not schedule:
        return None
    from croniter import croniter

    fields = croniter.expand(schedule)[0]
    if fields[4] == ["*"] or fields[2] != ["*"]:
        return None
    return frozenset(int(day) % 7 for day in fields[4])


def publishes_on(schedule: str, day: date) -> bool:
    """Say whether ``day`` is a publishing day by ``schedule``'s weekdays (every day without one)."""
    weekdays = publishing_weekdays(schedule)
    return weekdays is None or day.isoweekday() % 7 in weekdays


def off_reason(schedule: str, reason: str = "") -> str:
    """Return the note of a date ``schedule`` leaves out, with what its check saw (``reason``)."""
    note = f"{NOT_PUBLISHING_PREFIX} (schedule {schedule})"
    return f"{note}: {reason}" if reason else note


def due_reason(reason: str) -> str:
    """Reword a crawl's "not a publishing day" note for a date the schedule in force says is due.

    ``not a publishing day (schedule 30 7 * * 1-6): HTTP 404`` reads ``HTTP 404 (recorded as not a
    publishing day by schedule 30 7 * * 1-6)``: the check's answer first, then what the crawl thought.
    """
    if not reason.startswith(NOT_PUBLISHING_PREFIX):
        return reason
    note, _, rest = reason.partition("): ")
    schedule = note.removeprefix(NOT_PUBLISHING_PREFIX).strip(" ()").removeprefix("schedule ")
    said = f"recorded as {NOT_PUBLISHING_PREFIX} by schedule {schedule}" if schedule else "recorded as such"
    return f"{rest} ({said})" if rest else said


@dataclass
class Schedules:
    """The schedules registered for one source, oldest first: ``(since, schedule)``."""

    entries: list[tuple[date, str]] = field(default_factory=list)

    def known(self) -> bool:
        """Tell whether any schedule was registered (else the crawls' own notes stand)."""
        return bool(self.entries)

    def on(self, day: date) -> str:
        """Return the schedule in force on ``day`` (the first one before any was registered)."""
        current = self.entries[0][1] if self.entries else ""
        for since, schedule in self.entries:
            if since > day:
                break
            current = schedule
        return current

    def off(self, day: date) -> str | None:
        """Return the schedule in force on ``day`` when it leaves ``day`` out, else ``None``."""
        schedule = self.on(day)
        return schedule if schedule and not publishes_on(schedule, day) else None

    def with_registry(self, schedule: str, today: date) -> Schedules:
        """Return these schedules with the registry's, as its next crawl will register it (from ``today``)."""
        if not schedule or (self.entries and self.entries[-1][1] == schedule):
            return self
        since = max(today, self.entries[-1][0]) if self.entries else today
        kept = [entry for entry in self.entries if entry[0] < since]
        return Schedules([*kept, (since, schedule)])


def is_off(schedules: Schedules, day: date, status: str = "", reason: str = "") -> bool:
    """Tell whether ``day`` is not a publishing day: by the schedule in force, else by its crawl's note.

    ``status`` and ``reason`` are the date's recorded check ("" when it has none); they count only
    while no schedule is registered (see the module docstring).
    """
    if schedules.known():
        return schedules.off(day) is not None
    return is_not_publishing(status, reason)


def off_note(schedules: Schedules, day: date, reason: str = "") -> str:
    """Return the note of a day off without an edition: its crawl's, else the schedule's and ``reason``."""
    if reason.startswith(NOT_PUBLISHING_PREFIX):
        return reason  # the crawl's word, with what the site answered
    return off_reason(schedules.on(day), reason)

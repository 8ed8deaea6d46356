"""The ``[source.alerts]`` thresholds a report crosses (the CLI then exits non-zero)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from crawler.report.model import FAILED, NO_EDITION, Alert, DateHealth, Report
from crawler.sources import SourceConfig


def _streaks(days: list[DateHealth], counts: Callable[[DateHealth], bool]) -> list[tuple[int, date, date]]:
    """Return every run of dates in a row that ``counts`` holds for: (length, first day, last day)."""
    found: list[tuple[int, date, date]] = []
    current: list[date] = []
    for row in days:
        if not row.publishing_day and not row.expected:
            continue  # a day the paper does not publish neither extends nor breaks a streak
        if counts(row):
            current.append(row.day)
        elif current:
            found.append((len(current), current[0], current[-1]))
            current = []
    if current:
        found.append((len(current), current[0], current[-1]))
    return found


# Streaks named one by one up to this many; more are counted, and the latest named.
NAMED_STREAKS = 3


def _span(length: int, first: date, last: date) -> str:
    return f"on {first}" if length == 1 else f"for {length} days in a row ({first} .. {last})"


def _streak_message(label: str, limit: int, streaks: list[tuple[int, date, date]]) -> str:
    """Say every streak that crossed the limit: the first one alone hid a later one, this week's."""
    if len(streaks) <= NAMED_STREAKS:
        return f"{label} " + ", and ".join(_span(*streak) for streak in streaks)
    days = "" if limit == 1 else f" of {limit} days or more"
    return f"{label} in {len(streaks)} streaks{days}, the latest {_span(*streaks[-1])}"


def check_alerts(source: SourceConfig, report: Report) -> list[Alert]:
    """Return the thresholds of ``source.alerts`` that the report crosses."""
    alerts: list[Alert] = []
    limits = source.alerts
    streaks: tuple[tuple[str, Callable[[DateHealth], bool], str], ...] = (
        ("no_edition_days", lambda row: row.status == NO_EDITION, "no edition"),  # a redesign's dates too
        ("failed_days", lambda row: row.status == FAILED, "failed"),
        ("unmatched_days", lambda row: row.stopped_matching, "URL template stopped matching"),
    )
    for key, counts, label in streaks:
        limit = getattr(limits, key)
        crossed = [streak for streak in _streaks(report.dates, counts) if limit and streak[0] >= limit]
        if crossed:
            alerts.append(Alert(key, limit, _streak_message(label, limit, crossed)))
    for key, total in (
        ("min_title_fill", "title_fill"),
        ("min_date_fill", "date_fill"),
        ("min_author_fill", "author_fill"),
    ):
        limit, seen = getattr(limits, key), report.totals.get(total)
        if limit and seen is not None and seen < limit:
            alerts.append(Alert(key, limit, f"{total.replace('_', ' ')} {seen:.0%} is below {limit:.0%}"))
    return alerts

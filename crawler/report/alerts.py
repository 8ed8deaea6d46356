"""The ``[source.alerts]`` thresholds a report crosses (the CLI then exits non-zero)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from crawler.report.model import FAILED, NO_EDITION, Alert, DateHealth, Report
from crawler.sources import SourceConfig


def _longest_run(
    days: list[DateHealth], counts: Callable[[DateHealth], bool]
) -> tuple[int, date | None, date | None]:
    best, first, last, current, start = 0, None, None, 0, None
    for row in days:
        if not row.publishing_day and not row.expected:
            continue  # a day the paper does not publish neither extends nor breaks a streak
        if counts(row):
            current, start = current + 1, start or row.day
            if current > best:
                best, first, last = current, start, row.day
        else:
            current, start = 0, None
    return best, first, last


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
        length, first, last = _longest_run(report.dates, counts)
        if limit and length >= limit:
            span = f"on {first}" if length == 1 else f"for {length} days in a row ({first} .. {last})"
            alerts.append(Alert(key, limit, f"{label} {span}"))
    for key, total in (
        ("min_title_fill", "title_fill"),
        ("min_date_fill", "date_fill"),
        ("min_author_fill", "author_fill"),
    ):
        limit, seen = getattr(limits, key), report.totals.get(total)
        if limit and seen is not None and seen < limit:
            alerts.append(Alert(key, limit, f"{total.replace('_', ' ')} {seen:.0%} is below {limit:.0%}"))
    return alerts

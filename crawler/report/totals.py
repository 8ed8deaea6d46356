"""The range's totals: dates by status, the last crawls' article counts, field fill rates."""

from __future__ import annotations

from collections import Counter
from typing import Any

from archive.items import is_another_edition, is_incomplete
from crawler.report.model import (
    COVERED,
    FAILED,
    FOUND,
    NO_EDITION,
    NOT_PUBLISHING,
    NOT_YET,
    UNCHECKED,
    DateHealth,
)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _totals(days: list[DateHealth]) -> dict[str, Any]:
    statuses = Counter(row.status for row in days)
    articles = sum(row.articles for row in days)
    return {
        "editions_expected": sum(row.expected for row in days),
        "found": statuses[FOUND],
        # Of the found: a page or article of the edition was not archived (reason "incomplete: ...").
        "incomplete": sum(1 for row in days if is_incomplete(row.status, row.reason)),
        "no_edition": statuses[NO_EDITION],
        # Of the no-edition: the date answered with another date's edition (reason "another edition: ...").
        "another_edition": sum(1 for row in days if is_another_edition(row.status, row.reason)),
        # Later days of a combined edition (合刊) filed under its first day: neither found nor missed.
        "covered": statuses[COVERED],
        # Checked on their own day without an edition yet: not counted as no edition until settled.
        "not_yet": statuses[NOT_YET],
        "failed": statuses[FAILED],
        # Of the no-edition: the dates since a URL template stopped matching (a site redesign).
        "unmatched": sum(1 for row in days if row.stopped_matching),
        # Days the paper's weekly schedule has no edition on, and none was found: not expected.
        # A day to come is not due yet, whatever its weekday (build_report): counted as none of these.
        "not_publishing": statuses[NOT_PUBLISHING],
        # Dates no template covers expect no edition: not checked, and nothing left to check.
        "unchecked": sum(1 for row in days if row.status == UNCHECKED and row.expected),
        "articles": articles,
        **{
            key: sum(getattr(row, key) for row in days)
            for key in ("new", "changed", "unchanged", "unseen", "refused", "refused_unarchived", "reprints")
        },
        "title_fill": _share(sum(row.with_title for row in days), articles),
        "date_fill": _share(sum(row.with_date for row in days), articles),
        "author_fill": _share(sum(row.with_author for row in days), articles),
        "encoding_fallbacks": sum(row.encoding_fallbacks for row in days),
    }

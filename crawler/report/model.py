"""Name the report's words and rows: date statuses, a date's, template's and alert's health, the JSON form.

Kept apart from the reads that fill them so the CLI's text and JSON output (``search_cli.commands.report``)
can name a row or a status without loading the archive queries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

FOUND, NO_EDITION, FAILED, UNCHECKED = "found", "no-edition", "failed", "unchecked"
NOT_YET = "not-yet"  # "no edition" seen on the date's own day: provisional until a check after it
COVERED = "covered"  # a later day of a combined edition (合刊) found under its first day
# A day the paper's weekly schedule in force on it leaves out, checked or not, no edition found there:
# the web calendar's status for it. Never "unchecked": the totals count it apart (``not_publishing``).
NOT_PUBLISHING = "not-publishing"
STOPPED_MIN_DAYS = 3  # dates without an edition after the last found one that mean "stopped matching"
# The counts of what the date's last crawl did, apart from what the archive holds (``articles``).
LAST_CRAWL_FIELDS = ("run_id", "new", "changed", "unchanged", "unseen", "refused", "refused_unarchived")


@dataclass
class DateHealth:
    """One edition date: what the crawl found and what was archived for it."""

    day: date
    expected: int = 1
    status: str = UNCHECKED
    reason: str = ""
    template: str = ""
    # False on a day the paper's weekly schedule has no edition (SourceConfig.publishes_on): without
    # one it is not expected, neither missed nor alerted on; one found there still counts found.
    publishing_day: bool = True
    stopped_matching: bool = False  # no edition, and its template stopped matching (see the module docstring)
    run_id: int | None = None  # the crawl that last checked the date: the counts new .. refused are its own
    # The latest later crawl whose check of this found date failed (it stays found; the run's counters
    # name the date, ``editions/recheck_failed/DAY``): None when none did.
    recheck_failed_run: int | None = None
    pages: int = 0
    articles: int = 0  # what the archive holds for the date, archived by whichever crawl
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    unseen: int = 0  # archived before, not seen by the last check of the date (see build_report)
    # Fetched by the last check and the capture refused as damaged: archived before (the stored version
    # stays), or never archived (refused_unarchived of them, their URLs in refused_urls).
    refused: int = 0
    refused_unarchived: int = 0
    refused_urls: list[str] = field(default_factory=list)
    reprints: int = 0
    with_title: int = 0
    with_date: int = 0
    with_author: int = 0
    encoding_fallbacks: int = 0


@dataclass
class TemplateHealth:
    """How one URL template fared over the range; ``stopped_since`` is set when it stopped matching."""

    template: str
    found: int = 0
    no_edition: int = 0
    failed: int = 0
    unmatched: int = 0
    last_found: date | None = None
    stopped_since: date | None = None


@dataclass
class Alert:
    """A crossed threshold: the ``[source.alerts]`` key, its limit, and what was seen."""

    key: str
    limit: float
    message: str


@dataclass
class Report:
    """The health report of one source from ``since`` to ``until``."""

    source_id: str
    name: str
    since: date
    until: date
    dates: list[DateHealth] = field(default_factory=list)
    templates: list[TemplateHealth] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)
    runs: dict[str, Any] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (dates as ISO strings).

        What the archive holds (``archived``) stands apart from what the date's last crawl did
        (``last_crawl``): a re-run that stored nothing new reads ``new 0`` under a date archived before.
        """
        data: dict[str, Any] = _jsonable(asdict(self))
        # The keys every other JSON document gives the paper (`search`, `runs`, `crawl`, `schedule list`).
        data = {"source": data.pop("source_id"), "source_name": data.pop("name"), **data}
        for row in data["dates"]:
            row["archived"] = row.pop("articles")
            row["last_crawl"] = {key: row.pop(key) for key in (*LAST_CRAWL_FIELDS, "refused_urls")}
        totals = data["totals"]
        if totals:
            totals["archived"] = totals.pop("articles")
            totals["last_crawl"] = {key: totals.pop(key) for key in LAST_CRAWL_FIELDS if key in totals}
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value

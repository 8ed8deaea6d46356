"""A date's verdict has one word in the report, the crawl summary and the calendar (archive.items.VERDICTS).

The walkthrough found the dates after a paper's last edition read UNMATCHED in the report while the
crawl summary and the calendar said "no edition" of the same dates.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from archive.items import VERDICTS
from crawler.report.model import DateHealth, Report
from crawler.report.totals import _totals
from crawler.runner import CrawlSummary
from search_cli.commands.crawl import format_summary
from search_cli.commands.report import format_report

ROOT = Path(__file__).resolve().parent.parent


def test_the_calendar_legend_uses_the_verdict_words() -> None:
    template = (ROOT / "webui" / "templates" / "sources.html").read_text("utf-8")
    [labels] = re.findall(r"\{% set status_label = \{(.*?)\} %\}", template)
    drawn = dict(re.findall(r'"([\w-]+)": _\("([^"]+)"\)', labels))
    assert drawn and all(VERDICTS[status] == word for status, word in drawn.items()), drawn


def test_the_report_and_the_crawl_summary_use_the_verdict_words() -> None:
    days = [
        DateHealth(date(2024, 3, 1), status="found", articles=1, run_id=1),
        DateHealth(date(2024, 3, 2), status="no-edition", reason="HTTP 404", stopped_matching=True),
        DateHealth(date(2024, 3, 3), status="not-yet", reason="not yet published (checked 07:30 +08:00)"),
        DateHealth(date(2024, 3, 4), status="covered"),
        DateHealth(date(2024, 3, 5), status="failed", reason="HTTP 500"),
        DateHealth(date(2024, 3, 6)),
    ]
    report = Report("p", "P", days[0].day, days[-1].day, dates=days, totals=_totals(days))
    lines = format_report(report).splitlines()
    for row, line in zip(days, lines[3:9], strict=True):
        word = VERDICTS[row.status]
        assert line.startswith(f"{row.day}  {word.upper() if row.status == 'failed' else word}  "), line
    [totals] = [line for line in lines if line.startswith("editions: ")]
    for status, n in (("found", 1), ("no-edition", 1), ("not-yet", 1), ("failed", 1), ("unchecked", 1)):
        assert f"{VERDICTS[status]} {n}" in totals, (status, totals)
    counters = {f"editions/{k}": 1 for k in ("found", "no_edition", "not_yet", "covered", "failed")}
    summary = format_summary("p", CrawlSummary(run_id=1, status="finished", counters=counters))
    for status in ("found", "no-edition", "not-yet", "covered", "failed"):
        assert f"{VERDICTS[status]} " in summary, (status, summary)

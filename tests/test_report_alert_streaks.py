"""A report's alert names every streak that crosses its threshold, the latest included.

``no_edition_days = 3`` over a month with a three-day gap at a holiday and another this week said
only "no edition for 3 days in a row (the holiday)": the first of the longest streaks. The gap of
this week, the one to act on (the paper moved?), went unnamed, and an operator who knew of the
holiday read the alert as the old news.
"""

from __future__ import annotations

from datetime import date, timedelta

from crawler.report.alerts import check_alerts
from crawler.report.model import DateHealth, Report
from crawler.sources import Alerts, SourceConfig, UrlTemplate

TEMPLATE = "http://p.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"


def _report(statuses: str, **limits: int) -> tuple[SourceConfig, Report]:
    """``statuses``: one letter a day from 2024-03-01, f(ound), n(o edition) or x (failed)."""
    words = {"f": "found", "n": "no-edition", "x": "failed"}
    days = [date(2024, 3, 1) + timedelta(days=n) for n in range(len(statuses))]
    rows = [DateHealth(d, status=words[s], template=TEMPLATE) for d, s in zip(days, statuses, strict=True)]
    source = SourceConfig("p", "P", "epaper", templates=(UrlTemplate(TEMPLATE),), alerts=Alerts(**limits))
    return source, Report("p", "P", days[0], days[-1], dates=rows)


def test_every_streak_over_the_limit_is_named_the_latest_too() -> None:
    source, report = _report("fnnnffffnnnf", no_edition_days=3)
    [alert] = check_alerts(source, report)
    assert alert.message == (
        "no edition for 3 days in a row (2024-03-02 .. 2024-03-04), "
        "and for 3 days in a row (2024-03-09 .. 2024-03-11)"
    )


def test_a_streak_under_the_limit_is_not_named() -> None:
    source, report = _report("fnffxxnnnnf", no_edition_days=3, failed_days=2)
    assert [a.message for a in check_alerts(source, report)] == [
        "no edition for 4 days in a row (2024-03-07 .. 2024-03-10)",
        "failed for 2 days in a row (2024-03-05 .. 2024-03-06)",
    ]


def test_single_days_read_as_days() -> None:
    source, report = _report("fnfnf", no_edition_days=1)
    [alert] = check_alerts(source, report)
    assert alert.message == "no edition on 2024-03-02, and on 2024-03-04"


def test_many_streaks_are_counted_and_the_latest_named() -> None:
    source, report = _report("nnfnnfnnfnnnf", no_edition_days=2)
    [alert] = check_alerts(source, report)
    assert (
        alert.message == "no edition in 4 streaks of 2 days or more, the latest for 3 days in a row "
        "(2024-03-10 .. 2024-03-12)"
    )
    source, report = _report("nfnfnfnf", no_edition_days=1)
    assert check_alerts(source, report)[0].message == "no edition in 4 streaks, the latest on 2024-03-07"

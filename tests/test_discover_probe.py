"""Gallop-then-bisect over dates: the first and last edition, with gaps, within a request budget."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from crawler.discover.probe import FLOOR, HIT, MISS, UNKNOWN, Calendar, Prober

TODAY = date(2026, 12, 4)


def _paper(first: date, *, sundays: bool = True, holidays: set[date] | None = None) -> Callable[[date], str]:
    def check(day: date) -> str:
        if day < first or day > TODAY:
            return MISS
        if day != first and (day in (holidays or set()) or (not sundays and day.weekday() == 6)):
            return MISS
        return HIT

    return check


@pytest.mark.parametrize("span", [0, 1, 30, 137, 400, 3000, 8000])
def test_the_first_edition_of_a_daily_paper(span: int) -> None:
    first = TODAY - timedelta(days=span)
    prober = Prober(40)
    found = prober.find_edge(_paper(first), TODAY, FLOOR)
    assert found.edge == first and found.exact
    assert found.requests <= 32


def test_missing_sundays_are_learnt_and_not_taken_for_the_start() -> None:
    first = date(2024, 5, 7)
    prober = Prober(40)
    found = prober.find_edge(_paper(first, sundays=False), TODAY, FLOOR)
    assert found.edge == first and found.exact
    assert prober.calendar.gap_weekdays() == {6}
    assert prober.calendar.publishing_weekdays() == [0, 1, 2, 3, 4, 5]


def test_a_holiday_inside_the_run_does_not_stop_the_search() -> None:
    first = date(2025, 1, 2)
    holidays = {date(2025, 1, 28) + timedelta(days=i) for i in range(6)}  # 春节
    prober = Prober(60)
    assert prober.find_edge(_paper(first, holidays=holidays), TODAY, FLOOR).edge == first


def test_random_calendars_within_the_budget() -> None:
    rng = random.Random(7)
    wrong = used = 0
    for _ in range(150):
        first = TODAY - timedelta(days=rng.choice([20, 137, 400, 1500]))
        holidays: set[date] = set()
        for _ in range(rng.randint(0, 4)):
            start = first + timedelta(days=rng.randint(1, (TODAY - first).days))
            if any(abs((start - h).days) < 12 for h in holidays):
                continue  # gaps longer than VERIFY_DAYS are the documented blind spot
            holidays |= {start + timedelta(days=i) for i in range(rng.randint(1, 4))}
        prober = Prober(80)
        found = prober.find_edge(_paper(first, sundays=rng.random() < 0.6, holidays=holidays), TODAY, FLOOR)
        wrong += found.edge != first
        used = max(used, found.requests)
    assert wrong == 0
    assert used <= 60


def test_the_last_edition_and_a_server_error_on_the_way() -> None:
    last = TODAY - timedelta(days=50)

    def check(day: date) -> str:
        if day == TODAY - timedelta(days=70):
            return UNKNOWN
        return HIT if day <= last else MISS

    prober = Prober(40)
    found = prober.find_edge(check, TODAY - timedelta(days=300), TODAY)
    assert found.edge == last and found.exact


def test_the_budget_is_a_hard_limit() -> None:
    calls: list[date] = []

    def check(day: date) -> str:
        calls.append(day)
        return _paper(date(2001, 1, 1))(day)

    found = Prober(5).find_edge(check, TODAY, FLOOR)
    assert len(calls) == 5 and not found.exact and found.edge <= TODAY


def test_a_redesigned_template_misses_are_no_gaps_of_the_paper() -> None:
    calendar = Calendar()
    for i in range(14):
        calendar.record(TODAY - timedelta(days=i), HIT, "old")
    calendar.record(TODAY - timedelta(days=3), MISS, "new")  # the new template did not exist yet
    assert calendar.gap_weekdays() == set()
    calendar.record(TODAY - timedelta(days=20), HIT, "old")
    calendar.record(TODAY - timedelta(days=17), MISS, "old")
    assert calendar.gap_weekdays() == set()  # seen published on that weekday


def test_weekday_evidence_counts_editions_and_the_misses_between_them() -> None:
    """The prober reads it (confirm_gaps) as public API of the calendar."""
    calendar = Calendar()
    monday = date(2026, 11, 2)
    for day in (monday, monday + timedelta(days=2), monday + timedelta(days=7)):
        calendar.record(day, HIT)
    calendar.record(monday + timedelta(days=1), MISS)  # a Tuesday between two editions
    calendar.record(monday + timedelta(days=8), MISS)  # a Tuesday after the last: no gap evidence
    assert calendar.weekday_evidence() == ({0: 2, 2: 1}, {1: 1})


def test_a_weekday_missed_once_is_probed_again_before_it_is_called_a_gap() -> None:
    # One Wednesday without an edition (a holiday) between two editions, and no other Wednesday seen:
    # the schedule suggested left Wednesdays out. One more Wednesday settles it.
    holiday = date(2026, 11, 25)
    check = _paper(date(2026, 11, 1), holidays={holiday})
    prober = Prober(40)
    for day in (TODAY, holiday, date(2026, 11, 20)):
        prober.ask(check, day)
    assert prober.calendar.gap_weekdays() == {2}
    prober.confirm_gaps(check, date(2026, 11, 1), TODAY)
    assert prober.used == 4 and prober.calendar.gap_weekdays() == set()
    # A paper that skips Sundays: the second Sunday misses too, and Sundays stay a gap.
    sundays = Prober(40)
    no_sundays = _paper(date(2026, 11, 1), sundays=False)
    for day in (TODAY, date(2026, 11, 22), date(2026, 11, 20)):
        sundays.ask(no_sundays, day)
    sundays.confirm_gaps(no_sundays, date(2026, 11, 1), TODAY)
    assert sundays.used == 4 and sundays.calendar.gap_weekdays() == {6}
    sundays.confirm_gaps(no_sundays, date(2026, 11, 1), TODAY)  # settled: no further request
    assert sundays.used == 4

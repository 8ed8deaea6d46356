"""Find a paper's first (or last) edition with few requests: gallop, then bisect, then verify.

An e-paper answers one question per request: is there an edition on this
date? Probing every day back to the first edition costs thousands of
requests; galloping (1, 4, 16, 64... days back) finds a date before the first
edition in a handful, and bisecting between that miss and the nearest hit
finds the boundary. Papers skip days, though (Sundays, holidays), so a miss
inside the run of editions is a gap, not the start. Two rules keep gaps from
fooling the search:

* weekdays seen missing between two hits and never seen with an edition
  (Sundays, for a paper that skips them) are not probed again;
* once the boundary looks found, the ``VERIFY_DAYS`` dates beyond it are
  checked; an edition there means the miss was a holiday, and the search goes on.

A gap longer than ``VERIFY_DAYS`` just before the real first edition is
taken as the start: the one case this cannot tell apart cheaply.
Everything here is pure: ``check(day)`` does the fetching.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

HIT = "hit"  # an edition on that date
MISS = "miss"  # no edition (404, or a page that lists nothing)
UNKNOWN = "unknown"  # the server failed (5xx, refused): says nothing either way
GALLOP_FACTOR = 4
VERIFY_DAYS = 7
FLOOR = date(1995, 1, 1)  # no Chinese e-paper is older


class BudgetExhausted(Exception):
    """The probe used every request it was allowed."""


@dataclass
class Calendar:
    """Every probe's outcome, per template: which weekdays the paper skips.

    A miss counts as a gap only between two editions *of the same template*:
    before a redesign the new template misses every day, and those days are
    no gaps of the paper.
    """

    seen: dict[tuple[str, date], str] = field(default_factory=dict)

    def record(self, day: date, outcome: str, key: str = "") -> None:
        """Remember one probe of template ``key``."""
        if outcome != UNKNOWN or (key, day) not in self.seen:
            self.seen[(key, day)] = outcome

    def outcome(self, day: date, key: str = "") -> str | None:
        """Return what a probe of ``key`` on ``day`` found, if one was made."""
        return self.seen.get((key, day))

    def weekday_evidence(self) -> tuple[dict[int, int], dict[int, int]]:
        """Return, per weekday (0 = Monday), the editions seen and the misses between two editions.

        A miss is counted only inside the span of its own template's editions (see the class);
        a weekday absent from a dict has no such probe.
        """
        hit_count: dict[int, int] = {}
        inner_misses: dict[int, int] = {}
        spans: dict[str, tuple[date, date]] = {}
        for (key, day), outcome in self.seen.items():
            if outcome == HIT:
                hit_count[day.weekday()] = hit_count.get(day.weekday(), 0) + 1
                low, high = spans.get(key, (day, day))
                spans[key] = (min(low, day), max(high, day))
        for (key, day), outcome in self.seen.items():
            span = spans.get(key)
            if outcome == MISS and span and span[0] < day < span[1]:
                inner_misses[day.weekday()] = inner_misses.get(day.weekday(), 0) + 1
        return hit_count, inner_misses

    def gap_weekdays(self, evidence: int = 1) -> set[int]:
        """Return weekdays missed ``evidence`` times or more between two editions, never seen published."""
        hit_count, inner = self.weekday_evidence()
        return {wd for wd, n in inner.items() if n >= evidence and not hit_count.get(wd)}

    def publishing_weekdays(self) -> list[int]:
        """Return the weekdays the paper appears on (all but the gap weekdays)."""
        gaps = self.gap_weekdays()
        return [wd for wd in range(7) if wd not in gaps]

    def unknown_weekdays(self) -> set[int]:
        """Return weekdays with neither an edition nor a gap seen on them."""
        hit_count, inner = self.weekday_evidence()
        return {wd for wd in range(7) if not hit_count.get(wd) and not inner.get(wd)}


@dataclass
class EdgeResult:
    """The first (or last) edition found, whether it is verified, and what it cost."""

    edge: date
    exact: bool  # False: the budget ran out before the edge was verified
    requests: int


class Prober:
    """Ask ``check(day)`` at most ``budget`` times in all, sharing what was learnt between searches."""

    def __init__(self, budget: int, calendar: Calendar | None = None) -> None:
        self.budget = budget
        self.used = 0
        self.calendar = calendar or Calendar()

    def ask(self, check: Callable[[date], str], day: date, key: str = "", *, learn: bool = True) -> str:
        """Spend one request on ``day`` (template ``key``); with ``learn=False`` a miss is not remembered."""
        if self.used >= self.budget:
            raise BudgetExhausted(f"probe budget of {self.budget} requests used up")
        self.used += 1
        outcome = check(day)
        if learn or outcome == HIT:
            self.calendar.record(day, outcome, key)
        return outcome

    def confirm_gaps(self, check: Callable[[date], str], first: date, last: date, key: str = "") -> None:
        """Probe once more each gap weekday (of template ``key``, ``first``..``last``) missed only once.

        One miss between two editions may be a holiday or a day the site failed: the schedule
        suggested from it left that weekday out ("no Wednesdays"), and a scheduled crawl would
        never fetch those editions on their day. The same weekday of another week settles it: an
        edition, and it is no gap; a second miss, and it is one.
        """
        _, inner = self.calendar.weekday_evidence()
        for weekday in sorted(self.calendar.gap_weekdays()):
            if inner.get(weekday, 0) >= 2:
                continue
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
            while day > first and self.calendar.outcome(day, key) is not None:
                day -= timedelta(days=7)
            if day > first:
                self.ask(check, day, key)

    def find_edge(self, check: Callable[[date], str], known: date, bound: date, key: str = "") -> EdgeResult:
        """Return the edition farthest from ``known`` (an edition) towards ``bound``, ``bound`` included.

        With ``bound`` before ``known`` this is the first edition, after it the last.
        """
        sign = -1 if bound < known else 1
        limit = abs((bound - known).days)
        start_used = self.used
        outcomes: dict[int, str] = {0: HIT}
        for (seen_key, seen_day), seen_outcome in self.calendar.seen.items():
            k = sign * (seen_day - known).days
            if seen_key == key and 0 < k <= limit:
                outcomes[k] = seen_outcome  # known from an earlier search of this template

        def day(k: int) -> date:
            return known + timedelta(days=sign * k)

        hits = [k for k, o in outcomes.items() if o == HIT]
        hit_k, step = max(hits), 1
        misses = [k for k, o in outcomes.items() if o == MISS and k > hit_k]
        miss_k = min(misses) if misses else None
        try:
            while True:
                gaps = self.calendar.gap_weekdays()
                if miss_k is None:  # gallop away from the last hit
                    if hit_k >= limit:
                        return EdgeResult(day(hit_k), True, self.used - start_used)
                    target = min(hit_k + step, limit)
                    step *= GALLOP_FACTOR
                    free = [k for k in range(hit_k + 1, target + 1) if k not in outcomes]
                    usable = [k for k in free if day(k).weekday() not in gaps] or free
                    if not usable:
                        continue
                    k = max(usable)
                else:
                    between = [
                        k
                        for k in range(hit_k + 1, miss_k)
                        if k not in outcomes and day(k).weekday() not in gaps
                    ]
                    if between:  # bisect
                        middle = (hit_k + miss_k) / 2
                        k = min(between, key=lambda k: (abs(k - middle), k))
                    else:  # verify: an edition just beyond the boundary means the misses were a gap
                        # Every weekday, gap weekdays too: a paper's first edition may fall on one.
                        window = [
                            k
                            for k in range(hit_k + 1, min(hit_k + VERIFY_DAYS, limit) + 1)
                            if k not in outcomes
                        ]
                        if not window:
                            return EdgeResult(day(hit_k), True, self.used - start_used)
                        k = window[0]
                outcome = self.ask(check, day(k), key)
                outcomes[k] = outcome
                if outcome == HIT:
                    hit_k = max(hit_k, k)
                    later = [m for m, o in outcomes.items() if o == MISS and m > hit_k]
                    miss_k = min(later) if later else None
                elif outcome == MISS and (miss_k is None or k < miss_k):
                    miss_k = k
        except BudgetExhausted:
            return EdgeResult(day(hit_k), False, self.used - start_used)

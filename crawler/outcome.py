"""Judge how a crawl went from its counters: all good, partly failed, or nothing fetched.

The CLI turns the verdict into an exit code cron can trust, and the scheduler
and ``schedule list`` show it; the rules live here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

OK = "ok"
PARTIAL = "partial"  # some editions or requests failed
NOTHING_FETCHED = "nothing-fetched"  # failures, and not one edition, article or answer of use
# The verdicts of a run that finished without going well, worst last (the report counts them apart).
SHORTFALLS = (PARTIAL, NOTHING_FETCHED)

# Counters of work that reached the site and got a usable answer.
_SUCCESSES = (
    "editions/found",
    "editions/no_edition",
    "editions/not_yet",
    "editions/covered",
    "articles/new",
    "articles/changed",
    "articles/unchanged",
    "skipped/archived",
)
# Skips that mean the crawl did less than asked (an operator should look).
_FAILED_SKIPS = ("skipped/host_budget",)


def unchanged_text(counters: Mapping[str, Any]) -> str:
    """Say how many archived articles a crawl found unchanged, as ``crawl``'s summary and ``runs`` show it.

    Counted with them are the archived articles a ``--resume`` crawl saw listed
    on an edition page and did not fetch again (``skipped/archived``): the
    report counts them unchanged too (seen on the site, stored text kept), and a
    summary that said "unchanged 0" beside the report's 3 read as if they had
    not been seen. The part not fetched again is said apart.
    """
    kept = int(counters.get("skipped/archived", 0) or 0)
    total = int(counters.get("articles/unchanged", 0) or 0) + kept
    return f"unchanged {total}" + (f" ({kept} archived before, not fetched again)" if kept else "")


# Skips a crawl makes by design, not problems: an entry dated outside the asked range, a URL outside
# the source's article pattern, a listing page past its depth, an old article the revisit policy spares.
EXPECTED_SKIPS = ("skipped/out_of_range", "skipped/pattern", "skipped/depth", "skipped/revisit_policy")


def counter_groups(counters: Mapping[str, Any]) -> list[str]:
    """Return the counters past a run's totals as labelled lines: ``crawl``'s summary and ``runs``.

    Request failures say ``requests failed:`` (``http_500 1``; refused requests keep
    their ``refused/`` prefix): "failed/http_500 1" under "editions ... failed 1" read
    as one failure counted twice, where the edition verdict and the request's reason
    are apart. Then what was not stored (``not stored: damaged_capture 2``), and last, on a
    line of its own, the skips the crawl makes by design (``EXPECTED_SKIPS``): a sitemap
    crawl over a date range listed ``skipped/out_of_range 13`` among its problems.
    ``skipped/archived`` is said in the unchanged count (``unchanged_text``). Only
    groups with a count are returned; the JSON counter keys are unchanged.
    """
    failed: dict[str, Any] = {}
    not_stored: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    for key, value in counters.items():
        if key.startswith("failed/"):
            failed[key.removeprefix("failed/")] = value
        elif key.startswith("refused/"):
            failed[key] = value
        elif key in EXPECTED_SKIPS:
            expected[key.removeprefix("skipped/")] = value
        elif key.startswith("skipped/") and key != "skipped/archived":
            not_stored[key.removeprefix("skipped/")] = value
        elif key.startswith("dropped/"):
            not_stored[key] = value
    groups = (("requests failed", failed), ("not stored", not_stored), ("skipped as expected", expected))
    return [
        f"{label}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        for label, counts in groups
        if counts
    ]


@dataclass(frozen=True)
class Outcome:
    """The verdict on one crawl and, when nothing was fetched, a one-line hint."""

    verdict: str
    failures: int
    hint: str = ""


def _count(counters: Mapping[str, Any], key: str) -> int:
    value = counters.get(key, 0)
    return int(value) if isinstance(value, int | float) else 0


def failure_count(counters: Mapping[str, Any]) -> int:
    """Return how many pages, requests or editions of a run failed or were refused."""
    total = sum(_count(counters, k) for k in counters if k.startswith(("failed/", "refused/")))
    total += sum(_count(counters, k) for k in _FAILED_SKIPS)
    return max(total, _count(counters, "editions/failed"))


def judge(counters: Mapping[str, Any], hosts: Iterable[str] = ()) -> Outcome:
    """Return the verdict on a crawl whose run ended with ``counters``.

    ``hosts`` (the source's hosts) make the hint name what was refused.
    """
    failures = failure_count(counters)
    if not failures:
        return Outcome(OK, 0)
    if any(_count(counters, k) for k in _SUCCESSES):
        return Outcome(PARTIAL, failures)
    hint = ""
    refused = sum(_count(counters, k) for k in counters if k.startswith("refused/"))
    if refused and _count(counters, "fetched") == 0:
        names = ", ".join(sorted(set(hosts))) or "the source's hosts"
        hint = (
            f"all requests to {names} were refused: allow the network with NEWSARCHIVE_ALLOWED_NETWORKS "
            "(environment, the registry's [settings] or -s)"
        )
    return Outcome(NOTHING_FETCHED, failures, hint)


def source_hosts(urls: Iterable[str]) -> list[str]:
    """Return the host names of ``urls`` (URL templates included), for the hint."""
    hosts = []
    for url in urls:
        host = urlsplit(url).hostname
        if host and host not in hosts:
            hosts.append(host)
    return hosts

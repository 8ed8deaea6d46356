"""Say a crawl's counters as the crawl summary and ``runs`` show them, past the run's verdict.

The verdict itself (all good, partly failed, nothing fetched, idle) lives in
:mod:`archive.run_verdict`, where the web page reads it too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from archive.items import RECHECK_FAILED, RECHECK_FAILED_DAY
from archive.wording import counted

# The failed dates a run's lines name before "and N more".
_FAILED_SHOWN = 5


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


# Articles (or earlier versions) whose re-read left empty a stored value, kept: no outcome of a capture
# of its own (the articles/* and skipped/* counters add up to the captures), said beside them.
KEPT = "refresh/kept"


def kept_text(counters: Mapping[str, Any], hint: str = "--accept-blank") -> str:
    """Say the stored values a reprocess's re-read left empty and kept, and how to write the empty ones.

    ``reprocess`` says it in its summary and ``runs`` under the run: a history that said only
    "refreshed 1, unchanged 65" hid that the current rules read some fields empty (a broken selector?).
    """
    kept = int(counters.get(KEPT, 0) or 0)
    if not kept:
        return ""
    keeps = "keeps" if kept == 1 else "keep"
    values = f"{counted(kept, 'article')} {keeps} stored values"
    return f"{values} the new reading leaves empty ({hint} writes them)"


# Skips a crawl makes by design, not problems: an entry dated outside the asked range, a URL outside
# the source's article pattern, a listing page past its depth, an old article the revisit policy spares.
RECHECK_NOTE = "(dates already found, which stay found; the crawl's warnings name them)"
RECHECK_DATES_NOTE = "(dates already found, which stay found; the crawl's warnings say why)"
# The dates a ``crawl --resume`` did not check again: recorded "no edition" by an earlier crawl.
SKIPPED_NO_EDITION = "editions/skipped_no_edition"
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
    lines = [
        f"{label}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        for label, counts in groups
        if counts
    ]
    if skipped := int(counters.get(SKIPPED_NO_EDITION, 0) or 0):
        were, them = ("was", "it") if skipped == 1 else ("were", "them")
        lines.append(
            f"resume: {counted(skipped, 'date')} recorded no edition before {were} not checked again "
            f"(--recheck checks {them})"
        )
    if rechecks := counters.get(RECHECK_FAILED):
        # A failed check of a date already found keeps its row found (archive.batches), so the run's
        # failed editions, read from the rows, never list it: "failed 1" alone named no date. Its
        # date is counted too; a run from before counted none, and its warnings alone name them.
        if days := recheck_failed_dates(counters):
            more = len(days) - _FAILED_SHOWN
            shown = ", ".join(days[:_FAILED_SHOWN]) + (f" and {more} more" if more > 0 else "")
            lines.append(f"re-checks failed: {rechecks}: {shown} {RECHECK_DATES_NOTE}")
        else:
            lines.append(f"re-checks failed: {rechecks} {RECHECK_NOTE}")
    return lines


def recheck_failed_dates(counters: Mapping[str, Any]) -> list[str]:
    """Return the dates (ISO) whose re-check failed in a run, from its ``editions/recheck_failed/DAY``."""
    return sorted(k.removeprefix(RECHECK_FAILED_DAY) for k in counters if k.startswith(RECHECK_FAILED_DAY))


def failed_dates_text(failed: Sequence[tuple[date, str]]) -> str:
    """Return ``editions failed: 2024-03-03 (HTTP 500), ...``: which dates made a run partial (crawl, runs).

    At most :data:`_FAILED_SHOWN` dates, then how many more (``report`` lists them all).
    """
    shown = ", ".join(
        f"{day.isoformat()} ({reason})" if reason else day.isoformat()
        for day, reason in failed[:_FAILED_SHOWN]
    )
    more = len(failed) - _FAILED_SHOWN
    return "editions failed: " + shown + (f" and {more} more (see newsarchive report)" if more > 0 else "")

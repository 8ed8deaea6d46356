"""Judge how a crawl run went: all good, partly failed, nothing fetched, idle, and the words for it.

One place for the verdict every reader of a run gives (``crawl``'s exit code and
summary, ``runs``, ``report``, ``schedule list`` and the web papers page): the
web page once said "finished" of a run ``runs`` called "finished (partial)".
It lives in the archive, the bottom room, so the web page reads it without
importing the crawler (tests/test_layering.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from archive.models import CrawlRun
from archive.runs import process_gone

OK = "ok"
PARTIAL = "partial"  # some editions or requests failed
NOTHING_FETCHED = "nothing-fetched"  # failures, and not one edition, article or answer of use
# The verdicts of a run that finished without going well, worst last (the report counts them apart).
SHORTFALLS = (PARTIAL, NOTHING_FETCHED)
# A finished run that took no request, fetched nothing and failed nothing: a queue worker that found
# the queue drained recorded such runs until it stopped recording them (73beee5). Said apart so that
# they read as what they are; their rows stay in the archive.
IDLE = "idle"
# How a run left ``running`` by a process that is gone (killed) reads everywhere a person sees it:
# ``runs``, the web papers page, the report's dates and runs line (whose JSON key stays ``killed``).
PROCESS_GONE = "running (process gone)"

# Counters of work that reached the site and got a usable answer.
_SUCCESSES = (
    "editions/found",
    "editions/no_edition",
    "editions/not_yet",
    "editions/covered",
    "editions/not_publishing",
    "articles/new",
    "articles/changed",
    "articles/refreshed",
    "articles/reread",  # a reprocess: the stored capture read as another text (not the paper's change)
    "articles/earlier_reread",  # a reprocess: an earlier version's capture read otherwise, kept as archived
    "articles/unchanged",
    "skipped/archived",
)
# Skips that mean the crawl did less than asked (an operator should look).
_FAILED_SKIPS = ("skipped/host_budget",)
# Counters every closed run carries whatever it did: they say nothing of work done.
_BOOKKEEPING = ("fetched", "reprints", "elapsed_seconds", "peak_memory_bytes")

# A verdict as a person reads it in text (``runs``, the crawl summary, the report's run counts, the
# scheduler's lines, the web papers page): "nothing-fetched" is a machine's key, kept in every --json.
VERDICT_WORDS = {NOTHING_FETCHED: "nothing fetched"}


def verdict_text(verdict: str) -> str:
    """Return a verdict in words (:data:`VERDICT_WORDS`), else as it is."""
    return VERDICT_WORDS.get(verdict, verdict)


# How a run's state reads, in ``runs``, the web papers page and the report's run counts: the status,
# with what a bare "finished" or "running" hides in brackets. Every state a run can have is here,
# so the web page's labels (and their Chinese) cover them all (tests/test_run_verdict.py).
RUN_STATES = (
    "finished",
    f"finished ({PARTIAL})",
    f"finished ({verdict_text(NOTHING_FETCHED)})",
    f"finished ({IDLE})",
    "running",
    PROCESS_GONE,
    "interrupted",
    "failed",
)


# How a crawl's recorded finish reason reads to a person (``runs``, the report's last failure): Scrapy's
# words for a stop ("shutdown" read as if the machine had shut down) and ours for a failure. JSON keeps
# the reason as recorded.
REASON_WORDS = {
    "shutdown": "stopped (Ctrl-C or SIGTERM)",
    "store_failed": "its store failed: not all it fetched was stored",
    "queue_failed": "it lost its queue (Redis)",
}
# The reason of a reprocess run a Ctrl-C or SIGTERM stopped, recorded in words (``crawler.reprocess``).
REPROCESS_STOPPED = "stopped (Ctrl-C or SIGTERM): what it wrote before is kept"
# Every finish reason as a person reads it: the web papers page labels each in its language
# (webui/templates/sources.html, tests/test_run_verdict.py); any other is shown as recorded.
WORDED_REASONS = (*REASON_WORDS.values(), REPROCESS_STOPPED)


def reason_text(reason: str) -> str:
    """Return a run's finish reason in words (:data:`REASON_WORDS`), else as recorded."""
    return REASON_WORDS.get(reason, reason)


def run_reason(run: CrawlRun) -> str:
    """Return why the run ended so, in words, when its state does not say it already ("" when it does)."""
    if not run.reason or run.reason in (run.status, "finished"):
        return ""
    return reason_text(run.reason)


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


def is_idle(counters: Mapping[str, Any]) -> bool:
    """Tell whether a run's counters show no work at all: no response, no record, no failure."""
    return not any(_count(counters, k) for k in counters if k not in _BOOKKEEPING)


def finished_verdict(counters: Mapping[str, Any]) -> str:
    """Return the verdict on a finished run: :data:`OK`, a shortfall, or :data:`IDLE` when it did nothing."""
    verdict = judge(counters).verdict
    return IDLE if verdict == OK and is_idle(counters) else verdict


def run_verdict(run: CrawlRun) -> str:
    """Return a finished run's verdict (:func:`finished_verdict`), else its status.

    This is ``outcome`` in ``runs --json`` and ``schedule list``; :func:`run_state` words it.
    """
    return finished_verdict(run.counters or {}) if run.status == "finished" else run.status


def run_state(run: CrawlRun) -> str:
    """Return the run's state as a person should read it, with what the bare status hides.

    A finished run that fetched nothing, partly failed or did nothing at all says
    so (as ``crawl``'s exit code did, and ``schedule list`` does); a run still
    ``running`` whose process on this host is gone (killed) says so until the
    next crawl marks it interrupted. One of :data:`RUN_STATES`.
    """
    if run.status == "running" and isinstance(run.args, dict) and process_gone(run.args):
        return PROCESS_GONE
    if run.status == "finished":
        verdict = run_verdict(run)
        return run.status if verdict == OK else f"{run.status} ({verdict_text(verdict)})"
    return run.status


def source_hosts(urls: Iterable[str]) -> list[str]:
    """Return the host names of ``urls`` (URL templates included), for the hint."""
    hosts = []
    for url in urls:
        host = urlsplit(url).hostname
        if host and host not in hosts:
            hosts.append(host)
    return hosts

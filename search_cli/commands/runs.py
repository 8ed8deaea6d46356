"""``newsarchive runs``: list crawl runs with their status and counters."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from search_cli import exitcodes
from search_cli.options import add_source_argument, positive, require_archive, source_of

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.models import CrawlRun

_SHOWN = (
    "fetched",
    "articles/new",
    "articles/changed",
    "articles/refreshed",
    "articles/reread",
    "articles/unchanged",
    "reprints",
)
# Said only when counted: only a reprocess refreshes or re-reads (a crawl's every visit is its own capture).
_SHOWN_WHEN_COUNTED = ("articles/refreshed", "articles/reread")

# The keys of archive.queries.RUN_SORTS, spelled here so --help loads no SQLAlchemy (a test checks).
RUN_SORT_NAMES = ("finished", "id", "source", "started", "status")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``runs`` subcommand."""
    p = subparsers.add_parser(
        "runs",
        parents=[common],
        help="list crawl runs (newest first)",
        description="List crawl and reprocess runs: arguments, start, end, status and counters "
        "(fetched, new, changed, refreshed or re-read by a reprocess, unchanged, reprints, "
        "failed by reason).",
    )
    add_source_argument(p, positional=True, help="only runs of this source")
    p.add_argument("--sort", choices=RUN_SORT_NAMES, default="id", help="sort field (default: id)")
    p.add_argument("--asc", action="store_true", help="ascending order (default: descending)")
    p.add_argument("--limit", type=positive, default=50, help="at most this many runs (default: 50)")
    p.set_defaults(func=run)


def run_as_dict(run: CrawlRun, failed: Sequence[tuple[date, str]] = ()) -> dict[str, Any]:
    """Return a run as JSON-ready data; ``outcome`` is the verdict `crawl --json` and `schedule list` give.

    ``failed_editions`` lists the dates the run recorded failed, with their reason (``failed``);
    ``recheck_failed_dates`` those already found whose check failed (they stay found: no row says so).
    """
    from archive.run_verdict import run_verdict
    from crawler.outcome import recheck_failed_dates

    return {
        "id": run.id,
        "source": run.source_id,
        "spider": run.spider,
        "status": run.status,
        "outcome": run_verdict(run),
        "reason": run.reason,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "args": run.args,
        "counters": run.counters,
        "failed_editions": [{"date": day.isoformat(), "reason": reason} for day, reason in failed],
        "recheck_failed_dates": recheck_failed_dates(run.counters or {}),
    }


def _utc(value: datetime) -> str:
    """Return a run's instant in UTC, as ``schedule list`` shows runs (a naive one was stored as UTC)."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def format_run(run: CrawlRun, failed: Sequence[tuple[date, str]] = ()) -> str:
    """Render a run as one line, then its failed editions and its failures by reason.

    Times say UTC: ``show --versions`` and the web page give the paper's
    local time, and an unlabelled UTC beside them reads eight hours off.
    ``failed`` are the dates the run recorded failed (``archive.queries.failed_editions``): a run
    partial for one edition said ``finished (partial)`` and no date.
    """
    from archive.run_verdict import run_reason, run_state
    from crawler.outcome import counter_groups, failed_dates_text, kept_text, unchanged_text

    c = run.counters
    ended = _utc(run.finished_at) if run.finished_at else "-"
    counts = ", ".join(
        unchanged_text(c) if key == "articles/unchanged" else f"{key.split('/')[-1]} {c.get(key, 0)}"
        for key in _SHOWN
        if key not in _SHOWN_WHEN_COUNTED or c.get(key)
    )
    line = (
        f"{run.id}\t{run.source_id}\t{run.spider}\t{run_state(run)}\t"
        f"{_utc(run.started_at)} .. {ended} UTC\t{counts}"
    )
    # Refused requests are failures too: a run refused everything reads "finished" and fetched 0.
    # Then what the crawl did not store (a refused damaged capture, kept in its WARC file for
    # reprocess; a page that was no article), and its expected skips: the crawl summary's lines.
    # Why it ended so (a process that died, a shutdown, a crash's error), as the web page gives it
    # beside the state: an interrupted or failed run read as a bare word here.
    if why := run_reason(run):
        line += f"\n\treason: {why}"
    if failed:
        line += "\n\t" + failed_dates_text(failed)
    for group in counter_groups(c):
        line += "\n\t" + group
    # A reprocess that kept values its reading left empty says so, as its own summary did.
    if kept := kept_text(c, "reprocess --accept-blank"):
        line += "\n\tkept: " + kept
    return line


def _count_killed(session: Any, runs: Sequence[CrawlRun]) -> None:
    """Show a killed run (still ``running``, its process gone) with what it stored as its counters.

    It never wrote its own, and read 0 until the source's next crawl closed it. Read-only: the
    rows are detached first, so nothing is written back.
    """
    from archive.editions import process_gone, stored_counters

    for run in runs:
        if run.status == "running" and isinstance(run.args, dict) and process_gone(run.args):
            counted = stored_counters(session, run)
            session.expunge(run)
            run.counters = {**(run.counters or {}), **counted}
            run.reason = "process gone; counters counted from what it stored"


def run(args: argparse.Namespace) -> int:
    """List the runs."""
    source_id = source_of(args, required=False)  # a bad command line first, as argparse's
    db_url = require_archive(args)
    from archive.queries import check_source_known, failed_editions, list_runs
    from search_cli.store import open_archive

    with open_archive(args, db_url, reading=True) as sessions, sessions() as session:
        if source_id:
            check_source_known(session, source_id)
        runs = list_runs(session, source_id, args.sort, not args.asc, args.limit)
        _count_killed(session, runs)
        failed = failed_editions(session, [r.id for r in runs])
    if args.json:
        json.dump(
            [run_as_dict(r, failed.get(r.id, ())) for r in runs], sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
    else:
        for r in runs:
            print(format_run(r, failed.get(r.id, ())))
        if not runs:  # exit 3 alone would leave a person looking at nothing
            print("no crawl runs" + (f" of {source_id}" if source_id else ""), file=sys.stderr)
    return exitcodes.OK if runs else exitcodes.NO_RESULTS

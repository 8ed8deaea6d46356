"""``newsarchive worker --queue redis://HOST:PORT/N``: crawl a shared queue seeded by ``crawl --queue``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from search_cli import exitcodes
from search_cli.commands.crawl import (
    QUEUE_PREFIX,
    crawl_error,
    failed_dates,
    failed_editions_record,
    format_summary,
    incomplete_dates,
    store_failure_text,
)
from search_cli.options import add_crawl_options, check_queue, crawl_log_level, print_done

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``worker`` subcommand."""

    p = subparsers.add_parser(
        "worker",
        parents=[common],
        help="crawl a shared Redis queue (run one per machine or core)",
        description="Crawl the job seeded by 'newsarchive crawl SOURCE --queue URL' with the scrapy-redis "
        "scheduler and dupefilter, writing to the store (use one PostgreSQL --db-url for all machines). "
        "Requests a killed worker held go back to the queue for the others. Exits once the queue is "
        "drained and no other worker is busy (after --idle-timeout seconds).",
    )
    p.add_argument("--queue", required=True, metavar="URL", help="Redis URL, redis://HOST:PORT/N")
    p.add_argument("--source", help="the job to work on (default: the first seeded job with queued requests)")
    p.add_argument(
        "--queue-prefix",
        "--prefix",
        dest="queue_prefix",
        default=QUEUE_PREFIX,
        help=f"Redis key prefix of --queue (default: {QUEUE_PREFIX}; --prefix is an alias)",
    )
    p.add_argument(
        "--idle-timeout",
        type=float,
        metavar="SECONDS",
        help="exit after the queue stays empty this long (0: wait for new seeds forever; "
        "default: the NEWSARCHIVE_QUEUE_IDLE_TIMEOUT setting, 5)",
    )
    add_crawl_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Work on the queue until it is drained and print this worker's summary."""
    from crawler.scaleout import run_worker

    check_queue(args.queue)
    level = crawl_log_level(args)
    summary = run_worker(
        args.queue,
        source_id=args.source,
        prefix=args.queue_prefix,
        home=args.home,
        db_url=args.db_url,
        overrides=dict(args.settings),
        log_level=level,
        idle_timeout=args.idle_timeout,
    )
    # Its failed dates as `crawl` names them: "failed 1" alone sent the archivist to the report.
    failed = failed_dates(args, summary)
    from archive.run_verdict import finished_verdict, judge

    outcome = judge(summary.counters, summary.source_hosts)
    error = summary.error
    if summary.store_failure:  # its unstored requests stay leased: another worker takes them over
        error = store_failure_text(summary.store_failure) + "; another worker takes its requests over"
    code, error = crawl_error(
        summary.status, outcome, error, as_json=args.json, counters=summary.counters, failed=failed
    )
    if args.json:
        from crawler.outcome import recheck_failed_dates

        json.dump(
            {
                "source": summary.source_id,
                "run_id": summary.run_id,
                "status": summary.status,
                # crawl --json's and runs --json's outcome of the run (none: no run was recorded).
                "outcome": None
                if summary.took_nothing
                else (finished_verdict(summary.counters) if summary.status == "finished" else summary.status),
                "took_nothing": summary.took_nothing,
                "error": None if summary.took_nothing else (error or None),  # the line on stderr
                "counters": summary.counters,
                # crawl --json's key and shape: the date and reason of each edition that failed.
                "failed_editions": failed_editions_record(failed),
                # runs --json's key: the found dates whose re-check failed (they stay found).
                "recheck_failed_dates": recheck_failed_dates(summary.counters),
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    if summary.took_nothing:
        why = (
            "stopped before taking a request"
            if summary.status == "interrupted"
            else "the queue was already drained (no request taken)"
        )
        text = f"worker on {summary.source_id}: {why}; nothing crawled, no run recorded"
        if not args.json:
            print_done(args, text)
        return exitcodes.INTERRUPTED if summary.status == "interrupted" else exitcodes.OK
    if error:
        sys.stderr.write(f"error: {error}\n")
    if not args.json:
        # The job's source kind (from the queue's registry): a sitemap worker's summary names no editions.
        incomplete = incomplete_dates(args, summary)
        text = format_summary(summary.source_id, summary, summary.source_kind, failed, incomplete=incomplete)
        print_done(args, text, needs_action=code != exitcodes.OK)
    return code

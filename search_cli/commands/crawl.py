"""``newsarchive crawl SOURCE``: crawl one registered source over a date range."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from archive.config import resolve_sources_path
from archive.progress import BAR, OFF, Progress, progress_mode
from archive.wording import counted
from search_cli import exitcodes
from search_cli.errors import UsageError
from search_cli.options import (
    add_crawl_options,
    add_source_argument,
    check_queue,
    check_range,
    crawl_log_level,
    day,
    print_done,
    registered_source,
    source_of,
)

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.run_verdict import Outcome


# crawler.scaleout.DEFAULT_PREFIX, spelled here so --help loads no Scrapy (a test checks).
QUEUE_PREFIX = "newsarchive"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``crawl`` subcommand."""
    p = subparsers.add_parser(
        "crawl",
        parents=[common],
        help="crawl one source (e-paper editions by date)",
        description="Crawl one source from the registry into the archive. For e-papers, "
        "--since/--until backfill past editions; without them, today's edition is fetched.",
    )
    add_source_argument(p, positional=True, help="source id from the registry")
    p.add_argument("--since", type=day, help="first date to crawl (YYYY-MM-DD)")
    p.add_argument("--until", type=day, help="last date to crawl (YYYY-MM-DD, default: --since or today)")
    add_crawl_options(p)
    p.add_argument(
        "--resume",
        action="store_true",
        help="skip articles the archive holds and dates recorded 'no edition' (after a stop or a crash)",
    )
    p.add_argument(
        "--recheck",
        action="store_true",
        help="with --resume: check again the dates recorded 'no edition'",
    )
    # Scale-out (crawler.scaleout): seed a shared Redis queue instead of crawling here.
    p.add_argument(
        "--queue",
        metavar="URL",
        help="seed the shared queue at redis://HOST:PORT/N for "
        "'newsarchive worker' processes instead of crawling here",
    )
    p.add_argument(
        "--queue-prefix",
        "--prefix",  # worker's alias: the seeding command and the workers take the same words
        dest="queue_prefix",
        default=QUEUE_PREFIX,
        help=f"Redis key prefix of --queue (default: {QUEUE_PREFIX}; --prefix is an alias)",
    )
    p.set_defaults(func=run)


def format_summary(
    source_id: str,
    summary: Any,
    kind: str = "",
    failed: Sequence[tuple[date, str]] = (),
    *,
    incomplete: Sequence[tuple[date, str]] = (),
) -> str:
    """Render a crawl summary as one line, then its failed dates and its failed, unstored and skipped
    requests by reason.

    ``failed`` are the dates the run recorded failed (``archive.queries.failed_editions``), as
    ``runs`` names them: "failed 1" alone sent the archivist to the report to learn which.

    A routine re-crawl that finds nothing new is one line in cron's mail. A source of another
    ``kind`` than e-paper (sitemap, feed, listing) has no editions: its line says none, where
    "editions found 0" beside 12 new articles read as if the crawl had found nothing. Without
    ``kind``, the summary's own (a queue worker's, from its job's registry), else e-paper.
    """
    from archive.items import VERDICTS
    from archive.run_verdict import OK, finished_verdict, verdict_text
    from crawler.outcome import counter_groups, failed_dates_text, unchanged_text

    kind = kind or summary.source_kind or "epaper"
    c = summary.counters
    # The state `runs` gives the same run: "finished (partial)", never a bare "finished" above failures.
    verdict = finished_verdict(c) if summary.status == "finished" else OK
    said = "" if verdict == OK else f"{verdict_text(verdict)}; "
    state = f"{summary.status} ({said}run {summary.run_id})"
    another = c.get("editions/another_edition", 0)
    not_yet = c.get("editions/not_yet", 0)
    covered = c.get("editions/covered", 0)
    resting = c.get("editions/not_publishing", 0)
    incomplete_count = c.get("editions/incomplete", 0)
    editions = (
        # The words of the report and the web calendar (archive.items.VERDICTS).
        f"editions {VERDICTS['found']} {c.get('editions/found', 0)}"
        + (f" ({incomplete_count} incomplete)" if incomplete_count else "")
        + f", {VERDICTS['no-edition']} {c.get('editions/no_edition', 0)}"
        + (f" ({another} served another edition)" if another else "")
        + (f", {VERDICTS['not-yet']} {not_yet} (provisional until a check after its day)" if not_yet else "")
        + (f", {VERDICTS['covered']} by a combined edition {covered}" if covered else "")
        + (f", {counted(resting, 'day')} not a publishing day" if resting else "")
        + f", {VERDICTS['failed']} {c.get('editions/failed', 0)}; "
    )
    lines = [
        f"crawl of {source_id}: {state}: "
        f"fetched {c.get('fetched', 0)} responses; "
        + (editions if kind == "epaper" else "")
        + f"articles new {c.get('articles/new', 0)}, "
        f"changed {c.get('articles/changed', 0)}, {unchanged_text(c)}"
    ]
    if failed:
        lines.append("  " + failed_dates_text(failed))
    lines.extend("  " + incomplete_date_text(day, reason) for day, reason in incomplete[:_INCOMPLETE_SHOWN])
    if len(incomplete) > _INCOMPLETE_SHOWN:
        lines.append(f"  and {len(incomplete) - _INCOMPLETE_SHOWN} more incomplete (see newsarchive report)")
    lines.extend("  " + group for group in counter_groups(c))
    return "\n".join(lines)


# The incomplete dates a summary names, one line each (``report`` lists them all).
_INCOMPLETE_SHOWN = 5


def incomplete_date_text(day: date, reason: str) -> str:
    """Return ``editions incomplete: 2024-03-02 (page URL not archived (why)): what to do``."""
    from archive.items import INCOMPLETE_PREFIX, incomplete_advice

    return f"editions incomplete: {day.isoformat()} ({reason.removeprefix(INCOMPLETE_PREFIX)}): " + (
        incomplete_advice(reason)
    )


def incomplete_dates(args: argparse.Namespace, summary: Any) -> list[tuple[date, str]]:
    """Return the found dates the crawl (or queue worker) left incomplete, read back from its archive."""
    if not summary.run_id or not summary.counters.get("editions/incomplete"):
        return []
    from archive.queries import incomplete_editions
    from search_cli.store import archive_db_url, open_archive

    with open_archive(args, archive_db_url(args)) as sessions, sessions() as session:
        return incomplete_editions(session, [summary.run_id]).get(summary.run_id, [])


def failed_dates(args: argparse.Namespace, summary: Any) -> list[tuple[date, str]]:
    """Return the dates the finished crawl (or queue worker) recorded failed, read back from its archive."""
    if not summary.run_id or not summary.counters.get("editions/failed"):
        return []
    from archive.queries import failed_editions
    from search_cli.store import archive_db_url, open_archive

    with open_archive(args, archive_db_url(args)) as sessions, sessions() as session:
        return failed_editions(session, [summary.run_id]).get(summary.run_id, [])


def never_found_text(args: argparse.Namespace, source_id: str, summary: Any) -> str:
    """Return the line saying no date of the source has had an edition yet, or "" when one has.

    A mistyped template (every date a 404) read "finished ...; editions found 0, no edition 2", exit 0,
    as of a holiday week: only ``report`` said "NO EDITION FOUND ... (check its URL)".
    """
    c = summary.counters
    if not summary.run_id or c.get("editions/found", 0) or not c.get("editions/no_edition", 0):
        return ""
    from archive.queries import ever_found
    from search_cli.store import archive_db_url, open_archive

    with open_archive(args, archive_db_url(args)) as sessions, sessions() as session:
        if ever_found(session, source_id):
            return ""
    return (
        f"no edition found on any date of {source_id} yet: if the paper published on these dates, check its "
        f"URL template (newsarchive report {source_id} says which found none)"
    )


def failed_editions_record(failed: Sequence[tuple[date, str]]) -> list[dict[str, str]]:
    """Return the failed dates as ``--json`` gives them (``crawl``, ``worker``, ``runs``, ``schedule``)."""
    return [{"date": day.isoformat(), "reason": why} for day, why in failed]


def _archive_flags(args: argparse.Namespace) -> str:
    """Return the ``--home`` / ``--db-url`` this command was given, for the worker command it prints.

    Without them the printed worker wrote to ./newsarchive-data, another archive
    than the one named here. Given in the environment (``NEWSARCHIVE_HOME``,
    ``NEWSARCHIVE_DB_URL``) they are printed too: a worker started as printed on
    another machine, where they are not set, filled an SQLite file of its own. A
    password in the URL is not printed.
    """
    import os
    import shlex

    flags = ""
    home = getattr(args, "home", None) or os.environ.get("NEWSARCHIVE_HOME")
    db_url = getattr(args, "db_url", None) or os.environ.get("NEWSARCHIVE_DB_URL")
    if home:
        flags += f" --home {shlex.quote(str(home))}"
    if db_url:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            db_url = make_url(db_url).render_as_string(hide_password=True)
        except ArgumentError:
            pass  # not a URL: the worker says so in its own words
        flags += f" --db-url {shlex.quote(db_url)}"
    return flags


def nothing_seeded(source_id: str, seeded: Any, worker: str) -> str:
    """Say that seeding queued nothing, and why; the worker command only while requests still wait.

    Before, it read "seeded 0 requests ...; crawl them with: newsarchive worker ...",
    and a worker started as told found the queue drained.
    """
    head = f"nothing queued for {source_id} ({seeded.since} .. {seeded.until})"
    if not seeded.known:
        why = ": the source gave no request for these dates"
    else:
        why = (
            f": its {seeded.known} requests were seeded before (the queue's dupefilter "
            f"{seeded.keys.dupefilter} keeps every request ever queued)"
        )
    if seeded.waiting:
        waiting = f"{seeded.waiting} requests still wait in {seeded.keys.requests}"
        return f"{head}{why}; {waiting}: crawl them with: {worker}"
    if not seeded.known:
        return head + why
    return (
        f"{head}{why}, and the queue is empty; "
        f"to crawl them again, delete {seeded.keys.dupefilter} and seed again"
    )


def run(args: argparse.Namespace) -> int:
    """Crawl the named source and print the run's summary."""
    from archive.run_verdict import finished_verdict, judge, source_hosts
    from crawler.runner import run_crawl
    from crawler.spiders.base import clip_to_templates, clip_to_today

    if args.queue:
        check_queue(args.queue)
    if args.recheck and not args.resume:
        raise UsageError("--recheck goes with --resume (a crawl without it checks every date)")
    if args.resume and args.queue:  # it was ignored: every request seeded, nothing said
        raise UsageError(
            "--resume does not go with --queue: the queue never hands its workers a request seeded "
            "before (its dupefilter remembers them)"
        )
    source = registered_source(args, source_of(args, required=True) or "")
    since, until = args.since, args.until
    check_range(since, until)
    if since or until:
        until, note = clip_to_today(
            since, until or since, datetime.now(ZoneInfo(source.timezone)).date(), source.timezone
        )
        since, before = clip_to_templates(source, since, until)
        for line in (note, before):
            if line:  # the crawl covers less than asked: said even with -q
                print(line, file=sys.stderr)
    if args.queue:  # scale-out: workers crawl what this seeds
        from crawler.scaleout import seed

        seeded = seed(
            args.queue,
            source,
            resolve_sources_path(args.sources, args.home).read_text(encoding="utf-8"),
            since,
            until or since,
            prefix=args.queue_prefix,
        )
        if args.json:
            data = {"source": source.id, "seeded": seeded.pushed, "queue": seeded.keys.requests}
            dates = {"since": str(seeded.since), "until": str(seeded.until)}
            print(json.dumps({**data, **dates, "known": seeded.known}))
        else:
            worker = f"newsarchive worker --queue {args.queue}" + (
                f" --queue-prefix {args.queue_prefix}" if args.queue_prefix != QUEUE_PREFIX else ""
            )
            worker += _archive_flags(args)
            if not seeded.pushed:  # said even with -q: whoever starts workers next must know
                print_done(args, nothing_seeded(source.id, seeded, worker), needs_action=True)
                return exitcodes.OK
            print_done(
                args,
                f"seeded {seeded.pushed} requests of {source.id} ({seeded.since} .. {seeded.until}) into "
                f"{seeded.keys.requests}; crawl them with: {worker}",
            )
            if (
                seeded.known and not args.quiet
            ):  # the dupefilter remembers every request ever queued, crawled or not
                print(
                    f"note: {seeded.known} requests were seeded before and are not queued again; to crawl "
                    f"them again, delete {seeded.keys.dupefilter} first",
                    file=sys.stderr,
                )
        return exitcodes.OK
    level = crawl_log_level(args)
    # On a terminal, a live bar; elsewhere the summary below is the one line (cron mail).
    mode = BAR if progress_mode(args.quiet) == BAR else OFF
    with source_lock(args, source.id), crawl_progress(source, since, until or since, mode) as on_progress:
        summary = run_crawl(
            source,
            since=since,
            until=until or since,
            home=args.home,
            db_url=args.db_url,
            overrides={
                **dict(args.settings),
                **({"NEWSARCHIVE_RESUME": True} if args.resume else {}),
                **({"NEWSARCHIVE_RECHECK_NO_EDITION": True} if args.recheck else {}),
            },
            log_level=level,
            on_progress=on_progress,
        )
        on_progress({"counters": summary.counters})
    outcome = judge(summary.counters, source_hosts([*(t.url for t in source.templates), *source.start_urls]))
    failed = failed_dates(args, summary)
    error = summary.error
    if summary.store_failure:  # said with how to get what went unstored
        hint = resume_hint(source.id, since, until, stored=False)
        error = f"{store_failure_text(summary.store_failure)}; {hint}"
    code, error = crawl_error(
        summary.status, outcome, error, as_json=args.json, counters=summary.counters, failed=failed
    )
    if args.json:
        from crawler.outcome import recheck_failed_dates

        json.dump(
            {
                "source": source.id,
                "run_id": summary.run_id,
                "status": summary.status,
                # `runs --json`'s outcome of the same run: a crawl that did nothing at all is "idle", one
                # interrupted or failed says so (it read the counters' verdict, "ok", beside "failed").
                "outcome": finished_verdict(summary.counters)
                if summary.status == "finished"
                else summary.status,
                "failures": outcome.failures,
                "error": error or None,  # the line on stderr
                "counters": summary.counters,
                "failed_editions": failed_editions_record(failed),
                "recheck_failed_dates": recheck_failed_dates(summary.counters),
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    if error:
        sys.stderr.write(f"error: {error}\n")
    if not args.json:
        text = format_summary(
            source.id, summary, source.kind, failed, incomplete=incomplete_dates(args, summary)
        )
        if summary.status == "interrupted":
            text += "\n  " + resume_hint(source.id, since, until)
        elif source.kind == "epaper" and (never := never_found_text(args, source.id, summary)):
            text += "\n  " + never
        print_done(args, text, needs_action=code != exitcodes.OK)
    return code


@contextmanager
def source_lock(args: argparse.Namespace, source_id: str) -> Iterator[None]:
    """Hold the source's crawl lock (``crawler.locks``) while crawling by hand, as the scheduler does.

    The scheduler refuses a slot while it is held; a crawl by hand took none, so it ran beside the
    scheduler's (or a second backfill beside the first), their runs overwriting each other's dates.
    """
    from archive.config import resolve_home
    from archive.errors import CrawlerError
    from crawler.locks import SourceLock

    lock = SourceLock.for_source(resolve_home(args.home), source_id)
    if not lock.acquire():
        pid, _, host = lock.holder().partition(" ")
        who = f"pid {pid} on {host}" if pid and host else "another process"
        raise CrawlerError(f"a crawl of {source_id} is running ({who}): wait for it to end, or stop it first")
    with lock:
        yield


def resume_hint(source_id: str, since: date | None, until: date | None, *, stored: bool = True) -> str:
    """Say how to go on after a stop: the same crawl with ``--resume`` fetches only what is missing.

    A bare "interrupted" left the archivist to re-run the whole backfill, or to miss the dates the
    crawl never reached. (Not a queue worker's: the others take its requests over.) ``stored``
    False: the crawl's store failed, so not all it fetched is stored.
    """
    dates = f" --since {since} --until {until or since}" if since else ""
    command = f"newsarchive crawl {source_id}{dates} --resume"
    return ("what was fetched is stored; " if stored else "") + f"to fetch only what is missing: {command}"


def store_failure_text(failure: str) -> str:
    """Say that a crawl's store failed (its writer died): what it fetched from then on is not archived."""
    return f"the crawl stopped, not all it fetched stored: {failure}"


@contextmanager
def crawl_progress(
    source: Any, since: date | None, until: date | None, mode: str
) -> Iterator[Callable[[dict[str, Any]], None]]:
    """Yield a bar of dates done (e-papers, with an ETA over the range) or pages fetched, and its feed."""
    from archive.run_verdict import failure_count

    dated = source.kind == "epaper"
    today = datetime.now(ZoneInfo(source.timezone)).date()
    first, last = since or today, until or since or today
    total = (last - first).days + 1 if dated else None
    with Progress(f"crawl {source.id}", total, mode, unit="dates" if dated else "pages") as bar:

        def on_progress(message: dict[str, Any]) -> None:
            c = message.get("counters", {})
            done = sum(
                c.get(f"editions/{k}", 0) for k in ("found", "no_edition", "not_yet", "covered", "failed")
            )
            bar.update_to(done if dated else c.get("fetched", 0))
            bar.set_counts(
                {
                    "pages": c.get("fetched", 0) if dated else 0,
                    "new": c.get("articles/new", 0),
                    "changed": c.get("articles/changed", 0),
                    "failed": failure_count(c),
                }
            )

        yield on_progress


def crawl_exit_code(
    status: str,
    outcome: Outcome,
    error: str = "",
    as_json: bool = False,
    *,
    counters: Mapping[str, Any] | None = None,
    failed: Sequence[tuple[date, str]] = (),
) -> int:
    """Map a crawl's status and verdict to the documented exit code (a hint or its ``error`` on stderr).

    ``as_json``: the summary printed was JSON, so the error points at its keys, not at a text line
    that was never printed. ``counters`` and ``failed`` (the dates the run recorded failed) are what
    the summary printed: the error names the lines (or keys) that are there.
    """
    code, line = crawl_error(status, outcome, error, as_json, counters=counters, failed=failed)
    if line:
        sys.stderr.write(f"error: {line}\n")
    return code


def crawl_error(
    status: str,
    outcome: Outcome,
    error: str = "",
    as_json: bool = False,
    *,
    counters: Mapping[str, Any] | None = None,
    failed: Sequence[tuple[date, str]] = (),
) -> tuple[int, str]:
    """Return :func:`crawl_exit_code`'s code and the error line it writes ("" for none).

    ``crawl --json`` and ``worker --json`` carry the line as ``error``.
    """
    from archive.run_verdict import NOTHING_FETCHED, PARTIAL

    if status == "interrupted":  # SIGINT: in-flight pages were finished and stored
        return exitcodes.INTERRUPTED, ""
    if status != "finished":
        # A crawl that could not start, whose process died or whose store failed: "failed" alone says no why.
        return exitcodes.ERROR, error
    if outcome.verdict == NOTHING_FETCHED:
        why = f"nothing could be fetched: every request failed ({_failures_said(counters, failed, as_json)})"
        return exitcodes.UNREACHABLE, outcome.hint or why
    return (exitcodes.PARTIAL if outcome.verdict == PARTIAL else exitcodes.OK), ""


# What a run's failures leave when neither a date nor a request is listed: a failed re-check of a date
# already found keeps the row found (archive.batches), so only its warning names it.
RECHECK_FAILED = (
    "a check of a date already found failed: its warning 'this check failed' says why (not shown with -q)"
)


def _failures_said(
    counters: Mapping[str, Any] | None, failed: Sequence[tuple[date, str]], as_json: bool
) -> str:
    """Return where the printed summary says why a crawl fetched nothing: only what it printed."""
    from crawler.outcome import counter_groups

    counts = dict(counters or {})
    if as_json:
        keys = ["failed_editions"] if failed else []
        keys += ["failed/ counters"] if any(k.startswith(("failed/", "refused/")) for k in counts) else []
        return f"the JSON's {' and '.join(keys)} say why" if keys else RECHECK_FAILED
    labels = ["editions failed:"] if failed else []
    labels += [line.split(":")[0] + ":" for line in counter_groups(counts)]
    labels = [label for label in labels if label != "skipped as expected:"]
    if not labels:
        return RECHECK_FAILED
    named = " and ".join(f"'{label}'" for label in labels)
    return f"the crawl's {named} " + ("line says why" if len(labels) == 1 else "lines say why")

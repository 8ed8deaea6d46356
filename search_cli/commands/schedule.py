"""``newsarchive schedule list|run``: show when each source is crawled next, and run the scheduler."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from archive.config import clock_text, resolve_home, resolve_sources_path
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.options import add_crawl_options, crawl_log_level

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.models import CrawlRun
    from crawler.schedule import Event, Scheduler
    from crawler.sources import SourceConfig


def _now(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"--now: not an ISO time (YYYY-MM-DDTHH:MM[+08:00]): {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``schedule`` command group."""
    p = subparsers.add_parser(
        "schedule",
        parents=[common],
        help="scheduled crawls: list next runs, run the scheduler",
        description="Crawl sources on their cron schedule (the 'schedule' key in sources.toml). "
        "A missed slot runs once after downtime; a source is never crawled twice at once.",
    )
    p.add_argument(
        "action",
        choices=["list", "run"],
        metavar="ACTION",  # as `index` and `sources` name theirs
        help="list: each source's next run and last result; run: the scheduler, in the "
        "foreground (logs to stderr, stops cleanly on SIGTERM or Ctrl-C)",
    )
    p.add_argument(
        "--now",
        help="pretend the time is this ISO time (list; run --once: a dry run that starts and saves nothing)",
    )
    p.add_argument(
        "--once",
        action="store_true",
        help="run: start what is due now, wait for it, exit (for cron or a systemd timer)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="run --once: print what is due and would start; start nothing, write no state",
    )
    add_crawl_options(p, "run: ")
    p.set_defaults(func=run)


def _good_sources(args: argparse.Namespace, *, say_none: bool = False) -> dict[str, SourceConfig]:
    """Load the registry, leaving out (and naming on stderr) the sources that do not validate.

    With ``say_none``, an empty registry is said on stderr as ``sources list`` says it.
    """
    from crawler.sources import load_registry

    problems: list[str] = []
    path = resolve_sources_path(args.sources, args.home)
    sources = load_registry(path, problems)
    for problem in problems:
        print(f"warning: skipped: {problem}", file=sys.stderr)
    if say_none and not sources and not args.json:
        from search_cli.commands.sources import say_no_sources

        say_no_sources(path)
    return sources


def _last_runs(args: argparse.Namespace) -> dict[str, Any]:
    """Return each source's newest crawl run in the archive (none when there is no archive yet)."""
    from pathlib import Path

    from archive.queries import failed_editions, last_runs, last_working_runs
    from archive.run_verdict import run_state, run_verdict
    from search_cli.store import archive_db_url, open_archive

    db_url = archive_db_url(args)
    if db_url.startswith("sqlite:///") and not Path(db_url.removeprefix("sqlite:///")).exists():
        return {}
    with open_archive(args, db_url) as sessions, sessions() as session:
        runs = last_runs(session)
        failed = failed_editions(session, [run.id for run in runs.values()])
        worked = last_working_runs(session, runs)

        def described(run: CrawlRun) -> dict[str, Any]:
            return {
                "run_id": run.id,
                "status": run.status,
                "outcome": run_verdict(run),
                # In the words of ``runs`` and the web page: "finished (partial)", "running (process gone)".
                "state": run_state(run),
                "started_at": run.started_at.isoformat(),
                "finished_at": run.finished_at.isoformat() if run.finished_at else None,
                "reason": run.reason,
                # Why it is partial, by date, as ``runs`` names them.
                "failed_editions": [
                    {"date": day.isoformat(), "reason": why} for day, why in failed.get(run.id, [])
                ],
            }

        out = {}
        for sid, run in runs.items():
            out[sid] = described(run)
            # An idle last run (it did nothing): the newest that did something, beside it.
            out[sid]["last_work"] = described(worked[sid]) if sid in worked else None
        return out


def _crawl_text(crawl: dict[str, Any]) -> str:
    """Say a crawl as ``schedule list`` gives it: ``run 12 finished (partial) 2026-12-06 07:31 UTC; ...``.

    The state as ``runs`` words it: a killed run read "running", a partial one said no date.
    """
    from crawler.outcome import failed_dates_text

    ended = (crawl["finished_at"] or crawl["started_at"])[:16].replace("T", " ")
    text = f"run {crawl['run_id']} {crawl['state']} {ended} UTC"
    if crawl["failed_editions"]:
        dates = [(date.fromisoformat(f["date"]), f["reason"]) for f in crawl["failed_editions"]]
        text += "; " + failed_dates_text(dates)
    return text


def _list(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from crawler.schedule import due_slot, first_start, load_state, next_recheck, next_run

    home = resolve_home(args.home)
    sources = _good_sources(args, say_none=True)
    now = _now(args.now)
    runs = _last_runs(args)
    rows: list[dict[str, Any]] = []
    for source in sources.values():
        state = load_state(home, source.id)
        first = ""
        if source.schedule and not state.last_slot:  # as the scheduler will start its clock
            crawl = runs.get(source.id)
            started = datetime.fromisoformat(crawl["started_at"]) if crawl else None
            start, _, first = first_start(source, now, started)
            state = replace(state, last_slot=start.isoformat())
        upcoming = next_run(source, state, now)
        slot, missed = due_slot(source, state, now)
        recheck = next_recheck(source, state)
        zone = ZoneInfo(source.timezone)
        rows.append(
            {
                "source": source.id,
                "schedule": source.schedule,
                "timezone": source.timezone,
                "next_run": upcoming.astimezone(zone).isoformat() if upcoming else None,
                # Dates the last run saw without an edition on their own day, checked again before
                # they count as no edition (revisit.not_yet_recheck_hours).
                "not_yet": list(state.not_yet),
                "not_yet_checked_at": (
                    datetime.fromisoformat(state.not_yet_checked_at).astimezone(zone).isoformat()
                    if state.not_yet_checked_at
                    else None
                ),
                "next_recheck": recheck.astimezone(zone).isoformat() if recheck else None,
                "due": slot is not None,
                # No schedule state yet: what the scheduler's first pass does, in its words.
                "first_start": first or None,
                "missed_slots": missed,
                "last_status": state.status,
                "last_reason": state.reason,
                "last_run_id": state.run_id,
                "last_finished_at": state.finished_at or None,
                # The newest crawl of the source in the archive, whether the scheduler started it or not.
                "last_crawl": runs.get(source.id),
            }
        )
    found = exitcodes.OK if rows else exitcodes.NO_RESULTS  # as ``sources list``
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return found
    for row in rows:
        crawl = row["last_crawl"]
        if crawl:
            last = _crawl_text(crawl)
            if crawl["last_work"]:
                last += "; last that did something: " + _crawl_text(crawl["last_work"])
        elif row["last_status"]:
            last = f"{row['last_status']} (run {row['last_run_id']})"
        else:
            last = "never run"
        if row["last_status"] in ("refused", "failed") and row["last_reason"]:
            last += f"; scheduler: {row['last_status']}: {row['last_reason']}"
        if not row["schedule"]:
            print(f"{row['source']}\t(no schedule)\tlast: {last}")
            continue
        when = _clock(row["next_run"], "%Y-%m-%d %H:%M")
        if row["due"]:
            when = (
                f"due now ({row['missed_slots']} slots missed, runs once)"
                if row["missed_slots"] > 1
                else "due now"
            )
        pending = ""
        if row["not_yet"]:
            checked = _clock(row["not_yet_checked_at"])
            recheck = row["next_recheck"]
            again = f", re-check {_clock(recheck, '%Y-%m-%d %H:%M')}" if recheck else ""
            pending = f"\tnot yet published: {', '.join(row['not_yet'])} (checked {checked}{again})"
        # Said when it changes the answer (a lost state, a missed slot run now); --json always has it.
        first = f"\t({row['first_start']})" if row["first_start"] and row["due"] else ""
        print(f"{row['source']}\t{row['schedule']}\tnext: {when}\tlast: {last}{pending}{first}")
    return found


def _clock(iso: str, fmt: str = "%H:%M") -> str:
    """Return an ISO time of a row (in the paper's zone) as people read it, with its zone's offset."""
    return clock_text(datetime.fromisoformat(iso), fmt)


def _print_events(
    events: list[Event], as_json: bool, quiet: bool = False, idle: dict[str, Any] | None = None
) -> None:
    if as_json:
        data: list[dict[str, Any]] = [
            {
                "source": e.source_id,
                "event": e.kind,
                "slot": e.slot.isoformat() if e.slot else None,
                "missed_slots": e.missed,
                "detail": e.detail,
            }
            for e in events
        ]
        json.dump([*data, idle] if idle else data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for e in events:  # with -q, only what needs action (a failed or refused crawl, one that fetched nothing)
        if not quiet or e.needs_action or e.kind in ("failed", "refused"):
            print(f"{e.source_id}\t{e.kind}\t{e.detail}")
    if idle and not quiet:  # nothing was due: a pass that went well, quiet with -q
        print(idle["detail"])


def _nothing_due(scheduler: Scheduler) -> dict[str, Any]:
    """Return the ``nothing-due`` entry of a ``--once`` pass that started nothing: when the next run is."""
    from crawler.schedule import load_state, next_run

    now = scheduler.now()
    best: tuple[SourceConfig, datetime] | None = None
    for sid in sorted(scheduler.sources):  # by id: the earliest next run, the first source of a tie
        source = scheduler.sources[sid]
        at = next_run(source, load_state(scheduler.home, sid), now)
        if at is not None and (best is None or at < best[1]):
            best = (source, at)
    checked = clock_text(now.astimezone(UTC), "%Y-%m-%d %H:%M")
    if best is None:
        return {
            "source": None,
            "event": "nothing-due",
            "slot": None,
            "missed_slots": 0,
            "detail": f"nothing was due at {checked}; no source has a schedule",
            "next_run": None,
            "next_source": None,
        }
    source, at = best
    local = at.astimezone(ZoneInfo(source.timezone))
    when = clock_text(local, "%Y-%m-%d %H:%M")
    return {
        "source": None,
        "event": "nothing-due",
        "slot": None,
        "missed_slots": 0,
        "detail": f"nothing was due at {checked}; next run: {source.id} at {when}",
        "next_run": local.isoformat(),
        "next_source": source.id,
    }


def _run(args: argparse.Namespace) -> int:
    from crawler.schedule import Scheduler

    if not args.quiet:
        # The foreground scheduler is a service: its log says what it does. A --once pass (cron)
        # prints what each crawl did on stdout and keeps stderr for what needs action.
        level_name = logging.INFO if args.verbose or not args.once else logging.WARNING
        from archive.config import log_formatter

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(log_formatter("%(name)s: %(message)s"))
        logging.basicConfig(level=level_name, handlers=[handler])
    sources = _good_sources(args)
    fixed = _now(args.now) if args.now else None
    if (fixed or args.dry_run) and not args.once:
        raise CliError(
            "--now and --dry-run only go with --once (a long-running scheduler follows the real clock)"
        )
    level = crawl_log_level(args)
    scheduler = Scheduler(
        sources,
        resolve_home(args.home),
        db_url=args.db_url,
        overrides=dict(args.settings),
        now=(lambda: fixed) if fixed else (lambda: datetime.now(UTC)),
        log_level=level,
        dry_run=bool(fixed) or args.dry_run,  # a pretended clock must leave no trace in the state files
    )
    if not scheduler.sources:
        raise CliError('no source in the registry has a schedule (add schedule = "0 6 * * *")')
    if args.once:
        events = scheduler.tick()
        events += scheduler.wait()
    else:
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        events = scheduler.run_forever(stop)
    # A --once pass that started nothing says so, and when the next run is (cron's log is not empty
    # by mistake); a long-running scheduler logs as it goes.
    idle = _nothing_due(scheduler) if args.once and not events else None
    # A pretended clock or a dry run asks what would run: its answer is printed whatever -q says.
    _print_events(events, args.json, args.quiet and not (fixed or args.dry_run), idle)
    if any(e.kind == "failed" for e in events):
        return exitcodes.ERROR
    # The long-running scheduler only ends when stopped: a service's normal end (README's exit codes).
    return exitcodes.OK if args.once else exitcodes.SERVICE_STOPPED


def run(args: argparse.Namespace) -> int:
    """Dispatch ``schedule list`` and ``schedule run``."""
    return _list(args) if args.action == "list" else _run(args)

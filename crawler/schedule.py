"""Run each source's crawl when its cron schedule says, once, never twice at once.

Why not a timer loop (Gerapy) or a crontab line: those fire per slot and keep
no memory, so they duplicate runs that overlap and either drop or replay every
slot missed while the machine was down. Here each source keeps a small state
file (``<home>/schedule/<source>.json``) with the last slot that fired; what is
due is "the latest slot after that one, up to now", so a week of downtime
gives one catch-up run whose date window reaches back to the last success.

Each due crawl runs in its own process group, holding the source's
:class:`~crawler.locks.SourceLock`; a slot that comes while the previous crawl
still holds the lock is refused (and recorded), not queued. Time comes from an
injected ``now()`` so tests drive the scheduler with a fake clock.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from croniter import croniter

from archive.config import clock_text
from archive.errors import CrawlerError
from archive.run_verdict import NOTHING_FETCHED, OK, SHORTFALLS, finished_verdict, judge, verdict_text
from archive.wording import counted
from crawler.childsignals import StopRequests, stop_signals_blocked, unblock_stop_signals
from crawler.locks import SourceLock
from crawler.outcome import failed_dates_text
from crawler.sources import SourceConfig

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

logger = logging.getLogger("newsarchive.schedule")
Clock = Callable[[], datetime]
_T = TypeVar("_T")


def utcnow() -> datetime:
    """Return the current time, aware, in UTC (the default clock)."""
    return datetime.now(UTC)


@dataclass
class ScheduleState:
    """What the scheduler remembers of one source between runs (and restarts)."""

    last_slot: str = ""  # ISO time of the last cron slot that fired (or was refused)
    status: str = ""  # running | finished | failed | interrupted | refused
    reason: str = ""
    run_id: int | None = None
    started_at: str = ""
    finished_at: str = ""
    since: str = ""
    until: str = ""
    last_success_until: str = ""  # newest edition date of the last finished run that failed no edition
    # Dates the last run saw without an edition on their own day ("not yet published"), and when:
    # checked again every revisit.not_yet_recheck_hours until a check after the day settles them.
    not_yet: list[str] = field(default_factory=list)
    not_yet_checked_at: str = ""
    fired: int = 0
    refused: int = 0
    failed: int = 0
    counters: dict[str, Any] = field(default_factory=dict)


def _state_path(home: Path, source_id: str) -> Path:
    return home / "schedule" / f"{source_id}.json"


def load_state(home: Path, source_id: str) -> ScheduleState:
    """Read a source's schedule state (a fresh one when there is none or it is unreadable)."""
    try:
        data = json.loads(_state_path(home, source_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ScheduleState()
    known = ScheduleState.__dataclass_fields__
    return ScheduleState(**{k: v for k, v in data.items() if k in known})


@contextlib.contextmanager
def update_state(home: Path, source_id: str) -> Iterator[ScheduleState]:
    """Read, let the caller change, and atomically rewrite a source's state under a file lock.

    The scheduler and the crawl process it forked both write the state; the
    lock keeps one from overwriting the other's change.
    """
    path = _state_path(home, source_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".json.lock"), "a") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        state = load_state(home, source_id)
        yield state
        tmp = path.with_suffix(f".json.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(state), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)


def _cron(source: SourceConfig, start: datetime) -> croniter:
    return croniter(source.schedule, start.astimezone(ZoneInfo(source.timezone)))


def due_slot(source: SourceConfig, state: ScheduleState, now: datetime) -> tuple[datetime | None, int]:
    """Return the latest slot due at ``now`` (after the last that fired) and how many slots it stands for."""
    if not source.schedule or not state.last_slot:
        return None, 0
    last = datetime.fromisoformat(state.last_slot)
    latest = _cron(source, now).get_prev(datetime)
    if latest <= last:
        return None, 0
    missed, it = 0, _cron(source, last)
    while missed < 10_000 and it.get_next(datetime) <= now:
        missed += 1
    return latest.astimezone(UTC), missed


def first_start(
    source: SourceConfig, now: datetime, last_crawl: datetime | None, crawled_until: date | None = None
) -> tuple[datetime, bool, str]:
    """Decide what a source without a schedule state does: where its clock starts, and whether its
    latest slot runs now; return those and the line that says so.

    No state is a first start, or a state lost (a new data directory, ``schedule/`` deleted).
    Slots from before the scheduler knew the source are not run one by one, nor is the archive
    backfilled (``crawl --since`` does that). But an archive that shows the source crawled
    before the latest slot and not since has missed that slot: it runs once now, over the
    editions since the last crawl, as after downtime (at most ``revisit.max_catch_up_days``).

    ``crawled_until`` is the newest edition date a finished crawl covered: a crawl after the slot
    that stopped short of the slot's day (a backfill of past years) did not take its edition, and
    "crawled after the slot" alone read as if it had; the first run reaches back for it.
    """
    zone = ZoneInfo(source.timezone)
    latest: datetime = _cron(source, now).get_prev(datetime).astimezone(UTC)
    upcoming: datetime = _cron(source, now).get_next(datetime)
    slot = clock_text(latest.astimezone(zone), "%Y-%m-%d %H:%M")
    if last_crawl is not None and last_crawl < latest:
        before: datetime = _cron(source, latest).get_prev(datetime).astimezone(UTC)
        crawled = clock_text(last_crawl.astimezone(UTC), "%Y-%m-%d %H:%M")
        return (
            before,
            True,
            f"no schedule state: last crawled {crawled}, before the slot of {slot}: "
            "that slot runs once now, over the editions since",
        )
    first = clock_text(upcoming, "%Y-%m-%d %H:%M")
    if last_crawl is None:
        line = (
            f"no schedule state and nothing crawled yet: first run at {first}; earlier slots are not run "
            f"(to backfill: newsarchive crawl {source.id} --since DATE)"
        )
    else:
        crawled = clock_text(last_crawl.astimezone(UTC), "%Y-%m-%d %H:%M")
        line = f"no schedule state: crawled {crawled}, after the slot of {slot}: first run at {first}"
        if crawled_until is not None and crawled_until < latest.astimezone(zone).date():
            since, _ = crawl_window(source, ScheduleState(), upcoming, crawled_until)
            line = (
                f"no schedule state: crawled {crawled}, after the slot of {slot}, but no crawl covered its "
                f"edition (editions up to {crawled_until}): first run at {first}, over the editions since "
                f"{since} (at most revisit.max_catch_up_days {source.revisit.max_catch_up_days})"
            )
    return latest, False, line


def next_recheck(source: SourceConfig, state: ScheduleState) -> datetime | None:
    """Return when the dates a run left "not yet published" are checked again (None: none left)."""
    hours = source.revisit.not_yet_recheck_hours
    if not source.schedule or not state.not_yet or not state.not_yet_checked_at or hours <= 0:
        return None
    return datetime.fromisoformat(state.not_yet_checked_at).astimezone(UTC) + timedelta(hours=hours)


def recheck_window(source: SourceConfig, state: ScheduleState, now: datetime) -> tuple[date, date] | None:
    """Return the dates a re-check covers: those left "not yet published", within the catch-up limit."""
    today = now.astimezone(ZoneInfo(source.timezone)).date()
    oldest = today - timedelta(days=source.revisit.max_catch_up_days)
    days = sorted(d for d in map(date.fromisoformat, state.not_yet) if oldest <= d <= today)
    return (days[0], days[-1]) if days else None


def next_run(source: SourceConfig, state: ScheduleState, now: datetime) -> datetime | None:
    """Return when the source's crawl runs next: ``now`` when one is due, else its next slot or re-check."""
    if not source.schedule:
        return None
    if due_slot(source, state, now)[0] is not None:
        return now
    upcoming: datetime = _cron(source, now).get_next(datetime).astimezone(UTC)
    recheck = next_recheck(source, state)
    return upcoming if recheck is None else max(now, min(upcoming, recheck))


def left_not_yet(counters: Mapping[str, Any], since: date, until: date, today: date) -> list[str]:
    """Return the dates of a run that may be "not yet published": its dates from ``today`` (the check's).

    The spider marks a date so only when it checked it on that day or before; a run's
    window ends at its today, so this is today's date when the run counted any.
    """
    if not counters.get("editions/not_yet"):
        return []
    first = max(since, today)
    return [(first + timedelta(days=n)).isoformat() for n in range((until - first).days + 1)]


def crawl_window(
    source: SourceConfig, state: ScheduleState, now: datetime, archived_until: date | None = None
) -> tuple[date, date]:
    """Return the edition dates a scheduled run covers: recent days, back to the last success if later.

    Without a scheduled success on record, ``archived_until`` (the newest date
    a finished crawl in the archive covered, whoever ran it) stands for it: a
    paper crawled by hand, then scheduled, then left through a week of
    downtime, would otherwise catch up on today's edition alone.
    """
    today = now.astimezone(ZoneInfo(source.timezone)).date()
    since = today - timedelta(days=source.revisit.days)
    last = date.fromisoformat(state.last_success_until) if state.last_success_until else archived_until
    if last is not None:
        since = min(since, last + timedelta(days=1))
    if state.not_yet:  # dates seen "not yet published" are checked again until settled
        since = min(since, date.fromisoformat(min(state.not_yet)))
    return max(since, today - timedelta(days=source.revisit.max_catch_up_days)), today


def covered_every_edition(counters: Mapping[str, Any]) -> bool:
    """Tell whether a finished crawl may move the catch-up window past its dates.

    A crawl "finishes" also when the site was down: every edition failed, or
    nothing could be fetched. Taken for a success, the next catch-up would
    start after those dates and never fetch them again (only the report
    would show them failed). Failed articles do not hold the window back: a
    dead link on one page would pin every later run to a month of re-crawls.
    """
    return not counters.get("editions/failed") and judge(counters).verdict != NOTHING_FETCHED


@dataclass
class Event:
    """Something the scheduler did, for logs and tests: fired, recheck, refused, finished, interrupted,
    failed (``due`` in a dry run: what would have fired)."""

    source_id: str
    kind: str
    slot: datetime | None = None
    missed: int = 0
    detail: str = ""
    needs_action: bool = False  # printed under -q: failed, refused, partial or nothing fetched


def _crawl_job(
    source: SourceConfig,
    since: date,
    until: date,
    home: str,
    db_url: str | None,
    overrides: dict[str, Any],
    log_level: str,
    checked: datetime,
) -> None:
    """Run one scheduled crawl (in its own process group, holding the inherited lock) and record it.

    ``checked`` is the scheduler's time of firing, handed to the crawl (``NEWSARCHIVE_CHECK_TIME``)
    so that it judges which dates are the paper's today as the scheduler does.

    A stop (the scheduler's killpg, SIGINT or SIGTERM) is counted from the first instruction
    on and handed to ``run_crawl``, which forwards it to the crawl child once that exists:
    like Ctrl-C, Scrapy finishes the pages in flight. Counted, not raised: a KeyboardInterrupt
    could land inside the fork of the crawl child and be lost (see ``crawler.childsignals``).
    """
    os.setpgrp()
    stop = StopRequests()
    stop.install()  # before the unblock: a stop the scheduler sent meanwhile is counted now
    status, reason, run_id, counters = "failed", "", None, {}
    try:
        unblock_stop_signals()
        from crawler.runner import run_crawl

        summary = run_crawl(
            source,
            since=since,
            until=until,
            home=home,
            db_url=db_url,
            overrides={"NEWSARCHIVE_CHECK_TIME": checked.isoformat(), **overrides},
            log_level=log_level,
            stop=stop,
        )
        status, reason, run_id, counters = summary.status, summary.error, summary.run_id, summary.counters
        if summary.store_failure:
            reason = f"store failed: {summary.store_failure}"
        if status != "finished" and not reason:
            reason = f"crawl ended: {status}"
    except KeyboardInterrupt:
        status, reason = "interrupted", "scheduler stopped"
    except (CrawlerError, OSError) as exc:
        reason = str(exc)
    except Exception as exc:  # recorded, not raised: the scheduler reads the state file
        reason = f"{exc.__class__.__name__}: {exc}"
    with update_state(Path(home), source.id) as state:
        state.status, state.reason, state.run_id = status, reason[:500], run_id
        state.finished_at = utcnow().isoformat()
        state.counters = {k: v for k, v in counters.items() if not k.startswith("downloader/")}
        today = checked.astimezone(ZoneInfo(source.timezone)).date()
        left = left_not_yet(counters, since, until, today) if status == "finished" else []
        if status != "finished":
            state.failed += 1
        elif covered_every_edition(counters):
            # max: a re-check of this morning's dates must not pull the window back behind them.
            state.last_success_until = max(state.last_success_until, until.isoformat())
        elif not state.last_success_until:
            # Nothing on record yet: the next window would fall back to the archive's newest crawl,
            # this very run. Pin it to this run's start instead, so its failed dates are crawled again.
            state.last_success_until = (since - timedelta(days=1)).isoformat()
        if status == "finished" and covered_every_edition(counters):
            state.not_yet = left  # every date of the window answered: the run's word settles the list
        else:  # a date it could not check stays on the list
            state.not_yet = sorted(set(state.not_yet) | set(left))
        state.not_yet_checked_at = checked.isoformat() if state.not_yet else ""


def _slot_text(source: SourceConfig, slot: datetime) -> str:
    """Say a slot in the paper's time with its zone, as ``schedule list`` says the next run (18:33 +08:00)."""
    return clock_text(slot.astimezone(ZoneInfo(source.timezone)), "%Y-%m-%d %H:%M")


class Scheduler:
    """Fire due crawls of scheduled sources, each in its own locked process."""

    def __init__(
        self,
        sources: Mapping[str, SourceConfig],
        home: Path,
        *,
        db_url: str | None = None,
        overrides: Mapping[str, Any] | None = None,
        now: Clock = utcnow,
        log_level: str = "WARNING",
        dry_run: bool = False,
    ) -> None:
        self.sources = {sid: s for sid, s in sources.items() if s.schedule}
        # A dry run (``schedule run --once --now``/``--dry-run``) says what is due and changes nothing:
        # no state file is written, no crawl started, so a pretended clock leaves no trace.
        self.dry_run = dry_run
        self.home = Path(home)
        self.db_url = db_url
        self.overrides = dict(overrides or {})
        self.now = now
        self.log_level = log_level
        self.running: dict[str, BaseProcess] = {}
        self._ctx = multiprocessing.get_context("fork")
        self._first_starts: list[Event] = []  # said by the next tick

    def plan(self) -> list[tuple[SourceConfig, datetime, int]]:
        """Return the due sources with their slot and missed-slot count; start the clock of new ones."""
        now, due = self.now(), []
        for source in self.sources.values():
            state = load_state(self.home, source.id)
            if not state.last_slot:
                # No state (a first start, or a state lost): see first_start; said in one line.
                crawled = self._last_crawl(source.id)
                until = self._archived_until(source.id) if crawled is not None else None
                start, run_now, line = first_start(source, now, crawled, until)
                self._first_starts.append(Event(source.id, "first-start", detail=line))
                logger.info("%s: %s", source.id, line)
                if not self.dry_run:
                    with update_state(self.home, source.id) as fresh:
                        fresh.last_slot = start.isoformat()
                if run_now:
                    slot, missed = due_slot(source, ScheduleState(last_slot=start.isoformat()), now)
                    if slot is not None:
                        due.append((source, slot, missed))
                continue
            slot, missed = due_slot(source, state, now)
            if slot is not None:
                due.append((source, slot, missed))
        return due

    def _last_crawl(self, source_id: str) -> datetime | None:
        """Return when the source's newest crawl in the archive started (None: none, or no archive)."""
        from archive.queries import last_runs

        def started(session: Session) -> datetime | None:
            run = last_runs(session, [source_id]).get(source_id)
            return run.started_at if run is not None else None

        return self._read_archive(source_id, started)

    def _archived_until(self, source_id: str) -> date | None:
        """Return the newest date a finished crawl of the source covered, from the archive (None: none)."""
        if load_state(self.home, source_id).last_success_until:
            return None  # the scheduler's own record wins; no database read
        from archive.queries import last_crawled_until

        return self._read_archive(source_id, lambda session: last_crawled_until(session, source_id))

    def _failed_dates(
        self, source_id: str, run_id: int | None, counters: Mapping[str, Any]
    ) -> list[tuple[date, str]]:
        """Return the dates the run recorded failed, read from the archive ([] when none or unreadable)."""
        if not run_id or not counters.get("editions/failed"):
            return []
        from archive.queries import failed_editions

        found = self._read_archive(source_id, lambda session: failed_editions(session, [run_id]))
        return (found or {}).get(run_id, [])

    def _read_archive(self, source_id: str, read: Callable[[Session], _T]) -> _T | None:
        """Return ``read``'s answer from the archive, or None when there is none yet or it cannot be read.

        The scheduler only plans from what the archive says: an archive it cannot read is the next
        crawl's to report, so this warns and plans as for an empty one.
        """
        from sqlalchemy.exc import SQLAlchemyError

        from archive.config import resolve_db_url, warc_dir
        from archive.schema import open_store

        db_url = resolve_db_url(self.db_url, self.home)
        if db_url.startswith("sqlite:///") and not Path(db_url.removeprefix("sqlite:///")).exists():
            return None
        try:  # the first to open the store after an upgrade: a migration reads this home's captures
            with open_store(db_url, warc_root=warc_dir(self.home)) as sessions, sessions() as session:
                return read(session)
        except (CrawlerError, SQLAlchemyError, OSError) as exc:  # the crawl will say what is wrong
            logger.warning("%s: cannot read the last crawl from the archive: %s", source_id, exc)
            return None

    def rechecks(self, planned: set[str]) -> list[tuple[SourceConfig, date, date]]:
        """Return the sources whose "not yet published" dates are due a re-check, with those dates.

        A source with a slot due (``planned``) or a crawl running waits: that crawl covers them.
        """
        now, due = self.now(), []
        for source in self.sources.values():
            if source.id in planned or source.id in self.running:
                continue
            state = load_state(self.home, source.id)
            when = next_recheck(source, state)
            if when is None or when > now:
                continue
            window = recheck_window(source, state, now)
            if window is None:  # past the catch-up limit: the next slot's window has moved on
                if not self.dry_run:
                    with update_state(self.home, source.id) as stale:
                        stale.not_yet, stale.not_yet_checked_at = [], ""
                continue
            due.append((source, *window))
        return due

    def tick(self) -> list[Event]:
        """Reap finished crawls, then start every due one (a slot, or a re-check) whose source is free."""
        events = self.reap()
        planned = self.plan()
        events += self._first_starts
        self._first_starts = []
        for source, slot, missed in planned:
            if self.dry_run:
                archived = self._archived_until(source.id)
                since, until = crawl_window(source, load_state(self.home, source.id), self.now(), archived)
                detail = f"would crawl {since}..{until}" + (f", {missed} slots missed" if missed > 1 else "")
                events.append(Event(source.id, "due", slot, missed, detail))
                continue
            lock = SourceLock.for_source(self.home, source.id)
            if source.id in self.running or not lock.acquire():
                holder = lock.holder() or "another process"
                with update_state(self.home, source.id) as state:
                    state.last_slot, state.refused = slot.isoformat(), state.refused + 1
                detail = f"a crawl is still running ({holder})"
                events.append(Event(source.id, "refused", slot, missed, detail))
                shown = _slot_text(source, slot)
                logger.warning("%s: slot %s refused: a crawl is still running (%s)", source.id, shown, holder)
                continue
            archived = self._archived_until(source.id)  # a refused slot reads no database
            with update_state(self.home, source.id) as state:
                since, until = crawl_window(source, state, self.now(), archived)
                state.last_slot, state.fired = slot.isoformat(), state.fired + 1
            detail = f"{since}..{until}" + (f", {missed} slots missed, run once" if missed > 1 else "")
            self._start(source, since, until, lock)
            events.append(Event(source.id, "fired", slot, missed, detail))
            logger.info("%s: crawl started for slot %s (%s)", source.id, _slot_text(source, slot), detail)
        for source, since, until in self.rechecks({s.id for s, _, _ in planned}):
            checked = load_state(self.home, source.id).not_yet_checked_at
            local = datetime.fromisoformat(checked).astimezone(ZoneInfo(source.timezone))
            detail = f"{since}..{until}: not yet published at {clock_text(local, '%Y-%m-%d %H:%M')}"
            if self.dry_run:
                events.append(Event(source.id, "due", detail=f"would re-check {detail}"))
                continue
            lock = SourceLock.for_source(self.home, source.id)
            if not lock.acquire():  # a crawl by hand holds it: it may settle the dates; try at the next tick
                continue
            self._start(source, since, until, lock)
            events.append(Event(source.id, "recheck", detail=detail))
            logger.info("%s: re-check started (%s)", source.id, detail)
        return events

    def _start(self, source: SourceConfig, since: date, until: date, lock: SourceLock) -> None:
        """Record a crawl of ``since``..``until`` as running and start it in its own process group."""
        checked = self.now()
        with update_state(self.home, source.id) as state:
            state.status, state.reason = "running", ""
            state.started_at, state.finished_at = utcnow().isoformat(), ""
            state.since, state.until = since.isoformat(), until.isoformat()
        args = (source, since, until, str(self.home), self.db_url, self.overrides, self.log_level, checked)
        proc = self._ctx.Process(target=_crawl_job, name=f"crawl-{source.id}", daemon=False, args=args)
        with stop_signals_blocked():
            proc.start()
            # The child makes itself a group leader too; doing it here as well closes the window
            # in which a stop (killpg) would find no such group and the crawl would run to its end.
            with contextlib.suppress(OSError):
                os.setpgid(proc.pid or 0, proc.pid or 0)
        lock.close()  # the child holds the lock now; unlocking here would free it for everyone
        self.running[source.id] = proc

    def reap(self) -> list[Event]:
        """Collect crawls that ended; record a crawl process that died without writing its state."""
        events = []
        for sid, proc in list(self.running.items()):
            if proc.is_alive():
                continue
            proc.join()
            del self.running[sid]
            state = load_state(self.home, sid)
            if state.status == "running":
                with update_state(self.home, sid) as state:
                    state.status, state.reason = "failed", f"crawl process died (exit code {proc.exitcode})"
                    state.finished_at, state.failed = utcnow().isoformat(), state.failed + 1
            # A crawl the scheduler itself stopped was interrupted on request, not failed.
            kind = state.status if state.status in ("finished", "interrupted") else "failed"
            detail = state.reason or f"run {state.run_id}"
            # A finished crawl may have fetched nothing (the site down) or part: said as runs and
            # schedule list say it, or cron's "finished" hides the downtime.
            # One that did nothing at all reads "(idle)", as in runs, but needs no action.
            verdict = finished_verdict(state.counters) if kind == "finished" else OK
            shortfall = verdict in SHORTFALLS
            if verdict != OK:
                detail = f"{detail} ({verdict_text(verdict)})"
            # Which dates, and why, as ``runs`` names them: cron's mail said "(partial)" alone.
            if shortfall and (failed := self._failed_dates(sid, state.run_id, state.counters)):
                detail += "; " + failed_dates_text(failed)
            events.append(Event(sid, kind, detail=detail, needs_action=kind == "failed" or shortfall))
            log = logger.error if kind == "failed" else logger.warning if shortfall else logger.info
            log(
                "%s: crawl %s (run %s)%s",
                sid,
                state.status if verdict == OK else f"{state.status} ({verdict_text(verdict)})",
                state.run_id,
                f": {state.reason}" if state.reason else "",
            )
        return events

    def wait(self, timeout: float | None = None) -> list[Event]:
        """Wait for every running crawl to end and reap them."""
        for proc in list(self.running.values()):
            proc.join(timeout)
        return self.reap()

    def stop(self, sig: int = signal.SIGINT) -> None:
        """Ask every running crawl to stop cleanly (each is its own process group)."""
        for proc in self.running.values():
            if proc.pid:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, sig)

    def seconds_to_next(self, cap: float = 30.0) -> float:
        """Return how long to sleep before the next slot (capped, so reaping stays prompt)."""
        now, waits = self.now(), []
        for source in self.sources.values():
            state = load_state(self.home, source.id)
            upcoming = next_run(source, state, now)
            if upcoming is None:
                continue
            wait = (upcoming - now).total_seconds()
            if wait <= 0 and due_slot(source, state, now)[0] is None:
                # An overdue re-check waits for its source's running crawl (or another process's lock):
                # look again in a second, not in a spin of 0.05 s sleeps.
                wait = 1.0
            waits.append(wait)
        return max(0.05, min(cap, min(waits, default=cap), 1.0 if self.running else cap))

    def run_forever(self, stop: threading.Event) -> list[Event]:
        """Tick until ``stop`` is set, then stop the running crawls cleanly and wait for them."""
        events: list[Event] = []
        logger.info("scheduler started: %s", counted(len(self.sources), "scheduled source"))
        while not stop.is_set():
            events += self.tick()
            stop.wait(self.seconds_to_next())
        running = counted(len(self.running), "crawl") if self.running else "no crawl"
        logger.info("scheduler stopping: %s running", running)
        self.stop()
        events += self.wait()
        return events

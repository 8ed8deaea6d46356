"""Record editions and pages of e-papers, and crawl runs.

Editions and pages are written with ``INSERT ... ON CONFLICT`` on their unique
keys, so two workers crawling the same paper never race into a duplicate-key
error. An edition's status moves up (failed < no-edition < found) with any
new evidence, and down only with trustworthy evidence (see
:func:`record_edition`): a failed re-check (the site down, a timeout) never
erases an edition found before, and no re-check deletes an archived article.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE, run_warc_dir
from archive.dialect import upsert_insert
from archive.items import (
    ANOTHER_EDITION_PREFIX,
    UNSURE_PREFIX,
    EditionItem,
    PageItem,
    combined_span,
    covered_reason,
    is_another_edition,
    is_covered,
    is_incomplete,
    is_not_yet,
    merge_incomplete,
    not_yet_reason,
    unsure_served_day,
)
from archive.models import Article, CrawlRun, Edition, Page, Source, utcnow

_RANK = {"failed": 0, "no-edition": 1, "found": 2}
# How many of a date's archived articles are read to judge whose edition they are.
_DATED_SAMPLE = 200


def _rank(column: Any) -> Any:
    return case({status: rank for status, rank in _RANK.items()}, value=column, else_=0)


def record_edition(session: Session, item: EditionItem, run_id: int | None) -> Edition:
    """Insert or update the edition row of ``item``'s source and date.

    The status moves up with any check. It moves down from "found" to
    "no-edition" only when the re-check saw no edition (a 404, an empty page,
    another date's edition) and nothing archived contradicts it: no article is
    archived under the date, or those archived are dated another day (the
    latest edition an older crawl took for this date's). A found edition whose
    articles are of the date stays found (the site removed an old edition; the
    archive keeps it), and a failed check never moves a status down, nor does
    a provisional "not yet published" (a check on the date's own day): it is
    no evidence yet. Two "no edition" checks rank alike, so the later one's
    reason stands: a settled "no edition" replaces a provisional one.
    """
    now = utcnow()
    values = {
        "source_id": item.source_id,
        "edition_date": item.edition_date,
        "status": item.status,
        "reason": _with_other_workers_parts(session, item, run_id)[:256],
        "url": item.url[:2048],
        "template": item.template[:512],
        "run_id": run_id,
        "checked_at": now,
        "issue_number": "",
    }
    stmt = upsert_insert(session, Edition).values(**values)
    better = _rank(stmt.excluded.status) >= _rank(Edition.status)
    keep = {
        name: case((better, getattr(stmt.excluded, name)), else_=getattr(Edition, name))
        for name in ("status", "reason", "url", "template", "run_id")
    }
    stmt = stmt.on_conflict_do_update(
        index_elements=["source_id", "edition_date"], set_={**keep, "checked_at": stmt.excluded.checked_at}
    ).returning(Edition.id)
    edition_id = session.execute(stmt).scalar_one()
    row = session.get(Edition, edition_id, populate_existing=True)
    assert row is not None
    if item.status == "no-edition" and row.status == "found" and not is_not_yet(item.status, item.reason):
        if _no_longer_found(session, row):
            row.status, row.url, row.template = item.status, item.url[:2048], item.template[:512]
            row.run_id, row.reason = run_id, item.reason[:256]
            session.flush()
    return row


def _with_other_workers_parts(session: Session, item: EditionItem, run_id: int | None) -> str:
    """Return ``item``'s reason, naming too what another worker of the same crawl found missing.

    Queue workers each record their own run, and each names on the edition only
    the parts it failed: the last one written hid the others' (a report showed one
    missing article of two). A found edition left incomplete by a run that overlaps
    ``run_id`` in time (another worker's) keeps its parts; a later crawl's replaces it.
    """
    if item.status != "found" or run_id is None:
        return item.reason
    row = session.execute(
        select(Edition.status, Edition.reason, Edition.run_id).where(
            Edition.source_id == item.source_id, Edition.edition_date == item.edition_date
        )
    ).first()
    if row is None or row.run_id is None or not is_incomplete(row.status, row.reason):
        return item.reason
    if row.run_id != run_id:  # the same run's note only grows: its spider names all it missed
        ours, theirs = session.get(CrawlRun, run_id), session.get(CrawlRun, row.run_id)
        if ours is None or theirs is None:
            return item.reason
        if theirs.finished_at is not None and theirs.finished_at < ours.started_at:
            return item.reason  # an earlier crawl's note: this check replaces it
    merged = merge_incomplete(row.reason, item.reason)
    return item.reason if merged is None else merged


def retemplate(session: Session, source_id: str, old: Collection[str], new: str) -> int:
    """Record ``source_id``'s editions checked with a template of ``old`` as checked with ``new``.

    Return how many rows changed.

    For a template that moved without changing (the demo's sample site, served on
    another loopback port each run): the report counts per template, and would
    otherwise keep a line for each port, its dates never checked again.
    """
    if not old:
        return 0
    result = session.execute(
        update(Edition)
        .where(Edition.source_id == source_id, Edition.template.in_(sorted(old)))
        .values(template=new[:512])
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _own_dates(session: Session, source_id: str, days: Sequence[date]) -> dict[date, Counter[date]]:
    """Return, per date of ``days``, the days its archived articles are dated by their own pages.

    Founder's record or the page's date line, read in the paper's zone; at most
    ``_DATED_SAMPLE`` articles a date. A date with no article is left out; undated
    articles count under ``date.min``.
    """
    if not days:
        return {}
    source = session.get(Source, source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    rows = session.execute(
        select(Article.edition_date, Article.published_at).where(
            Article.source_id == source_id, Article.edition_date.in_(list(days))
        )
    )
    found: dict[date, Counter[date]] = {}
    for day, stamp in rows:
        if day is None:  # edition_date is nullable; the query asked for dates, so none comes
            continue
        own = found.setdefault(day, Counter())
        if sum(own.values()) < _DATED_SAMPLE:
            own[stamp.astimezone(zone).date() if stamp is not None else date.min] += 1
    return found


def misfiled_notes(session: Session, source_id: str, days: Sequence[date]) -> dict[date, str]:
    """Say, for each of ``days`` (dates without an edition), what its archived articles are dated.

    A date demoted from "found" keeps the articles an older crawl filed under it
    (the latest edition a site served for the date): they are never moved or
    deleted, so the report and the calendar say where they belong ("2 articles
    filed here are dated 2024-03-01 by their pages (kept, not moved)").
    Computed from the articles, not stored, so a later check's reason cannot
    lose it. Dates whose articles are their own or undated get no note.
    """
    notes = {}
    for day, own in _own_dates(session, source_id, days).items():
        other = [(d, n) for d, n in own.most_common() if d not in (day, date.min)]
        if other:
            shown = ", ".join(
                f"{n} article{'s' if n > 1 else ''} filed here {'are' if n > 1 else 'is'} dated {d}"
                for d, n in other[:3]
            )
            pages = "its page" if sum(n for _, n in other) == 1 else "their pages"
            notes[day] = f"{shown} by {pages} (kept, not moved)"
    return notes


def join_reasons(*parts: str) -> str:
    """Join the non-empty parts of a date's reason with "; ", the one separator a reason's notes use."""
    return "; ".join(part for part in parts if part)


def reasons_with_misfiled(session: Session, source_id: str, reasons: Mapping[date, str]) -> dict[date, str]:
    """Return, for the dates of ``reasons`` (date -> its reason) that get a :func:`misfiled_notes` note,
    the reason with that note joined on.

    The report and the calendar both show a demoted date's reason and where its
    archived articles belong on one line; one helper keeps the two alike.
    """
    notes = misfiled_notes(session, source_id, list(reasons))
    return {day: join_reasons(reasons[day], note) for day, note in notes.items()}


def _no_longer_found(session: Session, row: Edition) -> bool:
    """Tell whether found ``row`` may become "no-edition" after a check that saw none.

    The articles archived under its date decide: none (the old "found" has
    nothing to show for it), or articles whose own dates (Founder's record,
    the page's date line) mostly name another day: the latest edition an
    older crawl filed under this date. Articles of the date keep it found.
    The articles themselves are never touched (:func:`misfiled_notes` says
    where they belong, in the report and the calendar).
    """
    own = _own_dates(session, row.source_id, [row.edition_date]).get(row.edition_date)
    if not own:
        return True
    own.pop(date.min, None)
    same = own.pop(row.edition_date, 0)
    return bool(own) and sum(own.values()) > same


def settle_unsure_editions(session: Session, run_id: int) -> list[tuple[str, str]]:
    """Settle the "date unsure" editions run ``run_id`` found, by the own dates of their articles.

    The spider archives a page whose only date is the day it was served (a
    header's clock, or that day's edition) under the date asked, since it
    cannot tell the two apart. Once the articles it lists are archived, they
    can: when every dated one is dated that served day, by Founder's record or
    its date line, the page was that day's edition (the latest edition a site
    serves for a date it lacks), not the date's. Such a date becomes "no
    edition" ("not yet published" when checked on its day or before it), its
    articles kept and named where they belong (:func:`misfiled_notes`); the
    clock case keeps its articles dated the date asked, and stays found.
    Return each move, from "found" to "another" or "not_yet" (see :func:`_kind`).
    """
    rows = list(
        session.scalars(
            select(Edition).where(
                Edition.run_id == run_id,
                Edition.status == "found",
                Edition.reason.startswith(UNSURE_PREFIX, autoescape=True),
            )
        )
    )
    if not rows:
        return []
    source = session.get(Source, rows[0].source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    own = _own_dates(session, rows[0].source_id, [row.edition_date for row in rows])
    moved = []
    for row in rows:
        served = unsure_served_day(row.reason)
        dated = Counter(own.get(row.edition_date, Counter()))
        dated.pop(date.min, None)
        if served is None or served == row.edition_date or set(dated) != {served}:
            continue
        line = row.reason.removeprefix(UNSURE_PREFIX).split("(", 1)[-1].rstrip(")")
        reason = (
            f"{ANOTHER_EDITION_PREFIX}the page served for {row.edition_date} is the edition of {served}"
            f" ({line}, the day it was served, and its articles' own dates)"
        )
        _demote(row, reason, zone)
        moved.append(("found", _kind(row)))
    session.flush()
    return moved


def _kind(row: Edition) -> str:
    """Return how a crawl counted ``row``'s status: "found", "another" (no edition) or "not_yet"."""
    if row.status == "found":
        return "found"
    return "not_yet" if is_not_yet(row.status, row.reason) else "another"


def _demote(row: Edition, reason: str, zone: ZoneInfo) -> None:
    """Make found ``row`` "no edition" for ``reason`` ("not yet published" when checked on its day)."""
    checked = (row.checked_at or utcnow()).astimezone(zone)
    if row.edition_date >= checked.date():
        reason = not_yet_reason(checked, reason)
    row.status, row.reason = "no-edition", reason[:256]


def settle_served_again(
    session: Session, source_id: str, groups: Mapping[date, Sequence[date]]
) -> list[tuple[str, str]]:
    """Settle the dates one crawl saw answered with one page naming no date (see the e-paper spider).

    ``groups`` maps the first date that listed an article set to the dates
    whose page listed it again (recorded "no edition"). The articles, filed
    under the first date, say by their own dates which edition the page
    was: all dated one other day, the first date is no edition either, and
    when that day is one of the group it is found (its articles stay filed
    where they are, and both notes say so). Return each move (see :func:`_kind`).
    """
    if not groups:
        return []
    moved: list[tuple[str, str]] = []
    source = session.get(Source, source_id)
    zone = ZoneInfo(source.timezone if source is not None else DEFAULT_TIMEZONE)
    own = _own_dates(session, source_id, list(groups))
    rows = {
        row.edition_date: row
        for row in session.scalars(
            select(Edition).where(
                Edition.source_id == source_id,
                Edition.edition_date.in_([d for first, again in groups.items() for d in (first, *again)]),
            )
        )
    }
    for first, again in groups.items():
        dated = Counter(own.get(first, Counter()))
        dated.pop(date.min, None)
        row = rows.get(first)
        if row is None or row.status != "found" or len(dated) != 1 or first in dated:
            continue
        ((real, n),) = dated.items()
        _demote(
            row,
            f"{ANOTHER_EDITION_PREFIX}the page served for {first} names no date and the {n} article(s) "
            f"it lists are dated {real} by their pages",
            zone,
        )
        moved.append(("found", _kind(row)))
        found = rows.get(real)
        if real in again and found is not None and found.status == "no-edition":
            before = _kind(found)
            found.status = "found"
            found.reason = (
                f"the page names no date; its {n} article(s), dated {real} by their pages, are filed "
                f"under {first}"
            )[:256]
            moved.append((before, "found"))
    session.flush()
    return moved


# How far before a range a combined edition's first day may lie (see archive.items.COVERED_PREFIX).
_COMBINED_REACH = 16


def covered_days(session: Session, source_id: str, since: date, until: date) -> dict[date, tuple[date, date]]:
    """Return each day of ``since``..``until`` a found combined edition (合刊) of an earlier day covers.

    Read from the found editions' notes (``combined edition A..B``), so a later
    day of the range reads covered whatever its own check said (a 404, that
    edition, none yet): the CLI report and the web calendar share this rule.
    """
    reach = min(timedelta(days=_COMBINED_REACH), since - date.min)  # 0001-01-01 has none before it
    rows = session.execute(
        select(Edition.edition_date, Edition.reason).where(
            Edition.source_id == source_id,
            Edition.status == "found",
            Edition.edition_date >= since - reach,
            Edition.edition_date <= until,
            Edition.reason.contains("combined edition ", autoescape=True),
        )
    )
    covered: dict[date, tuple[date, date]] = {}
    for first, reason in rows:
        span = combined_span(reason)
        if span is None or span[0] != first:
            continue
        day = max(span[0] + timedelta(days=1), since)
        while day <= min(span[1], until):
            covered[day] = span
            if day == date.max:
                break
            day += timedelta(days=1)
    return covered


def covered_note(span: tuple[date, date], reason: str) -> str:
    """Return a covered day's reason: the combined edition covering it, then what its own check said."""
    was = "" if is_covered("no-edition", reason) else reason
    return join_reasons(covered_reason(*span), f"checked: {was}" if was else "")


def record_page(session: Session, item: PageItem, run_id: int | None) -> Page:
    """Insert or update a page row (its edition is recorded as found if missing)."""
    edition = session.scalars(
        select(Edition).where(Edition.source_id == item.source_id, Edition.edition_date == item.edition_date)
    ).one_or_none()
    if edition is None or edition.status != "found":
        edition = record_edition(session, EditionItem(item.source_id, item.edition_date, "found"), run_id)
    number = (item.number or item.url.rsplit("/", 1)[-1])[:16]
    values: dict[str, Any] = {
        "edition_id": edition.id,
        "number": number,
        "name": item.name[:128],
        "url": item.url[:2048],
        "pdf_url": item.pdf_url[:2048],
        "warc_file": item.warc_file[:512],
        "warc_offset": item.warc_offset,
    }
    stmt = upsert_insert(session, Page).values(**values)
    update_set = {name: getattr(stmt.excluded, name) for name in ("name", "url", "pdf_url")}
    if item.warc_file:  # a page seen again without a capture keeps its earlier WARC reference
        update_set |= {"warc_file": stmt.excluded.warc_file, "warc_offset": stmt.excluded.warc_offset}
    stmt = stmt.on_conflict_do_update(index_elements=["edition_id", "number"], set_=update_set)
    page_id = session.execute(stmt.returning(Page.id)).scalar_one()
    row = session.get(Page, page_id, populate_existing=True)
    assert row is not None
    return row


# The ``spider`` of a run that re-extracted stored captures (``newsarchive reprocess``): a run of the
# source's history, but no crawl, so never its "last crawl" (it fetched nothing, checked no date).
REPROCESS_SPIDER = "reprocess"


def start_run(
    session: Session,
    source_id: str,
    spider: str,
    args: Mapping[str, Any],
    warc_root: Path | None = None,
) -> CrawlRun:
    """Create the row of a crawl run that is starting (its host and pid go into ``args``).

    ``warc_root`` lets a dead run found on the way be dated by its last WARC record too.
    """
    close_dead_runs(session, source_id, warc_root=warc_root)
    args = {**args, "host": socket.gethostname(), "pid": os.getpid()}
    run = CrawlRun(source_id=source_id, spider=spider, args=args, status="running", started_at=utcnow())
    session.add(run)
    session.flush()
    return run


def _alive(pid: int) -> bool:
    """Tell whether ``pid`` runs: it exists and, where /proc tells, is not a zombie.

    A SIGKILLed crawl whose parent died too stays a zombie until init reaps it,
    which some container inits do late; ``kill(pid, 0)`` alone calls it alive.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (not Linux): trust kill()
    return state != "Z"


def process_gone(args: Mapping[str, Any]) -> bool:
    """Tell whether a run's arguments name a process of this host that no longer exists."""
    pid = args.get("pid")
    return (
        args.get("host") == socket.gethostname()
        and isinstance(pid, int)
        and pid != os.getpid()
        and not _alive(pid)
    )


# The reason of a run whose process died without closing it (a SIGKILL, a crash, the OOM killer).
DEAD_RUN_REASON = "process died; counters counted from what it stored"
# Added to it when the run left no trace to date its stop by: its end is when it was found dead.
UNKNOWN_STOP = "stop time unknown (it stored nothing): ended when found"


def stored_counters(session: Session, run: CrawlRun, until: datetime | None = None) -> dict[str, int]:
    """Count what run ``run`` stored: its editions by outcome, their pages, its new and changed articles.

    A crawl writes its counters when it closes; one killed (SIGKILL) never
    does, and read 0 everywhere though its editions and articles are in the
    archive. These are read back from the rows it wrote (each names its run),
    and the articles it saw unchanged from their ``last_seen`` between its
    start and ``until`` (when it stopped, or now). What left no row (requests
    fetched, failures by reason) stays unknown.
    """
    counts: Counter[str] = Counter()
    editions = session.execute(
        select(Edition.id, Edition.status, Edition.reason).where(Edition.run_id == run.id)
    )
    ids = []
    for edition_id, status, reason in editions:
        ids.append(edition_id)
        if status == "found":
            counts["editions/found"] += 1
        elif status == "failed":
            counts["editions/failed"] += 1
        elif is_not_yet(status, reason):
            counts["editions/not_yet"] += 1
        elif is_covered(status, reason):
            counts["editions/covered"] += 1
        else:
            counts["editions/no_edition"] += 1
            counts["editions/another_edition"] += int(is_another_edition(status, reason))
    if ids:
        counts["pages"] = int(
            session.scalar(select(func.count()).select_from(Page).where(Page.edition_id.in_(ids))) or 0
        )
    started = run.started_at
    # Two filtered counts, not a GROUP BY on the comparison: PostgreSQL binds its
    # parameter twice and refuses the grouping (GroupingError).
    new, total = session.execute(
        select(func.count(case((Article.first_seen >= started, 1))), func.count()).where(
            Article.run_id == run.id
        )
    ).one()
    counts["articles/new"] += int(new)
    counts["articles/changed"] += int(total) - int(new)
    counts["articles/unchanged"] = int(
        session.scalar(
            select(func.count())
            .select_from(Article)
            .where(
                Article.source_id == run.source_id,
                (Article.run_id != run.id) | Article.run_id.is_(None),
                Article.first_seen < started,
                Article.last_seen >= started,
                Article.last_seen <= (until or utcnow()),
            )
        )
        or 0
    )
    return {key: n for key, n in counts.items() if n}


def last_activity(session: Session, run: CrawlRun, warc_root: Path | None = None) -> datetime | None:
    """Return when ``run`` last left a trace: an edition checked, an article stored or seen, a WARC record.

    A run whose process died never wrote its end: this is the nearest time the archive knows
    it was still working (None: it left none). A batch not yet flushed is lost with the
    process, so the real stop is at most one flush interval later.
    """
    marks: list[datetime | None] = [
        session.scalar(select(func.max(Edition.checked_at)).where(Edition.run_id == run.id)),
        session.scalar(select(func.max(Article.version_stored_at)).where(Article.run_id == run.id)),
    ]
    # Unchanged articles it saw (last_seen) carry no run id: theirs only while no other run of the
    # source was at work since it started (queue workers crawl one source at once, each its own run).
    others = select(CrawlRun.id).where(
        CrawlRun.source_id == run.source_id,
        CrawlRun.id != run.id,
        or_(CrawlRun.finished_at.is_(None), CrawlRun.finished_at >= run.started_at),
    )
    if session.execute(others.limit(1)).first() is None:
        marks.append(
            session.scalar(
                select(func.max(Article.last_seen)).where(
                    Article.source_id == run.source_id, Article.last_seen >= run.started_at
                )
            )
        )
    if warc_root is not None:
        with contextlib.suppress(OSError):
            for path in run_warc_dir(warc_root, run.source_id, run.id).glob("*.warc.gz"):
                marks.append(datetime.fromtimestamp(path.stat().st_mtime, UTC))
    known = [m for m in marks if m is not None and m >= run.started_at]
    return max(known) if known else None


def close_dead_runs(
    session: Session,
    source_id: str,
    now: datetime | None = None,
    *,
    warc_root: Path | None = None,
    died: Mapping[int, datetime] | None = None,
) -> int:
    """Mark as ``interrupted`` this host's ``running`` runs whose process is gone (a SIGKILL, a crash).

    Their counters are counted from what they stored (:func:`stored_counters`): a killed
    run never wrote its own, and read 0 in ``runs`` though its editions and articles were kept.
    Each ends when it stopped, not when it was found dead (hours later, at the next crawl):
    ``died`` (pid -> time) when its parent saw the death, else its :func:`last_activity` (else
    ``now``: it left no trace, and the reason says the time is when it was found).
    """
    dead = [
        run
        for run in session.scalars(
            select(CrawlRun).where(CrawlRun.source_id == source_id, CrawlRun.status == "running")
        )
        if process_gone(run.args)
    ]
    now = now or utcnow()
    for run in dead:
        counted = stored_counters(session, run, now)
        seen_dying = (died or {}).get(int(run.args.get("pid") or 0))
        stopped = seen_dying or last_activity(session, run, warc_root)
        run.status, run.finished_at = "interrupted", stopped or now
        run.reason = DEAD_RUN_REASON if stopped is not None else f"{DEAD_RUN_REASON}; {UNKNOWN_STOP}"
        run.counters = {**(run.counters or {}), **counted}
    session.flush()
    return len(dead)


def save_running_counters(session: Session, run_id: int, counters: Mapping[str, Any]) -> bool:
    """Write the counters of run ``run_id`` so far, while it is still ``running``; tell whether it was.

    A crawl writes its counters when it closes; one killed with SIGKILL never does, and what left no
    row (requests fetched, failures by reason) read 0 for good. A run already closed is left alone.
    """
    result = session.execute(
        update(CrawlRun)
        .where(CrawlRun.id == run_id, CrawlRun.status == "running")
        .values(counters=dict(counters))
    )
    return bool(getattr(result, "rowcount", 0))


def discard_run(session: Session, run_id: int) -> None:
    """Delete the record of a run that did no crawling (a queue worker that found the queue drained).

    ``runs`` and the report count crawls: a worker that took no request crawled
    nothing, and its "finished, fetched 0" record padded both. It wrote no row
    that names it (no edition, article or capture), so nothing is left dangling.
    """
    run = session.get(CrawlRun, run_id)
    if run is not None:
        session.delete(run)


def finish_run(
    session: Session, run_id: int, status: str, counters: Mapping[str, Any], reason: str = ""
) -> None:
    """Close a crawl run with its final status and counters."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    run.status = status
    run.reason = reason[:256]
    run.counters = dict(counters)
    run.finished_at = utcnow()

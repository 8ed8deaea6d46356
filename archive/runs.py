"""Record crawl runs: start, counters so far, finish, and the dating of runs whose process died.

Split from :mod:`archive.editions` (which records what a run found): a run's row is the
crawl's own bookkeeping, and a run killed without closing (a SIGKILL, the OOM killer) is
found, closed and dated here from the traces it left.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from archive.config import run_warc_dir
from archive.items import is_another_edition, is_covered, is_not_publishing, is_not_yet
from archive.models import Article, CrawlRun, Edition, Page, utcnow

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

    A reprocess is not counted so (none: its saved counters stand): it saves its counters with
    each batch, in the batch's transaction, so they are exact, while its rows are dated by their
    captures' times (a new article read as changed) and a refresh names no run at all.
    """
    if run.spider == REPROCESS_SPIDER:
        return {}
    counts: Counter[str] = Counter()
    editions = session.execute(
        select(Edition.id, Edition.status, Edition.reason).where(Edition.run_id == run.id)
    )
    ids = []
    for edition_id, status, reason in editions:
        ids.append(edition_id)
        if status == "found":
            counts["editions/found"] += 1
        elif is_not_publishing(status, reason):  # a failed check of a day off too, as the crawl counts it
            counts["editions/not_publishing"] += 1
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


def counted_so_far(counters: Mapping[str, Any], outcomes: Mapping[str, int]) -> dict[str, Any]:
    """Return a running crawl's ``counters`` with its store's ``outcomes`` (every batch's, the current one's
    too) where they count more: the crawl adds a batch's outcomes only once it hears of its commit."""
    merged = dict(counters)
    for key, n in outcomes.items():
        if isinstance(merged.get(key, 0), int | float):
            merged[key] = max(merged.get(key, 0), n)
    merged["reprints"] = merged.get("reprints/exact", 0) + merged.get("reprints/near", 0)
    return merged


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

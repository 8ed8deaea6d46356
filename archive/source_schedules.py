"""The store's rows of each source's weekly schedules (``source_schedules``): read them, register one.

What they mean, and how a date is judged by them, is :mod:`archive.schedules`'s to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.dialect import chunked, upsert_insert
from archive.models import SourceSchedule
from archive.schedules import Schedules


def load_schedules(session: Session, source_ids: Sequence[str]) -> dict[str, Schedules]:
    """Return the registered schedules of each source (a source without any is left out)."""
    out: dict[str, Schedules] = {}
    for ids in chunked(list(source_ids)):
        rows = session.execute(
            select(SourceSchedule.source_id, SourceSchedule.since, SourceSchedule.schedule)
            .where(SourceSchedule.source_id.in_(ids))
            .order_by(SourceSchedule.source_id, SourceSchedule.since)
        )
        for source_id, since, schedule in rows:
            out.setdefault(source_id, Schedules()).entries.append((since, schedule))
    return out


def paper_today(timezone: str, now: datetime | None = None) -> date:
    """Return the paper's day (in its zone) at ``now`` (default: the clock)."""
    zone = ZoneInfo(timezone)
    return (now.astimezone(zone) if now is not None else datetime.now(zone)).date()


def register_schedule(session: Session, source_id: str, schedule: str, today: date) -> None:
    """Register ``schedule`` as in force from the paper's ``today``, when it differs from the last one.

    An empty schedule says nothing of the paper's week (see :mod:`archive.schedules`). A change
    registered twice in a day keeps the last; a ``today`` before the last registration (a crawl
    pretending an older time) counts from that registration.
    """
    if not schedule:
        return
    last = session.execute(
        select(SourceSchedule.since, SourceSchedule.schedule)
        .where(SourceSchedule.source_id == source_id)
        .order_by(SourceSchedule.since.desc())
        .limit(1)
    ).first()
    if last is not None and last.schedule == schedule:
        return
    since = max(today, last.since) if last is not None else today
    stmt = upsert_insert(session, SourceSchedule).values(source_id=source_id, since=since, schedule=schedule)
    session.execute(
        stmt.on_conflict_do_update(index_elements=["source_id", "since"], set_={"schedule": schedule})
    )

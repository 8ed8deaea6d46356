"""source schedules: each source's weekly schedule, from the day it was registered

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 00:30:00.000000

The report read a paper's publishing days from the registry's cron
``schedule``; the web page has no registry, and knew them only from the notes
crawls wrote ("not a publishing day (schedule 30 7 * * 1-6): HTTP 404"): a
Sunday 404 recorded before the schedule was written read "no edition" (a miss)
on the calendar, "not a publishing day" in the report. ``source_schedules``
keeps each schedule a crawl registers, from the paper's day it was registered
(``archive.schedules`` says how every reader judges a date by it).

Existing rows: the schedules the crawls' notes name, each from the first day
(in the source's zone) a crawl noted it, in the order they were noted. Nothing
else changes; ``articles`` is not touched (its triggers stay, see 0009).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import context, op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# archive.items.NOT_PUBLISHING_PREFIX and the spider's note at this revision (written out: a
# migration must not change when the code does).
_NOTE = "not a publishing day (schedule "
_DEFAULT_ZONE = "Asia/Shanghai"


def _day(checked: datetime | str | None, zone: str) -> date | None:
    if checked is None:
        return None
    if isinstance(checked, str):  # SQLite hands back the stored text
        checked = datetime.fromisoformat(checked)
    if checked.tzinfo is None:
        checked = checked.replace(tzinfo=UTC)
    try:
        return checked.astimezone(ZoneInfo(zone or _DEFAULT_ZONE)).date()
    except (KeyError, ValueError):  # a zone this machine does not know
        return checked.astimezone(ZoneInfo(_DEFAULT_ZONE)).date()


def upgrade() -> None:
    schedules = op.create_table(
        "source_schedules",
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("schedule", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"]),
        sa.PrimaryKeyConstraint("source_id", "since", name="pk_source_schedules"),
    )
    bind = op.get_bind()
    editions = sa.table(
        "editions",
        sa.column("source_id", sa.String),
        sa.column("reason", sa.String),
        sa.column("checked_at", sa.DateTime(timezone=True)),
    )
    sources = sa.table("sources", sa.column("id", sa.String), sa.column("timezone", sa.String))
    zones = dict(bind.execute(sa.select(sources.c.id, sources.c.timezone)).all())
    noted = bind.execute(
        sa.select(editions.c.source_id, editions.c.reason, editions.c.checked_at)
        .where(editions.c.reason.like(_NOTE + "%"))
        .order_by(editions.c.source_id, editions.c.checked_at)
    )
    history: dict[str, list[dict[str, object]]] = {}
    for source_id, reason, checked in noted:
        schedule = reason[len(_NOTE) :].partition(")")[0].strip()
        day = _day(checked, zones.get(source_id, ""))
        if not schedule or day is None or source_id not in zones:
            continue
        rows = history.setdefault(source_id, [])
        if rows and rows[-1]["schedule"] == schedule:
            continue
        if rows and rows[-1]["since"] == day:  # two schedules noted on one day: the later one stands
            rows[-1]["schedule"] = schedule
            continue
        rows.append({"source_id": source_id, "since": day, "schedule": schedule})
    found = [row for rows in history.values() for row in rows]
    if found:
        op.bulk_insert(schedules, found)
        noun = "source" if len(history) == 1 else "sources"
        note = f"0011: the weekly schedules of {len(history)} {noun}, read from their crawls' notes"
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    op.drop_table("source_schedules")

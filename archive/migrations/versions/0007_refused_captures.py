"""refused captures of articles never archived

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 15:25:00.000000

A capture refused as cut short in transfer, of an article the archive did not
hold, left no row: ``refused_at`` (0005) is noted on an archived article, so
the report counted such an article nowhere and only the edition's
"incomplete" note named it. ``refused_captures`` keeps each: the URL fetched,
the key it would be stored under, its edition date, why and when, and the run.

Existing rows: the found editions' "incomplete" notes name each part not
archived with its reason; every article named "(truncated)" that the archive
does not hold becomes a row, dated by the edition's check and its run. A note
cut at its 256 characters names fewer than it counted, and one that names
pages too does not say which URL is an article: those are not known.
No other row changes.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import context, op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# crawler.urls.canonicalize_url as it was at this revision (a migration must not change with the code).
_DROP_PARAMS = re.compile(r"^(utm_\w+|spm|from|div|share_token|isappinstalled|wfr|fbclid|gclid|scene)$", re.I)
# The parts of an "incomplete: " note (archive.items.incomplete_reason at this revision).
_ONE = re.compile(r"^incomplete: article (\S+) not archived \(truncated\)")
_PART = re.compile(r"(?:: |; )(\S+) \(truncated\)")


def _canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    query.sort()
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (
        parts.scheme == "https" and netloc.endswith(":443")
    ):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def _named(reason: str) -> list[str]:
    """Return the article URLs an "incomplete" note names as refused cut short."""
    one = _ONE.match(reason)
    if one:
        return [one.group(1)]
    counted = re.match(r"^incomplete: \d+ articles not archived: ", reason)
    if not counted:  # a note naming pages too does not say which URL is which: left out
        return []
    listed = reason[counted.end() - 2 :]
    return _PART.findall(listed)


def _backfill(bind: sa.Connection) -> str:
    editions = sa.table(
        "editions",
        sa.column("source_id", sa.String),
        sa.column("edition_date", sa.Date),
        sa.column("status", sa.String),
        sa.column("reason", sa.String),
        sa.column("checked_at", sa.DateTime(timezone=True)),
        sa.column("run_id", sa.Integer),
    )
    articles = sa.table("articles", sa.column("url", sa.String))
    refused = sa.table(
        "refused_captures",
        sa.column("url", sa.String),
        sa.column("key", sa.String),
        sa.column("source_id", sa.String),
        sa.column("edition_date", sa.Date),
        sa.column("reason", sa.String),
        sa.column("refused_at", sa.DateTime(timezone=True)),
        sa.column("run_id", sa.Integer),
    )
    notes = bind.execute(
        sa.select(
            editions.c.source_id,
            editions.c.edition_date,
            editions.c.reason,
            editions.c.checked_at,
            editions.c.run_id,
        ).where(editions.c.status == "found", editions.c.reason.like("incomplete: %(truncated)%"))
    ).all()
    if not notes:
        return ""
    rows: dict[str, dict[str, object]] = {}
    naming = 0
    for source_id, day, reason, checked_at, run_id in notes:
        named = _named(reason)
        naming += bool(named)
        for url in named:
            key = _canonical(url)[:2048]
            rows[key] = {
                "url": key,
                "key": "",
                "source_id": source_id,
                "edition_date": day,
                "reason": "truncated",
                "refused_at": checked_at,
                "run_id": run_id,
            }
    held: set[str] = set()
    urls = sorted(rows)
    for start in range(0, len(urls), 500):
        chunk = urls[start : start + 500]
        held.update(bind.scalars(sa.select(articles.c.url).where(articles.c.url.in_(chunk))))
    new = [row for url, row in sorted(rows.items()) if url not in held]
    for start in range(0, len(new), 500):
        bind.execute(refused.insert(), new[start : start + 500])
    note = (
        f"0007: recorded {len(new)} refused captures of articles never archived, named by the "
        f"'incomplete' notes of {naming} editions ({len(rows) - len(new)} named are archived since)"
    )
    if len(notes) > naming:
        note += f"; {len(notes) - naming} notes naming pages too (which URL is an article?) left out"
    return note


def upgrade() -> None:
    op.create_table(
        "refused_captures",
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("key", sa.String(length=2048), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("edition_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("refused_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"]),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_refused_captures_source_id", "refused_captures", ["source_id"], unique=False)
    note = _backfill(op.get_bind())
    if note:
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    op.drop_index("ix_refused_captures_source_id", table_name="refused_captures")
    op.drop_table("refused_captures")

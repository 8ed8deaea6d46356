"""where an article's publication date was read (metadata, date line, URL, ..., a year inferred)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 23:50:00.000000

A date comes from different evidence: the page's metadata, the date line by its headline, its URL,
its e-paper edition, a date elsewhere in its text, a relative day (昨天) reckoned from the capture, or
a day printed without its year whose year the archive inferred (the capture's, the page's era, its
copyright footer). ``articles.date_from`` and ``article_versions.date_from`` keep which
(``archive.date_from`` names the kinds), so a journalist citing a date can tell a printed date from a
guessed year, and a later capture that only infers a year does not replace a printed date.

Existing rows: NULL, unknown (shown as nothing); no row is changed. ``reprocess`` fills them in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_TABLES = ("articles", "article_versions")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, sa.Column("date_from", sa.String(16), nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        if op.get_bind().dialect.name == "sqlite":
            # As in 0008: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
            op.execute(f"ALTER TABLE {table} DROP COLUMN date_from")
        else:
            op.drop_column(table, "date_from")

"""which capture a refusal was of (its WARC file and offset), not only when

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 17:00:00.000000

A refusal on an article's row (``refused_at``, 0005) said when a crawl refused a capture of it, not
which: reprocess, meeting a capture the crawl took and reading it much shorter by today's rules, took a
later crawl's refusal of another capture for this one's and said "refused at crawl time: <this file> at
offset <this>". ``articles.refused_warc_file`` / ``refused_warc_offset`` and ``refused_captures.warc_file``
/ ``warc_offset`` name the capture refused, so a refusal speaks for that capture alone.

Existing rows: empty file, null offset (no capture named); they read as before. No row is changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# (table, file column, offset column)
_COLUMNS = (
    ("articles", "refused_warc_file", "refused_warc_offset"),
    ("refused_captures", "warc_file", "warc_offset"),
)


def upgrade() -> None:
    for table, file_column, offset_column in _COLUMNS:
        op.add_column(table, sa.Column(file_column, sa.String(512), nullable=False, server_default=""))
        op.add_column(table, sa.Column(offset_column, sa.BigInteger, nullable=True))


def downgrade() -> None:
    for table, file_column, offset_column in _COLUMNS:
        for column in (offset_column, file_column):
            if op.get_bind().dialect.name == "sqlite":
                # As in 0008: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            else:
                op.drop_column(table, column)

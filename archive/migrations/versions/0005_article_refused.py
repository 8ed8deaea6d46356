"""when the crawl last refused a capture of an article as damaged

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 12:45:00.000000

A re-crawl that fetched an archived article but refused the capture (cut
short in transfer, or much shorter than the stored text) left no trace on
the article: the report counted it "unseen", as if the paper had taken it
off the edition, and an archivist had no reason to crawl the date again.
``refused_at`` and ``refused_reason`` ("truncated" | "damaged") say so.
Existing rows have no refusal on record.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refused_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("refused_reason", sa.String(length=32), nullable=False, server_default="")
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # As in 0003: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
        op.execute("ALTER TABLE articles DROP COLUMN refused_reason")
        op.execute("ALTER TABLE articles DROP COLUMN refused_at")
        return
    op.drop_column("articles", "refused_reason")
    op.drop_column("articles", "refused_at")

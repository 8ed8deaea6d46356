"""the UTC offset an article's own date carried (a US page's -05:00 under a paper left in Asia/Shanghai)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:00:00.000000

``published_at`` is kept as an instant (UTC), and every reader showed it in its source's zone: a page
dated ``2026-03-01 23:30 -05:00`` of a source whose ``timezone`` was left at its default read
``2026-03-02 12:30 +08:00``, its citation dated 2 March. ``articles.published_offset`` and
``article_versions.published_offset`` keep the offset in minutes east of UTC its page gave (null: no
time, or written before), so ``show``, the article page and its citations give the page's own time.

Existing rows: null (their offset was not kept); they read as before. No row is changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("articles", "article_versions"):
        op.add_column(table, sa.Column("published_offset", sa.Integer, nullable=True))


def downgrade() -> None:
    for table in ("articles", "article_versions"):
        if op.get_bind().dialect.name == "sqlite":
            # As in 0008: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
            op.execute(f"ALTER TABLE {table} DROP COLUMN published_offset")
        else:
            op.drop_column(table, "published_offset")

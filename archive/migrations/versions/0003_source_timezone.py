"""source time zone

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 22:05:00.000000

Each source names the zone its dates are shown, exported and filtered in.
Sources stored before this revision were all read in the archive's default
zone, so they get it (a server default, which also fills the existing rows).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the code's default does.
ZONE_OF_EXISTING_SOURCES = "Asia/Shanghai"


def upgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "timezone", sa.String(length=64), nullable=False, server_default=ZONE_OF_EXISTING_SOURCES
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop would copy and drop the table, which articles reference (foreign keys
        # are on): SQLite 3.35+ drops a plain column in place.
        op.execute("ALTER TABLE sources DROP COLUMN timezone")
        return
    op.drop_column("sources", "timezone")

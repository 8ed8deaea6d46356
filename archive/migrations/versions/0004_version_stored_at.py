"""when an article's current version was stored

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 12:30:00.000000

``articles.updated_at`` also moves when a reprint joins the article's
cluster (the search index must see the new cluster), so it cannot say when
the site last changed the text; the Atom feed's ``<updated>``, a version's
"fetched" time and the report's "changed" read it as if it did.
``version_stored_at`` is set only when a version is stored: the first
sighting for version 1, the stored change after it.

Existing rows: a first version gets its first_seen (exact). A later one gets
updated_at, but never later than the end of the run that stored it (the
run that stored a change is the article's run_id; a cluster move keeps it),
so a reprint that joined in a later crawl no longer dates the change.
Nullable, as SQLite cannot add a NOT NULL column without copying the
table (which others reference); the code always writes it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version_stored_at", sa.DateTime(timezone=True), nullable=True))
    articles = sa.table(
        "articles",
        sa.column("version", sa.Integer),
        sa.column("first_seen", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("run_id", sa.Integer),
        sa.column("version_stored_at", sa.DateTime(timezone=True)),
    )
    runs = sa.table(
        "crawl_runs", sa.column("id", sa.Integer), sa.column("finished_at", sa.DateTime(timezone=True))
    )
    op.execute(
        articles.update().where(articles.c.version <= 1).values(version_stored_at=articles.c.first_seen)
    )
    run_end = (
        sa.select(runs.c.finished_at)
        .where(runs.c.id == articles.c.run_id, runs.c.finished_at < articles.c.updated_at)
        .scalar_subquery()
    )
    op.execute(
        articles.update()
        .where(articles.c.version > 1)
        .values(version_stored_at=sa.func.coalesce(run_end, articles.c.updated_at))
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # As in 0003: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
        op.execute("ALTER TABLE articles DROP COLUMN version_stored_at")
        return
    op.drop_column("articles", "version_stored_at")

"""whether an article's version was imported rather than fetched

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 19:20:00.000000

``show --versions`` and the article page said "fetched 2026-12-06 10:00" of a
version ``newsarchive import`` wrote: no visit to the paper's site, no capture.
``articles.imported`` and ``article_versions.imported`` say which versions an
import wrote (the importer sets them; a later crawl's version is fetched).

Existing rows: an article stored under an ``urn:newsarchive:import:`` key (an
imported line without a URL: no crawl ever fetches one) is imported, with
every version of it. An imported line that had a URL left nothing to tell it
from a crawled page of no capture: those stay "fetched".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# archive.items.IMPORT_URL_PREFIX at this revision (a migration must not change with the code).
_IMPORT_URL_PREFIX = "urn:newsarchive:import:"


def upgrade() -> None:
    for table in ("articles", "article_versions"):
        # Not in a batch: SQLite adds a column with a constant default in place, where a batch's copy
        # of a table others reference fails their foreign keys.
        op.add_column(table, sa.Column("imported", sa.Boolean(), nullable=False, server_default=sa.false()))
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("url", sa.String),
        sa.column("imported", sa.Boolean),
    )
    versions = sa.table(
        "article_versions", sa.column("article_id", sa.Integer), sa.column("imported", sa.Boolean)
    )
    keyed = articles.c.url.like(_IMPORT_URL_PREFIX.replace("_", "\\_") + "%", escape="\\")
    marked = op.get_bind().execute(articles.update().where(keyed).values(imported=True)).rowcount
    op.execute(
        versions.update()
        .where(versions.c.article_id.in_(sa.select(articles.c.id).where(keyed)))
        .values(imported=True)
    )
    if marked:
        noun, verb = ("article", "says") if marked == 1 else ("articles", "say")
        note = f"0008: {marked} imported {noun} (stored under an import key) now {verb} imported, not fetched"
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    for table in ("articles", "article_versions"):
        if op.get_bind().dialect.name == "sqlite":
            # As in 0003: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
            op.execute(f"ALTER TABLE {table} DROP COLUMN imported")
        else:
            op.drop_column(table, "imported")

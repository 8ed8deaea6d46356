"""imported articles that had a URL say imported too

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:40:00.000000

0008 marked as imported the articles stored under an ``urn:newsarchive:import:``
key; an imported line that had a URL was left "fetched", and its citation gave
the day of the import as the day the original was retrieved.

Such a row is told apart by what a crawl always leaves and an import never
does: a crawl (or reprocess) writes an article under its run (``run_id``), an
import under none, and no WARC capture (``warc_file``) comes with an import.
An article with neither is marked imported (its current version). Its earlier
versions (``article_versions``) are marked too when its source was never
crawled (no run of that source at all) and they have no capture: then none of
them can have been fetched. An earlier version of an article of a crawled
source, without a capture (a crawl with WARC writing off), cannot be told from
an imported one: it stays "fetched".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    articles = sa.table(
        "articles",
        sa.column("id", sa.Integer),
        sa.column("source_id", sa.String),
        sa.column("run_id", sa.Integer),
        sa.column("warc_file", sa.String),
        sa.column("imported", sa.Boolean),
    )
    versions = sa.table(
        "article_versions",
        sa.column("article_id", sa.Integer),
        sa.column("warc_file", sa.String),
        sa.column("imported", sa.Boolean),
    )
    runs = sa.table("crawl_runs", sa.column("source_id", sa.String))
    uncrawled = (
        articles.c.run_id.is_(None) & (articles.c.warc_file == "") & articles.c.imported.is_(sa.false())
    )
    ids = sa.select(articles.c.id).where(uncrawled)
    never_crawled = ~sa.exists().where(runs.c.source_id == articles.c.source_id)
    # The versions first, while the articles still say which they are.
    whole = sa.select(articles.c.id).where(uncrawled, never_crawled)
    bind.execute(
        versions.update()
        .where(
            versions.c.warc_file == "",
            versions.c.imported.is_(sa.false()),
            versions.c.article_id.in_(whole),
        )
        .values(imported=True)
    )
    marked = bind.execute(articles.update().where(articles.c.id.in_(ids)).values(imported=True)).rowcount
    if marked:
        noun, verb = ("article", "says") if marked == 1 else ("articles", "say")
        note = (
            f"0010: {marked} imported {noun} with a URL (no crawl run, no capture) now {verb} imported, "
            "not fetched"
        )
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    # Which rows this revision marked is not recorded: they keep their mark (0008's column stays).
    pass

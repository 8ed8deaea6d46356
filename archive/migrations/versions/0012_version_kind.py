"""why each article version exists: the paper's page (crawl) or our rules re-reading a capture (reread)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 07:00:00.000000

``reprocess`` reading a stored capture again with newer rules made a new version whenever the text
it read differed, as a crawl does when the paper changes its page: ``show --versions`` and the
article page then told a journalist the paper had changed the article. ``articles.version_kind``
and ``article_versions.version_kind`` say why each version exists: ``crawl`` (the page as fetched
or imported) or ``reread`` (the capture of the version before it, read again).

Existing rows: ``crawl``, but a version whose capture (WARC file and offset) is an earlier
version's: no crawl writes one capture twice, so it was such a re-read. Mostly of the version
before it; ``reprocess`` reading the oldest file first also made re-reads of older versions'
captures (v1 capture 1, v2 capture 2, then v3 capture 1 read anew, v4 capture 2).

The backfill changes no text and no indexed field, so it leaves the change counter (0009) where it
was: the versions' update trigger moved it, and every ``search`` then said the index was behind the
archive while ``index check`` found it clean and ``index update`` had nothing to do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# archive.models.VERSION_CRAWL / VERSION_REREAD at this revision (a migration must not change with the code).
_CRAWL = "crawl"
_REREAD = "reread"
# The change counter's triggers on PostgreSQL (0009) that the backfill fires.
_COUNTER_TRIGGERS = "articles_changes_update, article_versions_changes"
_COUNTED = "newsarchive.changes_counted"  # set once a transaction moved the counter (0009)


def _capture_table(name: str) -> sa.TableClause:
    return sa.table(
        name,
        sa.column("id", sa.Integer),
        sa.column("article_id", sa.Integer),
        sa.column("version", sa.Integer),
        sa.column("warc_file", sa.String),
        sa.column("warc_offset", sa.BigInteger),
        sa.column("version_kind", sa.String),
    )


def upgrade() -> None:
    for table in ("articles", "article_versions"):
        # Not in a batch (as in 0008): SQLite adds a column with a constant default in place.
        op.add_column(table, sa.Column("version_kind", sa.String(16), nullable=False, server_default=_CRAWL))
    bind = op.get_bind()
    articles, versions = _capture_table("articles"), _capture_table("article_versions")
    before = _capture_table("article_versions").alias("before")

    def reread(row: sa.TableClause, article_id: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        same = sa.exists().where(
            before.c.article_id == article_id,
            before.c.version < row.c.version,
            before.c.warc_file == row.c.warc_file,
            before.c.warc_offset == row.c.warc_offset,
        )
        return sa.and_(row.c.warc_file != "", row.c.warc_offset.is_not(None), same)

    postgres = bind.dialect.name == "postgresql"
    counted = None
    if postgres:
        # The counter's triggers are deferred to commit: run them now (earlier writes' included), so
        # the value read below is final and the backfill's own run now, to be undone.
        op.execute(f"SET CONSTRAINTS {_COUNTER_TRIGGERS} IMMEDIATE")
        counted = bind.execute(sa.text(f"SELECT current_setting('{_COUNTED}', true)")).scalar()
    counter = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.BigInteger))
    changes = bind.execute(sa.select(counter.c.value).where(counter.c.key == "changes")).scalar()
    marked = bind.execute(
        versions.update().where(reread(versions, versions.c.article_id)).values(version_kind=_REREAD)
    ).rowcount
    marked += bind.execute(
        articles.update().where(reread(articles, articles.c.id)).values(version_kind=_REREAD)
    ).rowcount
    if changes is not None:
        bind.execute(counter.update().where(counter.c.key == "changes").values(value=changes))
    if postgres:
        # As before the backfill: a later write in this transaction moves the counter if none had.
        bind.execute(sa.text(f"SELECT set_config('{_COUNTED}', :flag, true)"), {"flag": counted or ""})
        op.execute(f"SET CONSTRAINTS {_COUNTER_TRIGGERS} DEFERRED")
    if marked:
        noun, it, verb = (
            ("article version", "it", "says") if marked == 1 else ("article versions", "them", "say")
        )
        note = (
            f"0012: {marked} {noun} read again from the capture of a version before {it} now {verb} "
            "re-read, not a change by the paper"
        )
        context.config.attributes.setdefault("notes", []).append(note)


def downgrade() -> None:
    for table in ("articles", "article_versions"):
        if op.get_bind().dialect.name == "sqlite":
            # As in 0008: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
            op.execute(f"ALTER TABLE {table} DROP COLUMN version_kind")
        else:
            op.drop_column(table, "version_kind")

"""a change counter the store's triggers move on every write of articles and versions

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:30:00.000000

The index's lag mark (``indexer.lag``) was the highest article and version id,
on PostgreSQL with the row counts: a delete and a late insert below the mark
(an id taken before the mark, committed after it) left all four the same, and
search said the index was current. The counts also cost a scan per search.

``store_meta`` holds named integers; its ``changes`` row is moved by triggers
on ``articles`` (insert, delete, an update that moves ``updated_at`` or the
content hash: a re-crawl that only touches ``last_seen`` moves nothing) and on
``article_versions`` (insert, delete, update). On PostgreSQL they are
deferred constraint triggers: they run at commit, the first of a transaction
adds one and marks the transaction (``newsarchive.changes_counted``, local to
it), so the row is locked only while its transaction commits, and concurrent
writers' commits take their turns at it: a value a reader sees was set by a
committed transaction, and every later commit sets a higher one. SQLite has
one writer at a time: a plain row trigger adds one per row.

A later migration that rebuilds ``articles`` or ``article_versions`` on SQLite
(Alembic's batch mode copies the table) drops their triggers: create them again.

Existing rows: none moves; the counter starts at 0, and an index written before
this revision compares its old mark until its next ``index update``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_BUMP = "UPDATE store_meta SET value = value + 1 WHERE key = 'changes'"
# (trigger name, table, events, condition): an article's row moves the counter only when its text
# or its indexed fields changed (updated_at moves with them, a reprint joining its cluster included).
_TRIGGERS = (
    ("articles_changes_write", "articles", "INSERT OR DELETE", ""),
    (
        "articles_changes_update",
        "articles",
        "UPDATE",
        "OLD.updated_at IS DISTINCT FROM NEW.updated_at "
        "OR OLD.content_hash IS DISTINCT FROM NEW.content_hash",
    ),
    ("article_versions_changes", "article_versions", "INSERT OR DELETE OR UPDATE", ""),
)
# OR REPLACE: a store whose tables were dropped (not its schema) keeps the function; upgrading the
# fresh tables must not fail on it ("function ... already exists").
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION newsarchive_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsarchive.changes_counted', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('newsarchive.changes_counted', 'on', true);
        {_BUMP};
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    meta = op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.bulk_insert(meta, [{"key": "changes", "value": 0}])
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(_PG_FUNCTION)
    for name, table, events, condition in _TRIGGERS:
        if postgres:
            when = f" WHEN ({condition})" if condition else ""
            op.execute(
                f"CREATE CONSTRAINT TRIGGER {name} AFTER {events} ON {table} "
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW{when} "
                "EXECUTE FUNCTION newsarchive_count_change()"
            )
            continue
        # SQLite: one trigger per event (it takes one), IS NOT for IS DISTINCT FROM.
        for event in events.split(" OR "):
            when = f" WHEN {condition.replace('IS DISTINCT FROM', 'IS NOT')}" if condition else ""
            op.execute(
                f"CREATE TRIGGER {name}_{event.lower()} AFTER {event} ON {table}{when} BEGIN {_BUMP}; END"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, events, _ in _TRIGGERS:
        if postgres:
            op.execute(f"DROP TRIGGER {name} ON {table}")
        else:
            for event in events.split(" OR "):
                op.execute(f"DROP TRIGGER {name}_{event.lower()}")
    if postgres:
        op.execute("DROP FUNCTION newsarchive_count_change()")
    op.drop_table("store_meta")

"""where an article's text was read when not from its page's markup (a single-page app's script state)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 20:00:00.000000

A single-page app's shell prints no text: its article is only in the script's state (Next.js
``__NEXT_DATA__``, Nuxt's ``__NUXT__``, ``window.__INITIAL_STATE__``, JSON-LD ``articleBody``), which
the extractor reads when the markup holds no paragraph. ``articles.extracted_from`` says so
(``script_state``), as ``encoding_fallback`` says a page's bytes were read by a fallback: an
archivist can tell a text no reader saw printed from one the page printed.

Existing rows: empty (read from the markup, as every row was before); no row is changed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("extracted_from", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # As in 0008: a batch drop would copy the table others reference; SQLite 3.35+ drops in place.
        op.execute("ALTER TABLE articles DROP COLUMN extracted_from")
    else:
        op.drop_column("articles", "extracted_from")

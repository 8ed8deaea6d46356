"""Tell, cheaply and on every search, whether the store changed since the index last caught up with it.

A search of an index behind its store answered "no article contains X" of an
article imported a minute before; only ``index check`` (which reads every id
and hash) knew. ``index rebuild``/``index update`` record the store's *mark*
in the generation's metadata: the highest article id and the highest
article-version id, read before the store's state. Every new article (crawl,
import, reprocess) takes a higher id, and every changed text stores its
previous content as a version row, which takes a higher version id; a
re-crawl or re-store that changes no text writes neither, nor does a reprint
joining a cluster. Both are primary-key maxima: one query, no scan.

Not ``updated_at``, the watermark: a reprocess dates a changed text by its
capture, often before the watermark, so the watermark missed it. An index
written before the mark was recorded falls back to the watermark.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, distinct, func, select

from archive.models import Article, ArticleVersion

MARK_KEY = "store_mark"


@dataclass(frozen=True)
class Lag:
    """The index is behind its store; ``articles`` stored or changed since (None: not countable)."""

    articles: int | None


def read_mark(conn: Connection) -> dict[str, int]:
    """Return the store's mark: its highest article id and highest version id (0 for none)."""
    row = conn.execute(
        select(
            select(func.max(Article.id)).scalar_subquery(),
            select(func.max(ArticleVersion.id)).scalar_subquery(),
        )
    ).one()
    return {"articles": int(row[0] or 0), "versions": int(row[1] or 0)}


def lag_of(conn: Connection, meta: Mapping[str, Any]) -> Lag | None:
    """Return how far the store moved past the generation whose metadata is ``meta`` (None: level).

    The count reads only the rows past the mark (by primary key), and only when there are any.
    """
    mark = meta.get(MARK_KEY)
    if not isinstance(mark, Mapping):
        return _lag_by_watermark(conn, meta.get("watermark"))
    then = {"articles": int(mark.get("articles") or 0), "versions": int(mark.get("versions") or 0)}
    now = read_mark(conn)
    if now == then:
        return None
    if now["articles"] < then["articles"] or now["versions"] < then["versions"]:
        return Lag(None)  # rows removed, or another database: no count says what changed
    new = conn.execute(select(func.count(Article.id)).where(Article.id > then["articles"])).scalar_one()
    changed = conn.execute(
        select(func.count(distinct(ArticleVersion.article_id))).where(
            ArticleVersion.id > then["versions"], ArticleVersion.article_id <= then["articles"]
        )
    ).scalar_one()
    return Lag(int(new) + int(changed))


def _lag_by_watermark(conn: Connection, watermark: object) -> Lag | None:
    """Compare the store's newest ``updated_at`` with an older index's watermark (no count)."""
    if not isinstance(watermark, str):
        return None
    try:
        then = _aware(datetime.fromisoformat(watermark))
    except ValueError:
        return None
    newest = conn.execute(select(func.max(Article.updated_at))).scalar_one_or_none()
    return Lag(None) if newest is not None and _aware(newest) > then else None


def _aware(value: datetime) -> datetime:
    """Return ``value`` with a zone (the store's times are UTC)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)

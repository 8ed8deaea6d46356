"""Tell, cheaply and on every search, whether the store changed since the index last caught up with it.

A search of an index behind its store answered "no article contains X" of an
article imported a minute before; only ``index check`` (which reads every id
and hash) knew. ``index rebuild``/``index update`` record the store's *mark*
in the generation's metadata, read before the store's state: the store's
change counter (``store_meta.changes``, migration 0009), with the highest
article and version id beside it to count what is new.

The counter is moved by the store's own triggers whenever a transaction
inserts or deletes an article or a version, or changes an article's text or
indexed fields; a re-crawl that finds the same text touches ``last_seen``
alone and moves nothing. On PostgreSQL it moves at commit, so a value a
reader sees comes from committed writes, and a write committed later (even
one holding an id below the mark, taken before it) moves it past the mark.
So a counter equal to the mark's is a level index, in one primary-key read.

The maxima alone, the mark before, missed a delete plus a late insert below
the mark; the row counts added on PostgreSQL missed one that kept the count,
and cost a scan per search (about 1 ms per 10,000 rows). When the counter
moved, the rows above the mark's ids are counted (by primary key, only those);
a move with none above them (rows removed, or committed late below the mark)
is behind by an unknown count. An index whose mark predates the counter
compares its maxima (and, from PostgreSQL, its row counts) until its next
update; one written before any mark falls back to the ``updated_at``
watermark, which a reprocess dating a changed text by its capture missed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, distinct, func, select

from archive.models import CHANGES_KEY, Article, ArticleVersion, StoreMeta

MARK_KEY = "store_mark"
_MARK_KEYS = ("articles", "versions", "changes", "article_rows", "version_rows")


@dataclass(frozen=True)
class Lag:
    """The index is behind its store; ``articles`` stored or changed since (None: not countable)."""

    articles: int | None


def read_mark(conn: Connection) -> dict[str, int]:
    """Return the store's mark: its change counter and its highest article and version ids (0 for none).

    One statement, so one snapshot: three primary-key reads, whatever the store's size.
    """
    row = conn.execute(
        select(
            select(func.max(Article.id)).scalar_subquery(),
            select(func.max(ArticleVersion.id)).scalar_subquery(),
            select(StoreMeta.value).where(StoreMeta.key == CHANGES_KEY).scalar_subquery(),
        )
    ).one()
    return {"articles": int(row[0] or 0), "versions": int(row[1] or 0), "changes": int(row[2] or 0)}


def _row_counts(conn: Connection) -> dict[str, int]:
    """Return the row counts an older PostgreSQL mark holds (a scan each: read only for such a mark)."""
    row = conn.execute(
        select(
            select(func.count()).select_from(Article).scalar_subquery(),
            select(func.count()).select_from(ArticleVersion).scalar_subquery(),
        )
    ).one()
    return {"article_rows": int(row[0]), "version_rows": int(row[1])}


def lag_of(conn: Connection, meta: Mapping[str, Any]) -> Lag | None:
    """Return how far the store moved past the generation whose metadata is ``meta`` (None: level).

    A level store costs :func:`read_mark` alone. When it moved, the count reads only the rows
    past the mark (by primary key).
    """
    mark = meta.get(MARK_KEY)
    if not isinstance(mark, Mapping):
        return _lag_by_watermark(conn, meta.get("watermark"))
    then = {key: int(value or 0) for key, value in mark.items() if key in _MARK_KEYS}
    then.setdefault("articles", 0)
    then.setdefault("versions", 0)
    now = read_mark(conn)
    if "changes" not in then:  # an index written before the counter
        return _lag_by_maxima(conn, then, now)
    same_ids = now["articles"] == then["articles"] and now["versions"] == then["versions"]
    if now["changes"] == then["changes"] and same_ids:
        return None  # a commit that moves no counter moves no id: other ids are another store's
    if now["articles"] < then["articles"] or now["versions"] < then["versions"]:
        return Lag(None)  # rows removed, or another database: no count says what changed
    # Rows removed or committed late below the mark moved the counter and are past no id: not countable.
    return Lag(_past(conn, then) or None)


def _past(conn: Connection, then: Mapping[str, int]) -> int:
    """Count the articles past the mark's ids: new ones, and older ones with a version stored since."""
    new = conn.execute(select(func.count(Article.id)).where(Article.id > then["articles"])).scalar_one()
    changed = conn.execute(
        select(func.count(distinct(ArticleVersion.article_id))).where(
            ArticleVersion.id > then["versions"], ArticleVersion.article_id <= then["articles"]
        )
    ).scalar_one()
    return int(new) + int(changed)


def _lag_by_maxima(conn: Connection, then: Mapping[str, int], now: Mapping[str, int]) -> Lag | None:
    """Compare an older mark (maxima, and row counts from PostgreSQL) as it was compared before 0009."""
    if now["articles"] == then["articles"] and now["versions"] == then["versions"]:
        if "article_rows" not in then or _row_counts(conn) == {
            key: then.get(key) for key in ("article_rows", "version_rows")
        }:
            return None
    if now["articles"] < then["articles"] or now["versions"] < then["versions"]:
        return Lag(None)
    total = _past(conn, then)
    if "article_rows" in then:  # committed after the mark, ids below it
        rows = _row_counts(conn)
        new = conn.execute(select(func.count(Article.id)).where(Article.id > then["articles"])).scalar_one()
        above = conn.execute(
            select(func.count(ArticleVersion.id)).where(ArticleVersion.id > then["versions"])
        ).scalar_one()
        total += max(0, rows["article_rows"] - int(new) - then["article_rows"])
        total += max(0, rows["version_rows"] - int(above) - then.get("version_rows", 0))
    if not total and now["articles"] == then["articles"] and now["versions"] == then["versions"]:
        return None  # only fewer rows (an article deleted): nothing the index lacks
    return Lag(total)


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

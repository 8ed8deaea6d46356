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

On PostgreSQL the maxima alone miss a late commit: a sequence gives an id at
insert, not at commit, so a crawl holding id 100 uncommitted while another
commits 101 lets ``index update`` record 101, and when 100 commits the maxima
do not move. So there the mark also holds the row counts of both tables (one
statement, one snapshot with the maxima), and a count grown past the maxima's
rows says the index is behind. A count scans the primary key (about 1 ms per
10,000 rows measured); a count of the rows at or below the mark costs the same,
so the plain count it is. SQLite has one writer at a time, whose ids commit in
order: it reads the maxima alone.

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
_MARK_KEYS = ("articles", "versions", "article_rows", "version_rows")


@dataclass(frozen=True)
class Lag:
    """The index is behind its store; ``articles`` stored or changed since (None: not countable)."""

    articles: int | None


def read_mark(conn: Connection) -> dict[str, int]:
    """Return the store's mark: its highest article and version ids (0 for none), and on a
    database of concurrent writers their row counts too (``article_rows``, ``version_rows``)."""
    columns = [
        select(func.max(Article.id)).scalar_subquery(),
        select(func.max(ArticleVersion.id)).scalar_subquery(),
    ]
    counted = conn.dialect.name != "sqlite"
    if counted:
        columns += [
            select(func.count()).select_from(Article).scalar_subquery(),
            select(func.count()).select_from(ArticleVersion).scalar_subquery(),
        ]
    row = conn.execute(select(*columns)).one()
    mark = {"articles": int(row[0] or 0), "versions": int(row[1] or 0)}
    if counted:
        mark |= {"article_rows": int(row[2]), "version_rows": int(row[3])}
    return mark


def lag_of(conn: Connection, meta: Mapping[str, Any]) -> Lag | None:
    """Return how far the store moved past the generation whose metadata is ``meta`` (None: level).

    The count reads only the rows past the mark (by primary key), and only when there are any;
    rows committed late at or below the mark count by how much the row counts grew besides.
    """
    mark = meta.get(MARK_KEY)
    if not isinstance(mark, Mapping):
        return _lag_by_watermark(conn, meta.get("watermark"))
    then = {key: int(value or 0) for key, value in mark.items() if key in _MARK_KEYS}
    then.setdefault("articles", 0)
    then.setdefault("versions", 0)
    now = read_mark(conn)
    if all(now.get(key) == value for key, value in then.items()):
        return None  # a mark without counts (SQLite's, or an older index's) compares its maxima alone
    if now["articles"] < then["articles"] or now["versions"] < then["versions"]:
        return Lag(None)  # rows removed, or another database: no count says what changed
    new = conn.execute(select(func.count(Article.id)).where(Article.id > then["articles"])).scalar_one()
    changed = conn.execute(
        select(func.count(distinct(ArticleVersion.article_id))).where(
            ArticleVersion.id > then["versions"], ArticleVersion.article_id <= then["articles"]
        )
    ).scalar_one()
    late = 0
    if "article_rows" in then and "article_rows" in now:  # committed after the mark, ids below it
        late += max(0, now["article_rows"] - int(new) - then["article_rows"])
    if "version_rows" in then and "version_rows" in now:
        above = conn.execute(
            select(func.count(ArticleVersion.id)).where(ArticleVersion.id > then["versions"])
        ).scalar_one()
        late += max(0, now["version_rows"] - int(above) - then["version_rows"])
    total = int(new) + int(changed) + late
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

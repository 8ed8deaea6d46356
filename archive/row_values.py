"""Turn an article item into its row's column values: NULs stripped, column widths respected.

Every writer of article rows (a new article, a new version, a re-read written
in place by :mod:`archive.rereads`) takes its values here, so a value is cut
and cleaned the same way whichever wrote it, and compares equal when read back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String

from archive.items import ARTICLE_FIELDS, STORED_APART, ArticleItem
from archive.models import Article
from archive.page_time import page_offset

# Every item field but the row's key (url) and owner (source_id), which item_values sets itself.
COPIED_FIELDS = tuple(name for name in ARTICLE_FIELDS if name not in ("url", "source_id", *STORED_APART))
# Column widths, so an overlong dateline is cut rather than failing a whole batch on PostgreSQL.
LIMITS = {
    c.name: c.type.length for c in Article.__table__.columns if isinstance(c.type, String) and c.type.length
}


def strip_nul(text: str) -> str:
    """Remove NUL characters, which PostgreSQL refuses in text columns."""
    return text.replace("\x00", "")


def clean(name: str, value: Any) -> Any:
    """Return ``value`` as column ``name`` stores it (NULs stripped, cut to the column's width)."""
    if isinstance(value, str):
        value = strip_nul(value)
        limit = LIMITS.get(name)
        return value[:limit] if limit else value
    if isinstance(value, list):
        return [strip_nul(str(v)) for v in value]
    return value


def item_values(item: ArticleItem) -> dict[str, Any]:
    """Return the column values ``item`` gives an article row (NULs stripped, widths respected)."""
    values = {name: clean(name, getattr(item, name)) for name in COPIED_FIELDS}
    values["url"] = clean("url", item.url)
    values["source_id"] = item.source_id
    values["published_offset"] = page_offset(item.published_at)  # the zone the page's own date named
    # Where the date was read (archive.date_from): nothing without a date.
    values["date_from"] = clean("date_from", item.date_from) if item.published_at is not None else None
    return values

"""Extract one captured page the way a source is configured: one function for crawl and reprocess.

The spider (live responses) and ``reprocess`` (responses read back from
WARC files) must build exactly the same item from the same bytes, or a
re-extraction would make spurious new versions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from archive.items import ArticleItem
from crawler.extract import extract_article
from crawler.sources import SourceConfig


def header(headers: Mapping[str, str], name: str) -> str:
    """Return a header's value, matched without regard to case ("" when absent)."""
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return ""


def capture_time(headers: Mapping[str, str]) -> datetime | None:
    """Return the response's ``Date`` header as an aware datetime (None when absent or unreadable).

    Pages print some dates relative to the reader's day (昨天 16:21); the
    server's ``Date`` is kept in the WARC record too, so a re-extraction
    resolves them to the same day as the crawl did.
    """
    value = header(headers, "Date")
    if not value:
        return None
    try:
        found = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return found if found.tzinfo is not None else None


def source_hints(source: SourceConfig) -> dict[str, Any]:
    """Return what a source's configuration tells the extractor: its encoding, selectors and time zone.

    ``newsarchive extract --source ID`` extracts with these too, so it shows what the crawl would store.
    """
    return {
        "encoding": source.encoding or None,
        "selectors": source.selectors or None,
        "timezone": source.timezone,
    }


def extract_for_source(
    source: SourceConfig,
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    context: Mapping[str, Any] | None = None,
    fetched_at: datetime | None = None,
) -> ArticleItem:
    """Extract the article at ``url`` with the source's encoding, selectors and time zone.

    ``context`` holds what navigation knew (edition date, page name, the link's
    title): it fills only fields the page itself left empty. Dates printed
    relative to the reader's day (昨天 16:21) resolve against the response's
    ``Date``, else ``fetched_at`` (when it was fetched; the WARC record's date on
    reprocess): a server without ``Date`` must not leave them undated. Raises
    ``ExtractionError`` (or its ``UndecodablePage``) like ``extract_article``.
    """
    item = extract_article(
        url,
        body,
        content_type=header(headers, "Content-Type") or None,
        fetched_at=capture_time(headers) or fetched_at,
        **source_hints(source),
    )
    item.source_id = source.id
    for key, value in (context or {}).items():
        if value and hasattr(item, key) and not getattr(item, key):
            setattr(item, key, value)
    item.http_etag = header(headers, "ETag")
    item.http_last_modified = header(headers, "Last-Modified")
    return item

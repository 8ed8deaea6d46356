"""Articles as the index sees them (:class:`IndexDoc`) and the field values they become.

Shared by the rebuild's workers (``indexer.parallel``) and the in-place
updater (``indexer.build``), and kept apart from both so that neither imports
the other: a plain copy of a store row in, Whoosh field values out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from archive.config import DEFAULT_TIMEZONE, zone
from indexer.analysis import fold, fold_diff, gram_counts
from indexer.page_filter import page_keys
from indexer.schema import literal_text, pack_state, pack_text


@dataclass
class IndexDoc:
    """One article as the index sees it (a plain copy of the store row)."""

    id: int
    title: str = ""
    body: str = ""
    lead_title: str = ""
    subtitle: str = ""
    external_id: str = ""
    url: str = ""
    authors: list[str] = field(default_factory=list)
    source: str = ""
    section: str = ""
    page_number: str = ""
    published_at: datetime | None = None
    edition_date: date | None = None
    content_hash: str = ""
    updated_at: datetime | None = None
    timezone: str = DEFAULT_TIMEZONE  # the source's zone: the article's days are calendar days there


def filed_at(doc: IndexDoc) -> datetime | None:
    """Return the naive local time an article is filed under in the index (date filters, months, date order).

    Local to the article's own source (``doc.timezone``): the index keeps the
    wall-clock time there, not a UTC instant, so a calendar-day filter and a
    month are the same range of values for every source, whatever its zone
    (a day in America/New_York and one in Asia/Shanghai are different instants).
    An e-paper article is filed under its edition date (local midnight),
    whatever time its page gives: ``--since 2016-07-20`` and the chart's months
    mean the paper's calendar days.
    """
    if doc.edition_date is not None:
        return datetime.combine(doc.edition_date, time.min)
    if doc.published_at is not None:
        try:
            return doc.published_at.astimezone(zone(doc.timezone)).replace(tzinfo=None)
        except OverflowError:  # the ends of year 1 and year 9999 in a zone far from UTC
            return doc.published_at.astimezone(UTC).replace(tzinfo=None)
    return None


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """Turn an :class:`IndexDoc` into Whoosh field values (folding done once, here)."""
    text = literal_text(doc.lead_title, doc.title, doc.subtitle, doc.body)
    folded = fold(text)
    grams = gram_counts(folded)
    lead = " ".join(p for p in (doc.lead_title, doc.subtitle) if p)
    values: dict[str, Any] = {
        "id": str(doc.id),
        "xid": doc.external_id,
        "url": doc.url,
        "title": doc.title,
        "lead": fold(lead),
        "body": folded[len(text) - len(doc.body) :],
        "source": doc.source,
        "chars": (folded, grams),
        "grams": grams,
        "ftext": pack_text(folded),
        "state": pack_state(doc.id, doc.content_hash),
    }
    authors = ",".join(fold(a).replace(",", " ").strip() for a in doc.authors if a.strip())
    if authors:
        values["authors"] = authors
    if doc.section:
        values["section"] = doc.section
    pages = page_keys(doc.page_number, doc.section)
    if pages:
        values["page"] = ",".join(pages)
    published = filed_at(doc)
    if published is not None:
        values["published"] = published
    if doc.timezone != DEFAULT_TIMEZONE:  # stored only when it differs: most archives have one zone
        values["tz"] = doc.timezone
    diff = fold_diff(text, folded)
    if diff:
        values["fdiff"] = diff
    return values

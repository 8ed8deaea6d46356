"""Articles as the index sees them (:class:`IndexDoc`) and the field values they become.

Shared by the rebuild's workers (``indexer.parallel``) and the in-place
updater (``indexer.build``), and kept apart from both so that neither imports
the other: a plain copy of a store row in, Whoosh field values out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time
from operator import attrgetter
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


# The fields no state reads, and so the columns (named as these fields) its reading of the store leaves
# out: the body, which the content hash holds exactly (``archive.articles.content_hash``; titles are
# folded there, so they are read themselves), and ``updated_at``, which builds no field (a touched
# article re-files nothing). Bodies are most of the store: an update with nothing to do must not read them.
UNREAD = ("body", "updated_at")
# The fields a state hashes: every field of the document but its id (the state's key) and those unread.
_STATED = attrgetter(*(f.name for f in fields(IndexDoc) if f.name not in ("id", *UNREAD)))
# What a state of this format starts with. The state written before was the content hash alone (hex):
# such an index is re-filed once by ``index update``, and ``index check`` says why it is stale.
STATE_TAG = "2:"
STATE_FORMAT_CHANGED = "index state format changed"


def doc_state(doc: IndexDoc) -> str:
    """Return a document's state: its content hash and every other field it is built from, hashed.

    ``index check`` calls a document stale, and ``index update`` re-files it, when the store's state
    differs: keyed on the content hash alone, a new date, section, page, url or title of the same
    text left the article filed under the old one. The fields are those of :class:`IndexDoc` but
    the id and ``UNREAD``: a field added to the document counts without a list to keep.
    """
    text = "\x1f".join(v if isinstance(v, str) else _state_value(v) for v in _STATED(doc))
    return STATE_TAG + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _state_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):  # datetimes too: aware ones in UTC as the store returns them
        return value.isoformat()
    if isinstance(value, list):
        return "\x1e".join(map(str, value))
    return str(value)


def old_state(state: str) -> bool:
    """Say whether an indexed state was written in the format before :func:`doc_state` (a bare hash)."""
    return not state.startswith(STATE_TAG)


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
        "state": pack_state(doc.id, doc_state(doc)),
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

"""Captures the crawl refused, as reprocess meets them: their one-line message, and their record in the store.

A capture cut short in transfer is kept in the WARC file as received but never
stored. Reprocess counts it apart from damage it finds, and records the refusal
only when the store has no record of it (a crawl killed before it closed, a
store rebuilt from the files). That handling lives here so ``crawler.reprocess``
stays the pass itself: read, extract, upsert, count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from archive.refusals import keep_refusal, refusal_on_record

if TYPE_CHECKING:
    from crawler.sources import SourceConfig


@dataclass(frozen=True)
class Refused:
    """An article capture the crawl refused (cut short in transfer), kept in the WARC as received."""

    source_id: str
    run_id: int | None
    url: str
    fetched_at: datetime
    edition_day: str
    warc_file: str
    warc_offset: int
    why: str

    def line(self, on_record: bool) -> str:
        """Return its one-line message; ``on_record`` False says the store did not know of it."""
        note = "" if on_record else "; not on record in the store until now"
        where = f"{self.warc_file} at offset {self.warc_offset}"
        return f"refused at crawl time: {where}: truncated: {self.why}{note}"


def settle_refusal(factory: sessionmaker[Session], source: SourceConfig, capture: Refused) -> bool:
    """Tell whether the store knew of ``capture``'s refusal; record it (as the crawl would) when not."""
    url, at = source.canonical(capture.url), capture.fetched_at
    with factory.begin() as session:
        on_record = refusal_on_record(session, url, at)
        if not on_record:
            keep_refusal(session, source.id, capture.run_id, url, capture.edition_day, at)
    return on_record

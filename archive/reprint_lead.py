"""Which copy of a reprinted story is its lead (the original, as far as the archive knows), and why.

A cluster's label (``Article.cluster_id``) is the id of the first copy the
archive *stored*: a crawl that reaches the original paper after a reprint
(a backfill of an older edition, a source added later) would make the reprint
the "original". The lead is the copy published first: the earliest day on its
paper's calendar (its edition date, else its own date in its source's zone);
copies of one day go by which the archive fetched first (``first_seen``), then
by id. Undated copies come last; when no copy is dated the lead is only the
copy archived first, and the words say just that (not "the original"). The article page, ``similar`` and its
``--json`` all take the lead and its reason from here.
The reason names the lead's day as its own page says it (:attr:`Copy.page_day`, a US page's -05:00
day), which the lists of copies show too; the order still reads days in the sources' zones, as
comparing a page's own day with another zone's would put a copy of 23:30 -05:00 on 1 March before
one printed at 09:00 +08:00 on 2 March, three hours earlier.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE, zone
from archive.models import Article, Source
from archive.page_time import page_day

EARLIEST_PUBLISHED = "earliest published: %(day)s"
# Another copy was published the same day: the one fetched first leads.
EARLIEST_PUBLISHED_FETCHED_FIRST = "earliest published: %(day)s (fetched first of that day's copies)"
# No copy says when it was published: the first archived leads, which says nothing of which
# was printed first (a backfill archives an original after its reprints), so no copy is called the original.
EARLIEST_FETCHED = "no copy is dated; this copy was archived first"


@dataclass(frozen=True)
class Copy:
    """One member of a reprint cluster, with what the lead rule reads."""

    id: int
    source_id: str
    edition_date: date | None
    published_at: datetime | None
    first_seen: datetime
    timezone: str = DEFAULT_TIMEZONE
    published_offset: int | None = None  # the zone the page's own date named (0013)

    @property
    def page_day(self) -> date | None:
        """Return the day the copy's page says (:func:`archive.page_time.page_day`): what its lists show.

        Not the lead's order (:attr:`day`): a US copy of 23:30 -05:00 on 1 March is not earlier than a
        Chinese copy of 09:00 +08:00 on 2 March, though its own day is.
        """
        return page_day(self.published_at, self.edition_date, self.published_offset, zone(self.timezone))

    @property
    def day(self) -> date | None:
        """Return the paper's day of the copy: its edition date, else its own date in its source's zone."""
        if self.edition_date is not None:
            return self.edition_date
        if self.published_at is None:
            return None
        try:
            return self.published_at.astimezone(zone(self.timezone)).date()
        except OverflowError:  # the ends of year 1 and 9999 in a zone far from UTC
            return self.published_at.date()


def _key(copy: Copy) -> tuple[bool, date, datetime, int]:
    return (copy.day is None, copy.day or date.max, copy.first_seen, copy.id)


def lead_order(copies: Sequence[Copy]) -> list[Copy]:
    """Return the copies lead first: earliest published day, then earliest fetched, then id."""
    return sorted(copies, key=_key)


@dataclass(frozen=True)
class Lead:
    """The lead copy of a cluster and why: ``reason`` is an English label with ``%(day)s`` (ISO day)."""

    id: int
    day: date | None
    reason: str

    def text(self) -> str:
        """Return the reason in English with its day filled in (the CLI's and ``--json``'s wording)."""
        return self.reason % {"day": self.day.isoformat() if self.day else ""}


def lead_of(copies: Sequence[Copy]) -> Lead | None:
    """Return the lead of ``copies`` and why (None for fewer than two: no reprint, no lead)."""
    if len(copies) < 2:
        return None
    ordered = lead_order(copies)
    first = ordered[0]
    if first.day is None:
        return Lead(first.id, None, EARLIEST_FETCHED)
    tied = ordered[1].day == first.day
    # The order reads days in the sources' zones; the reason names the lead's day as its page says it.
    return Lead(first.id, first.page_day, EARLIEST_PUBLISHED_FETCHED_FIRST if tied else EARLIEST_PUBLISHED)


def cluster_copies(session: Session, cluster_id: int | None) -> list[Copy]:
    """Return every copy of a cluster (light columns only: a wire story may have thousands), lead first."""
    if cluster_id is None:
        return []
    rows = session.execute(
        select(
            Article.id,
            Article.source_id,
            Article.edition_date,
            Article.published_at,
            Article.first_seen,
            func.coalesce(Source.timezone, DEFAULT_TIMEZONE),
            Article.published_offset,
        )
        .outerjoin(Source, Source.id == Article.source_id)
        .where(Article.cluster_id == cluster_id)
    )
    return lead_order([Copy(*row) for row in rows])

"""Which copy of a reprinted story is its lead (the original, as far as the archive knows), and why.

A cluster's label (``Article.cluster_id``) is the id of the first copy the
archive *stored*: a crawl that reaches the original paper after a reprint
(a backfill of an older edition, a source added later) would make the reprint
the "original". The lead is the copy published first, compared by what each copy knows of its time:
a copy dated to the minute by its instant (its page's own offset, ``published_offset``), a copy
dated by a day alone (its edition, or a page's date without a time) by the whole of that day in its
own zone. A copy is earlier than another only when it ends before the other starts; the lead is one
no copy is earlier than, the earliest day its page says first, then the one the archive fetched
first (``first_seen``), then id. Undated copies come last; when no copy is dated the lead is only the
copy archived first, and the words say just that (not "the original"). The article page,
``similar`` and its ``--json`` all take the lead and its reason from here.

Days read in one zone misordered copies of others (a US page of 23:30 -05:00 on 1 March was "2 March"
in the default Asia/Shanghai, tied with a Chinese copy of 09:00 +08:00 that day, three and a half hours
earlier). The reason names the lead's day as its page says it (:attr:`Copy.page_day`), as the lists
show it; where a listed copy's day is earlier than the lead's (the lead led by the clock, the other is
of a zone behind), the reason says so and gives the lead's time, so the two never disagree unexplained.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE, clock_text, zone
from archive.models import Article, Source
from archive.page_time import is_date_only, page_day, page_local

EARLIEST_PUBLISHED = "earliest published: %(day)s"
# Another copy may have been published as early on the same day: the one fetched first leads.
EARLIEST_PUBLISHED_FETCHED_FIRST = "earliest published: %(day)s (fetched first of that day's copies)"
# A listed copy's day is earlier than the lead's: it is of a zone behind, published no earlier.
EARLIEST_PUBLISHED_ZONES = (
    "earliest published: %(day)s%(time)s (the copy dated %(other)s is of another zone, not earlier)"
)
EARLIEST_PUBLISHED_ZONES_FETCHED_FIRST = (
    "earliest published: %(day)s%(time)s (fetched first of its day; a copy dated %(other)s: another zone)"
)
# No copy says when it was published: the first archived leads, which says nothing of which
# was printed first (a backfill archives an original after its reprints), so no copy is called the original.
EARLIEST_FETCHED = "no copy is dated; this copy was archived first"
_TICK = timedelta(microseconds=1)  # a time to the minute is a moment: it ends just after it starts


def _day_span(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Return the instants ``day`` starts and ends in zone ``tz``."""
    start = datetime.combine(day, time(), tzinfo=tz)
    try:
        return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=tz)
    except OverflowError:  # 31 December 9999
        return start, datetime.combine(day, time.max, tzinfo=tz)


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
        """Return the day the copy's page says (:func:`archive.page_time.page_day`): what its lists show."""
        return page_day(self.published_at, self.edition_date, self.published_offset, zone(self.timezone))

    @property
    def local(self) -> datetime | None:
        """Return the copy's time in its page's zone (:func:`archive.page_time.page_local`); None: undated."""
        if self.published_at is None:
            return None
        try:
            return page_local(self.published_at, self.published_offset, zone(self.timezone))
        except OverflowError:  # the ends of year 1 and 9999 in a zone far from UTC
            return self.published_at

    @property
    def timed(self) -> datetime | None:
        """Return the copy's time to the minute in its page's zone; None when a day (or nothing) dates it."""
        local = self.local
        return local if self.edition_date is None and local is not None and not is_date_only(local) else None

    @property
    def span(self) -> tuple[datetime, datetime] | None:
        """Return when the copy was published, as far as it says: ``[start, end)``, None when undated.

        An edition's day in its paper's zone, a page's day without a time in its page's zone, a time
        as the moment it names.
        """
        if self.edition_date is not None:
            return _day_span(self.edition_date, zone(self.timezone))
        local = self.local
        if local is None:
            return None
        if is_date_only(local):
            assert local.tzinfo is not None
            return _day_span(local.date(), local.tzinfo)
        try:
            return local, local + _TICK
        except OverflowError:  # the last microsecond of year 9999
            return local, local


def _candidates(dated: Sequence[Copy]) -> list[Copy]:
    """Return the copies no other is earlier than (it ends before they start): those that may be first.

    A copy is earlier than another when its span ends by the other's start; none is earlier than a copy
    that starts before every span has ended.
    """
    spans = {c.id: c.span for c in dated}
    first_end = min(span[1] for span in spans.values() if span is not None)
    return [c for c in dated if (span := spans[c.id]) is not None and span[0] < first_end]


def _lead_key(copy: Copy) -> tuple[date, datetime, int]:
    return (copy.page_day or date.max, copy.first_seen, copy.id)


def _rest_key(copy: Copy) -> tuple[bool, datetime, datetime, int]:
    span = copy.span
    return (
        span is None,
        span[0] if span else datetime.max.replace(tzinfo=zone(DEFAULT_TIMEZONE)),
        copy.first_seen,
        copy.id,
    )


def _pick(copies: Sequence[Copy]) -> tuple[Copy, list[Copy]]:
    """Return the lead and the other copies that might have been first (none when it is clearly first)."""
    dated = [c for c in copies if c.span is not None]
    if not dated:
        return min(copies, key=lambda c: (c.first_seen, c.id)), []
    candidates = sorted(_candidates(dated), key=_lead_key)
    return candidates[0], candidates[1:]


def lead_order(copies: Sequence[Copy]) -> list[Copy]:
    """Return the copies lead first (:func:`lead_of`), then by when they start, fetched first, id."""
    if not copies:
        return []
    lead, _ = _pick(copies)
    return [lead, *sorted((c for c in copies if c is not lead), key=_rest_key)]


@dataclass(frozen=True)
class Lead:
    """The lead copy of a cluster and why: ``reason`` is an English label with ``%(day)s`` (ISO day),
    ``%(time)s`` (the lead's time, `` 09:00 +08:00``, where it names one) and ``%(other)s`` (ISO day)."""

    id: int
    day: date | None
    reason: str
    time: str = ""  # the lead's own time with its offset, a space before it; "" when it names none
    other: date | None = None  # an earlier day a listed copy says, of another zone

    def text(self) -> str:
        """Return the reason in English with its days filled in (the CLI's and ``--json``'s wording)."""
        return self.reason % {
            "day": self.day.isoformat() if self.day else "",
            "time": self.time,
            "other": self.other.isoformat() if self.other else "",
        }


def lead_of(copies: Sequence[Copy]) -> Lead | None:
    """Return the lead of ``copies`` and why (None for fewer than two: no reprint, no lead)."""
    if len(copies) < 2:
        return None
    first, rivals = _pick(copies)
    day = first.page_day
    if day is None:
        return Lead(first.id, None, EARLIEST_FETCHED)
    tied = any(c.page_day == day for c in rivals)
    earlier = [d for c in copies if c is not first and (d := c.page_day) is not None and d < day]
    if not earlier:
        return Lead(first.id, day, EARLIEST_PUBLISHED_FETCHED_FIRST if tied else EARLIEST_PUBLISHED)
    # Only a copy no earlier by the clock says an earlier day (the lead has the earliest day of those
    # that might be first): of a zone behind. The lead's time, where it has one, shows why.
    at = first.timed
    reason = EARLIEST_PUBLISHED_ZONES_FETCHED_FIRST if tied else EARLIEST_PUBLISHED_ZONES
    return Lead(first.id, day, reason, f" {clock_text(at)}" if at is not None else "", min(earlier))


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

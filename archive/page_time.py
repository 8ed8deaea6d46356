"""An article's own time in the zone its page gave, not silently its source's.

The store keeps ``published_at`` as an instant (UTC) and, since migration 0013, the offset the
page's own date carried (``published_offset``, minutes east of UTC). A source's ``timezone`` says
how to read a page's time that names no zone; one that names its own (a US page's ``-05:00`` under a
paper left at the default Asia/Shanghai) is shown in that zone, its day the page's own day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo


def page_offset(published_at: datetime | None) -> int | None:
    """Return the UTC offset (minutes east) of a page's own date, None without one.

    UTC itself (``Z``, ``+00:00``) is no zone of the paper's: a CMS's machine time (a Chinese page's
    ``2016-07-21T00:30:00Z`` is 08:30 in its paper's day), read in the source's zone as before.
    """
    if published_at is None:
        return None
    offset = published_at.utcoffset()
    return None if not offset else int(offset.total_seconds() // 60)


def is_date_only(local: datetime) -> bool:
    """Tell whether a local time is exactly midnight, which is how the store keeps a date without a time."""
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def page_local(published_at: datetime, offset: int | None, tz: tzinfo) -> datetime:
    """Return ``published_at`` in its page's ``offset`` where it is not ``tz``'s, else in ``tz``."""
    local = published_at.astimezone(tz)
    own = local.utcoffset()
    # In whole minutes, as the offset is stored: a zone's local mean time (Asia/Shanghai's +08:05:43
    # before 1901) is the source's own zone, not a page's other one.
    if offset is None or (own is not None and int(own.total_seconds() // 60) == offset):
        return local
    return published_at.astimezone(timezone(timedelta(minutes=offset)))


def page_day(
    published_at: datetime | None, edition_date: date | None, offset: int | None, tz: tzinfo
) -> date | None:
    """Return the day a page says: its edition date, else its date in its page's zone (:func:`page_local`).

    The one reading of "the day" for the article page, its citation, ``show``/``similar`` and the reprint
    lists, so a US copy under a default zone reads 1 March everywhere, not 2 March in another's list.
    """
    if edition_date is not None:
        return edition_date
    if published_at is None:
        return None
    try:
        return page_local(published_at, offset, tz).date()
    except OverflowError:  # the ends of year 1 and 9999 in a zone far from UTC
        return published_at.date()

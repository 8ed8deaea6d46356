"""An article's own time in the zone its page gave, not silently its source's.

The store keeps ``published_at`` as an instant (UTC) and, since migration 0013, the offset the
page's own date carried (``published_offset``, minutes east of UTC). A source's ``timezone`` says
how to read a page's time that names no zone; one that names its own (a US page's ``-05:00`` under a
paper left at the default Asia/Shanghai) is shown in that zone, its day the page's own day.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo


def page_offset(published_at: datetime | None) -> int | None:
    """Return the UTC offset (minutes east) of a page's own date, None without one.

    UTC itself (``Z``, ``+00:00``) is no zone of the paper's: a CMS's machine time (a Chinese page's
    ``2016-07-21T00:30:00Z`` is 08:30 in its paper's day), read in the source's zone as before.
    """
    if published_at is None:
        return None
    offset = published_at.utcoffset()
    return None if not offset else int(offset.total_seconds() // 60)


def page_local(published_at: datetime, offset: int | None, tz: tzinfo) -> datetime:
    """Return ``published_at`` in its page's ``offset`` where it is not ``tz``'s, else in ``tz``."""
    local = published_at.astimezone(tz)
    if offset is None or local.utcoffset() == timedelta(minutes=offset):
        return local
    return published_at.astimezone(timezone(timedelta(minutes=offset)))

"""Say which ``date:`` values of a query are no date, or cover no day: the CLI and the web page alike.

Any text is a query: ``date:2016-13`` is searched as the words "date" and "2016-13",
and ``date:2016-07..2016-06`` as an empty range. Both answered "no article contains ..."
as if the archive held nothing of those days; a note beside the results says why.
"""

from __future__ import annotations

import re

from indexer.errors import QueryError
from indexer.query import date_range

NOT_A_DATE = "%(value)s is not a date (use YYYY, YYYY-MM or YYYY-MM-DD): it was searched as text."
NO_DAY = "%(value)s ends before it starts: no day is in it."

_DATE_TERM = re.compile(r'(?:^|[\s(])-?date:"?([^\s()"]+)')


def date_notes(query: str) -> list[tuple[str, str]]:
    """Return ``(label, "date:VALUE")`` for each ``date:`` of ``query`` that is no date or covers no day.

    ``label`` is an English sentence with a ``%(value)s`` placeholder (the web page's
    catalogue translates it; the CLI fills it in).
    """
    notes = []
    for value in _DATE_TERM.findall(query):
        try:
            since, until = date_range(value)
        except QueryError:
            notes.append((NOT_A_DATE, f"date:{value}"))
            continue
        if since and until and since > until:
            notes.append((NO_DAY, f"date:{value}"))
    return notes

"""Read and check the search page's URL parameters, with the CLI's limits.

Every parameter arrives as untrusted text. A bad one is one clear sentence
(:class:`BadRequest`), never a traceback; the query string itself is checked
by the same parser as the CLI's, so the limits (length, terms, nesting,
time) are the same in both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from indexer.query import MAX_QUERY_CHARS
from indexer.search import MAX_LIMIT, SORTS

PER_PAGE_CHOICES = (10, 20, 50, 100)
DEFAULT_PER_PAGE = 20
CHARTS = ("month", "paper")
COPIES = ("", "all")  # "all": every copy of a reprinted story, not one result per story
MAX_FILTER_CHARS = 100


class BadRequest(ValueError):
    """A URL parameter is invalid; the message is shown to the user as is."""


def _date(name: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"The {name} date {value[:20]!r} is not a date; use YYYY-MM-DD.") from None


def _int(name: str, value: str, default: int) -> int:
    if not value:
        return default
    if not value.isdigit() or len(value) > 6:
        raise BadRequest(f"The {name} must be a whole number.")
    return int(value)


def _text(name: str, value: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        raise BadRequest(f"The {name} is too long ({len(value)} characters; the limit is {limit}).")
    return value


@dataclass(frozen=True)
class SearchParams:
    """What the search form asked for; ``link`` rebuilds the URL with some values changed."""

    q: str = ""
    source: str = ""
    since: date | None = None
    until: date | None = None
    author: str = ""
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    chart: str = "month"
    copies: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> SearchParams:
        """Check raw URL parameters and return them typed, or raise :class:`BadRequest`."""
        sort = params.get("sort", "") or "relevance"
        if sort not in SORTS:
            raise BadRequest(f"Results can be sorted by {' or '.join(SORTS)}, not {sort[:20]!r}.")
        chart = params.get("chart", "") or "month"
        if chart not in CHARTS:
            raise BadRequest(f"The chart can show {' or '.join(CHARTS)}, not {chart[:20]!r}.")
        per_page = _int("number of results per page", params.get("per_page", ""), DEFAULT_PER_PAGE)
        if per_page not in PER_PAGE_CHOICES:
            raise BadRequest(f"Results per page must be one of {', '.join(map(str, PER_PAGE_CHOICES))}.")
        page = _int("page number", params.get("page", ""), 1)
        if page < 1:
            raise BadRequest("The page number must be 1 or more.")
        if page * per_page > MAX_LIMIT:
            raise BadRequest(f"Only the first {MAX_LIMIT} results can be paged through; narrow the search.")
        copies = params.get("copies", "")
        if copies not in COPIES:
            raise BadRequest("copies can be 'all' (every copy of a reprinted story) or left out.")
        since = _date("from", params.get("since", ""))
        until = _date("to", params.get("until", ""))
        if since and until and since > until:
            raise BadRequest("The from date is after the to date.")
        return cls(
            q=_text("query", params.get("q", ""), MAX_QUERY_CHARS),
            source=_text("paper", params.get("source", ""), MAX_FILTER_CHARS),
            since=since,
            until=until,
            # A quote would end the author: phrase early; no name holds one.
            author=_text("author", params.get("author", ""), MAX_FILTER_CHARS).replace('"', ""),
            sort=sort,
            page=page,
            per_page=per_page,
            chart=chart,
            copies=copies,
        )

    @property
    def active(self) -> bool:
        """Tell whether there is anything to search for (words or an author)."""
        return bool(self.q or self.author)

    def query(self) -> str:
        """Return the query for ``indexer.search``: the words, or every article of the author."""
        if not self.q and self.author:
            return f'author:"{self.author}"'
        return self.q

    def values(self) -> dict[str, Any]:
        """Return the non-default parameters as they appear in a URL."""
        out: dict[str, Any] = {
            "q": self.q,
            "source": self.source,
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "author": self.author,
            "sort": "" if self.sort == "relevance" else self.sort,
            "page": "" if self.page == 1 else self.page,
            "per_page": "" if self.per_page == DEFAULT_PER_PAGE else self.per_page,
            "chart": "" if self.chart == "month" else self.chart,
            "copies": self.copies,
        }
        return {k: v for k, v in out.items() if v != ""}

    def link(self, path: str = "/", **changes: Any) -> str:
        """Return ``path`` with these parameters, some changed (``page=1`` etc.), URL-encoded."""
        values = replace(self, **changes).values() if changes else self.values()
        query = urlencode(values)
        return f"{path}?{query}" if query else path

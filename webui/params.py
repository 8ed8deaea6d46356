"""Read and check the search page's URL parameters, with the CLI's limits.

Every parameter arrives as untrusted text. A bad one is one clear sentence
(:class:`BadRequest`), never a traceback; the query string itself is checked
by the same parser as the CLI's, so the limits (length, terms, nesting,
time) are the same in both.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from starlette.exceptions import HTTPException

from archive.queries import sources_named
from archive.typed_dates import parse_bound
from indexer.date_notes import date_notes
from indexer.errors import QueryError
from indexer.query import MAX_QUERY_CHARS, Leaf, Node, field_colons, parse_query
from indexer.search import MAX_LIMIT, SORTS
from webui.i18n import explicit_lang, format_date, gettext

PER_PAGE_CHOICES = (10, 20, 50, 100)
DEFAULT_PER_PAGE = 20
CHARTS = ("month", "paper")
COPIES = ("", "all")  # "all": every copy of a reprinted story, not one result per story
VERSIONS = ("", "1")  # "1": list the superseded versions holding the query too (indexer.versions)
MAX_FILTER_CHARS = 100
MAX_DIGITS = 6  # of a page number: past 999999 no search has a page


class BadRequest(ValueError):
    """A URL parameter is invalid: one sentence saying what to change, and the field at fault.

    ``message`` is an English label of :mod:`webui.catalogue` with ``%(name)s``
    placeholders filled from ``values``, so the page shows it in its own
    language; ``str(exc)`` is the English sentence (logs, JSON errors).
    """

    def __init__(self, message: str, field: str = "", **values: Any) -> None:
        self.message = message
        self.field = field
        self.values = values
        super().__init__(message % values if values else message)

    def sentence(self, lang: str) -> str:
        """Return the sentence in ``lang``, its dates written as the page writes them (2016年7月20日)."""
        values = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in self.values.items()}
        return gettext(lang, self.message, **values)


def check_source(source: str, names: Mapping[str, str]) -> None:
    """Raise :class:`BadRequest` for a paper the archive does not hold, naming the ones it does.

    Searched, an unknown id finds nothing, and "no article contains 脱贫" would
    then be false of an archive full of 脱贫 (the CLI says "unknown source" too).
    """
    if source and source not in names:
        raise BadRequest(
            "There is no paper '%(value)s' in the archive (known: %(known)s).",
            "source",
            value=source[:MAX_FILTER_CHARS],
            known=", ".join(sorted(names)) or "-",
        )


def _leaves(node: Node) -> Iterator[Leaf]:
    if isinstance(node, Leaf):
        yield node
    else:
        for item in node.items:
            yield from _leaves(item)


def check_query_sources(query: str, names: Mapping[str, str]) -> None:
    """Raise :class:`BadRequest` for a ``source:`` in the query that names no paper of the archive.

    ``source:城市晚报`` (the paper's name, where the field takes its id) found
    nothing, and the page said no article held the words: as with the form's
    paper, the sentence says so and gives the id to type instead.
    """
    if "source:" not in query:
        return
    try:
        tree = parse_query(query)
    except QueryError:
        return  # the search itself says what is wrong with the query
    for leaf in _leaves(tree):
        value = leaf.text.strip()
        if leaf.field != "source" or value in names:
            continue
        named = sources_named(names, value)  # the whole name, else part of it (城市晚报 of 城市晚报（示例）)
        if len(named) == 1:
            raise BadRequest(
                "source: takes a paper's id, not its name: for %(value)s type source:%(id)s.",
                "q",
                value=value[:MAX_FILTER_CHARS],
                id=named[0],
            )
        if named:  # a name several papers share (two cities' 城市晚报): "no such paper" would be false
            raise BadRequest(
                "source: takes a paper's id, not its name: %(value)s is the name of several papers (%(ids)s); type source: with one of them.",  # noqa: E501
                "q",
                value=value[:MAX_FILTER_CHARS],
                ids=", ".join(named),
            )
        raise BadRequest(
            "There is no paper '%(value)s' in the archive (known: %(known)s).",
            "q",
            value=value[:MAX_FILTER_CHARS],
            known=", ".join(sorted(names)) or "-",
        )


def query_date_notes(query: str) -> list[tuple[str, str]]:
    """Return a note (label, value) for each ``date:`` of the query that is no date, or covers no day.

    The rule is :func:`indexer.date_notes.date_notes` (the CLI's too); the page shortens the value.
    """
    return [(label, value[:MAX_FILTER_CHARS]) for label, value in date_notes(query)]


class NotFound(HTTPException):
    """A 404 whose sentence is a catalogue label with placeholders, shown in the page's language."""

    def __init__(self, message: str, *, nav: dict[str, Any] | None = None, **values: Any) -> None:
        self.message = message
        self.values = values
        # Links out of the dead end (an edition page's neighbours: ``source_id``, ``earlier``, ``later``).
        self.nav = nav
        super().__init__(404, message % values if values else message)

    def sentence(self, lang: str) -> str:
        """Return the sentence in ``lang``, its dates written as the page writes them (2016年7月20日)."""
        values = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in self.values.items()}
        return gettext(lang, self.message, **values)


def _date(field: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return parse_bound(value[:40], end=field == "until")
    except ValueError:
        # The boxes take a day in several forms, a month or a year: the sentence names them all.
        message = "The from date '%(value)s' is not a date: use e.g. 2016-07-20, 2016-07 or 2016."
        if field == "until":
            message = "The to date '%(value)s' is not a date: use e.g. 2016-07-20, 2016-07 or 2016."
        raise BadRequest(message, field, value=value[:20]) from None


def _int(field: str, value: str, default: int) -> int:
    if not value:
        return default
    # isdecimal, not isdigit: ² and ① are digits int() refuses (a 500); ２ is one it reads.
    if not value.isdecimal():
        message = "The page number must be a whole number."
        if field == "per_page":
            message = "The number of results per page must be a whole number."
        raise BadRequest(message, field)
    if len(value) > MAX_DIGITS:  # whole, only too large: "must be a whole number" was false of it
        if field == "per_page":
            return 0  # the choices' sentence says what to give
        raise BadRequest("The page number must be at most %(limit)s.", field, limit="9" * MAX_DIGITS)
    return int(value)


def _text(field: str, value: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        message = {
            "q": "The query is too long (%(n)s characters; the limit is %(limit)s).",
            "source": "The paper is too long (%(n)s characters; the limit is %(limit)s).",
            "paper_page": "The page is too long (%(n)s characters; the limit is %(limit)s).",
        }.get(field, "The author is too long (%(n)s characters; the limit is %(limit)s).")
        raise BadRequest(message, field, n=len(value), limit=limit)
    return value


@dataclass(frozen=True)
class SearchParams:
    """What the search form asked for; ``link`` rebuilds the URL with some values changed."""

    q: str = ""
    source: str = ""
    since: date | None = None
    until: date | None = None
    author: str = ""
    # The paper's page (版面): a number (A3, 03) or a name (要闻). Not ``page``, the page of results.
    paper_page: str = ""
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    chart: str = "month"
    lang: str = ""  # only when the URL asked (?lang=en): links keep it, Accept-Language needs none
    copies: str = ""
    versions: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> SearchParams:
        """Check raw URL parameters and return them typed, or raise :class:`BadRequest`."""
        sort = params.get("sort", "") or "relevance"
        if sort not in SORTS:
            raise BadRequest(
                "Results are sorted by one of %(choices)s, not '%(value)s'.",
                "sort",
                choices=", ".join(SORTS),
                value=sort[:20],
            )
        chart = params.get("chart", "") or "month"
        if chart not in CHARTS:
            raise BadRequest(
                "The chart can show %(choices)s, not '%(value)s'.",
                "chart",
                choices=" or ".join(CHARTS),
                value=chart[:20],
            )
        per_page = _int("per_page", params.get("per_page", ""), DEFAULT_PER_PAGE)
        if per_page not in PER_PAGE_CHOICES:
            raise BadRequest(
                "Results per page must be one of %(choices)s.",
                "per_page",
                choices=", ".join(map(str, PER_PAGE_CHOICES)),
            )
        page = _int("page", params.get("page", ""), 1)
        if page < 1:
            raise BadRequest("The page number must be 1 or more.", "page")
        copies = params.get("copies", "")
        if copies not in COPIES:
            raise BadRequest("Copies can be 'all' (every copy of a reprinted story) or left out.", "copies")
        versions = params.get("versions", "")
        if versions not in VERSIONS:
            raise BadRequest("Versions can be 1 (list earlier versions too) or left out.", "versions")
        since = _date("since", params.get("since", ""))
        until = _date("until", params.get("until", ""))
        if since and until and since > until:
            raise BadRequest("The from date is after the to date.", "since")
        return cls(
            # author：张三 as an input method types it: the search, its notes and its links read author:.
            q=field_colons(_text("q", params.get("q", ""), MAX_QUERY_CHARS)),
            source=_text("source", params.get("source", ""), MAX_FILTER_CHARS),
            since=since,
            until=until,
            # A quote would end the author: phrase early; no name holds one.
            author=_text("author", params.get("author", ""), MAX_FILTER_CHARS).replace('"', ""),
            paper_page=_text("paper_page", params.get("paper_page", ""), MAX_FILTER_CHARS).replace('"', ""),
            sort=sort,
            page=page,
            per_page=per_page,
            chart=chart,
            lang=explicit_lang(params),
            copies=copies,
            versions=versions,
        )

    @property
    def reachable(self) -> bool:
        """Tell whether the page asked for lies within the first MAX_LIMIT results (the CLI's cap)."""
        return self.page * self.per_page <= MAX_LIMIT

    def unreachable(self) -> BadRequest:
        """Return the error for a page past the cap, when the results go past it too."""
        return BadRequest(
            "Only the first %(limit)s results can be paged through; narrow the search.",
            "page",
            limit=MAX_LIMIT,
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
            "paper_page": self.paper_page,
            "sort": "" if self.sort == "relevance" else self.sort,
            "page": "" if self.page == 1 else self.page,
            "per_page": "" if self.per_page == DEFAULT_PER_PAGE else self.per_page,
            "chart": "" if self.chart == "month" else self.chart,
            "lang": self.lang,
            "copies": self.copies,
            "versions": self.versions,
        }
        return {k: v for k, v in out.items() if v != ""}

    def within(self, first: date, last: date) -> tuple[date, date]:
        """Return (since, until) for the days ``first..last`` inside the dates already asked for.

        A month bar or a year counts the matches inside the search's own dates; its
        link must not widen them, or it lists more articles than the count it shows.
        """
        return max(first, self.since) if self.since else first, min(last, self.until) if self.until else last

    def link(self, path: str = "/", **changes: Any) -> str:
        """Return ``path`` with these parameters, some changed (``page=1`` etc.), URL-encoded."""
        values = replace(self, **changes).values() if changes else self.values()
        query = urlencode(values)
        return f"{path}?{query}" if query else path


FORM_FIELDS = (
    "q",
    "source",
    "since",
    "until",
    "author",
    "paper_page",
    "sort",
    "per_page",
    "chart",
    "copies",
    "versions",
)


def form_values(params: Mapping[str, str]) -> dict[str, str]:
    """Return the form's fields as submitted (each cut to a sane length), to fill the form in again."""
    return {name: params.get(name, "")[: MAX_QUERY_CHARS + 100] for name in FORM_FIELDS}

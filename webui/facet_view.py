"""What the search page shows beside its results: links that narrow the search, the active filters, errors.

Facet counts come from :func:`indexer.facets.month_counts` (the same matches
as the result list); this module only turns them into labelled links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from indexer.authors import author_key
from indexer.errors import QueryError
from indexer.facets import MonthCounts
from indexer.page_filter import narrowed, value_keys
from webui.catalogue import query_reason
from webui.i18n import N_, format_date, gettext
from webui.params import BadRequest, SearchParams

FACET_ITEMS = 10
FACETS = (  # key in MonthCounts.facets, heading
    ("source", N_("Paper")),
    ("year", N_("Year")),
    ("section", N_("Page")),
    ("authors", N_("Author")),
)


@dataclass
class FacetItem:
    """One value of a facet: its label, how many matches hold it, the narrowed search."""

    label: str
    count: int
    href: str
    current: bool = False


@dataclass
class Facet:
    """One facet: a key (for ids), a heading label, its most frequent values."""

    key: str
    title: str
    items: list[FacetItem] = field(default_factory=list)


def facet_lists(counts: MonthCounts | None, params: SearchParams, names: dict[str, str]) -> list[Facet]:
    """Return the facets of a search: the most frequent values first, each a link narrowing the search."""
    if counts is None or not counts.facets:
        return []
    out: list[Facet] = []
    for key, title in FACETS:
        values = counts.facets.get(key, {})
        if key == "year":
            ranked = sorted(values.items(), reverse=True)
        else:
            ranked = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
        items: list[FacetItem] = []
        for value, count in ranked[:FACET_ITEMS]:
            if key == "source":
                item = FacetItem(names.get(value, value), count, params.link(source=value, page=1))
                item.current = value == params.source
            elif key == "year":
                first, last = date(int(value), 1, 1), date(int(value), 12, 31)
                since, until = params.within(first, last)
                item = FacetItem(value, count, params.link(since=since, until=until, page=1))
                # Chosen when its link would search the dates already asked for (the page itself).
                item.current = (params.since, params.until) == (since, until)
            elif key == "section":
                # Narrowed by the page filter (the form's Page field), which the count is of: a
                # section:"…" clause added to the query bound to its last word ("a OR b section:x").
                # The filter drops quotes, so a name holding one gets no link.
                wanted = narrowed(params.paper_page, value)
                href = params.link(paper_page=wanted, page=1) if '"' not in value else ""
                item = FacetItem(value, count, href)
                item.current = bool(params.paper_page) and value_keys(params.paper_page) == value_keys(wanted)
            else:
                # The author parameter drops quotes (see SearchParams.parse): such a name cannot be a filter.
                item = FacetItem(value, count, params.link(author=value, page=1) if '"' not in value else "")
                # The facet spells a name as printed (陳大文); the author asked may be typed either way.
                item.current = bool(params.author) and author_key(value) == author_key(params.author)
            items.append(item)
        if items:
            out.append(Facet(key, title, items))
    return out


def filter_summary(params: SearchParams, names: dict[str, str], lang: str) -> str:
    """Return the active filters in a few words, for the folded filter box's summary ("" for none)."""
    parts = []
    if params.source:
        parts.append(names.get(params.source, params.source))
    if params.since or params.until:
        parts.append(f"{format_date(params.since, lang)}–{format_date(params.until, lang)}")
    if params.author:
        parts.append(params.author)
    if params.paper_page:
        parts.append(f"page:{params.paper_page}")
    return " · ".join(parts)


def field_error(exc: BadRequest | QueryError, lang: str) -> tuple[str, str]:
    """Return the field at fault and one sentence in ``lang`` saying what to change."""
    if isinstance(exc, BadRequest):
        return exc.field, exc.sentence(lang)
    return "q", gettext(lang, "The query cannot be run: %(reason)s.", reason=query_reason(str(exc), lang))

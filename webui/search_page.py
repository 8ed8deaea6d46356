"""The search page and its CSV / JSON exports: the CLI's search, with a coverage chart.

Results and chart come from the same query and filters, so the bars add up
to the total above the list. The author is a filter like paper and dates:
it restricts and never relaxes.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from archive.queries import REREAD_NOTE, source_names
from indexer.authors import (
    author_hint_line,
    author_name_line,
    author_values,
    authors_containing,
    authors_within,
    query_author_names,
    with_author,
)
from indexer.errors import QueryError
from indexer.export import (
    EXPORT_FIELDS,
    hit_record,
    lag_note,
    missing_note,
    none_found,
    partial_heading,
    summary_line,
    write_csv,
)
from indexer.facets import MonthCounts, month_counts, undated_left_out, undated_line
from indexer.highlight import render_snippet
from indexer.search import MAX_LIMIT, Hit, SearchPage
from indexer.search import search as index_search
from indexer.storeinfo import Reprint, StoreInfo
from indexer.versions import EarlierFinds, EarlierHit, earlier_record
from webui.chart import NARROW_WIDTH, OTHER, TOTAL_COLOUR, Series, month_bounds, month_chart_svg, stack_series
from webui.context import Archive, archive_of
from webui.facet_view import facet_lists, field_error, filter_summary
from webui.i18n import format_date, gettext, negotiate
from webui.params import (
    PER_PAGE_CHOICES,
    BadRequest,
    SearchParams,
    check_query_sources,
    check_source,
    form_values,
    query_date_notes,
)

__all__ = ["EXPORT_FIELDS", "export_csv", "export_json", "search"]

_NONE = EarlierFinds(0, 0)


@dataclass
class Results:
    """One search as the page shows it."""

    params: SearchParams
    page: SearchPage
    counts: MonthCounts | None = None
    notes: list[str] = field(default_factory=list)
    author_hints: list[str] = field(default_factory=list)  # whole names holding an author that found nothing
    author_hint_name: str = ""  # the author they hold: the Author field's, else the box's author:王
    author_hint_within: bool = False  # the names are in that author instead (a byline typed whole, 记者 张三)
    author_names: list[tuple[str, int]] = field(default_factory=list)  # query words that are bylines
    undated_left_out: int = 0  # undated articles matching all but the date limit
    date_notes: list[tuple[str, str]] = field(
        default_factory=list
    )  # (label, value): date: values read as text

    @property
    def all_notes(self) -> list[str]:
        """Return every note in English, the date and page notes filled in (the JSON export's ``notes``)."""
        # As `search --json`'s notes.
        hint = author_hint_line(self.author_hint_name, self.author_hints, self.author_hint_within)
        return (
            self.notes
            + [label % {"value": value} for label, value in self.date_notes]
            + self.page.notes_text
            + ([hint] if hint else [])
            + [author_name_line(name, count) for name, count in self.author_names]
            + ([undated_line(self.undated_left_out)] if self.undated_left_out else [])
        )

    def author_name_links(self) -> list[tuple[str, str, int]]:
        """Return (link, name, articles) of each word of the query that is an author's whole name."""
        return [(self.params.link(q="", author=name, page=1), name, n) for name, n in self.author_names]

    def author_hint_links(self) -> list[tuple[str, str]]:
        """Return (link, name) of each whole name: the Author field set to it, or the box's ``author:``."""
        if self.params.author == self.author_hint_name:
            return [(self.params.link(author=name, page=1), name) for name in self.author_hints]
        return [
            (self.params.link(q=with_author(self.params.q, self.author_hint_name, name), page=1), name)
            for name in self.author_hints
        ]

    @property
    def summary(self) -> str:
        """Return the line above the list: stories and copies, best match, or what was not found."""
        return summary_line(self.page)

    @property
    def noun(self) -> str:
        """Return what the total counts: articles, or stories when copies of a reprint were grouped."""
        one = self.page.total == 1
        if self.page.copies > self.page.total:
            return "matching story" if one else "matching stories"
        return "matching article" if one else "matching articles"

    @property
    def none_found(self) -> str:
        """Return ``no article contains 鹤鸣湖`` (meant for a search that found nothing)."""
        return none_found(self.page)

    @property
    def partial_heading(self) -> str:
        """Return the heading of the partial matches, with their count."""
        return partial_heading(self.page)

    @property
    def pages(self) -> int:
        """Return how many pages can be shown (the CLI's cap of MAX_LIMIT results applies)."""
        reachable = min(self.page.total, MAX_LIMIT)
        return max(1, -(-reachable // self.params.per_page))


def run_search(archive: Archive, params: SearchParams, *, limit: int, page: int, chart: bool) -> Results:
    """Search (and count per month when ``chart``) with the page's parameters."""
    query = params.query()
    # An author searched alone is the query (author:"张三"): filtering by it again named it twice in
    # "(limited by author:"张三" author:张三)".
    author = (params.author or None) if params.q else None
    store = StoreInfo(archive.sessions)
    all_copies = params.copies == "all"
    found = index_search(
        archive.index_path,
        query,
        source=params.source or None,
        author=author,
        since=params.since,
        until=params.until,
        sort=params.sort,
        limit=limit,
        page=page,
        store=store,
        all_copies=all_copies,
        paper_page=params.paper_page or None,  # the list, the chart and the exports read one filter
        versions=params.versions == "1",
    )
    results = Results(params, found, date_notes=query_date_notes(params.q))
    if found.mode == "best":
        results.notes.append(
            "A pasted text: articles are ranked by how much of it they hold (a best match, not every word)."
        )
    if found.note:
        results.notes.append(f"Nothing to search for: {found.note}.")
    if found.timed_out:
        results.notes.append("The search took too long and was cut short: the results may be incomplete.")
    if not found.total:  # the Author field's name, else the first author:王 typed in the box holding some
        typed = ([params.author] if params.author else []) + author_values(params.q)
        for asked in typed:
            results.author_hints = authors_containing(archive.index_path, asked, store=store)
            if results.author_hints:
                results.author_hint_name = asked
                break
        for asked in typed if not results.author_hints else []:  # a byline typed whole: the names in it
            results.author_hints = authors_within(archive.index_path, asked, store=store)
            if results.author_hints:
                results.author_hint_name, results.author_hint_within = asked, True
                break
    if found.mode != "best":  # a date limit leaves out the articles whose date is unknown
        results.undated_left_out = undated_left_out(
            archive.index_path,
            query,
            since=params.since,
            until=params.until,
            source=params.source or None,
            author=author,
            paper_page=params.paper_page or None,
            store=store,
        )
    if params.q:  # 王强 searched as text: the crawl moved the byline out of the text
        results.author_names = query_author_names(
            archive.index_path,
            params.q,
            author=params.author,
            source=params.source,
            since=params.since,
            until=params.until,
            paper_page=params.paper_page,
            store=store,
        )
    if chart:
        results.counts = month_counts(
            archive.index_path,
            query,
            source=params.source or None,
            since=params.since,
            until=params.until,
            author=author,
            by_source=params.chart == "paper",
            facets=True,
            store=store,
            all_copies=all_copies,
            paper_page=params.paper_page or None,
        )
    return results


def chart_parts(results: Results, names: dict[str, str], lang: str) -> tuple[Markup, list[Series]]:
    """Draw the month chart of a search (per paper when asked) and return it with its legend.

    Each bar links to the same search narrowed to its month (and paper); the
    SVG escapes its own labels. The legend is HTML beside the chart (it wraps
    on a phone), only when there is more than one series.
    """
    counts = results.counts
    if counts is None:
        return Markup(""), []
    months = counts.month_range()
    params = results.params
    if params.chart == "paper":
        ids = {names.get(k, k): k for k in counts.by_source}
        series = [
            replace(s, label=gettext(lang, "other")) if s.label == OTHER else s
            for s in stack_series(months, counts.by_source, names)
        ]
        title = gettext(lang, "matching articles per month and paper")
    else:
        ids = {}
        label = gettext(lang, "all papers")
        series = [Series(label, TOTAL_COLOUR, [counts.months.get(m, 0) for m in months])]
        title = gettext(lang, "matching articles per month")

    def bar_link(month: str, label: str) -> str | None:
        source = ids.get(label, params.source) if params.chart == "paper" else params.source
        if params.chart == "paper" and label not in ids:
            return None  # the "other" layer is several papers: no single search
        since, until = params.within(*month_bounds(month))
        return params.link(since=since, until=until, source=source, page=1)

    empty = gettext(lang, "no dated matches")
    wide = month_chart_svg(months, series, title, link=bar_link, empty=empty, css_class="chart wide")
    narrow = month_chart_svg(
        months, series, title, link=bar_link, empty=empty, width=NARROW_WIDTH, css_class="chart narrow"
    )
    return Markup(wide + narrow), (series if len(series) > 1 else [])  # built from escaped parts


def _hit_view(hit: Hit, names: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "url": hit.url,
        "source": hit.source_name or names.get(hit.source, hit.source),
        "date": hit.when.day_text(""),  # the edition date (or the page's day) in the paper's zone
        # Where it was printed and by whom, as a citation needs them; each left out when the store lacks it.
        "page": hit.page,
        "section": hit.section,
        "authors": hit.authors,
        # render_snippet escapes each run before wrapping matches in <mark>.
        "snippet": Markup(render_snippet(hit.snippet_parts, "html")) if hit.snippet_parts else hit.snippet,
        "partial": hit.partial,
        "missing": hit.missing,
        "copies": hit.copies,
        # The copies the search matched, then those it did not (their words differ, or a filter left them
        # out): "also in 纽约华报" under 3.8亿元 read as if its copy held the figure.
        "also_in": [_reprint_view(r, names, lang) for r in hit.reprints if r.matches],
        "also_outside": [
            _reprint_view(r, names, lang) for r in hit.reprints if not r.matches and not r.partial
        ],
        "also_partial": [_reprint_view(r, names, lang) for r in hit.reprints if r.partial],
    }


def _reprint_view(r: Reprint, names: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "id": r.id,
        # The date in the page's language, like every other date on it (2016年7月20日).
        "label": f"{r.source_name or names.get(r.source, r.source)} "
        f"{format_date(r.edition_date, lang) if r.edition_date else gettext(lang, 'undated')}",
    }


def _earlier_view(hit: EarlierHit, names: dict[str, str], lang: str) -> dict[str, Any]:
    """One superseded version as the page lists it: labelled, linked to its version's permalink."""
    label = (
        gettext(lang, "version %(n)s of %(total)s", n=hit.version, total=hit.versions)
        if hit.versions
        else gettext(lang, "version %(n)s", n=hit.version)
    )
    day = hit.superseded_day
    when = (
        gettext(lang, "replaced in the archive on %(day)s", day=format_date(day, lang))
        if day
        else gettext(lang, "replaced in the archive")
    )
    if hit.reread_by:  # our older reading of the capture, not the paper's text then (indexer.versions)
        reread = gettext(lang, REREAD_NOTE, n=hit.version)
        older = gettext(
            lang, "; our older reading: version %(r)s is a %(reread)s", r=hit.reread_by, reread=reread
        )
        when += older
    return {
        "path": f"/article/{hit.id}",
        "version": hit.version,
        "title": hit.title,
        "label": gettext(lang, "%(label)s (%(when)s)", label=label, when=when),
        "source": names.get(hit.source, hit.source),
        "date": format_date(hit.edition_date, lang) if hit.edition_date else gettext(lang, "undated"),
        "snippet": Markup(render_snippet(hit.snippet_parts, "html")),
    }


def search(request: Request) -> Response:
    """Show the search form, and when there is a query, the chart and one page of results.

    A bad parameter or query answers this same page (status 400) with the
    form filled in as submitted and one sentence beside the field at fault.
    """
    archive = archive_of(request)
    lang = negotiate(request)
    with archive.sessions() as session:
        names = source_names(session)
    context: dict[str, Any] = {
        "params": SearchParams(),
        "names": names,
        "per_page_choices": PER_PAGE_CHOICES,
        "form": form_values(request.query_params),
        "results": None,
        "hits": [],
        "earlier_hits": [],
        "chart": Markup(""),
        "legend": [],
        "facets": [],
    }
    try:
        params = SearchParams.parse(request.query_params)
        context.update(params=params, filter_summary=filter_summary(params, names, lang))
        check_source(params.source, names)
        check_query_sources(params.q, names)
        wanted = params.values()
        if not set(request.query_params.keys()) <= set(wanted):
            # The form sends every field, the empty and default ones too: the address a journalist
            # copies into notes read "?q=春耕&source=&since=&until=&author=&sort=relevance&per_page=20".
            # The rest stay as typed (a date 2016年6月1日 is not rewritten under the journalist's eyes).
            kept = [(k, v) for k, v in request.query_params.multi_items() if k in wanted]
            return RedirectResponse(f"/?{urlencode(kept)}" if kept else "/", status_code=303)
        if params.active:
            # A page past the cap (page=1000 of 12 results, an edited link) is past the last page: the
            # page says so and links the last one; "narrow the search" is only for results past the cap.
            page = params.page if params.reachable else 1
            results = run_search(archive, params, limit=params.per_page, page=page, chart=True)
            if not params.reachable:
                if results.page.total > MAX_LIMIT:
                    raise params.unreachable()
                results.page.hits = []
            chart, legend = chart_parts(results, names, lang)
            context.update(
                results=results,
                # The downloads hold the first MAX_LIMIT results (``_export``): the page says so past it.
                export_limit=MAX_LIMIT,
                hits=[_hit_view(h, names, lang) for h in results.page.hits],
                earlier_hits=[_earlier_view(h, names, lang) for h in (results.page.earlier or _NONE).hits],
                chart=chart,
                legend=legend,
                facets=facet_lists(results.counts, params, names),
            )
    except (BadRequest, QueryError) as exc:
        field, sentence = field_error(exc, lang)
        context["errors"] = {field: sentence}
        return archive.render(request, "search.html", context, 400)
    return archive.render(request, "search.html", context)


def _export(request: Request) -> tuple[Results, dict[str, str]]:
    """Run the page's search for export: the first MAX_LIMIT results in the page's order."""
    archive = archive_of(request)
    params = SearchParams.parse(request.query_params)
    if not params.active:
        raise BadRequest("There is nothing to export: type words to search for, or an author.")
    with archive.sessions() as session:
        names = source_names(session)
    check_source(params.source, names)
    check_query_sources(params.q, names)
    return run_search(archive, params, limit=MAX_LIMIT, page=1, chart=False), names


def export_rows(results: Results, base: str = "") -> list[dict[str, Any]]:
    """Return the exported results in the CLI's shape (``indexer.export``): dates in the source's zone."""
    return [hit_record(hit, rank, base) for rank, hit in enumerate(results.page.hits, 1)]


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _attachment(ext: str) -> str:
    return f'attachment; filename="newsarchive-search.{ext}"'


def export_csv(request: Request) -> Response:
    """Download the search results as CSV (UTF-8 with a BOM, so spreadsheets read the Chinese)."""
    results, _ = _export(request)
    out = io.StringIO()
    write_csv(export_rows(results, _base(request)), out)
    headers = {
        "content-disposition": _attachment("csv"),
        "x-newsarchive-total": str(results.page.total),
        "x-newsarchive-missing": str(results.page.missing),
    }
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def export_json(request: Request) -> Response:
    """Download the search results as JSON: the query, its filters, the total and the hits."""
    results, _ = _export(request)
    params = results.params
    earlier = results.page.earlier
    body = {
        "query": params.q,
        "filters": {
            "source": params.source or None,
            "author": params.author or None,
            "since": params.since.isoformat() if params.since else None,
            "until": params.until.isoformat() if params.until else None,
            "page": params.paper_page or None,
        },
        "sort": params.sort,
        "copies": "all" if params.copies == "all" else "grouped",
        "total": results.page.total,
        "copies_total": results.page.copies,
        "mode": results.page.mode,
        "relaxed": results.page.relaxed,
        "partial": results.page.partial,
        "timed_out": results.page.timed_out,
        "missing": results.page.missing,
        "message": results.summary,
        "missing_note": missing_note(results.page.missing),
        # As `search --json`: an empty result may be empty only until `index update`.
        "index_behind": results.page.lag is not None,
        "index_behind_articles": results.page.lag.articles if results.page.lag is not None else None,
        "index_note": lag_note(results.page.lag),
        "typed": results.page.typed,
        "tried": results.page.tried,
        "each_term": [{"term": term, "articles": n} for term, n in results.page.each],
        "notes": results.all_notes,
        # Whole names holding an author that found nothing (author:王 -> 王五), as `search --json` says.
        "author_hints": results.author_hints,
        "author_names": [{"name": name, "articles": count} for name, count in results.author_names],
        "undated_left_out": results.undated_left_out,
        "hits": export_rows(results, _base(request)),
        # As `search --json`: what superseded versions hold (null: not searched), those listed (versions=1).
        "earlier_versions": earlier.counts() if earlier is not None else None,
        "earlier_hits": [earlier_record(h, _base(request)) for h in (earlier or _NONE).hits],
    }
    text = json.dumps(body, ensure_ascii=False, indent=1)
    headers = {"content-disposition": _attachment("json")}
    return Response(text, media_type="application/json; charset=utf-8", headers=headers)

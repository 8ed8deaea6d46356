"""The sources page: each paper's last crawl and its gap calendar (no edition, failed, never checked).

Built on :func:`webui.queries.source_health`, a read-only query over the
``editions`` and ``crawl_runs`` tables, until the scheduling work's health
report (``crawler/report/``) offers the same per-date view.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse

from webui.context import archive_of
from webui.params import NotFound
from webui.queries import source_health

OVERVIEW_MONTHS = 3


def sources(request: Request) -> HTMLResponse:
    """List every source with its last crawl, edition counts and the last few months' calendar."""
    archive = archive_of(request)
    with archive.sessions() as session:
        health = source_health(session, max_months=OVERVIEW_MONTHS)
    return archive.render(request, "sources.html", {"health": health, "detail": False, "year": None})


def _year(request: Request) -> int | None:
    """Return the ``year`` parameter (a four-digit year), None when absent; NotFound for anything else.

    As a date in an edition's address that is no date: a 404 saying what a year looks like (a 400 is
    the search form's "please change the search", which this page has no form for).
    """
    value = request.query_params.get("year", "")
    if not value:
        return None
    if len(value) != 4 or not value.isascii() or not value.isdigit():
        raise NotFound("There is no year %(year)s; a year is four digits, such as 2016.", year=value[:20])
    return int(value)


def source(request: Request) -> HTMLResponse:
    """Show one source's gap calendar (its last months, or ``?year=``'s) and its failed dates with reasons."""
    archive = archive_of(request)
    source_id = str(request.path_params["source_id"])
    year = _year(request)
    with archive.sessions() as session:
        health = source_health(session, [source_id], year=year)
    if not health:
        raise NotFound("There is no such paper in this archive.")
    if year is not None and year not in health[0].years:
        raise NotFound("This paper has no edition date recorded in %(year)s.", year=str(year))
    return archive.render(request, "sources.html", {"health": health, "detail": True, "year": year})

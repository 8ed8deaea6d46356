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
    return archive.render(request, "sources.html", {"health": health, "detail": False})


def source(request: Request) -> HTMLResponse:
    """Show one source's whole gap calendar and every failed date with its reason."""
    archive = archive_of(request)
    source_id = str(request.path_params["source_id"])
    with archive.sessions() as session:
        health = source_health(session, [source_id])
    if not health:
        raise NotFound("There is no such paper in this archive.")
    return archive.render(request, "sources.html", {"health": health, "detail": True})

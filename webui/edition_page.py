"""Browse like the paper: one edition's pages (版面) in order, one page's articles in print order.

``/sources/{source}/{date}`` lists every page of an edition with its name,
its PDF where the paper offered one, and its articles; ``.../{page}`` shows
one page with links to the previous and next page. Dates in the URL are ISO
(``2016-07-20``); anything else is a 404 with a sentence, never a traceback.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from archive.editions import covered_days, covered_note, misfiled_notes
from archive.errors import StoreError
from archive.items import (
    INCOMPLETE_PREFIX,
    UNSURE_PREFIX,
    is_incomplete,
    is_not_yet,
)
from archive.queries import source_names
from webui.browse_queries import PageView, edition_of, edition_pages, neighbour_editions, print_order
from webui.calendar_view import not_yet_parts
from webui.capture import read_capture
from webui.context import Archive, archive_of
from webui.params import NotFound

log = logging.getLogger("newsarchive.webui")


def _day(request: Request) -> date:
    text = str(request.path_params["day"])
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise NotFound(
            "There is no edition dated %(day)s; dates look like 2016-07-20.", day=text[:20]
        ) from None


def _ordered(archive: Archive, page: PageView) -> PageView:
    """Put a page's articles in print order from its capture (archive order when it cannot be read)."""
    if not page.has_capture or len(page.articles) < 2:
        return page
    try:
        raw = read_capture(archive.warc_root, page.warc_file, int(page.warc_offset or 0))
    except (StoreError, OSError, ValueError) as exc:
        log.warning("page capture %s unreadable: %s", page.warc_file, exc)
        return page
    page.articles = print_order(page.articles, raw.body, page.url or raw.url)
    return page


def _edition_context(archive: Archive, source_id: str, day: date) -> dict[str, Any]:
    with archive.sessions() as session:
        names = source_names(session)
        if source_id not in names:
            raise NotFound("There is no such paper in this archive.")
        edition = edition_of(session, source_id, day)
        pages, loose = edition_pages(session, source_id, day)
        # Articles an older crawl filed under a date found since to have no edition stay here: say
        # what their own pages date them (as the calendar and the report do), never hide or move them.
        strays = [day] if edition is not None and edition.status != "found" and (pages or loose) else []
        misfiled = misfiled_notes(session, source_id, strays).get(day, "")
        earlier, later = neighbour_editions(session, source_id, day)
        # A later day of a combined edition (合刊), checked or not, is covered by it, as the calendar and
        # the report say; a failed check stays failed (the site was down).
        span = covered_days(session, source_id, day, day).get(day)
        covered = span if span and (edition is None or edition.status == "no-edition") else None
    if edition is None and not pages and not loose and covered is None:
        # Never checked, so nothing is known of the day: say so (not "no edition"), and lead on to the
        # nearest archived editions and the calendar rather than leave a reader walking by date stuck.
        raise NotFound(
            "The archive has no edition of %(paper)s dated %(day)s. No crawl has checked this date yet.",
            nav={"source_id": source_id, "earlier": earlier, "later": later},
            paper=names[source_id],
            day=day,
        )
    return {
        "source_id": source_id,
        "source_name": names[source_id],
        "day": day,
        "edition": edition,
        # Checked on its own day with no edition yet: not "no edition" (the calendar's rule too).
        "not_yet": edition is not None and is_not_yet(edition.status, edition.reason),
        # Its check's time and what the site answered, said in the page's words (not the reason's).
        "not_yet_parts": not_yet_parts(edition.reason) if edition is not None else ("", ""),
        "misfiled": misfiled,
        # The combined edition's first day, and the calendar's tooltip (its range, then this day's check).
        "covered": covered[0] if covered else None,
        "covered_note": covered_note(covered, edition.reason if edition else "") if covered else "",
        # A found edition's note (the report's and the calendar's): missing parts, or a date unsure.
        "incomplete": edition is not None and is_incomplete(edition.status, edition.reason),
        "unsure": edition is not None
        and edition.status == "found"
        and edition.reason.startswith(UNSURE_PREFIX),
        # What that note adds after its own words ("incomplete: " and "date unsure: " are said by them).
        "found_note": edition.reason.removeprefix(INCOMPLETE_PREFIX).removeprefix(UNSURE_PREFIX)
        if edition is not None
        else "",
        "pages": [_ordered(archive, p) for p in pages],
        "loose": loose,
        "earlier": earlier,
        "later": later,
    }


def edition(request: Request) -> HTMLResponse:
    """Show one edition: its pages in order, each with its name, PDF and articles in print order."""
    archive = archive_of(request)
    context = _edition_context(archive, str(request.path_params["source_id"]), _day(request))
    return archive.render(request, "edition.html", context)


def page(request: Request) -> HTMLResponse:
    """Show one page (版面) of an edition with its articles and links to the neighbouring pages."""
    archive = archive_of(request)
    context = _edition_context(archive, str(request.path_params["source_id"]), _day(request))
    number = str(request.path_params["page"])
    pages: list[PageView] = context["pages"]
    at = next((i for i, p in enumerate(pages) if p.number == number), None)
    if at is None:
        raise NotFound("This edition has no page %(page)s.", page=number[:16])
    context.update(
        page=pages[at],
        previous_page=pages[at - 1] if at > 0 else None,
        next_page=pages[at + 1] if at + 1 < len(pages) else None,
    )
    return archive.render(request, "page.html", context)

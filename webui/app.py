"""Build the Starlette application: routes, security headers, error pages.

Archived pages are hostile input. Templates escape every string; on top of
that every response carries a Content-Security-Policy with no script source
at all, so markup that slipped through escaping still could not run a script.
Raw captures get their own policy (``sandbox``: an opaque origin, no scripts)
set by their handler, which this middleware leaves alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from archive.errors import CrawlerError
from archive.queries import source_names
from indexer.errors import IndexBusy, IndexerError, IndexMissing, IndexOutdated, QueryError
from webui import article_page, edition_page, feed, search_page, sources_page
from webui.context import Archive, archive_of
from webui.facet_view import field_error
from webui.gate import SearchGate
from webui.i18n import N_, gettext, negotiate
from webui.params import FORM_FIELDS, PER_PAGE_CHOICES, BadRequest, NotFound, form_values

log = logging.getLogger("newsarchive.webui")

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    # Following an archived link must not tell the paper's site what a journalist searched.
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class SecurityHeaders:
    """Add the page CSP (unless the handler set its own) and the other protective headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                    headers.append((b"x-frame-options", b"DENY"))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def wants_json(request: Request) -> bool:
    """Tell whether the request is for a machine endpoint (``/search.json``, ``.csv``, ``.atom``...).

    Those answer errors as JSON, with the same status: a script reading
    ``/search.json`` must not be handed an HTML page.
    """
    last = request.url.path.rsplit("/", 1)[-1]
    return "." in last and not last.endswith((".html", ".ico"))


def error_page(
    request: Request, status: int, message: str, field: str = "", nav: dict[str, Any] | None = None
) -> Response:
    """Answer an error: one sentence on the page (the search form filled in as submitted), or JSON."""
    if wants_json(request):
        body = {"error": {"status": status, "message": message, "field": field or None}}
        return JSONResponse(body, status_code=status)
    archive = archive_of(request)
    names: dict[str, str] = {}
    try:
        with archive.sessions() as session:
            names = source_names(session)
    except (SQLAlchemyError, CrawlerError):
        pass  # the page still answers; the paper list is left empty
    lang = negotiate(request)
    if field not in FORM_FIELDS and field != "page":
        # Only the search form's fields show a sentence beside them; any other (an article's
        # ?version=, a diff's from/to) is said on the page, or the page would give no reason.
        field = ""
    context = {
        "status": status,
        "message": message,
        "field": field,
        "title": gettext(lang, _TITLES.get(status, "Error %(status)s"), status=status),
        "names": names,
        "per_page_choices": PER_PAGE_CHOICES,
        "form": form_values(request.query_params),
        "errors": {field: message} if field else {},
        "filter_summary": "",
        "nav": nav,
    }
    return archive.render(request, "error.html", context, status)


_TITLES = {
    400: N_("Please change the search"),
    404: N_("Not found"),
    405: N_("Read-only archive"),
    500: N_("Server error"),
    503: N_("Not available right now"),
}
_HTTP_MESSAGES = {
    404: N_("There is no such page in this archive."),
    405: N_("This archive is read-only: pages can be viewed, nothing can be sent to it."),
}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    lang = negotiate(request)
    if isinstance(exc, NotFound):
        return error_page(request, 404, exc.sentence(lang), nav=exc.nav)
    # Starlette's own details are the bare status phrase ("Not Found"); ours are sentences.
    custom = exc.detail if exc.detail and exc.detail != HTTPStatus(exc.status_code).phrase else None
    message = custom or gettext(lang, _HTTP_MESSAGES.get(exc.status_code, "The request was refused."))
    response = error_page(request, exc.status_code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _bad_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BadRequest)
    lang = "en" if wants_json(request) else negotiate(request)
    return error_page(request, 400, exc.sentence(lang), exc.field)


async def _query_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, QueryError)
    lang = "en" if wants_json(request) else negotiate(request)
    field, sentence = field_error(exc, lang)
    return error_page(request, 400, sentence, field)


def _without_server_paths(request: Request, text: str) -> str:
    """Replace the data directory's absolute path in a message: pages do not show server paths."""
    home = archive_of(request).home
    for path in {str(home.resolve()), str(home.absolute())}:
        text = text.replace(path + "/", "").replace(path, "the data directory")
    return text


async def _index_error(request: Request, exc: Exception) -> Response:
    lang = "en" if wants_json(request) else negotiate(request)
    if isinstance(exc, IndexMissing):
        message = "There is no search index yet (run: newsarchive index rebuild)."
        return error_page(request, 503, gettext(lang, message))
    if isinstance(exc, IndexBusy):
        return error_page(
            request, 503, gettext(lang, "The search index is being rebuilt; try again in a moment.")
        )
    if isinstance(exc, IndexOutdated):  # said in the page's language, without the index's path
        reason = gettext(lang, exc.label, **exc.values)
        return error_page(
            request,
            503,
            gettext(
                lang,
                "The search index must be rebuilt: %(reason)s (run: newsarchive index rebuild).",
                reason=reason,
            ),
        )
    # An index to rebuild or repair: the operator's next step, so it is said as the indexer says it.
    reason = _without_server_paths(request, str(exc))
    return error_page(
        request, 503, gettext(lang, "The search index cannot be used: %(reason)s", reason=reason)
    )


async def _store_error(request: Request, exc: Exception) -> Response:
    log.warning("store error on %s: %s", request.url.path, exc)
    lang = "en" if wants_json(request) else negotiate(request)
    if isinstance(exc, CrawlerError):
        reason = _without_server_paths(request, str(exc))
        return error_page(
            request, 503, gettext(lang, "The archive cannot be read: %(reason)s", reason=reason)
        )
    message = "The archive database cannot be read right now; try again in a moment."
    return error_page(request, 503, gettext(lang, message))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    lang = "en" if wants_json(request) else negotiate(request)
    message = gettext(lang, "Something went wrong on the server; the error was logged.")
    response = error_page(request, 500, message)
    # Starlette answers this one outside the middleware stack, so the headers are set here.
    response.headers["content-security-policy"] = PAGE_CSP
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


async def favicon(request: Request) -> Response:
    """Answer the icon browsers ask for at the root (a week in their cache)."""
    return FileResponse(STATIC_DIR / "favicon.ico", headers={"cache-control": "public, max-age=604800"})


async def search_alias(request: Request) -> Response:
    """Send ``/search?q=...`` (where people and other archives look for it) to the search page at ``/``.

    The query string goes along unchanged, every repeated parameter included; 308 keeps the method.
    """
    return RedirectResponse(str(request.url_for("search").replace(query=request.url.query)), status_code=308)


def routes() -> list[Route | Mount]:
    """Return every route; all are GET (HEAD follows): the application has no write endpoint."""
    return [
        Route("/", search_page.search, name="search"),
        Route("/search", search_alias, name="search_alias"),
        Route("/search.csv", search_page.export_csv, name="search_csv"),
        Route("/search.json", search_page.export_json, name="search_json"),
        Route("/search.atom", feed.search_feed, name="search_atom"),
        Route("/opensearch.xml", feed.opensearch, name="opensearch"),
        Route("/article/{article_id:int}", article_page.article, name="article"),
        Route("/article/{article_id:int}.ris", article_page.cite_ris, name="cite_ris"),
        Route("/article/{article_id:int}.bib", article_page.cite_bibtex, name="cite_bibtex"),
        Route("/article/{article_id:int}.csl.json", article_page.cite_csl, name="cite_csl"),
        Route("/article/{article_id:int}/diff", article_page.diff, name="diff"),
        Route("/article/{article_id:int}/capture", article_page.capture_frame, name="capture"),
        Route("/article/{article_id:int}/capture.txt", article_page.capture_text, name="capture_text"),
        Route("/sources", sources_page.sources, name="sources"),
        Route("/sources/{source_id}", sources_page.source, name="source"),
        Route("/sources/{source_id}/{day}", edition_page.edition, name="edition"),
        Route("/sources/{source_id}/{day}/{page}", edition_page.page, name="edition_page"),
        Route("/favicon.ico", favicon, name="favicon"),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]


def create_app(
    home: str | Path | None = None,
    db_url: str | None = None,
    *,
    allowed_hosts: Sequence[str] | None = None,
    max_searches: int | None = None,
    search_queue: int | None = None,
) -> Starlette:
    """Create the web application for the archive in ``home`` (or ``db_url``).

    ``allowed_hosts`` limits the Host header (``serve`` passes the loopback
    names when bound to loopback, so a rebinding DNS name cannot reach it).
    ``max_searches`` and ``search_queue`` bound the searches running and
    waiting at once (:class:`webui.gate.SearchGate`; default: one per CPU, four
    waiting per running one).
    """
    archive = Archive.open(home, db_url)
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    middleware.append(Middleware(SearchGate, running=max_searches, waiting=search_queue))
    app = Starlette(
        routes=routes(),
        middleware=middleware,
        exception_handlers={
            HTTPException: _http_error,
            BadRequest: _bad_request,
            QueryError: _query_error,
            IndexerError: _index_error,
            CrawlerError: _store_error,
            SQLAlchemyError: _store_error,
            Exception: _unexpected,
        },
    )
    app.state.archive = archive
    return app

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

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from archive.errors import CrawlerError
from indexer.errors import IndexBusy, IndexerError, IndexMissing, QueryError
from webui import article_page, search_page, sources_page
from webui.context import Archive, archive_of
from webui.params import BadRequest

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


def error_page(request: Request, status: int, message: str) -> Response:
    """Render an error as a page with one sentence and the search form."""
    return archive_of(request).render(request, "error.html", {"status": status, "message": message}, status)


_HTTP_MESSAGES = {
    404: "There is no such page in this archive.",
    405: "This archive is read-only: pages can be viewed, nothing can be sent to it.",
}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    # Starlette's own details are the bare status phrase ("Not Found"); ours are sentences.
    custom = exc.detail if exc.detail and exc.detail != HTTPStatus(exc.status_code).phrase else None
    message = custom or _HTTP_MESSAGES.get(exc.status_code, "The request was refused.")
    return error_page(request, exc.status_code, message)


async def _bad_request(request: Request, exc: Exception) -> Response:
    return error_page(request, 400, str(exc))


async def _query_error(request: Request, exc: Exception) -> Response:
    text = str(exc)
    return error_page(request, 400, f"The query cannot be run: {text}.")


async def _index_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, IndexMissing):
        where = archive_of(request).index_path
        return error_page(
            request, 503, f"There is no search index yet at {where} (run: newsarchive index rebuild)."
        )
    if isinstance(exc, IndexBusy):
        return error_page(request, 503, "The search index is being rebuilt; try again in a moment.")
    # An index to rebuild or repair: the operator's next step, so it is said as the indexer says it.
    return error_page(request, 503, f"The search index cannot be used: {exc}")


async def _store_error(request: Request, exc: Exception) -> Response:
    log.warning("store error on %s: %s", request.url.path, exc)
    if isinstance(exc, CrawlerError):
        return error_page(request, 503, f"The archive cannot be read: {exc}")
    return error_page(request, 503, "The archive database cannot be read right now; try again in a moment.")


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    response = error_page(request, 500, "Something went wrong on the server; the error was logged.")
    # Starlette answers this one outside the middleware stack, so the headers are set here.
    response.headers["content-security-policy"] = PAGE_CSP
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


def routes() -> list[Route | Mount]:
    """Return every route; all are GET (HEAD follows): the application has no write endpoint."""
    return [
        Route("/", search_page.search, name="search"),
        Route("/search.csv", search_page.export_csv, name="search_csv"),
        Route("/search.json", search_page.export_json, name="search_json"),
        Route("/article/{article_id:int}", article_page.article, name="article"),
        Route("/article/{article_id:int}/diff", article_page.diff, name="diff"),
        Route("/article/{article_id:int}/capture", article_page.capture_frame, name="capture"),
        Route("/article/{article_id:int}/capture.txt", article_page.capture_text, name="capture_text"),
        Route("/sources", sources_page.sources, name="sources"),
        Route("/sources/{source_id}", sources_page.source, name="source"),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]


def create_app(
    home: str | Path | None = None,
    db_url: str | None = None,
    *,
    allowed_hosts: Sequence[str] | None = None,
) -> Starlette:
    """Create the web application for the archive in ``home`` (or ``db_url``).

    ``allowed_hosts`` limits the Host header (``serve`` passes the loopback
    names when bound to loopback, so a rebinding DNS name cannot reach it).
    """
    archive = Archive.open(home, db_url)
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
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

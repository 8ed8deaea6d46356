"""Bound the searches the web server runs at once; answer overload with 503 and ``Retry-After``.

A search is CPU work under one interpreter lock. Without a bound, 200
clients at once meant 40 searches sharing the CPU in the thread pool: each
took 40 times longer, the queued ones ran past their time budget, and the
page answered 400 "the search took too long" for plain queries, blaming the
user. Here at most ``running`` searches run at once and at most ``waiting``
wait (in the event loop, holding no thread); a search starts its time budget
when it starts running, so waiting never counts against it. A request that
finds the queue full, or waits longer than ``max_wait`` seconds, is answered
503 with ``Retry-After`` (an estimate from recent search times): the server is
busy, the query was fine.

Only searches are gated (``/``, ``/search.csv``, ``/search.json``,
``/search.atom`` with a query string); article and source pages are cheap
database reads and pass freely.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import time

from starlette.types import ASGIApp, Receive, Scope, Send

from webui.i18n import gettext, negotiate

SEARCH_PATHS = frozenset({"/", "/search.csv", "/search.json", "/search.atom"})
DEFAULT_RUNNING = max(1, os.cpu_count() or 1)
DEFAULT_WAITING_PER_SLOT = 4
DEFAULT_MAX_WAIT = 10.0
BUSY_MESSAGE = "The archive is busy with other searches; try again in %(seconds)s seconds."


def _is_search(scope: Scope) -> bool:
    return scope["type"] == "http" and scope["path"] in SEARCH_PATHS and bool(scope.get("query_string"))


class SearchGate:
    """ASGI middleware: a bounded queue in front of the searches (see the module docstring)."""

    def __init__(
        self,
        app: ASGIApp,
        running: int | None = None,
        waiting: int | None = None,
        max_wait: float = DEFAULT_MAX_WAIT,
    ) -> None:
        self.app = app
        self.running = running or DEFAULT_RUNNING
        self.waiting = self.running * DEFAULT_WAITING_PER_SLOT if waiting is None else waiting
        self.max_wait = max_wait
        self._slots = asyncio.Semaphore(self.running)
        self._queued = 0
        self._seconds = 0.2  # moving average of a search's time, for Retry-After

    def retry_after(self) -> int:
        """Return the seconds a refused client should wait: the queue ahead of it, at the recent pace."""
        return max(1, min(60, math.ceil((self._queued + self.running) * self._seconds / self.running)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _is_search(scope):
            await self.app(scope, receive, send)
            return
        if self._slots.locked() and self._queued >= self.waiting:
            await self._busy(scope, send)
            return
        self._queued += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self.max_wait)
        except TimeoutError:
            await self._busy(scope, send)
            return
        finally:
            self._queued -= 1
        started = time.monotonic()
        try:
            await self.app(scope, receive, send)
        finally:
            self._slots.release()
            self._seconds = 0.8 * self._seconds + 0.2 * (time.monotonic() - started)

    async def _busy(self, scope: Scope, send: Send) -> None:
        """Answer 503 with Retry-After: JSON for the machine endpoints, a short page otherwise."""
        from starlette.requests import Request

        seconds = self.retry_after()
        request = Request(scope)
        machine = scope["path"] != "/"
        lang = "en" if machine else negotiate(request)
        message = gettext(lang, BUSY_MESSAGE, seconds=seconds)
        if machine:
            body = json.dumps(
                {"error": {"status": 503, "message": message, "field": None}}, ensure_ascii=False
            )
            content_type = b"application/json"
        else:
            body = (
                f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><title>503</title><p>{message}</p>'
            )
            content_type = b"text/html; charset=utf-8"
        data = body.encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(data)).encode()),
                    (b"retry-after", str(seconds).encode()),
                    (b"cache-control", b"no-store"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

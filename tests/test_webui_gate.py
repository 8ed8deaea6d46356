"""The search gate: a bounded queue in front of searches, 503 + Retry-After on overload, never 400."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from starlette.types import Receive, Scope, Send

from archive.schema import open_store
from webui.app import create_app
from webui.gate import SearchGate


class Blocking:
    """An inner app whose searches finish only when the test says so."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.release = asyncio.Event()
        self.entered = asyncio.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.started.append(scope["path"])
        self.entered.set()
        if scope.get("query_string"):
            await self.release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


async def call(app: Any, path: str, query: bytes = b"q=x") -> tuple[int, dict[bytes, bytes], bytes]:
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {"type": "http", "path": path, "query_string": query, "headers": [], "method": "GET"}
    await app(scope, receive, send)
    return messages[0]["status"], dict(messages[0]["headers"]), messages[1]["body"]


def test_full_queue_answers_503_with_retry_after() -> None:
    async def scenario() -> None:
        inner = Blocking()
        gate = SearchGate(inner, running=1, waiting=1)
        first = asyncio.create_task(call(gate, "/"))
        await inner.entered.wait()  # running
        second = asyncio.create_task(call(gate, "/search.json"))
        while gate._queued < 1:  # queued behind the first
            await asyncio.sleep(0)
        status, headers, body = await call(gate, "/search.json")
        assert status == 503 and int(headers[b"retry-after"]) >= 1
        assert json.loads(body)["error"]["message"].startswith("The archive is busy with other searches")
        status, headers, body = await call(gate, "/")
        assert status == 503 and headers[b"content-type"].startswith(b"text/html")
        # Pages that are not searches pass while the searches queue.
        assert (await call(gate, "/article/1", b""))[0] == 200
        assert (await call(gate, "/", b""))[0] == 200  # the empty form
        inner.release.set()
        assert (await first)[0] == 200 and (await second)[0] == 200
        assert inner.started.count("/search.json") == 1

    asyncio.run(scenario())


def test_waiting_too_long_is_503_and_the_slot_is_not_lost() -> None:
    async def scenario() -> None:
        inner = Blocking()
        gate = SearchGate(inner, running=1, waiting=5, max_wait=0.01)
        first = asyncio.create_task(call(gate, "/"))
        await inner.entered.wait()
        assert (await call(gate, "/"))[0] == 503  # never got the slot within max_wait
        inner.release.set()
        assert (await first)[0] == 200
        assert (await call(gate, "/"))[0] == 200  # the slot came back
        assert gate._queued == 0

    asyncio.run(scenario())


def test_the_app_is_gated(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'archive.sqlite3'}"):
        pass
    app = create_app(tmp_path, max_searches=3, search_queue=4)
    (gate,) = [m for m in app.user_middleware if m.cls is SearchGate]
    assert gate.kwargs == {"running": 3, "waiting": 4}

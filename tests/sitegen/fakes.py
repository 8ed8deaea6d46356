"""Minimal stand-ins for a running crawler, for unit tests of downloader middlewares."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from scrapy.settings import Settings


class FakeStats:
    """The part of Scrapy's stats collector middlewares use."""

    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] += count

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class FakeEngine:
    """An engine whose downloads are answered by ``answer(request)`` and recorded."""

    def __init__(self, answer: Callable[[Any], Any]) -> None:
        self.answer = answer
        self.requests: list[Any] = []

    async def download_async(self, request: Any) -> Any:
        self.requests.append(request)
        result = self.answer(request)
        if isinstance(result, Exception):
            raise result
        return result


def fake_crawler(settings: dict[str, Any] | None = None, answer: Callable[[Any], Any] | None = None) -> Any:
    """Return an object with the ``settings``, ``stats``, ``engine`` and ``spider`` middlewares read."""
    full = Settings()
    full.setmodule("crawler.settings", priority="project")
    full.setdict(settings or {}, priority="cmdline")
    return SimpleNamespace(
        settings=full, stats=FakeStats(), spider=None, engine=FakeEngine(answer or (lambda request: None))
    )

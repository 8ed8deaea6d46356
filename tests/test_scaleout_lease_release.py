"""A worker forgets a failed request's lease once it is acknowledged.

The leases whose errback output the middleware tracks (``by_errback``) were
released only when an HTTP error's output came back through the spider
middlewares, or when the worker went idle: a download error's output never
does, so a busy worker kept one token per failed page for its whole run.
No Redis here: the scheduler's acks are recorded.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from scrapy import Request
from scrapy.http import Response
from twisted.internet.error import ConnectionRefusedError
from twisted.python.failure import Failure

from crawler.scaleout.keys import QueueKeys
from crawler.scaleout.leases import LEASE
from crawler.scaleout.middleware import LeaseMiddleware


def _middleware() -> tuple[LeaseMiddleware, list[str]]:
    acks: list[str] = []
    mw = LeaseMiddleware(SimpleNamespace(), server=None, keys=QueueKeys("test"), worker="w1", idle_timeout=1)  # type: ignore[arg-type]
    mw._scheduler = lambda: SimpleNamespace(ack=acks.append)  # type: ignore[method-assign]
    return mw, acks


def _failed(token: str) -> Failure:
    failure = Failure(ConnectionRefusedError())
    failure.request = Request(f"http://paper.test/{token}", meta={LEASE: token})  # type: ignore[attr-defined]
    return failure


def test_a_download_errors_lease_is_released_when_acknowledged() -> None:
    mw, acks = _middleware()
    for n in range(100):  # nothing yielded: acknowledged at once
        assert list(mw.errback_output(_failed(f"t{n}"), None)) == []
    assert len(acks) == 100
    assert mw.by_errback == set()


def test_a_download_errors_lease_with_an_item_is_released_once_the_item_is_stored() -> None:
    mw, acks = _middleware()
    failure = _failed("t1")
    item: dict[str, Any] = {"missing": "edition"}
    assert list(mw.errback_output(failure, [item])) == [item]
    assert acks == [] and mw.by_errback == {"t1"}  # held until its item is stored
    mw.item_done(item, response=failure)
    assert acks == ["t1"]
    assert (mw.by_errback, mw.items, mw.done_output) == (set(), {}, set())


def test_an_http_errors_output_through_the_spider_middlewares_is_acknowledged_once() -> None:
    mw, acks = _middleware()
    failure = _failed("t2")
    response = Response("http://paper.test/t2", status=500, request=failure.request)  # type: ignore[attr-defined]
    assert list(mw.process_spider_output(response, mw.errback_output(failure, None))) == []
    assert acks == ["t2"]
    assert mw.by_errback == set()

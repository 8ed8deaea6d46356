"""robots.txt per RFC 9309: a 5xx or unreachable robots.txt disallows everything until re-checked."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, TextResponse
from sitegen.fakes import fake_crawler

from crawler.middlewares.robots import RobotsTxtMiddleware, verdict_for_status


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _middleware(
    answers: list[Any], recheck: float = 60.0, max_age: float = 3600.0
) -> tuple[RobotsTxtMiddleware, Clock]:
    replies = iter(answers)

    def answer(request: Request) -> Any:
        reply = next(replies)
        if isinstance(reply, Exception):
            return reply
        status, body = reply
        return TextResponse(request.url, status=status, body=body.encode(), request=request)

    clock = Clock()
    return RobotsTxtMiddleware(fake_crawler(answer=answer), recheck, max_age, clock), clock


def _allowed(mw: RobotsTxtMiddleware, url: str) -> bool:
    try:
        asyncio.run(mw.process_request(Request(url)))
    except IgnoreRequest:
        return False
    return True


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (200, "rules"),
        (204, "rules"),
        (404, "allow"),
        (401, "allow"),
        (403, "allow"),
        (429, "disallow"),
        (500, "disallow"),
        (503, "disallow"),
        (302, "disallow"),
    ],
)
def test_status_verdicts_follow_rfc_9309(status: int, verdict: str) -> None:
    assert verdict_for_status(status) == verdict


def test_a_5xx_disallows_everything_then_robots_is_fetched_again() -> None:
    mw, clock = _middleware(
        [(503, "User-agent: *\nAllow: /\n"), (200, "User-agent: *\nDisallow: /private/\n")]
    )
    assert not _allowed(mw, "http://paper.test/a.htm")  # the 5xx body is not read as rules
    assert not _allowed(mw, "http://paper.test/b.htm")  # still within the re-check interval: no new fetch
    assert len(mw.crawler.engine.requests) == 1
    assert mw.crawler.stats.values["newsarchive/failed/robots_unavailable"] == 2
    clock.now += 61
    assert _allowed(mw, "http://paper.test/a.htm")
    assert not _allowed(mw, "http://paper.test/private/x.htm")
    assert len(mw.crawler.engine.requests) == 2
    assert mw.crawler.stats.values["newsarchive/skipped/robots"] == 1


def test_an_unreachable_robots_txt_disallows_everything() -> None:
    mw, _ = _middleware([ConnectionRefusedError("Connection was refused by other side: 111: refused.")])
    assert not _allowed(mw, "http://paper.test/a.htm")
    # Its reason (an edition's failure in the report) says why, not the exception's class name.
    with pytest.raises(IgnoreRequest) as refused:
        asyncio.run(mw.process_request(Request("http://paper.test/b.htm")))
    assert str(refused.value) == (
        "robots.txt unavailable (Connection was refused by other side: 111: refused): "
        "nothing allowed until re-checked"
    )


def test_a_4xx_means_no_rules() -> None:
    mw, _ = _middleware([(404, "<html>not found</html>")])
    assert _allowed(mw, "http://paper.test/private/a.htm")


def test_rules_are_fetched_once_per_host_and_expire() -> None:
    mw, clock = _middleware([(200, "User-agent: *\nDisallow: /x/\n")] * 2 + [(200, "")])
    assert _allowed(mw, "http://a.test/ok.htm") and not _allowed(mw, "http://a.test/x/1.htm")
    assert _allowed(mw, "http://b.test/ok.htm")
    assert [r.url for r in mw.crawler.engine.requests] == [
        "http://a.test/robots.txt",
        "http://b.test/robots.txt",
    ]
    clock.now += 3601
    assert _allowed(mw, "http://a.test/x/1.htm")  # re-fetched: the new robots.txt is empty
    assert len(mw.crawler.engine.requests) == 3


def test_concurrent_requests_share_one_fetch() -> None:
    mw, _ = _middleware([(200, "User-agent: *\nDisallow: /x/\n")])

    async def both() -> list[Any]:
        return await asyncio.gather(
            mw.process_request(Request("http://a.test/1.htm")),
            mw.process_request(Request("http://a.test/x/2.htm")),
            return_exceptions=True,
        )

    first, second = asyncio.run(both())
    assert first is None and isinstance(second, IgnoreRequest)
    assert len(mw.crawler.engine.requests) == 1


def test_robots_requests_themselves_pass() -> None:
    mw, _ = _middleware([])
    assert (
        asyncio.run(
            mw.process_request(Request("http://a.test/robots.txt", meta={"dont_obey_robotstxt": True}))
        )
        is None
    )

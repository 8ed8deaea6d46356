"""The hostile site's misbehaving URLs, and the counter each must end up under.

A case's ``path`` is served by :mod:`hostile.server` on the main host (or, for
``host="robots503"``, on a second port whose robots.txt answers 503). ``reason``
is the crawl-run counter a correct crawl files the page under, exactly once.
Cases with an empty reason are refused before any page is fetched (see
``refused``) or end in a way counted by another key (see the test).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """One hostile URL: where it is, what it does, which counter it belongs under."""

    path: str
    does: str
    reason: str
    host: str = "main"  # "main" or "robots503"


# Size of the bombs once decoded, and of the endless chunked page: far above any sane cap.
BOMB_SIZE = 64 * 1024 * 1024
HUGE_SIZE = 200 * 1024 * 1024

CASES: tuple[Case, ...] = (
    # Bodies cut short.
    Case(
        "/hostile/content_short_length.html", "Content-Length 4 KiB above the bytes sent", "failed/truncated"
    ),
    Case(
        "/hostile/content_dropped_chunked.html",
        "chunked body, connection dropped mid-chunk",
        "failed/truncated",
    ),
    Case(
        "/hostile/content_dropped_nolength.html",
        "no Content-Length, dropped before </html>",
        "failed/truncated",
    ),
    Case(
        "/hostile/content_half_gzip.html",
        "half a gzip stream, Content-Length matching the cut",
        "failed/truncated",
    ),
    # Slow, broken or empty bodies.
    Case("/hostile/content_stall.html", "headers, 100 bytes, then silence", "failed/timeout"),
    Case("/hostile/content_reset.html", "connection closed before any response", "failed/connection"),
    Case("/hostile/content_undecodable.html", "random bytes served as text/html", "failed/undecodable"),
    Case(
        "/hostile/content_deep_nesting.html",
        "50,000 unclosed nested elements, no text",
        "skipped/not_article",
    ),
    Case("/hostile/content_empty.html", "HTTP 200 with an empty body", "skipped/not_article"),
    Case(
        "/hostile/content_soft404.html",
        "the paper's own 'page not found' template, sent with HTTP 200",
        "failed/error_page",
    ),
    # Server errors and rate limits (retried, then given up).
    Case("/hostile/content_http500.html", "HTTP 500", "failed/http_500"),
    Case("/hostile/content_http500_retry_after.html", "HTTP 500 with Retry-After: 1", "failed/http_500"),
    Case("/hostile/content_http503.html", "HTTP 503", "failed/http_503"),
    Case("/hostile/content_http503_retry_after.html", "HTTP 503 with Retry-After: 1", "failed/http_503"),
    Case("/hostile/content_http503_retry_later.html", "HTTP 503 with Retry-After: 86400", "failed/http_503"),
    Case("/hostile/content_http429.html", "HTTP 429 with Retry-After: 1", "failed/http_429"),
    # Redirects that go nowhere good.
    Case(
        "/hostile/content_loop_a.html", "302 to content_loop_b, which redirects back", "failed/redirect_loop"
    ),
    Case(
        "/hostile/content_chain.html", "302 to /hostile/chain/1, /2, ... without end", "failed/redirect_loop"
    ),
    Case(
        "/hostile/content_to_login.html",
        "302 to the site's login page (an article-looking page naming the article in its query)",
        "failed/redirected",
    ),
    Case("/hostile/content_to_private.html", "302 to http://10.20.30.40/", "refused/address"),
    Case(
        "/hostile/content_to_private_name.html",
        "302 to a name the stub resolves to 10.20.30.40",
        "refused/address",
    ),
    Case(
        "/hostile/content_to_loopback_alias.html",
        "302 to 127.0.0.2, loopback outside the allowlist",
        "refused/address",
    ),
    # Bombs and giants.
    Case("/hostile/content_gzip_bomb.html", "gzip body inflating to 64 MiB", "failed/too_large"),
    Case("/hostile/content_deflate_bomb.html", "deflate body inflating to 64 MiB", "failed/too_large"),
    Case("/hostile/content_br_bomb.html", "brotli body inflating to 64 MiB", "failed/too_large"),
    # Cut off at the size cap; Scrapy then hands over the cut body flagged "dataloss".
    Case("/hostile/content_huge_chunked.html", "200 MB chunked page, streamed", "failed/truncated"),
    Case("/hostile/content_huge_declared.html", "Content-Length: 200 MB", "failed/too_large"),
    # A host whose robots.txt answers 503: nothing on it may be fetched.
    Case(
        "/hostile/content_robots503.html",
        "on a host whose robots.txt answers 503",
        "failed/robots_unavailable",
        host="robots503",
    ),
)

PRIVATE_NAME = "intranet.internal.test"  # tests/sitegen/resolvers.py maps *.internal.test to 10.20.30.40
CALENDAR = "/news/cal/d{n}.html"  # overrides the generated site's finite calendar with an endless one


def hostile_index(robots503_base: str, variants: list[str], extra: list[str]) -> str:
    """Return the listing linking every case, ``extra``, and copies of ``variants`` (mobile, print, utm_)."""
    links = [case.path if case.host == "main" else robots503_base + case.path for case in CASES] + extra
    for path in variants:
        links += [
            f"/m{path}",
            f"/print{path}",
            f"{path}?utm_source=wechat&utm_medium=hostile",
            f"{path}?div=-1&utm_campaign=x",
        ]
    items = "\n".join(f'<li><a href="{href}">hostile {n}</a></li>' for n, href in enumerate(links))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>hostile</title></head>\n'
        f'<body><ul>{items}</ul><a href="{CALENDAR.format(n=0)}">往期</a></body></html>\n'
    )

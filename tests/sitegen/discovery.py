"""Discovery documents of a generated site: sitemaps (index, per date, gzipped, Google News) and listings.

Sitemaps and feeds hold root-relative URLs because the server's port is not
known when the site is written; the parsers resolve them against the
document's own URL, as they do for absolute ones.
"""

from __future__ import annotations

import gzip
from datetime import date
from typing import TYPE_CHECKING, Protocol

from . import pages

if TYPE_CHECKING:
    from .build import ArticleTruth

PAPER = "白城日报（测试）"
LISTING_PAGE_SIZE = 20
TRAP_LENGTH = 40


class Writer(Protocol):
    """Where site files go (``build._Writer``)."""

    def write(self, path: str, data: bytes | str, encoding: str = "utf-8") -> None: ...


def write_sitemaps(out: Writer, articles: list[ArticleTruth], days: list[date]) -> dict[str, str]:
    children: list[tuple[str, date]] = []
    for i, day in enumerate(days):
        entries = [(a.path, day) for a in articles if a.date == day.isoformat()]
        if not entries:
            continue
        xml = pages.urlset(entries)
        if i == len(days) - 1:  # the newest one gzipped, as big sites do
            child = f"/sitemaps/{day.isoformat()}.xml.gz"
            out.write(child, gzip.compress(xml.encode("utf-8")))
        else:
            child = f"/sitemaps/{day.isoformat()}.xml"
            out.write(child, xml)
        children.append((child, day))
    out.write("/sitemap_index.xml", pages.sitemap_index(children))
    news = [(a.path, date.fromisoformat(a.date), a.title) for a in articles]
    out.write("/sitemap_news.xml", pages.news_sitemap(news, PAPER))
    return {"index": "/sitemap_index.xml", "news": "/sitemap_news.xml"}


def write_listing(out: Writer, articles: list[ArticleTruth]) -> dict[str, str]:
    chunks = [articles[i : i + LISTING_PAGE_SIZE] for i in range(0, len(articles), LISTING_PAGE_SIZE)] or [[]]
    pager = [f"/news/list_{n + 1}.html" for n in range(len(chunks))]
    trap = (
        '<div class="calendar"><a href="/news/cal/d0.html">往期</a> '
        '<a href="/private/content_1.htm">内部</a></div>'
    )
    for n, chunk in enumerate(chunks):
        links = [(a.path, a.title) for a in chunk]
        out.write(
            pager[n],
            pages.listing_page(
                title=f"新闻列表 {n + 1}", links=links, pager=pager, extra=trap if n == 0 else ""
            ),
        )
    for n in range(TRAP_LENGTH):  # a calendar trap: every day links to the day before, forever
        out.write(
            f"/news/cal/d{n}.html",
            pages.listing_page(title=f"往期 {n}", links=[], pager=[f"/news/cal/d{n + 1}.html"]),
        )
    return {"start": pager[0], "trap": "/news/cal/d0.html"}

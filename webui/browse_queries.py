"""Read-only queries for browsing the archive like the paper: edition -> pages (版面) -> articles.

An article belongs to a page by (source, edition date, page number), the
keys the e-paper spider gives both. Print order on a page is the order of
the article links in the page as captured (its WARC record) when there is
one, else the order the archive first saw the articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.models import Article, Edition, Page

_HREF = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
MAX_LINKS = 2000


@dataclass(frozen=True)
class ArticleLine:
    """One article as an edition page lists it."""

    id: int
    title: str
    lead_title: str
    subtitle: str
    authors: tuple[str, ...]
    url: str


@dataclass
class PageView:
    """One page (版面) of an edition and its articles in print order."""

    number: str
    name: str
    url: str
    pdf_url: str
    page_id: int | None
    articles: list[ArticleLine] = field(default_factory=list)
    warc_file: str = ""
    warc_offset: int | None = None

    @property
    def has_capture(self) -> bool:
        """Tell whether the page itself was captured (its links give the print order)."""
        return bool(self.warc_file) and self.warc_offset is not None


def page_sort_key(number: str) -> tuple[int, int, str]:
    """Order page numbers as printed: 2 before 10, "A3" after "A2", letters-only last."""
    digits = re.search(r"\d+", number)
    prefix = number[: digits.start()] if digits else number
    return (0 if digits else 1, int(digits.group()) if digits else 0, prefix)


def edition_of(session: Session, source_id: str, day: date) -> Edition | None:
    """Return the edition row of a source for a date (None when the date was never checked)."""
    return session.scalars(
        select(Edition).where(Edition.source_id == source_id, Edition.edition_date == day)
    ).one_or_none()


def neighbour_editions(session: Session, source_id: str, day: date) -> tuple[date | None, date | None]:
    """Return the nearest earlier and later dates with a found edition or an article (None at the ends)."""
    found = (Edition.source_id == source_id) & (Edition.status == "found")
    before = session.scalar(select(func.max(Edition.edition_date)).where(found, Edition.edition_date < day))
    after = session.scalar(select(func.min(Edition.edition_date)).where(found, Edition.edition_date > day))
    own = Article.source_id == source_id
    a_before = session.scalar(select(func.max(Article.edition_date)).where(own, Article.edition_date < day))
    a_after = session.scalar(select(func.min(Article.edition_date)).where(own, Article.edition_date > day))
    earlier = max((d for d in (before, a_before) if d), default=None)
    later = min((d for d in (after, a_after) if d), default=None)
    return earlier, later


def _link_order(html: bytes, base: str) -> dict[str, int]:
    """Return each linked URL's first position in a captured page (path and query, host ignored)."""
    order: dict[str, int] = {}
    for match in _HREF.finditer(html[:2_000_000]):
        if len(order) >= MAX_LINKS:
            break
        raw = match.group(1).decode("utf-8", "replace").replace("&amp;", "&")
        try:
            parts = urlsplit(urljoin(base, raw))
        except ValueError:
            continue
        order.setdefault(_url_key(parts.path, parts.query), len(order))
    return order


def _url_key(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path


def print_order(articles: list[ArticleLine], capture: bytes | None, base: str) -> list[ArticleLine]:
    """Order a page's articles as its captured page links them; unlinked ones keep their order, after."""
    if not capture:
        return articles
    order = _link_order(capture, base)

    def key(pair: tuple[int, ArticleLine]) -> tuple[int, int]:
        index, line = pair
        try:
            parts = urlsplit(line.url)
        except ValueError:
            return (MAX_LINKS + 1, index)
        return (order.get(_url_key(parts.path, parts.query), MAX_LINKS + 1), index)

    return [line for _, line in sorted(enumerate(articles), key=key)]


def edition_pages(session: Session, source_id: str, day: date) -> tuple[list[PageView], list[ArticleLine]]:
    """Return an edition's pages in order with their articles, and the articles on no known page.

    Articles are in the order the archive first saw them; :func:`print_order`
    puts a page's in print order from its capture.
    """
    edition = edition_of(session, source_id, day)
    pages: dict[str, PageView] = {}
    if edition is not None:
        for row in session.scalars(select(Page).where(Page.edition_id == edition.id)):
            pages[row.number] = PageView(
                row.number,
                row.name,
                row.url,
                row.pdf_url,
                row.id,
                warc_file=row.warc_file,
                warc_offset=row.warc_offset,
            )
    rows = session.execute(
        select(
            Article.id,
            Article.title,
            Article.lead_title,
            Article.subtitle,
            Article.authors,
            Article.url,
            Article.page_number,
            Article.section,
        )
        .where(Article.source_id == source_id, Article.edition_date == day)
        .order_by(Article.first_seen, Article.id)
    )
    loose: list[ArticleLine] = []
    by_page: dict[str, list[ArticleLine]] = defaultdict(list)
    for id_, title, lead, sub, authors, url, number, section in rows:
        line = ArticleLine(id_, title, lead, sub, tuple(authors or ()), url)
        if number and number not in pages:
            # A page seen only through its articles (its own row was not recorded): still a page.
            pages[number] = PageView(number, section or "", "", "", None)
        (by_page[number] if number else loose).append(line)
    for number, view in pages.items():
        view.articles = by_page.get(number, [])
    ordered = sorted(pages.values(), key=lambda p: page_sort_key(p.number))
    return ordered, loose

"""Parse e-paper edition pages (版面): page list, article links, PDF, page name.

Founder (方正翔宇) e-papers, the most common system in Chinese regional papers,
lay out each page as ``node_N.htm`` (old family, ``html/YYYY-MM/DD/``) or
``node_NN.html`` (new family, ``pc/layout/YYYYMM/DD/``) linking to
``content_ID.htm(l)`` articles. Footers link to the paper's own site, so links
are kept only when they match the source's patterns and stay on the edition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.extract.edition_dates import combined_lines, date_lines, link_dates, url_dates
from crawler.urls import canonicalize_url

DEFAULT_ARTICLE_PATTERNS = (r"content_[\w-]+\.html?",)
DEFAULT_PAGE_PATTERNS = (r"node_[\w-]+\.html?",)
_PAGE_LABEL_RE = re.compile(r"第?\s*([A-Za-z]?\d{1,3}[A-Za-z]?)\s*版\s*[:：]?\s*(.*)")
# A page's own printed label, the whole text of a header element: 第02版：综合, 第02版 综合, A2版：要闻, 02版.
_PRINTED_LABEL_RE = re.compile(r"第?\s*[A-Za-z]?\d{1,3}[A-Za-z]?\s*版(?:\s*[:：]?\s*\S.{0,20})?")
# The same label ending a page's title after the paper's name: 某某日报-第02版：综合.
_TITLE_LABEL_RE = re.compile(r"(?:^|[-_|—\s])(第?\s*[A-Za-z]?\d{1,3}[A-Za-z]?\s*版[^-_|—]*)")


@dataclass
class Link:
    """A link found on an edition page, with its text."""

    url: str
    text: str = ""


@dataclass
class EditionPage:
    """What one edition page shows."""

    url: str
    number: str = ""
    name: str = ""
    pdf_url: str = ""
    pages: list[Link] = field(default_factory=list)
    articles: list[Link] = field(default_factory=list)
    # The dates the page names for itself: its date lines, then its edition links' dates as written
    # (see crawler.extract.edition_dates); each with where it says so.
    dates: list[tuple[date, str]] = field(default_factory=list)
    # A combined edition (合刊): the first and last day its date line names, and that line. Its first
    # day also leads ``dates`` (the date the paper prints it under).
    combined: tuple[date, date, str] | None = None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _same_edition(page_url: str, link_url: str) -> bool:
    """Keep links on the same host whose directory is the edition's or a sibling of it.

    The old Founder family keeps node and content pages in one directory; the
    new one puts them in ``layout/`` and ``content/`` directories that share
    the date part of the path.
    """
    page, link = urlsplit(page_url), urlsplit(link_url)
    if page.netloc != link.netloc:
        return False
    page_dir = page.path.rsplit("/", 1)[0]
    link_dir = link.path.rsplit("/", 1)[0]
    if page_dir == link_dir:
        return True
    date_part = re.search(r"\d{4}-?\d{2}/?\d{2}", page_dir)
    return bool(date_part and date_part.group(0) in link_dir)


def _matches(url: str, patterns: Sequence[str]) -> bool:
    return any(re.search(p, url) for p in patterns)


def parse_label(text: str) -> tuple[str, str]:
    """Split a page label such as ``第01版：今日要闻`` into ``("01", "今日要闻")``."""
    match = _PAGE_LABEL_RE.search(_clean(text))
    if not match:
        return "", _clean(text)
    return match.group(1), match.group(2).replace(" ", "")


def printed_label(sel: Selector) -> tuple[str, str]:
    """Read the label a page prints for itself, for a page its own page list leaves out.

    Named by its URL (``node_02.html``) instead, the page was listed, reported and cited under a
    number the paper never printed. Only an element holding no link (下一版, the page list, an
    article's headline) whose whole text is a label counts, then the page title's tail.
    """
    for node in sel.xpath("//body//*[not(ancestor-or-self::a or .//a or self::script or self::style)]"):
        text = _clean(node.xpath("string(.)").get() or "")
        if len(text) <= 32 and _PRINTED_LABEL_RE.fullmatch(text):
            return parse_label(text)
    title = _TITLE_LABEL_RE.search(_clean(sel.xpath("string(//title)").get() or ""))
    return parse_label(title.group(1)) if title else ("", "")


def parse_edition_page(
    url: str,
    html: str,
    *,
    article_patterns: Sequence[str] = (),
    page_patterns: Sequence[str] = (),
    with_dates: bool = True,
    near: date | None = None,
) -> EditionPage:
    """Parse one edition page into its page links, article links, PDF and label.

    ``with_dates`` (the default) also reads the dates the page names for itself
    (``EditionPage.dates``); a further page of an edition already taken for its
    date needs none. ``near`` (the date asked, else the page URL's date) gives the
    year of a combined edition's range printed without one (``03月04日—05日 合刊``).
    """
    article_patterns = tuple(article_patterns) or DEFAULT_ARTICLE_PATTERNS
    page_patterns = tuple(page_patterns) or DEFAULT_PAGE_PATTERNS
    sel = Selector(text=html)
    result = EditionPage(url=url)
    own = canonicalize_url(url)
    articles: dict[str, str] = {}
    pages: dict[str, str] = {}
    host = urlsplit(url).netloc
    dated: list[tuple[date, str]] = []
    for anchor in sel.xpath("//a[@href] | //area[@href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        target = canonicalize_url(urljoin(url, href))
        text = _clean(" ".join(anchor.xpath(".//text()").getall()))
        is_pdf = urlsplit(target).path.lower().endswith(".pdf")
        if (
            with_dates
            and urlsplit(target).netloc == host
            and (is_pdf or _matches(target, article_patterns) or _matches(target, page_patterns))
        ):
            # Before the same-edition filter: a page served under another date's URL links its own.
            dated.extend(link_dates(href))
        if is_pdf:
            if not result.pdf_url and urlsplit(target).netloc == urlsplit(url).netloc:
                result.pdf_url = target
            continue
        if not _same_edition(url, target):
            continue
        if _matches(target, article_patterns):
            articles[target] = articles.get(target) or text
        elif _matches(target, page_patterns):
            # Prefer a label such as 第01版：要闻 over 下一版 for the same page.
            if target not in pages or (
                _PAGE_LABEL_RE.search(text) and not _PAGE_LABEL_RE.search(pages[target])
            ):
                pages[target] = text
    result.articles = [Link(u, t) for u, t in articles.items()]
    result.pages = [Link(u, t) for u, t in pages.items()]
    if own in pages:
        result.number, result.name = parse_label(pages[own])
    printed = ("", "") if result.number else printed_label(sel)
    if printed[0]:  # the page list leaves this page out (or names it 下一版): its own header names it
        result.number, result.name = printed
    if with_dates:
        near = near or next(iter(url_dates(url) + [d for d, _ in dated]), None)
        combined = combined_lines(sel, near)
        if combined:
            first, last, text = combined[0]
            result.combined = (first, last, text)
            result.dates.append((first, f"date line {text}"))
        result.dates += date_lines(sel) + dated
    return result

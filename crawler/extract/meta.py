"""Read page-level metadata from a parsed page: title, 引题/副题, date, bylines, canonical URL.

Chinese news templates put the headline in an ``<h1>`` (or a ``class="title"``
block) that repeats the start of ``<title>``, the 引题 and 副题 in headings just
before and after it, and the date, 来源 and 作者 in a short info line near it.
So the headline is chosen by agreement with ``<title>``, and dates and bylines
are read from the *header zone* around it before anything else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.extract.date_hints import _publication_date
from crawler.extract.dates import day_first_page
from crawler.extract.header_texts import (
    _author_links,
    _byline_texts,
    _header_zone,
    element_text,
    hidden_texts,
    visible_text,
)
from crawler.extract.structured import another_item, linked_data
from crawler.extract.taiwan import TaiwanCheck, page_language
from crawler.extract.title_choice import (
    _choose_title,
    _extends_short_title,
    _heading_sibling,
    _hinted,
    _printed_extension,
    site_suffix_free,
)
from crawler.extract.title_forms import agreement_form, extends_clause, metadata_unescaped
from crawler.extract.titles import names_only

__all__ = ["PageMeta", "read_meta"]

_LEAD_HINT = re.compile(
    r"yinti|introtitle|intro-title|pretitle|pre-title|leadtitle|lead-title|shoulder|kicker", re.I
)
_SUB_HINT = re.compile(r"futi|fubiaoti|subtitle|sub-title|sub_title|subhead", re.I)


@dataclass
class PageMeta:
    """What the page header says, before the body is looked at."""

    title: str = ""
    lead_title: str = ""
    subtitle: str = ""
    published_at: datetime | None = None
    canonical_url: str = ""
    header_text: str = ""
    meta_author: str = ""
    og_type: str = ""
    title_tag: str = ""
    title_source: str = ""
    title_is_link: bool = False
    title_element: str = ""  # the tag the headline was read from ("h1", "div", ...), "" for none
    date_source: str = ""
    byline_texts: list[str] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)  # rel="author" and /author/ archive links
    ld_persons: tuple[str, ...] = ()  # JSON-LD authors typed Person
    # Whether the page is Taiwan's (its bare two-digit years are ROC ones): asked only of a page
    # that prints an ROC-shaped day, once (:class:`TaiwanCheck`).
    taiwan: Callable[[], bool] = field(default=lambda: False)
    # Whether the page writes its slashed days day first (05/03/2019 is 5 March: Singapore, Malaysia):
    # its date rules are told so (``day_first=``), page by page.
    day_first: bool = False

    @property
    def taiwanese(self) -> bool:
        """Tell whether the page is Taiwan's (asks :attr:`taiwan`, which answers once)."""
        return self.taiwan()


def _meta_map(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key == (node.get("itemprop") or "").strip().lower() and another_item(node):
            continue  # a related item's or a comment's microdata, not the page's
        value = node.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


# A column's tag a CMS puts before the headline in its copies ("【国内】标题").
_COLUMN_TAG = re.compile(r"^\s*[【\[［][^】\]］]{1,8}[】\]］]\s*")


def _same_headline(printed: str, copy: str) -> bool:
    """Tell whether a metadata copy is the printed ``<h1>`` headline shortened or tagged.

    JSON-LD may hold the CMS's short title (the headline's first clause) or the headline
    behind a column's tag (``【国内】标题``): the printed headline is the title either way.
    """
    kept = agreement_form(_COLUMN_TAG.sub("", copy))
    return kept == agreement_form(printed) or extends_clause(printed, agreement_form(copy))


def read_meta(tree: HtmlElement, url: str, tz: str) -> PageMeta:
    """Collect the header fields of a parsed page."""
    metas = _meta_map(tree)
    title_node = tree.find(".//title")
    title_tag = element_text(title_node) if title_node is not None else ""
    og_title = metadata_unescaped(metas.get("og:title", "") or metas.get("twitter:title", ""))
    title, node, source = _choose_title(tree, title_tag, og_title)
    meta = PageMeta(title=title, title_tag=title_tag, title_source=source)
    meta.byline_texts = _byline_texts(tree)
    meta.author_links = _author_links(tree)
    meta.title_element = node.tag if node is not None else ""
    meta.title_is_link = node is not None and (
        node.tag == "a" or any(a.tag == "a" for a in node.iterancestors())
    )
    meta.lead_title = _heading_sibling(node, False, title) or _hinted(tree, _LEAD_HINT, title)
    meta.subtitle = _heading_sibling(node, True, title) or _hinted(tree, _SUB_HINT, title)
    meta.header_text = _header_zone(node)
    meta.meta_author = metas.get("author", "") or metas.get("article:author", "")
    meta.og_type = metas.get("og:type", "").lower()
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.canonical_url = link.get("href", "").strip()
            break
    meta.canonical_url = meta.canonical_url or metas.get("og:url", "")
    ld = linked_data(tree)
    meta.ld_persons = ld.persons
    ld_title = site_suffix_free(metadata_unescaped(ld.headline)) if len(ld.headline) >= 4 else ""
    # An og:title holding the site's name only ("江城网", the same on every page) names no headline:
    # JSON-LD's headline is taken over it as over a bare <title>.
    site_og = source == "og" and names_only(title, short=False) and not names_only(ld_title, short=False)
    if (
        ld_title
        and (source in ("title", "h1", "") or site_og)
        and not (source == "h1" and _same_headline(title, ld_title))
    ):
        meta.title, meta.title_source = ld_title, "og"
        # JSON-LD's short title: the page prints the headline it starts, in whatever tag.
        whole = _printed_extension(tree, [agreement_form(ld_title)], _extends_short_title)
        if whole is not None:
            meta.title, meta.title_source, meta.title_element = element_text(whole), "heading", whole.tag
    meta.taiwan = TaiwanCheck(tree, url)
    # The page's own date rules read its slashed days day first on a Singapore or Malaysia site: passed
    # to each rule, never kept in module state another page's reading could meet.
    meta.day_first = day_first = day_first_page(urlsplit(url).hostname or "", page_language(tree))
    # A day in an element no reader sees (a template's leftover, display:none) yields to the date line
    # printed beside it; it is read only where the header shows no other.
    hidden = hidden_texts(tree)
    visible = visible_text(meta.header_text, hidden)
    meta.published_at, meta.date_source = _publication_date(
        tree, metas, visible, url, tz, roc=meta.taiwan, title=title, day_first=day_first
    )
    if meta.date_source != "header" and visible != meta.header_text:
        found, source = _publication_date(
            tree, metas, meta.header_text, url, tz, roc=meta.taiwan, title=title, day_first=day_first
        )
        if source == "header":
            meta.published_at, meta.date_source = found, source
    return meta

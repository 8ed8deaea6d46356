"""Items that travel from spiders through the pipelines to the store.

Dataclasses rather than ``scrapy.Item`` so that pure functions (extractors,
normalisers, the store) can build and read them without importing Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class ArticleItem:
    """One article as extracted from a page, before and after normalising.

    ``body`` is the article text with paragraphs joined by ``\\n``. Extractors
    fill what the page gives; the normalise pipeline rebuilds paragraphs and
    moves datelines and bylines out of the body into their own fields.
    """

    url: str
    source_id: str = ""
    title: str = ""
    lead_title: str = ""  # 引题
    subtitle: str = ""  # 副题
    body: str = ""
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    dateline: str = ""
    paper: str = ""
    place: str = ""
    source_name: str = ""  # 来源: the paper or agency the page credits
    subheads: list[str] = field(default_factory=list)
    section: str = ""  # 版名, for e-paper pages
    page_number: str = ""
    edition_date: date | None = None
    canonical_url: str = ""
    external_id: str = ""
    language: str = "zh"
    encoding: str = ""
    encoding_fallback: bool = False
    warc_file: str = ""
    warc_offset: int | None = None
    http_etag: str = ""
    http_last_modified: str = ""


@dataclass
class PageItem:
    """One e-paper page (版面) of an edition: its number, name and PDF."""

    source_id: str
    edition_date: date
    number: str
    name: str = ""
    url: str = ""
    pdf_url: str = ""
    article_urls: list[str] = field(default_factory=list)
    warc_file: str = ""
    warc_offset: int | None = None


@dataclass
class EditionItem:
    """The outcome for one date of an e-paper: found, no edition, or failed."""

    source_id: str
    edition_date: date
    status: str  # "found" | "no-edition" | "failed"
    url: str = ""
    reason: str = ""
    template: str = ""

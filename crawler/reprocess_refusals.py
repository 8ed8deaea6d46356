"""Captures the crawl refused, as reprocess meets them: their one-line message, and their record in the store.

A capture cut short in transfer is kept in the WARC file as received but never
stored. Reprocess counts it apart from damage it finds, and records the refusal
only when the store has no record of it (a crawl killed before it closed, a
store rebuilt from the files). That handling lives here so ``crawler.reprocess``
stays the pass itself: read, extract, upsert, count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from archive.articles import UpsertResult, shorter_why
from archive.items import ArticleItem
from archive.models import Article, ArticleVersion
from archive.refusals import keep_refusal, refusal_on_record

if TYPE_CHECKING:
    from crawler.sources import SourceConfig


@dataclass(frozen=True)
class Refused:
    """An article capture the crawl refused (cut short in transfer), kept in the WARC as received."""

    source_id: str
    run_id: int | None
    url: str
    fetched_at: datetime
    edition_day: str
    warc_file: str
    warc_offset: int
    why: str

    def line(self, on_record: bool) -> str:
        """Return its one-line message; ``on_record`` False says the store did not know of it."""
        note = "" if on_record else "; not on record in the store until now"
        where = f"{self.warc_file} at offset {self.warc_offset}"
        return f"refused at crawl time: {where}: truncated: {self.why}{note}"


def settle_refusal(factory: sessionmaker[Session], source: SourceConfig, capture: Refused) -> bool:
    """Tell whether the store knew of ``capture``'s refusal; record it (as the crawl would) when not."""
    url, at = source.canonical(capture.url), capture.fetched_at
    with factory.begin() as session:
        on_record = refusal_on_record(session, url, at)
        if not on_record:
            where = (capture.warc_file, capture.warc_offset)
            keep_refusal(session, source.id, capture.run_id, url, capture.edition_day, at, where=where)
    return on_record


@dataclass(frozen=True)
class OnRecord:
    """The refusal recorded on a stored article: when, and of which capture (empty/None: not named)."""

    at: datetime | None
    warc_file: str = ""
    warc_offset: int | None = None


def refused_before(session: Session, urls: list[str]) -> dict[str, OnRecord]:
    """Return the refusal recorded on each stored article of ``urls`` before a batch is written."""
    rows = session.execute(
        select(Article.url, Article.refused_at, Article.refused_warc_file, Article.refused_warc_offset).where(
            Article.url.in_(urls)
        )
    )
    return {url: OnRecord(at, warc_file or "", offset) for url, at, warc_file, offset in rows}


def crawl_refused_shorter(
    session: Session, item: ArticleItem, fetched_at: datetime, refusal: OnRecord | None
) -> bool:
    """Tell whether ``item``, read much shorter than the stored text, is a capture the crawl refused so.

    The crawl refuses such a capture (a page cut short at its origin) by the same rule, stores nothing
    from it and records the refusal on the article when it stores, after the capture's ``WARC-Date``.
    Reprocess meets it again on every pass: known damage, not news. A refusal that names its capture
    (0014) speaks for that capture alone: a later crawl's refusal of another capture is no refusal of
    this one, which the crawl took and our reading shortens. One that names none (recorded before)
    is read as before: a stored version's own capture read much shorter is never one (the crawl took
    it, and it is our reading that lost text). Nor is a refusal at the capture's very time: reprocess
    records its own finding so (a capture the crawl took as unchanged, read much shorter by our rules),
    and the next pass called it the crawl's, exit 0.
    """
    if refusal is None or refusal.at is None or refusal.at <= fetched_at or not item.warc_file:
        return False
    if refusal.warc_file:
        return (refusal.warc_file, refusal.warc_offset) == (item.warc_file, item.warc_offset)
    own_version = (
        select(ArticleVersion.id)
        .join(Article, Article.id == ArticleVersion.article_id)
        .where(
            Article.url == item.url,
            ArticleVersion.warc_file == item.warc_file,
            ArticleVersion.warc_offset == item.warc_offset,
        )
    )
    own_article = select(Article.id).where(
        Article.url == item.url, Article.warc_file == item.warc_file, Article.warc_offset == item.warc_offset
    )
    owned = session.execute(own_version.limit(1)).first() or session.execute(own_article.limit(1)).first()
    return owned is None


def refused_shorter_line(item: ArticleItem, result: UpsertResult) -> str:
    """Return the one-line message of a capture the crawl refused as much shorter (see :class:`Refused`)."""
    where = f"{item.warc_file} at offset {item.warc_offset}"
    return f"refused at crawl time: {where}: much shorter: {item.url}: {shorter_why(item, result)}"

"""Typed SQLAlchemy 2 models of the archive.

The database is the archive of record; the search index is derived from it.
Times are stored in UTC and come back timezone-aware (``UTCDateTime``), so
SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from archive.config import DEFAULT_TIMEZONE


class UTCDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC; return them aware (SQLite drops the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


# Why a version of an article exists (``version_kind``). CRAWL: the paper's page as a crawl fetched it
# (or an import gave it); a crawl version after the first is the paper's change. REREAD: the current
# rules read the capture of the version before it again, otherwise: the paper changed nothing, only
# our reading did (``reprocess``; see archive.rereads).
VERSION_CRAWL = "crawl"
VERSION_REREAD = "reread"


class Base(DeclarativeBase):
    """Declarative base; ``type_annotation_map`` keeps list/dict columns as JSON."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        datetime: UTCDateTime,
    }


class Source(Base):
    """A registered news source (a paper, a site)."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(256), default="")
    region: Mapped[str] = mapped_column(String(128), default="")
    kind: Mapped[str] = mapped_column(String(16), default="epaper")
    config_hash: Mapped[str] = mapped_column(String(64), default="")
    # IANA name of the paper's zone: its dates are shown, exported and filtered in it.
    timezone: Mapped[str] = mapped_column(
        String(64), default=DEFAULT_TIMEZONE, server_default=DEFAULT_TIMEZONE
    )


class SourceSchedule(Base):
    """A weekly schedule of a source, in force from the paper's day a crawl first registered it.

    The registry's cron ``schedule`` names the weekdays the paper publishes; the web page, which has
    no registry, reads them here. Each change is a new row, so a date is judged by the schedule in
    force on it (``archive.schedules``).
    """

    __tablename__ = "source_schedules"
    __table_args__ = (PrimaryKeyConstraint("source_id", "since", name="pk_source_schedules"),)

    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"))
    since: Mapped[date] = mapped_column(Date)
    schedule: Mapped[str] = mapped_column(Text)


class Edition(Base):
    """One date of an e-paper and what the crawl found for it."""

    __tablename__ = "editions"
    __table_args__ = (UniqueConstraint("source_id", "edition_date", name="uq_edition_source_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    edition_date: Mapped[date] = mapped_column(Date)
    issue_number: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16))  # found | no-edition | failed
    reason: Mapped[str] = mapped_column(String(256), default="")
    url: Mapped[str] = mapped_column(String(2048), default="")
    template: Mapped[str] = mapped_column(String(512), default="")
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), nullable=True)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)


class Page(Base):
    """One page (版面) of an edition: number, name, PDF."""

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("edition_id", "number", name="uq_page_edition_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"), index=True)
    number: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128), default="")
    url: Mapped[str] = mapped_column(String(2048), default="")
    pdf_url: Mapped[str] = mapped_column(String(2048), default="")
    warc_file: Mapped[str] = mapped_column(String(512), default="")
    warc_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Article(Base):
    """The current content of one article, identified by its canonical URL."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    canonical_url: Mapped[str] = mapped_column(String(2048), default="")
    external_id: Mapped[str] = mapped_column(String(128), default="", index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    lead_title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    # The UTC offset (minutes east) the page's own date carried, null without a time or before 0013:
    # a page's -05:00 shown as its source's zone would date a US article a day late (archive.page_time).
    published_offset: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Where that date was read (archive.date_from; 0016): null is unknown (stored before, or no date).
    date_from: Mapped[str | None] = mapped_column(String(16), nullable=True)
    authors: Mapped[list[str]] = mapped_column(default=list)
    editors: Mapped[list[str]] = mapped_column(default=list)
    photographers: Mapped[list[str]] = mapped_column(default=list)
    correspondents: Mapped[list[str]] = mapped_column(default=list)
    dateline: Mapped[str] = mapped_column(String(256), default="")
    paper: Mapped[str] = mapped_column(String(128), default="")
    place: Mapped[str] = mapped_column(String(128), default="")
    source_name: Mapped[str] = mapped_column(String(256), default="")
    subheads: Mapped[list[str]] = mapped_column(default=list)
    section: Mapped[str] = mapped_column(String(128), default="")
    page_number: Mapped[str] = mapped_column(String(16), default="")
    edition_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(16), default="zh")
    encoding: Mapped[str] = mapped_column(String(32), default="")
    encoding_fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted_from: Mapped[str] = mapped_column(String(32), default="", server_default="")  # 0015
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # Unused since 0002: reprints are found by MinHash bands (LshBand), which can
    # be looked up by index; a SimHash needs a scan or many permuted tables.
    simhash: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Reprint cluster: the id of the cluster's first article; None while the article has no copy.
    cluster_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
    # Moves whenever the row changes, a reprint joining its cluster included (the index must see it).
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # When the current version was stored: the first sighting, then each stored change. Null only in
    # a row no code wrote (migration 0004 filled the existing ones).
    version_stored_at: Mapped[datetime | None] = mapped_column(nullable=True, default=utcnow)
    # When a crawl last fetched the article and refused the capture, and why: "truncated" (cut short in
    # transfer) or "damaged" (much shorter than the stored text). The report counts it "refused".
    refused_at: Mapped[datetime | None] = mapped_column(nullable=True)
    refused_reason: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # Which capture that was (0014): a refusal speaks for its own capture only. Empty/null: not named
    # (written before 0014).
    refused_warc_file: Mapped[str] = mapped_column(String(512), default="", server_default="")
    refused_warc_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    http_etag: Mapped[str] = mapped_column(String(256), default="")
    http_last_modified: Mapped[str] = mapped_column(String(64), default="")
    warc_file: Mapped[str] = mapped_column(String(512), default="")
    warc_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), nullable=True)
    # Whether the current version came from ``newsarchive import`` (no capture, no visit to the site).
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Why the current version exists: VERSION_CRAWL or VERSION_REREAD (migration 0012).
    version_kind: Mapped[str] = mapped_column(String(16), default=VERSION_CRAWL, server_default=VERSION_CRAWL)


class ArticleFetchUrl(Base):
    """A URL a crawl fetched that led to an article stored under another URL.

    An article is stored under its ``rel=canonical`` URL (or where a redirect
    ended); the archive kept no other, so ``crawl --resume`` fetched it again
    from the URL an edition page lists. One URL leads to one article: a site
    that reuses a URL moves it to the article it leads to now.
    """

    __tablename__ = "article_fetch_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


class RefusedCapture(Base):
    """A capture a crawl refused (cut short in transfer) of an article the archive did not hold.

    Such an article has no row to note the refusal on (``Article.refused_at``): the
    report counted it nowhere, and only the edition's "incomplete" note named it.
    ``url`` is the URL fetched; ``key`` the one it would be stored under (its
    ``rel=canonical``, when the refused head named one). Once archived, the article's
    own row speaks for it.
    """

    __tablename__ = "refused_captures"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    key: Mapped[str] = mapped_column(String(2048), default="")
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    edition_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(32), default="")
    refused_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), nullable=True)
    # The capture refused (0014); empty/null when not named (written before 0014).
    warc_file: Mapped[str] = mapped_column(String(512), default="", server_default="")
    warc_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ArticleVersion(Base):
    """An earlier content of an article, kept when the site changed it or our rules re-read its capture."""

    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version", name="uq_version_article_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    lead_title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    authors: Mapped[list[str]] = mapped_column(default=list)
    published_at: Mapped[datetime | None] = mapped_column(nullable=True)
    published_offset: Mapped[int | None] = mapped_column(Integer, nullable=True)  # as Article's
    date_from: Mapped[str | None] = mapped_column(String(16), nullable=True)  # as Article's (0016)
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    warc_file: Mapped[str] = mapped_column(String(512), default="")
    warc_offset: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Whether this version came from ``newsarchive import``: it was imported then, not fetched.
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Why this version exists: VERSION_CRAWL or VERSION_REREAD (migration 0012).
    version_kind: Mapped[str] = mapped_column(String(16), default=VERSION_CRAWL, server_default=VERSION_CRAWL)


class CrawlRun(Base):
    """One crawl of one source: arguments, times, status and counters."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    spider: Mapped[str] = mapped_column(String(32), default="")
    args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|finished|failed|interrupted
    reason: Mapped[str] = mapped_column(String(256), default="")
    counters: Mapped[dict[str, Any]] = mapped_column(default=dict)


class LshBand(Base):
    """One band of an article's MinHash signature: the table that finds reprints by indexed lookup.

    Articles whose bodies share most character shingles agree on many bands,
    so near-copies come from an equality lookup on ``(band, value)`` rather
    than a scan of every article (see ``archive.reprints``).
    """

    __tablename__ = "article_lsh_bands"
    __table_args__ = (
        PrimaryKeyConstraint("article_id", "band", name="pk_article_lsh_bands"),
        Index("ix_article_lsh_bands_value", "value", "band"),
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    band: Mapped[int] = mapped_column(SmallInteger)
    value: Mapped[int] = mapped_column(Integer)


Index("ix_articles_source_published", Article.source_id, Article.published_at)
Index("ix_crawl_runs_source_started", CrawlRun.source_id, CrawlRun.started_at)


class StoreMeta(Base):
    """The store's own bookkeeping, one named integer a row.

    ``changes`` (:data:`CHANGES_KEY`) is the change counter: triggers (migration 0009) add
    one whenever a transaction inserts, deletes or updates the text of an article or a
    version, so the index can tell in one read that the store moved since it caught up
    (``indexer.lag``). Only ``db copy`` writes it: the copy takes its source's counter.
    """

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


CHANGES_KEY = "changes"

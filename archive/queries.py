"""Read the archive for the CLI and the crawler: articles, versions, clusters, runs.

Sort orders come from a whitelist of column names, so no SQL is ever built
from user text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE
from archive.editions import REPROCESS_SPIDER
from archive.errors import NotFound, StoreError
from archive.items import INCOMPLETE_PREFIX, NOT_YET_PREFIX
from archive.models import VERSION_REREAD, Article, ArticleVersion, CrawlRun, Edition, Source
from archive.run_verdict import IDLE, run_verdict
from archive.schedules import Schedules, due_reason, is_off
from archive.source_schedules import load_schedules

RUN_SORTS = {
    "id": CrawlRun.id,
    "started": CrawlRun.started_at,
    "finished": CrawlRun.finished_at,
    "source": CrawlRun.source_id,
    "status": CrawlRun.status,
}


def get_article(session: Session, article_id: int) -> Article:
    """Return one article or raise :class:`NotFound` naming the id."""
    row = session.get(Article, article_id)
    if row is None:
        raise NotFound(f"no article with id {article_id}")
    return row


def source_zones(session: Session) -> dict[str, str]:
    """Return ``{source id: time zone}``: an article's dates are shown in its source's zone.

    A source without a row (never registered) is in the default zone: look
    up with ``.get(source_id, DEFAULT_TIMEZONE)`` or :func:`zone_of`.
    """
    return {sid: tz or DEFAULT_TIMEZONE for sid, tz in session.execute(select(Source.id, Source.timezone))}


def source_names(session: Session) -> dict[str, str]:
    """Return every registered source's display name by id, sorted by id (the id where it has no name)."""
    rows = session.execute(select(Source.id, Source.name).order_by(Source.id))
    return {id_: name or id_ for id_, name in rows}


def paper_label(name: str, source_id: str) -> str:
    """Name a paper as the CLI prints it: ``城市晚报 (cswb)``, its name to cite and its id to type.

    A source with no name of its own (an import's, ``other2``) is its id alone: ``similar`` printed
    ``other2 (other2)`` where ``show`` printed ``other2``.
    """
    return f"{name} ({source_id})" if name and name != source_id else source_id


def sources_named(names: Mapping[str, str], value: str) -> list[str]:
    """Return the ids of the papers ``value`` names: by its whole name, else by part of it (sorted).

    A paper typed by its name where its id is asked (``source:城市晚报`` of the demo's 城市晚报（示例）,
    id sample-cswb) is told the id to type, not "no such paper".
    """
    typed = unicodedata.normalize("NFKC", value).strip().casefold()
    if not typed:
        return []
    folded = {
        id_: unicodedata.normalize("NFKC", name).casefold() for id_, name in names.items() if name != id_
    }
    whole = [id_ for id_, name in folded.items() if name == typed]
    return sorted(whole or [id_ for id_, name in folded.items() if typed in name])


def zone_of(session: Session, source_id: str) -> str:
    """Return the time zone of one source (the default one for a source without a row)."""
    return session.scalar(select(Source.timezone).where(Source.id == source_id)) or DEFAULT_TIMEZONE


def article_versions(session: Session, article_id: int) -> list[ArticleVersion]:
    """Return every version of an article, oldest first, the current content last (unsaved)."""
    article = get_article(session, article_id)
    rows = list(
        session.scalars(
            select(ArticleVersion)
            .where(ArticleVersion.article_id == article_id)
            .order_by(ArticleVersion.version)
        )
    )
    current = ArticleVersion(
        article_id=article.id,
        version=article.version,
        title=article.title,
        lead_title=article.lead_title,
        subtitle=article.subtitle,
        body=article.body,
        authors=list(article.authors),
        published_at=article.published_at,
        published_offset=article.published_offset,  # its page's own zone, as the article's (0013)
        date_from=article.date_from,  # where that date was read (0016)
        content_hash=article.content_hash,
        # Not updated_at: that also moves when a copy joins the article's reprint cluster.
        fetched_at=article.version_stored_at or article.first_seen,
        warc_file=article.warc_file,
        warc_offset=article.warc_offset,
        imported=article.imported,
        version_kind=article.version_kind,
    )
    return [*rows, current]


# How every view names a re-read (show, search --versions, the web pages, whose catalogue keys its
# Chinese by this text): the CLI said it without "by newer rules", the web with; one wording now.
REREAD_NOTE = "re-read of version %(n)s's capture by newer rules: not a change by the paper"


def reread_note_text(source: int) -> str:
    """Return :data:`REREAD_NOTE` of a re-read of version ``source``'s capture."""
    return REREAD_NOTE % {"n": source}


class _Capture(Protocol):
    """A version as :func:`reread_sources` reads it: a stored row, or the search's few columns of one."""

    @property
    def version(self) -> int: ...
    @property
    def version_kind(self) -> str: ...
    @property
    def warc_file(self) -> str: ...
    @property
    def warc_offset(self) -> int | None: ...


def reread_sources(versions: Sequence[_Capture]) -> dict[int, int]:
    """Return each re-read's number in ``versions`` (oldest first) -> the version whose capture it read.

    That is the version before it for any re-read stored since 0012; one that ``reprocess`` stored
    before (oldest file first) may have read an older version's capture, and naming the version
    before it said the capture of another page.
    """
    sources: dict[int, int] = {}
    for n, v in enumerate(versions):
        if v.version_kind != VERSION_REREAD:
            continue
        same = [
            w.version
            for w in versions[:n]
            if w.warc_file and (w.warc_file, w.warc_offset) == (v.warc_file, v.warc_offset)
        ]
        sources[v.version] = same[-1] if same else v.version - 1
    return sources


def cluster_members(session: Session, article_id: int) -> list[Article]:
    """Return the articles of ``article_id``'s reprint cluster, lead first (itself alone without one).

    The order is :func:`archive.reprint_lead.lead_order`'s: earliest published day, then earliest
    fetched. Ordered by ``published_at`` alone, an e-paper copy (an edition date, no time) sorted
    before every dated one, and SQLite and PostgreSQL put it at opposite ends.
    """
    from archive.reprint_lead import cluster_copies

    article = get_article(session, article_id)
    if article.cluster_id is None:
        return [article]
    rank = {copy.id: n for n, copy in enumerate(cluster_copies(session, article.cluster_id))}
    members = session.scalars(select(Article).where(Article.cluster_id == article.cluster_id))
    return sorted(members, key=lambda a: rank.get(a.id, len(rank)))


@dataclass(frozen=True)
class RevisitState:
    """What a re-crawl needs to ask for an article conditionally and to apply the revisit policy."""

    etag: str
    last_modified: str
    published_at: datetime | None
    first_seen: datetime


def archived_editions(
    session: Session, source_id: str, urls: Sequence[str]
) -> dict[str, tuple[date | None, datetime | None]]:
    """Return the edition date and own date (``published_at``) of each of ``urls`` archived for a source."""
    rows = session.execute(
        select(Article.url, Article.edition_date, Article.published_at).where(
            Article.source_id == source_id, Article.url.in_(list(urls))
        )
    )
    return {url: (edition, published) for url, edition, published in rows}


def no_edition_dates(session: Session, source_id: str, since: date, until: date) -> set[date]:
    """Return the dates of ``since``..``until`` recorded "no edition" for good (not "not yet published")."""
    rows = session.scalars(
        select(Edition.edition_date).where(
            Edition.source_id == source_id,
            Edition.edition_date.between(since, until),
            Edition.status == "no-edition",
            Edition.reason.not_like(f"{NOT_YET_PREFIX}%"),
        )
    )
    return set(rows)


def revisit_states(session: Session, source_id: str) -> dict[str, RevisitState]:
    """Return the conditional-request state of every archived article of a source, by URL."""
    rows = session.execute(
        select(
            Article.url,
            Article.http_etag,
            Article.http_last_modified,
            Article.published_at,
            Article.first_seen,
        ).where(Article.source_id == source_id)
    )
    return {
        url: RevisitState(etag, modified, published, first) for url, etag, modified, published, first in rows
    }


def list_runs(
    session: Session, source_id: str | None = None, sort: str = "id", descending: bool = True, limit: int = 50
) -> Sequence[CrawlRun]:
    """Return crawl runs, optionally of one source, sorted by a whitelisted field."""
    column = RUN_SORTS.get(sort)
    if column is None:
        raise StoreError(f"cannot sort runs by {sort!r} (choose from: {', '.join(RUN_SORTS)})")
    stmt = select(CrawlRun)
    if source_id:
        stmt = stmt.where(CrawlRun.source_id == source_id)
    order = column.desc() if descending else column.asc()
    return list(session.scalars(stmt.order_by(order, CrawlRun.id.desc()).limit(max(1, limit))))


def check_source_known(session: Session, source_id: str) -> None:
    """Raise a StoreError listing the archived source ids when ``source_id`` is not one of them.

    The same one line as an unknown id in the registry (``crawler.sources.get_source``).
    """
    names = source_names(session)
    known = sorted(names)
    if source_id not in known:
        named = sources_named(names, source_id)
        hint = ""
        if len(named) == 1:
            hint = f": a paper's id is asked, {names[named[0]]} is {named[0]}"
        elif named:  # a name several papers share: each of their ids
            hint = f": a paper's id is asked, {source_id} is the name of several papers ({', '.join(named)})"
        raise StoreError(f"unknown source {source_id!r}{hint} (known: {', '.join(known) or 'none'})")


def last_crawled_until(session: Session, source_id: str) -> date | None:
    """Return the newest edition date a finished crawl of the source covered (its ``until``), or None.

    The scheduler's catch-up window reaches back to it when the scheduler
    itself has no success on record (crawls run by hand before it started).
    """
    runs = session.scalars(
        select(CrawlRun)
        .where(CrawlRun.source_id == source_id, CrawlRun.status == "finished")
        .order_by(CrawlRun.id.desc())
        .limit(50)
    )
    newest: date | None = None
    for run in runs:
        try:
            until = date.fromisoformat(str((run.args or {}).get("until") or "")[:10])
        except ValueError:
            continue
        newest = until if newest is None else max(newest, until)
    return newest


def last_runs(session: Session, source_ids: Sequence[str] | None = None) -> dict[str, CrawlRun]:
    """Return the newest crawl run of each source (or the given ones), whatever started it (a person,
    cron, the scheduler); a ``reprocess`` run fetched nothing, so it is no crawl and never the last one."""
    crawls = select(CrawlRun.source_id, func.max(CrawlRun.id).label("id")).where(
        CrawlRun.spider != REPROCESS_SPIDER
    )
    if source_ids is not None:
        crawls = crawls.where(CrawlRun.source_id.in_(list(source_ids)))
    newest = crawls.group_by(CrawlRun.source_id).subquery()
    runs = session.scalars(select(CrawlRun).join(newest, CrawlRun.id == newest.c.id))
    return {run.source_id: run for run in runs}


def incomplete_editions(session: Session, run_ids: Sequence[int]) -> dict[int, list[tuple[date, str]]]:
    """Return ``{run id: [(date, reason), ...]}``: the found dates each run left missing a page or article.

    "found 2 (1 incomplete)" named no date, and no later crawl takes it up by itself (a scheduled
    crawl re-checks only its revisit window): the summary names them with what to do.
    """
    if not run_ids:
        return {}
    rows = session.execute(
        select(Edition.run_id, Edition.edition_date, Edition.reason)
        .where(
            Edition.run_id.in_(list(run_ids)),
            Edition.status == "found",
            Edition.reason.startswith(INCOMPLETE_PREFIX, autoescape=True),
        )
        .order_by(Edition.edition_date)
    ).all()
    out: dict[int, list[tuple[date, str]]] = {}
    for run_id, day, reason in rows:
        if run_id is not None:
            out.setdefault(int(run_id), []).append((day, reason))
    return out


def ever_found(session: Session, source_id: str) -> bool:
    """Tell whether any crawl has found an edition of the source (a date whose edition it archived)."""
    found = select(Edition.id).where(Edition.source_id == source_id, Edition.status == "found").limit(1)
    return session.scalar(found) is not None


def failed_editions(session: Session, run_ids: Sequence[int]) -> dict[int, list[tuple[date, str]]]:
    """Return ``{run id: [(date, reason), ...]}``: the dates each run checked and recorded failed.

    Why a run is partial, by date (``runs``, the web papers page): its counters say how many
    editions failed, not which. A date a later crawl checked again is that crawl's (one row per
    date), so a run lists the dates still failed from it. A date is judged by the paper's schedule
    in force, as the report and the calendar judge it (:func:`archive.schedules.is_off`): a day it
    leaves out failed no edition, even one failed before the crawl knew the paper's week (no
    "not a publishing day" note: ``runs`` listed it where the report said "not a publishing
    day"), and a day a crawl noted off but the schedule says due is listed, reworded (``due_reason``).
    """
    if not run_ids:
        return {}
    rows = session.execute(
        select(Edition.run_id, Edition.source_id, Edition.edition_date, Edition.reason)
        .where(Edition.run_id.in_(list(run_ids)), Edition.status == "failed")
        .order_by(Edition.edition_date)
    ).all()
    schedules = load_schedules(session, sorted({source_id for _, source_id, _, _ in rows}))
    out: dict[int, list[tuple[date, str]]] = {}
    for run_id, source_id, day, reason in rows:
        if run_id is None or is_off(schedules.get(source_id, Schedules()), day, "failed", reason or ""):
            continue
        out.setdefault(int(run_id), []).append((day, due_reason(reason or "")))
    return out


def last_working_runs(session: Session, runs: dict[str, CrawlRun]) -> dict[str, CrawlRun]:
    """Return, for each source whose last run (``runs``, :func:`last_runs`) was idle, its newest run that
    was not: the crawl that last did something.

    An idle run (a queue worker that found the queue drained, recorded until they stopped being
    recorded) read as the paper's last crawl, and said nothing of when it was last crawled.
    """
    out: dict[str, CrawlRun] = {}
    for source_id, last in runs.items():
        if run_verdict(last) != IDLE:
            continue
        older = session.scalars(
            select(CrawlRun)
            .where(
                CrawlRun.source_id == source_id, CrawlRun.spider != REPROCESS_SPIDER, CrawlRun.id < last.id
            )
            .order_by(CrawlRun.id.desc())
            .execution_options(yield_per=100)
        )
        for run in older:
            if run_verdict(run) != IDLE:
                out[source_id] = run
                break
    return out

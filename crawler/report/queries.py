"""Read what a report is built from: the range's articles, its runs, the refusals of unarchived articles.

Read-only; :mod:`crawler.report.build` turns what they return into the per-date rows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.articles import archived_names
from archive.models import Article, ArticleVersion, CrawlRun, RefusedCapture
from crawler.report.model import DateHealth
from crawler.sources import SourceConfig

# Whether an article's first version came from `newsarchive import` (its oldest version kept, else the
# current one): an import wrote it first, no crawl found it. The current version's flag alone said so
# too of an article a crawl stored new and an import rewrote since.
_IMPORTED_FIRST = func.coalesce(
    select(ArticleVersion.imported)
    .where(ArticleVersion.article_id == Article.id)
    .order_by(ArticleVersion.version)
    .limit(1)
    .scalar_subquery(),
    Article.imported,
).label("imported_first")


def _article_rows(session: Session, source: SourceConfig, since: date, until: date) -> list[Any]:
    """Return the source's articles of ``since``..``until`` as rows whose ``day`` is their date.

    An e-paper's article is filed under its edition's date. A sitemap, feed or listing source has
    no editions: its articles carry no edition date, and the report counted none of them ("articles:
    0", every date "unchecked", after a crawl that stored 12): they are counted under the day of
    their publication in the source's zone. One that has an edition date all the same (imported
    from ``search --jsonl``, which gives every hit its day) counts under it, as an e-paper's does.
    """
    columns = (
        Article.id,
        Article.title,
        Article.published_at,
        Article.authors,
        Article.encoding_fallback,
        Article.cluster_id,
        Article.first_seen,
        Article.version_stored_at,
        Article.last_seen,
        Article.refused_at,
        Article.version,
        _IMPORTED_FIRST,
    )
    by_edition = list(
        session.execute(
            select(Article.edition_date.label("day"), *columns).where(
                Article.source_id == source.id,
                Article.edition_date >= since,
                Article.edition_date <= until,
            )
        )
    )
    if source.kind == "epaper":
        return by_edition
    from datetime import UTC
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(source.timezone)
    start = datetime.combine(since, datetime.min.time(), zone) - timedelta(days=1)  # room for any offset
    end = datetime.combine(
        min(until, date.max - timedelta(days=2)) + timedelta(days=2), datetime.min.time(), zone
    )
    rows: list[Any] = by_edition
    for row in session.execute(
        select(*columns).where(
            Article.source_id == source.id,
            Article.edition_date.is_(None),
            Article.published_at >= start.astimezone(UTC),
            Article.published_at < end.astimezone(UTC),
        )
    ):
        published = row.published_at if row.published_at.tzinfo else row.published_at.replace(tzinfo=UTC)
        day = published.astimezone(zone).date()
        if since <= day <= until:
            rows.append(SimpleNamespace(day=day, **row._asdict()))
    return rows


def _runs(session: Session, source_id: str, since: date, until: date) -> list[CrawlRun]:
    """Return the runs of the source whose date range overlaps the report's."""
    rows = session.scalars(select(CrawlRun).where(CrawlRun.source_id == source_id).order_by(CrawlRun.id))
    chosen = []
    for run in rows:
        try:
            first = date.fromisoformat(str(run.args.get("since") or "")[:10])
            last = date.fromisoformat(str(run.args.get("until") or "")[:10])
        except ValueError:
            continue
        if first <= until and last >= since:
            chosen.append(run)
    return chosen


def _unarchived_refusals(
    session: Session,
    source_id: str,
    since: date,
    until: date,
    by_day: dict[date, DateHealth],
    run_start: dict[int, datetime],
) -> list[tuple[date, str]]:
    """Return (date, URL) of each capture the date's last check refused, of an article not archived.

    Refused as cut short, it had no row to be counted on: only the edition's "incomplete"
    note named it. One archived since is counted by its own row. As for an archived
    article (``refused_at``), a refusal since the start of the run that recorded the
    edition counts: queue workers each record a run, and the one that fetched an
    article is often not the one that recorded its edition.
    """
    rows = session.execute(
        select(
            RefusedCapture.edition_date,
            RefusedCapture.url,
            RefusedCapture.key,
            RefusedCapture.run_id,
            RefusedCapture.refused_at,
        )
        .where(
            RefusedCapture.source_id == source_id,
            RefusedCapture.edition_date >= since,
            RefusedCapture.edition_date <= until,
        )
        .order_by(RefusedCapture.edition_date, RefusedCapture.url)
    ).all()
    rows = [r for r in rows if _refused_by_last_check(r, by_day[r.edition_date].run_id, run_start)]
    if not rows:
        return []
    held = archived_names(session, (name for r in rows for name in (r.url, r.key)))
    return [(r.edition_date, r.url) for r in rows if r.url not in held and r.key not in held]


def _refused_by_last_check(refusal: Any, edition_run: int | None, run_start: dict[int, datetime]) -> bool:
    """Tell whether a refusal belongs to the date's last check: its run's, or since that run started."""
    if refusal.run_id is None or edition_run is None:
        return False
    started = run_start.get(edition_run)
    return bool(refusal.run_id == edition_run or (started is not None and refusal.refused_at >= started))

"""Read-only queries the web pages need that the store package does not offer (yet).

The web server opens the store read-only: SQLite through a ``mode=ro`` URI
(no ``BEGIN IMMEDIATE``, so a page view never waits for, or blocks, a crawl
writing the same file), PostgreSQL with read-only transactions. A bug in a
page can then not write to the archive of record.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from archive.config import DEFAULT_TIMEZONE, zone
from archive.editions import covered_days, covered_note, reasons_with_misfiled
from archive.engine import SQLITE_BUSY_TIMEOUT_MS, create_store_engine
from archive.errors import StoreError
from archive.items import NOT_COVERED, is_incomplete, is_not_yet
from archive.models import VERSION_REREAD, Article, ArticleVersion, CrawlRun, Edition, Source
from archive.page_time import page_day
from archive.queries import failed_editions, last_runs, last_working_runs
from archive.reprint_lead import Lead, cluster_copies, lead_of
from archive.run_verdict import run_reason, run_state, run_verdict
from archive.schedules import Schedules, due_reason, is_off, off_note
from archive.source_schedules import load_schedules

MAX_CALENDAR_MONTHS = 24
MAX_REPRINTS = 50
NO_SCHEDULE = Schedules()  # a source no crawl registered a schedule of (its crawls' notes stand)


def read_only_engine(db_url: str) -> Engine:
    """Create an engine that cannot write: SQLite opened ``mode=ro``, PostgreSQL in read-only transactions."""
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite":
        return create_store_engine(db_url).execution_options(postgresql_readonly=True)
    if not url.database or url.database == ":memory:":
        raise StoreError("the web server needs an archive file, not an in-memory database")
    path = Path(url.database).resolve()
    if not path.is_file():
        raise StoreError(f"no archive database at {path} (run: newsarchive crawl or newsarchive demo)")
    engine = create_engine(f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: object, connection_record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    return engine


def source_zone(session: Session, source_id: str) -> str:
    """Return a source's time zone (the default one for a source without a row)."""
    return session.scalar(select(Source.timezone).where(Source.id == source_id)) or DEFAULT_TIMEZONE


def revised_at(session: Session, ids: Sequence[int]) -> dict[int, datetime]:
    """Return when the current content of each changed article (a version after the first) was stored.

    The time :func:`archive.queries.article_versions` gives the current
    version: an article never changed (version 1) is left out, its paper's
    date is its last word. A re-read (``version_kind`` reread: our rules read the same capture
    again) is no correction: such an article is revised when its last crawled version after the
    first was stored, or left out.
    """
    if not ids:
        return {}
    rows = session.execute(
        select(Article.id, Article.version_stored_at, Article.version_kind).where(
            Article.id.in_(list(ids)), Article.version > 1
        )
    )
    # Not updated_at: that also moves when a reprint joins the article's cluster, which is no correction.
    found: dict[int, datetime] = {}
    reread: list[int] = []
    for id_, at, kind in rows:
        if kind == VERSION_REREAD:
            reread.append(id_)
        elif at is not None:
            found[id_] = at
    if reread:
        crawled = session.execute(
            select(ArticleVersion.article_id, func.max(ArticleVersion.fetched_at))
            .where(
                ArticleVersion.article_id.in_(reread),
                ArticleVersion.version > 1,
                ArticleVersion.version_kind != VERSION_REREAD,
            )
            .group_by(ArticleVersion.article_id)
        )
        found.update((id_, at) for id_, at in crawled if at is not None)
    return found


def first_stored_at(session: Session, ids: Sequence[int]) -> dict[int, datetime]:
    """Return when the archive first stored each article (its first fetch or import), by id."""
    if not ids:
        return {}
    rows = session.execute(select(Article.id, Article.first_seen).where(Article.id.in_(list(ids))))
    return {id_: at for id_, at in rows if at is not None}


@dataclass(frozen=True)
class Reprint:
    """Another article of the same reprint cluster, as the article page lists it."""

    id: int
    title: str
    source_id: str
    published_at: datetime | None
    edition_date: date | None = None
    timezone: str = DEFAULT_TIMEZONE  # the reprinting source's zone: its dates are shown in it
    published_offset: int | None = None  # ... unless its page's own date named another (0013)

    @property
    def day(self) -> date | None:
        """Return the day the copy's page says, as its own article page gives it (1 March of a US page)."""
        return page_day(self.published_at, self.edition_date, self.published_offset, zone(self.timezone))


def reprints(
    session: Session, article: Article, limit: int = MAX_REPRINTS
) -> tuple[list[Reprint], int, Lead | None]:
    """Return up to ``limit`` other members of the article's reprint cluster (lead first), their count,
    and the cluster's lead with why it leads (:mod:`archive.reprint_lead`).

    Not ``archive.queries.cluster_members``: that loads every member
    whole, bodies included, and a wire story can be reprinted thousands of times.
    """
    copies = cluster_copies(session, article.cluster_id)
    others = [copy.id for copy in copies if copy.id != article.id]
    if not others:
        return [], 0, None
    shown = others[:limit]
    rows = session.execute(
        select(
            Article.id,
            Article.title,
            Article.source_id,
            Article.published_at,
            Article.edition_date,
            func.coalesce(Source.timezone, DEFAULT_TIMEZONE),
            Article.published_offset,
        )
        .outerjoin(Source, Source.id == Article.source_id)
        .where(Article.id.in_(shown))
    )
    by_id = {row[0]: Reprint(*row) for row in rows}
    return [by_id[id_] for id_ in shown if id_ in by_id], len(others), lead_of(copies)


@dataclass
class Day:
    """One date of a source's calendar and what the crawl found (``unchecked`` when never tried)."""

    day: date
    status: str
    reason: str = ""
    # A found edition none of whose articles is stored (a crawl killed after the edition page): not
    # "archived" as the other found days are.
    empty: bool = False
    # A found edition one of whose pages or articles was not archived (the reason says which): the
    # same rule as the CLI report's, not drawn or counted as a complete one.
    incomplete: bool = False
    # A later day of a combined edition (合刊): the first day, the edition's date, which the cell links to.
    covered_by: date | None = None
    # A date no crawl checked that has articles archived under it (imported, say): the cell links its page.
    archived: bool = False


@dataclass
class Month:
    """One month of a calendar: leading blanks (Monday first), then one ``Day`` per date.

    ``skipped_before`` names the months left out just before this one, none of whose dates was
    ever checked (first and last month key), so a paper crawled in 2016 and again today shows
    both, not two years of blank months that hide every edition it has.
    """

    key: str
    blanks: int
    days: list[Day]
    skipped_before: tuple[str, str] | None = None


@dataclass
class SourceHealth:
    """What the sources page shows of one paper: last crawl, edition counts, gap calendar.

    ``counts`` is keyed by edition status, but a found edition with no article
    stored counts under ``empty`` and one known to miss a page or article under
    ``incomplete``, not ``found``.
    """

    source: Source
    last_run: CrawlRun | None
    # The last run's state in the words of ``runs`` (archive.run_verdict.run_state: "finished (partial)"),
    # and its verdict, which names its style: a bare status read "finished" of a crawl that fetched nothing.
    last_state: str = ""
    last_verdict: str = ""
    # The dates the last run recorded failed, with the reason: why it reads "finished (partial)".
    last_failed: list[tuple[date, str]] = field(default_factory=list)
    # When the last run was idle (it did nothing), the newest that did something, and its state.
    last_work: CrawlRun | None = None
    last_work_state: str = ""
    # Why it ended so, in the words of ``runs`` (archive.run_verdict.run_reason); "" when the state says it.
    last_reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None
    article_count: int = 0
    failed: list[Day] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)
    # The years holding a date of the calendar, oldest first: each a link to that year's months.
    years: list[int] = field(default_factory=list)


def _month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _calendar(
    days: dict[date, Day], first: date, last: date, max_months: int, year_shown: int | None = None
) -> list[Month]:
    """Lay out every date from ``first`` to ``last`` month by month (the most recent ``max_months``).

    A run of two or more months with no checked date is left out and named on the month after
    it (``skipped_before``): the months drawn are the ones that hold what the archive knows.
    With ``year_shown``, only that year's months are laid out.
    """
    checked = {(d.year, d.month) for d in days}
    months: list[Month] = []
    start, end = first, last
    if year_shown is not None:
        start, end = max(first, date(year_shown, 1, 1)), min(last, date(year_shown, 12, 31))
    year, month = end.year, end.month
    gap: list[tuple[int, int]] = []
    while len(months) < max_months and (year, month) >= (start.year, start.month):
        if (year, month) not in checked:
            gap.append((year, month))
            year, month = _previous_month(year, month)
            continue
        if len(gap) == 1:  # one blank month is drawn: its note would take as much room
            months.append(_month(days, first, last, *gap[0]))
        elif gap and months:
            months[-1].skipped_before = (_month_key(*gap[-1]), _month_key(*gap[0]))
        gap = []
        if len(months) < max_months:
            months.append(_month(days, first, last, year, month))
        year, month = _previous_month(year, month)
    months.reverse()
    return months


def _month(days: dict[date, Day], first: date, last: date, year: int, month: int) -> Month:
    """One month's cells: the recorded day, else "unchecked" within ``first``..``last``, else "outside"."""
    cells = []
    for d in range(1, calendar.monthrange(year, month)[1] + 1):
        day = date(year, month, d)
        if first <= day <= last:
            cells.append(days.get(day, Day(day, "unchecked")))
        else:
            cells.append(Day(day, "outside"))
    return Month(_month_key(year, month), date(year, month, 1).weekday(), cells)


def source_health(
    session: Session,
    source_ids: Sequence[str] | None = None,
    max_months: int = MAX_CALENDAR_MONTHS,
    year: int | None = None,
) -> list[SourceHealth]:
    """Return the health of each source (or the given ones): last run, edition statuses, gap calendar.

    ``year`` lays out that year's months instead of the most recent ``max_months``.
    """
    stmt = select(Source).order_by(Source.id)
    if source_ids is not None:
        stmt = stmt.where(Source.id.in_(list(source_ids)))
    sources = list(session.scalars(stmt))
    ids = [s.id for s in sources]
    crawls = last_runs(session, ids)
    failed_by_run = failed_editions(session, [run.id for run in crawls.values()])
    worked = last_working_runs(session, crawls)
    counted = (
        select(Article.source_id, func.count()).where(Article.source_id.in_(ids)).group_by(Article.source_id)
    )
    articles: dict[str, int] = {source_id: int(n) for source_id, n in session.execute(counted)}
    editions: dict[str, dict[date, Day]] = defaultdict(dict)
    rows = session.execute(
        select(Edition.source_id, Edition.edition_date, Edition.status, Edition.reason)
        .where(Edition.source_id.in_(ids))
        .order_by(Edition.edition_date)
    )
    dated = (
        select(Article.source_id, Article.edition_date)
        .where(Article.source_id.in_(ids), Article.edition_date.is_not(None))
        .group_by(Article.source_id, Article.edition_date)
    )
    stored = {(source_id, day) for source_id, day in session.execute(dated)}
    schedules = load_schedules(session, ids)
    for source_id, day, status, reason in rows:
        if reason == NOT_COVERED:  # a date no URL template covers: none was due, so none failed
            continue
        empty = status == "found" and (source_id, day) not in stored
        week = schedules.get(source_id, NO_SCHEDULE)
        if status in ("no-edition", "failed") and is_off(week, day, status, reason):
            # A day the paper's weekly schedule in force on it leaves out (a Sunday of a Mon-Sat paper),
            # whenever its 404 was recorded: drawn apart, never counted "no edition" (the report's rule,
            # archive.schedules). Its HTTP 500 failed no edition either: none was due.
            status, reason = "not-publishing", off_note(week, day, reason)
        else:
            # A "no edition" seen on its own day is provisional: drawn and counted apart, as in the report.
            status = "not-yet" if is_not_yet(status, reason) else status
            reason = due_reason(reason)  # a crawl's "not a publishing day" on a day now due: a miss
        editions[source_id][day] = Day(day, status, reason, empty, is_incomplete(status, reason))
    for source_id, days in editions.items():
        # A later day of a combined edition (合刊) is covered by it, whatever its own check said (a 404,
        # that edition, none yet) or if it was never checked: the report's rule and word
        # (archive.items.VERDICTS), its tooltip naming the edition. A failed day stays failed. The
        # range may run past the last date checked (date.max: covered_days stops at each range's end).
        week = schedules.get(source_id, NO_SCHEDULE)
        for day, span in covered_days(session, source_id, min(days), date.max).items():
            entry = days.get(day)
            if entry is None and week.off(day):
                continue  # not due, so not covered either (the report's rule): drawn below
            if entry is None:
                days[day] = Day(day, "covered", covered_note(span, ""), covered_by=span[0])
            elif entry.status in ("no-edition", "not-yet"):
                entry.status, entry.reason = "covered", covered_note(span, entry.reason)
                entry.covered_by = span[0]
        # Articles archived under a date without an edition (an older crawl's wrong "found"): the
        # tooltip says what their pages date them, as the report does. They are never moved.
        strays = {
            d.day: d.reason for d in days.values() if d.status != "found" and (source_id, d.day) in stored
        }
        for day, reason in reasons_with_misfiled(session, source_id, strays).items():
            days[day].reason = reason
        # A date no crawl checked with articles archived under it (an import's edition_date): drawn and
        # linked, not left out of the calendar (the report says "not crawled", archived N).
        for stored_source, archived_day in stored:
            if stored_source == source_id and archived_day is not None and archived_day not in days:
                days[archived_day] = Day(archived_day, "unchecked", archived=True)
        # A day never checked that the schedule leaves out is not a publishing day, not "not crawled".
        if week.known():
            day, last = min(days), max(days)
            while day < last:
                if day not in days and week.off(day):
                    days[day] = Day(day, "not-publishing", off_note(week, day))
                day += timedelta(days=1)
    out = []
    for source in sources:
        days = editions.get(source.id, {})
        run = crawls.get(source.id)
        health = SourceHealth(
            source,
            run,
            run_state(run) if run else "",
            run_verdict(run) if run else "",
            failed_by_run.get(run.id, []) if run else [],
            last_reason=run_reason(run) if run else "",
            article_count=int(articles.get(source.id, 0)),
        )
        if work := worked.get(source.id):
            health.last_work, health.last_work_state = work, run_state(work)
        for entry in days.values():
            # A found edition with no article stored is counted apart: "N found" promises N archived.
            # So is one that misses a page or article: "found" alone reads as the whole edition.
            key = "empty" if entry.empty else "incomplete" if entry.incomplete else entry.status
            health.counts[key] = health.counts.get(key, 0) + 1
        if days:
            health.first, health.last = min(days), max(days)
            health.years = sorted({d.year for d in days})
            if year is None or year in health.years:
                health.months = _calendar(days, health.first, health.last, max_months, year)
            # Days never checked: those not drawn at all, and those drawn for their archived articles.
            health.counts["unchecked"] = (
                health.counts.get("unchecked", 0) + (health.last - health.first).days + 1 - len(days)
            )
            health.failed = [d for d in days.values() if d.status == "failed"]
        out.append(health)
    return out

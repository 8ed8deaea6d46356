"""The health report of one source over a date range, read from the archive (read-only).

Archivists need to tell apart three things a bare "0 articles" hides:

* **no edition**: the site answered 404/410 for the date's edition page (a
  holiday, a paper that skips Sundays), or answered with another date's
  edition (redirected to it, or its pages served under this date's URL; the
  reason starts "another edition: " and is counted apart): nothing to archive;
* **failed**: the fetch itself failed (5xx after retries, timeout, refused):
  the edition may exist and must be crawled again;
* **not yet published**: checked on its own day (or before it) and no edition
  seen yet: many papers publish their e-paper late in the day, so this is
  provisional until a check after the day is over settles it;
* **covered**: a later day of a combined edition (合刊, one edition for a
  holiday's days): the edition is filed under its first day, whose found
  edition notes the range; every day of the range after it, whatever its own
  check said (404, that edition, not checked), is covered, never missed;

The dates after a URL template *stopped matching* stay **no edition**, the word
the crawl summary and the web calendar use for the same fact: the template
found editions before, and every date checked with it since (at least
``alerts.unmatched_days``, default 3) came back without one, a 404 or a page
whose links match none of the source's patterns. Those dates carry
``stopped_matching`` and a note naming the template's first silent date; the
template is marked, and the totals count them apart (``unmatched``) as they
count "another edition". A holiday ends with an edition found again; a site
redesign does not.

Per edition date the report says what the archive holds (``articles``: archived
under the date, by whichever crawl), and apart from it what the date's last
crawl did, counting the articles as that check saw them (new / changed /
unchanged relative to the start of the run that last recorded the edition;
refused: fetched by that run and the capture refused as damaged, so the date
wants crawling again (archived before, or never archived: those are counted
and listed apart); unseen: archived before and not seen by that run),
reprints, field fill rates and encoding fallbacks. Thresholds come from the
source's ``[source.alerts]`` table; a
crossed one becomes an :class:`Alert`, and the CLI exits non-zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.articles import archived_names
from archive.editions import covered_days, covered_note, process_gone, reasons_with_misfiled
from archive.items import (
    NOT_COVERED,
    is_another_edition,
    is_incomplete,
    is_not_yet,
)
from archive.models import Article, CrawlRun, Edition, Page, RefusedCapture
from archive.run_verdict import IDLE, OK, PROCESS_GONE, SHORTFALLS, run_verdict
from crawler.sources import SourceConfig

FOUND, NO_EDITION, FAILED, UNCHECKED = "found", "no-edition", "failed", "unchecked"
NOT_YET = "not-yet"  # "no edition" seen on the date's own day: provisional until a check after it
COVERED = "covered"  # a later day of a combined edition (合刊) found under its first day
STOPPED_MIN_DAYS = 3  # dates without an edition after the last found one that mean "stopped matching"
# The counts of what the date's last crawl did, apart from what the archive holds (``articles``).
LAST_CRAWL_FIELDS = ("run_id", "new", "changed", "unchanged", "unseen", "refused", "refused_unarchived")


@dataclass
class DateHealth:
    """One edition date: what the crawl found and what was archived for it."""

    day: date
    expected: int = 1
    status: str = UNCHECKED
    reason: str = ""
    template: str = ""
    stopped_matching: bool = False  # no edition, and its template stopped matching (see the module docstring)
    run_id: int | None = None  # the crawl that last checked the date: the counts new .. refused are its own
    pages: int = 0
    articles: int = 0  # what the archive holds for the date, archived by whichever crawl
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    unseen: int = 0  # archived before, not seen by the last check of the date (see build_report)
    # Fetched by the last check and the capture refused as damaged: archived before (the stored version
    # stays), or never archived (refused_unarchived of them, their URLs in refused_urls).
    refused: int = 0
    refused_unarchived: int = 0
    refused_urls: list[str] = field(default_factory=list)
    reprints: int = 0
    with_title: int = 0
    with_date: int = 0
    with_author: int = 0
    encoding_fallbacks: int = 0


@dataclass
class TemplateHealth:
    """How one URL template fared over the range; ``stopped_since`` is set when it stopped matching."""

    template: str
    found: int = 0
    no_edition: int = 0
    failed: int = 0
    unmatched: int = 0
    last_found: date | None = None
    stopped_since: date | None = None


@dataclass
class Alert:
    """A crossed threshold: the ``[source.alerts]`` key, its limit, and what was seen."""

    key: str
    limit: float
    message: str


@dataclass
class Report:
    """The health report of one source from ``since`` to ``until``."""

    source_id: str
    name: str
    since: date
    until: date
    dates: list[DateHealth] = field(default_factory=list)
    templates: list[TemplateHealth] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)
    runs: dict[str, Any] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (dates as ISO strings).

        What the archive holds (``archived``) stands apart from what the date's last crawl did
        (``last_crawl``): a re-run that stored nothing new reads ``new 0`` under a date archived before.
        """
        data: dict[str, Any] = _jsonable(asdict(self))
        # The keys every other JSON document gives the paper (`search`, `runs`, `crawl`, `schedule list`).
        data = {"source": data.pop("source_id"), "source_name": data.pop("name"), **data}
        for row in data["dates"]:
            row["archived"] = row.pop("articles")
            row["last_crawl"] = {key: row.pop(key) for key in (*LAST_CRAWL_FIELDS, "refused_urls")}
        totals = data["totals"]
        if totals:
            totals["archived"] = totals.pop("articles")
            totals["last_crawl"] = {key: totals.pop(key) for key in LAST_CRAWL_FIELDS if key in totals}
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def classify(edition: Edition) -> str:
    """Return the report category of an edition row (unknown statuses count as failed).

    A provisional "no edition" (checked on its own day) is "not-yet", never a final "no edition".
    """
    if is_not_yet(edition.status, edition.reason):
        return NOT_YET
    return edition.status if edition.status in (FOUND, NO_EDITION, FAILED) else FAILED


def _longest_run(
    days: list[DateHealth], counts: Callable[[DateHealth], bool]
) -> tuple[int, date | None, date | None]:
    best, first, last, current, start = 0, None, None, 0, None
    for row in days:
        if counts(row):
            current, start = current + 1, start or row.day
            if current > best:
                best, first, last = current, start, row.day
        else:
            current, start = 0, None
    return best, first, last


def _article_rows(session: Session, source: SourceConfig, since: date, until: date) -> list[Any]:
    """Return the source's articles of ``since``..``until`` as rows whose ``day`` is their date.

    An e-paper's article is filed under its edition's date. A sitemap, feed or listing source has
    no editions: its articles carry no edition date, and the report counted none of them ("articles:
    0", every date "unchecked", after a crawl that stored 12): they are counted under the day of
    their publication in the source's zone.
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
    )
    if source.kind == "epaper":
        return list(
            session.execute(
                select(Article.edition_date.label("day"), *columns).where(
                    Article.source_id == source.id,
                    Article.edition_date >= since,
                    Article.edition_date <= until,
                )
            )
        )
    from datetime import UTC
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(source.timezone)
    start = datetime.combine(since, datetime.min.time(), zone) - timedelta(days=1)  # room for any offset
    end = datetime.combine(
        min(until, date.max - timedelta(days=2)) + timedelta(days=2), datetime.min.time(), zone
    )
    rows = []
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


def _date_news_rows(by_day: dict[date, DateHealth], runs: list[CrawlRun]) -> None:
    """Give each date of a source without editions the last run that covered it (its last check).

    Its articles are then new, changed or unchanged by that run, as an edition's are by the run
    that recorded it; without one, every article read "new" after each re-crawl.
    """
    for run in runs:  # oldest first: the last covering run wins
        first = date.fromisoformat(str(run.args.get("since") or "")[:10])
        last = date.fromisoformat(str(run.args.get("until") or "")[:10])
        for day, row in by_day.items():
            if first <= day <= last:
                row.run_id = run.id


def _run_state(run: CrawlRun) -> str:
    """Return a run's status, ``killed`` for one left ``running`` by a process that is gone."""
    gone = run.status == "running" and isinstance(run.args, dict) and process_gone(run.args)
    return "killed" if gone else run.status


def _edition_note(row: DateHealth, run_status: str | None) -> str:
    """Say what "found" alone hides: no article stored, or a run that did not finish.

    The edition is recorded when its page is fetched, before its articles: a
    crawl killed in between leaves a found edition with none, or some, stored.
    """
    notes = [row.reason] if row.reason else []
    if not row.articles:
        notes.append("no article stored")
    if run_status == "running":
        notes.append(f"run {row.run_id} still running")
    elif run_status and run_status != "finished":
        # A killed run reads as ``runs`` and the web page word it, not "killed".
        state = PROCESS_GONE if run_status == "killed" else run_status
        notes.append(f"run {row.run_id} {state}: crawl the date again with --resume")
    return "; ".join(notes)


def _days(since: date, until: date) -> Iterator[date]:
    """Yield every date from ``since`` to ``until`` (9999-12-31 has no next day to step to)."""
    day = since
    while day <= until:
        yield day
        if day == date.max:
            return
        day += timedelta(days=1)


def build_report(
    session: Session, source: SourceConfig, since: date, until: date, *, today: date | None = None
) -> Report:
    """Read the archive and return the health report of ``source`` for ``since``..``until``.

    ``today`` is the paper's day (default: now in the source's zone); a later date is not due yet.
    """
    report = Report(source.id, source.name, since, until)
    if today is None:
        from datetime import UTC
        from zoneinfo import ZoneInfo

        today = datetime.now(UTC).astimezone(ZoneInfo(source.timezone)).date()
    editions = {
        e.edition_date: e
        for e in session.scalars(
            select(Edition).where(
                Edition.source_id == source.id, Edition.edition_date >= since, Edition.edition_date <= until
            )
        )
    }
    page_counts = (
        dict(
            session.execute(
                select(Page.edition_id, func.count())
                .where(Page.edition_id.in_([e.id for e in editions.values()]))
                .group_by(Page.edition_id)
            ).all()
        )
        if editions
        else {}
    )
    runs = _runs(session, source.id, since, until)
    run_start = {run.id: run.started_at for run in runs}
    run_status = {run.id: _run_state(run) for run in runs}
    for run_id in {e.run_id for e in editions.values()} - run_start.keys():
        if run_id is not None and (run := session.get(CrawlRun, run_id)) is not None:
            run_start[run_id], run_status[run_id] = run.started_at, _run_state(run)

    by_day: dict[date, DateHealth] = {}
    for day in _days(since, until):
        template = source.template_for(day)
        row = DateHealth(
            day,
            expected=1 if template is not None or source.kind != "epaper" else 0,
            template=template.url if template else "",
        )
        edition = editions.get(day)
        if not row.expected and (edition is None or edition.reason == NOT_COVERED):
            # Before the first template (or between two): no edition is due. Crawls before the range
            # was clipped to the templates recorded such dates failed; they are not failures either.
            edition = None
            row.reason = NOT_COVERED
        if day > today and edition is None:
            # A date after the paper's today: counted "expected" and "unchecked", a report to the end
            # of the month read as if the crawl had missed the days still to come.
            row.expected = 0
            row.reason = f"after today ({today} in {source.timezone}): not due yet"
        if edition is not None:
            row.status, row.reason, row.run_id = classify(edition), edition.reason, edition.run_id
            row.template = edition.template or row.template
            row.pages = int(page_counts.get(edition.id, 0))
        by_day[day] = row

    if source.kind != "epaper":
        _date_news_rows(by_day, runs)
    for art in _article_rows(session, source, since, until):
        row = by_day[art.day]
        row.articles += 1
        started = run_start.get(row.run_id) if row.run_id is not None else None
        if started is None or art.first_seen >= started:
            row.new += 1
        elif art.version > 1 and art.version_stored_at is not None and art.version_stored_at >= started:
            # Not updated_at: that also moves when a later copy joins the article's reprint cluster.
            row.changed += 1
        elif art.last_seen >= started:
            row.unchanged += 1
        elif art.refused_at is not None and art.refused_at >= started:
            # Fetched, and the capture refused as damaged (cut short in transfer, or much shorter
            # than the stored text): the archived version stays; crawl the date again.
            row.refused += 1
        else:
            # Archived by an earlier crawl, not seen by the one that last checked the date: its
            # fetch failed, its page was an error page, or the paper took it off the edition (one
            # --resume skipped while a page still listed it was seen: unchanged). Counted, so the
            # columns add up to the articles.
            row.unseen += 1
        row.reprints += int(art.cluster_id is not None and art.cluster_id != art.id)
        row.with_title += int(bool(art.title))
        row.with_date += int(art.published_at is not None)
        row.with_author += int(bool(art.authors))
        row.encoding_fallbacks += int(bool(art.encoding_fallback))
    if source.kind != "epaper":  # a day with articles published is that source's "found"
        for row in by_day.values():
            if row.articles and row.status == UNCHECKED:
                row.status = FOUND
    for day, url in _unarchived_refusals(session, source.id, since, until, by_day, run_start):
        row = by_day[day]
        row.refused += 1
        row.refused_unarchived += 1
        row.refused_urls.append(url)
    _mark_covered(session, source.id, by_day, since, until)
    # A date without an edition that holds articles (a "found" an older crawl filed another date's
    # edition under, demoted since): say where they belong; they stay where they are.
    strays = {row.day: row.reason for row in by_day.values() if row.articles and row.status != FOUND}
    for day, reason in reasons_with_misfiled(session, source.id, strays).items():
        by_day[day].reason = reason
    for row in by_day.values():
        if row.status == FOUND and (not row.articles or run_status.get(row.run_id or 0) != "finished"):
            row.reason = _edition_note(row, run_status.get(row.run_id) if row.run_id else None)
    report.dates = list(by_day.values())
    min_days = source.alerts.unmatched_days or STOPPED_MIN_DAYS
    found_before = _found_before(session, source.id, since)
    streaks = _streaks_before(session, source.id, found_before, since)
    report.templates = _templates(report.dates, found_before, min_days, streaks)
    report.totals = _totals(report.dates)
    # A run left "running" by a killed process is counted "killed", as the dates it crawled say.
    statuses = Counter(_run_state(run) for run in runs)
    # A finished run may have fetched nothing or part of what it asked ("finished (partial)" in
    # ``runs``): counted apart, or "finished 3" read as if every crawl had gone well. So is one that
    # did nothing at all (an idle queue worker's, recorded before they stopped recording them).
    verdicts = Counter(
        verdict for run in runs if run.status == "finished" and (verdict := run_verdict(run)) != OK
    )
    failed_runs = [run for run in runs if run.status not in ("finished", "running")]
    report.runs = {
        "count": len(runs),
        **dict(statuses),
        **{verdict: verdicts[verdict] for verdict in (*SHORTFALLS, IDLE) if verdicts[verdict]},
        "last_failure": failed_runs[-1].reason if failed_runs else "",
    }
    report.alerts = check_alerts(source, report)
    return report


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


def _mark_covered(
    session: Session, source_id: str, by_day: dict[date, DateHealth], since: date, until: date
) -> None:
    """Mark the later days of each found combined edition's range covered (see the module's docstring).

    A failed day stays failed: the site was down (see ``archive.edition_notes.covered_days``).
    """
    for day, span in covered_days(session, source_id, since, until).items():
        row = by_day.get(day)
        if row is None or not row.expected or row.status not in (NO_EDITION, NOT_YET, UNCHECKED):
            continue
        row.status, row.reason = COVERED, covered_note(span, row.reason)


def _templates(
    days: list[DateHealth],
    found_before: dict[str, date],
    min_days: int,
    streaks: dict[str, tuple[date, int]] | None = None,
) -> list[TemplateHealth]:
    """Count outcomes per template; mark the trailing no-edition dates of a stopped template.

    A template *stopped matching* when it found editions before and every date
    checked with it since then is without an edition, ``min_days`` of them at
    least: a holiday ends with an edition found again, a redesign does not. A
    date answered with another date's edition shows the template still works.
    ``streaks`` (:func:`_streaks_before`) are the dates without an edition checked before the range
    since the template's last found one: a streak that runs on into the range started there, and
    "stopped matching since" names its first date, not the range's first (the week's report moved
    it a week on each week).
    """
    health: dict[str, TemplateHealth] = {}
    trailing: dict[str, list[DateHealth]] = {}
    earlier = dict(streaks or {})
    for row in days:
        if row.status in (UNCHECKED, NOT_YET) or not row.template:
            continue  # a date not settled yet says nothing of its template
        t = health.setdefault(row.template, TemplateHealth(row.template))
        t.last_found = t.last_found or found_before.get(row.template)
        if row.status == COVERED:  # its template found the combined edition covering it
            trailing[row.template] = []
            earlier.pop(row.template, None)
        elif row.status == FOUND:
            t.found, t.last_found = t.found + 1, row.day
            trailing[row.template] = []
            earlier.pop(row.template, None)
        elif row.status == FAILED:
            t.failed += 1
        elif is_another_edition(row.status, row.reason):
            # The template still reaches an edition page (another date's): the site has not been
            # redesigned, it has no edition of this date (yet). Not counted towards "stopped matching".
            t.no_edition += 1
            trailing[row.template] = []
            earlier.pop(row.template, None)
        else:
            t.no_edition += 1
            trailing.setdefault(row.template, []).append(row)
    for template, rows in trailing.items():
        t = health[template]
        if not rows:
            continue
        # A streak that began before the range and was never broken in it (popped above when it was).
        start, before = earlier.get(template, (rows[0].day, 0))
        if t.last_found is not None and len(rows) + before >= min_days:
            t.stopped_since, t.unmatched, t.no_edition = start, len(rows), t.no_edition - len(rows)
            for row in rows:  # still no edition (the crawl's and the calendar's word), with why
                row.stopped_matching = True
                note = f"URL template stopped matching since {start}"
                row.reason = f"{row.reason}; {note}" if row.reason else note
    return list(health.values())


def _streaks_before(
    session: Session, source_id: str, found_before: dict[str, date], since: date
) -> dict[str, tuple[date, int]]:
    """Return, per template, the first date and count of the dates without an edition checked
    between its last found edition and ``since``, when every date checked there was without one.

    A date answered with another date's edition, or covered by a combined edition, ends the streak
    (the template still reaches the site's editions); a date not settled yet (checked on its own
    day) and a failed one say nothing of the template.
    """
    out: dict[str, tuple[date, int]] = {}
    for template, last in found_before.items():
        rows = session.execute(
            select(Edition.edition_date, Edition.status, Edition.reason)
            .where(
                Edition.source_id == source_id,
                Edition.template == template,
                Edition.edition_date > last,
                Edition.edition_date < since,
            )
            .order_by(Edition.edition_date)
        ).all()
        covered = covered_days(session, source_id, last, since) if rows else {}
        streak: list[date] = []
        for day, status, reason in rows:
            if status == FAILED or is_not_yet(status, reason):
                continue
            if status != NO_EDITION or is_another_edition(status, reason) or day in covered:
                streak = []
            else:
                streak.append(day)
        if streak:
            out[template] = (streak[0], len(streak))
    return out


def _found_before(session: Session, source_id: str, since: date) -> dict[str, date]:
    """Return, per template, the last date before ``since`` it found an edition."""
    rows = session.execute(
        select(Edition.template, func.max(Edition.edition_date))
        .where(Edition.source_id == source_id, Edition.status == FOUND, Edition.edition_date < since)
        .group_by(Edition.template)
    )
    return {template: day for template, day in rows if template}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _totals(days: list[DateHealth]) -> dict[str, Any]:
    statuses = Counter(row.status for row in days)
    articles = sum(row.articles for row in days)
    return {
        "editions_expected": sum(row.expected for row in days),
        "found": statuses[FOUND],
        # Of the found: a page or article of the edition was not archived (reason "incomplete: ...").
        "incomplete": sum(1 for row in days if is_incomplete(row.status, row.reason)),
        "no_edition": statuses[NO_EDITION],
        # Of the no-edition: the date answered with another date's edition (reason "another edition: ...").
        "another_edition": sum(1 for row in days if is_another_edition(row.status, row.reason)),
        # Later days of a combined edition (合刊) filed under its first day: neither found nor missed.
        "covered": statuses[COVERED],
        # Checked on their own day without an edition yet: not counted as no edition until settled.
        "not_yet": statuses[NOT_YET],
        "failed": statuses[FAILED],
        # Of the no-edition: the dates since a URL template stopped matching (a site redesign).
        "unmatched": sum(1 for row in days if row.stopped_matching),
        # Dates no template covers expect no edition: not checked, and nothing left to check.
        "unchecked": sum(1 for row in days if row.status == UNCHECKED and row.expected),
        "articles": articles,
        **{
            key: sum(getattr(row, key) for row in days)
            for key in ("new", "changed", "unchanged", "unseen", "refused", "refused_unarchived", "reprints")
        },
        "title_fill": _share(sum(row.with_title for row in days), articles),
        "date_fill": _share(sum(row.with_date for row in days), articles),
        "author_fill": _share(sum(row.with_author for row in days), articles),
        "encoding_fallbacks": sum(row.encoding_fallbacks for row in days),
    }


def check_alerts(source: SourceConfig, report: Report) -> list[Alert]:
    """Return the thresholds of ``source.alerts`` that the report crosses."""
    alerts: list[Alert] = []
    limits = source.alerts
    streaks: tuple[tuple[str, Callable[[DateHealth], bool], str], ...] = (
        ("no_edition_days", lambda row: row.status == NO_EDITION, "no edition"),  # a redesign's dates too
        ("failed_days", lambda row: row.status == FAILED, "failed"),
        ("unmatched_days", lambda row: row.stopped_matching, "URL template stopped matching"),
    )
    for key, counts, label in streaks:
        limit = getattr(limits, key)
        length, first, last = _longest_run(report.dates, counts)
        if limit and length >= limit:
            span = f"on {first}" if length == 1 else f"for {length} days in a row ({first} .. {last})"
            alerts.append(Alert(key, limit, f"{label} {span}"))
    for key, total in (
        ("min_title_fill", "title_fill"),
        ("min_date_fill", "date_fill"),
        ("min_author_fill", "author_fill"),
    ):
        limit, seen = getattr(limits, key), report.totals.get(total)
        if limit and seen is not None and seen < limit:
            alerts.append(Alert(key, limit, f"{total.replace('_', ' ')} {seen:.0%} is below {limit:.0%}"))
    return alerts

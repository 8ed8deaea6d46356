"""Build the health report of one source over a date range: one row per edition date, then totals and alerts.

What each status and count means is told in :mod:`crawler.report`'s docstring.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from archive.editions import covered_days, covered_note, process_gone, reasons_with_misfiled
from archive.items import INCOMPLETE_PREFIX, NOT_COVERED, incomplete_advice, is_not_yet
from archive.models import CrawlRun, Edition, Page
from archive.run_verdict import IDLE, NOTHING_FETCHED, OK, PROCESS_GONE, SHORTFALLS, reason_text, run_verdict
from archive.schedules import Schedules, due_reason, is_off, off_note
from archive.source_schedules import load_schedules
from crawler.outcome import counter_groups, recheck_failed_dates
from crawler.report.alerts import check_alerts
from crawler.report.model import (
    COVERED,
    FAILED,
    FOUND,
    NO_EDITION,
    NOT_PUBLISHING,
    NOT_YET,
    STOPPED_MIN_DAYS,
    UNCHECKED,
    DateHealth,
    Report,
)
from crawler.report.queries import _article_rows, _runs, _unarchived_refusals
from crawler.report.templates import _found_before, _streaks_before, _templates
from crawler.report.totals import _totals
from crawler.sources import SourceConfig


def classify(edition: Edition) -> str:
    """Return the report category of an edition row (unknown statuses count as failed).

    A provisional "no edition" (checked on its own day) is "not-yet", never a final "no edition".
    """
    if is_not_yet(edition.status, edition.reason):
        return NOT_YET
    return edition.status if edition.status in (FOUND, NO_EDITION, FAILED) else FAILED


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


def _failed_rechecks(by_day: dict[date, DateHealth], runs: list[CrawlRun]) -> None:
    """Name on each found date the latest later run whose check of it failed: "found" alone hid it.

    A failed check never moves a found date down (``archive.editions``), so its row keeps no trace;
    the run's counters name the date (``editions/recheck_failed/DAY``).
    """
    for run in runs:  # oldest first: the latest failure wins
        for day in recheck_failed_dates(run.counters or {}):
            row = by_day.get(date.fromisoformat(day))
            if row is not None and row.status == FOUND and run.id > (row.run_id or 0):
                row.recheck_failed_run = run.id
    for row in by_day.values():
        if row.recheck_failed_run is not None:
            note = f"re-check failed in run {row.recheck_failed_run}: kept as archived"
            row.reason = f"{row.reason}; {note}" if row.reason else note


def _run_state(run: CrawlRun) -> str:
    """Return a run's status, ``killed`` for one left ``running`` by a process that is gone."""
    gone = run.status == "running" and isinstance(run.args, dict) and process_gone(run.args)
    return "killed" if gone else run.status


def _taken_over(session: Session, run_status: dict[int, str]) -> None:
    """Read as finished a stopped queue worker's run whose job a later worker run of it finished.

    The stopped worker's requests went back to the queue and the other worker crawled them: a
    worker finishes only once the queue is drained and no other worker is busy. "crawl the date
    again with --resume" on every date the stopped one recorded sent a maintainer after a
    complete archive.
    """
    stopped = {
        run_id: run
        for run_id in run_status
        if run_status[run_id] in ("interrupted", "killed")
        and (run := session.get(CrawlRun, run_id)) is not None
        and isinstance(run.args, dict)
        and run.args.get("queue")
    }
    if not stopped:
        return
    finished = session.scalars(
        select(CrawlRun).where(
            CrawlRun.source_id.in_({run.source_id for run in stopped.values()}),
            CrawlRun.status == "finished",
            CrawlRun.finished_at.is_not(None),
        )
    ).all()

    def job(run: CrawlRun) -> tuple[object, ...]:
        args = run.args if isinstance(run.args, dict) else {}
        return run.source_id, args.get("queue"), args.get("since"), args.get("until")

    for run_id, run in stopped.items():
        ended = run.finished_at or run.started_at
        if any(job(other) == job(run) and other.finished_at >= ended for other in finished):  # type: ignore[operator]
            run_status[run_id] = "finished"


AGAIN = "crawl the date again with --resume"


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
        notes.append(f"run {row.run_id} {state}: {AGAIN}")
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
    _taken_over(session, run_status)

    # The schedules the store registered, with the registry's as its next crawl will register it.
    schedules = load_schedules(session, [source.id]).get(source.id, Schedules())
    schedules = schedules.with_registry(source.schedule, today)
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
        # The schedule in force on the day (archive.schedules: the web calendar's rule too).
        if is_off(schedules, day, edition.status if edition else "", edition.reason if edition else ""):
            row.publishing_day = False
            if edition is None or classify(edition) in (NO_EDITION, NOT_YET, FAILED):
                # A Sunday of a Monday-to-Saturday paper: its 404 (or no check at all) is the schedule's,
                # not a missed edition; counted "no edition", it set off no_edition_days every week.
                # Its status is the calendar's, not "unchecked" (a 404 was a check). A failed check
                # (HTTP 500) missed nothing either: no edition was due, so it is neither failed nor
                # expected, and sets off no failed_days.
                row.status = NOT_PUBLISHING
                if row.expected:
                    row.expected = 0
                    row.reason = off_note(schedules, day, edition.reason if edition else "")
                edition = None
        if day > today and edition is None:
            # A date after the paper's today: counted "expected" and "unchecked", a report to the end
            # of the month read as if the crawl had missed the days still to come. Whatever its weekday:
            # a Sunday to come of a Monday-to-Saturday paper counted "not a publishing day" in the
            # totals while its row said "not due yet" (its status is the later weekdays', unchecked).
            row.expected, row.status = 0, UNCHECKED
            row.reason = f"after today ({today} in {source.timezone}): not due yet"
        if edition is not None:
            # A crawl's "not a publishing day" on a day the schedule in force says is due reads as the miss.
            row.status, row.reason, row.run_id = classify(edition), due_reason(edition.reason), edition.run_id
            row.template = edition.template or row.template
            row.pages = int(page_counts.get(edition.id, 0))
        by_day[day] = row

    if source.kind != "epaper":
        _date_news_rows(by_day, runs)
    for art in _article_rows(session, source, since, until):
        row = by_day[art.day]
        row.articles += 1
        started = run_start.get(row.run_id) if row.run_id is not None else None
        if art.imported_first and (started is None or art.first_seen >= started):
            # Written by `newsarchive import` since (its first version never fetched): not the crawl's
            # work. Read as its "new", an import of the date's articles inflated the crawl.
            row.unseen += 1
        elif started is None or art.first_seen >= started:
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
            if row.articles and row.status in (UNCHECKED, NOT_PUBLISHING):
                row.status = FOUND
                if not row.publishing_day:  # it published on a day its schedule leaves out: still found
                    row.expected, row.reason = 1, ""
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
        # What to do about a part not archived: no scheduled crawl takes the date up again by itself
        # (an unfinished run's note says "crawl the date again" already).
        advice = incomplete_advice(row.reason) if row.status == FOUND else ""
        if advice and not (advice == incomplete_advice(INCOMPLETE_PREFIX) and AGAIN in row.reason):
            row.reason = f"{row.reason}; {advice}"
    _failed_rechecks(by_day, runs)
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
    report.runs = {
        "count": len(runs),
        **dict(statuses),
        **{verdict: verdicts[verdict] for verdict in (*SHORTFALLS, IDLE) if verdicts[verdict]},
        "last_failure": _last_failure(runs),
    }
    report.alerts = check_alerts(source, report)
    return report


def _last_failure(runs: list[CrawlRun]) -> str:
    """Say the latest run that failed, a finished one that fetched nothing among them.

    Only stopped and failed runs counted once: after an interrupted crawl, a later one that
    found the site down read "last failure: shutdown", the older stop, as if all went well since.
    """
    for run in reversed(runs):
        if run.status not in ("finished", "running"):
            return f"run {run.id}: {reason_text(run.reason) or run.status}"
        if run.status == "finished" and run_verdict(run) == NOTHING_FETCHED:
            failures = "; ".join(counter_groups(run.counters or {})[:1])
            return f"run {run.id} fetched nothing" + (f": {failures}" if failures else "")
    return ""


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

"""Record editions and pages of e-papers.

Editions and pages are written with ``INSERT ... ON CONFLICT`` on their unique
keys, so two workers crawling the same paper never race into a duplicate-key
error. An edition's status moves up (failed < no-edition < found) with any
new evidence, and down only with trustworthy evidence (see
:func:`record_edition`): a failed re-check (the site down, a timeout) never
erases an edition found before, and no re-check deletes an archived article.

This module once held the crawl runs and the dates' notes too; they moved to
:mod:`archive.runs`, :mod:`archive.edition_notes` and :mod:`archive.edition_settle`
(one role each). Their public names stay importable from here, where the crawler,
the web page, the CLI, the tests and the benchmarks import them.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from archive.dialect import upsert_insert
from archive.edition_notes import (
    covered_days,
    covered_note,
    join_reasons,
    misfiled_notes,
    own_dates,
    reasons_with_misfiled,
)
from archive.edition_settle import settle_served_again, settle_unsure_editions
from archive.items import (
    EditionItem,
    PageItem,
    is_incomplete,
    is_not_yet,
    merge_incomplete,
)
from archive.models import CrawlRun, Edition, Page, utcnow
from archive.runs import (
    DEAD_RUN_REASON,
    REPROCESS_SPIDER,
    UNKNOWN_STOP,
    close_dead_runs,
    discard_run,
    finish_run,
    last_activity,
    process_gone,
    save_running_counters,
    start_run,
    stored_counters,
)

# How many times a page write is read again and retried after another worker wrote the page between
# this one's read and its write (record_page): each retry reads that worker's committed row.
PAGE_WRITE_ATTEMPTS = 3

__all__ = [
    "DEAD_RUN_REASON",
    "REPROCESS_SPIDER",
    "UNKNOWN_STOP",
    "close_dead_runs",
    "covered_days",
    "covered_note",
    "discard_run",
    "finish_run",
    "join_reasons",
    "last_activity",
    "misfiled_notes",
    "process_gone",
    "reasons_with_misfiled",
    "record_edition",
    "record_page",
    "retemplate",
    "save_running_counters",
    "settle_served_again",
    "settle_unsure_editions",
    "start_run",
    "stored_counters",
]

_RANK = {"failed": 0, "no-edition": 1, "found": 2}


def _rank(column: Any) -> Any:
    return case({status: rank for status, rank in _RANK.items()}, value=column, else_=0)


def record_edition(session: Session, item: EditionItem, run_id: int | None) -> Edition:
    """Insert or update the edition row of ``item``'s source and date.

    The status moves up with any check. It moves down from "found" to
    "no-edition" only when the re-check saw no edition (a 404, an empty page,
    another date's edition) and nothing archived contradicts it: no article is
    archived under the date, or those archived are dated another day (the
    latest edition an older crawl took for this date's). A found edition whose
    articles are of the date stays found (the site removed an old edition; the
    archive keeps it), and a failed check never moves a status down, nor does
    a provisional "not yet published" (a check on the date's own day): it is
    no evidence yet. Two "no edition" checks rank alike, so the later one's
    reason stands: a settled "no edition" replaces a provisional one.
    """
    now = utcnow()
    values = {
        "source_id": item.source_id,
        "edition_date": item.edition_date,
        "status": item.status,
        "reason": _with_other_workers_parts(session, item, run_id)[:256],
        "url": item.url[:2048],
        "template": item.template[:512],
        "run_id": run_id,
        "checked_at": now,
        "issue_number": "",
    }
    stmt = upsert_insert(session, Edition).values(**values)
    better = _rank(stmt.excluded.status) >= _rank(Edition.status)
    keep = {
        name: case((better, getattr(stmt.excluded, name)), else_=getattr(Edition, name))
        for name in ("status", "reason", "url", "template", "run_id")
    }
    stmt = stmt.on_conflict_do_update(
        index_elements=["source_id", "edition_date"], set_={**keep, "checked_at": stmt.excluded.checked_at}
    ).returning(Edition.id)
    edition_id = session.execute(stmt).scalar_one()
    row = session.get(Edition, edition_id, populate_existing=True)
    assert row is not None
    if item.status == "no-edition" and row.status == "found" and not is_not_yet(item.status, item.reason):
        if _no_longer_found(session, row):
            row.status, row.url, row.template = item.status, item.url[:2048], item.template[:512]
            row.run_id, row.reason = run_id, item.reason[:256]
            session.flush()
    return row


def _with_other_workers_parts(session: Session, item: EditionItem, run_id: int | None) -> str:
    """Return ``item``'s reason, naming too what another worker of the same crawl found missing.

    Queue workers each record their own run, and each names on the edition only
    the parts it failed: the last one written hid the others' (a report showed one
    missing article of two). A found edition left incomplete by a run that overlaps
    ``run_id`` in time (another worker's) keeps its parts; a later crawl's replaces it.
    """
    if item.status != "found" or run_id is None:
        return item.reason
    row = session.execute(
        select(Edition.status, Edition.reason, Edition.run_id).where(
            Edition.source_id == item.source_id, Edition.edition_date == item.edition_date
        )
    ).first()
    if row is None or row.run_id is None or not is_incomplete(row.status, row.reason):
        return item.reason
    if row.run_id != run_id:  # the same run's note only grows: its spider names all it missed
        ours, theirs = session.get(CrawlRun, run_id), session.get(CrawlRun, row.run_id)
        if ours is None or theirs is None:
            return item.reason
        if theirs.finished_at is not None and theirs.finished_at < ours.started_at:
            return item.reason  # an earlier crawl's note: this check replaces it
    merged = merge_incomplete(row.reason, item.reason)
    return item.reason if merged is None else merged


def retemplate(session: Session, source_id: str, old: Collection[str], new: str) -> int:
    """Record ``source_id``'s editions checked with a template of ``old`` as checked with ``new``.

    Return how many rows changed.

    For a template that moved without changing (the demo's sample site, served on
    another loopback port each run): the report counts per template, and would
    otherwise keep a line for each port, its dates never checked again.
    """
    if not old:
        return 0
    result = session.execute(
        update(Edition)
        .where(Edition.source_id == source_id, Edition.template.in_(sorted(old)))
        .values(template=new[:512])
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _no_longer_found(session: Session, row: Edition) -> bool:
    """Tell whether found ``row`` may become "no-edition" after a check that saw none.

    The articles archived under its date decide: none (the old "found" has
    nothing to show for it), or articles whose own dates (Founder's record,
    the page's date line) mostly name another day: the latest edition an
    older crawl filed under this date. Articles of the date keep it found.
    The articles themselves are never touched (:func:`misfiled_notes` says
    where they belong, in the report and the calendar).
    """
    own = own_dates(session, row.source_id, [row.edition_date]).get(row.edition_date)
    if not own:
        return True
    own.pop(date.min, None)
    same = own.pop(row.edition_date, 0)
    return bool(own) and sum(own.values()) > same


def _page_key(session: Session, edition_id: int, item: PageItem) -> tuple[str, str, bool]:
    """Return the number and name ``item`` is stored under (one row per page URL of an edition), and
    whether it is an unlabelled read joining the row of a labelled one (which keeps its PDF and capture).

    A page that does not list itself (cut short in transfer, or a site that leaves it out of its
    own list) has no label: it is numbered by its URL (``node_02.html``). The same page read with
    its label (``第02版：综合``) by another crawl is that row, not a second one: two rows counted
    the edition a page more than the paper has and listed a phantom page on the edition's page.
    """
    by_url = item.url.rsplit("/", 1)[-1][:16]
    number = item.number[:16] or by_url
    if not item.url:
        return number, item.name, False
    rows = session.scalars(
        select(Page).where(Page.edition_id == edition_id, Page.url == item.url[:2048], Page.number != number)
    ).all()
    if not item.number:
        labelled = [row for row in rows if row.number != by_url]
        if labelled:  # an earlier crawl read this page's label: keep it
            return labelled[0].number, item.name or labelled[0].name, True
        return number, item.name, False
    same_number = select(Page.id).where(Page.edition_id == edition_id, Page.number == number)
    taken = session.scalars(same_number).first()
    for row in rows:
        if row.number != by_url:
            continue
        if taken is None:  # the unlabelled row becomes the labelled page (its WARC reference kept)
            row.number, taken = number, row.id
        else:
            session.delete(row)
        session.flush()
    return number, item.name, False


def record_page(session: Session, item: PageItem, run_id: int | None) -> Page:
    """Insert or update a page row (its edition is recorded as found if missing).

    The page's rows are read, then renamed or merged (:func:`_page_key`) and upserted: another
    worker recording the same page between the read and the write (its labelled row committed
    after this read found none) broke the unique (edition, number) constraint on the rename, and
    the worker's whole batch failed. The write runs in a savepoint and, when another worker got
    there first, is read again and retried (:data:`PAGE_WRITE_ATTEMPTS`).
    """
    edition = session.scalars(
        select(Edition).where(Edition.source_id == item.source_id, Edition.edition_date == item.edition_date)
    ).one_or_none()
    if edition is None or edition.status != "found":
        edition = record_edition(session, EditionItem(item.source_id, item.edition_date, "found"), run_id)
    for attempt in range(1, PAGE_WRITE_ATTEMPTS + 1):
        try:
            with session.begin_nested():
                page_id = _write_page(session, edition.id, item)
            break
        except (IntegrityError, StaleDataError):
            if attempt == PAGE_WRITE_ATTEMPTS:
                raise
    row = session.get(Page, page_id, populate_existing=True)
    assert row is not None
    return row


def _write_page(session: Session, edition_id: int, item: PageItem) -> int:
    """Write ``item``'s row of edition ``edition_id`` (see :func:`record_page`); return its id."""
    number, name, joined = _page_key(session, edition_id, item)
    values: dict[str, Any] = {
        "edition_id": edition_id,
        "number": number,
        "name": name[:128],
        "url": item.url[:2048],
        "pdf_url": item.pdf_url[:2048],
        "warc_file": item.warc_file[:512],
        "warc_offset": item.warc_offset,
    }
    stmt = upsert_insert(session, Page).values(**values)
    update_set = {name: getattr(stmt.excluded, name) for name in ("name", "url", "pdf_url")}
    if item.warc_file:  # a page seen again without a capture keeps its earlier WARC reference
        update_set |= {"warc_file": stmt.excluded.warc_file, "warc_offset": stmt.excluded.warc_offset}
    if joined:
        # A read cut short (its label lost, its PDF link likely too) fills only what the whole read's
        # row lacks: it wrote its empty PDF link and its damaged capture over the whole read's.
        page = Page.__table__.c
        bare = page.warc_file == ""
        update_set |= {
            "pdf_url": func.coalesce(func.nullif(page.pdf_url, ""), stmt.excluded.pdf_url),
            "warc_file": case((bare, stmt.excluded.warc_file), else_=page.warc_file),
            "warc_offset": case((bare, stmt.excluded.warc_offset), else_=page.warc_offset),
        }
    stmt = stmt.on_conflict_do_update(index_elements=["edition_id", "number"], set_=update_set)
    return int(session.execute(stmt.returning(Page.id)).scalar_one())

"""Write a batch of crawled items (editions, pages, articles) in one transaction.

Shared by the store pipeline, whether it writes in the crawl process or in
its writer process. A batch that fails is retried item by item, so one bad
item costs itself, not its neighbours.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from archive.articles import DAMAGED, damaged_note, upsert_articles
from archive.editions import record_edition, record_page
from archive.items import RECHECK_FAILED, RECHECK_FAILED_DAY, ArticleItem, EditionItem, PageItem

logger = logging.getLogger(__name__)


def _write(session: Session, items: Sequence[Any], run_id: int | None) -> list[str]:
    """Write editions and pages in order, then the batch's articles; return counter names."""
    articles: list[ArticleItem] = []
    outcomes: list[str] = []
    for item in items:
        if isinstance(item, ArticleItem):
            articles.append(item)
        elif isinstance(item, EditionItem):
            row = record_edition(session, item, run_id)
            if item.status == "failed" and row.status == "found":
                # A failed check never moves a found date down, so the row keeps no trace of it and
                # the crawl's summary, which reads failed dates from the rows, could not name it.
                logger.warning(
                    "%s %s: this check failed (%s); its edition stays found as archived",
                    item.source_id,
                    item.edition_date,
                    item.reason,
                )
                # Counted in the run's counters, so `runs` and the crawl summary say it too, and
                # its date with it: the row keeps no trace, the run's counters name it.
                outcomes += [RECHECK_FAILED, f"{RECHECK_FAILED_DAY}{item.edition_date.isoformat()}"]
        elif isinstance(item, PageItem):
            record_page(session, item, run_id)
    for item, result in zip(articles, upsert_articles(session, articles, run_id=run_id), strict=True):
        if result.outcome == DAMAGED:
            # Much shorter than the stored text: kept out of the record, counted, named in the log.
            logger.warning("not replacing article %s: %s", item.url, damaged_note(item, result.damage))
            outcomes.append("skipped/damaged_capture")
            continue
        outcomes.append("articles/" + result.outcome)
        if result.reprint:
            outcomes.append("reprints/" + result.reprint)
    return outcomes


# Called in a batch's transaction with its outcomes: the run's counters are written with its rows.
Committing = Callable[[Session, Counter[str]], None]


def write_batch(
    sessions: sessionmaker[Session],
    items: Sequence[Any],
    run_id: int | None,
    committing: Committing | None = None,
) -> Counter[str]:
    """Write ``items`` in one transaction (item by item if that fails); count the outcomes.

    ``committing`` is called before each commit with the outcomes so far, in the transaction
    (item by item: once more after the last, in its own), so what it writes stands or falls with them.
    """
    if not items:
        return Counter()
    try:
        with sessions.begin() as session:
            written = Counter(_write(session, items, run_id))
            if committing is not None:
                committing(session, written)
            return written
    except (SQLAlchemyError, ValueError) as exc:
        logger.warning("batch write failed (%s: %s); writing items one by one", exc.__class__.__name__, exc)
    outcomes: Counter[str] = Counter()
    for item in items:
        try:
            with sessions.begin() as session:
                outcomes.update(_write(session, [item], run_id))
        except (SQLAlchemyError, ValueError) as item_exc:
            outcomes["failed/store"] += 1
            logger.error("cannot store %s: %s", getattr(item, "url", item), item_exc)
    if committing is not None:
        try:
            with sessions.begin() as session:
                committing(session, outcomes)
        except SQLAlchemyError as exc:  # the counters cost this write, not the items; the next batch's retry
            logger.warning("could not write the run's counters so far: %s", exc)
    return outcomes

"""Refused captures found again in the WARC files: is the refusal on record, and record it if not.

A crawl keeps a capture it refused (cut short in transfer) in its WARC file as
received and records the refusal when it closes: on the article's row
(``refused_at``, migration 0005) or, for an article never archived, in
``refused_captures`` (0007). ``reprocess`` meets those captures again on every
pass: one on record is known damage, not news; one the store has no record of
(a crawl killed before it closed, a store rebuilt from the WARC files) is
recorded as the crawl would have, dated by its capture.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from archive.articles import NO_CAPTURE, Capture, mark_refused, record_refusals
from archive.models import Article, ArticleFetchUrl, CrawlRun, RefusedCapture


def _held(session: Session, url: str) -> tuple[str, datetime | None] | None:
    """Return the URL and ``refused_at`` of the article ``url`` leads to (its own or a fetch URL), or None."""
    row = session.execute(select(Article.url, Article.refused_at).where(Article.url == url)).first()
    if row is None:
        row = session.execute(
            select(Article.url, Article.refused_at)
            .join(ArticleFetchUrl, ArticleFetchUrl.article_id == Article.id)
            .where(ArticleFetchUrl.url == url)
        ).first()
    return None if row is None else (row[0], row[1])


def refusal_on_record(session: Session, url: str, fetched_at: datetime) -> bool:
    """Tell whether the store records the refusal of a capture of ``url`` fetched at ``fetched_at``.

    On the article's row, a refusal at or after the capture counts (a later one covers it).
    """
    found = select(RefusedCapture.url).where(or_(RefusedCapture.url == url, RefusedCapture.key == url))
    if session.execute(found.limit(1)).first() is not None:
        return True
    held = _held(session, url)
    return held is not None and held[1] is not None and held[1] >= fetched_at


def keep_refusal(
    session: Session,
    source_id: str,
    run_id: int | None,
    url: str,
    edition_day: str,
    fetched_at: datetime,
    why: str = "truncated",
    where: Capture = NO_CAPTURE,
) -> None:
    """Record a refused capture the store had no record of, as the crawl that refused it would have.

    ``run_id`` is the crawl's (from the WARC record); a run the store does not hold (rebuilt) is left out.
    ``where`` is the capture's WARC file and offset, which the record names (0014).
    """
    held = _held(session, url)
    if held is not None:
        mark_refused(session, {held[0]: why}, now=fetched_at, captures={held[0]: where})
        return
    if run_id is not None and session.get(CrawlRun, run_id) is None:
        run_id = None
    record_refusals(
        session, source_id, run_id, {url: (why, "", edition_day)}, now=fetched_at, captures={url: where}
    )

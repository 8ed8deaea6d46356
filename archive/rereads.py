"""Write what the current rules read from a stored capture in place: ``reprocess``'s refresh.

``reprocess`` reads the WARC captures again with the current extraction rules.
A re-read whose text is the stored one (the content hash: title parts folded,
body, authors) was only touched, so every other reading the rules improved
(the date, the edition, section and page, the credits, the place, the title
as printed where the old store kept it folded) never reached an archive, and
``extract`` said one thing of a page while ``show`` printed another.

Only the stored version's *own* capture (its WARC file and offset) is written
so. The same capture read as another *text* is a new version of kind
``reread`` (:data:`archive.articles.REREAD`): the old reading is kept, and no
view says the paper changed its article. Another capture with the same text
(a crawl's re-visit, or reprocess of another capture) keeps only touching the
row: there the archive cannot tell a paper's change (a date corrected, a page
moved) from a page that reads worse
(a damaged or mirrored copy, a template the rules misread), and a reading of
one capture must not overwrite the reading of another. The same bytes read by
the current rules are no such question: they are what the archive holds.

A re-read that finds nothing where a value was stored (no date, no section, no
editors) keeps the stored value: the same bytes read by a selector broken in
``sources.toml``, or by a rule that regressed, read empty everywhere, and one
``reprocess`` would have wiped the dates and sections of the whole archive
(nothing archived is made worse). A changed value, or one filled where the
store had none, is written. The rows that kept a value are told apart
(:attr:`Refresh.kept`: ``reprocess`` counts ``refresh/kept``), and
``reprocess --accept-blank`` writes the empty reading, for an older rule's
reading the page never printed (the bytes stay in the WARC file for a later
rule). What the crawl knew from navigation (the edition's date,
section and page, kept in the capture's record) is read again with it
(:func:`crawler.reprocess.article_from_capture`), so a refresh never loses the
edition an article was listed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from archive.config import zone
from archive.dialect import chunked
from archive.items import ArticleItem
from archive.models import Article, ArticleVersion, Source, utcnow
from archive.row_values import COPIED_FIELDS, item_values

# The columns a reading gives an article and a re-read may write: not its text (by the hash, the same;
# the title parts are written, as printed, being hashed folded), nor the capture's own facts (its file and
# offset, the same here; its ETag and Last-Modified, which the touch writes).
_NOT_READINGS = ("body", "authors", "warc_file", "warc_offset", "http_etag", "http_last_modified")
ARTICLE_READINGS = (*(name for name in COPIED_FIELDS if name not in _NOT_READINGS), "published_offset")
# What an earlier version keeps that a reading gives: its title parts as printed and its date.
VERSION_READINGS = ("title", "lead_title", "subtitle", "published_at", "published_offset", "date_from")
# The zone a date was read in (0013) and where it was read (0016) go with that date: written with a new
# one, kept with a kept one, never kept alone (None is also a reading: a date in the source's zone or
# UTC; no kind). The same date read again with its kind is written: a row stored before 0016 learns it.
_PAIRED = {"published_offset": "published_at", "date_from": "published_at"}


class Refresh(NamedTuple):
    """What a refresh did: the rows written, and those that kept a stored value the re-read left empty."""

    written: set[int]
    kept: set[int]


def is_blank(value: Any) -> bool:
    """Tell whether a reading found nothing (no date, an empty text or list); ``False`` is a reading."""
    return value is None or (isinstance(value, str | list) and not value)


def same_capture(item: ArticleItem, warc_file: str, warc_offset: int | None) -> bool:
    """Tell whether ``item`` was read from the capture at ``warc_file``/``warc_offset`` (none: an import)."""
    return bool(item.warc_file) and (item.warc_file, item.warc_offset) == (warc_file, warc_offset)


def refresh_articles(
    session: Session,
    rereads: Mapping[int, ArticleItem],
    now: datetime | None = None,
    *,
    accept_blank: bool = False,
) -> Refresh:
    """Write the readings of ``rereads`` (article id -> its re-read) where they differ.

    A reading left empty keeps the stored value unless ``accept_blank`` (see the module's docstring).

    ``updated_at`` moves to ``now``, the clock by default, never the capture's time a reprocess dates
    other writes by: a store rebuilt from the captures holds that time already, and a write that left
    ``updated_at`` and the hash as they were would not move the store's change counter (migration 0009),
    so the index would not know the row moved.
    """
    stamp = {"updated_at": now or utcnow()}
    return _refresh(session, Article, ARTICLE_READINGS, rereads, stamp, accept_blank)


def refresh_versions(
    session: Session, rereads: Mapping[int, ArticleItem], *, accept_blank: bool = False
) -> Refresh:
    """Write the readings of earlier versions (version id -> its capture's re-read) where they differ."""
    return _refresh(session, ArticleVersion, VERSION_READINGS, rereads, {}, accept_blank)


def _refresh(
    session: Session,
    model: type[Article] | type[ArticleVersion],
    fields: tuple[str, ...],
    rereads: Mapping[int, ArticleItem],
    stamp: Mapping[str, Any],
    accept_blank: bool,
) -> Refresh:
    ids = sorted(rereads)
    stored: dict[int, tuple[Any, ...]] = {}
    captures: dict[int, tuple[str, int | None]] = {}
    columns = [getattr(model, name) for name in fields]
    for chunk in chunked(ids):
        # Locked (PostgreSQL) and checked against the re-read's capture: the caller read the row's
        # capture before, and a crawl committing another version since (reprocess takes no source
        # lock) would have had this capture's readings written over its text.
        query = select(model.id, model.warc_file, model.warc_offset, *columns).where(model.id.in_(chunk))
        for row in session.execute(query.with_for_update()):
            captures[row[0]], stored[row[0]] = (row[1], row[2]), tuple(row[3:])
    readings: dict[int, dict[str, Any]] = {}
    kept: set[int] = set()
    for id_ in ids:
        if id_ not in stored or not same_capture(rereads[id_], *captures[id_]):
            continue
        values = item_values(rereads[id_])
        wanted = readings[id_] = {name: values[name] for name in fields}
        if not accept_blank:
            old_values = dict(zip(fields, stored[id_], strict=True))
            for name, old in old_values.items():
                if name not in _PAIRED and is_blank(wanted[name]) and not is_blank(old):
                    wanted[name] = old
                    kept.add(id_)
            for name, leader in _PAIRED.items():
                if wanted[leader] is old_values[leader]:
                    wanted[name] = old_values[name]
    _keep_unnamed_offsets(session, model, fields, stored, readings)
    writes = [
        {"id": id_, **wanted, **stamp}
        for id_, wanted in readings.items()
        if stored[id_] != tuple(wanted.values())
    ]
    if writes:
        session.execute(update(model), writes)
    return Refresh({write["id"] for write in writes}, kept)


def _keep_unnamed_offsets(
    session: Session,
    model: type[Article] | type[ArticleVersion],
    fields: tuple[str, ...],
    stored: Mapping[int, tuple[Any, ...]],
    wanted: Mapping[int, dict[str, Any]],
) -> None:
    """Leave null a stored offset (a row written before 0013) its source's zone reads the same as.

    Such a row reads in its source's zone; a re-read of a Chinese page gives that zone's +08:00, and
    writing it would refresh every dated article of an upgraded archive (and re-index it) to show
    nothing new. A page's own other zone (a US page's -05:00) is written.
    """
    at, offset = fields.index("published_at"), fields.index("published_offset")
    ids = [
        id_
        for id_, values in wanted.items()
        if stored[id_][offset] is None
        and values["published_offset"] is not None
        and values["published_at"] == stored[id_][at]
    ]
    if not ids:
        return
    query = select(model.id, Source.timezone).select_from(model)
    if model is ArticleVersion:
        query = query.join(Article, Article.id == ArticleVersion.article_id)
    query = query.join(Source, Source.id == Article.source_id)
    for chunk in chunked(ids):
        for id_, tz in session.execute(query.where(model.id.in_(chunk))):
            values = wanted[id_]
            try:
                local = values["published_at"].astimezone(zone(tz))
            except (ZoneInfoNotFoundError, ValueError, OverflowError):
                continue
            if local.utcoffset() == timedelta(minutes=values["published_offset"]):
                values["published_offset"] = None

"""Write articles: insert new ones, touch unchanged ones, version changed ones.

The store pipeline and ``reprocess`` write in batches: one ``SELECT`` of the
batch's URLs decides what is new, changed or unchanged; new rows go in with
one ``INSERT ... ON CONFLICT DO NOTHING``; earlier content is copied into
``article_versions`` by the database itself (``INSERT ... SELECT``), so bodies
never travel back to Python. A re-read of the stored version's own capture
(``reprocess``) writes what the current rules read in place (:mod:`archive.rereads`);
when its *text* differs, the new text is a version of kind ``reread`` (the old reading
kept before it), never one the paper made (``crawl``): see :data:`REREAD`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from archive.chars import fold_headline
from archive.clusters import link_reprints
from archive.config import DEFAULT_TIMEZONE
from archive.date_from import is_inferred, is_printed
from archive.dialect import chunked, upsert_insert
from archive.items import ArticleItem
from archive.models import (
    VERSION_CRAWL,
    VERSION_REREAD,
    Article,
    ArticleFetchUrl,
    ArticleVersion,
    RefusedCapture,
    Source,
    utcnow,
)
from archive.rereads import refresh_articles, same_capture
from archive.row_values import LIMITS, clean, item_values, strip_nul
from archive.source_schedules import paper_today, register_schedule

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
# The same text read again from its own capture, what the current rules read written in place
# (a better date, section, page...): see archive.rereads. Unchanged when nothing differed.
REFRESHED = "refreshed"
# The stored version's own capture read by the current rules as another text (``reprocess``): the new
# reading is current, a version of kind VERSION_REREAD, the old one kept before it. Not CHANGED: the
# paper changed nothing, and ``show --versions`` and the article page must not say it did.
REREAD = "reread"
# An earlier version's capture read by the current rules as another text: nothing is written. Made a
# new version, the old capture's reading became the current text, over the paper's later page.
EARLIER_REREAD = "earlier_reread"
DAMAGED = "damaged"  # refused: the new text looks like a damaged capture of the stored one
# A capture's place in the WARC files (file, offset): which one a refusal was of (0014).
Capture = tuple[str, int | None]
NO_CAPTURE: Capture = ("", None)  # not named: a refusal recorded before 0014, or its capture unknown

# A legitimate edit corrects, adds or trims; papers rarely cut more than half of a published
# article. A capture cut short, a wrong decoding or a page the extractor misreads leaves a
# fragment. So new text under SHRINK_RATIO of the stored text, and at least SHRINK_MIN_CHARS
# shorter, is taken for damage: the stored text stays current and the capture stays in its
# WARC file, where ``reprocess --accept-shorter`` can take it once someone has looked.
SHRINK_RATIO = 0.5
SHRINK_MIN_CHARS = 100
# A capture cut short is not always under half: a page truncated at 80% keeps most of the
# text. Its text then stops mid-sentence where the stored text goes on. An edit that trims
# the end stops at a sentence end (and stays allowed), so only a cut mid-sentence, at least
# TAIL_LOSS_MIN_CHARS before the stored end, whose last TAIL_PROBE_CHARS are found in the
# stored text, is taken for damage. A closing bracket ends a text too: an extractor that learns
# to drop a trailing credit line leaves the text ending at （新华社发）, which is no cut.
TAIL_LOSS_MIN_CHARS = 20
TAIL_PROBE_CHARS = 30
_SENTENCE_END = "。！？!?…”’」』）)】》"
# A paywall or login wall served instead of the text ("请登录后阅读全文", "付费内容"): a
# re-capture that says so, when the stored text did not and was longer, is not the article.
_WALL = re.compile(
    r"请先登录|登录后(?:阅读|查看|可|继续|才)|付费(?:阅读|内容|订阅|用户)|订阅后(?:阅读|查看|可)"
    r"|开通(?:会员|VIP)|会员专享|剩余\d*字|阅读全文请"
    r"|log in to (?:read|continue)|subscribe to (?:read|continue)",
    re.IGNORECASE,
)


def looks_damaged(new_chars: int, stored_chars: int) -> bool:
    """Tell whether replacing ``stored_chars`` of text with ``new_chars`` looks like damage, not an edit."""
    return new_chars < stored_chars * SHRINK_RATIO and stored_chars - new_chars >= SHRINK_MIN_CHARS


def _squash(text: str) -> str:
    return "".join(text.split())


def worse_capture(new_body: str, stored_body: str) -> str:
    """Say why ``new_body`` looks like a worse capture of ``stored_body`` (empty: it may be an edit).

    Only captures shorter than the stored text are judged. Two kinds are told
    apart from an edit: the text cut short mid-sentence where the stored text
    goes on (a page truncated at the origin, with a matching Content-Length),
    and a login or paywall notice the stored text did not have.
    """
    new, stored = _squash(new_body), _squash(stored_body)
    if not new or len(new) >= len(stored):
        return ""
    wall = _WALL.search(new)
    if wall is not None and _WALL.search(stored) is None:
        return f"its new text asks the reader to log in or pay ({wall.group(0)}), the stored text did not"
    tail = new[-TAIL_PROBE_CHARS:]
    at = stored.rfind(tail)
    lost = len(stored) - (at + len(tail))
    if at >= 0 and lost >= TAIL_LOSS_MIN_CHARS and new[-1] not in _SENTENCE_END:
        return f"its new text stops mid-sentence {lost} characters before the stored text ends (cut short)"
    return ""


def damaged_note(item: ArticleItem, why: str = "") -> str:
    """Say, in one line, why ``item`` was refused as a damaged capture."""
    where = f" ({item.warc_file} at offset {item.warc_offset})" if item.warc_file else ""
    return (why or f"its new text ({len(item.body)} characters) is under half the stored text") + where


def shorter_note(item: ArticleItem, result: UpsertResult) -> str:
    """Say, in one line, that a new reading of a sound capture was kept out as much shorter, and how.

    ``reprocess`` reads each capture whole (a damaged record is refused before): what
    :func:`looks_damaged` or :func:`worse_capture` refuses there is our reading, much shorter than
    the stored text, which is kept. "damaged capture" sent an archivist looking for a broken WARC file.
    """
    where = f" ({item.warc_file} at offset {item.warc_offset})" if item.warc_file else ""
    return f"much shorter reading: {item.url}: {shorter_why(item, result)}; kept the stored text{where}"


def shorter_why(item: ArticleItem, result: UpsertResult) -> str:
    """Say why a reading of ``item`` was refused as much shorter than the stored text (no place, no URL)."""
    return result.damage.replace("its new text", "its new reading", 1) or (
        f"its new reading ({len(item.body)} characters) is under half the stored text "
        f"({result.stored_chars} characters)"
    )


def content_hash(item: ArticleItem) -> str:
    """Hash what a reader sees (title parts, body, authors): a change here makes a new version.

    Titles are hashed folded (:func:`fold_headline`): the store keeps them as printed, and an
    archive written when it stored them folded must not gain a version of every article whose
    title differs only in punctuation or width (``评:X`` against the ``评：X`` it stored).
    """
    titles = [fold_headline(t) for t in (item.lead_title, item.title, item.subtitle)]
    parts = [*titles, item.body, "\x1f".join(item.authors)]
    return hashlib.sha256(strip_nul("\x1e".join(parts)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class UpsertResult:
    """What happened to one article: its row id, NEW/CHANGED/UNCHANGED, and whether it is a reprint."""

    article_id: int
    outcome: str
    reprint: str = ""  # "" | "exact" | "near"
    cluster_id: int | None = None
    damage: str = ""  # for DAMAGED: why the capture was refused (see damaged_note)
    stored_chars: int = 0  # for DAMAGED: the length of the stored text it was measured against
    # A re-read of its own capture left empty what the row holds: the stored value was kept (rereads).
    kept_blank: bool = False


def ensure_source(
    session: Session,
    source_id: str,
    name: str = "",
    region: str = "",
    kind: str = "",
    timezone: str | None = None,
    *,
    schedule: str = "",
    now: datetime | None = None,
) -> None:
    """Insert the source row if it is missing (articles reference it), never failing on a race.

    ``timezone`` is the registry's zone of the source: given, it is also
    written to an existing row, so editing ``timezone`` in sources.toml takes
    effect at the next crawl (``index update`` then re-files the source's
    articles). Left out (an import), a new row gets the default zone.
    ``schedule`` is the registry's cron schedule: a new one is registered as in
    force from the paper's day at ``now`` (default: the clock; see
    :mod:`archive.schedules`), so the web calendar reads the paper's week too.
    """
    stmt = upsert_insert(session, Source).values(
        id=source_id,
        name=name or source_id,
        region=region,
        kind=kind or "epaper",
        config_hash="",
        timezone=timezone or DEFAULT_TIMEZONE,
    )
    if timezone is None:
        session.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))
    else:
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={"timezone": timezone},
                where=Source.timezone != timezone,
            )
        )
    if schedule:
        register_schedule(session, source_id, schedule, paper_today(timezone or DEFAULT_TIMEZONE, now))


# What an ArticleVersion keeps of the row it replaces (same names on both tables).
_VERSIONED = (
    "title",
    "lead_title",
    "subtitle",
    "body",
    "authors",
    "published_at",
    "published_offset",
    "date_from",
    "content_hash",
    "warc_file",
    "warc_offset",
    "imported",
    "version_kind",
)


def upsert_article(
    session: Session, item: ArticleItem, now: datetime | None = None, run_id: int | None = None
) -> UpsertResult:
    """Store ``item`` by URL: new row, ``last_seen`` touch, or a new version keeping the old content."""
    return upsert_articles(session, [item], now=now, run_id=run_id)[0]


def upsert_articles(
    session: Session,
    items: Sequence[ArticleItem],
    now: datetime | None = None,
    run_id: int | None = None,
    *,
    guard_shrink: bool = True,
    imported: bool = False,
    accept_blank: bool = False,
) -> list[UpsertResult]:
    """Store a batch of articles (in order; a URL seen twice is written twice, like two crawls).

    With ``guard_shrink`` (crawls and reprocess), a changed article whose new body
    :func:`looks_damaged` next to the stored one is not written: its result is ``DAMAGED``.
    ``imported`` (``newsarchive import``) marks the versions written as imported, not fetched:
    they have no capture, and "fetched" dated a file's import as a visit to the paper's site.
    ``accept_blank`` (``reprocess --accept-blank``) lets a re-read of an article's own capture
    write a reading left empty over a stored value (:mod:`archive.rereads`).
    """
    now = now or utcnow()
    results: list[UpsertResult] = []
    chunk: list[ArticleItem] = []
    urls: set[str] = set()  # the chunk's (a scan of the chunk per item made a batch quadratic)
    for item in items:
        if item.url in urls:
            results.extend(_upsert_unique(session, chunk, now, run_id, guard_shrink, imported, accept_blank))
            chunk, urls = [], set()
        chunk.append(item)
        urls.add(item.url)
    if chunk:
        results.extend(_upsert_unique(session, chunk, now, run_id, guard_shrink, imported, accept_blank))
    return results


def _upsert_unique(
    session: Session,
    items: list[ArticleItem],
    now: datetime,
    run_id: int | None,
    guard_shrink: bool,
    imported: bool = False,
    accept_blank: bool = False,
    retry: bool = True,
) -> list[UpsertResult]:
    digests = [content_hash(item) for item in items]
    existing: dict[str, tuple[int, str, int, int]] = {}
    dates: dict[int, StoredDate] = {}  # each stored row's date, its zone and where it was read
    seen: dict[str, datetime] = {}
    captures: dict[str, tuple[str, int | None]] = {}
    for urls in chunked([item.url for item in items]):
        rows = session.execute(
            select(
                Article.url,
                Article.id,
                Article.content_hash,
                Article.version,
                func.length(Article.body),
                Article.last_seen,
                Article.warc_file,
                Article.warc_offset,
                Article.published_at,
                Article.published_offset,
                Article.date_from,
            ).where(Article.url.in_(urls))
        )
        for url, id_, digest, version, chars, last_seen, warc_file, warc_offset, *dated in rows:
            existing[url] = (id_, digest, version, chars or 0)
            dates[id_] = StoredDate(*dated)
            seen[url] = last_seen
            captures[url] = (warc_file, warc_offset)

    results: dict[str, UpsertResult] = {}
    touched: list[dict[str, Any]] = []
    rereads: dict[int, ArticleItem] = {}  # the same text read again from its own capture
    changed: list[tuple[ArticleItem, str, int, int]] = []
    rereading: set[int] = set()  # of changed: another text read from the current version's own capture
    fresh: list[tuple[ArticleItem, str]] = []
    earlier = _earlier_captures(
        session,
        [
            (existing[item.url][0], item)
            for item, digest in zip(items, digests, strict=True)
            if item.url in existing
            and existing[item.url][1] != digest
            # After a re-read, the version before the current one holds the current capture too.
            and not same_capture(item, *captures[item.url])
        ],
    )
    for item, digest in zip(items, digests, strict=True):
        row = existing.get(item.url)
        if row is None:
            fresh.append((item, digest))
        elif row[1] != digest and (row[0], item.warc_file, item.warc_offset) in earlier:
            results[item.url] = UpsertResult(row[0], EARLIER_REREAD)
        elif row[1] == digest:
            # An older capture (``reprocess`` reads them at their own time) is no newer sighting:
            # it moved last_seen back, even before first_seen, and put back an older ETag.
            if seen[item.url] < now:
                touched.append(
                    {
                        "id": row[0],
                        "last_seen": now,
                        "http_etag": clean("http_etag", item.http_etag),
                        "http_last_modified": clean("http_last_modified", item.http_last_modified),
                    }
                )
            if same_capture(item, *captures[item.url]):
                rereads[row[0]] = item
            results[item.url] = UpsertResult(row[0], UNCHANGED)
        elif guard_shrink and looks_damaged(len(clean("body", item.body)), row[3]):
            results[item.url] = UpsertResult(row[0], DAMAGED, stored_chars=row[3])
        else:
            changed.append((item, digest, row[0], row[2]))
            if same_capture(item, *captures[item.url]):
                rereading.add(row[0])
    if guard_shrink:
        changed = _refuse_worse(session, changed, {url: row[3] for url, row in existing.items()}, results)
        damaged = {url: DAMAGED for url, r in results.items() if r.outcome == DAMAGED}
        refused = {item.url: (item.warc_file, item.warc_offset) for item in items if item.url in damaged}
        mark_refused(session, damaged, now, refused)
    if touched:
        session.execute(update(Article), touched)
    if rereads:
        refresh = refresh_articles(session, rereads, accept_blank=accept_blank)
        for id_ in refresh.written | refresh.kept:
            outcome = REFRESHED if id_ in refresh.written else UNCHANGED
            results[rereads[id_].url] = UpsertResult(id_, outcome, kept_blank=id_ in refresh.kept)
    if changed:
        _version(session, changed, now, run_id, imported, rereading, dates)
        results.update(
            (item.url, UpsertResult(id_, REREAD if id_ in rereading else CHANGED))
            for item, _, id_, _ in changed
        )
    lost: list[ArticleItem] = []
    if fresh:
        stmt = upsert_insert(session, Article).on_conflict_do_nothing(index_elements=["url"])
        inserted_rows = session.execute(
            stmt.returning(Article.url, Article.id),
            [
                item_values(item)
                | {
                    "content_hash": digest,
                    "version": 1,
                    "first_seen": now,
                    "last_seen": now,
                    "updated_at": now,
                    "version_stored_at": now,
                    "run_id": run_id,
                    "imported": imported,
                }
                for item, digest in fresh
            ],
        )
        inserted: dict[str, int] = {row[0]: row[1] for row in inserted_rows}
        for item, _ in fresh:
            if item.url in inserted:
                results[item.url] = UpsertResult(inserted[item.url], NEW)
            else:  # another process inserted it since our SELECT: treat it as a re-visit
                lost.append(item)
    bodies: dict[int, str] = {}
    hashes: dict[int, str] = {}
    for item, digest in zip(items, digests, strict=True):
        result = results.get(item.url)
        # A re-read's text is new to the archive too: its fingerprints and reprint links follow it.
        if result is not None and result.outcome in (NEW, CHANGED, REREAD):
            bodies[result.article_id], hashes[result.article_id] = item.body, digest
    links = link_reprints(session, bodies, hashes, now)
    for url, result in list(results.items()):
        link = links.get(result.article_id)
        if link is not None:
            results[url] = replace(result, reprint=link.kind, cluster_id=link.cluster_id)
    record_fetch_urls(session, {item.url: item.fetch_urls for item in items if item.fetch_urls}, results)
    if lost:
        if not retry:
            raise RuntimeError(f"article rows vanished during upsert: {[i.url for i in lost]}")
        results.update(
            (r_item.url, r)
            for r_item, r in zip(
                lost,
                _upsert_unique(session, lost, now, run_id, guard_shrink, imported, accept_blank, retry=False),
                strict=True,
            )
        )
    return [results[item.url] for item in items]


def _earlier_captures(
    session: Session, candidates: list[tuple[int, ArticleItem]]
) -> set[tuple[int, str, int | None]]:
    """Return ``(article id, WARC file, offset)`` of the candidates' captures read for an earlier version.

    Only captures not the current version's are looked up (``reprocess``: a crawl's are new), in one query.
    """
    wanted = {
        (id_, item.warc_file, item.warc_offset)
        for id_, item in candidates
        if item.warc_file and item.warc_offset is not None
    }
    found: set[tuple[int, str, int | None]] = set()
    for ids in chunked(sorted({id_ for id_, _, _ in wanted})):
        rows = session.execute(
            select(ArticleVersion.article_id, ArticleVersion.warc_file, ArticleVersion.warc_offset).where(
                ArticleVersion.article_id.in_(ids), ArticleVersion.warc_file != ""
            )
        )
        found.update(key for key in ((a, f, o) for a, f, o in rows) if key in wanted)
    return found


def _refuse_worse(
    session: Session,
    changed: list[tuple[ArticleItem, str, int, int]],
    stored_chars: dict[str, int],
    results: dict[str, UpsertResult],
) -> list[tuple[ArticleItem, str, int, int]]:
    """Drop from ``changed`` the captures :func:`worse_capture` refuses, recording them as ``DAMAGED``.

    Only the stored bodies of captures shorter than them are read back (rare: most changes grow or keep
    the length), so a re-crawl does not pull every body into Python.
    """
    shorter = [c for c in changed if len(clean("body", c[0].body)) < stored_chars.get(c[0].url, 0)]
    if not shorter:
        return changed
    stored: dict[int, str] = {}
    for ids in chunked([id_ for _, _, id_, _ in shorter]):
        rows = session.execute(select(Article.id, Article.body).where(Article.id.in_(ids)))
        stored.update((id_, body) for id_, body in rows)
    refused: set[int] = set()
    for item, _, id_, _ in shorter:
        why = worse_capture(clean("body", item.body), stored.get(id_, ""))
        if why:
            results[item.url] = UpsertResult(id_, DAMAGED, damage=why, stored_chars=stored_chars[item.url])
            refused.add(id_)
    return [c for c in changed if c[2] not in refused]


def _version(
    session: Session,
    changed: list[tuple[ArticleItem, str, int, int]],
    now: datetime,
    run_id: int | None,
    imported: bool = False,
    rereading: set[int] | None = None,
    dates: Mapping[int, StoredDate] | None = None,
) -> None:
    """Copy the current content of changed rows into versions (in SQL), then overwrite the rows.

    The rows of ``rereading`` take a text the current rules read from their own capture: the new
    version is of kind VERSION_REREAD, and ``last_seen`` stays (re-reading a capture sees no page).
    A new capture's date the archive partly inferred never replaces a printed one (``dates``, the
    rows' stored dates: :func:`kept_printed_date`).

    A version keeps the time it was fetched as the current one showed it
    (:func:`archive.queries.article_versions`: a first version its first_seen,
    a later one the time its change was stored), the time of its capture. Dated
    by last_seen, a version's "fetched" moved when the next one came (a
    citation of ``?version=1`` changed its retrieved date), to a time a
    ``crawl --resume`` only saw it listed, or a 304 answered.
    """
    ids = [id_ for _, _, id_, _ in changed]
    fetched = func.coalesce(Article.version_stored_at, Article.first_seen)
    for chunk in chunked(ids):
        cols = [getattr(Article, name) for name in _VERSIONED]
        session.execute(
            insert(ArticleVersion).from_select(
                ["article_id", "version", *_VERSIONED, "fetched_at"],
                select(Article.id, Article.version, *cols, fetched).where(Article.id.in_(chunk)),
            )
        )
    rereading = rereading or set()
    dates = dates or {}
    for reread in (False, True):
        rows = [
            values
            | ({} if reread else kept_printed_date(values, dates.get(id_)))
            | {
                "id": id_,
                "content_hash": digest,
                "version": version + 1,
                "updated_at": now,
                "version_stored_at": now,
                "run_id": run_id,
                "imported": imported,
                "version_kind": VERSION_REREAD if reread else VERSION_CRAWL,
            }
            | ({} if reread else {"last_seen": now})
            for item, digest, id_, version in changed
            if (id_ in rereading) == reread
            for values in (item_values(item),)
        ]
        if rows:
            session.execute(update(Article), rows)


class StoredDate(NamedTuple):
    """An article row's date as stored: the instant, the page's zone (0013), where it was read (0016)."""

    published_at: datetime | None
    published_offset: int | None
    date_from: str | None


def kept_printed_date(values: Mapping[str, Any], stored: StoredDate | None) -> dict[str, Any]:
    """Return the stored date to keep over a new version's ``values`` (empty: write the new one).

    A later capture of an article may print only the day (a platform shows this year's posts as
    ``3月5日``), whose year the extractor infers, or a relative day (昨天) it reckons from the
    capture; the capture that was stored printed the date whole. The new text is a version, but its
    inferred date must not silently replace the printed one: the printed date, its zone and its
    kind are kept. A stored date of unknown kind (a row written before 0016) or itself inferred is
    replaced as before; so is any date by a printed one (the paper may have corrected it).
    """
    if stored is None or stored.published_at is None or not is_printed(stored.date_from):
        return {}
    if not is_inferred(values.get("date_from")):
        return {}
    return stored._asdict()


def record_fetch_urls(
    session: Session, fetched: Mapping[str, Sequence[str]], results: Mapping[str, UpsertResult]
) -> int:
    """Keep the URLs fetched for each stored article (key -> URLs) other than its key; count them.

    A URL that led to another article before now leads to this one (a site reusing its URLs).
    """
    rows: dict[str, int] = {}
    for key, urls in fetched.items():
        result = results.get(key)
        if result is None:
            continue
        for url in urls:
            url = clean("url", url)
            if url and url != key:
                rows[url] = result.article_id
    if not rows:
        return 0
    stmt = upsert_insert(session, ArticleFetchUrl)
    session.execute(
        stmt.on_conflict_do_update(index_elements=["url"], set_={"article_id": stmt.excluded.article_id}),
        [{"url": url, "article_id": id_} for url, id_ in sorted(rows.items())],
    )
    return len(rows)


def keep_fetch_urls(session: Session, fetched: Mapping[str, Iterable[str]]) -> int:
    """Keep URLs that led to stored articles (key -> URLs), such as a second link to one article in a run.

    The crawl drops such a page as a duplicate before the store sees it; without this, a resume
    fetched it again from that link. Keys with no stored article are left out.
    """
    keys = sorted(key for key, urls in fetched.items() if urls)
    results: dict[str, UpsertResult] = {}
    for chunk in chunked(keys):
        rows = session.execute(select(Article.url, Article.id).where(Article.url.in_(chunk)))
        results.update((url, UpsertResult(id_, UNCHANGED)) for url, id_ in rows)
    return record_fetch_urls(session, {key: sorted(fetched[key]) for key in keys}, results)


def archived_urls(session: Session, source_id: str) -> set[str]:
    """Return every URL of ``source_id``'s stored articles (what ``crawl --resume`` skips).

    Their keys and the URLs fetched to get them: an article stored under its
    ``rel=canonical`` URL is listed by its edition under another, which was
    fetched again on every resume.
    """
    keys = set(session.scalars(select(Article.url).where(Article.source_id == source_id)))
    fetched = session.scalars(
        select(ArticleFetchUrl.url)
        .join(Article, Article.id == ArticleFetchUrl.article_id)
        .where(Article.source_id == source_id)
    )
    return keys | set(fetched)


def mark_refused(
    session: Session,
    refused: Mapping[str, str],
    now: datetime | None = None,
    captures: Mapping[str, Capture] | None = None,
) -> int:
    """Note that a crawl fetched these archived articles (URL -> why) but refused the capture; count them.

    Without it the report counted such an article "unseen", as if the paper
    had taken it off the edition: the archivist would not know to crawl the
    date again. A later refusal is never overwritten by an earlier one (a
    ``reprocess`` dates captures by their own time). ``captures`` names each URL's refused capture
    (WARC file, offset; 0014), so the refusal speaks for that capture only, not for every earlier one.
    """
    now = now or utcnow()
    captures = captures or {}
    by_capture: dict[tuple[str, Capture], list[str]] = {}
    for url, why in refused.items():
        by_capture.setdefault((why, captures.get(url, NO_CAPTURE)), []).append(url)
    count = 0
    for (why, (warc_file, warc_offset)), urls in sorted(by_capture.items(), key=lambda kv: repr(kv[0])):
        for chunk in chunked(sorted(urls)):
            result = session.execute(
                update(Article)
                .where(Article.url.in_(chunk), or_(Article.refused_at.is_(None), Article.refused_at < now))
                .values(
                    refused_at=now,
                    refused_reason=why[: LIMITS["refused_reason"]],
                    refused_warc_file=warc_file[:512],
                    refused_warc_offset=warc_offset,
                )
            )
            count += int(getattr(result, "rowcount", 0) or 0)
    return count


def archived_names(session: Session, names: Iterable[str]) -> set[str]:
    """Return those of ``names`` (URLs) that lead to a stored article: its key, or a URL fetched to get it.

    A refused capture is of an article "never archived" only while neither its fetched URL nor the key
    its head declared is one of these: the crawl keeps it, and the report counts it, by this one test.
    """
    held: set[str] = set()
    for chunk in chunked(sorted({name for name in names if name})):
        held.update(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
        held.update(session.scalars(select(ArticleFetchUrl.url).where(ArticleFetchUrl.url.in_(chunk))))
    return held


def record_refusals(
    session: Session,
    source_id: str,
    run_id: int | None,
    refusals: Mapping[str, tuple[str, str, str]],
    now: datetime | None = None,
    captures: Mapping[str, Capture] | None = None,
) -> int:
    """Keep the refused captures of articles the archive does not hold; count them.

    ``refusals`` maps each fetched URL to (why, the key its head declared or "", its edition
    date or ""); ``captures`` each one's capture (WARC file, offset), where known. An archived
    article has its refusal noted on its row (:func:`mark_refused`); one never archived had
    nowhere to go, and the report counted it nowhere.
    """
    if not refusals:
        return 0
    now = now or utcnow()
    captures = captures or {}
    held = archived_names(session, (name for url, (_, key, _) in refusals.items() for name in (url, key)))
    rows = [
        {
            "url": clean("url", url),
            "key": clean("url", key),
            "source_id": source_id,
            "edition_date": date.fromisoformat(day) if day else None,
            "reason": why[: LIMITS["refused_reason"]],
            "refused_at": now,
            "run_id": run_id,
            "warc_file": captures.get(url, NO_CAPTURE)[0][:512],
            "warc_offset": captures.get(url, NO_CAPTURE)[1],
        }
        for url, (why, key, day) in sorted(refusals.items())
        if url not in held and key not in held
    ]
    if rows:
        stmt = upsert_insert(session, RefusedCapture)
        refreshed = {name: getattr(stmt.excluded, name) for name in rows[0] if name != "url"}
        session.execute(stmt.on_conflict_do_update(index_elements=["url"], set_=refreshed), rows)
    return len(rows)


def touch_articles(session: Session, urls: Iterable[str], now: datetime | None = None) -> int:
    """Mark articles as seen now without rewriting them (a ``304 Not Modified``); return the count."""
    now = now or utcnow()
    count = 0
    for chunk in chunked(sorted(set(urls))):
        result = session.execute(update(Article).where(Article.url.in_(chunk)).values(last_seen=now))
        count += int(getattr(result, "rowcount", 0) or 0)
    return count

"""Import articles from a JSONL export: all or nothing per file, or the good lines and a rejects list.

Each line is a JSON object with ``id`` or ``url``, ``title``, ``body`` or
``content`` and optionally ``published_at``, ``authors`` and ``source``, and the
keys of our own exports (``search --jsonl``) that place an article in its paper:
``edition_date``, ``page`` and ``section``. The
foreign ``id`` is kept as ``external_id``; a line without ``url`` gets a stable
``urn:newsarchive:import:`` URL so that importing the same file twice updates
rather than duplicates.

Every problem a line can have (not UTF-8, a UTF-16 byte-order mark, bad JSON,
a NUL or a lone surrogate in a field, an over-long URL, id or source, a date
outside years 1-9999) is found by :func:`parse_line` before anything is
written, and named with its line number. :func:`import_lines` writes the whole
file in one transaction: by default the first bad line rolls everything back
(no row of the archive is added or changed); with ``skip_bad`` the good lines
are written and the bad ones returned as :class:`Reject`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import String, select
from sqlalchemy.exc import SQLAlchemyError

from archive.articles import ensure_source, upsert_articles
from archive.config import DEFAULT_TIMEZONE, zone
from archive.date_from import DATE_FROM_KINDS, EDITION
from archive.errors import StoreError
from archive.items import ArticleItem, import_key, is_import_key
from archive.models import Article, Source
from archive.queries import source_zones
from archive.schema import open_store
from archive.typed_dates import parse_date

DEFAULT_SOURCE = "import"
BATCH = 500
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"


def _width(table: Any, name: str) -> int:
    column_type = table.__table__.columns[name].type
    return int(column_type.length) if isinstance(column_type, String) and column_type.length else 1 << 30


URL_MAX = _width(Article, "url")
ID_MAX = _width(Article, "external_id")
SOURCE_MAX = _width(Source, "id")
PAGE_MAX = _width(Article, "page_number")
SECTION_MAX = _width(Article, "section")


class LineError(ValueError):
    """One line of an import file cannot be imported; the message says why, in one line."""


@dataclass(frozen=True)
class Reject:
    """A line left out by ``skip_bad``: its number, why, and its text (undecodable bytes escaped)."""

    line: int
    reason: str
    text: str


@dataclass
class ImportResult:
    """What an import wrote: counts per outcome and the rejected lines."""

    counts: dict[str, int] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    kept_body: int = 0  # lines without a body whose archived article kept its text
    no_body: int = 0  # articles written without a body, none archived before (a title only)

    @property
    def articles(self) -> int:
        """Return how many articles were written or touched."""
        return sum(self.counts.values())


class ImportFailed(StoreError):
    """The file was not imported (nothing written); the message names the file and line."""


def decode_line(raw: bytes, number: int) -> str:
    """Return a line of the file as text, or raise :class:`LineError` naming the encoding problem."""
    if number == 1 and raw.startswith(_UTF16_BOMS):
        raise LineError("the file is UTF-16 (byte-order mark); save it as UTF-8")
    if number == 1 and raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]  # a UTF-8 byte-order mark is harmless: skip it
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = "; is the file GBK or UTF-16? save it as UTF-8" if b"\x00" not in raw else "; is it UTF-16?"
        raise LineError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}){hint}") from None


def _text(
    obj: dict[str, Any],
    name: str,
    limit: int | None = None,
    *,
    nul_ok: bool = True,
    number_ok: bool = False,
    null_ok: bool = True,
) -> str:
    """Return the text of field ``name`` ("" when absent), or raise :class:`LineError` naming its type.

    Only ``id`` takes a number (``"id": 42`` is an export's key); a number or ``null`` where text
    is due is a mistake in the file, stored before as the title "7" or an empty title.
    """
    value = obj.get(name)
    if value is None:
        if name in obj and not null_ok:
            raise LineError(f"{name} is null, not text (leave the field out when there is none)")
        return ""
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int | float)
        or (not number_ok and not isinstance(value, str))
    ):
        # str() of a list or an object is Python's repr, not text: "['x']" was stored as a title.
        raise LineError(f"{name} is {_json_kind(value)}, not text")
    text = str(value).strip() if limit else str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise LineError(f"{name} holds a lone surrogate (\\u{ord(text[exc.start]):04x})") from None
    if not nul_ok and "\x00" in text:
        raise LineError(f"{name} holds a NUL character")
    if limit is not None and len(text) > limit:
        raise LineError(f"{name} is {len(text)} characters long (at most {limit})")
    return text


def _json_kind(value: Any) -> str:
    """Name a JSON value's type in words (``a list``, ``an object``, ``true``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else "a number"


def _url(obj: dict[str, Any]) -> str:
    """Return the line's ``url``: an http(s) URL, since the archive links to it as the original.

    Or the stand-in key an import gave an article without one (``urn:newsarchive:import:...``),
    which our exports (``search --jsonl``) write as its url: re-imported, the line was refused.
    """
    url = _text(obj, "url", URL_MAX, nul_ok=False)
    if url and urlsplit(url).scheme.lower() not in ("http", "https") and not is_import_key(url):
        raise LineError(f"url {url[:40]!r} is not an http(s) URL")
    return url


def _published(value: Any, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):  # the number 20160720 read as the date 2016-07-20
        raise LineError(f"published_at is {_json_kind(value)}, not an ISO date/time")
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise LineError(f"published_at {str(value)[:40]!r} is not an ISO date/time (years 1-9999)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(tz))  # a time without offset is the paper's local time
    try:
        moment.astimezone(UTC)  # 0001-01-01 in +08:00 is before year 1 in UTC
    except (OverflowError, ValueError):
        raise LineError(f"published_at {str(value)[:40]!r} is outside years 1-9999") from None
    return moment


def _edition_date(value: Any) -> date | None:
    """Return the paper's date of an exported line (``"2016-07-20"``), the date an e-paper export carries.

    Our exports give an e-paper article's day as ``edition_date`` and ``published_at`` only with a
    time: an import that read ``published_at`` alone archived such an article undated.
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise LineError(f"edition_date is {_json_kind(value)}, not a date (YYYY-MM-DD)")
    try:  # as a person types a day too (2016/7/20, 2016年7月20日): another exporter's form
        return parse_date(value)
    except ValueError:
        raise LineError(f"edition_date {value[:40]!r} is not a date (YYYY-MM-DD)") from None


# Credit labels an exported byline may keep in its authors ('本报记者 张三 通讯员 李四'): no names. The
# extractor reads bylines with crawler/extract/people.py; an import takes the names as given, less these.
_CREDIT_LABEL = re.compile(
    r"^(?:本报|新华社|中新社)?(?:首席|特约|见习|实习)?(?:记者|通讯员|实习生|撰稿人?|责任编辑|编辑|作者)[:：]?"
)


def _without_label(name: str) -> str:
    """Return ``name`` less a credit label opening it ('记者张三' -> '张三'; '记者' alone -> '')."""
    return _CREDIT_LABEL.sub("", name, count=1).strip()


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        for v in value:
            if not isinstance(v, str):  # null was stored as "None", [1, 2] as the names "1" and "2"
                raise LineError(f"authors holds {_json_kind(v)}, not a name")
        names = [_without_label(v.strip()) for v in value]
    elif isinstance(value, str):
        names = [_without_label(v) for v in re.split(r"[,，、;；\s]+", value)]
    elif value is None:
        return []
    else:  # a number or an object was read as no author at all
        raise LineError(f"authors is {_json_kind(value)}, not a list of names")
    names = [name for name in names if name]
    for name in names:
        _text({"authors": name}, "authors")
    return names


def parse_line(text: str, source: str | None, zones: Mapping[str, str] | None = None) -> ArticleItem:
    """Turn one line into an :class:`ArticleItem`, or raise :class:`LineError` saying why not.

    ``zones`` (source id: time zone, from the store) say how to read a
    ``published_at`` without an offset: as the local time of its source.
    """
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LineError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise LineError("not JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise LineError("expected a JSON object")
    external_id = _text(obj, "id", ID_MAX, nul_ok=False, number_ok=True)
    source_id = source or _text(obj, "source", SOURCE_MAX, nul_ok=False) or DEFAULT_SOURCE
    url = _url(obj)
    if not url:
        if not external_id:
            raise LineError("needs an id or a url")
        url = import_key(source_id, external_id)
        if len(url) > URL_MAX:
            raise LineError(f"id and source make a URL of {len(url)} characters (at most {URL_MAX})")
    # "content" is another exporter's name for the body, read when "body" is absent or null.
    body_field = "body" if obj.get("body") is not None or "content" not in obj else "content"
    title, body = _text(obj, "title", null_ok=False), _text(obj, body_field, null_ok=False)
    if not title.strip() and not body.strip():  # a crawl drops such a page too (no_title, no_body)
        raise LineError("holds no title and no body: nothing to archive")
    tz = (zones or {}).get(source_id, DEFAULT_TIMEZONE)
    edition_date = _edition_date(obj.get("edition_date"))
    published_at = _published(obj.get("published_at"), tz)
    # Where the date was read, as an export of this archive says it (search --jsonl); else unknown.
    date_from = obj.get("date_from") if obj.get("date_from") in DATE_FROM_KINDS else None
    if published_at is None and edition_date is not None:
        # The paper's day without a time, as a crawl stores it (midnight in the paper's zone): an
        # export writes published_at only with a time, and its edition_date is the article's date.
        published_at = datetime.combine(edition_date, time.min, zone(tz))
        date_from = date_from or EDITION
    return ArticleItem(
        url=url,
        source_id=source_id,
        external_id=external_id,
        title=title,
        body=body,
        published_at=published_at,
        date_from=date_from if published_at is not None else None,
        authors=_authors(obj.get("authors")),
        edition_date=edition_date,
        page_number=_text(obj, "page", PAGE_MAX, number_ok=True),  # "page": 2 of another exporter
        section=_text(obj, "section", SECTION_MAX),
    )


def parse_lines(
    lines: Iterable[bytes], source: str | None, zones: Mapping[str, str] | None = None
) -> Iterator[tuple[int, ArticleItem | Reject]]:
    """Yield (line number, item or the reject) for every non-blank line; ``zones`` as for ``parse_line``."""
    for number, raw in enumerate(lines, 1):
        try:
            text = decode_line(raw, number)
            if not text.strip():
                continue
            yield number, parse_line(text, source, zones)
        except LineError as exc:
            shown = raw.decode("utf-8", "backslashreplace").rstrip("\r\n")
            yield number, Reject(number, str(exc), shown)


def import_lines(
    db_url: str,
    lines: Iterable[bytes],
    name: str,
    *,
    source: str | None = None,
    skip_bad: bool = False,
    on_line: Callable[[int], None] | None = None,
    registered: Mapping[str, tuple[str, str]] | None = None,
) -> ImportResult:
    """Write the articles of ``lines`` (the file called ``name`` in messages) in one transaction.

    ``registered`` gives the registry's ``(name, time zone)`` of source ids: an
    article of a registered paper is dated in that paper's zone, as a crawl of
    it would be, and its source row takes the zone (and, when new, the name).
    Without it a source the store does not know is in the default zone: a
    New York paper's 23:30 on 1 March would read 2 March.

    Without ``skip_bad`` the first bad line raises :class:`ImportFailed` and
    nothing is written. A database that cannot be written (read-only, full)
    raises :class:`ImportFailed` with the database's reason, never SQL.
    ``on_line`` is called with each line number read (progress).
    """
    result = ImportResult()
    seen_sources: set[str] = set()
    try:
        with open_store(db_url) as factory, ExitStack() as stack:
            with factory() as reading:  # a short read: the zones the lines' times are read in
                zones_stored = source_zones(reading)
            sessions: list[Any] = []

            def writing() -> Any:
                """Return the import's one write transaction, begun with its first batch.

                On SQLite a write transaction holds the database's write lock (BEGIN IMMEDIATE), which
                every other command's read waits on: begun before the first line, it was held while the
                import waited for its input, so ``search --jsonl | import -`` waited on itself (the
                search reads the store before it prints) and failed after the 30 s busy timeout.
                """
                if not sessions:
                    session = stack.enter_context(factory())
                    stack.enter_context(session.begin())
                    sessions.append(session)
                return sessions[0]

            batch: list[tuple[int, ArticleItem, bytes]] = []
            last: list[bytes] = [b""]

            def remembered(source_lines: Iterable[bytes]) -> Iterator[bytes]:
                for raw in source_lines:  # the line parse_lines yields next, for a rejects file
                    last[0] = raw
                    yield raw

            def flush() -> None:
                session = writing()
                crawled = _crawled(session, [item.url for _, item, _ in batch])
                for number, item, raw in batch:
                    if item.url in crawled:
                        shown = raw.decode("utf-8", "backslashreplace").rstrip("\r\n")
                        reject = Reject(number, crawled[item.url], shown)
                        if not skip_bad:
                            raise ImportFailed(
                                f"{name}:{number}: {reject.reason}; nothing imported "
                                "(leave the line out, or use --skip-bad to import the other lines)"
                            )
                        result.rejects.append(reject)
                kept = [item for _, item, _ in batch if item.url not in crawled]
                for item in kept:
                    if item.source_id not in seen_sources:
                        paper, tz = known.get(item.source_id, ("", None))
                        ensure_source(session, item.source_id, name=paper, kind="import", timezone=tz)
                        seen_sources.add(item.source_id)
                _keep_bodies(session, kept, result)
                # An import is an explicit statement of the text: no shrink guard.
                for outcome in upsert_articles(session, kept, guard_shrink=False, imported=True):
                    result.counts[outcome.outcome] = result.counts.get(outcome.outcome, 0) + 1
                batch.clear()

            known = dict(registered or {})
            zones = {**zones_stored, **{sid: tz for sid, (_, tz) in known.items()}}
            for number, parsed in parse_lines(remembered(lines), source, zones):
                if on_line is not None:
                    on_line(number)
                if isinstance(parsed, Reject):
                    if not skip_bad:
                        raise ImportFailed(
                            f"{name}:{parsed.line}: {parsed.reason}; nothing imported "
                            "(fix the line, or use --skip-bad to import the good lines)"
                        )
                    result.rejects.append(parsed)
                    continue
                batch.append((number, parsed, last[0]))
                if len(batch) >= BATCH:
                    flush()
            if batch:
                flush()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc.__class__.__name__).splitlines()[0][:200]
        raise ImportFailed(f"cannot write the archive database ({reason}); nothing imported") from None
    result.rejects.sort(key=lambda r: r.line)
    return result


def _keep_bodies(session: Any, items: list[ArticleItem], result: ImportResult) -> None:
    """Give a line without a body the text its article holds, and count the lines without one.

    No body is no statement of the text: a search export (``search --jsonl``) carries a snippet,
    not the article, and imported over the articles it lists it made each one's current version an
    empty text (the search lost it; "1 changed"). Imported alone it makes articles of a title only,
    which the summary says apart from the others.
    """
    blank = [item for item in items if not item.body.strip()]
    stored: dict[str, str] = {}
    for start in range(0, len(blank), BATCH):
        urls = [item.url for item in blank[start : start + BATCH]]
        for url, body in session.execute(select(Article.url, Article.body).where(Article.url.in_(urls))):
            stored[url] = body
    for item in blank:
        if stored.get(item.url, "").strip():
            item.body = stored[item.url]
            result.kept_body += 1
        else:
            result.no_body += 1


def _crawled(session: Any, urls: list[str]) -> dict[str, str]:
    """Return, for the ``urls`` a crawl archived (an article with its raw capture), why import leaves them.

    An import states a text; a crawl also archived where the paper printed it
    (edition date, page, section) and the page it was read from. Written over,
    the crawled article took the line's date and lost its page, section and
    capture: the edition page no longer listed it, its citation named another
    day and no page. The crawl stays the record; a re-crawl or ``reprocess``
    updates it.
    """
    found: dict[str, str] = {}
    for start in range(0, len(urls), BATCH):
        rows = session.execute(
            select(Article.url, Article.id, Article.source_id).where(
                Article.url.in_(urls[start : start + BATCH]), Article.warc_file != ""
            )
        )
        for url, article_id, source_id in rows:
            found[url] = (
                f"{url} is archived by a crawl of {source_id} (article {article_id}): import leaves it"
            )
    return found

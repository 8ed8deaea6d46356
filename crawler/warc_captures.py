"""Read the article captures of WARC files for reprocess: which files, in what order, what each holds.

Reprocess replays captures oldest first, so the file order and the reading of
the crawl's own headers (run, source, context, ``WARC-Date``) decide which text
becomes an article's current version. That reading is kept apart from the pass
that extracts and stores (``crawler.reprocess``), which only consumes what
:func:`iter_captures` yields: a :class:`Capture`, a ``Damage`` or a ``Refused``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from archive.warc_read import KIND_HEADER, Damage, read_records
from crawler.reprocess_refusals import Refused
from crawler.warc import CONTEXT_HEADER, RUN_HEADER, SOURCE_HEADER

_RUN_DIR = re.compile(r"^run-(\d+|none)$")
CONTEXT_DATES = ("edition_date",)  # context keys holding ISO dates (checked here, read as dates by reprocess)


@dataclass(frozen=True)
class Capture:
    """One archived article response: where it is and what the crawl knew about it."""

    source_id: str
    run_id: int | None
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    fetched_at: datetime
    warc_file: str
    warc_offset: int
    context: Mapping[str, Any]


def warc_files(root: Path, source_id: str | None = None, run_id: int | None = None) -> list[Path]:
    """Return the WARC files of a source and/or run, oldest first (file names start with a UTC time)."""
    files = []
    for path in root.glob("*/run-*/*.warc.gz"):
        if source_id and path.parent.parent.name != source_id:
            continue
        match = _RUN_DIR.match(path.parent.name)
        if run_id is not None and (match is None or match.group(1) != str(run_id)):
            continue
        files.append(path)
    return sorted(files, key=_file_order)


def _file_order(path: Path) -> tuple[str, int, int, int, str]:
    """Order WARC files by their UTC stamp, then run, process and serial number, as numbers.

    The stamp has one-second resolution: two crawls in the same second were ordered by the
    writer's pid as text ("1003" before "988"), which replayed a later capture first and made
    the older text an article's current one.
    """
    stamp, _, rest = path.name.removesuffix(".warc.gz").partition("-")
    pid, _, serial = rest.partition("-")
    match = _RUN_DIR.match(path.parent.name)
    run = int(match.group(1)) if match and match.group(1).isdigit() else -1
    return (
        stamp,
        run,
        int(pid) if pid.isdigit() else -1,
        int(serial) if serial.isdigit() else -1,
        str(path),
    )


def _fetched_at(value: str | None) -> datetime:
    """Read ``WARC-Date``: UTC by the WARC standard, so a value written without a zone is UTC too.

    The store refuses naive datetimes, and that failed the whole batch the capture was in.
    """
    if not value:
        return datetime.now(UTC)
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _status(record: Any) -> int | None:
    """Return the HTTP status of a response record (0 without HTTP headers), None when it is not a number.

    A record whose payload is not an HTTP message has its first words read as a status line.
    """
    if not record.http_headers:
        return 0
    try:
        return int(record.http_headers.get_statuscode() or 0)
    except ValueError:
        return None


def _context(raw: str | None) -> dict[str, Any]:
    """Read the crawl's context header; ValueError when it is not a JSON object with ISO dates."""
    context = json.loads(raw or "{}")
    if not isinstance(context, dict):
        return {}
    for key in CONTEXT_DATES:
        value = context.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key} is not a date")
        if value is not None:
            date.fromisoformat(value[:10])
    return context


def iter_captures(
    root: Path, path: Path, met: set[int] | None = None
) -> Iterator[Capture | Damage | Refused]:
    """Yield the article responses (status 200) of one WARC file, its damaged records and refused captures.

    ``met`` collects the offset of every record read or found damaged, whatever its kind.
    """
    relative = path.relative_to(root).as_posix()
    for item in read_records(path, relative):
        if met is not None:
            met.add(item.offset)
        if isinstance(item, Damage):
            yield item
            continue
        record = item.record
        if record.rec_type != "response" or record.rec_headers.get_header(KIND_HEADER) != "article":
            continue
        status = _status(record)
        if status is None:
            yield Damage(relative, item.offset, "no HTTP status line (the payload is not an HTTP response)")
            continue
        if status != 200:
            continue
        run = record.rec_headers.get_header(RUN_HEADER)
        headers = {k: v for k, v in record.http_headers.headers} if record.http_headers else {}
        try:
            context = _context(record.rec_headers.get_header(CONTEXT_HEADER))
            fetched_at = _fetched_at(record.rec_headers.get_header("WARC-Date"))
        except ValueError:
            yield Damage(relative, item.offset, "unreadable newsarchive headers")
            continue
        source_id = record.rec_headers.get_header(SOURCE_HEADER) or path.parent.parent.name
        run_id = int(run) if run and run.isdigit() else None
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        if item.cut:  # kept as received, refused by the crawl: never stored from here either
            day = str(context.get("edition_date") or "")[:10]
            yield Refused(source_id, run_id, url, fetched_at, day, relative, item.offset, item.cut)
            continue
        yield Capture(
            source_id=source_id,
            run_id=run_id,
            url=url,
            status=status,
            headers=headers,
            body=item.content,
            fetched_at=fetched_at,
            warc_file=relative,
            warc_offset=item.offset,
            context=context,
        )

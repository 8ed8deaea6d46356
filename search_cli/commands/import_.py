"""``newsarchive import FILE.jsonl``: load articles exported from elsewhere into the store.

Each line is a JSON object with ``id`` or ``url``, ``title``, ``body`` or
``content`` and optionally ``published_at``, ``authors`` and ``source``. The
foreign ``id`` is kept as ``external_id`` (search exports and TREC runs use
it); a line without ``url`` gets a stable ``urn:newsarchive:import:`` URL so
that importing the same file twice updates rather than duplicates.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from archive.articles import ensure_source, upsert_articles
from archive.config import resolve_db_url
from archive.items import ArticleItem
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.errors import CliError

DEFAULT_SOURCE = "import"
LOCAL_TZ = ZoneInfo("Asia/Shanghai")
BATCH = 500


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``import`` subcommand."""
    p = subparsers.add_parser(
        "import",
        parents=[common],
        help="load articles from a JSONL export into the archive",
        description="Each line: id or url, title, body or content; optional published_at, authors, source. "
        "Run 'newsarchive index update' afterwards to make them searchable.",
    )
    p.add_argument("file", help="JSONL file (- for stdin)")
    p.add_argument(
        "--source", help=f"source id for every article (default: the line's source, else {DEFAULT_SOURCE!r})"
    )
    p.set_defaults(func=run)


def _published(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise CliError(f"{where}: published_at {value!r} is not an ISO date/time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, str):
        return [v for v in re.split(r"[,，、;；\s]+", value) if v]
    return []


def parse_line(obj: Any, where: str, source: str | None) -> ArticleItem:
    """Turn one JSON object into an :class:`ArticleItem`, or raise a one-line CliError."""
    if not isinstance(obj, dict):
        raise CliError(f"{where}: expected a JSON object")
    external_id = str(obj.get("id") or "").strip()
    source_id = source or str(obj.get("source") or "").strip() or DEFAULT_SOURCE
    url = str(obj.get("url") or "").strip()
    if not url:
        if not external_id:
            raise CliError(f"{where}: needs an id or a url")
        url = f"urn:newsarchive:import:{source_id}:{external_id}"
    body = obj.get("body")
    if body is None:
        body = obj.get("content", "")
    return ArticleItem(
        url=url,
        source_id=source_id,
        external_id=external_id,
        title=str(obj.get("title") or ""),
        body=str(body or ""),
        published_at=_published(obj.get("published_at"), where),
        authors=_authors(obj.get("authors")),
    )


def read_items(path: str, source: str | None) -> Iterator[ArticleItem]:
    """Yield the items of a JSONL file, with file:line in every error."""
    try:
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            where = f"{Path(path).name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CliError(f"{where}: not JSON ({exc.msg})") from None
            yield parse_line(obj, where, source)


def run(args: argparse.Namespace) -> int:
    """Import the file into the store and report what happened."""
    counts: dict[str, int] = {}
    seen_sources: set[str] = set()
    with open_store(resolve_db_url(args.db_url, args.home)) as factory:
        batch: list[ArticleItem] = []

        def flush() -> None:
            with factory() as session, session.begin():
                for item in batch:
                    if item.source_id not in seen_sources:
                        ensure_source(session, item.source_id, kind="import")
                        seen_sources.add(item.source_id)
                for result in upsert_articles(session, batch):
                    counts[result.outcome] = counts.get(result.outcome, 0) + 1
            batch.clear()

        for item in read_items(args.file, args.source):
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
    total = sum(counts.values())
    if args.json:
        print(json.dumps({"articles": total, **counts}, ensure_ascii=False))
    else:
        detail = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        print(f"imported {total} articles ({detail or 'none'}); run: newsarchive index update")
    return exitcodes.OK

"""``newsarchive extract FILE.html`` or ``extract URL``: show what the extractor makes of a page.

Archivists run it on a few pages of a new site before scheduling it, to see
whether the headline, date, bylines and body come out right and whether the
page decodes (GBK pages without a charset are common on regional sites).
Given an http(s) URL it fetches the page first, under the crawl's safety rules
(:mod:`crawler.fetch`), and prints what the extractor makes of it, as
``trafilatura -u`` does (the store then normalises the body: ``crawler.normalize.article``).
``--source ID`` fetches and extracts as that registered source's crawl would: its
``[source.settings]`` and politeness (the demo's own loopback allowance, a User-Agent),
its encoding, selectors and time zone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from search_cli import exitcodes
from search_cli.errors import CliError, format_error
from search_cli.options import add_settings_option, add_source_argument, read_input, registered_source

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.items import ArticleItem
    from crawler.sources import SourceConfig

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the ``extract`` subcommand."""
    p = subparsers.add_parser(
        "extract",
        parents=[common],
        help="extract the article from a saved HTML page or a URL",
        description="Decode and extract one HTML page the way the crawler would, and print "
        "the article: headline, 引题/副题, date, bylines, then the body. Given an http(s) URL, "
        "fetch it first under the crawl's safety rules: private and loopback addresses are refused "
        "unless NEWSARCHIVE_ALLOWED_NETWORKS allows them (or --source names a registered source "
        "whose settings do).",
    )
    p.add_argument(
        "file", metavar="FILE|URL", help="a saved HTML page (any encoding; - for stdin) or an http(s) URL"
    )
    p.add_argument(
        "--url",
        help="the address a saved page came from: its path may carry the date (/2019-03/02/), and its "
        "site the rules for that site (default: the file:// URL of FILE, which tells nothing)",
    )
    p.add_argument(
        "--fetched-at",
        type=capture_time,
        metavar="WHEN",
        help="when a saved page was captured (2019-03-02 or 2019-03-02T08:30, in the page's time zone "
        "unless given): dates printed relative to the reader's day (今天 08:30, 昨天, 3小时前) are read "
        "against it; without it they are left out (a fetched URL uses the server's Date)",
    )
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it (e.g. gbk)")
    add_source_argument(
        p,
        positional=False,
        help="a registered source: fetch under its [source.settings] and politeness, "
        "extract with its encoding, selectors and time zone, as its crawl does",
    )
    add_settings_option(
        p, "override a crawl setting for the fetch (NEWSARCHIVE_ALLOWED_NETWORKS, DOWNLOAD_TIMEOUT ...)"
    )
    p.set_defaults(func=run)


def capture_time(value: str) -> datetime:
    """Parse ``--fetched-at``: an ISO date or date and time; a value without a zone is kept naive here
    and read in the page's time zone by :func:`run` (a source's, else the default)."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or time: {value!r} (e.g. 2019-03-02T08:30)") from None


def as_json(item: ArticleItem) -> dict[str, Any]:
    """Return the fields archivists check, with ``published_at`` in ISO 8601."""
    from archive.items import EXTRACTED_FIELDS

    data: dict[str, Any] = {name: getattr(item, name) for name in EXTRACTED_FIELDS}
    data["published_at"] = item.published_at.isoformat() if item.published_at else None
    # The page's own day under the key show and search give it: a script reading published_at
    # (2005-05-07T23:30:00+08:00, or T00:00:00+08:00 for a date alone) in UTC gets the day before.
    day = item.edition_date or (item.published_at.date() if item.published_at else None)
    data["edition_date"] = day.isoformat() if day else None
    data["correspondents"] = list(item.correspondents)
    data["photographers"] = list(item.photographers)
    data["extracted_from"] = item.extracted_from  # "" (the markup) or "script_state"
    return data


def _published(value: datetime | None) -> str:
    """Return the publication time as the page gave it: a date alone (midnight, as the store keeps
    one) is shown as the date, not as an invented 00:00 (``--json`` keeps the full value)."""
    from archive.page_time import is_date_only

    if value is None:
        return "-"
    return value.date().isoformat() if is_date_only(value) else value.isoformat()


def _human(item: ArticleItem) -> str:
    lines = []
    if item.lead_title:
        lines.append(item.lead_title)
    lines.append(f"# {item.title}")
    if item.subtitle:
        lines.append(f"## {item.subtitle}")
    from archive.date_from import date_from_words

    facts = [
        ("published", _published(item.published_at)),
        *([("date from", date_from_words(item.date_from))] if item.date_from else []),
        ("authors", "、".join(item.authors) or "-"),
        ("editors", "、".join(item.editors) or "-"),
    ]
    facts.extend(
        (label, "、".join(names))
        for label, names in (("correspondents", item.correspondents), ("photographers", item.photographers))
        if names
    )
    facts += [
        # The paper as the page names itself; "source" is a registry id in every other command.
        ("paper", item.source_name or "-"),
        ("dateline", item.dateline or "-"),
    ]
    if item.section:
        facts.append(("section", item.section))
    encoding = item.encoding + (" (declared charset was wrong)" if item.encoding_fallback else "")
    facts.append(("encoding", encoding))
    if item.extracted_from:
        # A shell that prints no text: what is shown was read from its script's data.
        facts.append(("read from", item.extracted_from.replace("_", " ") + " (the page prints no text)"))
    lines.extend(f"{label}: {value}" for label, value in facts)
    lines.append("")
    lines.extend(item.body.split("\n"))
    return "\n".join(lines)


def _fetch(
    url: str, overrides: list[tuple[str, str]], source: SourceConfig | None
) -> tuple[str, str | None, bytes, datetime, datetime | None]:
    """Fetch ``url`` with the crawl's settings (defaults, the source's own tables, environment, ``-s``)
    and safety rules: without a source, loopback and private addresses stay refused unless allowed."""
    from scrapy.utils.misc import load_object

    from crawler.extract.for_source import capture_time as served_time
    from crawler.fetch import fetch_page, request_headers
    from crawler.middlewares.safety import parse_networks, system_resolve
    from crawler.runner import crawl_settings

    settings = crawl_settings(overrides=dict(overrides), source=source)
    resolver = settings.get("NEWSARCHIVE_RESOLVER") or system_resolve
    if isinstance(resolver, str):
        resolver = load_object(resolver)
    page = fetch_page(
        url,
        allowed=parse_networks(settings.getlist("NEWSARCHIVE_ALLOWED_NETWORKS")),
        resolver=resolver,
        timeout=settings.getfloat("DOWNLOAD_TIMEOUT"),
        max_size=settings.getint("DOWNLOAD_MAXSIZE"),
        headers=request_headers(settings),
    )
    # The server's Date first, as the crawl and reprocess read 昨天/今天 against it.
    return page.url, page.content_type, page.body, page.fetched_at, served_time({"Date": page.date})


def run(args: argparse.Namespace) -> int:
    """Extract FILE (or fetch and extract URL) and print the article."""
    from crawler.extract import extract_article
    from crawler.extract.for_source import source_hints

    content_type: str | None = None
    fetched_at: datetime | None = None
    served_at: datetime | None = None
    source = registered_source(args, args.source) if args.source else None
    if _URL.match(args.file):
        if not args.file.lower().startswith(("http://", "https://")):
            raise CliError(f"cannot fetch {args.file}: only http(s) URLs (or a saved file)")
        from crawler.fetch import FetchError

        try:
            url, content_type, body, fetched_at, served_at = _fetch(args.file, args.settings, source)
        except FetchError as exc:
            print(format_error(exc), file=sys.stderr)
            return exitcodes.UNREACHABLE
        url = args.url or url
    else:
        body = read_input(args.file)  # "-": stdin
        url = args.url or ("file:///dev/stdin" if args.file == "-" else Path(args.file).resolve().as_uri())
    hints = source_hints(source) if source is not None else {}
    if args.encoding:
        hints["encoding"] = args.encoding
    captured = served_at or fetched_at
    if args.fetched_at is not None:
        captured = args.fetched_at
        if captured.tzinfo is None:
            from archive.config import DEFAULT_TIMEZONE, zone

            captured = captured.replace(tzinfo=zone(hints.get("timezone") or DEFAULT_TIMEZONE))
    item = extract_article(url, body, content_type=content_type, fetched_at=captured, **hints)
    if args.json:
        data = as_json(item)
        if fetched_at is not None:
            data["url"], data["fetched_at"] = url, fetched_at.isoformat()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_human(item) if fetched_at is None else f"url: {url}\n{_human(item)}")
    return exitcodes.OK

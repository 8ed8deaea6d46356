"""``newsarchive extract FILE.html``: show what the extractor makes of a saved page.

Archivists run it on a few pages of a new site before scheduling it, to see
whether the headline, date, bylines and body come out right and whether the
page decodes (GBK pages without a charset are common on regional sites).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from archive.items import EXTRACTED_FIELDS, ArticleItem
from crawler.extract import extract_article
from search_cli import exitcodes
from search_cli.options import read_input


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the ``extract`` subcommand."""
    p = subparsers.add_parser(
        "extract",
        parents=[common],
        help="extract the article from a saved HTML page",
        description="Decode and extract one saved HTML page the way the crawler would, and print "
        "the article: headline, 引题/副题, date, bylines, then the body.",
    )
    p.add_argument("file", metavar="FILE", help="a saved HTML page (any encoding; - for stdin)")
    p.add_argument("--url", help="the page's URL (helps dates and links; default: file:// URL of FILE)")
    p.add_argument("--encoding", help="decode with this encoding instead of detecting it (e.g. gbk)")
    p.set_defaults(func=run)


def as_json(item: ArticleItem) -> dict[str, Any]:
    """Return the fields archivists check, with ``published_at`` in ISO 8601."""
    data: dict[str, Any] = {name: getattr(item, name) for name in EXTRACTED_FIELDS}
    data["published_at"] = item.published_at.isoformat() if item.published_at else None
    return data


def _human(item: ArticleItem) -> str:
    lines = []
    if item.lead_title:
        lines.append(item.lead_title)
    lines.append(f"# {item.title}")
    if item.subtitle:
        lines.append(f"## {item.subtitle}")
    facts = [
        ("published", item.published_at.isoformat() if item.published_at else "-"),
        ("authors", "、".join(item.authors) or "-"),
        ("editors", "、".join(item.editors) or "-"),
        ("source", item.source_name or "-"),
        ("dateline", item.dateline or "-"),
    ]
    if item.section:
        facts.append(("section", item.section))
    encoding = item.encoding + (" (declared charset was wrong)" if item.encoding_fallback else "")
    facts.append(("encoding", encoding))
    lines.extend(f"{label}: {value}" for label, value in facts)
    lines.append("")
    lines.extend(item.body.split("\n"))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Extract FILE and print the article."""
    body = read_input(args.file)  # "-": stdin
    url = args.url or ("file:///dev/stdin" if args.file == "-" else Path(args.file).resolve().as_uri())
    item = extract_article(url, body, encoding=args.encoding)
    if args.json:
        print(json.dumps(as_json(item), ensure_ascii=False, indent=2))
    else:
        print(_human(item))
    return exitcodes.OK

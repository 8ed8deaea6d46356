"""``newsarchive search``: Chinese full-text search with filters, snippets and exports."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from typing import Any

from archive.config import index_dir
from indexer.highlight import render_snippet
from indexer.search import Hit, SearchPage, search
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.options import read_input_text

EXPORT_FIELDS = ("id", "external_id", "url", "title", "source", "published_at", "score", "snippet", "partial")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``search`` subcommand."""
    p = subparsers.add_parser(
        "search",
        parents=[common],
        help="search the archive (Chinese full text, filters, snippets)",
        description='Words are ANDed; OR, NOT or -word, "exact phrase", title:, author:, source:, section:, '
        "date:2016-03..2016-06. A quoted phrase finds every article containing it.",
    )
    p.add_argument("query", nargs="?", help="the query (omit with --batch)")
    p.add_argument("--source", help="only this source (paper) id")
    p.add_argument("--author", help="only articles by this author (reporter or photographer)")
    p.add_argument("--since", type=_day, help="published on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", type=_day, help="published on or before this day (YYYY-MM-DD)")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--limit", type=int, default=10, help="results per page (default 10)")
    p.add_argument("--page", type=int, default=1, help="page number (default 1)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per hit")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument(
        "--batch",
        metavar="FILE.tsv",
        help="run one query per line (qid<TAB>query; - for stdin), print a TREC run",
    )
    p.add_argument("--tag", default="newsarchive", help="run tag of --batch output")
    p.set_defaults(func=run)


def hit_record(hit: Hit) -> dict[str, Any]:
    """Return the exported fields of a hit."""
    return {
        "id": hit.id,
        "external_id": hit.external_id,
        "url": hit.url,
        "title": hit.title,
        "source": hit.source,
        "published_at": hit.published_at.isoformat() if hit.published_at else None,
        "score": hit.score,
        "snippet": hit.snippet,
        "partial": hit.partial,
    }


def _search(args: argparse.Namespace, query: str) -> SearchPage:
    return search(
        index_dir(args.home),
        query,
        source=args.source,
        author=args.author,
        since=args.since,
        until=args.until,
        sort=args.sort,
        limit=args.limit,
        page=args.page,
    )


def _run_batch(args: argparse.Namespace) -> int:
    path = args.batch
    lines = read_input_text(path).splitlines()  # "-": stdin
    out = sys.stdout
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        qid, sep, query = line.partition("\t")
        if not sep:
            raise CliError(f"{path}:{n}: expected qid<TAB>query")
        result = _search(args, query)
        for rank, hit in enumerate(result.hits, 1 + args.limit * (args.page - 1)):
            docid = hit.external_id or str(hit.id)
            out.write(f"{qid} Q0 {docid} {rank} {hit.score:.4f} {args.tag}\n")
    return exitcodes.OK


def run(args: argparse.Namespace) -> int:
    """Run one search (or a batch) and print the results."""
    if args.batch:
        return _run_batch(args)
    if not args.query:
        raise CliError("give a query, or --batch FILE.tsv")
    result = _search(args, args.query)
    records = [hit_record(h) for h in result.hits]
    if args.json:
        print(
            json.dumps(
                {
                    "total": result.total,
                    "page": result.page,
                    "relaxed": result.relaxed,
                    "partial": result.partial,
                    "hits": records,
                },
                ensure_ascii=False,
            )
        )
    elif args.jsonl:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        _print_human(result, ansi=sys.stdout.isatty(), limit=args.limit)
    return exitcodes.OK if result.total else exitcodes.NO_RESULTS


def _print_human(result: SearchPage, ansi: bool, limit: int) -> None:
    if not result.total:
        print("no articles found")
        return
    note = " (no article has every word; showing those with most of them)" if result.relaxed else ""
    if result.timed_out:
        note += " (search stopped at its time limit; results may be incomplete)"
    print(f"{result.total} articles, page {result.page}{note}")
    style = "ansi" if ansi else "plain"
    first = 1 + (result.page - 1) * limit
    for rank, hit in enumerate(result.hits, first):
        if hit.partial and (rank == first or not result.hits[rank - first - 1].partial):
            print(f"\n-- {result.partial} more with only some of the words --")
        day = hit.published_at.date().isoformat() if hit.published_at else "undated"
        print(f"\n{rank}. {hit.title}  [{hit.source} {day}]  #{hit.id}")
        print(f"   {render_snippet(hit.snippet_parts, style)}")
        if hit.url:
            print(f"   {hit.url}")

"""``newsarchive search``: Chinese full-text search with filters, snippets and exports."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive.config import index_dir, resolve_db_url
from search_cli import exitcodes
from search_cli.errors import UsageError
from search_cli.options import (
    check_archived_source,
    check_query_sources,
    check_range,
    positive,
    read_input,
    require_archive,
    since_day,
    until_day,
)
from search_cli.store import migrate_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from sqlalchemy import Engine

    from indexer.export import EXPORT_FIELDS as EXPORT_FIELDS
    from indexer.search import SearchPage

__all__ = ["EXPORT_FIELDS", "register", "run"]


def __getattr__(name: str) -> Any:
    """Give ``EXPORT_FIELDS`` (indexer.export's) on first use, so --help loads no index library."""
    if name == "EXPORT_FIELDS":
        from indexer.export import EXPORT_FIELDS

        return EXPORT_FIELDS
    raise AttributeError(name)


# The search page's public address, so exported permalinks open (default: a path on the server).
PUBLIC_URL_ENV = "NEWSARCHIVE_PUBLIC_URL"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``search`` subcommand."""
    p = subparsers.add_parser(
        "search",
        parents=[common],
        help="search the archive (Chinese full text, filters, snippets)",
        description='Words are ANDed; OR, NOT or -word, "exact phrase", title:, author:, source:, section:, '
        "page: (the paper's page, 版面: page:A3, page:03, page:要闻), date:2016-03..2016-06. "
        "A quoted phrase finds every article containing it.",
    )
    # Words typed apart (search 鹤鸣湖 环卫, unquoted) are one query, as if quoted: the shell splits them.
    p.add_argument("query", nargs="*", metavar="QUERY", help="the query, quoted or not (omit with --batch)")
    p.add_argument("--source", help="only this source (paper) id")
    p.add_argument("--author", help="only articles by this author (reporter or photographer)")
    p.add_argument(
        "--paper-page",
        metavar="PAGE",
        help="only articles on this page of the paper (版面), by number (A3, 03, 第03版) or name (要闻); "
        "the query's page: (not --page, the page of results)",
    )
    p.add_argument(
        "--since",
        type=since_day,
        help="dated on or after this day, the paper's date (YYYY-MM-DD; YYYY-MM, YYYY: its first day)",
    )
    p.add_argument(
        "--until",
        type=until_day,
        help="dated on or before this day, the paper's date (YYYY-MM-DD; YYYY-MM, YYYY: its last day)",
    )
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--limit", type=positive, default=10, help="results per page (default 10)")
    p.add_argument("--page", type=positive, default=1, help="page number (default 1)")
    p.add_argument(
        "--all-copies",
        action="store_true",
        help="list every copy of a reprinted story (default: one result per story, 'also in' the others)",
    )
    p.add_argument(
        "--versions",
        action="store_true",
        help="also list the earlier (superseded) versions of articles that hold the query, "
        "labelled 'version 1 of 2 (superseded DAY)'; counts stay of current texts",
    )
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


def _search(
    args: argparse.Namespace, query: str, *, earlier: bool = True, author_is_query: bool = False
) -> SearchPage:
    from indexer.search import search

    return search(
        index_dir(args.home),
        query,
        source=args.source,
        # An author searched alone is the query (author:"张三"), as on the web page
        # (webui.search_page.run_search): filtering by it again named it twice in "(limited by ...)".
        author=None if author_is_query else args.author,
        since=args.since,
        until=args.until,
        sort=args.sort,
        limit=args.limit,
        page=args.page,
        db_url=resolve_db_url(args.db_url, args.home),
        all_copies=args.all_copies,
        paper_page=args.paper_page,
        versions=args.versions,
        earlier=earlier,
    )


def _run_batch(args: argparse.Namespace) -> int:
    """Run one query per line; a line that cannot run is named on stderr and the run goes on."""
    data = read_input(args.batch).removeprefix(b"\xef\xbb\xbf")  # "-": stdin; a UTF-8 BOM is no part of a qid
    from sqlalchemy.engine import make_url

    from archive.engine import create_store_engine

    db_url = resolve_db_url(args.db_url, args.home)
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return _batch_lines(args, data, None)  # an index alone: no archive to create by reading it
    engine = create_store_engine(db_url)
    try:
        return _batch_lines(args, data, engine)
    finally:
        engine.dispose()


def _batch_lines(args: argparse.Namespace, data: bytes, engine: Engine | None) -> int:
    """Run the batch's lines and write the TREC run, its results named by :func:`indexer.trec.doc_names`."""
    from indexer.errors import QueryError
    from indexer.export import lag_note, missing_note, terminal_safe
    from indexer.trec import doc_names

    path = args.batch
    out = sys.stdout
    failed = missing = 0
    behind = ""
    for n, raw in enumerate(data.splitlines(), 1):
        # A GBK line decoded with replacement searched for U+FFFD and quietly found nothing;
        # a binary file's bytes were written out as qids.
        line, problem = _batch_line(raw)
        if not problem and not line.strip():
            continue
        qid, sep, query = line.partition("\t")
        if not problem and not sep:
            problem = "expected qid<TAB>query"
        if not problem and (not qid.isprintable() or len(qid.split()) != 1):
            problem = "the qid must be one word of printable characters"
        if problem:
            failed += 1
            print(f"{path}:{n}: {problem}", file=sys.stderr)
            continue
        try:
            # A TREC run lists current articles only: searching the superseded versions is work thrown away.
            result = _search(args, query, earlier=False)
        except QueryError as exc:  # too long, too slow: this line only
            failed += 1
            print(f"{terminal_safe(qid)}: {' '.join(str(exc).split())}", file=sys.stderr)
            continue
        missing += result.missing
        behind = behind or lag_note(result.lag)
        names = doc_names(engine, result.hits)  # two papers' article 1001 are two names
        for rank, hit in enumerate(result.hits, 1 + args.limit * (args.page - 1)):
            docid = names[hit.id]
            out.write(f"{qid} Q0 {docid} {rank} {hit.score:.4f} {args.tag}\n")
    if missing:  # said once for the whole run, as for one search
        print(f"warning: {missing_note(missing)}", file=sys.stderr)
    if behind:
        print(behind, file=sys.stderr)
    if failed:
        print(
            f"{failed} {'query' if failed == 1 else 'queries'} could not run (named above)", file=sys.stderr
        )
        return exitcodes.PARTIAL_FAILURE
    return exitcodes.OK


def _batch_line(raw: bytes) -> tuple[str, str]:
    """Decode one line of a batch file: (text, "") or ("", why it cannot be read)."""
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1}"
        return "", f"not UTF-8 ({where}); save the file as UTF-8"


def run(args: argparse.Namespace) -> int:
    """Run one search (or a batch) and print the results."""
    # The index answers a search; a home with neither is a typo. An older archive is migrated first.
    migrate_archive(args, require_archive(args, index_is_enough=True))
    from indexer.authors import author_hint_line, author_name_line
    from indexer.export import hit_record, lag_note, missing_note, terminal_safe, write_csv
    from indexer.facets import undated_line
    from indexer.search import MAX_LIMIT

    if args.limit > MAX_LIMIT:  # a bad command line, as --limit 0 is (argparse's wording)
        raise UsageError(f"argument --limit: must be at most {MAX_LIMIT}, not {args.limit}")

    from indexer.date_notes import date_notes
    from indexer.query import field_colons

    args.query = " ".join(args.query) if isinstance(args.query, list) else args.query
    args.query = field_colons(args.query)  # author：张三 as an input method types it; its notes read it too
    args.query = args.query.strip()  # spaces alone are no query: a usage error, or --author's list
    if args.source:  # an unknown id is an error naming the known ones, not "no results"
        check_archived_source(args, args.source)
    check_range(args.since, args.until)
    if args.batch:
        return _run_batch(args)
    if not args.query and not args.author:
        raise UsageError("give a query (or --author NAME), or --batch FILE.tsv")  # nothing to run
    check_query_sources(args, args.query)  # source:城市晚报 (a name, not an id) is no "not found"
    # An author alone lists the author's articles, as the web page does (webui.params.SearchParams.query).
    if args.query:
        result = _search(args, args.query)
    else:
        result = _search(args, f'author:"{args.author}"', author_is_query=True)
    base = os.environ.get(PUBLIC_URL_ENV, "")
    first = 1 + (result.page - 1) * args.limit
    records = [hit_record(h, rank, base) for rank, h in enumerate(result.hits, first)]
    hints = [] if result.total else _author_hints(args)
    hint_lines = [author_hint_line(name, names, within) for name, names, within in hints]
    named = _author_names(args)  # 王强 searched as text: the byline is no text
    hint_lines += [author_name_line(name, count) for name, count in named]
    undated = _undated_left_out(args, result)  # a date limit leaves out what has no date
    hint_lines += [undated_line(undated)] if undated else []
    if args.json:
        notes = [label % {"value": value} for label, value in date_notes(args.query)] + result.notes_text
        record = {**echo(args), **page_record(result, records, args.all_copies, notes + hint_lines)}
        record["author_hints"] = [n for _, names, _ in hints for n in names]  # as /search.json's
        record["author_names"] = [{"name": name, "articles": count} for name, count in named]
        record["undated_left_out"] = undated
        print(json.dumps(record, ensure_ascii=False))
    elif args.jsonl or args.csv:
        if args.jsonl:
            for record in records:
                print(json.dumps(record, ensure_ascii=False))
        else:
            write_csv(records, sys.stdout)
        if result.missing:  # the records are data: the warning goes beside them
            print(f"warning: {missing_note(result.missing)}", file=sys.stderr)
        if result.lag is not None:  # an empty export above all: it may be empty only for now
            print(lag_note(result.lag), file=sys.stderr)
        note = _page_note(result.total + result.partial, result.page, args.limit, len(records))
        if result.total and not result.hits:  # no row at all: say why beside the empty data
            note = _past_the_end(result, args.limit)
        if note and not args.quiet:
            print(note, file=sys.stderr)
        if not args.quiet:  # why an export is empty or short (names, a byline, undated matches left out)
            for line in hint_lines:
                print(f"note: {terminal_safe(line)}", file=sys.stderr)
    else:
        last = _pages(result.total + result.partial, args.limit)
        if result.total and not result.hits:  # a page past the end: one plain line, not an empty list
            print(_past_the_end(result, args.limit))
            if result.lag is not None:
                print(lag_note(result.lag))
        else:
            _print_human(result, ansi=sys.stdout.isatty(), first=first)
        for label, value in date_notes(args.query):  # why "no article contains ... date:2016-13"
            print(f"({label % {'value': value}})")
        for line in result.notes_text + hint_lines:  # why "no article contains ... page:B9"; whole names
            print(f"({terminal_safe(line)})")
        if result.hits and result.page < last:  # "3 articles, page 1" over one hit said no more
            print(f"\n(page {result.page} of {last}: --page {result.page + 1} for the next)")
    if args.versions and not (args.json or args.jsonl or args.csv):
        _print_earlier(result)
    # Nothing on the page asked for is nothing found, as a query without a match: cron and scripts
    # looping over --page stop on NO_RESULTS rather than read an empty page as a result.
    if args.versions and result.earlier is not None and result.earlier.hits:
        return exitcodes.OK  # asked for the earlier versions, and they are listed
    return exitcodes.OK if result.total and result.hits else exitcodes.NO_RESULTS


def _author_hints(args: argparse.Namespace) -> list[tuple[str, list[str], bool]]:
    """Return, for each author asked (``--author``, ``author:``), the whole names holding it.

    An author is matched whole: ``author:王`` finds nothing in an archive of 王五's articles, and
    the web page names 王五 (:func:`indexer.authors.authors_containing`); so does the CLI. When no
    name holds it, the names it holds (a byline copied whole, 记者 张三), flagged True.
    """
    from indexer.authors import author_values, authors_containing, authors_within
    from indexer.storeinfo import store_info

    asked = [args.author] if args.author else []
    asked += [v for v in author_values(args.query) if v not in asked]
    store = store_info(resolve_db_url(args.db_url, args.home))  # the names as printed, to copy
    found: list[tuple[str, list[str], bool]] = []
    for name in asked:
        holding = authors_containing(index_dir(args.home), name, store=store)
        within = [] if holding else authors_within(index_dir(args.home), name, store=store)
        found.append((name, holding or within, not holding))
    return [(name, names, within) for name, names, within in found if names]


def _undated_left_out(args: argparse.Namespace, result: SearchPage) -> int:
    """Return how many undated articles the date limit (``--since``, ``--until``) left out of the search."""
    from indexer.facets import undated_left_out

    if result.mode == "best":  # a pasted text ranks; its "also matches" would count what it never listed
        return 0
    author_is_query = not args.query
    return undated_left_out(
        index_dir(args.home),
        args.query or f'author:"{args.author}"',
        since=args.since,
        until=args.until,
        source=args.source,
        author=None if author_is_query else args.author,
        paper_page=args.paper_page,
        db_url=resolve_db_url(args.db_url, args.home),
    )


def _author_names(args: argparse.Namespace) -> list[tuple[str, int]]:
    """Return the words of the query that are authors' whole names, with their articles (as printed)."""
    from indexer.authors import query_author_names
    from indexer.storeinfo import store_info

    if not args.query:
        return []
    store = store_info(resolve_db_url(args.db_url, args.home))
    return query_author_names(
        index_dir(args.home),
        args.query,
        author=args.author,
        source=args.source,
        since=args.since,
        until=args.until,
        paper_page=args.paper_page,
        store=store,
    )


def echo(args: argparse.Namespace) -> dict[str, Any]:
    """Return what the search asked for, as ``/search.json`` echoes its form: query, filters, sort.

    ``filters.page`` is the paper's page (版面) of ``--paper-page``; the page of results is ``result_page``.
    """
    return {
        "query": args.query,
        "filters": {
            "source": args.source or None,
            "author": args.author or None,
            "since": args.since.isoformat() if args.since else None,
            "until": args.until.isoformat() if args.until else None,
            "page": args.paper_page or None,
        },
        "sort": args.sort,
    }


def _past_the_end(result: SearchPage, limit: int) -> str:
    """Say that the page asked for holds nothing, which is the last, and how many results there are."""
    from indexer.export import summary_line

    last = _pages(result.total + result.partial, limit)
    return f"page {result.page} is past the last page ({last}); {summary_line(result)}"


def _pages(rows: int, limit: int) -> int:
    """Return how many pages of ``limit`` hold ``rows`` results (matches and partial matches alike)."""
    return -(-rows // limit)


def _page_note(rows: int, page: int, limit: int, shown: int) -> str:
    """Say which rows of how many an export of one page holds ("" when it holds them all).

    The web page's export writes up to 1,000 rows; this one a page (--limit, default 10), so an
    export of 40 articles wrote 10 rows with nothing to say the others were left out.
    """
    from indexer.search import MAX_LIMIT

    if not shown or (page == 1 and shown >= rows):
        return ""
    first = 1 + (page - 1) * limit
    pages = _pages(rows, limit)
    note = f"note: results {first}-{first + shown - 1} of {rows} (page {page} of {pages})"
    if page < pages:
        note += f": --page {page + 1} for the next, --limit up to {MAX_LIMIT} a page"
    return note


def page_record(
    result: SearchPage, records: list[dict[str, Any]], all_copies: bool, notes: list[str] | None = None
) -> dict[str, Any]:
    """Return the ``--json`` document: counts, how the query was read, and the hits.

    With :func:`echo` (``query``, ``filters``, ``sort``) its keys are those of the web page's
    ``/search.json``, plus ``result_page``, the page of results (``--page``), never a
    hit's ``page``, the paper's 版面. ``copies`` says how copies of a story were listed
    (``grouped`` or ``all``), ``copies_total`` counts them; ``notes`` are the lines said
    beside the results in English (a ``date:`` that is no date was searched as text).
    """
    from indexer.export import lag_note, missing_note, summary_line
    from indexer.versions import earlier_record

    lag = result.lag
    earlier = result.earlier
    base = os.environ.get(PUBLIC_URL_ENV, "")
    return {
        "total": result.total,
        "copies": "all" if all_copies else "grouped",
        "copies_total": result.copies,
        # Not "page": each hit's "page" is the paper's 版面 (as in --csv and /search.json), and a
        # script citing "page" took this page of results for it.
        "result_page": result.page,
        "mode": result.mode,
        "relaxed": result.relaxed,
        "partial": result.partial,
        "timed_out": result.timed_out,
        "missing": result.missing,
        "message": summary_line(result),
        "missing_note": missing_note(result.missing),
        # Whether the store moved on since the index was written, how many articles (null: not
        # countable), and the line saying so: an empty result may be empty only until `index update`.
        "index_behind": lag is not None,
        "index_behind_articles": lag.articles if lag is not None else None,
        "index_note": lag_note(lag),
        "typed": result.typed,
        "tried": result.tried,
        # Nothing held all the typed terms: each term and its articles within the limits ([] otherwise).
        "each_term": [{"term": term, "articles": n} for term, n in result.each],
        "notes": list(notes or []),
        "hits": records,
        # What superseded versions hold of the query ({"articles", "versions"}; null: not searched, as
        # when current texts match and --versions was not given), and the versions listed (--versions).
        "earlier_versions": earlier.counts() if earlier is not None else None,
        "earlier_hits": [earlier_record(h, base) for h in earlier.hits] if earlier is not None else [],
    }


def _print_human(result: SearchPage, ansi: bool, first: int) -> None:
    from indexer.export import lag_note, missing_note, partial_heading, summary_line, terminal_safe
    from search_cli.render import format_hit

    print(terminal_safe(summary_line(result)) + (f", page {result.page}" if result.total else ""))
    if result.lag is not None:  # right under "no article contains X", which it qualifies
        print(lag_note(result.lag))
    if result.missing:
        print(f"({missing_note(result.missing)})")
    if not result.total and result.tried:
        print("tried: " + terminal_safe(", ".join(result.tried)))
    if result.note:
        print(f"({result.note})")
    if result.timed_out:
        print("(search stopped at its time limit; results may be incomplete)")
    style = "ansi" if ansi else "plain"
    for rank, hit in enumerate(result.hits, first):
        if hit.partial and (rank == first or not result.hits[rank - first - 1].partial):
            print(f"\n-- {partial_heading(result)} --")
        print("\n" + format_hit(rank, hit, style))


def _print_earlier(result: SearchPage) -> None:
    """List the superseded versions holding the query, each labelled and linked (``--versions``)."""
    from indexer.export import terminal_safe
    from indexer.highlight import render_snippet
    from indexer.versions import earlier_heading, version_permalink

    found = result.earlier
    if found is None:
        print("\n(earlier versions are not indexed yet: run: newsarchive index update)")
        return
    if not found.hits:
        print("\n(no earlier version of an article holds it)")
        return
    print(f"\n-- {earlier_heading(found)} --")
    base = os.environ.get(PUBLIC_URL_ENV, "")
    style = "ansi" if sys.stdout.isatty() else "plain"
    for hit in found.hits:
        day = f" {hit.edition_date.isoformat()}" if hit.edition_date else ""
        paper = terminal_safe(hit.source_name or hit.source)  # as every result names its paper
        print(f"\n{terminal_safe(hit.title)}  [{paper}{day}] {hit.label()}")
        print(f"    {version_permalink(hit.id, hit.version, base)}")
        print(f"    {render_snippet([(terminal_safe(run), m) for run, m in hit.snippet_parts], style)}")

"""``newsarchive demo``: serve the sample e-paper, crawl, index and search it end to end."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive.config import index_dir, resolve_db_url, resolve_home
from archive.wording import counted
from search_cli import exitcodes
from search_cli.commands.crawl import format_summary
from search_cli.render import format_hit, snippet_style

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``demo`` subcommand."""
    p = subparsers.add_parser(
        "demo",
        parents=[common],
        help="crawl, index and search the bundled sample e-paper (no network needed)",
        description="Serve the bundled sample e-paper on 127.0.0.1, crawl it with the real e-paper "
        "spider and pipelines into the data directory, build the index and run three searches. "
        "Exits 0 only when each search finds its article first.",
    )
    p.set_defaults(func=run)


def shown_home(home: Path) -> str:
    """Return ``home`` as the user would type it: relative to the current directory when inside it."""
    try:
        text = os.path.relpath(home)
    except ValueError:  # another drive
        return str(home)
    return str(home) if text.startswith("..") else text


def next_commands(home: Path, source_id: str) -> list[str]:
    """Return three commands to try after the demo, with the demo's data directory."""
    from crawler.demo import demo_dates

    since, until = demo_dates()
    prefix = f"newsarchive --home {shlex.quote(shown_home(home))}"
    return [
        f"{prefix} search 鹤鸣湖",
        f"{prefix} report {source_id} --since {since} --until {until}",
        f"{prefix} serve",
    ]


def run(args: argparse.Namespace) -> int:
    """Run the whole path and check each demo search."""
    from archive.engine import create_store_engine, make_session_factory
    from crawler.demo import (
        DEMO_OVERRIDES,
        DEMO_QUERIES,
        adopt_moved_templates,
        demo_dates,
        demo_source,
        registered_port,
        write_demo_registry,
    )
    from crawler.runner import run_crawl
    from crawler.sample_site.server import serve_in_thread
    from indexer.export import hit_record, summary_line
    from indexer.search import search
    from indexer.sync import rebuild_from_store

    home = resolve_home(args.home)
    db_url = resolve_db_url(args.db_url, home)
    since, until = demo_dates()
    with serve_in_thread(port=registered_port(home)) as base_url:
        source = demo_source(base_url)
        summary = run_crawl(
            source,
            since=since,
            until=until,
            home=str(home),
            db_url=db_url,
            overrides=DEMO_OVERRIDES,
            log_level="ERROR" if args.quiet else "WARNING",
        )
        registry = write_demo_registry(home, base_url)
        engine = create_store_engine(db_url)
        try:
            with make_session_factory(engine).begin() as session:
                adopt_moved_templates(session, base_url)
        finally:
            engine.dispose()
    indexed = rebuild_from_store(db_url, index_dir(home), progress=not args.quiet and sys.stderr.isatty())
    report: dict[str, Any] = {
        "home": str(home),
        "crawl": {"run_id": summary.run_id, "status": summary.status, "counters": summary.counters},
        "indexed": indexed,
        "registry": str(registry) if registry else None,
        "next": next_commands(home, source.id),
        "searches": [],
    }
    ok = summary.status == "finished"
    style = snippet_style()
    if not args.json:
        print(format_summary(source.id, summary))
        print(f"indexed {counted(indexed, 'article')} into {index_dir(home)}\n")
    for query, expected in DEMO_QUERIES:
        page = search(index_dir(home), query, limit=5, db_url=db_url)  # the store names the paper
        found = bool(page.hits) and expected in page.hits[0].title
        ok = ok and found
        report["searches"].append(
            {
                "query": query,
                "expected_in_first_title": expected,
                "found": found,
                "total": page.total,
                "hits": [hit_record(h, rank) for rank, h in enumerate(page.hits, 1)],
            }
        )
        if not args.json:
            print(f"search {query}: {summary_line(page)}{'' if found else '  <-- expected ' + expected}")
            for rank, hit in enumerate(page.hits, 1):
                print(format_hit(rank, hit, style))
            print()
    if args.json:
        report["ok"] = ok
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("demo OK: every search found its article" if ok else "demo FAILED: see above")
        if registry is None:
            print(f"(kept {home / 'sources.toml'}: not written by the demo, so {source.id} is not in it)")
        print("\nnext (after '. .venv/bin/activate', which puts newsarchive on PATH):")
        for command in report["next"]:
            print(f"  {command}")
    return exitcodes.OK if ok else exitcodes.ERROR

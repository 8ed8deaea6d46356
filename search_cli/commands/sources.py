"""``newsarchive sources list|show|check|add``: look at, validate and extend the source registry."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from archive.config import DEFAULT_TIMEZONE, resolve_sources_path
from archive.wording import counted
from crawler.sources import SourceConfig, get_source, load_registry, template_warnings
from search_cli import exitcodes
from search_cli.options import SOURCES_HELP, add_crawl_options, add_source_argument, source_of


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``sources`` subcommand group."""
    p = subparsers.add_parser(
        "sources",
        parents=[common],
        help="list, show, validate and add sources",
        description="Read the source registry (sources.toml). 'check' validates it and fetches nothing "
        "(with --online ID it re-checks one source on its site); 'add URL' recognises a paper from one "
        "URL and writes its entry.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="one line per source")
    show = actions.add_parser("show", parents=[common], help="every setting of one source")
    add_source_argument(show, positional=True)
    check = actions.add_parser(
        "check", parents=[common], help="validate the registry (no network unless --online)"
    )
    check.add_argument(
        "--online",
        metavar="ID",
        help="also re-run recognition and a one-edition test crawl of source ID on its site",
    )
    add_crawl_options(check, "--online: ")
    add = actions.add_parser(
        "add",
        parents=[common],
        help="recognise a paper from one URL and write its entry",
        description="Fetch URL (under the crawl's safety and politeness rules), recognise the e-paper "
        "system or the site's sitemap, feed or listing, find the first and latest edition, test-crawl "
        "one edition and write the [[source]] entry (or print it with --dry-run).",
    )
    add.add_argument("url", help="any edition page or article of the paper, or a news site's home page")
    add.add_argument("--id", dest="source_id", help="source id (default: derived from the paper or host)")
    add.add_argument("--name", help="paper name (default: from the page title)")
    add.add_argument("--region", default="", help="region, e.g. '吉林 白城'")
    add.add_argument(
        "--timezone",
        default="",
        metavar="ZONE",
        help=f"the paper's time zone, an IANA name such as Europe/London (default: {DEFAULT_TIMEZONE}, "
        "or the registered source's)",
    )
    add.add_argument(
        "--registry", metavar="FILE", help=f"the registry to write; same as --sources: {SOURCES_HELP}"
    )
    add.add_argument("--dry-run", action="store_true", help="print the entry instead of writing it")
    add.add_argument("--no-trial", action="store_true", help="skip the one-edition test crawl")
    add.add_argument(
        "--budget",
        type=int,
        default=None,
        help="most requests for recognition and date probing (default: 80)",
    )
    add_crawl_options(add)
    p.set_defaults(func=run)


def _as_json(source: SourceConfig) -> dict[str, Any]:
    return json.loads(json.dumps(asdict(source), default=str))  # type: ignore[no-any-return]


def run(args: argparse.Namespace) -> int:
    """Run one sources action."""
    if args.action == "add":
        from search_cli.commands.sources_add import run_add

        return run_add(args)
    path = resolve_sources_path(args.sources, args.home)
    sources = load_registry(path)
    if args.action == "check" and args.online:
        from search_cli.commands.sources_add import run_check_online

        return run_check_online(args, get_source(sources, args.online))
    if args.action == "check":
        warnings = [w for source in sources.values() for w in template_warnings(source)]
        if args.json:
            print(
                json.dumps(
                    {"path": str(path), "sources": len(sources), "ok": True, "warnings": warnings},
                    ensure_ascii=False,
                )
            )
        else:
            for warning in warnings:
                sys.stderr.write(f"warning: {warning}\n")
            print(f"{path}: {counted(len(sources), 'source')}, all valid")
        return exitcodes.OK
    if args.action == "show":
        source = get_source(sources, source_of(args, required=True) or "")
        data = _as_json(source)
        if args.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for key, value in data.items():
                if value not in ("", [], {}, None):
                    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                    print(f"{key}: {shown}")
        return exitcodes.OK
    if args.json:
        json.dump([_as_json(s) for s in sources.values()], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for source in sources.values():
            print(f"{source.id}\t{source.kind}\t{source.name}\t{source.region}")
        if not sources:  # exit 3 alone would leave a person looking at nothing (as runs says so)
            say_no_sources(path)
    return exitcodes.OK if sources else exitcodes.NO_RESULTS


def say_no_sources(path: object) -> None:
    """Say on stderr that the registry at ``path`` holds no source, and how to add one (``list`` commands)."""
    print(f"no source in {path} (add one: newsarchive sources add URL)", file=sys.stderr)

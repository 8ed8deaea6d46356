"""``newsarchive sources list|show|check``: look at and validate the source registry."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from archive.config import resolve_sources_path
from crawler.sources import SourceConfig, get_source, load_registry, template_warnings
from search_cli import exitcodes
from search_cli.options import add_source_argument, source_of


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``sources`` subcommand group."""
    p = subparsers.add_parser(
        "sources",
        parents=[common],
        help="list, show and validate registered sources",
        description="Read the source registry (sources.toml). 'check' validates it and fetches nothing.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="one line per source")
    show = actions.add_parser("show", parents=[common], help="every setting of one source")
    add_source_argument(show, positional=True)
    actions.add_parser("check", parents=[common], help="validate the registry (no network)")
    p.set_defaults(func=run)


def _as_json(source: SourceConfig) -> dict[str, Any]:
    return json.loads(json.dumps(asdict(source), default=str))  # type: ignore[no-any-return]


def run(args: argparse.Namespace) -> int:
    """Run one sources action."""
    path = resolve_sources_path(args.sources, args.home)
    sources = load_registry(path)
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
            print(f"{path}: {len(sources)} source(s), all valid")
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
    return exitcodes.OK if sources else exitcodes.NO_RESULTS

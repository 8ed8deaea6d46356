"""``newsarchive db upgrade|current``: migrate the archive database and tell its revision."""

from __future__ import annotations

import argparse
import json
from typing import Any

from crawler.config import resolve_db_url
from crawler.store.engine import create_store_engine
from crawler.store.schema import current_revision, head_revision, upgrade
from search_cli import exitcodes


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``db`` subcommand group."""
    p = subparsers.add_parser(
        "db",
        parents=[common],
        help="migrate the archive database, show its schema revision",
        description="Manage the archive database schema (Alembic migrations). Every command also "
        "migrates a new or older database on first use; 'upgrade' does it explicitly.",
    )
    p.add_argument(
        "action",
        choices=["upgrade", "current"],
        help="upgrade: migrate to the newest schema (or --revision); current: print the revision",
    )
    p.add_argument("--revision", default="head", help="target revision of upgrade (default: head)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run one db action."""
    db_url = resolve_db_url(args.db_url, args.home)
    engine = create_store_engine(db_url)
    try:
        before = current_revision(engine)
        after = upgrade(engine, args.revision) if args.action == "upgrade" else before
    finally:
        engine.dispose()
    head = head_revision()
    if args.json:
        print(json.dumps({"action": args.action, "before": before, "current": after, "head": head}))
    elif args.action == "upgrade":
        print(f"database at {after} (was {before or 'empty'})")
    else:
        state = "up to date" if after == head else f"behind head {head} (run: newsarchive db upgrade)"
        print(f"{after or 'empty'} ({state})")
    return exitcodes.OK

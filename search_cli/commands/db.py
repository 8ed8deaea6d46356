"""``newsarchive db upgrade|current|check``: migrate the archive database, tell its revision, check it."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from archive.config import resolve_db_url
from archive.errors import StoreError
from search_cli import exitcodes
from search_cli.errors import NoArchiveError, UsageError
from search_cli.interrupts import Interrupted
from search_cli.options import print_done, require_archive
from search_cli.store import archive_warc_root

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``db`` subcommand group."""
    p = subparsers.add_parser(
        "db",
        parents=[common],
        help="migrate, check or copy the archive database, show its schema revision",
        description="Manage the archive database schema (Alembic migrations). Every command also "
        "migrates a new or older database on first use; 'upgrade' does it explicitly.",
    )
    p.add_argument(
        "action",
        choices=["upgrade", "current", "check", "copy"],
        metavar="ACTION",  # as `index` and `sources` name theirs
        help="upgrade: migrate to the newest schema (or --revision); current: print the revision; "
        "check: check the store's integrity (exit 1 and one line per problem when it is not sound); "
        "copy: copy every row into the empty database --to (SQLite to PostgreSQL, a backup, a restore)",
    )
    p.add_argument("--to", metavar="URL", help="target database of copy (must be empty)")
    p.add_argument("--revision", default="head", help="target revision of upgrade (default: head)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run one db action."""
    from archive.engine import create_store_engine
    from archive.schema import current_revision, head_revision, known_revision, upgrade

    if args.action == "upgrade" and args.revision != "head" and not known_revision(args.revision):
        # Alembic's "Can't locate revision identified by '9999'" named none to choose from.
        from archive.schema import known_revisions

        ours = known_revisions()
        raise UsageError(
            f"--revision {args.revision}: no migration of this newsarchive has it "
            f"(revisions {ours[0]} .. {ours[-1]}, or head)"
        )
    missing = False
    if args.action in ("check", "copy"):  # only an upgrade creates the archive it migrates
        require_archive(args)
    elif args.action == "current":
        try:
            require_archive(args)
        except NoArchiveError:
            missing = True  # "empty", the answer for an archive not created yet: none is created
    db_url = resolve_db_url(args.db_url, args.home)
    if args.action == "check":
        return _check(args, db_url)
    if args.action == "copy":
        return _copy(args, db_url)
    before = after = None
    notes: list[str] = []  # what each migration that changed rows did
    if not missing:
        engine = create_store_engine(db_url)
        try:
            before = current_revision(engine)
            after = (
                upgrade(engine, args.revision, notes=notes, warc_root=archive_warc_root(args))
                if args.action == "upgrade"
                else before
            )
        finally:
            engine.dispose()
    head = head_revision()
    if args.action == "upgrade" and not _reached(after, args.revision):
        raise StoreError(
            f"the database is at {after}, past revision {args.revision}: "
            "upgrade never goes back (restore a backup made before the later migration)"
        )
    if args.json:
        answer = {"action": args.action, "before": before, "current": after, "head": head}
        if args.action == "upgrade":
            answer["notes"] = notes
        print(json.dumps(answer, ensure_ascii=False))
    elif args.action == "upgrade":
        print_done(args, f"database at {after} (was {before or 'empty'})")
        for note in notes:
            print_done(args, note)
    else:
        state = "up to date" if after == head else f"behind head {head}; run: newsarchive db upgrade"
        if after is not None and not known_revision(after):
            state = f"newer than this newsarchive's head {head}: a newer newsarchive migrated it"
        print(f"{after or 'empty'} ({state})")
    return exitcodes.OK


def _reached(current: str | None, revision: str) -> bool:
    """Tell whether an upgrade to ``revision`` left the database there (``head`` always is).

    Alembic's upgrade to a revision the database is already past does nothing
    and reports no error, so ``db upgrade --revision 0002`` on a database at
    0003 printed "database at 0003" as if asked for.
    """
    return revision == "head" or (current is not None and current.startswith(revision))


def _copy(args: argparse.Namespace, db_url: str) -> int:
    from sqlalchemy.engine import make_url

    from archive.copy import copy_store
    from archive.progress import Progress, progress_mode
    from search_cli.errors import UsageError

    if not args.to:
        raise UsageError("db copy needs --to URL, the empty database to copy into")
    with Progress("db copy", None, progress_mode(args.quiet), unit="rows") as bar:  # a long job: README's bar
        try:
            rows = copy_store(db_url, args.to, on_total=bar.set_total, on_rows=bar.advance)
        except KeyboardInterrupt:
            # One transaction on the target (archive.copy): a stop rolled every row back.
            raise Interrupted(
                "nothing copied (the copy is one transaction): the target is as empty as it was; "
                "run the copy again"
            ) from None
    shown = make_url(args.to).render_as_string(hide_password=True)
    if args.json:
        print(json.dumps({"action": "copy", "to": shown, "rows": rows}, ensure_ascii=False))
    elif not args.quiet:
        counts = ", ".join(f"{name} {n}" for name, n in rows.items())
        print(f"copied into {shown}: {counts}")
    return exitcodes.OK


def _check(args: argparse.Namespace, db_url: str) -> int:
    from archive.integrity import check_integrity

    problems = check_integrity(db_url)
    if args.json:
        print(json.dumps({"action": "check", "ok": not problems, "problems": problems}, ensure_ascii=False))
    elif problems:
        print("\n".join(f"problem: {p}" for p in problems))
    else:
        print("store is sound")
    return exitcodes.ERROR if problems else exitcodes.OK

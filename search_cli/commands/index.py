"""``newsarchive index update|rebuild|check|stats``: keep the search index level with the store."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from archive.config import index_dir
from archive.progress import OFF, progress_mode
from archive.wording import counted
from search_cli import exitcodes
from search_cli.interrupts import Interrupted
from search_cli.options import positive, print_done, require_archive
from search_cli.store import migrate_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``index`` command group."""
    p = subparsers.add_parser(
        "index",
        parents=[common],
        help="update, rebuild, check or describe the search index",
        description="The index is derived from the archive database and can always be rebuilt. "
        "One writer at a time; searches keep working during a rebuild.",
    )
    sub = p.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    up = sub.add_parser(
        "update",
        parents=[common],
        help="index new, changed and deleted articles",
        description="Index the articles added, changed or deleted in the store since the last update "
        "(no index yet: build one). The index files get the quick check first (what index check runs "
        "without --deep); damaged, the update writes nothing, says so in one line and exits 5.",
    )
    up.set_defaults(func=run_update)
    rb = sub.add_parser(
        "rebuild", parents=[common], help="build a new index generation and swap it in atomically"
    )
    rb.add_argument(
        "--procs", type=positive, default=None, help="worker processes (default and most: the CPUs)"
    )
    rb.set_defaults(func=run_rebuild)
    ck = sub.add_parser(
        "check",
        parents=[common],
        help="find damaged index files; compare the index with the store",
        description="Check that every index file opens and reads (sizes, tables, the last postings of "
        "each segment, each file's size and CRC-32 against those its generation recorded; --deep reads "
        "every posting), then compare the index with the store; the superseded versions' index too. Exits 5 "
        "when files are damaged, 4 when articles are missing, stale or orphaned (or there is no index "
        "at all).",
    )
    ck.add_argument("--deep", action="store_true", help="read every posting list and stored value")
    ck.set_defaults(func=run_check)
    st = sub.add_parser("stats", parents=[common], help="describe the live index generation")
    st.set_defaults(func=run_stats)


# A stopped first build's words: "the index stays whole and searchable" was said of no index at all.
NO_INDEX_BUILT = (
    "no index was built (a stopped build leaves nothing half-built); run newsarchive index rebuild again"
)


def _no_index(args: argparse.Namespace) -> bool:
    """Return whether the home has no live index yet: a stop then leaves none, whole or not."""
    from indexer.generations import current_generation

    return current_generation(index_dir(args.home)) is None


def _progress(args: argparse.Namespace) -> str:
    return progress_mode(args.quiet)  # a bar on a terminal, one summary line elsewhere, none with -q


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        print_done(args, text)


def run_update(args: argparse.Namespace) -> int:
    """Bring the index level with the store."""
    db_url = migrate_archive(args, require_archive(args))
    from indexer.documents import STATE_FORMAT_CHANGED
    from indexer.sync import update_from_store

    progress = _progress(args)

    def reformatting(n: int) -> None:
        """Say why an update rebuilds, before the rebuild's progress: beside it, on stderr, not with -q."""
        if progress != OFF:
            print(
                f"{STATE_FORMAT_CHANGED}: re-filing {counted(n, 'article')} (rebuilding the index)",
                file=sys.stderr,
            )

    # A damaged index raises IndexDamaged: the CLI boundary (search_cli.main) makes it exit 5.
    first = _no_index(args)
    try:
        stats = update_from_store(db_url, index_dir(args.home), progress=progress, on_reformat=reformatting)
    except KeyboardInterrupt:
        raise Interrupted(
            NO_INDEX_BUILT
            if first
            else "the index stays whole and searchable, behind the archive until an update finishes "
            "(searches say so); run newsarchive index update again"
        ) from None
    data = {
        "added": stats.added,
        "changed": stats.changed,
        "deleted": stats.deleted,
        "rebuilt": stats.rebuilt,
        "reformatted": stats.reformatted,  # of changed: of the state format before (so rebuilt, once)
        "versions_updated": stats.versions,  # earlier versions written (new, re-filed) or dropped
        "watermark": stats.watermark.isoformat() if stats.watermark else None,
    }
    verb = "built" if stats.rebuilt and not stats.reformatted else "updated"
    summary = f"index {verb}: {stats.added} added, {stats.changed} changed, {stats.deleted} deleted"
    if stats.versions:  # a version re-filed alone is no article changed: the line said nothing was done
        summary += f"; earlier versions: {stats.versions} updated"
    lines = [summary]
    if stats.reformatted:  # why an update with nothing new rebuilt the index
        done = f"re-filed {counted(stats.reformatted, 'article')} (index rebuilt)"
        lines.insert(0, f"{STATE_FORMAT_CHANGED}: {done}")
    _emit(args, data, "\n".join(lines))
    return exitcodes.OK


def run_rebuild(args: argparse.Namespace) -> int:
    """Rebuild the whole index beside the live one."""
    db_url = migrate_archive(args, require_archive(args))
    from indexer.sync import rebuild_from_store

    first = _no_index(args)
    try:
        count = rebuild_from_store(db_url, index_dir(args.home), procs=args.procs, progress=_progress(args))
    except KeyboardInterrupt:
        # The generation being built is removed (indexer.build); the live one is never half-written.
        raise Interrupted(
            NO_INDEX_BUILT
            if first
            else "the index stays whole and searchable (a stopped rebuild swaps in nothing half-built); "
            "run newsarchive index rebuild again"
        ) from None
    _emit(args, {"documents": count}, f"index rebuilt: {counted(count, 'article')}")
    return exitcodes.OK


def run_check(args: argparse.Namespace) -> int:
    """Report articles missing, stale or orphaned in the index; exit 4 when there are any."""
    db_url = migrate_archive(args, require_archive(args))
    from indexer.check import check_index
    from indexer.integrity import DAMAGED_MESSAGE

    report = check_index(db_url, index_dir(args.home), deep=args.deep)
    data = {
        "clean": report.clean,
        "stored": report.stored,
        "indexed": report.indexed,
        "missing": report.missing,
        "stale": report.stale,
        "orphaned": report.orphaned,
        "examples": report.examples,
        "problems": report.problems,
        "damaged": report.damaged,
        "versions": report.versions,  # the superseded versions' index: indexed, stored, missing, orphaned
        "index": report.index,  # false: there is no index at all (exit 4, as for articles missing from one)
    }
    if not report.index:
        # Every archived article is missing from a search: the health check's code (4), not a bad setup's
        # (1), with the fix. One line, as any error; --json prints its document (reason: the same words).
        (data["reason"],) = report.problems
        if args.json:
            _emit(args, data, "")
        else:
            print(f"error: {_no_index_line(index_dir(args.home), report.stored)}", file=sys.stderr)
        return exitcodes.THRESHOLD
    if report.damaged:
        # Not compared with the store, since reading the index is what fails: no counts ("indexed 0,
        # missing 0" said the opposite of the message), the reason said as the first line says it.
        # Only the versions' index damaged: the articles' was compared, and its counts stand.
        if report.articles_damaged:
            data.update(dict.fromkeys(("indexed", "missing", "stale", "orphaned")))
        data["reason"] = DAMAGED_MESSAGE
        lines = [DAMAGED_MESSAGE, *(f"  {line}" for line in report.damaged)]
        _emit(args, data, "\n".join(lines))
        return exitcodes.DAMAGED
    lines = [
        f"store {counted(report.stored, 'article')}, index {report.indexed}: "
        f"{report.missing} missing, {report.stale} stale, {report.orphaned} orphaned"
    ]
    for kind, ids in report.examples.items():
        if ids:
            lines.append(f"  {kind}: {', '.join(map(str, ids))}")
    lines.extend(f"  {p}" for p in report.problems)
    # A schema or dictionary change needs a rebuild (`index update` refuses such an index): the last
    # line says why first, as "not clean (run: newsarchive index rebuild)" alone did not.
    rebuild = [p.removesuffix(": rebuild needed") for p in report.problems if p.endswith(": rebuild needed")]
    if report.clean:
        lines.append("clean")
    elif rebuild:
        lines.append(f"not clean: {'; '.join(rebuild)} (run: newsarchive index rebuild)")
    else:
        lines.append("not clean (run: newsarchive index update)")
    _emit(args, data, "\n".join(lines))
    return exitcodes.OK if report.clean else exitcodes.THRESHOLD


def _no_index_line(index_path: object, stored: int) -> str:
    """Say there is no index, what that leaves unsearchable, and how to build one."""
    lost = ""
    if stored:
        verb = "is" if stored == 1 else "are"
        lost = f": the {counted(stored, 'archived article')} {verb} missing from it"
    return f"no index at {index_path}{lost} (run: newsarchive index rebuild)"


def run_stats(args: argparse.Namespace) -> int:
    """Describe the live index generation (the index alone: a home without a database answers)."""
    migrate_archive(args, require_archive(args, index_is_enough=True))
    from indexer.check import index_stats

    stats = index_stats(index_dir(args.home))
    text = "\n".join(f"{key}: {_stat(value)}" for key, value in stats.items())
    _emit(args, stats, text)
    return exitcodes.OK


def _stat(value: Any) -> str:
    """Render one stat for a person: yes/no and none, not Python's True and None; a time in UTC says so."""
    from datetime import UTC, datetime

    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    if isinstance(value, str) and "T" in value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:  # as `runs` gives its times
            return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(value)

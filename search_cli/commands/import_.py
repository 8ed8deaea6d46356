"""``newsarchive import FILE.jsonl``: load articles exported from elsewhere into the store.

The format, the checks and the all-or-nothing rule live in :mod:`archive.importer`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from archive.config import resolve_sources_path
from archive.progress import Progress, progress_mode
from archive.wording import counted
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.interrupts import Interrupted
from search_cli.options import print_done
from search_cli.store import archive_db_url, migrate_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.importer import ImportResult, Reject


# archive.importer.DEFAULT_SOURCE, spelled here so --help loads no database library (a test checks).
IMPORT_SOURCE = "import"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``import`` subcommand."""

    p = subparsers.add_parser(
        "import",
        parents=[common],
        help="load articles from a JSONL export into the archive",
        description="Each line: id or url, title, body or content; optional published_at, authors, source. "
        "A file is imported whole or not at all: the first bad line (named file:line) stops it and "
        "nothing is written, unless --skip-bad. Run 'newsarchive index update' afterwards to make the "
        "articles searchable.",
    )
    p.add_argument("file", help="JSONL file, UTF-8 (- for stdin)")
    p.add_argument(
        "--source", help=f"source id for every article (default: the line's source, else {IMPORT_SOURCE!r})"
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="import the good lines and write the bad ones, with line numbers and reasons, to --rejects",
    )
    p.add_argument(
        "--rejects",
        metavar="FILE",
        help="where --skip-bad writes the rejected lines as JSONL (default: FILE.rejects.jsonl, "
        "or import.rejects.jsonl for stdin)",
    )
    p.set_defaults(func=run)


@contextmanager
def _lines(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    with handle:
        yield handle


def _size(path: str) -> int | None:
    try:
        return None if path == "-" else Path(path).stat().st_size
    except OSError:
        return None


def _counted(lines: Iterable[bytes], bar: Progress, size: int | None) -> Iterator[bytes]:
    """Yield ``lines``, advancing ``bar``; the total is estimated from the file size, for the ETA."""
    read = 0
    for n, line in enumerate(lines, 1):
        read += len(line)
        bar.advance()
        if size and (n == 100 or n % 2000 == 0):
            bar.set_total(max(n, round(n * size / max(read, 1))))
        yield line
    bar.set_total(bar.done)


def _write_rejects(path: Path, rejects: list[Reject]) -> None:
    try:
        with path.open("w", encoding="utf-8") as out:
            for r in rejects:
                out.write(
                    json.dumps({"line": r.line, "reason": r.reason, "text": r.text}, ensure_ascii=False)
                )
                out.write("\n")
    except OSError as exc:
        raise CliError(f"cannot write the rejects file {path}: {exc.strerror}") from exc


def _registered(args: argparse.Namespace) -> dict[str, tuple[str, str]]:
    """Return ``{id: (name, time zone)}`` of the registry's sources; none when there is no registry.

    An import needs no registry, but a paper that is registered has its
    ``timezone`` there, and its articles' dates are that zone's days.
    """
    from crawler.sources import load_registry

    path = resolve_sources_path(args.sources, args.home)
    if not path.is_file() and not (args.sources or os.environ.get("NEWSARCHIVE_SOURCES")):
        return {}  # none found where one is looked for; a registry named and missing is an error
    return {sid: (s.name, s.timezone) for sid, s in load_registry(path).items()}


def run(args: argparse.Namespace) -> int:
    """Import the file into the store and report what happened."""
    from archive.importer import import_lines

    name = "stdin" if args.file == "-" else args.file  # as given, as the rejects' path is said
    rejects_path = Path(
        args.rejects or ("import.rejects.jsonl" if args.file == "-" else f"{args.file}.rejects.jsonl")
    )
    registered = _registered(args)
    try:
        with (
            _lines(args.file) as lines,
            Progress("import", None, progress_mode(args.quiet), unit="lines") as bar,
        ):
            result = import_lines(
                migrate_archive(args, archive_db_url(args)),
                _counted(lines, bar, _size(args.file)),
                name,
                source=args.source,
                skip_bad=args.skip_bad,
                registered=registered,
            )
    except KeyboardInterrupt:
        # import_lines writes the file in one transaction: the stop rolled all of it back.
        raise Interrupted(
            f"nothing imported from {name} (a file is imported whole): run the import again"
        ) from None
    if result.rejects:
        _write_rejects(rejects_path, result.rejects)
    counts = result.counts
    if args.json:
        report: dict[str, Any] = {
            "articles": result.articles,
            **counts,
            "kept_body": result.kept_body,
            "no_body": result.no_body,
            "rejected": len(result.rejects),
        }
        if result.rejects:
            report["rejects_file"] = str(rejects_path)
        print(json.dumps(report, ensure_ascii=False))
    else:
        detail = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
        n = result.articles
        noun = "article" if n == 1 else "articles"
        # Nothing new or changed leaves the index as it was: no step to ask for.
        hint = "; run: newsarchive index update" if counts.get("new") or counts.get("changed") else ""
        print_done(args, f"imported {n} {noun} ({detail or 'none'}){_bodies_text(result)}{hint}")
        if result.rejects:
            bad = len(result.rejects)
            print(
                f"{bad} bad {'line' if bad == 1 else 'lines'} left out: see {rejects_path}", file=sys.stderr
            )
    return exitcodes.OK


def _bodies_text(result: ImportResult) -> str:
    """Say the lines that held no body: an article of a title only read as any imported one."""
    text = ""
    if kept := result.kept_body:
        their = "its" if kept == 1 else "their"
        text += f"; {counted(kept, 'line')} without a body left {their} archived text as it was"
    if result.no_body:
        text += (
            f"; {counted(result.no_body, 'article')} imported without a body "
            "(a title only: its line's body or content was empty or missing, as in a search export)"
        )
    return text

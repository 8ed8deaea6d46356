"""Entry point of the ``newsarchive`` command."""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Sequence

from search_cli import exitcodes
from search_cli.commands import COMMAND_MODULES
from search_cli.errors import format_error, is_known_error


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit with USAGE."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"error: {message} (see: {self.prog} --help)\n")
        raise SystemExit(exitcodes.USAGE)


def command_module(name: str) -> str | None:
    """Return the module that defines subcommand ``name`` (``import`` lives in ``import_``)."""
    for module in COMMAND_MODULES:
        if module.rstrip("_") == name:
            return module
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the top-level parser with every subcommand registered, or just the module ``only``.

    Command modules import Scrapy, Whoosh, Alembic or Starlette; importing all
    of them costs a second or more before any work starts, so a command line
    that names its subcommand loads only that one.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", help="data directory (default: $NEWSARCHIVE_HOME or ./newsarchive-data)")
    common.add_argument(
        "--db-url", help="database URL (default: $NEWSARCHIVE_DB_URL or SQLite in the data directory)"
    )
    common.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bars or informational logs")
    common.add_argument("--traceback", action="store_true", help="show the full traceback on errors")

    parser = _Parser(
        prog="newsarchive",
        description="Archive regional news: crawl sources, keep every version, search in Chinese.",
        epilog="Run 'newsarchive COMMAND --help' for the options of one command.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in [only] if only else COMMAND_MODULES:
        module = importlib.import_module(f"search_cli.commands.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line given in ``argv`` and return its exit code."""
    try:
        return _run(argv)
    except KeyboardInterrupt:  # also while the command's modules load, before any work started
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a late Ctrl-C must not turn 130 into a signal death
        sys.stderr.write("interrupted\n")
        return exitcodes.INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The first word is the subcommand (the top level has no options but --help).
    parser = build_parser(command_module(argv[0]) if argv else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help exits 0, usage errors exit 2
        return int(exc.code or 0)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return exitcodes.USAGE
    try:
        return int(func(args))
    except Exception as exc:
        if getattr(args, "traceback", False) or not is_known_error(exc):
            if getattr(args, "traceback", False):
                raise
        sys.stderr.write(format_error(exc) + "\n")
        return exitcodes.ERROR


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())

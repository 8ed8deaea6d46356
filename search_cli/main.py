# PYTHON_ARGCOMPLETE_OK  (argcomplete: shell completion, see README "Shell completion")
"""Entry point of the ``newsarchive`` command."""

from __future__ import annotations

import argparse
import importlib
import os
import re
import select
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

from search_cli import exitcodes
from search_cli.commands import COMMAND_MODULES
from search_cli.errors import NoArchiveError, UsageError, format_error, is_known_error
from search_cli.exitcodes import EPILOG
from search_cli.interrupts import Interrupted, InterruptLatch
from search_cli.options import SOURCES_HELP


def version() -> str:
    """Return the installed version of the project (``unknown`` when run from a bare checkout)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("newsarchive")
    except PackageNotFoundError:
        return "unknown"


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit with USAGE."""

    def _get_option_tuples(self, option_string: str) -> list[Any]:
        # argparse's abbreviations read ``--source ID`` on a command without --source as the global
        # ``--sources FILE``: ``db check --source X`` checked the whole store, ``schedule list --source
        # X`` said "no source registry at X". --source names a source everywhere, never the registry.
        if option_string.split("=", 1)[0] == "--source":
            return []
        return list(super()._get_option_tuples(option_string))

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = f"see: {self.prog} --help"
        dashed = [w for w in _unrecognized(message) if w.startswith("-") and not _OPTION_LIKE.match(w)]
        if dashed:  # README's "-5度": a query of one exclusion is text, but argparse takes it for an option
            hint = f"a query that starts with '-' goes after '--': newsarchive search -- {dashed[0]}"
        sys.stderr.write(f"error: {message} ({hint})\n")
        raise SystemExit(exitcodes.USAGE)


_OPTION_LIKE = re.compile(r"^--?[A-Za-z][\w-]*(?:=.*)?$")


def _unrecognized(message: str) -> list[str]:
    """Return the words of argparse's "unrecognized arguments: ..." message (none for other errors)."""
    prefix = "unrecognized arguments: "
    return message.removeprefix(prefix).split() if message.startswith(prefix) else []


# Options every command accepts, before or after its name: name -> whether it takes a value.
GLOBAL_OPTIONS: dict[str, bool] = {
    "--home": True,
    "--db-url": True,
    "--sources": True,
    "--log-file": True,
    "--json": False,
    "-q": False,
    "--quiet": False,
    "--traceback": False,
}


def command_module(name: str) -> str | None:
    """Return the module that defines subcommand ``name`` (``import`` lives in ``import_``)."""
    for module in COMMAND_MODULES:
        if module.rstrip("_") == name:
            return module
    return None


def command_word(argv: Sequence[str]) -> str | None:
    """Return the subcommand named in ``argv``, skipping global options (and their values) before it."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word.startswith("-"):
            if GLOBAL_OPTIONS.get(word) and "=" not in word:
                next(words, None)
            continue
        return word
    return None


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Declare the global options on ``parser``.

    The top-level parser holds the defaults; each subcommand declares the same
    options with ``SUPPRESS`` defaults, so a value given before the subcommand
    is not overwritten by the subcommand's unset default.
    """

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--home",
        default=default(None),
        help="data directory (default: $NEWSARCHIVE_HOME or ./newsarchive-data)",
    )
    parser.add_argument(
        "--db-url",
        default=default(None),
        help="database URL (default: $NEWSARCHIVE_DB_URL or SQLite in the data directory)",
    )
    parser.add_argument("--sources", default=default(None), help=SOURCES_HELP)
    parser.add_argument(
        "--log-file",
        default=default(None),
        metavar="PATH",
        help="append the full log (DEBUG and up, with times) to this file; stderr keeps what needs action",
    )
    parser.add_argument(
        "--json", action="store_true", default=default(False), help="print machine-readable JSON on stdout"
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default(False),
        help="no progress and no informational lines (a job that went well prints nothing)",
    )
    parser.add_argument(
        "--traceback", action="store_true", default=default(False), help="show the full traceback on errors"
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the top-level parser with every subcommand registered, or just the module ``only``.

    Command modules import Scrapy, Whoosh, Alembic or Starlette; importing all
    of them costs a second or more before any work starts, so a command line
    that names its subcommand loads only that one.
    """
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, suppress=True)

    parser = _Parser(
        prog="newsarchive",
        description="Archive regional news: crawl sources, keep every version, search in Chinese.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsarchive {version()}")
    add_global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in [only] if only else COMMAND_MODULES:
        module = importlib.import_module(f"search_cli.commands.{name}")
        module.register(subparsers, common)
    return parser


# Output formats a command may offer; at most one may be asked for.
OUTPUT_FLAGS = ("json", "jsonl", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line given in ``argv`` and return its exit code.

    A caller in the same process (a test, a script) gets its SIGINT handler back as it was.
    """
    return _main(argv, give_back_sigint=True)


def _main(argv: Sequence[str] | None, *, give_back_sigint: bool) -> int:
    """Run the command line; ``give_back_sigint`` off keeps a stopped command's SIGINT ignored.

    The console entry, about to exit 130, must not take a late second Ctrl-C back: between
    handing the handler back and exiting, it would turn status 130 into a death by signal.
    """
    latch = InterruptLatch()
    latch.install()
    previous = _take_sigterm(latch)
    try:
        code = _run(argv, latch)
        latch.arm()  # a stop while only parsing (--help, a usage error) still ends as interrupted
        return code
    except BrokenPipeError as exc:
        if not _stdout_closed():  # another pipe or socket broke: an error, never a quiet success
            sys.stderr.write(format_error(exc) + "\n")
            return exitcodes.ERROR
        _silence_stdout()  # the reader went away (| head): stop quietly, as cat and grep do
        return exitcodes.OK
    except KeyboardInterrupt as exc:  # also while the command's modules load, before any work started
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a late Ctrl-C must not turn 130 into a signal death
        sys.stderr.write(f"interrupted: {exc.note}\n" if isinstance(exc, Interrupted) else "interrupted\n")
        return exitcodes.INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        # main()'s caller gets its own handler back, also over a stopped command's SIG_IGN
        latch.restore(even_if_replaced=give_back_sigint)


def _take_sigterm(latch: InterruptLatch | None = None) -> Any:
    """Make SIGTERM stop a command as Ctrl-C does; return the handler it had (None: left alone).

    README's exit codes promise 130 for SIGTERM too, and only a KeyboardInterrupt
    reaches the handlers that end a command cleanly (an index rebuild left a
    half-built generation and exit status 143 otherwise). A handler someone else
    installed is kept, and outside the main thread none can be set.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return None
    _fork_children_with_default_sigterm()
    return signal.signal(signal.SIGTERM, _SigtermAsInterrupt(os.getpid(), latch))


class _SigtermAsInterrupt:
    """A SIGTERM handler raising KeyboardInterrupt in ``owner``; a forked helper dies of the signal.

    With a ``latch`` the signal goes through it as a Ctrl-C does (counted while the
    command loads, raised once it runs).
    """

    def __init__(self, owner: int, latch: InterruptLatch | None = None) -> None:
        self.owner = owner
        self.latch = latch

    def __call__(self, signum: int, _frame: FrameType | None) -> None:
        if os.getpid() != self.owner:  # a child that still has it: terminate() must kill it quietly
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if self.latch is not None:
            self.latch(signum, _frame)
            return
        raise KeyboardInterrupt


# The handler the main thread set aside for the length of a fork (see below).
_SET_ASIDE: list[Any] = []
_FORK_HOOKS: list[bool] = []


def _fork_children_with_default_sigterm() -> None:
    """Make every forked child start with the kernel's default SIGTERM, as before the handler.

    A Python-level handler runs only when the child's interpreter gets to it: a
    pool worker that ``Pool.terminate()`` signals while it is still starting up
    loses the signal (CPython clears signals tripped during a fork) and then
    waits forever on the task queue's lock, which terminate holds: an ``index
    rebuild`` hung at its end. With the default disposition inherited from the
    fork the kernel ends the child whatever it is doing. Registered once.
    """
    if _FORK_HOOKS:
        return
    _FORK_HOOKS.append(True)
    os.register_at_fork(
        before=_before_fork, after_in_parent=_after_fork_parent, after_in_child=_after_fork_child
    )


def _before_fork() -> None:
    """Set our SIGTERM handler aside while the process forks (main thread only: elsewhere none can be set)."""
    if threading.current_thread() is threading.main_thread():
        handler = signal.getsignal(signal.SIGTERM)
        if isinstance(handler, _SigtermAsInterrupt):
            _SET_ASIDE.append(signal.signal(signal.SIGTERM, signal.SIG_DFL))


def _after_fork_parent() -> None:
    """Put the handler set aside back in the parent."""
    while _SET_ASIDE:
        signal.signal(signal.SIGTERM, _SET_ASIDE.pop())


def _after_fork_child() -> None:
    """A child forked from another thread still drops our handler as soon as it runs."""
    _SET_ASIDE.clear()
    if isinstance(signal.getsignal(signal.SIGTERM), _SigtermAsInterrupt):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _run(argv: Sequence[str] | None, latch: InterruptLatch) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    completing = "_ARGCOMPLETE" in os.environ
    word = None if completing else command_word(argv)
    parser = build_parser(command_module(word) if word else None)
    if completing:  # the shell asks for completions: argcomplete answers and exits
        import argcomplete

        argcomplete.autocomplete(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help exits 0, usage errors exit 2
        return int(exc.code or 0)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return exitcodes.USAGE
    stdin_registry = _stdin_registry(args)
    if stdin_registry:
        # Some commands read it again (crawl --queue) or write it (sources add): stdin cannot serve.
        sys.stderr.write(
            f"error: {stdin_registry}: the source registry must be a file, not stdin: give its path\n"
        )
        return exitcodes.USAGE
    chosen = [f"--{flag}" for flag in OUTPUT_FLAGS if getattr(args, flag, False)]
    if len(chosen) > 1:
        sys.stderr.write(f"error: {' and '.join(chosen)} exclude each other: choose one output format\n")
        return exitcodes.USAGE
    if args.log_file:
        try:
            _log_to_file(args.log_file)
        except OSError as exc:  # before the command's own handler: a traceback otherwise
            sys.stderr.write(f"error: cannot write the log file {args.log_file}: {exc.strerror or exc}\n")
            return exitcodes.ERROR
    latch.arm()  # from here a Ctrl-C raises; one that came while the command loaded raises now
    try:
        code = int(func(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except BrokenPipeError:
        raise
    except Exception as exc:
        if getattr(args, "traceback", False) or not is_known_error(exc):
            if getattr(args, "traceback", False):
                raise
        sys.stderr.write(format_error(exc) + "\n")
        return _exit_code(exc)


def _exit_code(exc: BaseException) -> int:
    """Name the exit code of a command that ended on ``exc``.

    A damaged index is its own code wherever it is met (a search, ``index update``), the one
    ``index check`` returns when it finds the damage: cron tells "rebuild the index" from an error.
    """
    from archive.errors import NotFound
    from indexer.errors import IndexDamaged

    if isinstance(exc, IndexDamaged):
        return exitcodes.DAMAGED
    if isinstance(exc, NotFound):  # show 999: nothing found, as a search finding none
        return exitcodes.NO_RESULTS
    if isinstance(exc, NoArchiveError):
        return exitcodes.NO_ARCHIVE
    return exitcodes.USAGE if isinstance(exc, UsageError) else exitcodes.ERROR


def _stdin_registry(args: argparse.Namespace) -> str:
    """Name the option that asks for the registry on stdin (``--sources -``), or return ""."""
    for flag in ("sources", "registry"):
        if getattr(args, flag, None) == "-":
            return f"--{flag} -"
    if not getattr(args, "sources", None) and os.environ.get("NEWSARCHIVE_SOURCES") == "-":
        return "NEWSARCHIVE_SOURCES=-"
    return ""


def _stdout_closed() -> bool:
    """Tell whether stdout's reader has gone (a pipe with no reader polls as an error).

    Only then is a broken pipe the quiet end of ``| head``; a broken pipe of a
    socket or of a child's pipe is a failure the caller must see.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # stdout is not a real file (tests capture it)
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass


def _log_to_file(path: str) -> None:
    """Send every log record (DEBUG and up, with times) to ``path`` as well as stderr's handlers.

    Crawls pass the path on as ``NEWSARCHIVE_LOG_FILE`` so their child process logs there too.
    """
    import logging

    from archive.config import log_formatter

    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(log_formatter("[%(name)s] %(levelname)s: %(message)s"))
    root = logging.getLogger()
    if not root.handlers:  # keep stderr's default (warnings and up) beside the file
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        root.addHandler(stderr)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    os.environ["NEWSARCHIVE_LOG_FILE"] = path


def entry() -> None:
    """Console-script entry point: a stopped command keeps SIGINT ignored until the process exits."""
    sys.exit(_main(None, give_back_sigint=False))

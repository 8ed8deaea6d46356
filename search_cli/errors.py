"""Map library exceptions to one-line messages at the CLI boundary."""

from __future__ import annotations


class CliError(Exception):
    """An error raised by a command module itself (bad argument value, missing file)."""


class UsageError(CliError):
    """A command line that cannot mean anything (``--since`` after ``--until``): exit 2, as argparse's."""


class NoArchiveError(CliError):
    """A command that reads the archive found none where it was told to look (a mistyped ``--home``)."""


def is_known_error(exc: BaseException) -> bool:
    """Tell whether ``exc`` is one of our packages' own errors (message meant for users)."""
    from archive.errors import CrawlerError
    from indexer.errors import IndexerError

    return isinstance(exc, CliError | CrawlerError | IndexerError | OSError)


def format_error(exc: BaseException) -> str:
    """Render ``exc`` as the single ``error: ...`` line users see."""
    if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
        text = _os_error_text(exc)
    elif is_known_error(exc):
        text = str(exc) or exc.__class__.__name__
    else:
        text = f"unexpected {exc.__class__.__name__}: {exc} (run again with --traceback and report it)"
    return "error: " + " ".join(text.split())


def _os_error_text(exc: OSError) -> str:
    """Name the path and the system's reason, as coreutils do: ``/srv/home: Permission denied``.

    Python's own form (``[Errno 13] Permission denied: '/srv/home'``) puts an errno
    number first and the path last in quotes; a read-only or full data directory
    is an operator's problem, and the path is what they act on.
    """
    target = f"{exc.filename} -> {exc.filename2}" if exc.filename2 is not None else str(exc.filename)
    return f"{target}: {exc.strerror}"

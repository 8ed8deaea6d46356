"""Options that several subcommands share, declared once."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from search_cli.errors import CliError, NoArchiveError, UsageError

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from sqlalchemy.engine import URL

    from crawler.sources import SourceConfig

SOURCES_HELP = (
    "source registry (default: $NEWSARCHIVE_SOURCES, else ./sources.toml, "
    "else sources.toml in the data directory)"
)

# The forms a bad date's error names: "use YYYY-MM-DD" read as if 2016年7月20日 or a month were refused.
DAY_FORMS = "2016-07-20 or 2016年7月20日"
BOUND_FORMS = "2016-07-20, 2016年7月20日, 2016-07, 2016"


def day(text: str) -> date:
    """Parse a ``--since``/``--until`` value; a bad one is a usage error (exit 2) in every command.

    The search page's parser (:func:`archive.typed_dates.parse_date`): ``2016年7月20日``,
    ``2016.7.20`` and full-width digits are the same day here as there.
    """
    from archive.typed_dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use a day: {DAY_FORMS})") from None


def since_day(text: str) -> date:
    """Parse ``--since``: a day, or a month or year as its first day (``2016-07`` is 2016-07-01)."""
    return _bound(text, end=False)


def until_day(text: str) -> date:
    """Parse ``--until``: a day, or a month or year as its last day (``2016-07`` is 2016-07-31)."""
    return _bound(text, end=True)


def _bound(text: str, end: bool) -> date:
    from archive.typed_dates import parse_bound

    try:
        return parse_bound(text, end)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use a day, month or year: {BOUND_FORMS})"
        ) from None


def check_range(since: date | None, until: date | None) -> None:
    """Refuse ``--since`` after ``--until`` (exit 2): the range holds no day, so any answer would mislead."""
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {since} is after --until {until}")


# The largest whole number the databases store (a signed 64-bit integer): past it SQLite's
# driver raised OverflowError, shown as an "unexpected" error.
LARGEST = 2**63 - 1


def positive(text: str) -> int:
    """Parse a count such as ``--page`` or ``--limit``: a whole number of 1 or more."""
    value = record_id(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def record_id(text: str) -> int:
    """Parse an id of the archive (an article, a version, a run): a whole number the database can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if abs(value) > LARGEST:
        raise argparse.ArgumentTypeError(f"must be at most {LARGEST}, not {text}")
    return value


def article_id(text: str) -> int:
    """Parse an article's id: its archive id, or the ``newsarchive-N`` a TREC run or a citation gives."""
    # indexer.trec.DOC_PREFIX, spelled here so --help loads no index library.
    number = text.removeprefix("newsarchive-")
    return record_id(number if number != text and number.isdigit() else text)


def setting(text: str) -> tuple[str, str]:
    """Parse a ``NAME=VALUE`` Scrapy setting override."""
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def add_settings_option(parser: argparse.ArgumentParser, help: str) -> None:
    """Add ``-s/--set NAME=VALUE`` (repeatable), collected in ``args.settings``."""
    parser.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        type=setting,
        default=[],
        metavar="NAME=VALUE",
        help=help,
    )


def add_crawl_options(parser: argparse.ArgumentParser, scope: str = "") -> None:
    """Add ``-s NAME=VALUE`` and ``-v`` for commands that start crawls (``scope`` prefixes the help)."""
    add_settings_option(parser, f"{scope}override a Scrapy setting (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help=f"{scope}show Scrapy's INFO log")


def print_done(args: argparse.Namespace, text: str, *, needs_action: bool = False) -> None:
    """Print a job's summary on stdout: always, but with ``-q`` only when it needs action.

    ``-q`` means: a job (crawl, worker, import, reprocess, index update and
    rebuild, db upgrade and copy, schedule run) that went well prints nothing,
    its exit code says so (cron mails nothing); one that did not prints its
    summary as without ``-q``. A command that answers a question (search,
    report, runs, show...) prints its answer whatever ``-q`` says, and
    ``--json`` always prints its document: both were asked for.
    """
    if needs_action or not getattr(args, "quiet", False):
        print(text)


def require_archive(args: argparse.Namespace, *, index_is_enough: bool = False) -> str:
    """Refuse a command that reads the archive where there is none; return its database URL.

    One check and one message (exit ``NO_ARCHIVE``) for every reading command:
    opening a store creates its SQLite file (and the data directory), so a
    mistyped ``--home`` gave an empty archive there and answers as if it held
    nothing. Only commands that fill an archive (crawl, worker, import,
    demo, db upgrade, schedule run) create one. A PostgreSQL database is
    refused when it holds no archive tables (:func:`_require_server_archive`);
    one that cannot be reached is the store's to name. ``index_is_enough`` is for commands that read the
    index alone (``search``, ``index stats``): a home with an index answers
    them without a database.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from archive.config import index_dir, resolve_db_url

    db_url = resolve_db_url(getattr(args, "db_url", None), getattr(args, "home", None))
    if index_is_enough and index_dir(getattr(args, "home", None)).is_dir():
        return db_url
    try:
        url = make_url(db_url)
    except ArgumentError:
        return db_url  # the store names a bad URL in its own words
    if url.get_backend_name() == "postgresql":
        _require_server_archive(db_url, url)
        return db_url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return db_url
    database = Path(url.database).expanduser().resolve()
    existing = next(p for p in database.parents if p.exists())  # / exists
    if not existing.is_dir():
        return db_url  # a path the system refuses in its own words ("Not a directory")
    if not database.exists():
        raise NoArchiveError(
            f"no archive at {url.database} (check --home, NEWSARCHIVE_HOME or --db-url; "
            "a crawl, an import or newsarchive demo creates one)"
        )
    return db_url


def _require_server_archive(db_url: str, url: URL) -> None:
    """Refuse a PostgreSQL database (or search_path schema) that holds no archive.

    A mistyped database name that exists (``postgres``, another project's) or a
    new empty one is the server's missing file: reading commands migrated it and
    answered as from an empty archive ("no crawl runs", "store is sound", a
    report of unchecked dates), leaving the tables behind. A server that cannot
    be reached is left to the store, which says so in its own words.
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from archive.engine import create_store_engine

    engine = create_store_engine(db_url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except SQLAlchemyError:
        return
    finally:
        engine.dispose()
    if not tables & {"alembic_version", "articles"}:
        raise NoArchiveError(
            f"no archive in {url.render_as_string(hide_password=True)}: the database holds no newsarchive "
            "tables (check --db-url or NEWSARCHIVE_DB_URL; newsarchive db upgrade, a crawl or an import "
            "creates them)"
        )


def crawl_log_level(args: argparse.Namespace) -> str:
    """Return the crawl log level the shared ``--quiet`` and ``-v`` ask for."""
    return "ERROR" if args.quiet else ("INFO" if args.verbose else "WARNING")


def add_source_argument(
    parser: argparse.ArgumentParser, *, positional: bool, help: str = "source id"
) -> None:
    """Add ``--source ID``, the one spelling every command accepts, and optionally a positional alias.

    ``crawl cswb`` and ``crawl --source cswb`` mean the same; ``source_of`` reads either.
    """
    if positional:
        parser.add_argument("source_pos", nargs="?", metavar="SOURCE", help=f"{help} (or --source)")
    parser.add_argument("--source", help=help)


def source_of(args: argparse.Namespace, *, required: bool) -> str | None:
    """Return the source id given positionally or with ``--source``.

    A missing (``required``) or doubly given id is a bad command line: exit 2, as argparse's own.
    """
    positional = getattr(args, "source_pos", None)
    option = getattr(args, "source", None)
    if positional and option and positional != option:
        raise UsageError(f"two different sources given: {positional!r} and --source {option!r}")
    value: str | None = positional or option
    if required and not value:
        raise UsageError("give a source id (SOURCE or --source ID; see: newsarchive sources list)")
    return value


def registered_source(args: argparse.Namespace, source_id: str) -> SourceConfig:
    """Return the registry's source ``source_id`` (``--sources``/``--home`` find the registry).

    An unknown id is the one-line ConfigError naming the known ones, the same for every command.
    """
    from archive.config import resolve_sources_path
    from crawler.sources import get_source, load_registry

    return get_source(load_registry(resolve_sources_path(args.sources, args.home)), source_id)


def read_input(path: str) -> bytes:
    """Return the bytes of the file ``path``, or of stdin when it is ``-`` (every command that reads one)."""
    import sys

    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_input_text(path: str) -> str:
    """Return the UTF-8 text of ``path`` (``-``: stdin), with a one-line error when it is not UTF-8."""
    data = read_input(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"cannot read {path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def check_archived_source(args: argparse.Namespace, source_id: str) -> None:
    """Raise the one-line "unknown source 'x' (known: ...)" when the archive holds no such source.

    Commands that read the archive rather than the registry (``search``, ``runs``) check here,
    so an unknown id reads the same everywhere.
    """
    from pathlib import Path

    from sqlalchemy.exc import DBAPIError

    from archive.config import resolve_db_url
    from archive.queries import check_source_known
    from archive.schema import open_store

    db_url = resolve_db_url(args.db_url, args.home)
    if db_url.startswith("sqlite:///") and not Path(db_url.removeprefix("sqlite:///")).exists():
        return  # no archive yet: the command's own error ("no index at ...") says more
    try:
        with open_store(db_url, migrate=False) as sessions, sessions() as session:
            check_source_known(session, source_id)
    except DBAPIError:  # an archive the command itself will report on (locked, not migrated)
        return


def check_query_sources(args: argparse.Namespace, query: str) -> None:
    """Raise a UsageError when the query's ``source:`` names no archived paper (its name, a typo).

    ``source:城市晚报`` (the paper's name, where the field takes its id) found nothing and said
    "no article contains"; the web page's sentence (:func:`webui.params.check_query_sources`) gives
    the id to type instead.
    """
    if "source:" not in query.lower():
        return
    from sqlalchemy.exc import DBAPIError

    from archive.config import resolve_db_url
    from archive.queries import source_names
    from archive.schema import open_store
    from webui.params import BadRequest
    from webui.params import check_query_sources as check

    db_url = resolve_db_url(args.db_url, args.home)
    if db_url.startswith("sqlite:///") and not Path(db_url.removeprefix("sqlite:///")).exists():
        return  # an index alone: no registry of papers to check against
    try:
        with open_store(db_url, migrate=False) as sessions, sessions() as session:
            names = source_names(session)
    except DBAPIError:  # an archive the command itself will report on (locked, not migrated)
        return
    try:
        check(query, names)
    except BadRequest as exc:
        raise UsageError(str(exc)) from None


def check_queue(url: str) -> None:
    """Raise a UsageError (exit 2) when ``--queue`` is not a Redis URL: a command line that cannot work."""
    from archive.errors import ConfigError
    from crawler.scaleout.keys import check_queue_url

    try:
        check_queue_url(url)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None

"""Options that several subcommands share, declared once."""

from __future__ import annotations

import argparse

SOURCES_HELP = "source registry (default: $NEWSARCHIVE_SOURCES or ./sources.toml)"


def setting(text: str) -> tuple[str, str]:
    """Parse a ``NAME=VALUE`` Scrapy setting override."""
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def add_sources_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--sources PATH`` (the registry)."""
    parser.add_argument("--sources", help=SOURCES_HELP)


def add_crawl_options(parser: argparse.ArgumentParser, scope: str = "") -> None:
    """Add ``-s NAME=VALUE`` and ``-v`` for commands that start crawls (``scope`` prefixes the help)."""
    parser.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        type=setting,
        default=[],
        metavar="NAME=VALUE",
        help=f"{scope}override a Scrapy setting (repeatable)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=f"{scope}show Scrapy's INFO log")


def crawl_log_level(args: argparse.Namespace) -> str:
    """Return the crawl log level the shared ``--quiet`` and ``-v`` ask for."""
    return "ERROR" if args.quiet else ("INFO" if args.verbose else "WARNING")

"""One module per subcommand (or group): each has ``register(subparsers, common)``.

``register`` adds its parser and sets ``func`` (a ``Callable[[argparse.Namespace], int]``)
as the parser default; ``main`` calls it. Modules hold argument parsing and
formatting only: the work is done by library calls.
"""

from __future__ import annotations

# Order is the order of ``newsarchive --help``.
COMMAND_MODULES = [
    "demo",
    "sources",
    "crawl",
    "index",
    "search",
    "import_",
    "show",
    "similar",
    "runs",
    "schedule",
    "report",
    "worker",
    "db",
    "reprocess",
    "normalize",
    "extract",
    "serve",
]

"""``newsarchive serve``: the read-only search page for journalists, on loopback by default."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import TYPE_CHECKING, Any

from search_cli import exitcodes
from search_cli.options import require_archive
from search_cli.store import migrate_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``serve`` subcommand."""
    p = subparsers.add_parser(
        "serve",
        parents=[common],
        help="serve the read-only search page in a browser",
        description="Serve a read-only web page to search the archive (the same query language as "
        "'search'), chart matches per month, read articles, their versions and raw captures, and see "
        "each source's gaps. Binds to 127.0.0.1 unless --host says otherwise. Prints the URL first.",
    )
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port to listen on, 0 for any free port (default: {DEFAULT_PORT})",
    )
    p.add_argument(
        "--max-searches",
        type=int,
        default=None,
        metavar="N",
        help="searches run at once (default: one per CPU); more wait in a queue",
    )
    p.add_argument(
        "--search-queue",
        type=int,
        default=None,
        metavar="N",
        help="searches that may wait for a free slot (default: 4 per running search); past it, "
        "or after 10 s of waiting, a search is answered 503 with Retry-After",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the archive read-only and serve it until interrupted."""
    migrate_archive(args, require_archive(args))  # before the web server opens it read-only
    from indexer.generations import current_generation
    from webui.app import LOOPBACK_HOSTS, create_app
    from webui.server import bind_socket, is_loopback, make_server, url_of

    if not 0 <= args.port <= 65535:
        sys.stderr.write(f"error: --port must be between 0 and 65535, not {args.port}\n")
        return exitcodes.USAGE
    loopback = is_loopback(args.host)
    if (args.max_searches is not None and args.max_searches < 1) or (
        args.search_queue is not None and args.search_queue < 0
    ):
        sys.stderr.write("error: --max-searches must be 1 or more and --search-queue 0 or more\n")
        return exitcodes.USAGE
    app = create_app(
        args.home,
        args.db_url,
        allowed_hosts=[*LOOPBACK_HOSTS, args.host] if loopback else None,
        max_searches=args.max_searches,
        search_queue=args.search_queue,
    )
    archive = app.state.archive
    if current_generation(archive.index_path) is None:
        sys.stderr.write(
            f"warning: no index at {archive.index_path}: searches will say so "
            "(run: newsarchive index rebuild)\n"
        )
    if not loopback:
        sys.stderr.write(f"warning: listening on {args.host}: anyone who can reach it can read the archive\n")
    sock = bind_socket(args.host, args.port)
    url = url_of(sock) + "/"
    if args.json:
        print(json.dumps({"url": url, "home": str(archive.home)}, ensure_ascii=False), flush=True)
    else:
        print(f"serving {archive.home} at {url} (press Ctrl-C to stop)", flush=True)
    server = make_server(app, quiet=args.quiet)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        archive.close()
    if server.stopped_by == signal.SIGINT:  # stopped by Ctrl-C: the same ending as everywhere in the CLI
        raise KeyboardInterrupt
    return exitcodes.OK

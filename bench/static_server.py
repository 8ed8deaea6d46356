"""A fast static server for crawl benchmarks: Twisted's ``static.File`` on 127.0.0.1.

Python's ``http.server`` is too slow to measure a crawler against: the server
would be the bottleneck. Prints its base URL on the first line of stdout.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Serve ``--root`` until killed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)

    from twisted.internet import reactor
    from twisted.web import server, static

    root = static.File(args.root)
    root.contentTypes[".htm"] = "text/html"
    root.contentTypes[".html"] = "text/html"
    site = server.Site(root)
    site.log = lambda *a, **k: None  # type: ignore[method-assign]
    port = reactor.listenTCP(args.port, site, interface="127.0.0.1")  # type: ignore[attr-defined]
    print(f"http://127.0.0.1:{port.getHost().port}", flush=True)
    reactor.run()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())

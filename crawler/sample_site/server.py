"""A static file server for local test and demo sites, bound to loopback.

Run as ``python -m crawler.sample_site.server [--root DIR] [--port 0] [--log FILE]``: it
prints its base URL on the first line of stdout, so a test fixture can start it
in a subprocess on a free port. Pages are served without a charset in the
Content-Type, as many regional sites do, so decoding relies on the page itself.

A site may hold a ``_headers.json`` file mapping URL paths to a rule
``{"status": 503, "headers": {"Content-Type": "text/html; charset=iso-8859-1"},
"no_length": false}``: what static files cannot say by themselves (a wrong
declared charset, a server error, a redirect, a ``Retry-After``, a body cut
short by a lying ``Content-Length``). The file's bytes, if any, are the body.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from crawler.sample_site import SITE_DIR


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the stdlib declares it an instance attribute, so no ClassVar
        ".htm": "text/html",
        ".html": "text/html",
        ".pdf": "application/pdf",
        ".xml": "application/xml",
        ".txt": "text/plain",
        "": "application/octet-stream",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_head(self) -> Any:
        """Serve a file, applying its ``_headers.json`` rule when there is one."""
        log = getattr(self.server, "request_log", None)
        if log is not None:  # tests count the requests a client made (one line each, flushed)
            with log_lock:
                log.write(f"{self.command} {self.path}\n")
                log.flush()
        rules: dict[str, Any] = getattr(self.server, "rules", {})
        path = unquote(urlsplit(self.path).path)
        if path == "/" + HEADERS_FILE:
            self.send_error(404)
            return None
        rule = rules.get(path)
        if rule is None:
            return super().send_head()
        file = Path(self.translate_path(self.path))
        body = file.read_bytes() if file.is_file() else b""
        self.send_response(int(rule.get("status", 200)))
        headers = {"Content-Type": self.guess_type(str(file)), "Content-Length": str(len(body))}
        if rule.get("no_length"):
            del headers["Content-Length"]
        headers.update(rule.get("headers", {}))
        for name, value in headers.items():
            self.send_header(name, str(value))
        self.close_connection = True  # a lying or missing Content-Length ends with the connection
        self.end_headers()
        return io.BytesIO(body)


HEADERS_FILE = "_headers.json"
log_lock = threading.Lock()


def make_server(root: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """Create (not start) a threaded static server for ``root``."""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the sample server binds to loopback only")
    server = ThreadingHTTPServer((host, port), partial(_Handler, directory=str(root)))
    server.daemon_threads = True
    rules_file = Path(root) / HEADERS_FILE
    server.rules = json.loads(rules_file.read_text("utf-8")) if rules_file.is_file() else {}  # type: ignore[attr-defined]
    return server


def base_url(server: ThreadingHTTPServer) -> str:
    """Return ``http://127.0.0.1:PORT`` for a started server."""
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"


@contextmanager
def serve_in_thread(root: Path = SITE_DIR, port: int = 0) -> Iterator[str]:
    """Serve ``root`` on loopback ``port`` (any free one when 0 or taken) in a thread; yield the base URL."""
    try:
        server = make_server(root, port=port)
    except OSError:  # the port is taken (another demo, another program): any free one does
        server = make_server(root)
    thread = threading.Thread(target=server.serve_forever, name="sample-site", daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()


def spawn(*module_args: str, cwd: Path | None = None) -> tuple[subprocess.Popen[str], str]:
    """Start ``python -m MODULE ARGS`` that prints its loopback base URL first; return it and the URL.

    Tests and benchmarks run their servers in another process so that the
    server's work does not share the crawler's interpreter.
    """
    proc = subprocess.Popen([sys.executable, "-m", *module_args], stdout=subprocess.PIPE, text=True, cwd=cwd)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        proc.wait(10)
        raise RuntimeError(f"server {module_args[0]} did not start: {url!r}")
    return proc, url


def main(argv: list[str] | None = None) -> int:
    """Serve a directory until killed, printing the base URL first."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=SITE_DIR)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--log", type=Path, help="append one line per request (method and path) to this file")
    args = parser.parse_args(argv)
    server = make_server(args.root, port=args.port)
    if args.log:
        server.request_log = args.log.open("a", encoding="utf-8")  # type: ignore[attr-defined]
    print(base_url(server), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the web application under uvicorn on a socket bound here.

Binding the socket before uvicorn starts lets ``--port 0`` pick a free port
and still print the real URL first (tests and the benchmark read it), and
makes "address already in use" an ordinary ``OSError`` the CLI prints as one
line.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import uvicorn
from starlette.types import ASGIApp

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """Tell whether ``host`` names this machine only."""
    return host in LOOPBACK or host.startswith("127.")


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind and listen on ``host:port`` (IPv4 or IPv6); raise ``OSError`` with the address on failure."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        # The address goes where a path would: the CLI prints "error: cannot listen on HOST:PORT:
        # Address already in use", without Python's "[Errno 98]" first.
        raise OSError(exc.errno, exc.strerror, f"cannot listen on {host}:{port}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    """Return the base URL of a bound socket, e.g. ``http://127.0.0.1:8080``."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class Server(uvicorn.Server):
    """uvicorn's server that remembers the first signal that stopped it.

    uvicorn shuts down gracefully on SIGINT and then raises the signal again for
    the caller, with the handler it found at start restored. When the command
    started with SIGINT ignored (a background job of a script), that re-raise
    comes to nothing and the stopped server exited 0. ``serve`` reads
    ``stopped_by`` instead, so a SIGINT that stopped it ends the command with 130.
    """

    stopped_by: int | None = None

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        """Note the signal, then let uvicorn stop (a second SIGINT forces it)."""
        if self.stopped_by is None:
            self.stopped_by = sig
        super().handle_exit(sig, frame)


def make_server(app: ASGIApp, *, quiet: bool = False) -> Server:
    """Create a uvicorn server for ``app`` (no lifespan: the app opens nothing at startup)."""
    config = uvicorn.Config(
        app,
        lifespan="off",
        log_level="warning" if quiet else "info",
        access_log=not quiet,
        server_header=False,
        proxy_headers=False,
    )
    return Server(config)


@contextmanager
def serve_in_thread(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` on a free loopback port in a daemon thread; yield the base URL."""
    sock = bind_socket(host, port)
    server = make_server(app, quiet=True)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="webui", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.01)
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()

"""Start and stop the hostile server (a subprocess on 127.0.0.1) from a test."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVER = Path(__file__).resolve().parent / "server.py"


@dataclass(frozen=True)
class HostileSite:
    """Base URLs of a running hostile server: the main host and the one whose robots.txt is down."""

    base: str
    robots503: str


@contextmanager
def serve_hostile(root: Path, *, stall: float = 20.0, lifetime: float = 300.0) -> Iterator[HostileSite]:
    """Serve ``root`` and the hostile cases; yield the base URLs; stop the server afterwards."""
    proc = subprocess.Popen(
        [
            sys.executable,
            str(SERVER),
            "--root",
            str(root),
            "--stall",
            str(stall),
            "--lifetime",
            str(lifetime),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        urls = json.loads(line)
        if not urls["base"].startswith("http://127.0.0.1:"):
            raise RuntimeError(f"hostile server did not start: {line!r}")
        yield HostileSite(urls["base"], urls["robots503"])
    finally:
        proc.terminate()
        proc.wait(10)

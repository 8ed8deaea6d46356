"""Helpers shared by test modules (import them from here, not from conftest)."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest
from corpora import shared_data_dir

from crawler.sample_site.server import spawn

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = shared_data_dir()


def in_ci() -> bool:
    """Tell whether we run in CI, where service and corpus tests must not skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` on a laptop; fail in CI."""
    if not condition:
        if in_ci():
            pytest.fail(f"{reason} (CI=true: this must not be skipped)")
        pytest.skip(reason)


def port_open(host: str, port: int) -> bool:
    """Tell whether a TCP server accepts connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def start_static_server(root: Path) -> tuple[subprocess.Popen[str], str]:
    """Start the static server on 127.0.0.1:0 in a subprocess; return it and its base URL."""
    return spawn("crawler.sample_site.server", "--root", str(root), cwd=REPO)

"""Shared fixtures: local servers on 127.0.0.1 only, data directories, service checks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = Path(os.environ.get("NEWSARCHIVE_SHARED_DATA", REPO.parent / "shared" / "data"))


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
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.sample_site.server", "--root", str(root)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        raise RuntimeError(f"static server did not start: {url!r}")
    return proc, url


@pytest.fixture(scope="session")
def sample_site_url() -> Iterator[str]:
    """Serve the bundled sample e-paper site from a subprocess for the whole session."""
    from crawler.sample_site import SITE_DIR

    proc, url = start_static_server(SITE_DIR)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh data directory."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared corpora (skip on a laptop without them, fail in CI)."""
    require(SHARED_DATA.is_dir(), f"shared corpora not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of the PostgreSQL test database on 127.0.0.1:5432 (skip on a laptop, fail in CI)."""
    url = os.environ.get("NEWSARCHIVE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    require(port_open("127.0.0.1", 5432), "PostgreSQL is not running on 127.0.0.1:5432")
    return url


@pytest.fixture(scope="session")
def redis_url() -> str:
    """URL of the Redis server on 127.0.0.1:6379 (skip on a laptop, fail in CI)."""
    require(port_open("127.0.0.1", 6379), "Redis is not running on 127.0.0.1:6379")
    return os.environ.get("NEWSARCHIVE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

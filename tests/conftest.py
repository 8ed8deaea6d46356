"""Shared fixtures: local servers on 127.0.0.1 only, data directories, service checks."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import SHARED_DATA, port_open, require, start_static_server


def pytest_configure(config: pytest.Config) -> None:
    """Take SIGINT as a terminal-started process does, also when pytest runs as a background job.

    A non-interactive shell starts ``make test &`` with SIGINT ignored, and an ignored signal
    stays ignored across fork and exec: every CLI the tests start would then drop the Ctrl-C
    they send it until it installs a handler of its own (a crawl still importing ran to the
    end and exited 0; ``serve`` re-raised the signal uvicorn caught into the void and exited
    0). A handler here is reset to the default by exec, so the CLIs start as from a terminal.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


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

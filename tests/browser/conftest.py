"""Fixtures for the end-to-end tests in headless Chromium: one archive, one server, one browser per session.

The browser is Debian's ``chromium`` driven by Playwright for Python (Playwright's
own browser downloads do not work on these machines). Without it the tests skip
with the reason on a laptop and fail in CI, where ``.ci/run`` installs it
(``tests/browser/ensure_chromium.sh``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM_ARGS, Watched, chromium_path
from webui_support import WebArchive, build_web_archive

REPO = Path(__file__).resolve().parents[2]
# Runs the command as `newsarchive` would, from the work tree (so it works before `pip install -e .`).
CLI = "from search_cli.main import entry; entry()"  # as the console script runs it


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _require(condition: bool, reason: str) -> None:
    if not condition:
        if _in_ci():
            pytest.fail(f"{reason} (CI=true: browser tests must run; .ci/run installs chromium)")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def web_archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    """The hostile test archive, built once."""
    return build_web_archive(tmp_path_factory.mktemp("webui-e2e"))


@pytest.fixture(scope="session")
def base_url(web_archive: WebArchive) -> Iterator[str]:
    """Start `newsarchive serve --port 0` in a subprocess and yield its URL (read from its first line)."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CLI,
            "serve",
            "--home",
            str(web_archive.home),
            "--port",
            "0",
            "--json",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        url = str(json.loads(line)["url"]).rstrip("/")
    except (ValueError, KeyError):
        proc.kill()
        raise RuntimeError(f"newsarchive serve did not start: {line!r}") from None
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Launch headless Chromium once per module.

    Not per session: Playwright's sync API keeps an asyncio loop marked running
    in the main thread while it is open, and later test modules that call
    ``asyncio.run`` (the robots and retry middleware tests) would fail.
    """
    path = chromium_path()
    _require(path is not None, "chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require(False, "playwright is not installed (pip install playwright)")
        raise
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Watched]:
    """A fresh browser context and page for one test (nothing leaks between tests)."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1100, "height": 900}, locale="zh-CN")
    context.set_default_timeout(5000)
    try:
        yield Watched(context.new_page())
    finally:
        context.close()

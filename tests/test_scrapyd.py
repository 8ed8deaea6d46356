"""scrapyd: deploy the project with scrapyd-client, schedule a crawl over HTTP, find the articles stored.

scrapyd runs on 127.0.0.1 on a free port in a temporary directory. The project
is deployed from a copy of the source tree (``scrapyd-deploy`` writes a
``setup.py`` and build files where it runs), with the repository's
``scrapy.cfg`` pointed at the test port.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import tomllib
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from support import REPO, require

from archive.models import Article, CrawlRun
from archive.schema import open_store

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

BIN = Path(sys.executable).parent
# The packages the egg ships, as pyproject.toml lists them ("archive*" -> "archive").
PACKAGES = [
    name.rstrip("*")
    for name in tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "packages"
    ]["find"]["include"]
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _api(base: str, path: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{path}", data=body, timeout=30) as response:
        result: dict[str, Any] = json.loads(response.read())
    return result


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    """Start scrapyd on 127.0.0.1 on a free port, all its state under ``tmp_path``."""
    require((BIN / "scrapyd").exists(), "scrapyd is not installed in the virtualenv")
    port, run_dir = _free_port(), tmp_path / "scrapyd"
    run_dir.mkdir()
    (run_dir / "scrapyd.conf").write_text(
        textwrap.dedent(f"""\
        [scrapyd]
        bind_address = 127.0.0.1
        http_port = {port}
        eggs_dir = {run_dir / "eggs"}
        logs_dir = {run_dir / "logs"}
        items_dir =
        dbs_dir = {run_dir / "dbs"}
        max_proc = 2
        poll_interval = 0.5
        """),
        encoding="utf-8",
    )
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    proc = subprocess.Popen(
        [str(BIN / "scrapyd")], cwd=run_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a safety net, not a budget
        while True:
            try:
                assert _api(base, "daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "scrapyd did not start"
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


# scrapyd runs the project from a zipped egg: the store must find its Alembic scripts inside it
# (archive.schema.migrations_dir copies them out) and the egg must be built from pyproject.toml.
def test_deploy_schedule_and_store(scrapyd: str, tmp_path: Path, home: Path, sample_site_url: str) -> None:
    project = tmp_path / "project"
    for package in PACKAGES:
        shutil.copytree(REPO / package, project / package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):  # the egg is built from our packaging
        shutil.copy(REPO / name, project / name)
    cfg = (REPO / "scrapy.cfg").read_text(encoding="utf-8")
    assert re.search(r"^\[deploy\]", cfg, re.M) and re.search(r"^project = newsarchive$", cfg, re.M)
    (project / "scrapy.cfg").write_text(
        re.sub(r"^url = .*$", f"url = {scrapyd}/", cfg, flags=re.M), encoding="utf-8"
    )
    deploy = subprocess.run(
        [str(BIN / "scrapyd-deploy")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"},
    )
    assert deploy.returncode == 0, deploy.stderr[-2000:]
    assert "newsarchive" in _api(scrapyd, "listprojects.json")["projects"]
    assert "epaper" in _api(scrapyd, "listspiders.json?project=newsarchive")["spiders"]

    registry = tmp_path / "sources.toml"
    registry.write_text(
        textwrap.dedent(f"""\
        [[source]]
        id = "cswb"
        name = "城市晚报"
        kind = "epaper"
        templates = ["{sample_site_url}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm"]
        """),
        encoding="utf-8",
    )
    db_url = f"sqlite:///{home / 'archive.sqlite3'}"
    job = _api(
        scrapyd,
        "schedule.json",
        [
            ("project", "newsarchive"),
            ("spider", "epaper"),
            ("registry", str(registry)),
            ("source", "cswb"),
            ("since", "2016-07-20"),
            ("until", "2016-07-21"),
            ("setting", f"NEWSARCHIVE_DB_URL={db_url}"),
            ("setting", f"NEWSARCHIVE_HOME={home}"),
            ("setting", "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32"),
            ("setting", "AUTOTHROTTLE_ENABLED=False"),
        ],
    )
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 240  # a safety net, not a budget
    while True:
        jobs = _api(scrapyd, "listjobs.json?project=newsarchive")
        if any(j["id"] == job["jobid"] for j in jobs["finished"]):
            break
        assert time.monotonic() < deadline, jobs
        time.sleep(0.5)
    log = "".join(p.read_text("utf-8", "replace") for p in (tmp_path / "scrapyd" / "logs").rglob("*.log"))
    with open_store(db_url) as sessions, sessions() as session:
        titles = sorted(session.scalars(select(Article.title)))
        runs = list(session.scalars(select(CrawlRun)))
        assert int(session.scalar(select(func.count()).select_from(Article)) or 0) == 3, log[-3000:]
    assert "白城师范学院音乐学院举办三下乡活动" in titles
    assert [(r.source_id, r.status) for r in runs] == [("cswb", "finished")]

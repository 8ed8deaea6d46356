"""``scrapy crawl`` (and scrapyd, which runs it) says a bad source or spider in one line, no traceback.

Scrapy builds the spider inside the reactor: ``scrapy crawl epaper -a source=nope``
printed "Task exception was never retrieved" and a ConfigError traceback (README walk).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[1]
REGISTRY = REPO / "sources.example.toml"


def _scrapy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSARCHIVE_")}
    env["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    env["PYTHONPATH"] = str(REPO)  # this checkout's code, whichever checkout the venv was installed from
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("crawl", "epaper", "-a", "source=nope", "-s", f"NEWSARCHIVE_SOURCES={REGISTRY}"),
            "error: unknown source 'nope'",
        ),
        (("crawl", "epaper", "-a", "source=nope"), "error: no source registry at sources.toml"),
        (("crawl", "nospider"), "error: no spider 'nospider' (scrapy list names them)"),
    ],
)
def test_a_bad_spider_argument_is_one_line_and_exit_1(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    result = _scrapy(*args, cwd=tmp_path)  # no sources.toml here; the project's settings come by module name
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.rstrip("\n").splitlines()[-1].startswith(said), result.stderr


def test_a_known_source_goes_on_to_scrapys_crawl(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs only the spider's own constructor: a known source goes on to Scrapy's crawl."""
    from scrapy.commands.crawl import Command as ScrapyCrawl
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    from crawler.commands.crawl import Command

    calls: list[list[str]] = []
    monkeypatch.setattr(ScrapyCrawl, "run", lambda _self, args, _opts: calls.append(args))
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set("NEWSARCHIVE_SOURCES", str(REGISTRY))
    command = Command()
    command.settings = settings
    command.crawler_process = SimpleNamespace(spider_loader=SpiderLoader.from_settings(settings))  # type: ignore[assignment]
    command.run(["epaper"], argparse.Namespace(spargs={"source": "baicheng-daily"}))
    assert calls == [["epaper"]]
    assert command.exitcode == 0

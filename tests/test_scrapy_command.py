"""``scrapy crawl`` (and scrapyd, which runs it) says a bad source or spider in one line, no traceback.

Scrapy builds the spider inside the reactor: ``scrapy crawl epaper -a source=nope``
printed "Task exception was never retrieved" and a ConfigError traceback (README walk).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from crawler.commands.crawl import Command
from crawler.spiders.epaper import EpaperSpider

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


def _command(monkeypatch: pytest.MonkeyPatch, scrapy_run: Callable[..., None]) -> Command:
    """The command as ``scrapy crawl`` sets it up (the project's settings, the example registry),
    with Scrapy's own run, which would start the reactor, replaced by ``scrapy_run``."""
    monkeypatch.setattr(ScrapyCrawl, "run", scrapy_run)
    command = Command()
    command.settings = _settings()
    command.crawler_process = SimpleNamespace(spider_loader=SpiderLoader.from_settings(command.settings))  # type: ignore[assignment]
    return command


def _settings() -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set("NEWSARCHIVE_SOURCES", str(REGISTRY))
    return settings


def test_a_known_source_goes_on_to_scrapys_crawl(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs only the spider's own argument code: a known source goes on to Scrapy's crawl."""
    calls: list[list[str]] = []
    command = _command(monkeypatch, lambda _self, args, _opts: calls.append(args))
    command.run(["epaper"], argparse.Namespace(spargs={"source": "baicheng-daily"}))
    assert calls == [["epaper"]]
    assert command.exitcode == 0


def test_the_command_builds_the_spider_once_from_the_arguments_from_crawler_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command built the spider to check its arguments, then Scrapy built it again (reading the
    registry again), and it had copied from_crawler's NEWSARCHIVE_SOURCES logic to do so."""
    import crawler.spiders.base as base

    built: list[EpaperSpider] = []
    reads: list[object] = []
    init, load_registry = EpaperSpider.__init__, base.load_registry

    def counted_init(spider: EpaperSpider, *args: Any, **kwargs: Any) -> None:
        built.append(spider)
        init(spider, *args, **kwargs)

    def counted_load(path: Any) -> Any:
        reads.append(path)
        return load_registry(path)

    def scrapy_crawl(command: ScrapyCrawl, _args: list[str], opts: argparse.Namespace) -> None:
        assert command.settings is not None
        EpaperSpider.from_crawler(Crawler(EpaperSpider, command.settings), **opts.spargs)  # as Crawler.crawl

    monkeypatch.setattr(EpaperSpider, "__init__", counted_init)
    monkeypatch.setattr(base, "load_registry", counted_load)
    spargs = {"source": "baicheng-daily", "since": "2024-01-01", "until": "2024-01-03"}
    command = _command(monkeypatch, scrapy_crawl)
    command.run(["epaper"], argparse.Namespace(spargs=dict(spargs)))
    assert command.exitcode == 0
    assert len(built) == 1 and len(reads) == 1
    direct = EpaperSpider.from_crawler(Crawler(EpaperSpider, _settings()), **spargs)  # scrapyd's path
    assert (built[0].source, built[0].since, built[0].until) == (direct.source, direct.since, direct.until)
    assert (direct.source.id, direct.since, direct.until) == (
        "baicheng-daily",
        date(2024, 1, 1),
        date(2024, 1, 3),
    )


def test_a_bad_date_range_is_one_line_before_scrapy_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[list[str]] = []
    command = _command(monkeypatch, lambda _self, args, _opts: started.append(args))
    spargs = {"source": "baicheng-daily", "since": "2024-02-01", "until": "2024-01-01"}
    command.run(["epaper"], argparse.Namespace(spargs=spargs))
    assert command.exitcode == 1 and started == []
    assert capsys.readouterr().err == "error: since 2024-02-01 is after until 2024-01-01\n"

"""Run a real crawl of a generated site (in a child process, like the CLI) and read back its items.

Items reach a JSON-lines feed after every pipeline (validate, normalise,
dedupe, store), so tests see exactly what was stored, beside the store itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1/32"


@dataclass
class CrawlResult:
    """A finished crawl: its summary and the items it produced, by kind."""

    summary: Any
    articles: list[dict[str, Any]] = field(default_factory=list)
    editions: list[dict[str, Any]] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def counters(self) -> dict[str, Any]:
        """The run's counters (``editions/found``, ``failed/truncated``...)."""
        return dict(self.summary.counters)


def test_settings(workdir: Path, **extra: Any) -> dict[str, Any]:
    """Return settings for fast, loopback-only test crawls that export items to ``workdir``."""
    settings: dict[str, Any] = {
        "AUTOTHROTTLE_ENABLED": False,
        "NEWSARCHIVE_ALLOWED_NETWORKS": LOOPBACK,
        "NEWSARCHIVE_RETRY_BACKOFF_BASE": 0.01,
        "RETRY_TIMES": 1,
        "DOWNLOAD_TIMEOUT": 10,
        "FEEDS": {str(workdir / "items.jsonl"): {"format": "jsonlines", "overwrite": True}},
    }
    settings.update(extra)
    return settings


def crawl(
    source: Any, workdir: Path, *, since: date | None = None, until: date | None = None, **settings: Any
) -> CrawlResult:
    """Crawl ``source`` into a data directory under ``workdir``; return the summary and items."""
    from crawler.runner import run_crawl

    workdir.mkdir(parents=True, exist_ok=True)
    summary = run_crawl(
        source,
        since=since,
        until=until,
        home=str(workdir / "home"),
        overrides=test_settings(workdir, **settings),
        log_level="ERROR",
    )
    result = CrawlResult(summary)
    items = workdir / "items.jsonl"
    for line in items.read_text("utf-8").splitlines() if items.exists() else []:
        item = json.loads(line)
        if "status" in item and "edition_date" in item:
            result.editions.append(item)
        elif "article_urls" in item:
            result.pages.append(item)
        else:
            result.articles.append(item)
    return result

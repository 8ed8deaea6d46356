"""The crawl process and its store writer freeze their start-up objects out of the cyclic collector.

Modules, settings, the engine and its components live as long as the process; the collector's full
collections walked them some 15 times a crawl (14% of the crawl process's CPU, 9% of the writer's).
``gc.freeze()`` once everything is built leaves them out: 6% and 2%.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from store_support import sample_source
from test_store_crawl import DAYS, FAST

import crawler.pipelines.store
import crawler.spiders.base
from crawler.runner import run_crawl

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


def test_the_crawl_and_its_writer_run_with_their_start_up_objects_frozen(
    sample_site_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = tmp_path / "frozen.txt"

    def noting(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:  # runs in the forked crawl and writer processes
            with seen.open("a", encoding="utf-8") as out:
                out.write(f"{name} {gc.get_freeze_count()}\n")
            return function(*args, **kwargs)

        return wrapper

    extract = crawler.spiders.base.extract_for_source
    prepare = crawler.pipelines.store.prepare_for_store
    monkeypatch.setattr(crawler.spiders.base, "extract_for_source", noting("crawl", extract))
    monkeypatch.setattr(crawler.pipelines.store, "prepare_for_store", noting("writer", prepare))
    summary = run_crawl(sample_source(sample_site_url), **DAYS, home=str(tmp_path / "home"), overrides=FAST)
    assert summary.status == "finished" and summary.counters["articles/new"] == 3
    counts: dict[str, list[int]] = {"crawl": [], "writer": []}
    for line in seen.read_text(encoding="utf-8").splitlines():
        name, count = line.split()
        counts[name].append(int(count))
    assert len(counts["crawl"]) == 3 and all(count > 10_000 for count in counts["crawl"]), counts
    assert counts["writer"] and all(count > 10_000 for count in counts["writer"]), counts

"""``crawl --json`` says how the run went as ``runs --json`` says it of the same run.

Its ``outcome`` was the verdict on the counters whatever the status: an interrupted crawl read
``"outcome": "ok"`` (``runs --json``: ``"interrupted"``), one whose store failed ``"status":
"failed", "outcome": "ok"``, and the JSON carried no word of why it failed (the error line went
to stderr only).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.main import main


def _crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, summary: object) -> list[str]:
    import crawler.runner

    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(crawler.runner, "run_crawl", lambda *a, **k: summary)
    argv = ["crawl", "p", "--since", "2016-07-01", "--until", "2016-07-02", "--sources", str(registry)]
    return [*argv, "--home", str(tmp_path / "home"), "--json"]


def test_an_interrupted_crawls_json_outcome_is_the_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive.models import CrawlRun
    from archive.run_verdict import run_verdict
    from crawler.runner import CrawlSummary

    counters = {"fetched": 3, "editions/found": 1}
    stopped = CrawlSummary(run_id=1, status="interrupted", counters=counters)
    assert main(_crawl(tmp_path, monkeypatch, stopped)) == exitcodes.INTERRUPTED
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == run_verdict(CrawlRun(status="interrupted", counters=counters)) == "interrupted"
    assert data["error"] is None


def test_a_crawl_whose_store_failed_says_so_in_its_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crawler.runner import CrawlSummary

    failed = CrawlSummary(
        run_id=2,
        status="failed",
        counters={"fetched": 9, "editions/found": 2, "articles/new": 3},
        store_failure="the store writer was killed (signal SIGKILL)",
    )
    assert main(_crawl(tmp_path, monkeypatch, failed)) == exitcodes.ERROR
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert (data["status"], data["outcome"]) == ("failed", "failed")
    assert data["error"].startswith("the crawl stopped, not all it fetched stored: the store writer was")
    assert "--resume" in data["error"]
    assert captured.err.splitlines() == [f"error: {data['error']}"]


def test_a_workers_json_says_its_outcome_and_error_as_crawls_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import crawler.scaleout
    from crawler.runner import CrawlSummary

    failed = CrawlSummary(
        run_id=3,
        status="failed",
        counters={"fetched": 4, "articles/new": 1},
        source_id="p",
        source_kind="epaper",
        store_failure="the store writer was killed (signal SIGKILL)",
    )
    monkeypatch.setattr(crawler.scaleout, "run_worker", lambda *a, **k: failed)
    argv = ["worker", "--queue", "redis://127.0.0.1:6379/15", "--home", str(tmp_path / "home"), "--json"]
    assert main(argv) == exitcodes.ERROR
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert (data["status"], data["outcome"]) == ("failed", "failed")
    assert data["error"] == (
        "the crawl stopped, not all it fetched stored: the store writer was killed (signal SIGKILL); "
        "another worker takes its requests over"
    )
    assert captured.err.splitlines() == [f"error: {data['error']}"]

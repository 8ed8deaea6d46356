"""``crawl`` by hand holds the source's lock, as the scheduler's crawls do.

The scheduler skips a source whose lock is held ("a crawl by hand holds it"), but ``crawl`` took no
lock: a backfill started by hand while the scheduler crawled the paper (or twice by mistake) ran
beside it, the two runs' edition rows overwrote each other, and ``runs`` and ``report`` no longer
agreed with what either crawl had said (one run's failed date listed under the other).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.locks import SourceLock
from search_cli import exitcodes
from search_cli.main import main


def _argv(tmp_path: Path) -> list[str]:
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    return ["crawl", "p", "--since", "2016-07-01", "--until", "2016-07-02", "--sources", str(registry)]


def test_a_crawl_by_hand_waits_for_no_one_and_holds_the_lock_meanwhile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import crawler.runner
    from crawler.runner import CrawlSummary

    home = tmp_path / "home"
    held: list[bool] = []

    def crawl(*args: object, **kwargs: object) -> CrawlSummary:
        held.append(SourceLock.for_source(home, "p").is_locked())
        return CrawlSummary(run_id=1, status="finished", counters={"fetched": 2, "editions/found": 2})

    monkeypatch.setattr(crawler.runner, "run_crawl", crawl)
    assert main([*_argv(tmp_path), "--home", str(home), "-q"]) == exitcodes.OK
    assert held == [True]  # the scheduler's slot would have been refused meanwhile
    assert not SourceLock.for_source(home, "p").is_locked()  # and it is free again


def test_a_crawl_by_hand_while_another_crawls_the_source_says_so_and_crawls_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import crawler.runner

    home = tmp_path / "home"

    def crawl(*args: object, **kwargs: object) -> None:
        raise AssertionError("crawled beside the running crawl")

    monkeypatch.setattr(crawler.runner, "run_crawl", crawl)
    with SourceLock.for_source(home, "p") as lock:
        assert lock.acquire()
        code = main([*_argv(tmp_path), "--home", str(home)])
    assert code == exitcodes.ERROR
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: a crawl of p is running (pid "), line
    assert line.endswith("wait for it to end, or stop it first"), line

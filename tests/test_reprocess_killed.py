"""A reprocess killed with SIGKILL keeps what it counted up to its last committed batch.

A refresh writes a stored version's readings in place and names no run, so a killed reprocess
could not be counted from its rows: ``runs`` read ``fetched 0, new 0, changed 0, unchanged 0``
under "counters counted from what it stored", though it had refreshed 200 articles.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from sqlalchemy import update
from store_support import DB_PARAMS, make_db_url
from test_reprocess import REGISTRY

from archive.models import Article
from archive.schema import open_store
from crawler.reprocess import reprocess
from crawler.sources import load_registry
from crawler.warc import WarcRun
from search_cli.main import main

TESTS = Path(__file__).parent
URLS = [f"http://sample.example/html/2016-07/20/content_{n}.htm" for n in (1, 2, 3)]
TEXTS = (
    "白城市今年的春耕生产进展顺利，各乡镇农机具准备充分，种子化肥已经全部到位。",
    "洮北区举办社区文化节，居民自编自演的二人转和广场舞吸引了上千名观众。",
    "鹤鸣湖公园新建的环湖步道正式开放，沿途设置了休息座椅和健身器材。",
)
WRONG = datetime(2016, 7, 21, 3, 15, tzinfo=UTC)  # an older rule's reading of the date

# Reprocess one capture per batch; at the second capture's progress call the first batch is
# committed, and the process dies before it can write its counters.
_CHILD = """
import os, signal
from pathlib import Path
from crawler.reprocess import reprocess
from crawler.sources import load_registry

def die(summary):
    if summary.captures == 2:
        os.kill(os.getpid(), signal.SIGKILL)

reprocess(load_registry(Path({registry!r})), {url!r}, Path({warc!r}), batch_size=1, on_record=die)
"""


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def _page(n: int) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>第{n}篇报道--城市晚报</title></head><body>'
        f'<h1>第{n}篇报道</h1><div class="info">发布时间：2016-07-20 08:30 来源：城市晚报</div>'
        f'<div class="content"><p>{TEXTS[n - 1] * 4}</p></div>'
        "</body></html>"
    ).encode()


def test_a_killed_reprocess_keeps_the_counts_of_what_it_committed(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, registry = tmp_path / "home", tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    warc = WarcRun(home / "warc", "sample", 1, 1 << 20)
    for n, url in enumerate(URLS, 1):
        request = Request(url)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        warc.write(request, HtmlResponse(url, body=_page(n), request=request, headers=headers), "article")
    warc.close()
    summary = reprocess(load_registry(registry), db_url, home / "warc")
    assert summary.counters == {"articles/new": 3}
    with open_store(db_url) as sessions, sessions.begin() as s:  # as an older rule stored the date
        s.execute(update(Article).values(published_at=WRONG))

    code = _CHILD.format(registry=str(registry), url=db_url, warc=str(home / "warc"))
    child = subprocess.run([sys.executable, "-c", code], cwd=TESTS.parent, capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr

    monkeypatch.setenv("NEWSARCHIVE_SOURCES", str(registry))
    assert main(["runs", "sample", "--json", "--home", str(home), "--db-url", db_url]) == 0
    killed = json.loads(capsys.readouterr().out)[0]
    assert (killed["spider"], killed["status"]) == ("reprocess", "running")
    assert killed["reason"] == "process gone; counters counted from what it stored"
    assert killed["counters"]["articles/refreshed"] == 1  # the batch it committed before it died
    assert killed["counters"]["captures"] == 1
    assert main(["runs", "sample", "--home", str(home), "--db-url", db_url]) == 0
    assert "\tfetched 0, new 0, changed 0, refreshed 1, unchanged 0, reprints 0" in capsys.readouterr().out


def test_a_stopped_reprocess_is_recorded_interrupted_and_says_what_it_kept(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl-C (or SIGTERM) printed a bare "interrupted" and left the run "running" until its process was
    found gone: ``runs`` read "running (process gone)" for a stop the command had seen and handled."""
    home, registry = tmp_path / "home", tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    warc = WarcRun(home / "warc", "sample", 1, 1 << 20)
    for n, url in enumerate(URLS, 1):
        request = Request(url)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        warc.write(request, HtmlResponse(url, body=_page(n), request=request, headers=headers), "article")
    warc.close()
    reprocess(load_registry(registry), db_url, home / "warc")
    with open_store(db_url) as sessions, sessions.begin() as s:
        s.execute(update(Article).values(published_at=WRONG))

    import crawler.reprocess as module

    read = module.article_from_capture
    calls: list[int] = []

    def stop_at_the_third(*args: object) -> object:  # Ctrl-C after two captures were read
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "article_from_capture", stop_at_the_third)
    monkeypatch.setenv("NEWSARCHIVE_SOURCES", str(registry))
    common = ["--home", str(home), "--db-url", db_url]
    assert main(["reprocess", "sample", *common]) == 130
    err = capsys.readouterr().err
    assert err.endswith(
        "interrupted: what the reprocess wrote before the stop is kept (newsarchive runs shows it); "
        "run it again to finish\n"
    )
    assert main(["runs", "sample", "--json", *common]) == 0
    stopped = json.loads(capsys.readouterr().out)[0]
    assert (stopped["spider"], stopped["status"]) == ("reprocess", "interrupted")
    assert stopped["finished_at"] is not None
    assert stopped["reason"] == "stopped (Ctrl-C or SIGTERM): what it wrote before is kept"


def test_a_run_or_source_with_no_warc_files_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``reprocess --run 99`` (a mistyped run, or one whose worker kept its captures under its own
    --home) said only "reprocessed 0 article captures from 0 WARC files" (exit 3)."""
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    home, registry = tmp_path / "home", tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    warc = WarcRun(home / "warc", "sample", 1, 1 << 20)
    request = Request(URLS[0])
    headers = {"Content-Type": "text/html; charset=utf-8"}
    warc.write(request, HtmlResponse(URLS[0], body=_page(1), request=request, headers=headers), "article")
    warc.close()
    monkeypatch.setenv("NEWSARCHIVE_SOURCES", str(registry))
    common = ["--home", str(home), "--db-url", db_url]
    assert main(["reprocess", "--run", "1", *common]) == 0
    capsys.readouterr()
    assert main(["reprocess", "--run", "99", *common]) == 3
    err = capsys.readouterr().err
    assert f"no WARC files of run 99 under {home / 'warc'} (newsarchive runs lists the runs" in err

"""Stops in the process that runs a crawl child: counted, never raised, never lost."""

from __future__ import annotations

import multiprocessing
import select
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.childsignals import StopRequests
from crawler.runner import run_crawl
from crawler.sources import parse_source


@pytest.fixture
def own_handlers() -> Iterator[None]:
    """Give this test process its SIGINT/SIGTERM handlers back, whatever the test installed."""
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


def test_a_stop_is_counted_and_wakes_the_waiter_instead_of_raising(own_handlers: None) -> None:
    term_handler = signal.getsignal(signal.SIGTERM)
    stop = StopRequests()
    assert stop.install()
    signal.raise_signal(signal.SIGINT)  # would be a KeyboardInterrupt under the default handler
    signal.raise_signal(signal.SIGTERM)
    assert stop.count == 2
    assert select.select([stop.fileno()], [], [], 0)[0] == [stop.fileno()]
    stop.drain()
    assert select.select([stop.fileno()], [], [], 0)[0] == []
    stop.close()
    # After a stop only reporting is left: a late Ctrl-C is ignored; SIGTERM gets its handler back.
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    assert signal.getsignal(signal.SIGTERM) == term_handler


def test_outside_the_main_thread_nothing_is_installed() -> None:
    stop = StopRequests()
    installed: list[bool] = []
    thread = threading.Thread(target=lambda: installed.append(stop.install()))
    thread.start()
    thread.join()
    stop.close()
    assert installed == [False]


def test_a_stop_counted_before_the_crawl_starts_raises_and_starts_no_child(
    own_handlers: None, tmp_path: Path
) -> None:
    """A stop that came while the caller loaded (the scheduler's job imports Scrapy) ends the run there."""
    source = parse_source({"id": "p", "kind": "epaper", "templates": ["http://127.0.0.1:9/{date:%Y}"]})
    stop = StopRequests()
    stop.install()
    signal.raise_signal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt):
        run_crawl(source, home=str(tmp_path), stop=stop)
    assert multiprocessing.active_children() == []
    stop.close()

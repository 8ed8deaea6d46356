"""Two workers recording the same e-paper page at once leave one row for it, and neither fails.

``record_page`` reads the edition's rows of the page's URL, then renames an unlabelled row (a read
cut short, numbered by its URL) to the page's label. Another worker's labelled row, committed
between that read and the rename, made the rename break the unique (edition, number) constraint on
PostgreSQL: the worker's whole batch failed and was retried item by item. The rename and the upsert
now run in a savepoint, read again and retried when another worker got there first.

The workers are two real sessions, the second in a thread; they are ordered by events (the second
signals when it writes a page row), never by sleeping. SQLite takes each write transaction's lock at
its start (``BEGIN IMMEDIATE``), so there the second waits for the first: the result must be the same.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, make_db_url

from archive.articles import ensure_source
from archive.editions import record_edition, record_page
from archive.items import EditionItem, PageItem
from archive.models import Page
from archive.schema import open_store

DAY = date(2024, 5, 13)
URL = "http://127.0.0.1/pc/layout/202405/13/node_02.html"
PDF = "http://127.0.0.1/pc/pdf/202405/13/02.pdf"
WAIT = 60  # seconds an event may take on a loaded machine before the test fails (never slept)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def labelled(**fields: Any) -> PageItem:
    values: dict[str, Any] = {"number": "02", "name": "第02版：要闻", "url": URL, "pdf_url": PDF}
    return PageItem("gen", DAY, **(values | fields))


def unlabelled() -> PageItem:
    """The same page read cut short: no label (it is numbered by its URL), no PDF link."""
    return PageItem("gen", DAY, "", "", URL, "", warc_file="gen/run-1/cut.warc.gz", warc_offset=5)


def pages(factory: sessionmaker[Session]) -> list[tuple[str, str, str]]:
    with factory() as s:
        return [(p.number, p.name, p.pdf_url) for p in s.scalars(select(Page).order_by(Page.number))]


def test_two_workers_recording_one_page_leave_one_row(db_url: str) -> None:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            ensure_source(s, "gen")
            record_edition(s, EditionItem("gen", DAY, "found"), None)
        sqlite = factory.kw["bind"].dialect.name == "sqlite"
        # Worker B's cut-short read and worker C's whole read of the page, C's unseen by B and B's by C.
        b = factory()
        b.begin()
        record_page(b, unlabelled(), None)
        if sqlite:  # one writer at a time: B's read is committed before C's transaction can start
            b.commit()
        c = factory()
        c.begin()
        record_page(c, labelled(warc_file="gen/run-2/c.warc.gz", warc_offset=9), None)
        if not sqlite:
            b.commit()
        # Worker A reads the page whole too, while C has not committed: it finds B's unlabelled row
        # and no labelled one, and renames B's row to the label C's row holds.
        writing, failures = threading.Event(), []
        engine = factory.kw["bind"]
        gate = "UPDATE pages" if not sqlite else "BEGIN"

        def signal(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.lstrip().upper().startswith(gate.upper()) and threading.current_thread() is worker:
                writing.set()

        def worker_a() -> None:
            try:
                with factory.begin() as a:
                    record_page(a, labelled(), None)
            except Exception as exc:  # the test reports what the worker met
                failures.append(exc)
                writing.set()

        event.listen(engine, "before_cursor_execute", signal)
        worker = threading.Thread(target=worker_a)
        try:
            worker.start()
            assert writing.wait(WAIT), "worker A never wrote its page"
            c.commit()
            worker.join(WAIT)
            assert not worker.is_alive()
        finally:
            event.remove(engine, "before_cursor_execute", signal)
            b.close()
            c.close()
        assert failures == []
        # One row: the page's label, its PDF link (the cut-short read's empty one never wins).
        assert pages(factory) == [("02", "第02版：要闻", PDF)]
        with factory() as s:
            (row,) = s.scalars(select(Page))
            # The whole read's capture is kept over the cut-short one (A's read had none of its own).
            assert (row.warc_file, row.warc_offset) == ("gen/run-2/c.warc.gz", 9)

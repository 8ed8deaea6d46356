"""A date whose worker stopped, finished by another worker of the same queue job, needs no --resume.

Two ``newsarchive worker`` processes share one seeded job: the one that fetched the edition pages
was stopped (SIGTERM) or killed midway, its requests went back to the queue, and the other worker
crawled them and finished, the job drained. ``report`` named the stopped worker's run on every date
it had recorded and told the maintainer "run 1 interrupted: crawl the date again with --resume" for
a complete archive. A worker's run now records its job (``args["queue"]``), and a stopped run whose
job a later worker run finished is no unfinished crawl of its dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, article, make_db_url

from archive.articles import ensure_source, upsert_articles
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.models import CrawlRun
from archive.schema import open_store
from crawler.pipelines.store import StorePipeline
from crawler.report.build import build_report
from crawler.sources import SourceConfig, UrlTemplate

DAY = date(2024, 1, 1)
SOURCE = SourceConfig("paper-a", "A", "epaper", templates=(UrlTemplate("http://a/{date:%Y%m%d}"),))


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    with open_store(db_url) as factory:
        with factory.begin() as s:
            ensure_source(s, "paper-a")
        yield factory


def worker_args(queue: str) -> dict[str, object]:
    return {"since": DAY.isoformat(), "until": DAY.isoformat(), "spider": "epaper", "queue": queue}


def test_a_stopped_workers_dates_finished_by_another_worker_need_no_resume(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as s:
        stopped = start_run(s, "paper-a", "epaper", worker_args("newsarchive:paper-a")).id
        other = start_run(s, "paper-a", "epaper", worker_args("newsarchive:paper-a")).id
        record_edition(s, EditionItem("paper-a", DAY, "found", url="http://a/e1"), stopped)
        upsert_articles(s, [article("http://a/1", edition_date=DAY)], run_id=other)
        finish_run(s, stopped, "interrupted", {}, "shutdown")
        finish_run(s, other, "finished", {}, "finished")
    with sessions() as s:
        (row,) = build_report(s, SOURCE, DAY, DAY).dates
    assert (row.status, row.articles, row.reason) == ("found", 1, "")


def test_a_stopped_worker_of_a_job_no_worker_finished_still_says_resume(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as s:
        stopped = start_run(s, "paper-a", "epaper", worker_args("newsarchive:paper-a")).id
        record_edition(s, EditionItem("paper-a", DAY, "found", url="http://a/e1"), stopped)
        finish_run(s, stopped, "interrupted", {}, "shutdown")
        # A finished worker run of another job (another prefix) finished nothing of this one.
        elsewhere = start_run(s, "paper-a", "epaper", worker_args("other:paper-a")).id
        finish_run(s, elsewhere, "finished", {}, "finished")
    with sessions() as s:
        (row,) = build_report(s, SOURCE, DAY, DAY).dates
    assert row.reason == f"no article stored; run {stopped} interrupted: crawl the date again with --resume"


def test_a_workers_run_records_its_queue_job(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    settings = Settings({"NEWSARCHIVE_QUEUE_BASE": "walk:paper-a", "NEWSARCHIVE_HOME": str(tmp_path)})
    crawler = SimpleNamespace(settings=settings, stats=None)
    spider = SimpleNamespace(name="epaper", since=DAY, until=DAY)
    pipeline = StorePipeline(crawler, db_url, 10, 600.0, in_process=True, queue_worker=True)  # type: ignore[arg-type]
    pipeline.open_spider(spider)  # type: ignore[arg-type]
    try:
        with open_store(db_url) as factory, factory() as s:
            assert s.scalars(select(CrawlRun.args)).one()["queue"] == "walk:paper-a"
    finally:
        assert pipeline.engine is not None
        pipeline.engine.dispose()

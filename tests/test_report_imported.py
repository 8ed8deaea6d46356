"""The report's "the date's last crawl" columns count what that crawl did, not what ``import`` added.

An article imported under an e-paper's date (its ``edition_date``, as ``search --jsonl`` exports it)
after the date's last crawl read as that crawl's ``new``: "run 1 new 5" for a crawl that stored 4.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from store_support import WIRE, article

from archive.articles import ensure_source, upsert_articles
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.schema import open_store
from crawler.report.build import build_report
from crawler.sources import parse_source

DAY = date(2024, 3, 9)


def test_an_article_imported_after_the_last_crawl_is_not_that_crawls_new(tmp_path: Path) -> None:
    source = parse_source(
        {"id": "p", "kind": "epaper", "templates": [{"url": "http://p.example/{date:%Y%m%d}.htm"}]}
    )
    crawled_at = datetime(2026, 12, 1, tzinfo=UTC)
    with open_store(resolve_db_url(None, tmp_path)) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "p")
            run = start_run(s, "p", "epaper", {"since": str(DAY), "until": str(DAY)})
            run.started_at = crawled_at
            record_edition(s, EditionItem("p", DAY, "found"), run.id)
            crawled = [article(f"http://p.example/{n}.htm", "p", edition_date=DAY, body=WIRE) for n in (1, 2)]
            upsert_articles(s, crawled, now=crawled_at + timedelta(minutes=1), run_id=run.id)
            finish_run(s, run.id, "finished", {"articles/new": 2})
        with sessions.begin() as s:
            imported = article("urn:newsarchive:import:p:x1", "p", edition_date=DAY, body="导入的正文。" * 20)
            upsert_articles(s, [imported], now=crawled_at + timedelta(days=2), imported=True)
        with sessions() as s:
            report = build_report(s, source, DAY, DAY, today=DAY + timedelta(days=1))
    (row,) = report.dates
    assert row.articles == 3  # what the archive holds under the date
    assert (row.new, row.changed, row.unchanged, row.unseen) == (2, 0, 0, 1)

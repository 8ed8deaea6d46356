"""The report's "the date's last crawl" columns count what that crawl did, not what ``import`` added.

An article imported under an e-paper's date (its ``edition_date``, as ``search --jsonl`` exports it)
after the date's last crawl read as that crawl's ``new``: "run 1 new 5" for a crawl that stored 4.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from store_support import DB_PARAMS, WIRE, article, make_db_url

from archive.articles import ensure_source, upsert_articles
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import ArticleItem, EditionItem
from archive.schema import open_store
from crawler.report.build import build_report
from crawler.report.model import DateHealth
from crawler.sources import parse_source

DAY = date(2024, 3, 9)


@pytest.fixture(params=DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(request, tmp_path)


def report_after_import(db_url: str, imported: ArticleItem) -> DateHealth:
    """Crawl DAY of an e-paper (2 articles stored new), import ``imported`` two days later; report DAY."""
    source = parse_source(
        {"id": "p", "kind": "epaper", "templates": [{"url": "http://p.example/{date:%Y%m%d}.htm"}]}
    )
    crawled_at = datetime(2026, 12, 1, tzinfo=UTC)
    with open_store(db_url) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "p")
            run = start_run(s, "p", "epaper", {"since": str(DAY), "until": str(DAY)})
            run.started_at = crawled_at
            record_edition(s, EditionItem("p", DAY, "found"), run.id)
            crawled = [article(f"http://p.example/{n}.htm", "p", edition_date=DAY, body=WIRE) for n in (1, 2)]
            upsert_articles(s, crawled, now=crawled_at + timedelta(minutes=1), run_id=run.id)
            finish_run(s, run.id, "finished", {"articles/new": 2})
        with sessions.begin() as s:
            upsert_articles(s, [imported], now=crawled_at + timedelta(days=2), imported=True)
        with sessions() as s:
            report = build_report(s, source, DAY, DAY, today=DAY + timedelta(days=1))
    (row,) = report.dates
    return row


def test_an_article_imported_after_the_last_crawl_is_not_that_crawls_new(db_url: str) -> None:
    imported = article("urn:newsarchive:import:p:x1", "p", edition_date=DAY, body="导入的正文。" * 20)
    row = report_after_import(db_url, imported)
    assert row.articles == 3  # what the archive holds under the date
    assert (row.new, row.changed, row.unchanged, row.unseen) == (2, 0, 0, 1)


def test_an_article_the_crawl_stored_and_an_import_rewrote_since_stays_that_crawls_new(db_url: str) -> None:
    # The crawl stored it new; an import of another text of it (another extraction's export) made its
    # current version imported: the report said unseen, beside a run that says new 2, as if the crawl
    # had not found it. Only an article an import wrote first is no work of the crawl's.
    row = report_after_import(
        db_url, article("http://p.example/1.htm", "p", edition_date=DAY, body="导入的正文。" * 20)
    )
    assert row.articles == 2
    assert (row.new, row.unseen) == (2, 0)


def test_a_news_sites_article_imported_from_an_export_is_counted_under_its_day(tmp_path: Path) -> None:
    # search --jsonl gives every hit an edition_date (a news site's: its day of publication), and an
    # import keeps it: the report read a news site's articles by published_at only where edition_date
    # is null, so the imported copy was in no day's count (articles 0, the day 'unchecked').
    from archive.importer import import_lines
    from crawler.sources import SourceConfig

    source = SourceConfig("news", "N", "sitemap", start_urls=("http://n.example/sitemap.xml",))
    db_url = resolve_db_url(None, tmp_path)
    exported = {
        "url": "http://n.example/1.html",
        "title": "全省公路建设上半年完成投资120亿元",
        "body": WIRE,
        "source": "news",
        "published_at": "2016-07-20T16:30:00+08:00",
        "edition_date": "2016-07-20",
    }
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "news")
    import_lines(db_url, [json.dumps(exported, ensure_ascii=False).encode()], "export.jsonl")
    with open_store(db_url) as sessions, sessions() as s:
        report = build_report(s, source, date(2016, 7, 20), date(2016, 7, 20), today=date(2016, 7, 21))
    (row,) = report.dates
    assert (row.status, row.articles) == ("found", 1)


def test_a_report_of_an_imported_paper_the_registry_lacks_says_why_it_cannot_be_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After ``import - --source other`` (README's example), ``report other`` said "unknown source 'other'
    (known: sample-cswb)" of a paper the archive holds: as if the import had gone nowhere."""
    from search_cli import exitcodes
    from search_cli.main import main

    home = tmp_path / "home"
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\ntemplates = ["http://p.example/{date:%Y%m%d}.htm"]\n',
        encoding="utf-8",
    )
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as s:
        ensure_source(s, "other")
        upsert_articles(
            s, [article("urn:newsarchive:import:other:a1", "other", body="正文。" * 20)], imported=True
        )
    argv = ["report", "other", "--home", str(home), "--sources", str(registry)]
    assert main(argv) == exitcodes.ERROR
    assert capsys.readouterr().err == (
        "error: unknown source 'other' (known: p): the archive holds 'other' (1 article), but a report "
        "reads the paper's templates and schedule from the registry: add its entry (newsarchive sources "
        "add) or name the registry that has it (--sources)\n"
    )
    assert main(["report", "nope", "--home", str(home), "--sources", str(registry)]) == exitcodes.ERROR
    assert capsys.readouterr().err == "error: unknown source 'nope' (known: p)\n"

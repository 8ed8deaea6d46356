"""Queue workers of one crawl: what each missed of an edition is named and counted, none hiding another's.

Workers of a shared queue record a run each; the parts of one edition can fail
in different workers, and the edition is recorded by one of them. On SQLite and
PostgreSQL (the latter under CI=true).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from store_support import DB_PARAMS, make_db_url

from archive.articles import ensure_source, record_refusals
from archive.editions import finish_run, record_edition, start_run
from archive.items import (
    EditionItem,
    combined_note,
    combined_span,
    incomplete_parts,
    incomplete_reason,
    is_incomplete,
    merge_incomplete,
)
from archive.models import Edition
from crawler.report.build import build_report
from crawler.sources import parse_source

DAY = date(2024, 5, 13)
A1 = "http://127.0.0.1/pc/content/202405/13/content_1186.html"
A2 = "http://127.0.0.1/pc/content/202405/13/content_1192.html"
A3 = "http://127.0.0.1/pc/content/202405/13/content_1193.html"


@pytest.fixture(params=DB_PARAMS)
def sessions(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    from archive.schema import open_store

    for url in make_db_url(request, tmp_path):
        with open_store(url) as factory:
            with factory.begin() as s:
                ensure_source(s, "gen")
            yield factory


def found(reason: str = "") -> EditionItem:
    return EditionItem(
        "gen", DAY, "found", url="http://127.0.0.1/pc/layout/202405/13/node_01.html", reason=reason
    )


def missing(*parts: tuple[str, str]) -> str:
    return incomplete_reason([("article", url, why) for url, why in parts])


def reason_of(sessions: sessionmaker[Session]) -> str:
    with sessions() as s:
        row = s.query(Edition).filter_by(source_id="gen", edition_date=DAY).one()
        return row.reason


def test_two_workers_of_one_crawl_name_every_article_the_edition_misses(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as s:
        one, two = start_run(s, "gen", "epaper", {}).id, start_run(s, "gen", "epaper", {}).id
    with sessions.begin() as s:
        record_edition(s, found(), one)  # worker one parsed the edition page
        record_edition(s, found(missing((A1, "truncated"))), two)  # worker two failed an article
        record_edition(s, found(missing((A2, "truncated"))), one)  # and worker one another
    assert reason_of(sessions) == missing((A1, "truncated"), (A2, "truncated"))
    with sessions.begin() as s:
        finish_run(s, two, "finished", {})  # a worker that finished first still shares the crawl
        record_edition(s, found(missing((A2, "truncated"), (A3, "http_500"))), one)
        record_edition(s, found(), one)  # worker one's own note again, without the parts: kept
    assert reason_of(sessions) == missing((A1, "truncated"), (A2, "truncated"), (A3, "http_500"))
    with sessions.begin() as s:
        finish_run(s, one, "finished", {})
    with sessions.begin() as s:
        later = start_run(s, "gen", "epaper", {}).id
        record_edition(s, found(missing((A3, "http_500"))), later)
    assert reason_of(sessions) == missing((A3, "http_500"))  # a later crawl's check replaces the note
    with sessions.begin() as s:
        finish_run(s, later, "finished", {})
    with sessions.begin() as s:
        record_edition(s, found(), start_run(s, "gen", "epaper", {}).id)
    assert reason_of(sessions) == ""  # ... and one that archived the whole edition clears it


def test_a_merged_note_with_a_long_combined_note_stays_within_256_and_keeps_both() -> None:
    """A combined note past 254 characters (a long date line) sliced the reason with a negative
    index: the merged note kept a tail of the reason, ran past the column's 256 characters and no
    longer read as incomplete."""
    combined = combined_note(date(2026, 2, 16), date(2026, 2, 22), "二" * 260)
    page = incomplete_reason([("page", "http://x/p2.htm", "http_503")])
    merged = merge_incomplete(f"{missing((A1, 'truncated'))}; {combined[:256]}", page)
    assert merged is not None and len(merged) <= 256
    assert is_incomplete("found", merged)
    assert combined_span(merged) == (date(2026, 2, 16), date(2026, 2, 22))
    short = combined_note(date(2026, 2, 16), date(2026, 2, 22), "2026年2月16日-22日")
    assert merge_incomplete(f"{missing((A1, 'truncated'))}; {short}", page) == (
        f"incomplete: 1 page and 1 article not archived: {A1} (truncated), "
        f"http://x/p2.htm (http_503); {short}"
    )


def test_merged_notes_keep_a_combined_edition_and_other_notes_replace() -> None:
    combined = "combined edition 2026-02-16..2026-02-22 (date line 2026年2月16日-22日)"
    page = incomplete_reason([("page", "http://x/p2.htm", "error page: 系统繁忙 (503)")])
    merged = merge_incomplete(f"{missing((A1, 'truncated'))}; {combined}", page)
    assert (
        merged == "incomplete: 1 page and 1 article not archived: "
        f"{A1} (truncated), http://x/p2.htm (error page: 系统繁忙 (503)); {combined}"
    )
    assert len(incomplete_parts(page)) == 1
    assert (
        merge_incomplete(missing((A1, "truncated")), "date unsure: the page's only date is 2024-05-13")
        is None
    )


def test_the_report_counts_what_every_worker_refused_of_an_edition(sessions: sessionmaker[Session]) -> None:
    """A capture cut short of an article never archived is counted 'refused' on its date; a queue
    worker whose run did not record the edition had its refusals left out (refused 1 of 2)."""
    source = parse_source(
        {
            "id": "gen",
            "name": "生成晚报",
            "kind": "epaper",
            "allowed_domains": ["127.0.0.1"],
            "templates": [{"url": "http://127.0.0.1/pc/layout/{date:%Y%m}/{date:%d}/node_01.html"}],
        }
    )
    with sessions.begin() as s:
        one, two = start_run(s, "gen", "epaper", {}).id, start_run(s, "gen", "epaper", {}).id
    with sessions.begin() as s:
        record_edition(s, found(), one)
        assert record_refusals(s, "gen", two, {A1: ("truncated", "", DAY.isoformat())}) == 1
        assert record_refusals(s, "gen", one, {A2: ("truncated", "", DAY.isoformat())}) == 1
    with sessions() as s:
        (row,) = build_report(s, source, DAY, DAY).dates
    assert (row.refused, row.refused_unarchived, sorted(row.refused_urls)) == (2, 2, [A1, A2])

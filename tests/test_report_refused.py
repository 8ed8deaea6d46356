"""The report says "refused" for an archived article the last crawl fetched but refused as damaged.

Before, such an article read "unseen" (archived before, not seen by the
date's last crawl), as if the paper had taken it off the edition: nothing
told the archivist that a crawl again would likely mend it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sitegen import STANDARD_DATES, standard_site
from sitegen.crawl import crawl
from sitegen.serve import serve_site
from sqlalchemy import select
from store_support import WIRE, article

from archive.articles import ensure_source, upsert_articles
from archive.config import resolve_db_url
from archive.models import Article
from archive.schema import open_store
from crawler.report.build import build_report
from search_cli.commands.report import format_report

D = STANDARD_DATES
EARLIER = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.slow
def test_an_archived_article_whose_new_capture_was_cut_short_is_refused_not_unseen(tmp_path: Path) -> None:
    manifest = standard_site(tmp_path / "site")
    broken = [a for a in manifest.articles if a.broken]
    assert sorted(a.broken for a in broken) == ["half-gzip", "short-length"]
    workdir = tmp_path / "crawl"
    db_url = resolve_db_url(None, workdir / "home")
    with serve_site(Path(manifest.root)) as url:
        source = manifest.source(url, "epaper")
        with open_store(db_url) as sessions, sessions.begin() as s:  # archived whole by an earlier crawl
            ensure_source(s, source.id)
            items = [
                article(url + a.path, source.id, edition_date=date.fromisoformat(a.date), body=WIRE)
                for a in broken
            ]
            upsert_articles(s, items, now=EARLIER)
        result = crawl(source, workdir, since=D[0], until=D[-1])
    assert result.counters["failed/truncated"] == 2
    with open_store(db_url) as sessions, sessions() as s:
        report = build_report(s, source, D[0], D[-1])
        # Each refusal names the capture it was of, kept in the run's WARC file as received (0014).
        refused = select(Article.refused_warc_file, Article.refused_warc_offset).where(
            Article.refused_at.is_not(None)
        )
        named = s.execute(refused).all()
    assert len(named) == 2 and all(file.endswith(".warc.gz") and offset is not None for file, offset in named)
    expected = {date.fromisoformat(a.date) for a in broken}
    assert {d.day for d in report.dates if d.refused} == expected
    assert sum(d.refused for d in report.dates) == 2
    assert (report.totals["refused"], report.totals["unseen"]) == (2, 0)
    assert report.as_dict()["totals"]["last_crawl"]["refused"] == 2  # what --json prints
    text = format_report(report)
    assert "unseen 0, refused as damaged 2;" in text
    header = text.splitlines()[2].split()
    assert header[header.index("unseen") + 1] == "refused"

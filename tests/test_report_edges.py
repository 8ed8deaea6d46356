"""``newsarchive report`` at the ends of the calendar: a range is a range, never an OverflowError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from search_cli import exitcodes
from search_cli.main import main


@pytest.mark.parametrize(
    ("dates", "first", "last"),
    [
        (["--since", "9999-12-29", "--until", "9999-12-31"], "9999-12-29", "9999-12-31"),
        (["--until", "0001-01-03"], "0001-01-01", "0001-01-03"),  # the week before it, from 0001-01-01
    ],
)
def test_a_range_at_either_end_of_the_calendar_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: list[str], first: str, last: str
) -> None:
    """Both said 'unexpected OverflowError: date value out of range': the report stepped past
    9999-12-31, and the default --since (6 days before --until) reached before 0001-01-01."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    assert main(["db", "upgrade", "--home", str(tmp_path / "home"), "-q"]) == exitcodes.OK  # an empty archive
    argv = ["report", "p", *dates, "--home", str(tmp_path / "home"), "--sources", str(registry), "--json"]
    assert main(argv) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    days = [d["day"] for d in data["dates"]]
    assert (days[0], days[-1], len(days)) == (first, last, 3)
    # The paper under the keys of every other JSON document ("source_id" and "name" here before).
    assert (data["source"], data["source_name"]) == ("p", "p") and "source_id" not in data


DAYS = {"since": "2016-07-20", "until": "2016-07-21"}


def _paper_with_runs(tmp_path: Path, runs: list[Any]) -> tuple[Path, Path]:
    """An archive of one e-paper source ``p`` holding ``runs`` (CrawlRun rows): its home and registry."""
    from archive.schema import open_store

    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\n'
        'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    home = tmp_path / "home"
    assert main(["db", "upgrade", "--home", str(home), "-q"]) == exitcodes.OK
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        session.add_all(runs)
        session.commit()
    return home, registry


def test_runs_that_fetched_nothing_or_partly_failed_are_named_in_the_runs_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-crawl refused by the site read "runs: 3, finished 3" (as if all went well) while
    ``runs`` said "finished (nothing-fetched)" of the same run."""
    from archive.models import CrawlRun

    counters = [
        {"editions/found": 2, "articles/new": 3},
        {"editions/found": 1, "editions/failed": 1, "failed/http_500": 1, "articles/unchanged": 2},
        {"editions/failed": 1, "failed/robots_unavailable": 1},
    ]
    runs = [
        CrawlRun(source_id="p", spider="epaper", args=DAYS, status="finished", counters=n) for n in counters
    ]
    home, registry = _paper_with_runs(tmp_path, runs)
    argv = ["report", "p", "--since", "2016-07-20", "--until", "2016-07-21", "--home", str(home)]
    assert main([*argv, "--sources", str(registry)]) == exitcodes.OK
    out = capsys.readouterr().out
    last = "(last failure: run 3 fetched nothing: requests failed: robots_unavailable 1)"
    assert f"runs: 3, finished 3 (partial 1, nothing fetched 1) {last}\n" in out, out
    assert main([*argv, "--sources", str(registry), "--json"]) == exitcodes.OK
    runs = json.loads(capsys.readouterr().out)["runs"]
    assert (runs["count"], runs["finished"], runs["partial"], runs["nothing-fetched"]) == (3, 3, 1, 1)


def test_the_last_failure_is_the_latest_run_that_failed_a_crawl_that_fetched_nothing_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interrupted crawl, then one that fetched nothing (the site down): the runs line said
    "(last failure: shutdown)", the older stop, and nothing of the site being down since."""
    from archive.models import CrawlRun
    from archive.schema import open_store

    down = {"editions/failed": 2, "failed/robots_unavailable": 2}
    home, registry = _paper_with_runs(
        tmp_path,
        [
            CrawlRun(source_id="p", args=DAYS, status="interrupted", reason="shutdown"),
            CrawlRun(source_id="p", args=DAYS, status="finished", counters=down),
        ],
    )
    argv = ["report", "p", "--since", "2016-07-20", "--until", "2016-07-21", "--home", str(home)]
    assert main([*argv, "--sources", str(registry)]) == exitcodes.OK
    out = capsys.readouterr().out
    expected = "(last failure: run 2 fetched nothing: requests failed: robots_unavailable 2)\n"
    assert "runs: 2, interrupted 1, finished 1 (nothing fetched 1) " + expected in out, out
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        session.add(CrawlRun(source_id="p", args=DAYS, status="failed", reason="database is locked"))
        session.commit()
    assert main([*argv, "--sources", str(registry)]) == exitcodes.OK
    assert "(last failure: run 3: database is locked)\n" in capsys.readouterr().out


def test_a_date_after_the_papers_today_is_not_due(tmp_path: Path) -> None:
    """A report to the end of the month counted the days still to come as expected and unchecked."""
    from datetime import date

    from archive.config import resolve_db_url
    from archive.schema import open_store
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate

    source = SourceConfig("p", "P", "epaper", templates=(UrlTemplate("http://p.example/{date:%Y%m%d}.htm"),))
    with open_store(resolve_db_url(None, tmp_path / "home")) as sessions, sessions() as session:
        report = build_report(session, source, date(2026, 12, 5), date(2026, 12, 8), today=date(2026, 12, 6))
    assert [(d.day.isoformat(), d.expected) for d in report.dates] == [
        ("2026-12-05", 1),
        ("2026-12-06", 1),
        ("2026-12-07", 0),
        ("2026-12-08", 0),
    ]
    assert report.dates[-1].reason == "after today (2026-12-06 in Asia/Shanghai): not due yet"
    assert report.as_dict()["totals"]["editions_expected"] == 2
    assert report.as_dict()["totals"]["unchecked"] == 2


def test_a_sitemap_sources_articles_are_counted_under_their_day_in_its_zone(tmp_path: Path) -> None:
    """A news site's articles carry no edition date: the report counted none ("articles: 0", every
    date "unchecked") after a crawl that stored 12. They count under their publication day in the
    source's zone (2016-07-20 16:30 UTC is 07-21 in Shanghai)."""
    from datetime import UTC, date, datetime

    from store_support import article

    from archive.articles import ensure_source, upsert_articles
    from archive.config import resolve_db_url
    from archive.schema import open_store
    from crawler.report.build import build_report
    from crawler.sources import SourceConfig

    source = SourceConfig("news", "N", "sitemap", start_urls=("http://n.example/sitemap.xml",))
    published = [datetime(2016, 7, 19, 17, 0), datetime(2016, 7, 20, 8, 0), datetime(2016, 7, 20, 16, 30)]
    with open_store(resolve_db_url(None, tmp_path / "home")) as sessions:
        with sessions.begin() as s:
            ensure_source(s, "news")
            upsert_articles(
                s,
                [
                    article(
                        f"http://n.example/{i}.html",
                        "news",
                        title=f"标题{i}",
                        published_at=p.replace(tzinfo=UTC),
                    )
                    for i, p in enumerate(published)
                ],
            )
        with sessions() as s:
            report = build_report(s, source, date(2016, 7, 19), date(2016, 7, 21), today=date(2016, 7, 21))
    rows = {d.day.isoformat(): (d.status, d.articles) for d in report.dates}
    assert rows == {"2016-07-19": ("unchecked", 0), "2016-07-20": ("found", 2), "2016-07-21": ("found", 1)}
    assert report.as_dict()["totals"]["archived"] == 3


def test_a_found_date_whose_re_check_failed_is_named_by_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A later crawl's check of a found date failed: the date stays found, and the report said only
    "found", the run's counters alone knowing which date (``editions/recheck_failed/DAY``)."""
    from datetime import date

    from archive.articles import ensure_source
    from archive.batches import write_batch
    from archive.items import EditionItem
    from archive.models import CrawlRun
    from archive.schema import open_store

    runs = [CrawlRun(source_id="p", args=DAYS, status="finished") for _ in range(2)]
    home, registry = _paper_with_runs(tmp_path, runs)
    day = date(2016, 7, 20)
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions:
        with sessions.begin() as session:
            ensure_source(session, "p")
        edition = EditionItem("p", day, "found", url="http://p.example/20160720.htm")
        found = write_batch(sessions, [edition], 1)
        failed = write_batch(sessions, [EditionItem("p", day, "failed", reason="HTTP 500")], 2)
        with sessions.begin() as session:
            for run_id, counters in ((1, found), (2, failed)):
                run = session.get(CrawlRun, run_id)
                assert run is not None
                run.counters = {"fetched": 1, **counters}
    argv = ["report", "p", "--since", "2016-07-20", "--until", "2016-07-21", "--home", str(home)]
    assert main([*argv, "--sources", str(registry), "--json"]) == exitcodes.OK
    row = json.loads(capsys.readouterr().out)["dates"][0]
    assert (row["status"], row["recheck_failed_run"]) == ("found", 2)
    assert main([*argv, "--sources", str(registry)]) == exitcodes.OK
    (line,) = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("2016-07-20")]
    assert line.endswith("re-check failed in run 2: kept as archived"), line

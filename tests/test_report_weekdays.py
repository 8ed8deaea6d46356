"""A paper's weekly schedule: the days it does not publish are neither missed editions nor alerts.

``sources add`` writes a Monday-to-Saturday paper's schedule as ``30 7 * * 1-6``; its Sundays read
"no edition" in the report and ``no_edition_days = 1`` alerted every week.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from crawler.sources import SourceConfig, parse_source
from search_cli import exitcodes
from search_cli.main import main

SUNDAYS = (date(2016, 7, 17), date(2016, 7, 24))
REGISTRY = (
    '[[source]]\nid = "p"\nkind = "epaper"\nschedule = "30 7 * * 1-6"\n'
    'templates = [{ url = "http://p.example/{date:%Y%m%d}.htm" }]\n'
    "[source.alerts]\nno_edition_days = 1\n"
)


def _listing(schedule: str) -> SourceConfig:
    raw = {"id": "p", "kind": "listing", "start_urls": ["http://p.example/"], "schedule": schedule}
    return parse_source(raw)


def test_the_schedule_names_the_publishing_days() -> None:
    week = [date(2016, 7, 17 + n) for n in range(7)]  # Sunday .. Saturday
    assert [_listing("30 7 * * 1-6").publishes_on(d) for d in week] == [False] + [True] * 6
    for every_day in ("", "30 7 * * *", "30 7 1 * 1-5"):  # a day of the month too: cron fires on either
        assert all(_listing(every_day).publishes_on(d) for d in week)
    weekends = _listing("0 6 * * sat,7")
    assert [d for d in week if weekends.publishes_on(d)] == [week[0], week[6]]


def _archive(tmp_path: Path, sunday_status: dict[date, tuple[str, str]]) -> tuple[Path, Path]:
    from archive.models import Edition, Source
    from archive.schema import open_store

    registry = tmp_path / "sources.toml"
    registry.write_text(REGISTRY, encoding="utf-8")
    home = tmp_path / "home"
    assert main(["db", "upgrade", "--home", str(home), "-q"]) == exitcodes.OK
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        session.add(Source(id="p", name="p", kind="epaper"))
        session.flush()
        for n in range(16, 25):
            day = date(2016, 7, n)
            status, reason = sunday_status.get(day, ("found", ""))
            session.add(Edition(source_id="p", edition_date=day, status=status, reason=reason))
        session.commit()
    return registry, home


def test_a_sunday_of_a_monday_to_saturday_paper_is_not_a_missed_edition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The 17th answered 404 (recorded before crawls knew the schedule); the 24th published anyway.
    registry, home = _archive(tmp_path, {SUNDAYS[0]: ("no-edition", "HTTP 404")})
    argv = ["report", "p", "--since", "2016-07-16", "--until", "2016-07-24", "--home", str(home)]
    argv += ["--sources", str(registry)]
    assert main(argv) == exitcodes.OK  # no alert: it said "no edition on 2016-07-17" and exited 1
    out = capsys.readouterr().out
    assert "2016-07-17  -" in out and "not a publishing day (schedule 30 7 * * 1-6)" in out, out
    assert "no edition 0" in out and "; 1 day not a publishing day" in out, out
    assert main([*argv, "--json"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    rows = {row["day"]: row for row in data["dates"]}
    assert (rows["2016-07-17"]["expected"], rows["2016-07-17"]["publishing_day"]) == (0, False)
    # Checked (HTTP 404) and judged by the schedule: the web calendar's status, never "unchecked",
    # which the totals (unchecked 0) do not count it as.
    assert rows["2016-07-17"]["status"] == "not-publishing" and data["totals"]["unchecked"] == 0
    assert (rows["2016-07-24"]["status"], rows["2016-07-24"]["expected"]) == ("found", 1)  # still found
    totals = data["totals"]
    assert (totals["editions_expected"], totals["found"], totals["no_edition"]) == (8, 8, 0)
    assert (totals["not_publishing"], data["alerts"]) == (1, [])


def test_a_missed_monday_still_alerts_and_a_sunday_neither_breaks_nor_extends_a_streak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missed = {d: ("no-edition", "HTTP 404") for d in (date(2016, 7, 16), SUNDAYS[0], date(2016, 7, 18))}
    registry, home = _archive(tmp_path, missed)
    argv = ["report", "p", "--since", "2016-07-16", "--until", "2016-07-24", "--home", str(home), "--json"]
    assert main([*argv, "--sources", str(registry)]) == exitcodes.THRESHOLD
    alerts = json.loads(capsys.readouterr().out)["alerts"]
    assert [a["message"] for a in alerts] == ["no edition for 2 days in a row (2016-07-16 .. 2016-07-18)"]


def test_the_crawl_records_a_day_off_the_schedule_apart_and_runs_count_it(tmp_path: Path) -> None:
    from archive.items import is_not_publishing
    from crawler.spiders.epaper import EpaperSpider

    source = parse_source(
        {
            "id": "p",
            "kind": "epaper",
            "schedule": "30 7 * * 1-6",
            "templates": [{"url": "http://p.example/{date:%Y%m%d}.htm"}],
        }
    )
    spider = EpaperSpider(source=source, since=SUNDAYS[0], until=SUNDAYS[0])
    counted: list[str] = []
    spider.count = lambda key, n=1: counted.append(key)  # type: ignore[method-assign]
    spider.crawler = SimpleNamespace(settings={"NEWSARCHIVE_CHECK_TIME": "2016-08-01T08:00:00"})  # type: ignore[assignment]
    item = spider._no_edition(SUNDAYS[0], "http://p.example/20160717.htm", "HTTP 404", "t")
    assert item.status == "no-edition" and is_not_publishing(item.status, item.reason), item.reason
    assert item.reason == "not a publishing day (schedule 30 7 * * 1-6): HTTP 404"
    assert counted == ["editions/not_publishing"]  # not editions/no_edition
    monday = spider._no_edition(date(2016, 7, 18), "http://p.example/20160718.htm", "HTTP 404", "t")
    assert (monday.reason, counted[-1]) == ("HTTP 404", "editions/no_edition")


def test_the_crawl_summary_and_the_run_verdict_count_a_day_off_apart() -> None:
    from archive.run_verdict import OK, finished_verdict
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {"fetched": 1, "editions/not_publishing": 1}  # a crawl of a Sunday alone
    line = format_summary("p", CrawlSummary(1, "finished", counters)).splitlines()[0]
    assert "editions found 0, no edition 0, 1 day not a publishing day, failed 0;" in line, line
    assert finished_verdict(counters) == OK  # the site answered: not "nothing-fetched"


FAILED_SUNDAY_REGISTRY = REGISTRY.replace("no_edition_days = 1", "failed_days = 1")


def test_a_sunday_the_site_failed_is_not_a_failed_edition_nor_an_alert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backfill over a Mon-Sat paper's Sunday that the site answered HTTP 500 read "FAILED", counted
    the Sunday among the editions expected and set off failed_days (exit 4): the schedule expects no
    edition that day, whatever the site answers. A failed Monday still alerts."""
    registry, home = _archive(tmp_path, {SUNDAYS[0]: ("failed", "HTTP 500")})
    registry.write_text(FAILED_SUNDAY_REGISTRY, encoding="utf-8")
    argv = ["report", "p", "--since", "2016-07-16", "--until", "2016-07-24", "--home", str(home)]
    argv += ["--sources", str(registry), "--json"]
    assert main(argv) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    rows = {row["day"]: row for row in data["dates"]}
    sunday = rows["2016-07-17"]
    assert (sunday["status"], sunday["expected"], sunday["publishing_day"]) == ("not-publishing", 0, False)
    assert sunday["reason"] == "not a publishing day (schedule 30 7 * * 1-6): HTTP 500"
    totals = data["totals"]
    assert (totals["editions_expected"], totals["failed"], totals["not_publishing"]) == (8, 0, 1)
    assert data["alerts"] == []

    (tmp_path / "monday").mkdir()
    registry, home = _archive(tmp_path / "monday", {date(2016, 7, 18): ("failed", "HTTP 500")})
    registry.write_text(FAILED_SUNDAY_REGISTRY, encoding="utf-8")
    argv[argv.index("--home") + 1], argv[argv.index("--sources") + 1] = str(home), str(registry)
    assert main(argv) == exitcodes.THRESHOLD
    assert [a["message"] for a in json.loads(capsys.readouterr().out)["alerts"]] == ["failed on 2016-07-18"]


def test_the_crawl_counts_a_failed_day_off_the_schedule_apart(tmp_path: Path) -> None:
    """The crawl counted a Sunday's HTTP 500 as a failed edition: every scheduled run over the week
    (its window spans the Sunday) ended "partial", listed the Sunday under "editions failed", and the
    scheduler held its catch-up window at that Sunday for good (a failed edition holds it back).
    The date stays failed in the store (the site said nothing), noted as the schedule's day off."""
    from scrapy.http import Request, Response
    from scrapy.spidermiddlewares.httperror import HttpError
    from sitegen.fakes import fake_crawler
    from twisted.python.failure import Failure

    from crawler.spiders.epaper import EpaperSpider

    source = parse_source(
        {
            "id": "p",
            "kind": "epaper",
            "schedule": "30 7 * * 1-6",
            "templates": [{"url": "http://p.example/{date:%Y%m%d}.htm"}],
        }
    )
    spider = EpaperSpider(source=source, since=SUNDAYS[0], until=date(2016, 7, 18))
    spider.crawler = fake_crawler({"NEWSARCHIVE_CHECK_TIME": "2016-08-01T08:00:00"})
    items = []
    for day in (SUNDAYS[0], date(2016, 7, 18)):
        url = f"http://p.example/{day:%Y%m%d}.htm"
        request = Request(url, cb_kwargs={"day": day, "template": "t"})
        failure = Failure(HttpError(Response(url, status=500, request=request), "Ignoring non-200 response"))
        failure.request = request  # type: ignore[attr-defined]
        items += list(spider.edition_failed(failure))
    sunday, monday = items
    off = "not a publishing day (schedule 30 7 * * 1-6): HTTP 500"
    assert (sunday.status, sunday.reason) == ("failed", off)
    assert (monday.status, monday.reason) == ("failed", "HTTP 500")
    stats = spider.crawler.stats
    assert stats.get_value("newsarchive/editions/not_publishing") == 1
    assert stats.get_value("newsarchive/editions/failed") == 1  # the Monday's only
    assert stats.get_value("newsarchive/failed/http_500") == 1


def test_a_sunday_after_the_papers_today_is_not_due_yet_in_its_row_and_the_totals(tmp_path: Path) -> None:
    """A report to the end of the week counted the Sunday still to come "not a publishing day" in the
    totals while its row said "not due yet": a date after today is not due yet, whatever its weekday,
    and is counted as the weekdays after today are (in no total)."""
    from archive.config import resolve_db_url
    from archive.schema import open_store
    from crawler.report.build import build_report
    from crawler.report.model import UNCHECKED

    source = parse_source(
        {
            "id": "p",
            "kind": "epaper",
            "schedule": "30 7 * * 1-6",
            "templates": [{"url": "http://p.example/{date:%Y%m%d}.htm"}],
        }
    )
    with open_store(resolve_db_url(None, tmp_path / "home")) as sessions, sessions() as session:
        # Thursday the 21st is today: Friday, Saturday and Sunday the 24th are still to come.
        report = build_report(session, source, date(2016, 7, 21), SUNDAYS[1], today=date(2016, 7, 21))
    rows = {d.day: d for d in report.dates}
    sunday = rows[SUNDAYS[1]]
    assert sunday.reason == "after today (2016-07-21 in Asia/Shanghai): not due yet"
    assert (sunday.status, sunday.expected) == (UNCHECKED, 0)
    assert sunday.status == rows[date(2016, 7, 23)].status  # as the Saturday still to come
    totals = report.as_dict()["totals"]
    assert (totals["editions_expected"], totals["unchecked"], totals["not_publishing"]) == (1, 1, 0)

"""The health report tells apart no edition, a failed date and a template that stopped matching.

The local site (``tests/sitegen``) has a date without an edition (404), a date
that fails (HTTP 500) and, halfway, a switch to a new URL scheme that the
source does not know yet: the old template stops matching.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sitegen import SiteManifest, build_site
from support import start_static_server

from archive.schema import open_store
from crawler.report.build import build_report
from crawler.report.model import DateHealth, Report
from crawler.report.totals import _totals
from crawler.runner import run_crawl
from crawler.sources import load_registry
from search_cli import exitcodes
from search_cli.commands.report import format_report
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

FIRST = date(2024, 3, 1)
DAYS = [FIRST + timedelta(days=n) for n in range(10)]  # old URL scheme 03-01..05, new scheme 03-06..10
NO_EDITION, FAILED = date(2024, 3, 3), date(2024, 3, 5)
FAST = {"AUTOTHROTTLE_ENABLED": False, "NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32", "RETRY_TIMES": 0}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteManifest, str]]:
    root = tmp_path_factory.mktemp("report-site") / "site"
    manifest = build_site(
        root,
        n_articles=24,
        dates=DAYS,
        no_edition=[NO_EDITION],
        failed=[FAILED],
        with_pdfs=False,
        with_sitemap=False,
        with_feed=False,
        with_listing=False,
        corpus="bundled",
    )
    proc, url = start_static_server(root)
    try:
        yield manifest, url
    finally:
        proc.terminate()
        proc.wait(10)


def registry(path: Path, url: str, manifest: SiteManifest, alerts: str = "") -> Path:
    old = manifest.templates[0]["url"]  # the source knows only the old scheme: a redesign it missed
    path.write_text(
        textwrap.dedent(f"""\
        [[source]]
        id = "bcrb"
        name = "白城日报"
        kind = "epaper"
        templates = ["{url}{old}"]
        {alerts}
        """),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def crawled(site: tuple[SiteManifest, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Crawl the whole calendar twice (second pass: one article changed on the site)."""
    manifest, url = site
    work = tmp_path_factory.mktemp("report")
    sources = registry(
        work / "sources.toml",
        url,
        manifest,
        "[source.alerts]\nno_edition_days = 3\nfailed_days = 1\nmin_title_fill = 0.9",
    )
    source = load_registry(sources)["bcrb"]
    home = work / "home"
    first = run_crawl(
        source, since=DAYS[0], until=DAYS[-1], home=str(home), overrides=FAST, log_level="ERROR"
    )
    assert first.status == "finished"
    changed = next(a for a in manifest.good_articles() if a.date == "2024-03-04")
    page = Path(manifest.root) / changed.path.lstrip("/")
    data = page.read_bytes()
    marker = changed.paragraphs[0][:6].encode("utf-8" if changed.encoding == "utf-8" else "gb18030")
    assert marker in data
    page.write_bytes(
        data.replace(
            marker, marker + "（更正）".encode("utf-8" if changed.encoding == "utf-8" else "gb18030"), 1
        )
    )
    # Last-Modified has one-second resolution: an edit within the second of the first fetch would
    # be answered 304 to the conditional re-crawl, as a real site's would.
    later = time.time() + 60
    os.utime(page, (later, later))
    second = run_crawl(
        source, since=DAYS[0], until=DAYS[-1], home=str(home), overrides=FAST, log_level="ERROR"
    )
    assert second.status == "finished"
    return sources, home


def test_report_tells_no_edition_failed_and_stopped_template_apart(
    site: tuple[SiteManifest, str], crawled: tuple[Path, Path]
) -> None:
    manifest, _ = site
    sources, home = crawled
    source = load_registry(sources)["bcrb"]
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        report = build_report(session, source, DAYS[0], DAYS[-1])
    status = {d.day.isoformat(): d.status for d in report.dates}
    assert status == {
        "2024-03-01": "found",
        "2024-03-02": "found",
        "2024-03-03": "no-edition",
        "2024-03-04": "found",
        "2024-03-05": "failed",
        # After the template stopped matching: no edition, as the crawl and the calendar say, with why.
        **{f"2024-03-{n:02d}": "no-edition" for n in range(6, 11)},
    }
    by_day = {d.day.isoformat(): d for d in report.dates}
    assert by_day["2024-03-03"].reason == "HTTP 404" and by_day["2024-03-05"].reason == "HTTP 500"
    assert [d.day.day for d in report.dates if d.stopped_matching] == [6, 7, 8, 9, 10]
    assert by_day["2024-03-07"].reason.endswith("; URL template stopped matching since 2024-03-06")
    [template] = report.templates
    assert template.stopped_since == date(2024, 3, 6) and template.last_found == date(2024, 3, 4)
    assert (template.found, template.no_edition, template.failed, template.unmatched) == (3, 1, 1, 5)

    expected = Counter(a.date for a in manifest.good_articles() if a.family == "old")
    assert {k: v.articles for k, v in by_day.items() if v.articles} == dict(expected)
    # Second pass: every article seen again, one of them changed on the site meanwhile.
    assert sum(d.changed for d in report.dates) == 1 and by_day["2024-03-04"].changed == 1
    assert sum(d.unchanged for d in report.dates) == sum(expected.values()) - 1
    assert sum(d.new for d in report.dates) == 0
    t = report.totals
    assert (t["editions_expected"], t["found"], t["no_edition"], t["failed"], t["unmatched"]) == (
        10,
        3,
        6,  # of them 5 since the template stopped matching
        1,
        5,
    )
    assert t["title_fill"] == 1.0 and t["articles"] == sum(expected.values())
    assert report.runs["count"] == 2 and report.runs["finished"] == 2
    assert sorted(a.key for a in report.alerts) == ["failed_days", "no_edition_days"]
    assert "no edition for 5 days in a row (2024-03-06 .. 2024-03-10)" in next(
        a.message for a in report.alerts if a.key == "no_edition_days"
    )


def test_a_range_inside_the_unmatched_streak_names_the_day_the_template_stopped(
    crawled: tuple[Path, Path],
) -> None:
    """The default report (the week up to today) said 'STOPPED MATCHING since' the range's first day,
    a week later each week, where the template stopped matching on 2024-03-06; two such days alone
    did not count as stopped at all."""
    sources, home = crawled
    source = load_registry(sources)["bcrb"]
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        for since in (date(2024, 3, 8), date(2024, 3, 9)):
            report = build_report(session, source, since, date(2024, 3, 10))
            [template] = report.templates
            assert template.stopped_since == date(2024, 3, 6), since
            assert template.unmatched == (date(2024, 3, 10) - since).days + 1  # counted in the range
            assert all(d.reason.endswith("stopped matching since 2024-03-06") for d in report.dates)


def test_report_cli_text_json_and_exit_codes(
    crawled: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    site: tuple[SiteManifest, str],
    tmp_path: Path,
) -> None:
    sources, home = crawled
    argv = [
        "report",
        "bcrb",
        "--since",
        "2024-03-01",
        "--until",
        "2024-03-10",
        "--home",
        str(home),
        "--sources",
        str(sources),
    ]
    assert main(argv) == exitcodes.THRESHOLD
    text = capsys.readouterr().out
    assert re.search(r"^2024-03-03  no edition .*HTTP 404$", text, re.M)
    assert re.search(r"^2024-03-05  FAILED .*HTTP 500$", text, re.M)
    # The dates after the template stopped matching: the crawl's and the calendar's word, and why.
    assert re.search(
        r"^2024-03-07  no edition .*; URL template stopped matching since 2024-03-06$", text, re.M
    )
    assert "no edition 6 (5 since the URL template stopped matching), failed 1" in text
    assert "STOPPED MATCHING since 2024-03-06" in text
    assert "ALERT failed_days = 1: failed on 2024-03-05" in text  # not "failed for 1 days in a row (...)"

    assert main([*argv, "--json"]) == exitcodes.THRESHOLD
    data = json.loads(capsys.readouterr().out)
    assert data["templates"][0]["stopped_since"] == "2024-03-06"
    assert [d["day"] for d in data["dates"] if d["stopped_matching"]] == [
        f"2024-03-{n:02d}" for n in range(6, 11)
    ]
    assert [d["status"] for d in data["dates"]][:5] == ["found", "found", "no-edition", "found", "failed"]

    # The same archive, a source without thresholds: exit 0. A range before any crawl: all unchecked.
    quiet = registry(tmp_path / "quiet.toml", site[1], site[0])
    assert (
        main(
            [
                "report",
                "bcrb",
                "--since",
                "2024-03-01",
                "--until",
                "2024-03-04",
                "--home",
                str(home),
                "--sources",
                str(quiet),
            ]
        )
        == exitcodes.OK
    )
    capsys.readouterr()
    assert (
        main(
            [
                "report",
                "bcrb",
                "--since",
                "2023-01-01",
                "--until",
                "2023-01-02",
                "--home",
                str(home),
                "--sources",
                str(quiet),
                "--json",
            ]
        )
        == exitcodes.OK
    )
    assert {d["status"] for d in json.loads(capsys.readouterr().out)["dates"]} == {"unchecked"}


def test_an_incomplete_found_edition_is_counted_in_the_totals() -> None:
    """The spider's 'incomplete: ...' reason is counted by the one rule the web calendar uses too."""
    days = [
        DateHealth(
            date(2017, 1, 1), status="found", reason="incomplete: page u not archived (http_500)", articles=2
        ),
        DateHealth(date(2017, 1, 2), status="found", articles=1),
        DateHealth(date(2017, 1, 3), status="failed", reason="incomplete: not a found edition"),
    ]
    report = Report("p", "P", date(2017, 1, 1), date(2017, 1, 3), dates=days, totals=_totals(days))
    assert (report.totals["found"], report.totals["incomplete"]) == (2, 1)
    assert "found 2 (1 incomplete), no edition 0, failed 1" in format_report(report)


def test_dates_answered_with_another_edition_are_no_edition_but_no_sign_of_a_redesign() -> None:
    """The latest edition served for the days since is a paper that has not published, not a dead template.

    Its URL template still reaches an edition page, so those days are no edition (counted apart, and
    in the no-edition streak an alert watches), never "stopped matching"; 404s after them still are.
    """
    from crawler.report.alerts import check_alerts
    from crawler.report.templates import _templates
    from crawler.sources import Alerts, SourceConfig, UrlTemplate

    template = "http://p.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    another = (
        "another edition: the page served for {} is the edition of 2017-01-01 (date line 2017年01月01日)"
    )

    def rows(*statuses: str) -> list[DateHealth]:
        days = [date(2017, 1, 1) + timedelta(days=n) for n in range(len(statuses))]
        return [
            DateHealth(
                d,
                status="no-edition" if s != "found" else "found",
                reason={"another": another.format(d), "404": "HTTP 404"}.get(s, ""),
                template=template,
            )
            for d, s in zip(days, statuses, strict=True)
        ]

    served = rows("found", "another", "another", "another", "another")
    [health] = _templates(served, {}, 3)
    assert (health.stopped_since, health.no_edition, health.unmatched) == (None, 4, 0)
    assert {r.status for r in served[1:]} == {"no-edition"}
    source = SourceConfig(
        "p", "P", "epaper", templates=(UrlTemplate(template),), alerts=Alerts(no_edition_days=3)
    )
    report = Report("p", "P", date(2017, 1, 1), date(2017, 1, 5), dates=served, totals=_totals(served))
    assert [a.key for a in check_alerts(source, report)] == ["no_edition_days"]
    text = format_report(report)
    assert "found 1, no edition 4 (4 served another edition), failed 0, not crawled 0" in text
    gone = rows("found", "another", "404", "404", "404")
    [health] = _templates(gone, {}, 3)
    assert (health.stopped_since, health.no_edition, health.unmatched) == (date(2017, 1, 3), 1, 3)
    assert [r.status for r in gone[2:]] == ["no-edition"] * 3 and all(r.stopped_matching for r in gone[2:])


def test_a_date_no_template_covers_is_not_shown_unchecked() -> None:
    """A paper added from its latest edition: the week's report drew five rows "unchecked" (no URL
    template covers this date) under a total of "unchecked 0". They are not due, so they read "-"."""
    from archive.items import NOT_COVERED

    days = [DateHealth(date(2026, 12, 4), expected=0, reason=NOT_COVERED)]
    days += [DateHealth(date(2026, 12, 5)), DateHealth(date(2026, 12, 6), status="found", articles=2)]
    report = Report("p", "P", days[0].day, days[-1].day, dates=days, totals=_totals(days))
    rows = format_report(report).splitlines()[3:6]
    assert rows[0].split()[:3] == ["2026-12-04", "-", "0"] and rows[0].endswith(NOT_COVERED)
    assert rows[1].startswith("2026-12-05  not crawled ") and rows[2].startswith("2026-12-06  found ")
    assert "not crawled 1" in format_report(report)


def test_a_rerun_that_stored_nothing_new_still_shows_what_the_archive_holds(
    crawled: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The walkthrough: after a re-run the report showed new 0 under dates archived by the first run, and
    an archivist read it as "nothing archived that day". What the archive holds for the date (archived,
    by whichever crawl) is its own labelled column and JSON key, apart from what the last crawl did."""
    sources, home = crawled
    argv = ["report", "bcrb", "--since", "2024-03-01", "--until", "2024-03-02"]
    assert main([*argv, "--home", str(home), "--sources", str(sources)]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert "| the date's last crawl: its run, what it did to the archive" in lines[1]
    assert lines[2].split()[:4] == ["date", "edition", "pages", "archived"]
    assert "archived  |    run  new  changed  unchanged  unseen  refused  |  reprints" in lines[2]
    assert lines[1].index("|") == lines[2].index("|")
    row = re.match(r"2024-03-01  found\s+\d+\s+(\d+)  \|\s+(\d+)\s+(\d+)\s", lines[3])
    assert row, lines[3]
    archived, run, new = map(int, row.groups())
    assert archived > 0 and run == 2 and new == 0
    [totals] = [line for line in lines if line.startswith("articles archived: ")]
    assert "; the dates' last crawls: new 0, changed 0, unchanged " in totals

    assert main([*argv, "--home", str(home), "--sources", str(sources), "--json"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    first = data["dates"][0]
    assert first["archived"] == archived and "articles" not in first and "new" not in first
    assert first["last_crawl"]["run_id"] == 2 and first["last_crawl"]["new"] == 0
    assert first["last_crawl"]["unchanged"] == archived
    assert data["totals"]["archived"] == sum(d["archived"] for d in data["dates"])
    assert data["totals"]["last_crawl"]["new"] == 0
    assert totals.startswith(f"articles archived: {data['totals']['archived']} (reprints ")


def test_the_report_the_crawl_and_the_calendar_give_a_date_one_verdict(crawled: tuple[Path, Path]) -> None:
    """The dates after the template stopped matching read UNMATCHED in the report, "no edition" in the
    crawl summary and on the web calendar: one fact, one word (archive.items.VERDICTS), with a note."""
    from archive.items import VERDICTS
    from webui.queries import source_health

    sources, home = crawled
    source = load_registry(sources)["bcrb"]
    with open_store(f"sqlite:///{home / 'archive.sqlite3'}") as sessions, sessions() as session:
        report = build_report(session, source, DAYS[0], DAYS[-1])
        [health] = source_health(session, ["bcrb"])
    calendar = {d.day: d.status for month in health.months for d in month.days}
    for row in report.dates:
        assert calendar[row.day] == row.status, row.day
    assert {VERDICTS[row.status] for row in report.dates if row.stopped_matching} == {"no edition"}
    assert report.totals["no_edition"] == health.counts["no-edition"] == 6


def test_a_template_that_never_found_an_edition_is_not_called_ok() -> None:
    """A registry entry with a mistyped template (node_9.htm for node_1.htm): every date a 404. The
    crawl read "finished", and the report's template line read "ok; found 0 (last -)": the archivist
    was told the template was healthy. It found no edition up to the range's end, and says so."""
    from crawler.report.templates import _templates

    template = "http://p.cn/html/{date:%Y-%m}/{date:%d}/node_9.htm"
    days = [
        DateHealth(date(2024, 3, d), status="no-edition", reason="HTTP 404", template=template)
        for d in (1, 2, 3)
    ]
    report = Report("p", "P", days[0].day, days[-1].day, dates=days, totals=_totals(days))
    report.templates = _templates(days, {}, 3)
    line = format_report(report).splitlines()[-1]
    assert line == (
        f"template {template}: NO EDITION FOUND up to 2024-03-03 (check its URL); found 0 (last -), "
        "no edition 3, failed 0"
    )
    # One found before the range (a holiday week now): its line stays "ok".
    report.templates = _templates(days, {template: date(2024, 2, 29)}, 5)
    assert ": ok; found 0 (last 2024-02-29)" in format_report(report).splitlines()[-1]


def test_a_template_whose_every_check_failed_is_not_called_ok() -> None:
    """A new source whose site was down (or off the network) at every check: the report's template line
    read "ok; found 0 (last -), no edition 0, failed 2", a healthy template never once confirmed."""
    from crawler.report.templates import _templates

    template = "http://p.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm"
    days = [
        DateHealth(date(2024, 3, d), status="failed", reason="HTTP 503", template=template) for d in (1, 2)
    ]
    report = Report("p", "P", days[0].day, days[-1].day, dates=days, totals=_totals(days))
    report.templates = _templates(days, {}, 2)
    line = format_report(report).splitlines()[-1]
    assert line == (
        f"template {template}: UNCONFIRMED: every check failed, no edition found up to 2024-03-02; "
        "found 0 (last -), no edition 0, failed 2"
    )
    # One found before the range (the site is down this week): its line stays "ok".
    report.templates = _templates(days, {template: date(2024, 2, 29)}, 4)
    assert ": ok; found 0 (last 2024-02-29)" in format_report(report).splitlines()[-1]

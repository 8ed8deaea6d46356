"""``newsarchive runs`` lines: what a bare status hides is said (nothing fetched, a killed crawl)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive.models import CrawlRun
from search_cli.commands.runs import format_run

START, END = datetime(2026, 12, 5, 21, 29, 12, tzinfo=UTC), datetime(2026, 12, 5, 21, 29, 17, tzinfo=UTC)


def _run(status: str, counters: dict[str, object], args: dict[str, object] | None = None) -> CrawlRun:
    ended = None if status == "running" else END
    return CrawlRun(
        id=4, source_id="gen", spider="epaper", status=status, args=args or {}, started_at=START,
        finished_at=ended, counters=counters,
    )  # fmt: skip


def test_a_run_whose_every_request_was_refused_does_not_read_as_a_clean_one() -> None:
    counters = {"refused/address": 20, "editions/failed": 20, "fetched": 0}
    head, failures = format_run(_run("finished", counters)).split("\n")
    assert head.split("\t")[3] == "finished (nothing fetched)"
    assert failures == "\trequests failed: refused/address 20"


def test_a_partly_failed_and_a_clean_run() -> None:
    partial = {
        "failed/http_500": 1,
        "editions/found": 3,
        "editions/failed": 1,
        "articles/new": 20,
        "fetched": 30,
    }
    assert format_run(_run("finished", partial)).split("\t")[3] == "finished (partial)"
    clean = {"editions/found": 3, "articles/new": 20, "fetched": 30}
    assert format_run(_run("finished", clean)).split("\t")[3] == "finished"


def test_a_reprocess_run_says_the_articles_it_refreshed_and_a_crawl_says_none() -> None:
    refreshed = {"articles/refreshed": 2, "articles/unchanged": 1, "fetched": 0}
    line = format_run(_run("finished", refreshed, {"source": "gen"}))
    assert line.endswith("\tfetched 0, new 0, changed 0, refreshed 2, unchanged 1, reprints 0")
    assert "refreshed" not in format_run(_run("finished", {"articles/unchanged": 3, "fetched": 3}))
    # A refresh is work done: a failure beside it makes the run partial, not "nothing fetched".
    failed = {"articles/refreshed": 1, "failed/store": 1}
    assert format_run(_run("finished", failed)).split("\t")[3] == "finished (partial)"


def test_a_reprocess_run_says_the_articles_that_kept_values_its_reading_left_empty() -> None:
    """reprocess said '1 article keeps stored values the new reading leaves empty'; runs said nothing of it
    (its counters held ``refresh/kept 1``), so the history hid a re-read that found fields blank."""
    counters = {"articles/refreshed": 1, "articles/unchanged": 65, "refresh/kept": 1, "fetched": 0}
    head, kept = format_run(_run("finished", counters, {"source": "gen"})).split("\n")
    assert head.endswith("\tfetched 0, new 0, changed 0, refreshed 1, unchanged 65, reprints 0")
    assert kept == (
        "\tkept: 1 article keeps stored values the new reading leaves empty "
        "(reprocess --accept-blank writes them)"
    )
    counters["refresh/kept"] = 3
    assert format_run(_run("finished", counters)).split("\n")[1] == (
        "\tkept: 3 articles keep stored values the new reading leaves empty "
        "(reprocess --accept-blank writes them)"
    )


def test_captures_the_crawl_did_not_store_are_listed_as_its_summary_listed_them() -> None:
    """The crawl said 'skipped/damaged_capture 3'; runs showed 'changed 1, unchanged 3' and nothing else."""
    counters = {
        "articles/changed": 1,
        "articles/unchanged": 3,
        "skipped/damaged_capture": 3,
        "skipped/not_article": 1,
        "skipped/archived": 5,  # --resume's purpose: not a problem
        "fetched": 17,
    }
    head, skipped = format_run(_run("finished", counters)).split("\n")
    assert head.split("\t")[3] == "finished"
    assert skipped == "\tnot stored: damaged_capture 3, not_article 1"


def test_a_resumed_crawl_counts_the_listed_archived_articles_unchanged_as_the_report_does() -> None:
    """After ``crawl --resume`` its summary and ``runs`` said 'unchanged 0' while ``report`` said 3 for
    the same run: the 3 articles the edition pages listed were archived, so not fetched again."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {"editions/found": 2, "skipped/archived": 3, "fetched": 7}
    said = "unchanged 3 (3 archived before, not fetched again)"
    assert (
        format_run(_run("finished", counters)).split("\t")[-1]
        == f"fetched 7, new 0, changed 0, {said}, reprints 0"
    )
    summary = format_summary("gen", CrawlSummary(4, "finished", counters))
    assert summary.endswith(f"articles new 0, changed 0, {said}")
    fetched = {"articles/unchanged": 2, "fetched": 7}  # a plain re-crawl: nothing more said
    assert format_summary("gen", CrawlSummary(5, "finished", fetched)).endswith("changed 0, unchanged 2")


def test_a_killed_crawl_still_marked_running_says_its_process_is_gone() -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = {"host": socket.gethostname(), "pid": int(child.stdout)}  # ended and reaped: gone
    assert format_run(_run("running", {}, dead)).split("\t")[3] == "running (process gone)"
    alive = {"host": socket.gethostname(), "pid": os.getppid()}
    assert format_run(_run("running", {}, alive)).split("\t")[3] == "running"


def test_a_limit_below_one_is_a_usage_error(tmp_path: Path) -> None:
    """``runs --limit 0`` listed one run, as if the archive held one."""
    from search_cli.main import main

    for limit in ("0", "-1"):
        assert main(["runs", "--home", str(tmp_path), "--limit", limit]) == 2


def test_db_check_says_what_to_do_about_a_killed_run(tmp_path: Path) -> None:
    from sqlalchemy import update

    from archive.articles import ensure_source
    from archive.editions import start_run
    from archive.integrity import check_integrity
    from archive.schema import open_store

    db_url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    with open_store(db_url) as sessions, sessions.begin() as s:
        ensure_source(s, "gen")
        run = start_run(s, "gen", "epaper", {})
        dead = {**run.args, "pid": int(child.stdout)}
        s.execute(update(CrawlRun).where(CrawlRun.id == run.id).values(args=dead))
    assert check_integrity(db_url) == [
        f"1 crawl run still 'running' whose process is gone: {run.id} (killed; the source's next crawl "
        "marks it interrupted, and crawl --resume fetches what it missed)"
    ]


def test_the_summary_of_a_source_without_editions_says_none() -> None:
    """A sitemap crawl that stored 12 articles said "editions found 0, no edition 0, failed 0"."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {"fetched": 24, "articles/new": 12}
    summary = format_summary("news", CrawlSummary(4, "finished", counters), "sitemap")
    assert (
        summary
        == "crawl of news: finished (run 4): fetched 24 responses; articles new 12, changed 0, unchanged 0"
    )
    epaper = format_summary("gen", CrawlSummary(5, "finished", {"fetched": 3, "editions/found": 1}))
    assert "; editions found 1, no edition 0, failed 0; articles new 0," in epaper


def test_a_failed_request_and_a_failed_edition_are_labelled_apart() -> None:
    """The summary said "failed 1" and, below, "failed/http_500 1": one failure counted twice, or two?
    The 500 was a page of one edition; the failed edition another date's. Each is named for what it is."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {
        "fetched": 30,
        "editions/found": 3,
        "editions/incomplete": 1,
        "editions/failed": 1,
        "failed/http_500": 1,
        "refused/address": 2,
        "skipped/damaged_capture": 1,
        "articles/new": 20,
    }
    assert format_summary("gen", CrawlSummary(4, "finished", counters)).split("\n") == [
        "crawl of gen: finished (partial; run 4): fetched 30 responses; editions found 3 (1 incomplete), "
        "no edition 0, failed 1; articles new 20, changed 0, unchanged 0",
        "  requests failed: http_500 1, refused/address 2",
        "  not stored: damaged_capture 1",
    ]
    assert format_run(_run("finished", counters)).split("\n")[1:] == [  # and `runs` says "finished (partial)"
        "\trequests failed: http_500 1, refused/address 2",
        "\tnot stored: damaged_capture 1",
    ]


def test_expected_skips_are_not_listed_among_the_problems() -> None:
    """A sitemap crawl over a date range listed "skipped/out_of_range 13" beside its failures."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {
        "fetched": 20,
        "articles/new": 6,
        "skipped/out_of_range": 13,
        "skipped/pattern": 2,
        "skipped/not_article": 1,
        "failed/timeout": 1,
    }
    assert format_summary("news", CrawlSummary(4, "finished", counters), "sitemap").split("\n")[1:] == [
        "  requests failed: timeout 1",
        "  not stored: not_article 1",
        "  skipped as expected: out_of_range 13, pattern 2",
    ]
    rest = format_run(_run("finished", counters)).split("\n")[1:]
    assert rest == ["\trequests failed: timeout 1", "\tnot stored: not_article 1",
                    "\tskipped as expected: out_of_range 13, pattern 2"]  # fmt: skip
    clean = {"fetched": 20, "articles/new": 6, "skipped/out_of_range": 13}
    assert format_run(_run("finished", clean)).split("\t")[3] == "finished"


def test_the_crawl_summary_names_the_run_state_runs_gives() -> None:
    """A crawl that fetched nothing ended "crawl of x: finished (run 2)" above its failures, while `runs`
    listed the same run "finished (nothing-fetched)": one run, two states."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {"fetched": 0, "editions/failed": 2, "failed/robots_unavailable": 2}
    head = format_summary("gen", CrawlSummary(2, "finished", counters)).split("\n")[0]
    assert head.startswith("crawl of gen: finished (nothing fetched; run 2): fetched 0 responses;")
    assert format_run(_run("finished", counters)).split("\t")[3] == "finished (nothing fetched)"


def test_a_crawl_that_fetched_nothing_says_where_its_failures_are(capsys: pytest.CaptureFixture[str]) -> None:
    """The error said "see the failures above" and was printed before the summary that lists them."""
    from datetime import date

    from archive.run_verdict import NOTHING_FETCHED, Outcome
    from search_cli import exitcodes
    from search_cli.commands.crawl import crawl_exit_code

    def said(counters: dict[str, int], failed: list[tuple[date, str]], as_json: bool = False) -> str:
        outcome = Outcome(NOTHING_FETCHED, 2)
        code = crawl_exit_code("finished", outcome, counters=counters, failed=failed, as_json=as_json)
        assert code == exitcodes.UNREACHABLE
        err = capsys.readouterr().err
        head = "error: nothing could be fetched: every request failed ("
        assert err.startswith(head) and err.endswith(")\n"), err
        return err.removeprefix(head).removesuffix(")\n")

    requests = {"fetched": 0, "editions/failed": 2, "failed/http_500": 2}
    assert said(requests, []) == "the crawl's 'requests failed:' line says why"
    dates = [(date(2024, 3, 3), "HTTP 500")]
    assert said(requests, dates) == "the crawl's 'editions failed:' and 'requests failed:' lines say why"
    assert said(requests, dates, as_json=True) == "the JSON's failed_editions and failed/ counters say why"
    # A failed re-check of a date already found: the row stays found, so no date is listed and no
    # request failed (an error page answered); only its warning names it. "'requests failed:' line" lied.
    recheck = {"fetched": 1, "editions/failed": 1}
    warning = "a check of a date already found failed: its warning 'this check failed' says why"
    warning += " (not shown with -q)"
    assert said(recheck, []) == warning and said(recheck, [], as_json=True) == warning
    # Counted since (editions/recheck_failed), the summary prints a line of its own for it.
    recheck["editions/recheck_failed"] = 1
    assert said(recheck, []) == "the crawl's 're-checks failed:' line says why"


def test_runs_json_gives_the_outcome_crawl_json_and_schedule_list_give() -> None:
    """`runs` said "finished (nothing-fetched)" in text, but its --json had no outcome to say so."""
    from search_cli.commands.runs import run_as_dict

    refused = run_as_dict(_run("finished", {"refused/address": 20, "editions/failed": 20, "fetched": 0}))
    assert (refused["status"], refused["outcome"]) == ("finished", "nothing-fetched")
    assert run_as_dict(_run("finished", {"fetched": 3, "editions/found": 1}))["outcome"] == "ok"
    assert run_as_dict(_run("interrupted", {}))["outcome"] == "interrupted"


def test_the_crawl_summary_and_runs_name_the_failed_dates_alike() -> None:
    """A crawl partial for one edition said 'failed 1', ``runs`` 'finished (partial)': neither said which."""
    from datetime import date

    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    counters = {"editions/found": 2, "editions/failed": 1, "failed/http_500": 1, "fetched": 9}
    failed = [(date(2024, 3, 3), "HTTP 500")]
    said = "editions failed: 2024-03-03 (HTTP 500)"
    summary = format_summary("gen", CrawlSummary(4, "finished", counters), "epaper", failed).split("\n")
    assert summary[1:] == [f"  {said}", "  requests failed: http_500 1"]
    assert format_run(_run("finished", counters), failed).split("\n")[1:] == [
        f"\t{said}",
        "\trequests failed: http_500 1",
    ]
    many = [(date(2024, 3, d), "HTTP 500") for d in range(1, 8)]
    assert (
        format_run(_run("finished", counters), many)
        .split("\n")[1]
        .endswith("2024-03-05 (HTTP 500) and 2 more (see newsarchive report)")
    )


def test_an_interrupted_or_failed_run_says_why_as_the_papers_page_does() -> None:
    """``runs`` printed 'interrupted' alone where the web page said '(process died; ...)'."""
    run = _run("interrupted", {"fetched": 1})
    run.reason = "process died; counters counted from what it stored"
    assert format_run(run).split("\n")[1:] == [f"\treason: {run.reason}"]
    clean = _run("finished", {"fetched": 1, "editions/found": 1})
    clean.reason = "finished"
    assert "\n" not in format_run(clean)


def test_a_worker_names_its_failed_dates_as_crawl_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A queue worker's summary said "failed 1" where ``crawl`` named the date and its reason."""
    from datetime import date

    import crawler.scaleout
    from archive.articles import ensure_source
    from archive.config import resolve_db_url
    from archive.editions import finish_run, record_edition, start_run
    from archive.items import EditionItem
    from archive.schema import open_store
    from crawler.runner import CrawlSummary
    from search_cli.main import main

    home = tmp_path / "home"
    counters = {"editions/found": 2, "editions/failed": 1, "failed/http_500": 1, "fetched": 9}
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "gen")
        run_id = start_run(session, "gen", "epaper", {}).id
        record_edition(session, EditionItem("gen", date(2024, 3, 3), "failed", reason="HTTP 500"), run_id)
        finish_run(session, run_id, "finished", counters)
    summary = CrawlSummary(run_id, "finished", counters, source_id="gen", source_kind="epaper")
    monkeypatch.setattr(crawler.scaleout, "run_worker", lambda *a, **k: summary)
    main(["--home", str(home), "worker", "--queue", "redis://127.0.0.1:6379/0"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == ["  editions failed: 2024-03-03 (HTTP 500)", "  requests failed: http_500 1"], lines
    # --json lacked them: the same key and shape as crawl --json's (and runs', schedule's).
    main(["--home", str(home), "worker", "--queue", "redis://127.0.0.1:6379/0", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["failed_editions"] == [{"date": "2024-03-03", "reason": "HTTP 500"}]
    assert report["run_id"] == run_id and report["counters"] == counters


def test_a_json_crawl_that_fetched_nothing_points_at_its_json_not_a_line_it_never_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """crawl/worker --json print no 'requests failed:' line, yet the error named it as where the why is."""
    from datetime import date

    from archive.run_verdict import NOTHING_FETCHED, Outcome
    from search_cli import exitcodes
    from search_cli.commands.crawl import crawl_exit_code

    counters = {"fetched": 0, "editions/failed": 2, "failed/http_500": 2}
    failed = [(date(2024, 3, 3), "HTTP 500")]
    outcome = Outcome(NOTHING_FETCHED, 2)
    code = crawl_exit_code("finished", outcome, as_json=True, counters=counters, failed=failed)
    assert code == exitcodes.UNREACHABLE
    said = (
        "nothing could be fetched: every request failed"
        " (the JSON's failed_editions and failed/ counters say why)"
    )
    assert capsys.readouterr().err == f"error: {said}\n"


def test_a_failed_recheck_of_a_found_date_is_said_by_runs_and_the_crawl_summary() -> None:
    """A re-check of a found date that failed counted "failed 1" and listed no date: the row stays found
    (so the report and calendar still say found), and `runs` said nothing of what failed; then it
    said how many, and still no date: the archivist had to search the crawl's log for the warnings."""
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary
    from search_cli.commands.runs import run_as_dict

    counters = {"fetched": 1, "editions/failed": 1, "editions/recheck_failed": 1}
    said = "re-checks failed: 1 (dates already found, which stay found; the crawl's warnings name them)"
    assert format_run(_run("finished", counters)).split("\n")[1:] == [f"\t{said}"]  # a run from before
    # Each date is counted too (``editions/recheck_failed/DAY``): the lines name them, at most five.
    days = [f"2024-03-{d:02}" for d in range(1, 8)]
    counters = {"fetched": 7, "editions/failed": 7, "editions/recheck_failed": 7}
    counters |= {f"editions/recheck_failed/{day}": 1 for day in reversed(days)}
    said = (
        "re-checks failed: 7: 2024-03-01, 2024-03-02, 2024-03-03, 2024-03-04, 2024-03-05 and 2 more"
        " (dates already found, which stay found; the crawl's warnings say why)"
    )
    assert run_as_dict(_run("finished", counters))["recheck_failed_dates"] == days
    assert format_run(_run("finished", counters)).split("\n")[1:] == [f"\t{said}"]
    assert format_summary("gen", CrawlSummary(4, "finished", counters)).split("\n")[1:] == [f"  {said}"]


def test_a_stopped_or_failed_runs_reason_is_said_in_words_not_scrapys() -> None:
    """``reason: shutdown`` (Scrapy's finish reason for a Ctrl-C or SIGTERM) read as if the machine had
    shut down, and ``store_failed`` as a code; the JSON keeps the reason as recorded."""
    from crawler.report.build import _last_failure
    from search_cli.commands.runs import run_as_dict

    stopped = _run("interrupted", {"fetched": 3})
    stopped.reason = "shutdown"
    assert format_run(stopped).split("\n")[1] == "\treason: stopped (Ctrl-C or SIGTERM)"
    assert run_as_dict(stopped)["reason"] == "shutdown"
    assert _last_failure([stopped]) == "run 4: stopped (Ctrl-C or SIGTERM)"
    failed = _run("failed", {"fetched": 3})
    failed.reason = "store_failed"
    assert format_run(failed).split("\n")[1] == "\treason: its store failed: not all it fetched was stored"

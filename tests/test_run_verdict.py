"""A run's state reads the same in ``runs`` and on the web papers page (archive.run_verdict).

The papers page said "finished" of a last crawl that ``runs`` listed "finished (partial)" or
"finished (nothing-fetched)": it showed the bare status while the CLI judged the counters.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source
from archive.config import resolve_db_url
from archive.editions import finish_run, record_edition, start_run
from archive.items import EditionItem
from archive.models import CrawlRun
from archive.run_verdict import RUN_STATES, run_state
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app
from webui.catalogue import ZH

ROOT = Path(__file__).resolve().parent.parent
FAILED_DAY = date(2024, 2, 1)

# (source id, status, counters): one source per state, its only run its last crawl.
RUNS = [
    ("clean", "finished", {"fetched": 3, "editions/found": 1, "articles/new": 2}),
    ("partial", "finished", {"fetched": 3, "editions/found": 1, "editions/failed": 1, "failed/http_500": 1}),
    ("nothing", "finished", {"fetched": 0, "refused/address": 2, "editions/failed": 2}),
    ("idle", "finished", {"fetched": 0, "reprints": 0, "elapsed_seconds": 1.5}),
    ("stopped", "interrupted", {"fetched": 1, "editions/found": 1}),
    ("broken", "failed", {"fetched": 0}),
    ("killed", "running", {}),
]
EXPECTED = {
    "clean": "finished",
    "partial": "finished (partial)",
    "nothing": "finished (nothing fetched)",
    "idle": "finished (idle)",
    "stopped": "interrupted",
    "broken": "failed",
    "killed": "running (process gone)",
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("verdicts")
    dead = subprocess.Popen([sys.executable, "-c", ""])
    dead.wait()
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        for source_id, status, counters in RUNS:
            ensure_source(session, source_id, name=source_id)
            run = start_run(session, source_id, "epaper", {"since": "2024-02-01", "until": "2024-02-02"})
            if status == "running":
                run.args = {**run.args, "pid": dead.pid}
            else:
                finish_run(session, run.id, status, counters)
            if source_id == "partial":  # why it is partial: the date it recorded failed
                record_edition(
                    session, EditionItem(source_id, FAILED_DAY, "failed", reason="HTTP 500"), run.id
                )
    return home


def _web_states(home: Path) -> dict[str, str]:
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        page = client.get("/sources").text
    states = {}
    for block in page.split('<article class="source"')[1:]:
        source = re.search(r'translate="no"[^>]*>([^<]+)</a>', block)
        state = re.search(r'<strong class="status-[\w-]+">([^<]+)</strong>', block)
        assert source and state, block
        states[source.group(1)] = state.group(1)
    return states


def _cli_states(home: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    assert main(["runs", "--home", str(home)]) == exitcodes.OK
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines() if not line.startswith("\t")]
    return {fields[1]: fields[3] for fields in lines}


def test_the_papers_page_and_runs_say_the_same_state_of_each_run(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web, cli = _web_states(home), _cli_states(home, capsys)
    assert cli == EXPECTED
    assert web == cli


def test_a_partial_run_names_the_dates_it_recorded_failed_in_runs_and_on_the_papers_page(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run partial for one failed edition read "finished (partial)" with no date and no reason."""
    assert main(["runs", "--home", str(home), "partial"]) == exitcodes.OK
    assert capsys.readouterr().out.splitlines()[1] == "\teditions failed: 2024-02-01 (HTTP 500)"
    assert main(["runs", "--home", str(home), "partial", "--json"]) == exitcodes.OK
    [run] = json.loads(capsys.readouterr().out)
    assert run["failed_editions"] == [{"date": "2024-02-01", "reason": "HTTP 500"}]
    text = re.sub(r"<[^>]+>", "", client_page(home, "/sources/partial"))
    assert "finished (partial). Editions it recorded failed: 2024-02-01 (HTTP 500)." in " ".join(text.split())
    assert "Editions it recorded failed:" not in client_page(home, "/sources/clean")


def test_schedule_list_words_the_last_crawl_as_runs_does(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``schedule list`` said 'run 7 running' of a killed crawl and '(partial)' with no date."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        "".join(
            f'[[source]]\nid = "{sid}"\nkind = "epaper"\nschedule = "30 7 * * *"\n'
            'templates = [{ url = "http://127.0.0.1:9/{date:%Y%m%d}.htm" }]\n'
            for sid in ("partial", "killed")
        ),
        encoding="utf-8",
    )
    argv = ["schedule", "list", "--home", str(home), "--sources", str(registry)]
    assert main(argv) == exitcodes.OK
    last = dict(
        (line.split("\t")[0], line.split("\tlast: ")[1].split("\t")[0])
        for line in capsys.readouterr().out.splitlines()
    )
    assert re.fullmatch(
        r"run \d+ finished \(partial\) [\d:\- ]+ UTC; editions failed: 2024-02-01 \(HTTP 500\)",
        last["partial"],
    ), last
    assert re.fullmatch(r"run \d+ running \(process gone\) [\d:\- ]+ UTC", last["killed"]), last
    assert main([*argv, "--json"]) == exitcodes.OK
    rows = {row["source"]: row["last_crawl"] for row in json.loads(capsys.readouterr().out)}
    assert rows["partial"]["state"] == "finished (partial)"
    assert rows["partial"]["failed_editions"] == [{"date": "2024-02-01", "reason": "HTTP 500"}]
    assert (rows["killed"]["status"], rows["killed"]["state"]) == ("running", "running (process gone)")


def test_an_idle_last_run_is_shown_beside_the_last_that_did_something(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The papers page and ``schedule list`` gave an idle run (a drained queue's worker) as the last
    crawl, and nothing of the crawl that last fetched the paper."""
    home = tmp_path / "home"
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "worked", name="worked")
        for counters in (
            {"fetched": 3, "editions/found": 1, "articles/new": 2},
            {"fetched": 0},
            {"fetched": 0},
        ):
            run = start_run(session, "worked", "epaper", {"since": "2024-02-01", "until": "2024-02-01"})
            finish_run(session, run.id, "finished", counters)
    text = " ".join(re.sub(r"<[^>]+>", "", client_page(home, "/sources/worked")).split())
    assert "finished (idle). Last crawl that did something: run 1, " in text, text
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "worked"\nkind = "epaper"\nschedule = "30 7 * * *"\n'
        'templates = [{ url = "http://127.0.0.1:9/{date:%Y%m%d}.htm" }]\n',
        encoding="utf-8",
    )
    argv = ["schedule", "list", "--home", str(home), "--sources", str(registry)]
    assert main(argv) == exitcodes.OK
    last = capsys.readouterr().out.split("\tlast: ")[1]
    assert re.match(
        r"run 3 finished \(idle\) [\d:\- ]+ UTC; last that did something: run 1 finished [\d:\- ]+ UTC", last
    )
    assert main([*argv, "--json"]) == exitcodes.OK
    [row] = json.loads(capsys.readouterr().out)
    assert (row["last_crawl"]["run_id"], row["last_crawl"]["last_work"]["run_id"]) == (3, 1)
    assert row["last_crawl"]["last_work"]["state"] == "finished"


def client_page(home: Path, path: str) -> str:
    """Return the English page at ``path``."""
    with TestClient(create_app(home), headers={"accept-language": "en"}) as client:
        return client.get(path).text


def test_every_run_state_has_a_web_label_and_its_chinese() -> None:
    template = (ROOT / "webui" / "templates" / "sources.html").read_text("utf-8")
    [labels] = re.findall(r"\{% set run_label = \{(.*?)\} %\}", template)
    drawn = dict(re.findall(r'"([^"]+)": _\("([^"]+)"\)', labels))
    assert drawn == {state: state for state in RUN_STATES}
    assert all(state in ZH for state in RUN_STATES)


def test_run_state_words_every_state_it_can_return() -> None:
    for _, status, counters in RUNS:
        run = CrawlRun(source_id="x", spider="epaper", status=status, args={}, counters=counters)
        assert run_state(run) in RUN_STATES


def test_the_report_counts_an_idle_run_apart_as_runs_names_it(home: Path) -> None:
    """An idle worker's old "finished, fetched 0" run counted as one more finished crawl, unqualified."""
    from datetime import date

    from crawler.report.build import build_report
    from crawler.sources import SourceConfig, UrlTemplate
    from search_cli.commands.report import format_report

    source = SourceConfig("idle", "idle", "epaper", templates=(UrlTemplate("http://p.cn/{date:%Y%m%d}.htm"),))
    with open_store(resolve_db_url(None, home)) as sessions, sessions() as session:
        report = build_report(session, source, date(2024, 2, 1), date(2024, 2, 2))
    assert (report.runs["finished"], report.runs["idle"]) == (1, 1)
    assert "\nruns: 1, finished 1 (idle 1)\n" in format_report(report) + "\n"


def test_the_crawl_summary_of_a_crawl_that_did_nothing_says_idle_as_runs_does() -> None:
    from crawler.runner import CrawlSummary
    from search_cli.commands.crawl import format_summary

    idle = {"fetched": 0, "reprints": 0, "elapsed_seconds": 0.4}
    head = format_summary("x", CrawlSummary(7, "finished", idle))
    assert head.startswith("crawl of x: finished (idle; run 7)")
    done = {"fetched": 2, "editions/found": 1}
    assert format_summary("x", CrawlSummary(8, "finished", done)).startswith("crawl of x: finished (run 8)")


def test_the_papers_page_words_a_finish_reason_as_runs_does_in_the_pages_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The papers page printed the finish reason as recorded, "(shutdown)" (read as if the machine had shut
    down) and "(store_failed)", English inside the Chinese page, while ``runs`` worded it (REASON_WORDS).
    Both give the one wording, the page in its language; a reason no one worded is shown as recorded."""
    from archive.run_verdict import REASON_WORDS, WORDED_REASONS, reason_text

    home = tmp_path / "home"
    reasons = {
        "stopped": ("interrupted", "shutdown"),
        "store": ("failed", "store_failed"),
        "queue": ("failed", "queue_failed"),
        "reread": ("interrupted", "stopped (Ctrl-C or SIGTERM): what it wrote before is kept"),
        "odd": ("failed", "closespider_timeout"),
    }
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        for source_id, (status, reason) in reasons.items():
            ensure_source(session, source_id, name=source_id)
            run = start_run(session, source_id, "epaper", {"since": "2024-02-01", "until": "2024-02-01"})
            if source_id == "stopped":  # the date it failed: the site's answer, in the page's brackets
                record_edition(
                    session, EditionItem(source_id, FAILED_DAY, "failed", reason="HTTP 503"), run.id
                )
            finish_run(session, run.id, status, {"fetched": 1}, reason)
    assert set(REASON_WORDS.values()) < set(WORDED_REASONS) and all(r in ZH for r in WORDED_REASONS)
    assert main(["runs", "--home", str(home)]) == exitcodes.OK
    cli = capsys.readouterr().out
    with TestClient(create_app(home)) as client:
        zh = " ".join(re.sub(r"<[^>]+>", "", client.get("/sources").text).split())
        en = " ".join(re.sub(r"<[^>]+>", "", client.get("/sources?lang=en").text).split())
    for source_id, (status, reason) in reasons.items():
        worded = reason_text(reason)
        assert f"\treason: {worded}\n" in cli, (source_id, cli)
        assert f"{status} ({worded})" in en, (source_id, en)
        if reason == "closespider_timeout":  # no one worded it: as recorded, in both languages
            assert f"（{reason}）" in zh, zh
        else:
            assert f"（{ZH[worded]}）" in zh, (source_id, zh)
    assert "已中断（已停止（Ctrl-C 或 SIGTERM））。" in zh and "2024年2月1日（HTTP 503）。" in zh, zh
    assert "interrupted (stopped (Ctrl-C or SIGTERM)). " in en and "2024-02-01 (HTTP 503). " in en, en
    for raw in ("(shutdown)", "store_failed", "queue_failed", "Ctrl-C or SIGTERM): what"):
        assert raw not in zh, raw
    template = (ROOT / "webui" / "templates" / "sources.html").read_text("utf-8")
    [labels] = re.findall(r"\{% set reason_label = \{(.*?)\} %\}", template)
    assert dict(re.findall(r'"([^"]+)": _\("([^"]+)"\)', labels)) == {r: r for r in WORDED_REASONS}

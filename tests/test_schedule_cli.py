"""``newsarchive schedule``: a pretended clock or a dry run writes no state; ``list`` shows the last crawl
of each source whatever started it, with its outcome."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from crawler.sample_site import SAMPLE_DATES, TEMPLATE_PATH
from search_cli import exitcodes
from search_cli.main import main


def _registry(path: Path, site_url: str) -> Path:
    path.write_text(
        '[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1/32"]\n'
        f'[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = [{{ url = "{site_url}{TEMPLATE_PATH}" }}]\n'
        'schedule = "30 7 * * *"\ntimezone = "Asia/Shanghai"\n'
        "[source.politeness]\nautothrottle = false\n",
        encoding="utf-8",
    )
    return path


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_now_and_dry_run_leave_state_files_byte_identical(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(tmp_path / "sources.toml", sample_site_url)
    home = tmp_path / "home"
    base = ["--sources", str(registry), "--home", str(home)]
    # A real pass with the real clock starts the source's clock (its first slot is the next one).
    assert main(["schedule", "run", "--once", "-q", *base]) == exitcodes.OK
    before = _snapshot(home)
    assert "schedule/sample.json" in before
    capsys.readouterr()
    # The issue's own command: a time long past, then one where a slot is due, then --dry-run.
    assert main(["schedule", "run", "--once", "--now", "2019-03-25T07:31:00+08:00", *base]) == exitcodes.OK
    # Nothing due in the past of the source's clock: said on one line, with the next slot.
    nothing = "nothing was due at 2019-03-24 23:31 UTC; next run: sample at 2019-03-26 07:30 +08:00\n"
    assert capsys.readouterr().out == nothing
    assert main(["schedule", "run", "--once", "--now", "2099-03-25T07:31:00+08:00", "--json", *base]) == 0
    due = json.loads(capsys.readouterr().out)
    assert [(e["source"], e["event"]) for e in due] == [("sample", "due")]
    assert due[0]["detail"].startswith("would crawl 2099-03-25..2099-03-25")
    assert main(["schedule", "run", "--once", "--dry-run", *base]) == exitcodes.OK
    assert main(["schedule", "list", "--now", "2099-03-25T07:31:00+08:00", *base]) == exitcodes.OK
    assert _snapshot(home) == before
    # A fresh data directory: a dry run does not even start the source's clock.
    fresh = tmp_path / "fresh"
    argv = ["schedule", "run", "--once", "--now", "2019-03-25T07:31:00+08:00"]
    assert main([*argv, "--sources", str(registry), "--home", str(fresh)]) == exitcodes.OK
    assert _snapshot(fresh) == {}
    assert main(["schedule", "run", "--now", "2019-03-25T07:31:00+08:00", *base]) == exitcodes.ERROR


def test_a_once_pass_that_starts_nothing_says_when_the_next_run_is(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, cron's log of a pass with nothing due was empty: not told from a pass that never ran."""
    registry = _registry(tmp_path / "sources.toml", sample_site_url)
    base = ["--sources", str(registry), "--home", str(tmp_path / "home")]
    assert main(["schedule", "run", "--once", *base]) == exitcodes.OK  # starts the clock: nothing due yet
    day = r"\d{4}-\d\d-\d\d"
    first = (
        rf"sample\tfirst-start\tno schedule state and nothing crawled yet: first run at {day} 07:30 \+08:00; "
        r"earlier slots are not run \(to backfill: newsarchive crawl sample --since DATE\)\n"
    )
    assert re.fullmatch(first, capsys.readouterr().out)
    assert main(["schedule", "run", "--once", *base]) == exitcodes.OK
    line = capsys.readouterr().out
    expected = rf"nothing was due at {day} \d\d:\d\d UTC; next run: sample at {day} 07:30 \+08:00\n"
    assert re.fullmatch(expected, line), line
    assert main(["schedule", "run", "--once", "-q", *base]) == exitcodes.OK
    assert capsys.readouterr().out == ""  # -q: a pass that went well prints nothing
    assert main(["schedule", "run", "--once", "--json", "-q", *base]) == exitcodes.OK
    (idle,) = json.loads(capsys.readouterr().out)  # --json always prints its document
    assert (idle["event"], idle["next_source"]) == ("nothing-due", "sample")
    assert idle["detail"].startswith("nothing was due at ") and "; next run: sample at " in idle["detail"]
    assert datetime.fromisoformat(idle["next_run"]).strftime("%H:%M%z") == "07:30+0800"
    # A pretended clock is a question: answered whatever -q says, the same in JSON.
    now = ["schedule", "run", "--once", "--now", "2019-03-25T07:31:00+08:00", *base]
    assert main([*now, "-q"]) == exitcodes.OK
    text = capsys.readouterr().out.strip()
    assert text == "nothing was due at 2019-03-24 23:31 UTC; next run: sample at 2019-03-26 07:30 +08:00"
    assert main([*now, "--json"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out) == [
        {
            "source": None,
            "event": "nothing-due",
            "slot": None,
            "missed_slots": 0,
            "detail": text,
            "next_run": "2019-03-26T07:30:00+08:00",
            "next_source": "sample",
        }
    ]


def test_list_shows_the_last_crawl_whatever_started_it(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(tmp_path / "sources.toml", sample_site_url)
    base = ["--sources", str(registry), "--home", str(tmp_path / "home")]
    assert main(["schedule", "list", *base]) == exitcodes.OK
    assert capsys.readouterr().out.rstrip().endswith("last: never run")
    # A crawl started by hand, not by the scheduler.
    crawl = ["crawl", "sample", "--since", SAMPLE_DATES[0], "--until", SAMPLE_DATES[-1], "-q"]
    assert main([*crawl, *base]) == exitcodes.OK
    capsys.readouterr()
    assert main(["schedule", "list", "--json", *base]) == exitcodes.OK
    row = json.loads(capsys.readouterr().out)[0]
    assert row["last_crawl"]["run_id"] == 1
    assert (row["last_crawl"]["status"], row["last_crawl"]["outcome"]) == ("finished", "ok")
    assert main(["schedule", "list", *base]) == exitcodes.OK
    line = capsys.readouterr().out.strip()
    assert "\tlast: run 1 finished " in line and "never run" not in line
    # Re-extracting the captures (run 2) fetches nothing and checks no date: it is no crawl.
    # Before, the list said "last: run 2", a crawl that never was.
    assert main(["reprocess", "sample", "-q", *base]) == exitcodes.OK
    capsys.readouterr()
    assert main(["runs", "sample", *base]) == exitcodes.OK
    assert capsys.readouterr().out.startswith("2\tsample\treprocess\t")
    assert main(["schedule", "list", *base]) == exitcodes.OK
    assert "\tlast: run 1 finished " in capsys.readouterr().out


def test_list_labels_every_time_with_its_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The next run, a "not yet published" check and its re-check are the paper's times, and say so.

    ``schedule list`` gave ``(checked 07:30, re-check 2099-03-25 10:30)`` unlabelled beside its own
    ``last: ... UTC``: the same moment read 07:30 in one place and 23:30 UTC in another.
    """
    from crawler.schedule import update_state

    registry = _registry(tmp_path / "sources.toml", "http://127.0.0.1:9")
    home = tmp_path / "home"
    with update_state(home, "sample") as state:
        state.last_slot = "2099-03-25T07:30:00+08:00"
        state.not_yet, state.not_yet_checked_at = ["2099-03-25"], "2099-03-24T23:30:00+00:00"
    argv = ["schedule", "list", "--now", "2099-03-25T07:31:00+08:00", "--sources", str(registry)]
    assert main([*argv, "--home", str(home)]) == exitcodes.OK
    line = capsys.readouterr().out
    assert "(checked 07:30 +08:00, re-check 2099-03-25 10:30 +08:00)" in line, line
    assert "\tnext: 2099-03-25 10:30 +08:00\t" in line, line


def test_quiet_prints_a_finished_crawl_that_needs_action(capsys: pytest.CaptureFixture[str]) -> None:
    """-q keeps cron silent when all went well, not when the site was down (finished, nothing fetched)."""
    from crawler.schedule import Event
    from search_cli.commands.schedule import _print_events

    events = [
        Event("ok", "finished", detail="run 1"),
        Event("down", "finished", detail="run 2 (nothing-fetched)", needs_action=True),
    ]
    _print_events(events, as_json=False, quiet=True)
    assert capsys.readouterr().out == "down\tfinished\trun 2 (nothing-fetched)\n"


def test_list_on_an_empty_registry_says_so_as_sources_list_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'schedule list' printed nothing (exit 0) where 'sources list' says the registry is empty (exit 3)."""
    empty = tmp_path / "sources.toml"
    empty.write_text("# no paper yet\n", encoding="utf-8")
    base = ["--sources", str(empty), "--home", str(tmp_path / "home")]
    assert main(["sources", "list", *base]) == exitcodes.NO_RESULTS
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith(f"no source in {empty} (add one:")
    assert main(["schedule", "list", *base]) == exitcodes.NO_RESULTS
    assert capsys.readouterr() == said
    assert main(["schedule", "list", "--json", *base]) == exitcodes.NO_RESULTS
    assert capsys.readouterr() == ("[]\n", "")

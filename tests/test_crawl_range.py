"""A crawl's date range against the source's URL templates: dates before the first one are not failures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from store_support import cli

from archive.errors import ConfigError
from crawler.sample_site.server import serve_in_thread
from crawler.sources import load_registry
from crawler.spiders.base import clip_to_templates
from search_cli import exitcodes


def _registry(path: Path, templates: str) -> Path:
    entry = f'[[source]]\nid = "p"\nname = "p"\nkind = "epaper"\ntemplates = [{templates}]\n'
    path.write_text(entry, "utf-8")
    return path


def test_a_range_starting_before_the_first_template_starts_with_it(tmp_path: Path) -> None:
    first = 'http://127.0.0.1:9/{date:%Y%m%d}/a.html", since = "2016-07-20"'
    source = load_registry(_registry(tmp_path / "s.toml", f'{{ url = "{first} }}'))["p"]
    assert clip_to_templates(source, date(2016, 7, 1), date(2016, 7, 31)) == (
        date(2016, 7, 20),
        "note: p's URL templates start 2016-07-20: crawling from 2016-07-20, not 2016-07-01",
    )
    assert clip_to_templates(source, date(2016, 7, 21), date(2016, 7, 31)) == (date(2016, 7, 21), "")
    with pytest.raises(ConfigError, match=r"2016-07-01 \.\. 2016-07-19 is before p's first URL template"):
        clip_to_templates(source, date(2016, 7, 1), date(2016, 7, 19))
    # A template without a start covers the past: nothing to clip.
    open_start = load_registry(_registry(tmp_path / "o.toml", '"http://127.0.0.1:9/{date:%Y%m%d}/a.html"'))["p"]
    assert clip_to_templates(open_start, date(1990, 1, 1), date(2016, 7, 31)) == (date(1990, 1, 1), "")


@pytest.mark.slow
def test_a_backfill_before_the_first_edition_is_no_partial_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled sample paper starts 2016-07-20, as `sources add` would register it."""
    monkeypatch.setenv("NEWSARCHIVE_ALLOWED_NETWORKS", "127.0.0.1/32")
    with serve_in_thread() as url:
        template = f'{{ url = "{url}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm", since = "2016-07-20" }}'
        registry = _registry(tmp_path / "sources.toml", template)
        args = ["crawl", "p", "--since", "2016-07-01", "--until", "2016-07-21", "--sources", str(registry)]
        code = cli([*args, "--home", str(tmp_path / "h"), "--json", "-q"], monkeypatch)
    captured = capsys.readouterr()
    note = "note: p's URL templates start 2016-07-20: crawling from 2016-07-20, not 2016-07-01"
    assert note in captured.err
    counters = json.loads(captured.out)["counters"]
    assert code == exitcodes.OK
    assert (counters["editions/found"], counters.get("editions/failed", 0)) == (2, 0)


def test_the_report_expects_nothing_before_the_first_template(tmp_path: Path) -> None:
    """Dates before it were counted 'unchecked' (5 of an 'expected 4'), with an empty note."""
    from archive.articles import ensure_source
    from archive.config import resolve_db_url
    from archive.editions import record_edition
    from archive.items import NOT_COVERED, EditionItem
    from archive.schema import open_store
    from crawler.report.build import build_report

    first = 'http://127.0.0.1:9/{date:%Y%m%d}/a.html", since = "2016-07-20"'
    source = load_registry(_registry(tmp_path / "s.toml", f'{{ url = "{first} }}'))["p"]
    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions.begin() as session:
        ensure_source(session, "p")  # an archive crawled before the clip: 18 July recorded failed
        record_edition(session, EditionItem("p", date(2016, 7, 18), "failed", reason=NOT_COVERED), None)
    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions() as session:
        report = build_report(session, source, date(2016, 7, 18), date(2016, 7, 21))
    assert [(d.status, d.expected, d.reason) for d in report.dates] == [
        ("unchecked", 0, NOT_COVERED),
        ("unchecked", 0, NOT_COVERED),
        ("unchecked", 1, ""),
        ("unchecked", 1, ""),
    ]
    totals = report.totals
    assert (totals["editions_expected"], totals["unchecked"], totals["failed"]) == (2, 2, 0)


def test_the_web_calendar_leaves_out_dates_no_template_covers(tmp_path: Path) -> None:
    """An archive crawled before the clip holds 'failed' rows for them: the papers page counted
    them failed and coloured them red."""
    from archive.articles import ensure_source
    from archive.config import resolve_db_url
    from archive.editions import record_edition
    from archive.items import NOT_COVERED, EditionItem
    from archive.schema import open_store
    from webui.queries import source_health

    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions.begin() as session:
        ensure_source(session, "p")
        record_edition(session, EditionItem("p", date(2016, 7, 18), "failed", reason=NOT_COVERED), None)
        record_edition(session, EditionItem("p", date(2016, 7, 19), "failed", reason="HTTP 500"), None)
        record_edition(session, EditionItem("p", date(2016, 7, 20), "found"), None)
    with open_store(resolve_db_url(None, tmp_path)) as sessions, sessions() as session:
        (health,) = source_health(session, ["p"])
    assert (health.first, health.counts.get("failed")) == (date(2016, 7, 19), 1)

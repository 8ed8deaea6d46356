"""Logging for people and cron: a routine re-crawl with nothing new is one summary line and no warning;
expected outcomes (304 Not Modified) are counted, not warned; ``--log-file`` keeps the full log."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from crawler.sample_site import SAMPLE_DATES, TEMPLATE_PATH
from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out


def _registry(path: Path, site_url: str) -> Path:
    path.write_text(
        '[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1/32"]\n'
        f'[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = [{{ url = "{site_url}{TEMPLATE_PATH}" }}]\n'
        "[source.politeness]\nautothrottle = false\n",
        encoding="utf-8",
    )
    return path


def _crawl(registry: Path, home: Path, *extra: str) -> int:
    return main(
        [
            *("crawl", "sample", "--sources", str(registry), "--home", str(home)),
            *("--since", SAMPLE_DATES[0], "--until", SAMPLE_DATES[-1], *extra),
        ]
    )


def test_a_recrawl_of_unchanged_pages_is_one_line_and_no_warning(
    sample_site_url: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(tmp_path / "sources.toml", sample_site_url)
    home = tmp_path / "home"
    assert _crawl(registry, home) == exitcodes.OK
    capfd.readouterr()
    log = tmp_path / "full.log"
    # The second crawl re-fetches each article conditionally: the sample server answers 304.
    assert _crawl(registry, home, "--log-file", str(log)) == exitcodes.OK
    out, err = capfd.readouterr()  # file descriptors: the crawl child's stderr is caught too
    assert "WARNING" not in err and "ERROR" not in err and "warning" not in err.lower(), err
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 1, out
    assert "articles new 0, changed 0, unchanged 3" in lines[0]
    # The 304s are counted in the run, and the full log has them, at DEBUG.
    assert main(["runs", "--home", str(home), "--json", "--limit", "1"]) == exitcodes.OK
    run = json.loads(capfd.readouterr().out)[0]
    assert run["counters"]["articles/not_modified"] == 3
    text = log.read_text(encoding="utf-8")
    assert text.count("DEBUG: not fetched ") == 3 and "not modified" in text


def test_a_failed_edition_is_in_the_summary_not_a_scrapy_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from sitegen import STANDARD_DATES, standard_site
    from sitegen.serve import serve_site

    manifest = standard_site(tmp_path / "site", broken=0)  # one edition answers 500
    with serve_site(Path(manifest.root)) as url:
        templates = ", ".join(
            f'{{ url = "{url}{t["url"]}"'
            + "".join(f', {k} = "{v}"' for k, v in t.items() if k != "url")
            + " }"
            for t in manifest.templates
        )
        registry = tmp_path / "sources.toml"
        registry.write_text(
            '[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = "127.0.0.1/32"\n'
            f'[[source]]\nid = "gen"\nkind = "epaper"\ntemplates = [{templates}]\n'
            "[source.politeness]\nautothrottle = false\nretry_times = 1\n",
            encoding="utf-8",
        )
        dates = [STANDARD_DATES[0].isoformat(), STANDARD_DATES[-1].isoformat()]
        code = main(
            [
                *("crawl", "gen", "--sources", str(registry), "--home", str(tmp_path / "home")),
                *("--since", dates[0], "--until", dates[-1]),
            ]
        )
    assert code == exitcodes.PARTIAL
    out, err = capfd.readouterr()
    # The failed edition is in the summary (and the exit code), not in a Scrapy ERROR with a retry story.
    assert "Gave up retrying" not in err and "ERROR" not in err, err
    assert "editions found 3, no edition 2, failed 1" in out


def test_a_crawl_builds_no_debug_record_it_would_not_show(
    sample_site_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scrapy filters by level in its handler only, and sets its own logger to DEBUG: at the default
    WARNING each page built two DEBUG records ("Crawled (200)", "Scraped from") nobody printed."""
    from store_support import sample_source
    from test_store_crawl import DAYS, FAST

    from crawler.runner import run_crawl

    monkeypatch.delenv("NEWSARCHIVE_LOG_FILE", raising=False)  # set by an earlier --log-file test
    built = tmp_path / "records.txt"
    factory = logging.getLogRecordFactory()

    def noting(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        if record.levelno < logging.INFO:  # the crawl's child inherits this factory (fork)
            with built.open("a", encoding="utf-8") as out:
                out.write(f"{record.name} {record.getMessage()[:40]!r}\n")
        return record

    logging.setLogRecordFactory(noting)
    try:
        summary = run_crawl(
            sample_source(sample_site_url), **DAYS, home=str(tmp_path / "home"), overrides=FAST
        )
    finally:
        logging.setLogRecordFactory(factory)
    assert summary.status == "finished" and summary.counters["articles/new"] == 3
    noted = built.read_text(encoding="utf-8") if built.exists() else ""
    assert "scrapy.core.engine" not in noted and "scrapy.core.scraper" not in noted, noted[:2000]

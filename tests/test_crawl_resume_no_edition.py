"""``crawl --resume`` does not check again a date recorded "no edition", unless told to with ``--recheck``.

A backfill of a year stopped midway and resumed fetched every date's edition page again, the hundreds
of Sundays and holidays the first run had found without an edition included: "fetch only what is
missing" re-asked the site for what it had answered already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sample_site import TEMPLATE_PATH
from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # three crawls of the sample site


def _crawl(registry: Path, home: Path, *extra: str) -> list[str]:
    argv = ["crawl", "sample", "--since", "2016-07-19", "--until", "2016-07-21", "--sources", str(registry)]
    return [*argv, "--home", str(home), *extra]


def test_resume_skips_the_dates_recorded_without_an_edition_and_says_so(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text(
        f'[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = ["{sample_site_url}{TEMPLATE_PATH}"]\n'
        '[source.settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = "127.0.0.1/32"\n'
        "[source.politeness]\nautothrottle = false\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    assert main(_crawl(registry, home)) == exitcodes.OK
    first = capsys.readouterr().out
    assert "editions found 2, no edition 1, failed 0" in first  # 2016-07-19: HTTP 404

    assert main(_crawl(registry, home, "--resume")) == exitcodes.OK
    resumed = capsys.readouterr().out
    assert "editions found 2, no edition 0, failed 0" in resumed, resumed
    assert "resume: 1 date recorded no edition before was not checked again (--recheck checks it)" in resumed

    assert main(_crawl(registry, home, "--resume", "--recheck")) == exitcodes.OK
    rechecked = capsys.readouterr().out
    assert "editions found 2, no edition 1, failed 0" in rechecked and "resume: " not in rechecked


def test_resume_with_a_queue_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``crawl --queue URL --resume`` seeded every request and said nothing of --resume, ignored."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = ["http://p.example/{date:%Y%m%d}.htm"]\n',
        encoding="utf-8",
    )
    argv = [*_crawl(registry, tmp_path / "home", "--resume"), "--queue", "redis://127.0.0.1:9/0"]
    assert main(argv) == exitcodes.USAGE
    assert capsys.readouterr().err == (
        "error: --resume does not go with --queue: the queue never hands its workers a request seeded "
        "before (its dupefilter remembers them)\n"
    )


def test_recheck_without_resume_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "sample"\nkind = "epaper"\ntemplates = ["http://p.example/{date:%Y%m%d}.htm"]\n',
        encoding="utf-8",
    )
    assert main(_crawl(registry, tmp_path / "home", "--recheck")) == exitcodes.USAGE
    assert (
        capsys.readouterr().err
        == "error: --recheck goes with --resume (a crawl without it checks every date)\n"
    )

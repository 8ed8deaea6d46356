"""``-q`` means one thing in every command: a job that went well prints nothing, an answer prints whole.

Before, ``crawl -q``, ``import -q``, ``reprocess -q`` and ``index update -q`` printed their summary
lines while ``db copy -q`` printed none.
"""

from __future__ import annotations

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


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_quiet_jobs_print_nothing_and_answers_print_whole(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = [
        "--sources",
        str(_registry(tmp_path / "sources.toml", sample_site_url)),
        "--home",
        str(tmp_path / "h"),
    ]
    (tmp_path / "in.jsonl").write_text(
        '{"id": "a1", "title": "示例", "body": "正文。", "published_at": "2016-07-20"}\n', encoding="utf-8"
    )
    crawl = ["crawl", "sample", "--since", SAMPLE_DATES[0], "--until", SAMPLE_DATES[-1]]
    jobs = [
        ["db", "upgrade"],
        crawl,
        ["import", str(tmp_path / "in.jsonl"), "--source", "other"],
        ["index", "rebuild"],
        ["index", "update"],
        ["reprocess", "sample"],
        ["db", "copy", "--to", f"sqlite:///{tmp_path / 'copy.sqlite3'}"],
    ]
    for argv in jobs:
        code, out, err = _run(capsys, [*argv, "-q", *base])
        assert (code, out, err) == (exitcodes.OK, "", ""), argv
    # Without -q the same jobs say what they did (a second copy needs another empty database).
    jobs[-1] = ["db", "copy", "--to", f"sqlite:///{tmp_path / 'copy2.sqlite3'}"]
    for argv in jobs:
        code, out, _ = _run(capsys, [*argv, *base])
        assert code == exitcodes.OK and out.strip(), argv
    # A job that needs action prints its summary with -q too (cron mails it): nothing could be fetched.
    refused = ["crawl", "sample", "--since", SAMPLE_DATES[0], "-s", "NEWSARCHIVE_ALLOWED_NETWORKS=10.0.0.0/8"]
    code, out, err = _run(capsys, [*refused, "-q", *base])
    assert code == exitcodes.UNREACHABLE and out.startswith("crawl of sample: ") and err.startswith("error: ")
    # Answers are what was asked: -q changes none of them (only the progress on stderr goes), and
    # --json always prints its document.
    for argv in (
        ["search", "鹤鸣湖"],
        ["runs"],
        ["report", "sample", "--since", SAMPLE_DATES[0], "--until", SAMPLE_DATES[-1]],
        ["sources", "list"],
        ["db", "current"],
        ["index", "update", "--json"],
    ):
        loud = _run(capsys, [*argv, *base])
        quiet = _run(capsys, [*argv, "-q", *base])
        assert loud[1] and quiet[:2] == loud[:2] and quiet[2] == "", argv

"""Progress of long jobs: a bar on a terminal (tested on a pseudo-terminal), one summary line when
stderr is not a terminal, nothing with -q."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from archive.progress import BAR, OFF, SUMMARY, Progress, progress_mode
from crawler.sample_site import SAMPLE_DATES, TEMPLATE_PATH
from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

NEWSARCHIVE = str(Path(sys.executable).parent / "newsarchive")


def on_pty(argv: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run ``newsarchive argv`` with stderr on a pseudo-terminal; return exit code, stdout, terminal text."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSARCHIVE_")}
    proc = subprocess.Popen([NEWSARCHIVE, *argv], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks: list[bytes] = []
    while True:  # read until the child closes the terminal (EIO) or ends
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    return proc.wait(120), out, b"".join(chunks).decode("utf-8", "replace")


def piped(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSARCHIVE_")}
    return subprocess.run([NEWSARCHIVE, *argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cwd = tmp_path_factory.mktemp("progress")
    assert main(["demo", "--home", str(cwd / "demo-data"), "-q", "--json"]) == exitcodes.OK
    return cwd


def test_modes() -> None:
    assert progress_mode(True) == OFF
    assert progress_mode(False, io.StringIO()) == SUMMARY  # not a terminal
    out = io.StringIO()
    with Progress("import", 10, SUMMARY, unit="lines", stream=out) as bar:
        bar.advance(4)
        bar.update_to(10)
        bar.set_counts({"new": 3, "changed": 0})
    (line,) = out.getvalue().splitlines()
    assert re.fullmatch(r"import: 10 lines in \d+\.\d s \([\d,.]+/s\); new 3", line), line
    one = io.StringIO()  # the README's one-line import said "import: 1 lines in 0.1 s"
    with Progress("import", None, SUMMARY, unit="lines", stream=one) as bar:
        bar.advance(1)
    assert one.getvalue().startswith("import: 1 line in ")
    quiet = io.StringIO()
    with Progress("import", 10, OFF, stream=quiet) as bar:
        bar.advance(10)
    assert quiet.getvalue() == ""
    drawn = io.StringIO()
    with Progress("index rebuild", 5, BAR, unit="documents", stream=drawn) as bar:
        bar.advance(5)
        bar.phase("merging segments")
    assert "index rebuild (merging segments)" in drawn.getvalue() and "5/5" in drawn.getvalue()


def test_index_rebuild_on_a_terminal_and_not(demo: Path) -> None:
    code, out, terminal = on_pty(["index", "rebuild", "--home", "demo-data"], demo)
    assert (code, out) == (0, "index rebuilt: 3 articles\n")
    assert "index rebuild" in terminal and "3/3" in terminal and "articles/s" in terminal
    assert "index rebuild (merging segments)" in terminal  # the long last step is named
    result = piped(["index", "rebuild", "--home", "demo-data"], demo)
    assert result.returncode == 0
    assert re.fullmatch(r"index rebuild: 3 articles in \d+\.\d s \([\d,.]+/s\)\n", result.stderr), (
        result.stderr
    )
    result = piped(["index", "rebuild", "--home", "demo-data", "-q"], demo)
    assert (result.returncode, result.stderr) == (0, "")
    code, out, terminal = on_pty(["index", "update", "--home", "demo-data", "-q"], demo)
    assert (code, terminal) == (0, "")


def test_import_and_reprocess(demo: Path) -> None:
    lines = "".join(
        f'{{"id": "p{i}", "title": "标题{i}", "body": "正文{i}。", "published_at": "2016-07-20"}}\n'
        for i in range(50)
    )
    (demo / "export.jsonl").write_text(lines, encoding="utf-8")
    code, out, terminal = on_pty(
        ["import", "export.jsonl", "--source", "progress", "--home", "demo-data"], demo
    )
    assert code == 0 and out.startswith("imported 50 articles")
    assert "import" in terminal and "50/50" in terminal and "lines/s" in terminal
    result = piped(["import", "export.jsonl", "--source", "progress", "--home", "demo-data"], demo)
    assert re.fullmatch(r"import: 50 lines in \d+\.\d s \([\d,.]+/s\)\n", result.stderr), result.stderr
    result = piped(["reprocess", "--home", "demo-data"], demo)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"reprocess: 3 captures in \d+\.\d s \([\d,.]+/s\)\n", result.stderr), result.stderr
    code, out, terminal = on_pty(["reprocess", "--home", "demo-data"], demo)
    assert code == 0 and "reprocess" in terminal and "3 captures" in terminal


def test_crawl_on_a_terminal_and_not(sample_site_url: str, tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1/32"]\n'
        '[[source]]\nid = "sample"\nkind = "epaper"\n'
        f'templates = [{{ url = "{sample_site_url}{TEMPLATE_PATH}" }}]\n'
        "[source.politeness]\nautothrottle = false\n",
        encoding="utf-8",
    )
    argv = ["crawl", "sample", "--home", "home", "--since", "2016-07-19", "--until", SAMPLE_DATES[-1]]
    code, out, terminal = on_pty(argv, tmp_path)
    assert code == 0 and out.startswith("crawl of sample: finished")
    # Dates done of the range (an ETA), pages, new articles.
    assert "crawl sample" in terminal and "3/3" in terminal and "dates/s" in terminal
    assert "new=3" in terminal and "pages=" in terminal
    # Not a terminal: the summary on stdout is the one line, stderr stays empty.
    result = piped(argv, tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert len(result.stdout.splitlines()) == 1
    code, out, terminal = on_pty([*argv, "-q"], tmp_path)
    assert (code, terminal) == (0, "")

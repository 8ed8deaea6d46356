"""The command line: help texts, usage errors, exit codes, the demo, the installed entry point."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.commands import COMMAND_MODULES
from search_cli.main import build_parser, main


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def test_every_listed_module_registers_a_subcommand() -> None:
    names = _subcommands()
    assert len(names) >= len(COMMAND_MODULES)
    for expected in ("demo", "crawl", "index", "search", "show", "sources", "normalize", "extract"):
        assert expected in names


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_each_module_defines_the_subcommand_it_is_named_after(module: str) -> None:
    # main() loads only the module named by the first word: the names must agree.
    parser = build_parser(module)
    action = next(a for a in parser._actions if a.dest == "command")
    assert list(action.choices) == [module.rstrip("_")]  # type: ignore[arg-type]


def test_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "usage: newsarchive" in out
    for name in ("demo", "crawl", "search"):
        assert name in out


@pytest.mark.parametrize("name", _subcommands())
def test_every_subcommand_explains_itself(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([name, "--help"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert f"usage: newsarchive {name}" in out
    assert "--json" in out  # the shared options are there
    assert len(out.splitlines()) >= 5


def test_bad_subcommand_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == exitcodes.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "frobnicate" in err


def test_bad_option_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "x", "--no-such-option"]) == exitcodes.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--no-such-option" in err


@pytest.mark.parametrize("command", [["crawl", "cswb"], ["worker"]])
def test_a_queue_that_is_not_redis_is_a_one_line_usage_error(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*command, "--queue", "http://127.0.0.1:6379/0", "--home", str(tmp_path)]
    assert main(argv) == exitcodes.USAGE
    err = capsys.readouterr().err
    assert err == "error: --queue: not a Redis URL (redis://HOST:PORT/N): 'http://127.0.0.1:6379/0'\n"


def test_no_command_prints_help_and_exits_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == exitcodes.USAGE
    assert "usage: newsarchive" in capsys.readouterr().err


def test_library_error_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "sources.toml"
    registry.write_text('[[source]]\nid = "p"\nkind = "weekly"\n', encoding="utf-8")
    assert main(["crawl", "p", "--sources", str(registry)]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err == "error: source 'p': kind: must be one of epaper, sitemap, feed, listing, not 'weekly'\n"


@pytest.mark.parametrize(
    "command",
    [["search", "x"], ["show", "1"], ["runs"], ["index", "check"], ["db", "check"], ["similar", "1"]],
)
def test_a_home_that_is_a_file_is_one_line_naming_it(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each command failed on its own first use of it: "[Errno 17] File exists: '.../home'".
    home = tmp_path / "home"
    home.write_text("not a directory\n", encoding="utf-8")
    assert main(["--home", str(home), *command]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err == f"error: the data directory {home} (--home) is a file, not a directory\n"


@pytest.mark.slow
def test_demo_runs_end_to_end_and_twice_gives_the_same_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "demo")
    assert main(["demo", "--home", home]) == exitcodes.OK
    first = capsys.readouterr().out
    assert "articles new 3" in first
    # The 洮北区 article comes first for 脱贫攻坚, with the query highlighted.
    block = first.split("search 脱贫攻坚:")[1].split("search ")[0]
    first_hit = block.strip().splitlines()[1]
    assert first_hit.strip().startswith("1. 洮北区以“工匠精神”为标杆")
    assert "«脱贫攻坚»" in block
    # Page (版面), reporters and the id for `show`, laid out as `search` prints them (the demo's own
    # layout put the date first and left the id out): what a citation needs.
    title = "1. 洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作"
    assert re.fullmatch(
        re.escape(f"{title}  [城市晚报（示例） 2016-07-20 · page 01 要闻 · 孙红、张连鹏]  #") + r"\d+",
        first_hit,
    )
    assert "\n   http://sample-epaper.newsarchive.test/html/2016-07/20/content_1001.htm\n" in block
    # Counted in the words search uses ("1 article", "2 articles"), not "result(s)".
    assert "result(s)" not in first and "search 鹤鸣湖: 1 article\n" in first
    assert "demo OK" in first
    assert f"indexed 3 articles into {Path(home) / 'index'}\n" in first  # not "3 article(s)"

    assert main(["demo", "--home", home, "--json"]) == exitcodes.OK
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["crawl"]["counters"]["articles/unchanged"] == 3
    assert report["crawl"]["counters"].get("articles/new", 0) == 0
    assert report["indexed"] == 3


@pytest.mark.slow
def test_installed_entry_point_smoke(tmp_path: Path) -> None:
    exe = shutil.which("newsarchive", path=str(Path(sys.executable).parent)) or shutil.which("newsarchive")
    assert exe, "the newsarchive console script is installed with the project"
    env = {**os.environ, "NEWSARCHIVE_HOME": str(tmp_path)}
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and "usage: newsarchive" in result.stdout
    result = subprocess.run([exe, "nope"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and result.stderr.startswith("error: ")


@pytest.mark.slow
def test_scrapy_list_works_from_the_repository_root() -> None:
    root = Path(__file__).resolve().parent.parent
    scrapy = shutil.which("scrapy", path=str(Path(sys.executable).parent))
    assert scrapy
    result = subprocess.run([scrapy, "list"], capture_output=True, text=True, cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "epaper" in result.stdout.split()


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["show", "99999999999999999999999"], "argument id"),
        (["similar", "99999999999999999999999"], "argument id"),
        (["runs", "--limit", "99999999999999999999999"], "argument --limit"),
        (["reprocess", "--run", "99999999999999999999999"], "argument --run"),
    ],
)
def test_a_number_too_large_for_the_database_is_a_usage_error(
    command: list[str], option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite's driver raised OverflowError: "unexpected OverflowError ... report it".
    assert main(["--home", str(tmp_path), *command]) == exitcodes.USAGE
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {option}: must be at most 9223372036854775807, not 9999")


def test_an_unwritable_log_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The handler was opened before the command's error handling: a traceback.
    assert main(["--home", str(tmp_path), "--log-file", str(tmp_path), "runs"]) == exitcodes.ERROR
    assert capsys.readouterr().err == f"error: cannot write the log file {tmp_path}: Is a directory\n"


def test_top_level_help_names_what_db_does(capsys: pytest.CaptureFixture[str]) -> None:
    """The overview read "db  migrate the archive database, show its schema revision": no word of
    ``db check`` (the integrity check) or ``db copy`` (backups, the move to PostgreSQL)."""
    assert main(["--help"]) == exitcodes.OK
    out = capsys.readouterr().out
    line = " ".join(out[out.index("\n    db ") :].split("\n    reprocess")[0].split())
    assert "check" in line and "copy" in line and "migrate" in line, line


@pytest.mark.parametrize(
    "argv", [["crawl"], ["report"], ["sources", "show"], ["runs", "p", "--source", "q"]], ids=" ".join
)
def test_a_missing_or_doubled_source_id_is_a_usage_error(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It exited 1, as a failure does, while a missing query (search) or id (show) exits 2."""
    registry = tmp_path / "sources.toml"
    registry.write_text(
        '[[source]]\nid = "p"\nkind = "epaper"\ntemplates = [{ url = "http://p.example/{date}.htm" }]\n',
        encoding="utf-8",
    )
    assert main([*argv, "--sources", str(registry), "--home", str(tmp_path)]) == exitcodes.USAGE
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(("error: give a source id (", "error: two different sources given: "))

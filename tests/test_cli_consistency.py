"""One CLI: global options on both sides, one source spelling and one unknown-source line, one output
format at a time, ``-`` for stdin, quiet broken pipes, ``--version`` and ``python -m newsarchive``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import REPO

from search_cli import exitcodes
from search_cli.main import command_word, main

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data directory filled by ``newsarchive demo`` (archive, index, registry)."""
    home = tmp_path_factory.mktemp("demo") / "demo-data"
    assert main(["demo", "--home", str(home), "-q", "--json"]) == exitcodes.OK
    yield home


def test_command_word_skips_global_options_and_their_values() -> None:
    assert command_word(["--home", "x", "--json", "index", "update"]) == "index"
    assert command_word(["--home=x", "-q", "search", "q"]) == "search"
    assert command_word(["--sources", "s.toml", "--db-url", "sqlite://", "sources", "list"]) == "sources"
    assert command_word(["--version"]) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["--home", "{home}", "--json", "sources", "list"],
        ["sources", "list", "--home", "{home}", "--json"],
        ["sources", "--json", "--home", "{home}", "list"],
        ["--json", "sources", "--home", "{home}", "list"],
    ],
)
def test_global_options_before_or_after_the_command(
    argv: list[str], demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main([a.replace("{home}", str(demo_home)) for a in argv]) == exitcodes.OK
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == ["sample-cswb"]


def test_home_before_a_nested_command(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--home", str(demo_home), "index", "update", "--json"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["added"] == 0
    assert main(["--json", "--home", str(demo_home), "runs"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)[0]["source"] == "sample-cswb"


def test_the_demo_registry_is_found_in_the_data_directory(
    demo_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./sources.toml here
    monkeypatch.delenv("NEWSARCHIVE_SOURCES", raising=False)
    capsys.readouterr()
    assert main(["sources", "check", "--home", str(demo_home)]) == exitcodes.OK
    assert capsys.readouterr().out.startswith(f"{demo_home / 'sources.toml'}: 1 source, all valid\n")
    # ./sources.toml, when it exists, comes first.
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nid = "mine"\nkind = "epaper"\ntemplates = [{ url = "http://x.cn/{date:%Y}" }]\n'
    )
    assert main(["sources", "list", "--home", str(demo_home)]) == exitcodes.OK
    assert capsys.readouterr().out.startswith("mine\t")


@pytest.mark.slow
def test_the_demo_prints_three_next_commands_with_its_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--home", "my-demo", "-q"]) == exitcodes.OK
    out = capsys.readouterr().out
    nexts = [line.strip() for line in out.split("next (")[1].splitlines()[1:] if line.strip()]
    assert nexts == [
        "newsarchive --home my-demo search 鹤鸣湖",
        "newsarchive --home my-demo report sample-cswb --since 2016-07-20 --until 2016-07-21",
        "newsarchive --home my-demo serve",
    ]
    assert (tmp_path / "my-demo" / "sources.toml").read_text().startswith("# Written by `newsarchive demo`")
    # A registry someone else wrote in the data directory is left alone.
    (tmp_path / "my-demo" / "sources.toml").write_text("# mine\n")
    assert main(["demo", "--home", "my-demo", "-q"]) == exitcodes.OK
    assert (tmp_path / "my-demo" / "sources.toml").read_text() == "# mine\n"
    assert "(kept " in capsys.readouterr().out


def test_a_source_is_named_the_same_way_everywhere(
    demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(demo_home)]
    capsys.readouterr()
    assert main(["runs", "sample-cswb", "--json", *home]) == exitcodes.OK
    positional = json.loads(capsys.readouterr().out)
    assert main(["runs", "--source", "sample-cswb", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out) == positional
    assert main(["sources", "show", "--source", "sample-cswb", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["id"] == "sample-cswb"
    assert (
        main(["report", "--source", "sample-cswb", "--since", "2016-07-20", "--until", "2016-07-21", *home])
        == 0
    )
    capsys.readouterr()
    assert main(["runs", "sample-cswb", "--source", "other", *home]) == exitcodes.USAGE  # a bad command line
    assert (
        capsys.readouterr().err == "error: two different sources given: 'sample-cswb' and --source 'other'\n"
    )


@pytest.mark.parametrize("command", [["db", "check"], ["index", "update"], ["schedule", "list"]])
def test_source_on_a_command_without_it_is_a_usage_error_not_the_registry(
    command: list[str], demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse took ``--source ID`` for an abbreviation of the global ``--sources FILE``: ``db check
    --source X`` checked the whole store and said "store is sound", ``schedule list --source X`` said
    "no source registry at X". An option is spelled whole, or it is a bad command line."""
    capsys.readouterr()
    assert main([*command, "--source", "sample-cswb", "--home", str(demo_home)]) == exitcodes.USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: unrecognized arguments: --source sample-cswb")
    assert len(captured.err.splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["crawl", "nope"],
        ["report", "nope"],
        ["runs", "nope"],
        ["runs", "--source", "nope"],
        ["reprocess", "nope"],
        ["search", "脱贫", "--source", "nope"],
        ["sources", "show", "nope"],
    ],
)
def test_an_unknown_source_is_the_same_line_everywhere(
    argv: list[str], demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main([*argv, "--home", str(demo_home)]) == exitcodes.ERROR
    assert capsys.readouterr().err == "error: unknown source 'nope' (known: sample-cswb)\n"


@pytest.mark.parametrize("command", [["search", "脱贫"], ["crawl", "sample-cswb"], ["report", "sample-cswb"]])
@pytest.mark.parametrize(
    ("dates", "err"),
    [
        (["--since", "2016-02-30"], "argument --since: not a date: '2016-02-30' (use "),
        (["--until", "2016-13"], "argument --until: not a date: '2016-13' (use "),
        (
            ["--since", "2016-07-21", "--until", "2016-07-20"],
            "--since 2016-07-21 is after --until 2016-07-20",
        ),
    ],
)
def test_a_bad_date_range_is_the_same_usage_error_everywhere(
    command: list[str], dates: list[str], err: str, demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date that does not exist, or a range with no day in it, is a bad command line (exit 2) in
    every command: search answered an empty range "no article contains 脱贫", crawl and report exit 1."""
    capsys.readouterr()
    assert main([*command, *dates, "--home", str(demo_home)]) == exitcodes.USAGE
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {err}")


@pytest.mark.parametrize(
    ("command", "forms"),
    [
        (["search", "脱贫"], "(use a day, month or year: 2016-07-20, 2016年7月20日, 2016-07, 2016)"),
        (["report", "sample-cswb"], "(use a day, month or year: 2016-07-20, 2016年7月20日, 2016-07, 2016)"),
        (["crawl", "sample-cswb"], "(use a day: 2016-07-20 or 2016年7月20日)"),
    ],
)
def test_a_bad_date_names_the_forms_the_command_takes(
    command: list[str], forms: str, demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The error said "use YYYY-MM-DD" where 2016年7月20日, 2016-07 and 2016 are taken too: a journalist
    who typed 2016年2月30日 read that the Chinese form was refused, and retyped a good one as ISO."""
    capsys.readouterr()
    assert main([*command, "--since", "2016-02-30", "--home", str(demo_home)]) == exitcodes.USAGE
    assert f"not a date: '2016-02-30' {forms} (see: newsarchive" in capsys.readouterr().err


def test_a_query_of_spaces_is_no_query(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``search ''`` was a usage error (exit 2) and ``search '  '`` an "error: empty query" (exit 1), and
    with ``--author`` the spaces were searched instead of the author's articles listed."""
    capsys.readouterr()
    assert main(["search", "--home", str(demo_home), "--", "   "]) == exitcodes.USAGE
    assert capsys.readouterr().err.startswith("error: give a query (or --author NAME)")
    assert main(["search", " ", "--author", "张风", "--home", str(demo_home)]) == exitcodes.OK
    assert "白城师范学院音乐学院举办三下乡活动" in capsys.readouterr().out


@pytest.mark.parametrize("option", ["--limit", "--page"])
def test_a_count_below_one_is_a_usage_error(
    option: str, demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "脱贫", option, "0", "--home", str(demo_home)]) == exitcodes.USAGE
    assert capsys.readouterr().err.startswith(f"error: argument {option}: must be 1 or more, not 0")


def test_a_limit_above_the_cap_is_a_usage_error(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from indexer.search import MAX_LIMIT

    capsys.readouterr()
    too_many = str(MAX_LIMIT + 1)
    assert main(["search", "脱贫", "--limit", too_many, "--home", str(demo_home)]) == exitcodes.USAGE
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"error: argument --limit: must be at most {MAX_LIMIT}, not {too_many}"]


def test_output_formats_exclude_each_other(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "脱贫", "--json", "--csv", "--home", str(demo_home)]) == exitcodes.USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: --json and --csv exclude each other") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["sources", "list", "--sources", "-"], "--sources -"),
        (["--sources", "-", "crawl", "cswb"], "--sources -"),
        (["sources", "add", "http://paper.example/", "--registry", "-"], "--registry -"),
        (["sources", "check"], "NEWSARCHIVE_SOURCES=-"),
    ],
)
def test_a_registry_on_stdin_is_a_one_line_usage_error(
    argv: list[str], named: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/cli.md: ``-`` reads stdin where a command reads a file it is given; the registry is not one."""
    monkeypatch.setenv("NEWSARCHIVE_SOURCES", "-")
    stdin = io.StringIO("[[source]]\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(argv) == exitcodes.USAGE
    assert capsys.readouterr().err == (
        f"error: {named}: the source registry must be a file, not stdin: give its path\n"
    )
    assert stdin.tell() == 0  # nothing was read


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSARCHIVE_")}
    return subprocess.run(args, capture_output=True, text=True, timeout=120, env=env, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.mark.slow
def test_broken_pipe_ends_quietly(demo_home: Path) -> None:
    # The issue's own pipe: whatever head reads, no error line.
    shell = f"{BIN / 'newsarchive'} search 鹤鸣湖 --json --home {demo_home} | head -c 10"
    result = _run(["bash", "-c", f"set -o pipefail; {shell}"])
    assert (result.returncode, result.stderr) == (0, "")
    assert len(result.stdout) == 10
    # A reader that is gone before the first byte: the write fails every time.
    proc = subprocess.Popen(
        [str(BIN / "newsarchive"), "search", "鹤鸣湖", "--jsonl", "--home", str(demo_home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert (proc.wait(60), err) == (0, b"")


def test_version_and_python_m_newsarchive() -> None:
    result = _run([str(BIN / "newsarchive"), "--version"])
    assert result.returncode == 0 and result.stdout.startswith("newsarchive ")
    assert result.stdout.split()[1][0].isdigit()
    result = _run([sys.executable, "-m", "newsarchive", "--help"], cwd=REPO.parent)
    assert result.returncode == 0 and result.stdout.startswith("usage: newsarchive")
    assert "exit codes:" in result.stdout and "130  interrupted" in result.stdout


def test_dash_reads_stdin(tmp_path: Path) -> None:
    page = (
        REPO / "crawler" / "sample_site" / "site" / "html" / "2016-07" / "20" / "content_1001.htm"
    ).read_bytes()
    raw = subprocess.run(
        [str(BIN / "newsarchive"), "extract", "-", "--json"], input=page, capture_output=True, timeout=120
    )
    assert raw.returncode == 0, raw.stderr
    assert "洮北区" in json.loads(raw.stdout)["title"]
    result = _run([str(BIN / "newsarchive"), "normalize", "-"], input="本报讯 今天天气很好。\n")
    assert result.returncode in (exitcodes.OK, exitcodes.NO_RESULTS) and "cannot read" not in result.stderr


def test_shell_completion_offers_commands_and_options() -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSARCHIVE_")},
        "_ARGCOMPLETE": "1",
        "_ARGCOMPLETE_IFS": "\n",
        "COMP_LINE": "newsarchive sea",
        "COMP_POINT": str(len("newsarchive sea")),
        "_ARGCOMPLETE_STDOUT_FILENAME": "/dev/stdout",
    }
    result = subprocess.run(
        [str(BIN / "newsarchive")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "search" in result.stdout.split()
    env["COMP_LINE"] = env["COMP_LINE"] = "newsarchive crawl --que"
    env["COMP_POINT"] = str(len(env["COMP_LINE"]))
    result = subprocess.run(
        [str(BIN / "newsarchive")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "--queue" in result.stdout.split() and "--queue-prefix" in result.stdout.split()


def test_runs_say_their_times_are_utc(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``show --versions`` and the web give the paper's local time: an unlabelled UTC read 8 hours off."""
    from datetime import UTC, datetime

    capsys.readouterr()
    assert main(["runs", "sample-cswb", "--json", "--home", str(demo_home)]) == exitcodes.OK
    started = datetime.fromisoformat(json.loads(capsys.readouterr().out)[-1]["started_at"]).astimezone(UTC)
    assert main(["runs", "sample-cswb", "--home", str(demo_home)]) == exitcodes.OK
    line = capsys.readouterr().out.splitlines()[-1]
    assert f"\t{started:%Y-%m-%d %H:%M:%S} .. " in line and " UTC\t" in line
    # An archive without runs says so; a home holding no archive at all is an error (a mistyped --home).
    assert main(["db", "upgrade", "--home", str(tmp_path / "empty")]) == exitcodes.OK
    capsys.readouterr()
    assert main(["runs", "--home", str(tmp_path / "empty")]) == exitcodes.NO_RESULTS
    assert capsys.readouterr() == ("", "no crawl runs\n")
    assert main(["runs", "--home", str(tmp_path / "typo")]) == exitcodes.ERROR


def test_a_query_starting_with_a_dash_is_told_where_it_goes(capsys: pytest.CaptureFixture[str]) -> None:
    """README: a query of exclusions alone (-5度) is text; on the command line argparse took it for an
    option and said only 'unrecognized arguments'."""
    assert main(["search", "-5度"]) == exitcodes.USAGE
    assert capsys.readouterr().err == (
        "error: unrecognized arguments: -5度 (a query that starts with '-' goes after '--': "
        "newsarchive search -- -5度)\n"
    )
    assert main(["search", "脱贫", "--bogus"]) == exitcodes.USAGE  # a mistyped option keeps the usual hint
    assert capsys.readouterr().err == "error: unrecognized arguments: --bogus (see: newsarchive --help)\n"


def test_a_broken_pipe_that_is_not_stdout_is_an_error_not_a_quiet_success(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a reader that went away from stdout ends quietly with 0; a socket's EPIPE is an error (exit 1)."""
    import search_cli.commands.runs as runs_command
    from search_cli import main as cli_main

    def broken(args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(runs_command, "run", broken)
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as stdout, os.fdopen(read_end, "r"):
        monkeypatch.setattr(sys, "stdout", stdout)
        assert not cli_main._stdout_closed()
        assert cli_main.main(["runs"]) == exitcodes.ERROR
    assert capsys.readouterr().err == "error: [Errno 32] Broken pipe\n"


def test_stdout_whose_reader_went_away_reads_as_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from search_cli import main as cli_main

    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        assert cli_main._stdout_closed()


@pytest.mark.parametrize("command", ["db", "index", "schedule", "sources"])
def test_a_missing_action_is_named_alike_by_every_command(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`index` and `sources` said "required: ACTION", `db` and `schedule` "required: action"."""
    assert main([command]) == exitcodes.USAGE
    assert capsys.readouterr().err.startswith("error: the following arguments are required: ACTION (")

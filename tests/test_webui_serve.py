"""``newsarchive serve``: arguments, exit codes, and one real server in a subprocess."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from webui_support import WebArchive, build_web_archive

from search_cli import exitcodes
from search_cli.main import build_parser, main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

REPO = Path(__file__).resolve().parent.parent
CLI = "from search_cli.main import entry; entry()"  # as the console script runs it


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("serve"))


def test_binds_loopback_port_8080_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8080)


def test_serves_until_interrupted_and_prints_its_url_first(archive: WebArchive) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--home", str(archive.home), "--port", "0", "--json", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())
        assert first["url"].startswith("http://127.0.0.1:") and first["home"] == str(archive.home)
        with urllib.request.urlopen(
            first["url"] + "?q=%E8%84%B1%E8%B4%AB%E6%94%BB%E5%9D%9A", timeout=10
        ) as resp:
            assert resp.status == 200
            assert "default-src 'none'" in resp.headers["content-security-policy"]
            assert resp.headers.get("server") is None
            # 7 articles, the reprint pair as one story
            assert '<strong id="total">6</strong>' in resp.read().decode("utf-8")
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    # uvicorn shuts down gracefully, then Ctrl-C ends the command as everywhere in the CLI.
    assert proc.returncode == exitcodes.INTERRUPTED, err
    assert err == "interrupted\n"


def test_missing_archive_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--home", str(tmp_path / "none"), "--port", "0"]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err.startswith("error: no archive at ") and err.count("\n") == 1


def test_busy_port_is_one_error_line(archive: WebArchive, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--home", str(archive.home), "--port", str(port)]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot listen on 127.0.0.1:{port}: ") and "[Errno" not in err, err
    assert err.count("\n") == 1


def test_port_out_of_range_is_a_usage_error(archive: WebArchive, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--home", str(archive.home), "--port", "70000"]) == exitcodes.USAGE
    assert "--port must be between 0 and 65535" in capsys.readouterr().err


def test_sigint_exits_130_even_when_uvicorn_raises_nothing_after_its_shutdown(
    archive: WebArchive, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """uvicorn's own re-raise of the SIGINT may come to nothing (SIGINT ignored at start): 130 all the same.

    The server here "runs" by receiving one SIGINT through uvicorn's handler and returning,
    which is what uvicorn does when the handler it restores before re-raising ignores SIGINT.
    """
    import webui.server

    made: list[webui.server.Server] = []

    def quiet_stop(self: webui.server.Server, sockets: object = None) -> None:
        self.handle_exit(signal.SIGINT, None)
        assert self.should_exit  # uvicorn's own handling still runs
        made.append(self)

    monkeypatch.setattr(webui.server.Server, "run", quiet_stop)
    code = main(["serve", "--home", str(archive.home), "--port", "0", "--quiet"])
    assert made and made[0].stopped_by == signal.SIGINT
    assert code == exitcodes.INTERRUPTED
    assert capsys.readouterr().err == "interrupted\n"


def test_a_server_stopped_by_its_caller_exits_0(
    archive: WebArchive, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No signal, no interruption: a server whose run simply returns ends the command with 0."""
    import webui.server

    monkeypatch.setattr(webui.server.Server, "run", lambda self, sockets=None: None)
    assert main(["serve", "--home", str(archive.home), "--port", "0", "--quiet"]) == exitcodes.OK
    assert capsys.readouterr().err == ""


def test_sigterm_stops_serve_with_130_as_every_command_but_the_scheduler(archive: WebArchive) -> None:
    """README's exit codes: 130 for SIGTERM too; only `schedule run` (exitcodes.SERVICES) exits 0."""
    assert "serve" not in exitcodes.SERVICES
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--home", str(archive.home), "--port", "0", "--json", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    json.loads(proc.stdout.readline())  # listening
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)  # a bound, not a budget: a loaded machine ends slowly
    assert (proc.returncode, err) == (exitcodes.INTERRUPTED, "interrupted\n")

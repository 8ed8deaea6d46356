"""SIGTERM ends every command as Ctrl-C does: exit status 130 and one line, never a death by signal.

README's exit-code table promises 130 for "interrupted (Ctrl-C, SIGTERM)";
before, only a crawl took SIGTERM, and an ``index rebuild`` or ``import``
stopped by ``kill`` died with 143 and left its work half-done.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from search_cli import exitcodes
from search_cli.main import _take_sigterm

REPO = Path(__file__).resolve().parents[1]


def _reading_stdin(pid: int) -> bool:
    """Tell from /proc whether ``pid`` is blocked in read(2) on its stdin (syscall 0, fd 0, x86-64)."""
    try:
        return Path(f"/proc/{pid}/syscall").read_text().split()[:2] == ["0", "0x0"]
    except (OSError, IndexError):
        return False


def test_sigterm_stops_a_command_with_130_and_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    home = str(tmp_path / "data")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "--home", home, "import", "-", "--source", "x"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    try:
        while not _reading_stdin(proc.pid):  # import has started its work: it waits on stdin, still open
            assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == exitcodes.INTERRUPTED, err
    assert err.decode().strip().splitlines()[-1] == "interrupted"


def test_a_forked_helper_still_dies_of_sigterm() -> None:
    """Pool workers inherit the handler; terminate() must still kill them, not raise in them."""
    previous = _take_sigterm()
    try:
        assert previous is signal.SIG_DFL
        pid = os.fork()
        if pid == 0:  # the child: as a pool worker told to stop
            try:
                os.kill(os.getpid(), signal.SIGTERM)
            finally:
                os._exit(0)  # reached only if the signal did not kill us
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, previous)

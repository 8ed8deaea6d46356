"""SIGTERM ends every command as Ctrl-C does: exit status 130 and one line, never a death by signal.

README's exit-code table promises 130 for "interrupted (Ctrl-C, SIGTERM)";
before, only a crawl took SIGTERM, and an ``index rebuild`` or ``import``
stopped by ``kill`` died with 143 and left its work half-done.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from search_cli import exitcodes
from search_cli.main import _SigtermAsInterrupt, _take_sigterm

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
    # One line, Ctrl-C's: an import says nothing of the file was kept (it is one transaction).
    assert err.decode().strip().splitlines() == [
        "interrupted: nothing imported from stdin (a file is imported whole): run the import again"
    ]


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


def _child_sigterm_is_default(queue: Any) -> None:
    queue.put(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)


def test_forked_children_start_with_the_default_sigterm() -> None:
    """A pool worker signalled while it still starts must die: the kernel's default, not a Python handler.

    With the handler inherited, ``Pool.terminate()`` could signal a worker still in
    CPython's fork bootstrap, which drops the signal; the worker then waited forever
    on the queue lock terminate holds (an ``index rebuild`` hung at its end).
    """
    previous = _take_sigterm()
    try:
        ctx = multiprocessing.get_context("fork")
        queue = ctx.SimpleQueue()
        child = ctx.Process(target=_child_sigterm_is_default, args=(queue,))
        child.start()
        assert queue.get() is True
        child.join()
        assert isinstance(signal.getsignal(signal.SIGTERM), _SigtermAsInterrupt)  # the parent keeps it
        with ctx.Pool(2) as pool:  # __exit__ terminates workers that may still be starting
            pass
        pool.join()
    finally:
        signal.signal(signal.SIGTERM, previous)

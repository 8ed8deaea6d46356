"""A Ctrl-C that Python would drop is not lost: counted while a command loads, honoured once it runs.

CI caught it: a SIGINT 0.3 s into ``newsarchive crawl`` landed in an import's
module-lock weakref callback, Python printed "Exception ignored in ..." and
dropped the KeyboardInterrupt, and the whole crawl ran on and exited 0.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.childsignals import StopRequests
from search_cli import exitcodes
from search_cli.interrupts import InterruptLatch

REPO = Path(__file__).resolve().parents[1]


class _Thing:
    pass


def _sigint_inside_a_weakref_callback() -> None:
    """Deliver SIGINT while Python runs a weakref callback, where a raised exception is dropped."""
    thing = _Thing()
    ref = weakref.ref(thing, lambda _ref: signal.raise_signal(signal.SIGINT))
    del thing  # the callback runs here, and the handler inside it
    assert ref() is None


@pytest.fixture
def latch() -> Iterator[InterruptLatch]:
    """The command line's latch, installed in this (main) thread for the test and removed after."""
    latch = InterruptLatch()
    assert latch.install()
    try:
        yield latch
    finally:
        latch.restore()
        # StopRequests leaves SIGINT ignored after a stop: the next test starts from the default
        signal.signal(signal.SIGINT, signal.default_int_handler)


def test_before_it_is_armed_a_stop_is_counted_and_raised_at_arm(latch: InterruptLatch) -> None:
    signal.raise_signal(signal.SIGINT)  # nothing raised while the command loads
    assert latch.stops == 1
    with pytest.raises(KeyboardInterrupt):
        latch.arm()


def test_once_armed_a_stop_raises_at_once(latch: InterruptLatch) -> None:
    latch.arm()
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert latch.stops == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the drop itself
def test_a_stop_python_dropped_is_handed_to_the_crawl_stop_handler(latch: InterruptLatch) -> None:
    """The crawl's parent takes SIGINT over from the latch; a stop dropped before that is counted."""
    latch.arm()
    _sigint_inside_a_weakref_callback()  # raised in the callback, printed, dropped by Python
    assert latch.stops == 1
    stops = StopRequests()
    try:
        assert stops.install()
        assert stops.count == 1  # forwarded to the crawl child as soon as it exists (or none started)
        assert latch.stops == 0  # taken over: the command says "interrupted" once, not twice
    finally:
        stops.close()
    latch.arm()  # nothing left for the command line to raise


def test_the_stop_handler_starts_at_zero_without_a_dropped_stop(latch: InterruptLatch) -> None:
    latch.arm()
    stops = StopRequests()
    try:
        assert stops.install()
        assert stops.count == 0
    finally:
        stops.close()


def test_a_ctrl_c_dropped_while_the_command_loads_ends_it_with_130(tmp_path: Path) -> None:
    """End to end: the SIGINT arrives inside a weakref callback while the parser is built."""
    script = (
        "import signal, sys, weakref\n"
        "from search_cli import main as m\n"
        "real = m.build_parser\n"
        "class Thing: pass\n"
        "def build(only=None):\n"
        "    parser = real(only)\n"
        "    thing = Thing()\n"
        "    ref = weakref.ref(thing, lambda _r: signal.raise_signal(signal.SIGINT))\n"
        "    del thing\n"
        "    return parser\n"
        "m.build_parser = build\n"
        "m.entry()\n"
    )
    home = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", script, "db", "upgrade", "--home", str(home)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == exitcodes.INTERRUPTED, result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == ["interrupted"]
    assert not home.exists()  # stopped before the command did anything


def _interrupted(_argv: object, _latch: object) -> int:
    raise KeyboardInterrupt  # a Ctrl-C while the command runs


def _stopped_crawl(_argv: object, _latch: object) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as StopRequests.close leaves it after a stop
    return exitcodes.INTERRUPTED


@pytest.mark.parametrize("run", [_interrupted, _stopped_crawl])
def test_main_gives_a_caller_in_the_same_process_its_sigint_back(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], run: object
) -> None:
    """``main`` called in-process (a test, a script) must not leave Ctrl-C ignored in its caller.

    CI caught it: one in-process ``serve`` stopped by KeyboardInterrupt left the test run's
    SIGINT ignored, every CLI the later tests started inherited it, and the Ctrl-C tests of
    ``test_signals.py`` saw crawls run to the end and exit 0.
    """
    from search_cli import main as cli

    monkeypatch.setattr(cli, "_run", run)
    handler = signal.getsignal(signal.SIGINT)
    assert handler is signal.default_int_handler  # conftest's start, as from a terminal
    assert cli.main(["runs"]) == exitcodes.INTERRUPTED
    assert signal.getsignal(signal.SIGINT) is handler
    capsys.readouterr()


def _callers_own_handler(_signum: int, _frame: object) -> None:
    """A handler of the caller's own (a script's), which the latch does not take over."""


@pytest.mark.parametrize("run", [_interrupted, _stopped_crawl])
def test_main_gives_a_caller_its_own_sigint_handler_back_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], run: object
) -> None:
    """Not only Python's default: the latch leaves a caller's own handler in place, and a stopped
    command still sets SIGINT ignored, so ``main`` must give back what the caller had, exactly."""
    from search_cli import main as cli

    monkeypatch.setattr(cli, "_run", run)
    signal.signal(signal.SIGINT, _callers_own_handler)
    try:
        assert cli.main(["runs"]) == exitcodes.INTERRUPTED
        assert signal.getsignal(signal.SIGINT) is _callers_own_handler
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    capsys.readouterr()


@pytest.mark.parametrize("run", [_interrupted, _stopped_crawl])
def test_the_console_entry_keeps_a_stopped_commands_sigint_ignored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], run: object
) -> None:
    """``entry`` is about to exit 130: a late second Ctrl-C between here and exit is ignored."""
    from search_cli import main as cli

    monkeypatch.setattr(cli, "_run", run)
    try:
        assert cli._main(["runs"], give_back_sigint=False) == exitcodes.INTERRUPTED
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    capsys.readouterr()


def test_the_console_entry_gives_sigint_back_after_a_command_that_was_not_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from search_cli import main as cli

    monkeypatch.setattr(cli, "_run", lambda _argv, _latch: exitcodes.OK)
    assert cli._main(["runs"], give_back_sigint=False) == exitcodes.OK
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

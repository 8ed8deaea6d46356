"""A Ctrl-C that lands while SQLAlchemy closes a connection is one stop, not a logged traceback.

SQLAlchemy's pool logs whatever a connection's close raises, with its traceback, then
re-raises a non-Exception (KeyboardInterrupt). The command line handles the re-raised stop
("interrupted", exit 130); the pool's log record printed a traceback beside it (a CI run of
test_signals caught one when the Ctrl-C came as the crawl's start-up closed its store).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from archive.engine import create_store_engine


def _engine_with_failing_close(tmp_path: Path, raised: BaseException) -> Any:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'a.db'}")
    with engine.connect():
        pass  # one connection now waits in the pool

    def fail(_connection: object) -> None:
        raise raised

    engine.dialect.do_close = fail  # type: ignore[method-assign]
    return engine


def test_a_stop_while_a_connection_closes_is_raised_without_a_logged_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = _engine_with_failing_close(tmp_path, KeyboardInterrupt())
    with caplog.at_level(logging.DEBUG), pytest.raises(KeyboardInterrupt):
        engine.dispose()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_a_real_error_while_a_connection_closes_is_still_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = _engine_with_failing_close(tmp_path, OSError("disk gone"))
    with caplog.at_level(logging.DEBUG):
        engine.dispose()  # SQLAlchemy logs and swallows an Exception from close
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info and isinstance(errors[0].exc_info[1], OSError)

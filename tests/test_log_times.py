"""Log lines say the zone of their time, as every other time shown to a person does (README).

The scheduler's log read "2026-12-07 17:23:32,216 newsarchive.schedule: ...", the crawl's warnings
"2026-12-07 16:18:38 [crawler.middlewares.robots] WARNING: ..." and --log-file the same: the machine's
local time without its zone, beside `runs` in UTC and the papers' times in their own offsets.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from archive.config import LOG_TIME_FORMAT, log_formatter

REPO = Path(__file__).resolve().parents[1]


def test_a_log_line_carries_its_offset() -> None:
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "robots.txt unavailable", None, None)
    line = log_formatter("[%(name)s] %(levelname)s: %(message)s").format(record)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} \[x\] WARNING: robots.txt unavailable$", line)


def test_scrapys_own_log_lines_use_the_same_time_format() -> None:
    from crawler import settings

    assert settings.LOG_DATEFORMAT == LOG_TIME_FORMAT


def test_no_log_format_with_a_time_is_built_elsewhere() -> None:
    """Each handler that prints a time takes log_formatter, so none is left without its zone."""
    offenders = []
    for folder in ("archive", "crawler", "indexer", "search_cli", "webui"):
        for path in sorted((REPO / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "%(asctime)s" in text and path != REPO / "archive" / "config.py":
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []

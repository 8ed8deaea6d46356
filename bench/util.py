"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import platform
import re
import statistics
import subprocess
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from crawler.sample_site.server import spawn

REPO = Path(__file__).resolve().parent.parent


def spread(values: Sequence[float], digits: int = 1) -> str:
    """Format min / median / max of repeated measurements."""
    return " / ".join(f"{v:.{digits}f}" for v in (min(values), statistics.median(values), max(values)))


def machine() -> str:
    """Describe the machine a benchmark ran on, load included (these machines are shared)."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · load average {load}"
    )


def start_server(args: Sequence[str]) -> tuple[subprocess.Popen[str], str]:
    """Start a server module that prints its base URL on its first stdout line."""
    return spawn(*args, cwd=REPO)


def day_of_match(match: re.Match[str] | None) -> date | None:
    """The day a (year, month, day) match names; none when it names no calendar day (2014-02-30, month 13),
    which a baseline's loose string may."""
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None

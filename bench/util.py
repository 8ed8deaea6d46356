"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Sequence
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

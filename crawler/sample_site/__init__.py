"""The bundled sample e-paper site and a small static server for it (loopback only)."""

from __future__ import annotations

from pathlib import Path

SITE_DIR = Path(__file__).resolve().parent / "site"
SAMPLE_DATES = ("2016-07-20", "2016-07-21")
TEMPLATE_PATH = "/html/{date:%Y-%m}/{date:%d}/node_1.htm"

"""A hostile local web site for robustness tests: loopback only, bounded in time and size.

``serve_hostile(root)`` starts :mod:`hostile.server` in a subprocess: it serves
a generated site (``tests/sitegen``) as static files and, beside it, pages that
misbehave on purpose (cut bodies, stalls, bombs, loops, traps). ``CASES`` names
every misbehaving URL and the counter a correct crawl files it under.
"""

from __future__ import annotations

from .cases import CASES, Case, hostile_index
from .control import HostileSite, serve_hostile

__all__ = ["CASES", "Case", "HostileSite", "hostile_index", "serve_hostile"]

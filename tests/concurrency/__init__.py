"""Concurrency harness: searchers, index writers, a crawl and store writers racing one archive.

Shared by ``tests/test_concurrency.py`` (small, under a minute) and
``bench/concurrency_bench.py`` (bigger, for ``make bench``), so the test and
the benchmark exercise the very same scenario at two sizes.
"""

from __future__ import annotations

"""Seeded mutations of the repository's pages: extraction refuses or extracts, never crashes or garbles.

200 cases of ``bench/extract_fuzz.py`` (cut short, flipped bytes, NULs, UTF-16,
lying charsets and BOMs, 1 MB of text, 10,000 levels of nesting, empty bodies,
images and PDFs served as HTML, text lost to U+FFFD). CPU time per page is the
benchmark's to report (``python -m bench.extract_fuzz``), never asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extract_fuzz import MUTATIONS, fuzz, load_pages

PAGES = load_pages(list((Path(__file__).parent / "data" / "pages").glob("*.html")))


@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_pages_are_refused_or_extracted_cleanly(seed: int) -> None:
    results = fuzz(PAGES, 100, seed, huge_size=1_000_000)
    failures = [
        f"{c.outcome} [{c.mutation} {c.page} {c.content_type}]"
        for c in results
        if c.outcome.startswith("FAIL")
    ]
    assert failures == []
    # Every kind of damage was tried, and damage that leaves the text readable kept its article.
    assert {c.mutation for c in results} == set(MUTATIONS)
    kept = {c.mutation for c in results if c.outcome == "article"}
    assert {"nuls", "utf16", "nested", "huge"} <= kept
    assert not {"binary", "empty", "all_fffd"} & kept

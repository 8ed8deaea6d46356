"""Extraction checks on the shared Chinese corpora (../shared/data), ours vs plain trafilatura.

Skipped with a reason when the corpora are absent, except under CI=true,
where their absence is a failure. Uses bench/extract_eval.py so that the test
and the published figures cannot drift apart.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from support import SHARED_DATA, require

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

REPO = Path(__file__).resolve().parent.parent

# Snippets of the reference outputs that we deliberately do not extract.
KNOWN_MISSES = {
    # Readability keeps qq.com's source/time info line; trafilatura-eval's
    # xinhuanet page lists the same kind of line ("关注新华网", "半月谈") as
    # boilerplate, so it stays out of the body (source and date are fields).
    ("readability-zh-testpages", "qq", "TNW中文站2016年10月14日07:17"),
    # A stock-relevance vote widget that Readability keeps.
    ("readability-zh-testpages", "qq", '您认为这篇文章与"新一网（08008.HK）"相关度高吗？'),
}


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_eval", REPO / "bench" / "extract_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_eval"] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


@pytest.fixture(scope="module")
def data() -> Path:
    require(SHARED_DATA.is_dir(), f"shared corpora not found at {SHARED_DATA} (set NEWSARCHIVE_SHARED_DATA)")
    return SHARED_DATA


def _run(root: Path, name: str) -> dict[str, dict[str, Any]]:
    require((root / name).is_dir(), f"corpus {name} not under {root}")
    return {who: bench.evaluate_set(root, name, fn) for who, fn in bench.EXTRACTORS.items()}


@pytest.mark.parametrize("name", ["readability-zh-testpages", "newspaper4k-zh", "trafilatura-eval-zh"])
def test_snippets_titles_dates(data: Path, name: str) -> None:
    figures = _run(data, name)
    ours = figures["ours"]
    expected_misses = {
        f"{page}: missing {snippet[:40]!r}" for set_, page, snippet in KNOWN_MISSES if set_ == name
    }
    assert set(ours["failures"]) == expected_misses
    assert ours.get("without_ok", 0) == ours.get("without", 0)
    assert ours.get("title_ok", 0) == ours.get("title", 0)
    assert ours.get("date_ok", 0) == ours.get("date", 0)
    assert not bench.verdict({name: figures}), bench.verdict({name: figures})


def test_gne_pages_decode_and_lists_are_rejected(data: Path) -> None:
    figures = _run(data, "gne-testpages")
    ours = figures["ours"]
    assert ours["failures"] == []
    assert ours["articles_ok"] == ours["articles"] > 60
    assert ours["lists_ok"] == ours["lists"] == 4
    assert not bench.verdict({"gne-testpages": figures})

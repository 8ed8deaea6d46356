"""The fifth page generator (``bench.pagegen_dev5``): truth on the page, splits apart, deterministic."""

from __future__ import annotations

import unicodedata

import pytest
from support import require

from bench import pagegen_dev5


@pytest.fixture(autouse=True)
def _inews_dev_texts() -> None:
    """Skip on a laptop without the inews dev texts; fail in CI."""
    require(pagegen_dev5.available(), "inews dev texts absent")


def _nows(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("seed", [3, 57])
def test_truth_is_on_the_page(seed: int) -> None:
    """Every true title, name and body sentence is printed on the page (whitespace aside)."""
    page = pagegen_dev5.generate_page(seed)
    printed = _nows(page.text)
    assert 2 <= len(page.articles) <= 5
    for truth in page.articles:
        assert _nows(truth.title) in printed
        for name in truth.reporters + truth.correspondents + truth.photographers:
            assert name in printed
        for para in truth.paragraphs:
            for sentence in para.split("。"):
                assert _nows(sentence)[:10] in printed


def test_splits_share_no_text() -> None:
    """Tune and report seeds draw from disjoint records (index % 4 == 1 against == 3)."""
    tune = {r.doc_id for r in pagegen_dev5._records(pagegen_dev5.split_of(0))}
    report = {r.doc_id for r in pagegen_dev5._records(pagegen_dev5.split_of(50))}
    assert tune and report and not tune & report
    bodies = {r.paragraphs[0] for r in pagegen_dev5._records(1)}
    assert not bodies & {r.paragraphs[0] for r in pagegen_dev5._records(3)}


def test_deterministic() -> None:
    """A seed gives the same page every time, so the frozen figure cannot drift."""
    first, second = pagegen_dev5.generate_page(5), pagegen_dev5.generate_page(5)
    assert first.text == second.text
    assert [t.body for t in first.articles] == [t.body for t in second.articles]


def test_bench_wiring() -> None:
    """``normalize_bench`` gives the fifth generator a tune and a report row, and flags a low report."""
    from bench.normalize_bench import GEN5, generated_rows, missed_reports

    tune, report = generated_rows(GEN5, range(0, 1), range(50, 51), None)
    assert (tune["split"], report["split"]) == ("tune", "report")
    assert report["articles"] == len(pagegen_dev5.generate_page(50).articles)
    low = {**report, "rate": 0.5}
    assert missed_reports({"pagegen_dev5": low}) == ["pagegen_dev5 report seeds 50-50: rate 0.500 < 0.95"]

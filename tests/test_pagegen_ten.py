"""The tenth page generator (``bench.pagegen_ten``): deterministic, disjoint halves, truth on its pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench import pagegen_ten as ten
from bench.normalize_bench import GEN10, GENERATORS

pytestmark = pytest.mark.skipif(not ten.available(), reason="inews texts not in the shared data")


def test_pages_are_deterministic() -> None:
    assert ten.generate_page(7).text == ten.generate_page(7).text
    assert ten.generate_page(7).truths == ten.generate_page(7).truths


def test_tune_and_report_halves_share_no_text() -> None:
    tune, report = ten._pools()
    assert tune and report
    assert not {"".join(p) for _, p in tune} & {"".join(p) for _, p in report}
    assert ten.half_of_seed(0) == ten.half_of_seed(49) == 0
    assert ten.half_of_seed(50) == ten.half_of_seed(99) == 1


def test_every_truth_is_printed_on_its_page() -> None:
    for seed in range(0, 100, 7):
        page = ten.generate_page(seed)
        flat = ten._norm(page.text)
        for truth in page.truths:
            assert ten._norm(truth.title) in flat
            assert truth.body_nows_norm[:12] in flat
            for name in truth.reporters + truth.interns:
                assert name in flat


def test_a_perfect_rebuild_scores_every_article_right() -> None:
    page = ten.generate_page(3)
    rebuilt = [
        SimpleNamespace(title=t.title, reporters=list(t.reporters), paragraphs=[t.body_nows])
        for t in page.truths
    ]
    scores, extra = ten.score_page(page, rebuilt)
    assert all(s.right for s in scores) and extra == 0
    rebuilt[0].reporters = [*rebuilt[0].reporters, "编辑"]
    assert not ten.score_page(page, rebuilt)[0][0].right


def test_gen10_is_a_bench_row_with_a_tune_and_a_report_split() -> None:
    assert GEN10 in GENERATORS and GEN10.tag == "gen10" and GEN10.module is ten
    assert GEN10.looked_at == range(0, 50) and (GEN10.tune, GEN10.report) == ("0-49", "50-99")

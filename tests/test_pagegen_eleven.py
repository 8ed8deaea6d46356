"""The eleventh page generator (``bench.pagegen_eleven``): deterministic, disjoint halves, truth printed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench import pagegen_eleven as eleven
from bench.normalize_bench import GEN11, GENERATORS

pytestmark = pytest.mark.skipif(not eleven.available(), reason="inews texts not in the shared data")


def test_pages_are_deterministic() -> None:
    assert eleven.generate_page(7).text == eleven.generate_page(7).text
    assert eleven.generate_page(7).truths == eleven.generate_page(7).truths


def test_tune_and_report_halves_share_no_text() -> None:
    tune, report = eleven._pools()
    assert tune and report
    assert not {"".join(p) for _, p in tune} & {"".join(p) for _, p in report}
    assert eleven.half_of_seed(0) == eleven.half_of_seed(49) == 0
    assert eleven.half_of_seed(50) == eleven.half_of_seed(99) == 1


def test_every_truth_is_printed_on_its_page() -> None:
    for seed in range(0, 100, 9):
        page = eleven.generate_page(seed)
        assert 2 <= len(page.truths) <= 6
        flat = eleven._norm(page.text)
        for truth in page.truths:
            assert eleven._norm(truth.title) in flat
            assert truth.body_nows_norm[:10] in flat
            for name in truth.reporters:
                assert name in flat


def test_a_perfect_rebuild_scores_every_article_right() -> None:
    page = eleven.generate_page(3)
    rebuilt = [
        SimpleNamespace(title=t.title, reporters=list(t.reporters), paragraphs=[t.body_nows])
        for t in page.truths
    ]
    scores, extra = eleven.score_page(page, rebuilt)
    assert all(s.right for s in scores) and extra == 0
    rebuilt[0].reporters = [*rebuilt[0].reporters, "通讯员"]
    assert not eleven.score_page(page, rebuilt)[0][0].right


def test_gen11_is_a_bench_row_with_a_tune_and_a_report_split() -> None:
    assert GEN11 in GENERATORS and GEN11.tag == "gen11" and GEN11.module is eleven
    assert GEN11.looked_at == range(0, 50) and (GEN11.tune, GEN11.report) == ("0-49", "50-99")

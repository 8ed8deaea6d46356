"""The twelfth page generator (``bench.pagegen_twelve``): deterministic, disjoint halves, truth printed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench import pagegen_twelve as twelve
from bench.normalize_bench import GEN12, GENERATORS

pytestmark = pytest.mark.skipif(not twelve.available(), reason="inews train texts not in the shared data")


def test_pages_are_deterministic() -> None:
    assert twelve.generate_page(7).text == twelve.generate_page(7).text
    assert twelve.generate_page(7).truths == twelve.generate_page(7).truths


def test_tune_and_report_halves_share_no_text() -> None:
    tune, report = twelve._pools()
    assert tune and report
    assert not {"".join(p) for _, p in tune} & {"".join(p) for _, p in report}
    assert twelve.half_of_seed(0) == twelve.half_of_seed(49) == 0
    assert twelve.half_of_seed(50) == twelve.half_of_seed(99) == 1


def test_every_truth_is_printed_on_its_page() -> None:
    for seed in range(0, 100, 9):
        page = twelve.generate_page(seed)
        assert 2 <= len(page.truths) <= 7
        flat = twelve._norm(page.text)
        for truth in page.truths:
            assert twelve._norm(truth.title) in flat
            assert truth.body_nows_norm[:10] in flat
            for name in truth.reporters:
                assert name in flat


def test_a_perfect_rebuild_scores_every_article_right() -> None:
    page = twelve.generate_page(3)
    rebuilt = [
        SimpleNamespace(title=t.title, reporters=list(t.reporters), paragraphs=[t.body_nows])
        for t in page.truths
    ]
    scores, extra = twelve.score_page(page, rebuilt)
    assert all(s.right for s in scores) and extra == 0
    rebuilt[0].reporters = [*rebuilt[0].reporters, "通讯员"]
    assert not twelve.score_page(page, rebuilt)[0][0].right


def test_gen12_is_a_bench_row_with_a_tune_and_a_report_split() -> None:
    assert GEN12 in GENERATORS and GEN12.tag == "gen12" and GEN12.module is twelve
    assert GEN12.looked_at == range(0, 50) and (GEN12.tune, GEN12.report) == ("0-49", "50-99")


def test_truth_leaves_furniture_captions_and_jump_lines_out_of_the_body() -> None:
    for seed in range(0, 100, 7):
        for truth in twelve.generate_page(seed).truths:
            body = twelve._norm(truth.body_nows)
            assert "摄" not in body and "责任编辑" not in body and "下转第" not in body
            assert not body.startswith(("本报讯", "新华社"))

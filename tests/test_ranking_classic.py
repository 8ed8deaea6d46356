"""The classic models of bench.ranking_classic: their arithmetic, and that each ranks a plain case right.

Issue 17's third round measured them as rerank features on the tuning halves;
a figure from a mis-typed formula would have said nothing about the model.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

from bench.ranking_classic import (
    CLASSIC,
    NAMES,
    Query,
    ascent,
    classic_features,
    collection,
    common_run,
    dirichlet,
    dph,
    mrr,
    pl2,
)


def test_dph_pl2_and_dirichlet_match_hand_computed_values() -> None:
    # tf 2 in a document of 10 bigrams; mean length 20; 100 documents; the term occurs 10 times in all.
    f = 2 / 10
    by_hand = (1 - f) ** 2 / 3 * (2 * math.log2(40) + 0.5 * math.log2(2 * math.pi * 2 * (1 - f)))
    assert dph(2, 10, 20, 100, 10) == pytest.approx(by_hand) == pytest.approx(2.62584, abs=1e-5)
    tfn = 2 * math.log2(3)  # normalisation 2, c = 1
    poisson = (
        tfn * math.log2(tfn / 0.1) + (0.1 - tfn) * math.log2(math.e) + 0.5 * math.log2(2 * math.pi * tfn)
    )
    assert pl2(2, 10, 20, 100, 10) == pytest.approx(poisson / (tfn + 1)) == pytest.approx(3.24597, abs=1e-5)
    # Two query terms, one absent from the document: log((tf + mu p) / (len + mu)) summed, less what
    # does not depend on the document (log p of each term).
    mu, total = 20, 2000
    exact = math.log((2 + mu * 10 / total) / (10 + mu)) + math.log((0 + mu * 5 / total) / (10 + mu))
    constant = math.log(10 / total) + math.log(5 / total)
    assert dirichlet([2, 0], 10, [10, 5], total, mu) == pytest.approx(exact - constant)
    assert dph(0, 10, 20, 100, 10) == pl2(0, 10, 20, 100, 10) == 0.0


@pytest.mark.parametrize("model", [dph, pl2])
def test_divergence_models_prefer_the_rarer_term_and_the_shorter_document(
    model: Callable[[float, float, float, int, float], float],
) -> None:
    assert model(1, 50, 50, 1000, 5) > model(1, 50, 50, 1000, 500)
    assert model(2, 20, 50, 1000, 5) > model(2, 200, 50, 1000, 5)


def test_common_run_is_the_longest_shared_substring() -> None:
    assert common_run("鹤鸣湖湿地公园", "今天鹤鸣湖的湿地公园开园") == 4  # 湿地公园
    assert common_run("abc", "xyz") == 0


def test_classic_features_rank_the_document_holding_the_query_first() -> None:
    texts = {
        "hit": "鹤鸣湖湿地公园今天开园，市民前来游览。",
        "near": "湿地保护工作会议召开，公园管理处参加。",
        **{f"f{i}": f"其他新闻第{i}条，天气晴朗，公园开放。" for i in range(20)},
    }
    coll = collection(texts)
    xids = ["near", "hit"]
    features = classic_features([texts[x] for x in xids], xids, ["鹤鸣湖湿地公园开园"], coll)
    for name in ("bm25+ words", "bm25+ bigrams", "dph", "pl2", "dirichlet", "baseline bm25", "common run"):
        column = features[:, CLASSIC.index(name)]
        assert column[1] > column[0], name
    # BM25+'s lower bound: every matched bigram adds its IDF, however long the document (园开 is not held).
    assert features[1, CLASSIC.index("bm25+ bigrams")] == pytest.approx(
        sum(coll.idf(coll.gram_df[g]) for g in ("鹤鸣", "鸣湖", "湖湿", "湿地", "地公", "公园", "开园"))
    )


def test_ascent_finds_the_weight_that_ranks_the_relevant_candidate_first() -> None:
    features = np.zeros((2, len(NAMES)))
    column = NAMES.index("dph")
    features[1, column] = 1.0  # the relevant candidate holds the evidence, a point behind on the base score
    query = Query("q", np.array([False, True]), np.array([10.0, 9.0]), np.zeros(2, dtype=bool), features, 0.0)
    start = np.zeros(len(NAMES))
    assert mrr([query], start) == 0.5
    fitted = ascent([[query]], start, [column])
    assert fitted[column] > 1.0 and mrr([query], fitted) == 1.0

"""bench.ranking_ltr: training queries built as the known-item set was, features, and the learners.

Issue 17's fourth round trains rerank models on data disjoint from the
evaluation sets; a training query that is a dev headline under another id, or
a learner that cannot learn a plain separating feature, would make its
figures say nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench.ranking_ltr import (
    FEATURES,
    Candidates,
    count_stats,
    extra_features,
    inews_train_queries,
    mrr,
    train_linear,
)

BODY = "，".join(["今天天气很好我们一起去公园散步"] * 8)  # over 100 characters


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_train_queries_follow_the_known_item_construction_and_skip_dev_duplicates(tmp_path: Path) -> None:
    inews = tmp_path / "inews-bdci2019"
    inews.mkdir()
    _write(
        inews / "train.jsonl",
        [
            {"id": "train-1", "title": "鹤鸣湖湿地公园开园", "content": BODY},
            {"id": "train-2", "title": "短标题", "content": BODY + "甲"},  # headline under 6 characters
            {"id": "train-3", "title": "市民游园活动火热", "content": "太短的正文"},  # content under 100
            {"id": "train-4", "title": "与开发集同名的标题", "content": BODY + "乙"},  # a dev headline
            {"id": "train-5", "title": "正文与开发集相同的", "content": BODY + "丙"},  # a dev content
            {"id": "train-6", "title": "转载的同一篇报道啊", "content": BODY},  # same content as train-1
        ],
    )
    _write(
        inews / "dev.jsonl",
        [
            {"id": "dev-1", "title": "与开发集同名的标题", "content": BODY + "丁"},
            {"id": "dev-2", "title": "另一篇开发集文章", "content": BODY + "丙"},
        ],
    )
    queries = {qid: (text, wanted) for qid, text, wanted in inews_train_queries(tmp_path)}
    assert sorted(queries) == ["q-train-1", "q-train-6"]
    assert queries["q-train-1"] == ("鹤鸣湖湿地公园开园", {"train-1", "train-6"})


def test_coverage_features_weigh_what_the_text_holds_and_where() -> None:
    texts = {
        "a": "\n\n\n鹤鸣湖湿地公园今天开园，市民前往游玩。" + "其他内容" * 30,
        "b": "\n\n\n" + "其他内容" * 30 + "鹤鸣湖",
        "c": "\n\n\n" + "无关的文字" * 20,
    }
    stats, cache = count_stats(texts)
    out = extra_features(
        list(texts.values()), list(texts), ["鹤鸣湖湿地公园"], "鹤鸣湖湿地公园", stats, cache
    )
    at = {n: i - 9 for i, n in enumerate(FEATURES)}
    assert out[0, at["gram coverage"]] == pytest.approx(1.0)
    assert 0 < out[1, at["gram coverage"]] < 1
    assert out[2, at["gram coverage"]] == 0.0
    assert out[0, at["opening coverage"]] == pytest.approx(1.0)
    assert out[1, at["lead coverage"]] == 0.0  # 鹤鸣湖 only at the end
    assert (
        out[0, at["first match"]] < 0.05
        and out[1, at["first match"]] > 0.9
        and out[2, at["first match"]] == 1
    )
    assert out[0, at["common run"]] == pytest.approx(1.0)
    assert out[0, at["bigram bm25 share"]] == pytest.approx(1.0)
    assert out[1, at["bigram bm25 share"]] < 1.0


def _synthetic(n: int, seed: int) -> list[Candidates]:
    """Queries whose relevant match is the one with the largest feature 11 (gram coverage), never first."""
    rng = np.random.default_rng(seed)
    out = []
    for q in range(n):
        x = rng.normal(size=(20, len(FEATURES)))
        x[:, 0] = np.linspace(20, 1, 20)  # the first-pass score puts candidate 0 first
        good = int(rng.integers(1, 20))
        x[good, 11] = x[:, 11].max() + 1.0
        relevant = np.zeros(20, dtype=bool)
        relevant[good] = True
        out.append(Candidates(f"q{q}", relevant, np.zeros(20, dtype=bool), x, 0.0))
    return out


def test_the_linear_learner_finds_a_separating_feature_the_first_pass_misses() -> None:
    train, test = _synthetic(200, 1), _synthetic(100, 2)
    first_pass = [c.features[:, 0] for c in test]
    assert mrr(test, first_pass) < 0.5
    linear = train_linear(train)
    assert mrr(test, linear.scores(test)) > 0.95


def test_mrr_keeps_full_matches_above_partial_ones() -> None:
    c = Candidates("q", np.array([False, True]), np.array([False, True]), np.zeros((2, len(FEATURES))), 0.0)
    assert mrr([c], [np.array([0.0, 9.0])]) == 0.5  # the partial match scores higher but stays second
    assert Counter(c.relevant.tolist())[True] == 1

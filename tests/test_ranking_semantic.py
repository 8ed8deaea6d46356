"""The feedback and vector features of bench.ranking_semantic: their arithmetic and that each sees its case.

Issue 17's fourth round measured them as rerank features on the tuning halves;
a figure from a wrong relevance model or a vector space that learned nothing
would have said nothing about the method.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from bench.ranking_semantic import (
    PRODUCT,
    Archive,
    Row,
    add_feature,
    lsa_space,
    ppmi_space,
    randomized_svd,
    relevance_model,
    report,
    space_features,
)


def test_relevance_model_weighs_documents_by_score_and_leaves_stopwords_out() -> None:
    bags = [Counter({"洪水": 2, "的": 6, "救援": 2}), Counter({"洪水": 1, "的": 2, "股市": 1})]
    model = relevance_model(bags, [3.0, 1.0], terms=10, keep=lambda t: t != "的")
    # P(t|D) over the kept terms: D1 洪水 1/2, 救援 1/2; D2 洪水 1/2, 股市 1/2; P(D|Q) 3/4 and 1/4.
    assert model == pytest.approx({"洪水": 0.5, "救援": 0.375, "股市": 0.125})
    assert relevance_model(bags, [3.0, 1.0], terms=2, keep=lambda t: t != "的") == pytest.approx(
        {"洪水": 0.5 / 0.875, "救援": 0.375 / 0.875}
    )
    assert relevance_model(bags, [0.0, 0.0], terms=10, keep=lambda t: True) == {}


def test_a_feature_is_scaled_to_the_query_s_best_score() -> None:
    row = Row(
        "q",
        "tune",
        np.array([True, False]),
        np.array([4.0, 2.0]),
        np.array([False, False]),
        np.zeros((2, len(PRODUCT))),
        ["a", "b"],
        ["查询"],
        0.5,
    )
    add_feature(row, np.array([0.1, 0.4]))
    add_feature(row, np.array([0.0, 0.0]))
    assert row.features == pytest.approx(np.array([[1.0, 0.0], [4.0, 0.0]]))


def test_randomized_svd_recovers_a_low_rank_matrix() -> None:
    rng = np.random.default_rng(1)
    matrix = rng.standard_normal((60, 3)) @ rng.standard_normal((3, 40))
    u, s, vt = randomized_svd(matrix, 3)
    assert (u * s) @ vt == pytest.approx(matrix, abs=1e-8)
    assert s == pytest.approx(np.linalg.svd(matrix, compute_uv=False)[:3])


def _corpus() -> list[list[str]]:
    """Pets (猫, 狗) after 喂 and funds (股票, 基金) after 买; a third of the texts name both of a kind."""
    rng = np.random.default_rng(7)
    texts = []
    for i in range(300):
        pet, fund = rng.choice(["猫", "狗"]), rng.choice(["股票", "基金"])
        both = i % 3 == 0
        texts.append(["今天", "喂", str(pet), "吃", "饭"] + (["猫", "和", "狗"] if both else []))
        texts.append(["明天", "买", str(fund), "赚", "钱"] + (["股票", "和", "基金"] if both else []))
    return texts


@pytest.mark.parametrize("train", [ppmi_space, lsa_space])
def test_vectors_put_words_of_the_same_contexts_together(train: object) -> None:
    space = train(_corpus(), dim=4)  # type: ignore[operator]

    def cos(a: str, b: str) -> float:
        return float(space.vectors[space.vocab[a]] @ space.vectors[space.vocab[b]])

    assert cos("猫", "狗") > cos("猫", "股票") + 0.3
    assert cos("股票", "基金") > cos("狗", "基金") + 0.3
    assert space.embed(["猫", "喂"]) @ space.embed(["狗", "饭"]) > space.embed(["猫"]) @ space.embed(["钱"])
    assert not space.embed(["未知"]).any()


def test_the_report_prints_no_held_figure_unless_asked() -> None:
    def row(qid: str, part: str, relevant_first: bool) -> Row:
        r = Row(
            qid,
            part,
            np.array([relevant_first, not relevant_first]),
            np.array([2.0, 1.0]),
            np.array([False, False]),
            np.zeros((2, len(PRODUCT))),
            ["a", "b"],
            ["查询"],
            0.5,
        )
        add_feature(r, np.array([0.0, 1.0]))  # favours the second candidate
        return r

    data = {"s": [row("1", "tune", False), row("2", "held", True)]}
    lines: list[str] = []
    chosen = report(data, ["second"], held=False, out=lines.append)
    assert not any("held" in line for line in lines)
    assert chosen == {"second": 1.0}  # tune: the relevant second candidate rises to first at weight 1
    assert "| product (kept rerank) |  | 0.5000 | +0.0000 |" in lines
    lines.clear()
    report(data, ["second"], held=True, out=lines.append)
    assert any(line.startswith("| + second, weight 1 | 0.5000 |") for line in lines)


def test_the_translation_score_credits_a_missing_query_word_its_nearest_word_in_the_document() -> None:
    space = ppmi_space(_corpus(), dim=4)
    texts = {"pet": "今天喂狗", "fund": "明天买基金", "same": "今天喂猫"}
    arch = Archive(texts, {}, {}, Counter(), Counter(), dict.fromkeys(texts, 4.0), 4.0)
    row = Row(
        "q",
        "tune",
        np.array([True, False, False]),
        np.array([2.0, 2.0, 2.0]),
        np.zeros(3, dtype=bool),
        np.zeros((3, len(PRODUCT))),
        ["pet", "fund", "same"],
        ["喂猫"],
        0.0,
    )
    space_features([row], arch, space, translation=True)
    cosine, translation = row.features[:, 0], row.features[:, 1]
    assert cosine[2] > cosine[0] > cosine[1]  # the same words, then the same kind of words
    # 猫 is missing from the pet text, which holds 狗: credited; the text holding 猫 gets nothing.
    assert translation[0] > translation[1] >= 0.0
    assert translation[2] == 0.0

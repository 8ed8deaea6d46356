"""The independent page generator (``bench.pagegen_alt``): reproducible pages whose truth scores itself."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from support import require

from bench import pagegen_alt
from bench.pagegen_alt import REPORT_SEEDS, TUNE_SEEDS, generate_page, score_page


@pytest.fixture(scope="module")
def corpus() -> None:
    require(pagegen_alt.available(), "inews corpus not found under ../shared/data")


@dataclass
class _Rebuilt:
    title: str
    reporters: list[str]
    paragraphs: list[str] = field(default_factory=list)


def test_pages_are_reproducible_and_print_their_titles(corpus: None) -> None:
    first, again = generate_page(3), generate_page(3)
    assert first.text == again.text and first.articles == again.articles
    assert generate_page(4).text != first.text
    flat = "".join(first.text.split())
    assert 2 <= len(first.articles) <= 5
    for article in first.articles:
        assert "".join(article.title.split()) in flat  # a deck may wrap, never lose a character
        assert article.body_nows and not any(c.isspace() for c in article.body_nows)


def test_truth_scores_itself_right_and_a_missing_article_wrong(corpus: None) -> None:
    page = generate_page(5)
    perfect = [_Rebuilt(a.title, list(a.reporters), [a.body_nows]) for a in page.articles]
    scored = score_page(page, perfect)
    assert all(s.right for s in scored.scores) and scored.extra == 0
    scored = score_page(page, [*perfect[1:], _Rebuilt("A03 要闻", [], ["要闻"])])
    assert not scored.scores[0].right and scored.scores[0].got_title is None
    assert scored.extra == 1


def test_tune_and_report_seeds_share_no_text(corpus: None) -> None:
    tune = {a.body_nows for seed in TUNE_SEEDS[:15] for a in generate_page(seed).articles}
    report = {a.body_nows for seed in REPORT_SEEDS[:15] for a in generate_page(seed).articles}
    assert tune and report and not tune & report


def test_train_text_pages_share_no_text_with_the_dev_pages(corpus: None) -> None:
    from bench.normalize_bench import train_texts

    dev = {a.body_nows[:30] for seed in range(0, 200, 20) for a in generate_page(seed).articles}
    with train_texts():
        train = {a.body_nows[:30] for seed in range(0, 200, 20) for a in generate_page(seed).articles}
    assert train and not dev & train
    # The generator's own texts are back afterwards: the tune and report pages are unchanged.
    assert {a.body_nows[:30] for a in generate_page(0).articles} <= dev

"""The ninth page generator (``bench.pagegen_nine``): deterministic, its truth printed on its pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from support import require

from bench import pagegen_nine as nine
from bench.normalize_bench import GEN9, GENERATORS, missed_reports

SEEDS = range(0, 50, 7)  # tune seeds only: report pages are never looked at


@pytest.fixture(autouse=True)
def _inews_dev_texts() -> None:
    """Skip on a laptop without the inews dev texts; fail in CI."""
    require(nine.available(), "inews dev texts not in ../shared/data")


def test_same_seed_same_page() -> None:
    """A seed always gives the same page and truth; other seeds give other pages."""
    first, again = nine.generate_page(5), nine.generate_page(5)
    assert first == again
    assert nine.generate_page(6).text != first.text


def test_splits_share_no_text() -> None:
    """Tune texts are dev records with index % 4 in (0, 1), report texts index % 4 == 3; no title twice."""
    tune, report = nine.texts("tune"), nine.texts("report")
    assert len(tune) >= 60 and len(report) >= 30
    assert all(int(t.ident.split("-")[1]) % 4 in (0, 1) for t in tune)
    assert all(int(t.ident.split("-")[1]) % 4 == 3 for t in report)
    assert len({t.title for t in tune + report}) == len(tune) + len(report)
    assert all(6 <= len(t.title) <= 30 and "_" not in t.title for t in tune + report)


@pytest.mark.parametrize("seed", SEEDS)
def test_truth_is_on_the_page(seed: int) -> None:
    """Each deck, name and body paragraph is printed on the page (whitespace and widths aside)."""
    page = nine.generate_page(seed)
    printed = nine.norm(page.text)
    assert 2 <= len(page.articles) <= 5
    for article in page.articles:
        for deck in (article.title, article.kicker, article.subtitle):
            assert nine.norm(deck) in printed
        for name in article.reporters + article.photographers + article.correspondents:
            assert 2 <= len(name) <= 4 and name in printed
        for paragraph in article.body.split("\n"):
            assert nine.norm(paragraph) in printed


def test_truth_scores_itself_right() -> None:
    """An article rebuilt exactly as its truth is right; a missing one is not; a stray one is extra."""
    page = nine.generate_page(11)

    def rebuilt(t: nine.TruthArticle) -> SimpleNamespace:
        return SimpleNamespace(title=t.title, reporters=list(t.reporters), paragraphs=t.body.split("\n"))

    scores, extra = nine.score_page(page, [rebuilt(t) for t in page.articles])
    assert all(s.right for s in scores) and extra == 0
    stray = SimpleNamespace(title="版面导读", reporters=[], paragraphs=["今日天气晴。"])
    scores, extra = nine.score_page(page, [rebuilt(page.articles[0]), stray])
    assert scores[0].right and all(s.got is None for s in scores[1:]) and extra == 1


def test_registered_in_the_bench_with_a_tune_split() -> None:
    """gen9 is a bench row: tune 0-49 (failures listed), report 50-99 (never listed), MISSED under target."""
    assert GEN9 in GENERATORS and GEN9.tag == "gen9" and GEN9.module is nine
    assert GEN9.tune == "0-49" and GEN9.report == "50-99" and GEN9.looked_at == range(50)
    low = {"seeds": "50-99", "rate": 0.5}
    assert missed_reports({"pagegen_nine": low}) == ["pagegen_nine report seeds 50-99: rate 0.500 < 0.95"]

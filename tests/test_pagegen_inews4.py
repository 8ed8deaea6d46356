"""The fourth page generator's truth is consistent with its pages (bench/pagegen_inews4.py).

A page whose truth names a title, a byline name or a body sentence that is not on the page would
make the report figure measure the generator, not the normaliser.
"""

from __future__ import annotations

import unicodedata

import pytest
from support import require

from bench import pagegen_inews4


@pytest.fixture(autouse=True)
def _inews_texts() -> None:
    """Skip on a laptop without the inews texts; fail in CI."""
    require(pagegen_inews4.available(), "inews texts not in ../shared/data")


def _nows(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


@pytest.mark.parametrize("seed", [3, 61])
def test_truth_is_on_the_page(seed: int) -> None:
    page = pagegen_inews4.generate_page(seed)
    text = _nows(page.text)
    assert 2 <= len(page.articles) <= 5
    for truth in page.articles:
        for shown in (truth.title, truth.lead_title, truth.subtitle, truth.dateline):
            assert _nows(shown) in text
        for name in (*truth.reporters, *truth.photographers, *truth.correspondents):
            assert name in page.text
        body = _nows(truth.body)
        assert body and _is_subsequence(body, text)
        # Most of the body stays in one piece: only column breaks and displaced leads cut it.
        first_sentence = body.split("。")[0][:20]
        assert first_sentence in text


def test_splits_share_no_text_and_pages_repeat() -> None:
    tune, report = pagegen_inews4.generate_page(3), pagegen_inews4.generate_page(61)
    assert (tune.split, report.split) == ("tune", "report")
    tune_lines = {int(str(doc).split("-")[1]) % 2 for doc in tune.params["records"]}  # type: ignore[attr-defined]
    report_lines = {int(str(doc).split("-")[1]) % 2 for doc in report.params["records"]}  # type: ignore[attr-defined]
    assert (tune_lines, report_lines) == ({0}, {1})
    assert pagegen_inews4.generate_page(3).text == tune.text


def test_scoring_is_nfkc_and_whitespace_blind() -> None:
    page = pagegen_inews4.generate_page(3)
    from crawler.normalize.models import RebuiltArticle

    perfect = [
        RebuiltArticle(
            paragraphs=[unicodedata.normalize("NFKC", t.body).replace("，", ",")],
            subheads=[],
            reporters=list(t.reporters),
            photographers=list(t.photographers),
            correspondents=list(t.correspondents),
            editors=[],
            title=t.title.replace(" ", ""),
        )
        for t in page.articles
    ]
    scores, extra = pagegen_inews4.score_page(page, perfect)
    assert all(s.right for s in scores) and extra == 0

"""Score a rebuilt page against its ground truth, article by article.

An article counts as rebuilt right when its title is exact, its reporters are
exactly the byline's (same names, same order) and its body has a character F1
of at least 0.98 against the truth, whitespace ignored (paragraph breaks and the
space inside a two-part headline are layout choices, as in the seed's golden
file). Rebuilt articles are paired with true ones by body overlap, best first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from crawler.normalize import RebuiltArticle

from .build import ArticleTruth, Page

BODY_F1_MIN = 0.98


def char_f1(got: str, want: str) -> float:
    """Character-multiset F1 of two strings, whitespace removed."""
    a, b = Counter("".join(got.split())), Counter("".join(want.split()))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _nows(text: str) -> str:
    return "".join(text.split())


@dataclass
class ArticleScore:
    """How one true article came out."""

    truth: ArticleTruth
    got: RebuiltArticle | None
    body_f1: float
    title_ok: bool
    reporters_ok: bool

    @property
    def right(self) -> bool:
        return self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        """Say what is wrong, for a failure listing."""
        if self.got is None:
            return "no article"
        out = []
        if self.body_f1 < BODY_F1_MIN:
            out.append(f"body F1 {self.body_f1:.3f}")
        if not self.title_ok:
            out.append(f"title {self.got.title!r} != {self.truth.title!r}")
        if not self.reporters_ok:
            out.append(f"reporters {self.got.reporters} != {self.truth.reporters}")
        return "; ".join(out)


def score_page(page: Page, rebuilt: list[RebuiltArticle]) -> list[ArticleScore]:
    """Pair rebuilt articles with true ones by body F1 (best pairs first) and score each true article."""
    bodies = [_nows("".join(a.paragraphs)) for a in rebuilt]
    pairs = sorted(
        (
            (char_f1(body, truth.body), t, r)
            for t, truth in enumerate(page.articles)
            for r, body in enumerate(bodies)
        ),
        reverse=True,
    )
    chosen: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for f1, t, r in pairs:
        if t not in chosen and r not in used and f1 > 0.3:
            chosen[t] = (r, f1)
            used.add(r)
    scores: list[ArticleScore] = []
    for t, truth in enumerate(page.articles):
        if t not in chosen:
            scores.append(ArticleScore(truth, None, 0.0, False, False))
            continue
        r, f1 = chosen[t]
        got = rebuilt[r]
        title_ok = _nows(got.title) == _nows(truth.title)
        scores.append(ArticleScore(truth, got, f1, title_ok, got.reporters == truth.reporters))
    return scores

"""Seed-style print pages from real texts, with ground truth, to measure ``rebuild_page`` on.

``generate_page(seed, split)`` lays 2–5 inews texts out like the seed page;
``score_page`` says which of its articles the normaliser rebuilt right.
"""

from __future__ import annotations

from .build import ArticleTruth, Page, generate_page
from .score import ArticleScore, char_f1, score_page
from .texts import available, load_stories

__all__ = [
    "ArticleScore",
    "ArticleTruth",
    "Page",
    "available",
    "char_f1",
    "generate_page",
    "load_stories",
    "score_page",
]

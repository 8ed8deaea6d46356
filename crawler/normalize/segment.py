"""The crawler's one door to the word segmenter (rjieba): layout and credits ask here.

rjieba (and its dictionary) is imported on the first question only: the crawl's
common path never segments, and ``--help`` must not pay for it. The index has
its own door, :mod:`indexer.analysis`, which folds text before it segments.
"""

from __future__ import annotations

__all__ = ["cut", "personal_name_word"]


def cut(text: str) -> list[str]:
    """Return jieba's words of ``text`` in order (default mode, no folding)."""
    import rjieba

    return list(rjieba.cut(text))


def personal_name_word(name: str) -> bool:
    """Tell whether ``name`` is no dictionary word, or one the dictionary tags as a person's name only."""
    import rjieba

    return not rjieba.has_word(name) or rjieba.tag(name) == [(name, "nr")]

"""Headlines: read a headline group into its decks, and match detached headlines to articles.

On print pages headlines are set in large type apart from the text, and the
text extraction often puts them at the end of the page or in a heap at the
top. Which headline goes with which article is decided by what they say: a
headline repeats the article's key words, so it is scored by the character
pairs it shares with each body, rare pairs counting more than common ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from crawler.normalize.chars import clean_heading, display_width, strip_spaces

_DASHES = re.compile(r"^[—\-－]+")
_HAS_FIGURE = re.compile(r"[0-9，,]")
_TWO_PART_MIN = 8.0  # both lines this wide: a two-part headline, printed with a space between
ADJACENT_BONUS = 0.3
MIN_SCORE = 0.1


def _join_decks(lines: Sequence[str]) -> str:
    """Join the lines of one headline deck: a space between two full parts, none inside a wrapped phrase."""
    out = lines[0]
    for line in lines[1:]:
        two_parts = (
            display_width(out.split(" ")[-1]) >= _TWO_PART_MIN and display_width(line) >= _TWO_PART_MIN
        )
        out += (" " if two_parts else "") + line
    return clean_heading(out)


def read_headline(lines: Sequence[str]) -> tuple[str, str, str]:
    """Split a headline group into (lead title, title, subtitle).

    A last line opened by a dash, or the last of three or more lines, or a second line
    much wider than the first and carrying figures, is the subtitle (副题); a fourth
    line on top is the lead title (引题).
    """
    lines = [clean_heading(line) for line in lines if line.strip()]
    if not lines:
        return "", "", ""
    lead = subtitle = ""
    if len(lines) >= 2 and (
        _DASHES.match(lines[-1])
        or len(lines) >= 3
        or (
            display_width(lines[-1]) >= 1.4 * display_width(lines[-2])
            and _HAS_FIGURE.search(lines[-1]) is not None
        )
    ):
        subtitle = _DASHES.sub("", lines.pop()).strip()
    if len(lines) >= 3:
        lead = lines.pop(0)
    return lead, _join_decks(lines), subtitle


def _bigrams(text: str) -> set[str]:
    text = strip_spaces(text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity_table(queries: Sequence[str], documents: Sequence[str]) -> list[list[float]]:
    """Score how much of each query's wording each document contains, rare wording weighted up.

    The weight of a character pair is its inverse document frequency over the documents,
    so words every article shares (工作, 进行) count little and names count much.
    """
    doc_grams = [_bigrams(d) for d in documents]
    df: Counter[str] = Counter()
    for grams in doc_grams:
        df.update(grams)
    n = len(documents)
    table: list[list[float]] = []
    for query in queries:
        grams = _bigrams(query)
        weights = {g: math.log((n + 1) / (df[g] + 0.5)) for g in grams}
        total = sum(weights.values()) or 1.0
        table.append([sum(w for g, w in weights.items() if g in dg) / total for dg in doc_grams])
    return table


def assign(scores: list[list[float]], minimum: float = MIN_SCORE) -> dict[int, int]:
    """Pair rows with columns, best score first, each used once; return {row: column}."""
    pairs = sorted(
        ((s, r, c) for r, row in enumerate(scores) for c, s in enumerate(row) if s >= minimum), reverse=True
    )
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    result: dict[int, int] = {}
    for _, r, c in pairs:
        if r not in taken_rows and c not in taken_cols:
            result[r] = c
            taken_rows.add(r)
            taken_cols.add(c)
    return result

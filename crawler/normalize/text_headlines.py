"""Find headlines printed as text, and give back text printed as a headline.

After the headlines set apart are matched, an article left without one may have it run into its
own text; and a paragraph's first line cut off by a blank line may have read as a headline no
article took. Both are read off the paragraphs' printed shapes, the rebuild's last stage.
"""

from __future__ import annotations

import re

from archive.chars import display_width
from crawler.normalize.fragment import _Fragment, _Shape
from crawler.normalize.headlines import MIN_SCORE, headline_scores
from crawler.normalize.layout import SHORT_OF_COLUMN, ends, headline_shaped, join_lines
from crawler.normalize.wide_leads import LEAD_PARAGRAPHS_MAX

_CLAUSE_INSIDE = re.compile(r"[，、；：,;:].")  # a clause mark with more of the line after it


def _mend_unmatched_openings(
    fragments: list[_Fragment], unmatched: list[tuple[int, list[str]]], under: dict[int, str]
) -> None:
    """Put back a paragraph's first line that a blank line cut off and that no article took as headline.

    Under a headline, a paragraph's first line set apart by a blank line (``12月18日上午10时许，寒亭
    公安分局禁毒大队`` over ``民警来到…``) reads as a second headline. Where the assignment matched it to
    no article, one such line (:func:`_cut_off`) is the start of the text set right under it, which
    opens nothing (``under``: that text by the line's index; a lead may have joined it since).
    """
    for index, lines in unmatched:
        if index not in under or not _cut_off(lines):
            continue
        for fragment in fragments:
            part = ("text", under[index])
            k = fragment.parts.index(part) if part in fragment.parts else -1
            if k >= 0:
                fragment.parts[k] = ("text", lines[0] + under[index])
                break


def _cut_off(lines: list[str]) -> bool:
    """Tell whether a headline group may be a paragraph's first line: one line stopping mid-phrase
    after a clause mark inside it (a headline's clauses end its lines)."""
    return len(lines) == 1 and ends(lines[0]) == "open" and _CLAUSE_INSIDE.search(lines[0]) is not None


def _head_candidates(shape: _Shape) -> list[list[str]]:
    """The leading lines of a paragraph that may be a headline printed as its text, longest first.

    The lines before a block mended onto them (a headline over its text read as a column break),
    the lines that stop short of the column the rest of the paragraph fills (a headline in its
    text's block: a wrapped paragraph's lines fill its column but the last), or a whole block of a
    few lines. Under a subhead opening the block (``shape.above`` lines, read as a subhead by the
    layout), the candidates start with it: a short 引题 over its 主题 reads as a subhead over text.
    """
    lines = list(shape.lines)
    found: list[list[str]] = []
    if shape.mends:
        found.append(lines[: shape.mends[0]])
    full = [display_width(line) for line in lines[:-1] if ends(line) in ("open", "soft")]
    if full:
        column = max(full)
        short = 0
        while short < len(lines) - 1 and display_width(lines[short]) < column - SHORT_OF_COLUMN:
            short += 1
        if short:
            found.append(lines[:short])
    if (shape.whole or shape.above) and not shape.mends and len(lines) <= LEAD_PARAGRAPHS_MAX * 2:
        found.append(lines)
    return [head for head in found if len(head) > shape.above]


def _headlines_in_text(
    fragments: list[_Fragment], shapes: dict[str, _Shape], titled: set[int]
) -> dict[int, list[str]]:
    """Find headlines printed as text for the articles without one; take them off the text.

    Each paragraph opening a block may start with lines that read as a headline alone
    (:func:`headline_shaped`). Such lines are an untitled article's headline when the page's articles,
    the lines taken off, repeat their wording most in that article's text (at least ``MIN_SCORE``):
    the whole article with its first sentence weighted up, as for the headlines set apart. Best
    first, each article and each paragraph used once. Returns {article index: headline lines}.
    """
    untitled = [c for c in range(len(fragments)) if c not in titled]
    found: dict[int, list[str]] = {}
    while untitled:
        best: tuple[float, int, int, int, list[str], int] | None = None
        for d, fragment in enumerate(fragments):
            for k, (kind, text) in enumerate(fragment.parts):
                shape = shapes.get(text) if kind == "text" else None
                if shape is None:
                    continue
                subs = [("sub", line) for line in shape.lines[: shape.above]]
                if fragment.parts[k - shape.above : k] != subs:
                    continue
                for head in _head_candidates(shape):
                    said = join_lines(head[shape.above :])
                    if not text.startswith(said) or not headline_shaped(head):
                        continue
                    left = text[len(said) :]
                    if not left.strip() and len(fragment.parts) == 1:
                        continue  # nothing would be left of that article
                    bodies = [f.body() for f in fragments]
                    bodies[d] = "".join(
                        left if i == k else t
                        for i, (_, t) in enumerate(fragment.parts)
                        if not k - shape.above <= i < k
                    )
                    [row] = headline_scores([" ".join(head)], bodies)
                    c = max(range(len(row)), key=row.__getitem__)
                    if c in untitled and row[c] >= MIN_SCORE and (best is None or row[c] > best[0]):
                        best = (row[c], c, d, k, head, shape.above)
        if best is None:
            break
        _, c, d, k, head, above = best
        parts = fragments[d].parts
        left = parts[k][1][len(join_lines(head[above:])) :]
        if left.strip():
            parts[k] = ("text", left)
        else:
            del parts[k]
        del parts[k - above : k]
        found[c] = head
        untitled.remove(c)
    return found


def _opening_subheads(fragments: list[_Fragment], titled: set[int]) -> dict[int, list[str]]:
    """Take the subhead lines that open an untitled text as its headline, where its own text says them.

    A text cut from the page by nothing before it (the page's head, a byline closing the text
    above, the page's furniture) has no paragraph for a subhead to divide from the next: lines the
    layout read as a subhead there, short and over the text in one block (``服务类投诉量首次占比超四成``
    over ``下一步将…``, no dateline under it), head that text. They are its headline when the page's
    articles repeat their wording most in that text, with the lines taken off (at least ``MIN_SCORE``,
    the whole article with its first sentence weighted up, as for the headlines set apart).
    Returns {article index: headline lines}; the lines are taken off the text.
    """
    found: dict[int, list[str]] = {}
    for c, fragment in enumerate(fragments):
        if c in titled:
            continue
        # A displaced lead joined in front (see :mod:`lead_joins`) stood elsewhere: the body begins after it.
        start = fragment.lead_parts
        end = start
        while end < len(fragment.parts) and fragment.parts[end][0] == "sub":
            end += 1
        head = [text for _, text in fragment.parts[start:end]]
        if not head or end == len(fragment.parts) or not headline_shaped(head):
            continue
        bodies = [f.body() for f in fragments]
        bodies[c] = "".join(text for k, (_, text) in enumerate(fragment.parts) if not start <= k < end)
        [row] = headline_scores([" ".join(head)], bodies)
        if row[c] >= MIN_SCORE and row[c] == max(row):
            del fragment.parts[start:end]
            found[c] = head
    return found

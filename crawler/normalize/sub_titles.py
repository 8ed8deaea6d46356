"""A headline read as a subhead of the article above, over the body of a lead standing apart.

Where the headlines stand over their articles and a lead was displaced to the page's foot, the
body left in place opens with no dateline under its headline: the layout reads that headline as a
subhead of the article above it (the seed page's own subheads look the same), and the lead is left
with no body. A reader sees two stories: the text under the "subhead" tells the lead's story, not
the story above it. The cut is made where the text after the subhead holds much more of a lonely
lead's wording than the text before it does and than any other text of the page does, and the
subhead itself speaks of that story: it becomes a headline, the text under it a body for the lead.
"""

from __future__ import annotations

from crawler.normalize.fragment import _Fragment
from crawler.normalize.headlines import similarity_table

# How much more of the lead's wording the text under the subhead must hold than the text above it.
TAIL_OVER_HEAD = 2.0
TAIL_WORDING_MIN = 0.03  # ... and at least this much of it (IDF-weighted share of its character pairs)
SUB_WORDING_MIN = 0.2  # how much of the subhead's wording the lead and the text under it must hold
_SENTENCE_END = ("。", "！", "？", "”", "）")


def _lonely(fragment: _Fragment) -> bool:
    return fragment.headed and fragment.dated and not fragment.closed and len(fragment.parts) <= 2


def _sub_runs(fragment: _Fragment) -> list[tuple[int, int]]:
    """(first, end) of each run of subhead parts inside the text, after a finished paragraph."""
    runs = []
    k = 1
    parts = fragment.parts
    while k < len(parts):
        if (
            parts[k][0] == "sub"
            and parts[k - 1][0] == "text"
            and parts[k - 1][1].rstrip().endswith(_SENTENCE_END)
        ):
            end = k
            while end < len(parts) and parts[end][0] == "sub":
                end += 1
            if end < len(parts):
                runs.append((k, end))
            k = end
        else:
            k += 1
    return runs


def _joined(parts: list[tuple[str, str]]) -> str:
    return "".join(text for _, text in parts)


def cut_at_lonely_leads_headlines(
    fragments: list[_Fragment], titles: list[tuple[int, list[str]]]
) -> list[_Fragment]:
    """Cut texts at a subhead that heads a lonely lead's body; the subhead joins ``titles``."""
    for lead in [f for f in fragments if _lonely(f)]:
        unheaded = [f.body() for f in fragments if not f.headed and f is not lead]
        best: tuple[float, _Fragment, int, int] | None = None
        for other in fragments:
            if other is lead or not other.dated or other.closed:
                continue
            for first, end in _sub_runs(other):
                head, sub, tail = (
                    _joined(other.parts[:first]),
                    _joined(other.parts[first:end]),
                    _joined(other.parts[end:]),
                )
                [[in_tail, in_head, *elsewhere]] = similarity_table([lead.body()], [tail, head, *unheaded])
                [[sub_there, sub_here]] = similarity_table([sub], [lead.body(), head])
                if (
                    in_tail >= TAIL_WORDING_MIN
                    and in_tail >= TAIL_OVER_HEAD * in_head
                    and in_tail > max(elsewhere, default=0.0)
                    and sub_there >= max(SUB_WORDING_MIN, TAIL_OVER_HEAD * sub_here)
                    and (best is None or in_tail > best[0])
                ):
                    best = (in_tail, other, first, end)
        if best is None:
            continue
        _, other, first, end = best
        titles.append((-1 - len(titles), [text for _, text in other.parts[first:end]]))
        rest = _Fragment(
            other.position,
            parts=other.parts[end:],
            positions=list(other.positions),
            column=other.column,
        )
        del other.parts[first:]
        other.breaks = [b for b in other.breaks if b < first]
        fragments.insert(fragments.index(other) + 1, rest)
    return fragments

"""Compare two versions of an article's text for reading: paragraphs first, then characters.

Chinese has no spaces, so a word diff is a character diff. Diffing a whole
body character by character mis-aligns paragraphs and costs quadratic time;
aligning paragraphs first, then diffing characters only inside a changed
paragraph pair, gives the "this sentence was edited" view a reader expects.
Segments are plain text with an operation; the template escapes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"
# A changed paragraph pair longer than this is shown as deleted + inserted:
# character matching is quadratic in the worst case.
MAX_CHAR_DIFF = 4000


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, inserted or deleted."""

    op: str
    text: str


Paragraph = list[Segment]


def diff_chars(old: str, new: str) -> list[Segment]:
    """Return the character-level segments that turn ``old`` into ``new``."""
    if old == new:
        return [Segment(EQUAL, old)] if old else []
    if len(old) + len(new) > MAX_CHAR_DIFF:
        return [s for s in (Segment(DELETE, old), Segment(INSERT, new)) if s.text]
    # autojunk would treat common characters (的, 。) as junk in paragraphs over 200 characters.
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    out: list[Segment] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(Segment(EQUAL, old[a1:a2]))
            continue
        if a2 > a1:
            out.append(Segment(DELETE, old[a1:a2]))
        if b2 > b1:
            out.append(Segment(INSERT, new[b1:b2]))
    return out


def diff_paragraphs(old: str, new: str) -> list[Paragraph]:
    """Return one list of segments per paragraph of the merged text (paragraphs split on newlines)."""
    a, b = old.split("\n"), new.split("\n")
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    out: list[Paragraph] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.extend([Segment(EQUAL, p)] for p in a[a1:a2])
        elif op == "delete":
            out.extend([Segment(DELETE, p)] for p in a[a1:a2])
        elif op == "insert":
            out.extend([Segment(INSERT, p)] for p in b[b1:b2])
        else:
            olds, news = a[a1:a2], b[b1:b2]
            for i in range(max(len(olds), len(news))):
                before = olds[i] if i < len(olds) else ""
                after = news[i] if i < len(news) else ""
                out.append(diff_chars(before, after))
    return [p for p in out if p]


def changed(segments: list[Segment]) -> bool:
    """Tell whether a diff holds any insertion or deletion."""
    return any(s.op != EQUAL for s in segments)

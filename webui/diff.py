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
    # Runs as (kept?, old text, new text); each change is one run, its deletion and insertion together.
    runs = [(op == "equal", old[a1:a2], new[b1:b2]) for op, a1, a2, b1, b2 in matcher.get_opcodes()]
    out: list[Segment] = []
    for kept, before, after in _joined(runs):
        if kept:
            out.append(Segment(EQUAL, before))
            continue
        if before:
            out.append(Segment(DELETE, before))
        if after:
            out.append(Segment(INSERT, after))
    return out


def _joined(runs: list[tuple[bool, str, str]]) -> list[tuple[bool, str, str]]:
    """Fold a kept run into the changes around it when it is no longer than either of them.

    一以贯之 -> 持之以恒 matches 以 alone, which split one rewording into 一|持之|以|贯之|恒; the
    semantic clean-up of diff-match-patch reads it as one change, as a reader does.
    """
    runs = list(runs)
    i = 1
    while i < len(runs) - 1:
        (k0, a0, b0), (k1, a1, b1), (k2, a2, b2) = runs[i - 1 : i + 2]
        if k1 and not k0 and not k2 and len(a1) <= min(max(len(a0), len(b0)), max(len(a2), len(b2))):
            runs[i - 1 : i + 2] = [(False, a0 + a1 + a2, b0 + b1 + b2)]
            i = max(i - 2, 1)  # the joined change may now swallow the kept run before it
            continue
        i += 1
    return runs


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

"""Compare two versions of an article's text for reading: paragraphs first, then characters.

Chinese has no spaces, so a word diff is a character diff. Diffing a whole
body character by character mis-aligns paragraphs and costs quadratic time;
aligning paragraphs first, then diffing characters only inside a changed
paragraph pair, gives the "this sentence was edited" view a reader expects.
A paragraph pair too long to compare by character (a body stored as one long
paragraph) is aligned by sentence the same way, and only its changed sentences
are compared by character. Segments are plain text with an operation; the template escapes them.

The web diff page and ``show --diff`` in the terminal both read these segments (one comparison, two
renderings): the terminal printed a unified diff of whole paragraphs, a corrected figure in a long
paragraph read as the paragraph deleted and inserted whole. It lives in the archive, the bottom room,
so that both front ends import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"
# A changed pair longer than this is aligned by sentence first, and a changed sentence pair longer
# than this is shown as deleted + inserted: character matching is quadratic in the worst case.
MAX_CHAR_DIFF = 4000
# Where a sentence ends: after its closing punctuation and any closing quote or bracket.
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$")
_SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)]*$")


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged, inserted or deleted."""

    op: str
    text: str


Paragraph = list[Segment]


def diff_chars(old: str, new: str) -> list[Segment]:
    """Return the character-level segments that turn ``old`` into ``new``.

    A pair longer than :data:`MAX_CHAR_DIFF` is aligned by sentence first: a figure corrected in a
    2,000-character paragraph is that figure, not the whole paragraph deleted and inserted.
    """
    if old == new:
        return [Segment(EQUAL, old)] if old else []
    if len(old) + len(new) <= MAX_CHAR_DIFF:
        return _diff_short(old, new)
    a, b = _SENTENCE.findall(old), _SENTENCE.findall(new)
    if len(a) < 2 and len(b) < 2:
        return [s for s in (Segment(DELETE, old), Segment(INSERT, new)) if s.text]
    out: list[Segment] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        before, after = "".join(a[a1:a2]), "".join(b[b1:b2])
        if op == "equal":
            out.append(Segment(EQUAL, before))
        elif len(before) + len(after) <= MAX_CHAR_DIFF:
            out.extend(_diff_short(before, after))
        else:
            out.extend(s for s in (Segment(DELETE, before), Segment(INSERT, after)) if s.text)
    return _merged(out)


def _merged(segments: list[Segment]) -> list[Segment]:
    """Join neighbouring segments of one operation (two sentences' runs meet at their boundary)."""
    out: list[Segment] = []
    for segment in segments:
        if out and out[-1].op == segment.op:
            out[-1] = Segment(segment.op, out[-1].text + segment.text)
        else:
            out.append(segment)
    return out


def _diff_short(old: str, new: str) -> list[Segment]:
    """Return the character-level segments of a pair short enough to compare character by character."""
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


def changed_sentences(paragraph: Paragraph) -> list[Paragraph | None]:
    """Return a changed paragraph's sentences, each unchanged run of them as one None.

    A sentence ends where unchanged text ends one (:data:`_SENTENCE`), so a sentence holding a change
    is whole on both sides. The terminal prints the changed ones and "…" for the rest: a figure
    corrected in a long paragraph is its sentence, not the paragraph.
    """
    sentences: list[Paragraph] = [[]]
    for segment in paragraph:
        if segment.op != EQUAL:
            sentences[-1].append(segment)
            continue
        pieces = _SENTENCE.findall(segment.text)
        for i, piece in enumerate(pieces):
            sentences[-1].append(Segment(EQUAL, piece))
            if i < len(pieces) - 1 or _SENTENCE_END.search(piece):
                sentences.append([])
    out: list[Paragraph | None] = []
    for sentence in (s for s in sentences if s):
        if changed(sentence):
            out.append(sentence)
        elif not out or out[-1] is not None:
            out.append(None)
    return out


def marked(segments: Paragraph) -> str:
    """Return segments as one line of text, a deletion as ``[-old-]`` and an insertion as ``{+new+}``.

    The marks of ``git diff --word-diff=plain``: the terminal's <del> and <ins>.
    """
    marks = {EQUAL: "%s", DELETE: "[-%s-]", INSERT: "{+%s+}"}
    return "".join(marks[s.op] % s.text for s in segments)


def diff_line(label: str, paragraph: Paragraph) -> str | None:
    """Return one changed field or paragraph as a terminal line (None when it did not change).

    ``- `` a paragraph deleted whole, ``+ `` one inserted whole, ``~ `` one changed: its changed
    sentences with the change marked (:func:`marked`), "…" for the sentences left out.
    """
    if not changed(paragraph):
        return None
    ops = {s.op for s in paragraph}
    if ops == {DELETE} or ops == {INSERT}:
        return f"{'-' if ops == {DELETE} else '+'} {label}{''.join(s.text for s in paragraph)}"
    parts = ["…" if s is None else marked(s) for s in changed_sentences(paragraph)]
    return f"~ {label}{' '.join(parts)}"

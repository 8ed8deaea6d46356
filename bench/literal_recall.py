"""Literal recall: a quoted string finds every indexed article that contains it, and nothing else.

Issue 17 asks that a compact index keep literal recall complete. This draws
strings the way a journalist would copy them out of an article (random
substrings of random indexed articles, 2-16 characters, with a share that
holds punctuation, digits, Latin letters or full-width forms), searches each
as a quoted phrase through ``indexer.search.search`` (the product API, every
page of hits), and compares with the truth found by brute force over the same
folded texts the index holds (``fold(literal_text(...))``): the documents
whose folded text contains the folded string.

A string never spans a line break: the product joins an article's parts (and
keeps its paragraphs) with ``LITERAL_SEPARATOR`` and by design no literal
match crosses it. A string with an ASCII ``"`` (the query syntax has no escape
for it) or with whitespace at either end (a phrase is stripped) is drawn again.
"""

from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.analysis import fold
from indexer.documents import IndexDoc
from indexer.query import punctuation_widths
from indexer.schema import LITERAL_SEPARATOR, literal_text

MIN_CHARS, MAX_CHARS = 2, 16
# Half the strings are drawn anywhere, the rest around a character of one class each.
KINDS = ("any", "any", "any", "any", "punct", "digit", "latin", "fullwidth")
ATTEMPTS = 2_000  # draws per string before falling back to "any" (a class may be rare)
SearchFn = Callable[[str], Iterable[int]]
# What may part the words of a phrase typed with a space, by hand from the documented rule (README,
# "exact phrase"): whitespace (the folded text's; U+3000 folds to a space) and a mark that stands inside a
# name: a middle dot (艾力·买买提), a hyphen or dash, quotes and title marks (城市“晚报”, 《城市》晚报),
# brackets (中国（海南）自贸区). Never a clause's or a sentence's end (。！？；，、：… and their ASCII forms).
NAME_GAP = " \t\xa0" + "·・•‧" + "-‐‑–—－" + "\"'“”‘’「」『』《》〈〉" + "()（）[]【】"
NAME_GAP_WIDTH = 4  # up to four of them in a row ("城市 “晚报”")


def char_kind(ch: str) -> str | None:
    """Return the class a character counts for: ``fullwidth`` is a form the index folds (``Ａ``, ``１``).

    Full-width punctuation (``，``, ``（``) is not folded, so it counts as punctuation.
    """
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A or ch == "\u3000":
        return "fullwidth"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if unicodedata.category(ch).startswith("P"):
        return "punct"
    return None


def kinds_of(text: str) -> set[str]:
    """Return the classes of the characters of ``text``."""
    return {k for k in map(char_kind, text) if k is not None}


def searchable(text: str) -> bool:
    """Tell whether ``text`` can be typed as one quoted phrase that means itself."""
    return (
        len(text) >= MIN_CHARS and LITERAL_SEPARATOR not in text and '"' not in text and text == text.strip()
    )


def _draw(raw: str, kind: str, rng: random.Random) -> str | None:
    """Draw one substring of ``raw`` (around a character of ``kind`` unless ``any``); None: none fits."""
    length = rng.randint(MIN_CHARS, MAX_CHARS)
    if len(raw) < length:
        return None
    if kind == "any":
        start = rng.randrange(len(raw) - length + 1)
    else:
        at = [i for i, ch in enumerate(raw) if char_kind(ch) == kind]
        if not at:
            return None
        pos = rng.choice(at)
        low, high = max(0, pos - length + 1), min(pos, len(raw) - length)
        if low > high:
            return None
        start = rng.randint(low, high)
    piece = raw[start : start + length]
    return piece if searchable(piece) else None


def sample_strings(raws: list[str], n: int, seed: int) -> list[str]:
    """Draw ``n`` searchable substrings of ``raws`` (seeded: the same texts give the same strings)."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        piece = None
        for attempt in range(ATTEMPTS * 2):
            piece = _draw(rng.choice(raws), kind if attempt < ATTEMPTS else "any", rng)
            if piece is not None:
                break
        if piece is None:
            raise ValueError("no searchable substring found: are the texts empty?")
        out.append(piece)
    return out


class Truth:
    """The documents whose folded text contains a folded string, by brute force over one joined text."""

    def __init__(self, folded: dict[int, str]) -> None:
        self.ids = list(folded)
        self.starts: list[int] = []
        pos = 0
        for text in folded.values():
            self.starts.append(pos)
            pos += len(text) + 1
        self.joined = "\0".join(folded.values())

    def docs(self, text: str) -> set[int]:
        """Return the ids of the documents whose folded text contains ``fold(text)`` in a width it may take.

        A quoted string matches as typed or with its ``,;:!?()`` all full-width or all ASCII
        (``indexer.query.punctuation_widths``: headlines are stored as printed, in either width),
        so the truth is the union over those forms.
        """
        found: set[int] = set()
        pieces = fold(text).split()
        if len(pieces) > 1:  # a phrase typed with a space: its words in order, gapped (README, operators)
            found |= self._gapped(pieces)
        for form in punctuation_widths(text):
            needle = fold(form)
            pos = self.joined.find(needle)
            while pos != -1:
                k = bisect_right(self.starts, pos) - 1
                found.add(self.ids[k])
                if k + 1 == len(self.starts):
                    break
                pos = self.joined.find(needle, self.starts[k + 1])
        return found

    def _gapped(self, pieces: list[str]) -> set[int]:
        """Return the documents holding ``pieces`` in order, joined or parted only by marks inside a name.

        The documented rule of a quoted phrase typed with a space (README, "exact phrase"): ``"城市 晚报"``
        finds 城市晚报, 城市 晚报, 城市·晚报 and 城市“晚报”, never 城市。晚报 or 城市，晚报. Written here by
        hand from that rule (:data:`NAME_GAP`, up to :data:`NAME_GAP_WIDTH` of them), not from the
        product's own gap constants: the bench would then follow the product and could not fail.
        """
        gap = f"[{re.escape(NAME_GAP)}]{{0,{NAME_GAP_WIDTH}}}"
        pattern = re.compile(gap.join(re.escape(p) for p in pieces))
        return {self.ids[bisect_right(self.starts, m.start()) - 1] for m in pattern.finditer(self.joined)}


@dataclass
class RecallReport:
    """Literal recall over all (string, document) pairs, and the documents found that hold no match."""

    strings: int = 0
    expected: int = 0
    found: int = 0
    false_positives: int = 0
    strings_missed: int = 0
    strings_with_false_positives: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    missed_examples: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def complete(self) -> bool:
        return self.found == self.expected and self.false_positives == 0


def literal_recall(
    docs: Iterable[IndexDoc], search_ids: SearchFn, n: int = 1_000, seed: int = 17
) -> RecallReport:
    """Sample ``n`` strings from ``docs`` (the indexed articles), search each, and compare with the truth."""
    raws: list[str] = []
    folded: dict[int, str] = {}
    for doc in docs:
        text = literal_text(doc.lead_title, doc.title, doc.subtitle, doc.body)
        raws.append(text)
        folded[doc.id] = fold(text)
    strings = sample_strings(raws, n, seed)
    del raws
    truth = Truth(folded)
    del folded
    report = RecallReport(strings=len(strings))
    for text in strings:
        for kind in kinds_of(text):
            report.kinds[kind] = report.kinds.get(kind, 0) + 1
        expected = truth.docs(text)
        got = set(search_ids(text))
        hit = len(expected & got)
        extra = len(got - expected)
        report.expected += len(expected)
        report.found += hit
        report.false_positives += extra
        report.strings_with_false_positives += extra > 0
        if hit < len(expected):
            report.strings_missed += 1
            if len(report.missed_examples) < 5:
                report.missed_examples.append(text)
    return report


def product_search(index_path: Path, time_limit: float = 120.0) -> SearchFn:
    """Return a search that lists the ids of every article a quoted ``text`` finds, page after page.

    No store is given, so reprints are not grouped and ``total`` counts
    articles. The time limit is generous: this measures recall, not speed (a
    search past it raises, and the benchmark fails rather than under-counts).
    """
    from indexer.search import MAX_LIMIT, search

    def ids(text: str) -> list[int]:
        found: list[int] = []
        page = 1
        while True:
            result = search(index_path, f'"{text}"', limit=MAX_LIMIT, page=page, time_limit=time_limit)
            found += [hit.id for hit in result.hits if not hit.partial]
            if result.total <= page * MAX_LIMIT:
                return found
            page += 1

    return ids


def render(report: RecallReport, articles: int) -> str:
    """Format the report as one markdown paragraph with its verdict."""
    verdict = "met" if report.complete else "missed"
    kinds = ", ".join(f"{k} {report.kinds.get(k, 0)}" for k in ("punct", "digit", "latin", "fullwidth"))
    line = (
        f"Literal recall on {articles:,} indexed articles: {report.strings:,} sampled strings "
        f"(seeded; {MIN_CHARS}-{MAX_CHARS} characters; holding {kinds}) searched quoted through "
        f"`indexer.search.search`, every page: **recall {report.recall:.3f}** "
        f"({report.found:,} of {report.expected:,} (string, article) pairs; {report.strings_missed} strings "
        f"with a miss), **{report.false_positives} false positives** "
        f"({report.strings_with_false_positives} strings). Target complete (1.000) and no false positive: "
        f"{verdict}."
    )
    if report.missed_examples:
        line += " Missed e.g. " + ", ".join(repr(s) for s in report.missed_examples) + "."
    return line

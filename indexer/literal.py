"""Exact substring search: the query that makes literal-string recall a guarantee.

Candidates are the documents holding every bigram of the string (the
``grams`` field) and each of its punctuation characters (the ``chars`` field
of characters no bigram starts with), narrowed by the word field when the
string is itself an indexed word (every index term is a substring of the
folded text, so those documents are matches without a check). The rest are
checked against the folded text in the ``ftext`` column, as UTF-8 bytes
(UTF-8 is self-synchronising, so a byte match is a character match, and
nothing needs decoding).
Recall is exact by construction: a document that contains the string contains
each of its characters, and the check is ``str.__contains__``.
"""

from __future__ import annotations

import itertools
import re
import time
import zlib
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, AnyStr, Generic

import numpy as np
from whoosh import matching
from whoosh import query as wq

from indexer.analysis import fold, gram_counts, literal_chars
from indexer.errors import QueryError
from indexer.postings import BoolArray, IntArray, char_docs, doc_frequency, live_mask, read_postings
from indexer.schema import LITERAL_SEPARATOR

WORD_FIELDS = ("title", "lead", "body")
_NONE: IntArray = np.zeros(0, dtype=np.int64)


class SearchTimeout(QueryError):
    """The search ran past its time limit."""


def check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise SearchTimeout("the search took too long; add words or quote a less common string")


def _candidates(reader: Any, folded: str, deadline: float | None) -> IntArray | None:
    """Return the sorted docnums that may hold ``folded`` (None: none can), from bigrams and solo characters.

    Every bigram of the string is a bigram of a document that contains it, and
    every punctuation character of it is a solo character there: the
    candidates are the documents holding all of them, the rarest list first.
    A longer list is not intersected but looked up (a binary search per
    candidate, :func:`_holding`), so even a bigram in most documents costs
    little, and each candidate it removes is a text that need not be
    decompressed and checked (that check was most of a pasted headline's
    search time at 60,000 articles; bench/notes/index_bench.md).
    A string with neither (one letter, ``湖``) takes the documents holding
    that character.
    """
    keys = [("grams", gram) for gram in gram_counts(folded)]
    keys += [("chars", ch) for ch in literal_chars(folded) if not ch.isalnum()]
    if not keys:
        rarest = min(literal_chars(folded), key=lambda ch: doc_frequency(reader, "chars", ch))
        found = char_docs(reader, rarest)
        return found if len(found) else None
    freqs = sorted((doc_frequency(reader, name, term), name, term) for name, term in keys)
    if freqs[0][0] == 0:
        return None
    candidates = read_postings(reader, freqs[0][1], freqs[0][2])[0]
    for _, name, term in freqs[1:]:
        if not len(candidates):
            break
        candidates = candidates[_holding(read_postings(reader, name, term)[0], candidates)]
        check_deadline(deadline)
    return candidates


def _holding(postings: IntArray, docnums: IntArray) -> BoolArray:
    """Return which of the sorted ``docnums`` are in the sorted ``postings`` (a binary search each)."""
    if not len(postings):
        return np.zeros(len(docnums), dtype=np.bool_)
    at = np.searchsorted(postings, docnums)
    found: BoolArray = postings[np.minimum(at, len(postings) - 1)] == docnums
    return found


class FoldedTexts:
    """A segment's folded texts (UTF-8, decompressed) for one search, each decompressed once.

    A pasted headline's runs are each checked literally, and the documents
    that hold one run (the article and its reprints) mostly hold the others:
    decompressing a text was the largest single cost of such a search, so a
    search keeps what it decompressed (and shows its hits from it). The
    ``ftext`` column is opened on first use (opening reads its offsets).
    """

    def __init__(self, reader: Any, column: Any = None) -> None:
        self._reader = reader
        self._column = column
        self._texts: dict[int, bytes] = {}

    def __getitem__(self, docnum: int) -> bytes:
        found = self._texts.get(docnum)
        if found is None:
            if self._column is None:
                self._column = self._reader.column_reader("ftext")
            blob = self._column[docnum]
            if not blob:  # every document has one (compressed, never empty): the column is cut or gone
                raise ValueError(f"document {docnum} has no folded text")
            found = self._texts[docnum] = zlib.decompress(blob)
        return found


class EdgeNeedle(Generic[AnyStr]):
    """A folded needle found where no digit (Latin letter) runs on past its edges (:func:`edge_needle`).

    One rule for the search, which reads folded texts as UTF-8 (``bytes``: nothing is decoded), and
    for the snippet's highlights, which read them as strings (:func:`whole_at`): both are built from
    the one pattern :func:`_edge_source` writes.
    """

    def __init__(self, pattern: re.Pattern[AnyStr], digit_head: bool, digit_tail: bool) -> None:
        self.pattern: re.Pattern[AnyStr] = pattern
        self.digit_head = digit_head
        self.digit_tail = digit_tail

    def found(self, haystack: AnyStr) -> bool:
        """Return whether ``haystack`` holds the needle with neither end inside a longer figure."""
        match = self.pattern.search(haystack)
        while match is not None:
            if self._whole(haystack, *match.span()):
                return True
            match = self.pattern.search(haystack, match.start() + 1)
        return False

    def at(self, haystack: AnyStr, start: int) -> bool:
        """Return whether the needle stands whole at ``start`` of ``haystack`` (what it holds there)."""
        match = self.pattern.match(haystack, start)  # a look-behind sees the text before ``start``
        return match is not None and self._whole(haystack, *match.span())

    def _whole(self, haystack: AnyStr, start: int, end: int) -> bool:
        return not (self.digit_head and _cuts_decimal(haystack, start - 1, -1)) and not (
            self.digit_tail and _cuts_decimal(haystack, end, 1)
        )


def edge_needle(folded: str) -> EdgeNeedle[bytes] | None:
    """Return ``folded`` as a needle found only where no digit (Latin letter) runs on past its edges.

    Searched as a substring, 3万吨 was found in 化肥23万吨, 3.5亿元 in 13.5亿元, ai in Shanghai: a
    citable false match. A needle starting (ending) with a digit must not follow (precede) a digit or
    a decimal's point; with a letter, a letter. The dots of a dotted date or version (2019.3.5) are
    no decimal point: they part its figures, each found whole. An ASCII thousands separator between
    digit groups is inside its figure: 500万元 is not found in 1,500万元, nor 1,000 in 1,000,000 (a
    full-width comma parts a list: 480万元 is found in 120，350，480万元). None when
    neither end is a digit or letter (a Chinese run: a substring is its match).
    """
    source = _edge_source(folded)
    if source is None:
        return None
    head, tail = _edge_classes(folded)
    return EdgeNeedle(re.compile(source.encode("utf-8")), head == "digit", tail == "digit")


@lru_cache(maxsize=256)
def _text_needle(needle: str) -> EdgeNeedle[str] | None:
    source = _edge_source(needle)
    if source is None:
        return None
    head, tail = _edge_classes(needle)
    return EdgeNeedle(re.compile(source), head == "digit", tail == "digit")


def _edge_source(needle: str) -> str | None:
    """Return the pattern (as a string) finding ``needle`` whole, or None when any substring is whole.

    Written once, compiled as bytes for the search and as a string for the snippet: the two told
    "runs on" apart by two copies of the rule, the snippet's a character test of its own.
    """
    head, tail = _edge_classes(needle)
    before, after = _EDGE_BEFORE.get(head, ""), _EDGE_AFTER.get(tail, "")
    if head == "digit" and len(needle) - len(needle.lstrip("0123456789")) == 3:
        before += _GROUP_BEFORE  # three digits after an ASCII separator are a figure's last group
    if not before and not after:
        return None
    return before + re.escape(needle) + after


def _cuts_decimal(haystack: bytes | str, dot: int, step: int) -> bool:
    """Return whether the character at ``dot`` beside a figure's end is the point of a decimal it cuts.

    ``step`` is -1 before the match, 1 after it. A dot between two digits whose figure (digits and
    dots) holds one dot is a decimal's point (13.5); with more (2019.3.5) the figure is a dotted date.
    ``haystack`` is a folded text, as UTF-8 (the search) or as a string (the snippet's highlights).
    """
    digits, point = (_DIGIT_BYTES, _DOT) if isinstance(haystack, bytes) else (_DIGIT_CHARS, ".")
    if not 0 <= dot < len(haystack) or haystack[dot] != point or not 0 <= dot + step < len(haystack):
        return False
    if haystack[dot + step] not in digits or haystack[dot - step] not in digits:
        return False
    start, end = dot, dot
    while start > 0 and (haystack[start - 1] in digits or haystack[start - 1] == point):
        start -= 1
    while end + 1 < len(haystack) and (haystack[end + 1] in digits or haystack[end + 1] == point):
        end += 1
    chunk = haystack[start : end + 1]
    figure = chunk.decode("ascii") if isinstance(chunk, bytes) else chunk
    figure = figure.strip(".")
    return figure.count(".") == 1 and not _year_and_month(figure)


def _year_and_month(figure: str) -> bool:
    """Tell a one-dot figure that is a year and a month (截至2019.3, 2020.12) from a decimal.

    A decimal of a year's four digits and a fraction of one or two digits up to 12 is rare in news
    text; the date is common, and read as a decimal "no article contains 2019" was false.
    """
    year, _, month = figure.partition(".")
    return len(year) == 4 and year[:2] in ("19", "20") and 1 <= len(month) <= 2 and 1 <= int(month) <= 12


def whole_at(folded: str, start: int, end: int) -> bool:
    """Return whether ``folded[start:end]`` runs into no longer figure or Latin word (as :class:`EdgeNeedle`).

    The snippet highlights by this rule what the search matched by it: 3万吨 marked inside 化肥23万吨
    read as if the article said 3万吨 there.
    """
    needle = _text_needle(folded[start:end])
    return needle is None or needle.at(folded, start)


_DOT = ord(".")
_DIGIT_BYTES: frozenset[Any] = frozenset(b"0123456789")
_DIGIT_CHARS: frozenset[Any] = frozenset("0123456789")


def _edge_classes(needle: str) -> tuple[str, str]:
    """Return the classes of ``needle``'s two ends that must not run on into a longer figure or word.

    A figure is matched whole; a Latin run only when it is short (an abbreviation: AI in Shanghai, it
    in City are false matches). A longer one is a word's stem or a part typed of a run-together name
    (iphone in iphones): matched whole, it cost the judged query log (qbqtc) 0.009 MRR@10 on both halves.
    """
    head, tail = _edge_class(needle[:1]), _edge_class(needle[-1:])
    if needle[:1] in _MINUS and _edge_class(needle[1:2]) == "digit":
        head = "sign"  # -5度 is no minus of 3-5度 (a range) nor of a code's hyphen (a-5)
    if head == "letter" and len(needle) - len(needle.lstrip(_LATIN)) > LATIN_WHOLE_MAX:
        head = ""
    if tail == "letter" and len(needle) - len(needle.rstrip(_LATIN)) > LATIN_WHOLE_MAX:
        tail = ""
    return head, tail


# The longest Latin run at a needle's end matched whole (AI, it, QQ); a longer one may run on.
LATIN_WHOLE_MAX = 3
_LATIN = "abcdefghijklmnopqrstuvwxyz"  # folded text holds Latin letters in lower case


def _edge_class(char: str) -> str:
    if char.isascii() and char.isdigit():
        return "digit"
    return "letter" if char.isascii() and char.isalpha() else ""


# Past a needle's ends: no digit (letter) runs on; a figure's end is not followed by another digit group
# (1,000 in 1,000,000), nor its three leading digits preceded by one (500 in 1,500). Only the ASCII comma
# groups thousands here: papers list figures with the full-width one (分别为120，350，480万元), and read as a
# separator it made 480万元 'inside a longer figure' ("no article contains", false). 1，000万元 is still
# found as a figure (:func:`indexer.query.thousands_forms` and the full-width form of its literal).
_EDGE_BEFORE = {"digit": r"(?<![0-9])", "letter": r"(?<![a-z])", "sign": r"(?<![0-9a-z])"}
_MINUS = ("-", "－", "−")  # a figure's sign (indexer.query.MINUS_SIGNS): -5度, －5℃, −5度
_EDGE_AFTER = {"digit": r"(?![0-9])(?!,[0-9]{3}(?![0-9]))", "letter": r"(?![a-z])"}
_GROUP_BEFORE = r"(?<![0-9],)"


def matching_docnums(
    reader: Any,
    text: str,
    scope: str = "all",
    deadline: float | None = None,
    texts: FoldedTexts | None = None,
    edges: bool = False,
) -> IntArray:
    """Return the sorted docnums of ``reader`` whose folded text contains the folded ``text``.

    ``texts`` is the search's :class:`FoldedTexts` of the reader, when the
    caller has one (it opens the column only when something needs checking).
    The candidates of a single character are exactly its documents (it starts
    one of their bigrams or is one of their solo characters), and so are those
    of two letters or digits (one bigram, whose postings are its documents), so
    only longer strings, and titles, are checked against the text. With ``edges`` a digit or Latin
    letter at an end of the string must not run on in the text (:func:`edge_needle`).
    """
    folded = fold(text)
    edge = edge_needle(folded) if edges else None
    if not literal_chars(folded) or LITERAL_SEPARATOR in folded:
        return _NONE
    candidates = _candidates(reader, folded, deadline)
    if candidates is None or not len(candidates):
        return _NONE
    if reader.has_deletions():
        candidates = candidates[live_mask(reader)[candidates]]
    if edge is None and scope == "all" and (len(folded) == 1 or (len(folded) == 2 and folded.isalnum())):
        return candidates  # one character, or one bigram: its postings are exactly its documents
    confirmed = _NONE
    if scope == "all":
        for fieldname in WORD_FIELDS:
            ids = read_postings(reader, fieldname, folded)[0]
            if len(ids):
                confirmed = np.union1d(confirmed, np.intersect1d(ids, candidates, assume_unique=True))
    found = [confirmed]
    if texts is None:
        texts = FoldedTexts(reader)
    needle = folded.encode("utf-8")
    sep = LITERAL_SEPARATOR.encode("utf-8")
    checked: list[int] = []
    rest = np.setdiff1d(candidates, confirmed, assume_unique=True) if len(confirmed) else candidates
    for n, docnum in enumerate(rest.tolist()):
        if n % 256 == 0:
            check_deadline(deadline)
        haystack = texts[docnum]
        if not haystack:
            continue
        if scope == "title":  # the parts are lead, title, subtitle, body
            haystack = haystack.split(sep, 2)[1]
        if (needle in haystack) if edge is None else edge.found(haystack):
            checked.append(docnum)
    found.append(np.array(checked, dtype=np.int64))
    return np.sort(np.concatenate(found))


class LiteralQuery(wq.Query):  # type: ignore[misc]
    """Match documents whose text (or title) contains ``text`` exactly, after folding.

    Each match gets the constant score ``boost``: a literal match is evidence,
    the word fields do the ranking. Results are cached per reader, because
    Whoosh runs a query twice when it also counts all matches.
    """

    def __init__(
        self,
        text: str,
        scope: str = "all",
        boost: float = 1.0,
        deadline: float | None = None,
        edges: bool = False,
    ):
        self.text = fold(text)
        self.scope = scope
        self.boost = boost
        self.deadline = deadline
        self.edges = edges  # a typed run, not a quoted phrase: figures and Latin words found whole
        self._cache: dict[int, IntArray] = {}

    def __repr__(self) -> str:
        return f"LiteralQuery({self.text!r}, scope={self.scope!r}, boost={self.boost}, edges={self.edges})"

    def __unicode__(self) -> str:
        return f'"{self.text}"'

    __str__ = __unicode__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LiteralQuery) and (other.text, other.scope, other.boost, other.edges) == (
            self.text,
            self.scope,
            self.boost,
            self.edges,
        )

    def __hash__(self) -> int:
        return hash((LiteralQuery, self.text, self.scope, self.boost, self.edges))

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return False

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, str]]:
        return iter(())

    def children(self) -> Iterator[wq.Query]:
        return iter(())

    def estimate_size(self, ixreader: Any) -> int:
        return int(ixreader.doc_count_all())

    def estimate_min_size(self, ixreader: Any) -> int:
        return 0

    def docnums(self, reader: Any, texts: FoldedTexts | None = None) -> IntArray:
        """Return (and cache) the matching docnums of ``reader`` (``texts``: the search's texts of it)."""
        key = id(reader)
        if key not in self._cache:
            self._cache[key] = matching_docnums(
                reader, self.text, self.scope, self.deadline, texts, self.edges
            )
        return self._cache[key]

    def matcher(self, searcher: Any, context: Any = None) -> matching.Matcher:
        ids = self.docnums(searcher.reader())
        if not len(ids):
            return matching.NullMatcher()
        return matching.ListMatcher(ids.tolist(), all_weights=self.boost)


# What may stand between the pieces of a gapped string (:class:`GappedQuery`): a figure and its unit
# printed spaced (2019 年 11 月: one or two spaces, as the index's junction terms take them,
# :func:`indexer.analysis.spaced_junctions`), or the words of a phrase typed with a space between them
# ("城市 晚报"), which the text may print joined, spaced or parted by a mark inside a name (城市·晚报,
# 城市“晚报”, 城市-晚报, 《城市》晚报). Never by the end of a clause or a sentence (，、；：。！？…):
# 建设文明城市。晚报记者… holds the last word of one sentence and the first of the next, not the phrase;
# nor by a mark between alternatives or figures (/ | ~ ～ % + = ...), which README's rule does not name.
GAP_SPACES = (" ", "\t", "\xa0")  # folded text: the ideographic space is an ASCII one
GAP_PUNCTUATION = tuple("\"'()-[]“”‘’「」『』（）《》〈〉【】—·・－")
GAP_WIDTHS = {"space": 2, "phrase": 4}


def _gap_chars(kind: str) -> tuple[str, ...]:
    return GAP_SPACES + (GAP_PUNCTUATION if kind == "phrase" else ())


@lru_cache(maxsize=256)
def gapped_source(pieces: tuple[str, ...], kind: str, edges: bool) -> str:
    """Return the pattern (a string) of ``pieces`` in order with a gap of ``kind`` allowed between each two.

    With ``edges`` a figure or short Latin word at either end is found whole (:func:`_edge_source`).
    """
    gap = "(?:" + "|".join(re.escape(ch) for ch in _gap_chars(kind)) + f"){{0,{GAP_WIDTHS[kind]}}}"
    body = gap.join(re.escape(piece) for piece in pieces)
    if not edges:
        return body
    joined = "".join(pieces)
    head, tail = _edge_classes(joined)
    before, after = _EDGE_BEFORE.get(head, ""), _EDGE_AFTER.get(tail, "")
    if head == "digit" and len(pieces[0]) - len(pieces[0].lstrip("0123456789")) == 3:
        before += _GROUP_BEFORE
    return before + body + after


def gapped_needle(pieces: tuple[str, ...], kind: str, edges: bool, binary: bool) -> EdgeNeedle[Any]:
    """Return the needle of :func:`gapped_source`, compiled for UTF-8 texts (``binary``) or strings."""
    source = gapped_source(pieces, kind, edges)
    head, tail = _edge_classes("".join(pieces)) if edges else ("", "")
    pattern: re.Pattern[Any] = re.compile(source.encode("utf-8") if binary else source)
    return EdgeNeedle(pattern, head == "digit", tail == "digit")


def _junction_docs(reader: Any, left: str, right: str) -> IntArray | None:
    """Return the docnums holding ``left`` and ``right`` side by side, joined or spaced (None: no key).

    Joined, they are a bigram of the text; spaced, a figure and its unit are one of the junction
    terms the ``chars`` field holds (``"9 年"``, :func:`indexer.analysis.spaced_junctions`). A
    junction with punctuation (3.5%) has no key of its own: the sign's solo character narrows it.
    """
    if not (left + right).isalnum():
        return None
    joined = read_postings(reader, "grams", left + right)[0]
    spaced = read_postings(reader, "chars", f"{left} {right}")[0]
    return np.union1d(joined, spaced) if len(spaced) else joined


def gapped_docnums(
    reader: Any,
    pieces: tuple[str, ...],
    kind: str,
    scope: str = "all",
    deadline: float | None = None,
    texts: FoldedTexts | None = None,
    edges: bool = False,
) -> IntArray:
    """Return the sorted docnums whose folded text holds ``pieces`` in order, gaps of ``kind`` between.

    Candidates hold every piece (:func:`_candidates`) and, for a figure and its unit (``space``),
    each junction of two pieces joined or spaced (:func:`_junction_docs`); they are checked
    against the text with :func:`gapped_needle`, as :func:`matching_docnums` checks a string.
    """
    folded = tuple(fold(piece) for piece in pieces if piece)
    if not folded or any(LITERAL_SEPARATOR in piece for piece in folded):
        return _NONE
    sets: list[IntArray] = []
    if kind == "space":  # the junctions first: each is narrow where a piece (年) is in most texts
        for left, right in itertools.pairwise(folded):
            joined = _junction_docs(reader, left[-1], right[0])
            if joined is not None:
                sets.append(joined)
    for piece in folded:
        if sets and kind == "space" and len(piece) == 1 and piece.isalnum():
            continue  # a unit of one character is in its junctions' texts (年 of 9年 or of "9 年")
        found = _candidates(reader, piece, deadline)
        if found is None:
            return _NONE
        sets.append(found)
    sets.sort(key=len)
    candidates = sets[0]
    for more in sets[1:]:
        if not len(candidates):
            return _NONE
        candidates = candidates[_holding(more, candidates)]
    if not len(candidates):
        return _NONE
    if reader.has_deletions():
        candidates = candidates[live_mask(reader)[candidates]]
    if texts is None:
        texts = FoldedTexts(reader)
    needle = gapped_needle(folded, kind, edges, binary=True)
    sep = LITERAL_SEPARATOR.encode("utf-8")
    checked: list[int] = []
    for n, docnum in enumerate(candidates.tolist()):
        if n % 256 == 0:
            check_deadline(deadline)
        haystack = texts[docnum]
        if scope == "title":
            haystack = haystack.split(sep, 2)[1]
        if needle.found(haystack):
            checked.append(docnum)
    return np.array(checked, dtype=np.int64)


class GappedQuery(LiteralQuery):
    """Match ``pieces`` in order with a gap of ``kind`` allowed between each two (:func:`gapped_docnums`).

    ``space``: a figure and its unit printed spaced (2019 年 11 月 for 2019年11月); ``phrase``: the words
    of a quoted phrase typed with a space between them, joined, spaced or parted by a mark inside a name
    (not a clause's or a sentence's end, :data:`GAP_PUNCTUATION`).
    """

    def __init__(
        self,
        pieces: tuple[str, ...],
        kind: str,
        scope: str = "all",
        boost: float = 1.0,
        deadline: float | None = None,
        edges: bool = False,
    ):
        super().__init__(" ".join(pieces), scope, boost, deadline, edges)
        self.pieces = tuple(fold(piece) for piece in pieces)
        self.kind = kind

    def __repr__(self) -> str:
        return f"GappedQuery({self.pieces!r}, {self.kind!r}, scope={self.scope!r}, boost={self.boost})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, GappedQuery)
            and (other.pieces, other.kind, other.scope, other.boost)
            == (
                self.pieces,
                self.kind,
                self.scope,
                self.boost,
            )
            and other.edges == self.edges
        )

    def __hash__(self) -> int:
        return hash((GappedQuery, self.pieces, self.kind, self.scope, self.boost, self.edges))

    def docnums(self, reader: Any, texts: FoldedTexts | None = None) -> IntArray:
        key = id(reader)
        if key not in self._cache:
            self._cache[key] = gapped_docnums(
                reader, self.pieces, self.kind, self.scope, self.deadline, texts, self.edges
            )
        return self._cache[key]


# A snippet's needle for a gapped string (``Compiled.needles`` are strings): the mark, its kind, its pieces.
GAP_MARK = "\x1e"


def gap_needle(pieces: tuple[str, ...], kind: str) -> str:
    """Return the highlight needle of a :class:`GappedQuery` (read back by :func:`read_gap_needle`)."""
    return GAP_MARK.join((GAP_MARK + kind, *(fold(piece) for piece in pieces)))


def read_gap_needle(needle: str) -> tuple[tuple[str, ...], str] | None:
    """Return the pieces and kind of a needle :func:`gap_needle` wrote; None for a plain needle."""
    if not needle.startswith(GAP_MARK):
        return None
    kind, *pieces = needle[1:].split(GAP_MARK)
    return tuple(pieces), kind

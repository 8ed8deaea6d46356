"""Exact substring search: the query that makes literal-string recall a guarantee.

Candidates are the documents holding every character of the string (the
``chars`` field: one ``Existence`` posting per distinct character), narrowed
by the word field when the string is itself an indexed word (every index term
is a substring of the folded text, so those documents are matches without a
check). The rest are checked against the folded text in the ``ftext``
column, as UTF-8 bytes (UTF-8 is self-synchronising, so a byte match is a
character match, and nothing needs decoding).
Recall is exact by construction: a document that contains the string contains
each of its characters, and the check is ``str.__contains__``.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from typing import Any

from whoosh import matching
from whoosh.query import qcore

from indexer.analysis import fold, literal_chars
from indexer.errors import QueryError
from indexer.schema import LITERAL_SEPARATOR

WORD_FIELDS = ("title", "lead", "body")
_INTERSECT_RATIO = 8  # intersect a posting list only while it is at most this many times the candidates


class SearchTimeout(QueryError):
    """The search ran past its time limit."""


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise SearchTimeout("the search took too long; add words or quote a less common string")


def matching_docnums(reader: Any, text: str, scope: str = "all", deadline: float | None = None) -> list[int]:
    """Return the sorted docnums of ``reader`` whose folded text contains the folded ``text``."""
    folded = fold(text)
    chars = literal_chars(folded)
    if not chars or LITERAL_SEPARATOR in folded:
        return []
    freqs = sorted((reader.doc_frequency("chars", ch), ch) for ch in chars)
    if freqs[0][0] == 0:
        return []
    candidates = set(reader.postings("chars", freqs[0][1]).all_ids())
    for df, ch in freqs[1:]:
        if df > _INTERSECT_RATIO * len(candidates):
            break
        candidates.intersection_update(reader.postings("chars", ch).all_ids())
        _check_deadline(deadline)
    confirmed: set[int] = set()
    if scope == "all":
        for fieldname in WORD_FIELDS:
            if reader.doc_frequency(fieldname, folded):
                confirmed.update(d for d in reader.postings(fieldname, folded).all_ids() if d in candidates)
    found = list(confirmed)
    texts = reader.column_reader("ftext")
    needle = folded.encode("utf-8")
    sep = LITERAL_SEPARATOR.encode("utf-8")
    for n, docnum in enumerate(candidates - confirmed):
        if n % 256 == 0:
            _check_deadline(deadline)
        blob = texts[docnum]
        if not blob:
            continue
        haystack = zlib.decompress(blob)
        if scope == "title":  # the parts are lead, title, subtitle, body
            haystack = haystack.split(sep, 2)[1]
        if needle in haystack:
            found.append(docnum)
    found.sort()
    return found


class LiteralQuery(qcore.Query):  # type: ignore[misc]
    """Match documents whose text (or title) contains ``text`` exactly, after folding.

    Each match gets the constant score ``boost``: a literal match is evidence,
    the word fields do the ranking. Results are cached per reader, because
    Whoosh runs a query twice when it also counts all matches.
    """

    def __init__(self, text: str, scope: str = "all", boost: float = 1.0, deadline: float | None = None):
        self.text = fold(text)
        self.scope = scope
        self.boost = boost
        self.deadline = deadline
        self._cache: dict[int, list[int]] = {}

    def __repr__(self) -> str:
        return f"LiteralQuery({self.text!r}, scope={self.scope!r}, boost={self.boost})"

    def __unicode__(self) -> str:
        return f'"{self.text}"'

    __str__ = __unicode__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LiteralQuery) and (other.text, other.scope, other.boost) == (
            self.text,
            self.scope,
            self.boost,
        )

    def __hash__(self) -> int:
        return hash((LiteralQuery, self.text, self.scope, self.boost))

    def is_leaf(self) -> bool:
        return True

    def has_terms(self) -> bool:
        return False

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, str]]:
        return iter(())

    def children(self) -> Iterator[qcore.Query]:
        return iter(())

    def estimate_size(self, ixreader: Any) -> int:
        return int(ixreader.doc_count_all())

    def estimate_min_size(self, ixreader: Any) -> int:
        return 0

    def docnums(self, reader: Any) -> list[int]:
        """Return (and cache) the matching docnums of ``reader``."""
        key = id(reader)
        if key not in self._cache:
            self._cache[key] = matching_docnums(reader, self.text, self.scope, self.deadline)
        return self._cache[key]

    def matcher(self, searcher: Any, context: Any = None) -> matching.Matcher:
        ids = self.docnums(searcher.reader())
        if not ids:
            return matching.NullMatcher()
        return matching.ListMatcher(ids, all_weights=self.boost)

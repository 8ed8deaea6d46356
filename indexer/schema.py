"""The one Whoosh schema of the archive index, and the field types it needs.

Ranking uses word fields (``title``, ``lead``, ``body``) in ``Frequency``
format: BM25 needs term frequencies and lengths, not positions, and positions
would cost a third of the build time. ``grams`` holds the character bigrams
of the whole folded text, their counts kept as posting weights (no values):
BM25 over bigrams ranks beside BM25 over words (``indexer.ranking``) and
narrows literal-search candidates. Quoted phrases and literal recall do not
use positions at all: they take candidate documents from ``grams`` and
``chars`` (the characters no bigram starts with, ``Existence`` format: the
cheapest posting Whoosh has) and check the exact string in the folded text kept in the ``ftext``
column (zlib-compressed). A column, not a stored field: Whoosh pickles and
compresses all stored fields of a document together, so reading the text from
there costs a second decompression and an unpickling per candidate, which was
most of the time of a literal search. ``fdiff`` restores the original text from the folded one for
snippets, so the index needs no database to display a hit.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from whoosh import columns, fields, formats

from indexer.analysis import (
    CharAnalyzer,
    ChineseAnalyzer,
    fold,
    gram_counts,
    index_terms,
    solo_chars,
    spaced_junctions,
)
from indexer.whoosh_io import frequency_value

# 2: ftext moved from the stored fields to a column; 3: grams field; 4: ``published`` is the
# wall-clock time of the article's source zone (was UTC), ``tz`` names that zone; 5: the text
# fields' postings in our own store (``indexer.termstore``); 6: ``page``, the keys of an article's page
# number and name (``indexer.page_filter``), for ``page:A3`` and ``page:要闻``.
SCHEMA_VERSION = 6
TITLE_BOOST = 2.0
LEAD_BOOST = 1.5

_EMPTY = b""


class WordField(fields.TEXT):  # type: ignore[misc]
    """A TEXT field (no positions) whose indexing skips Whoosh's per-token objects.

    ``index`` produces exactly the terms of the analyzer in index mode (a test
    checks it), counted with ``collections.Counter``: the writer is paid per
    posting, so the analysis around it must cost next to nothing.
    """

    def __init__(
        self,
        userdict: str | None = None,
        field_boost: float = 1.0,
        stored: bool = False,
        prefolded: bool = False,
    ) -> None:
        super().__init__(
            analyzer=ChineseAnalyzer(userdict),
            phrase=False,
            stored=stored,
            field_boost=field_boost,
        )
        self.format = formats.Frequency(field_boost=field_boost)
        self.userdict = userdict
        self.prefolded = prefolded

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        for word, freq in index_terms(value, self.userdict, folded=self.prefolded).items():
            yield word.encode("utf-8"), freq, freq * boost, frequency_value(freq)


class CharField(fields.FieldType):  # type: ignore[misc]
    """The characters that no bigram of the document starts with (``solo_chars``), once each.

    With the bigram field they make literal-search candidates exact: a
    character of the text either starts one of its bigrams or is here. The
    value is the folded text, or ``(folded, bigram counts)`` from
    ``indexer.documents.doc_fields``, which counts the bigrams once for both fields.
    """

    def __init__(self, prefolded: bool = False) -> None:
        self.prefolded = prefolded
        self.format = formats.Existence()
        self.analyzer = CharAnalyzer()
        # Scorable only so that the field gets a length column: for a field
        # without one, Whoosh's codec stats the missing column file once per
        # posting while flushing (half the build time in a profile).
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if isinstance(value, tuple):
            folded, grams = value
        else:
            folded, grams = (value if self.prefolded else fold(value)), None
        for ch in solo_chars(folded, grams):
            yield ch.encode("utf-8"), 1, 1.0, _EMPTY
        for junction in spaced_junctions(folded):  # a figure and its unit printed spaced: "9 年"
            yield junction.encode("utf-8"), 1, 1.0, _EMPTY


class GramField(CharField):
    """Character bigrams of the folded text; the posting weight is the bigram's count in the document."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        grams = value if isinstance(value, Counter) else gram_counts(value if self.prefolded else fold(value))
        for gram, freq in grams.items():
            yield gram.encode("utf-8"), freq, float(freq), _EMPTY


def build_schema(userdict: str | None = None) -> fields.Schema:
    """Return the archive schema; ``userdict`` is the jieba user dictionary path, if any."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        xid=fields.STORED(),
        url=fields.STORED(),
        title=WordField(userdict, field_boost=TITLE_BOOST, stored=True),
        lead=WordField(userdict, field_boost=LEAD_BOOST, prefolded=True),
        body=WordField(userdict, prefolded=True),
        authors=fields.KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
        source=fields.ID(stored=True),
        section=fields.ID(stored=True),
        page=fields.KEYWORD(commas=True, scorable=False),
        published=fields.DATETIME(stored=True, sortable=True),
        tz=fields.STORED(),
        chars=CharField(prefolded=True),
        grams=GramField(prefolded=True),
        ftext=fields.COLUMN(columns.VarBytesColumn()),
        fdiff=fields.STORED(),
        state=fields.COLUMN(columns.VarBytesColumn()),
    )


def pack_state(article_id: int, content_hash: str) -> bytes:
    """Encode the per-document state column that ``index check`` and ``index update`` read."""
    return f"{article_id} {content_hash}".encode("ascii")


def unpack_state(value: bytes) -> tuple[int, str]:
    """Decode :func:`pack_state`."""
    article_id, _, content_hash = value.decode("ascii").partition(" ")
    return int(article_id), content_hash


LITERAL_SEPARATOR = "\n"


def literal_text(lead_title: str, title: str, subtitle: str, body: str) -> str:
    """Join the searchable text parts; the separator never occurs in a query, so no match spans two parts."""
    return LITERAL_SEPARATOR.join((lead_title, title, subtitle, body))


def pack_text(folded: str) -> bytes:
    """Compress folded text for the stored field (level 1: the build pays for it)."""
    return zlib.compress(folded.encode("utf-8"), 1)


def unpack_text(blob: bytes) -> str:
    """Decompress a stored folded text (empty for a document without one)."""
    return zlib.decompress(blob).decode("utf-8") if blob else ""

"""Count the articles a query matches, month by month and paper by paper, for coverage charts.

A journalist wants to see how often the archive mentions a subject over time
before reading any article. The counts must agree with the result list, so
they come from the same parsed query, the same filters and the same AND-then-OR
fallback as :func:`indexer.search.search`. They are read from the index alone:
months from the ``published`` column (one array look-up per match), papers by
intersecting the matches with each source's posting list, so no stored
document is loaded and a broad query over a large archive stays fast.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq

from archive.config import zone
from indexer.build import check_compatible, userdict_for
from indexer.generations import reading
from indexer.matching import segment_matches
from indexer.query import compile_query, parse_query
from indexer.search import DEFAULT_TIME_LIMIT, filter_query

# Months are the papers' months, not UTC ones: an article printed on the 1st
# at 07:00 in Changchun was published on the last day of the previous month in UTC.
UNDATED = "undated"
STORED_AUTHOR_LIMIT = 2000


@dataclass
class MonthCounts:
    """Matches per ``YYYY-MM`` month, overall and per source; ``relaxed`` as in ``SearchPage``."""

    total: int
    months: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)
    undated: int = 0
    relaxed: bool = False
    timed_out: bool = False
    # Totals per value of a field ("source", "year", "section", "authors"), when asked for.
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    def month_range(self) -> list[str]:
        """Return every month from the first to the last with a match, gaps included (a chart's x axis)."""
        if not self.months:
            return []
        first, last = min(self.months), max(self.months)
        year, month = int(first[:4]), int(first[5:7])
        out: list[str] = []
        while True:
            key = f"{year:04d}-{month:02d}"
            out.append(key)
            if key >= last:
                return out
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _matches(searcher: Any, q: wq.Query, flt: wq.Query | None, deadline: float) -> list[int]:
    """Return every matching docnum, in the same way as the result list (``indexer.matching``)."""
    docs: list[int] = []
    for _, offset, ids in segment_matches(searcher, q, flt, deadline):
        docs.extend((ids + offset).tolist())
    return docs


class _Published:
    """The raw ``published`` column: months are read with one array look-up per match.

    Raw values, not translated ones: an undated document holds the column's
    default (2**64 - 1), which Whoosh cannot turn into a datetime.
    """

    def __init__(self, reader: Any) -> None:
        self.column = (
            reader.column_reader("published", translate=False) if reader.has_column("published") else None
        )
        self.field = reader.schema["published"]
        self.missing = self.field.column_type.default_value()

    def month(self, docnum: int) -> str:
        """Return the document's ``YYYY-MM`` in Asia/Shanghai, or ``UNDATED``."""
        if self.column is None:
            return UNDATED
        raw = self.column[docnum]
        if raw == self.missing:
            return UNDATED
        value: datetime = self.field.from_column_value(raw)
        try:
            value = value.replace(tzinfo=UTC).astimezone(zone())
        except OverflowError:  # the last hours of 9999-12-31 UTC are past year 9999 locally
            pass
        return f"{value.year:04d}-{value.month:02d}"  # strftime does not pad year 1 to 0001


def month_counts(
    index_path: Path,
    query: str,
    *,
    source: str | None = None,
    author: str | None = None,
    since: date | None = None,
    until: date | None = None,
    by_source: bool = False,
    facets: bool = False,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> MonthCounts:
    """Count the articles matching ``query`` per month (Asia/Shanghai), and per source when asked.

    Filters (source, author, dates) restrict and never relax, as in the result
    list. With ``facets``, also count the same matches per paper, year, page
    name (版名) and author, for the links that narrow a search.
    """
    tree = parse_query(query)
    index_path = Path(index_path)
    deadline = time.monotonic() + time_limit
    with reading(index_path) as gen:
        check_compatible(index_path, gen)
        userdict = userdict_for(index_path)
        ix = whoosh_index.open_dir(str(gen))
        with ix.searcher() as searcher:
            reader = searcher.reader()
            published = _Published(reader)

            flt = filter_query(source, author, since, until)
            compiled = compile_query(tree, deadline=deadline, userdict=userdict)
            docs = _matches(searcher, compiled.query, flt, deadline)
            relaxed = False
            if not docs and compiled.word_count > 1:
                again = compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict)
                if again.query != compiled.query:
                    docs = _matches(searcher, again.query, flt, deadline)
                    relaxed = bool(docs)
            month_of = {d: published.month(d) for d in docs}
            result = MonthCounts(total=len(docs), relaxed=relaxed)
            counts = Counter(month_of.values())
            result.undated = counts.pop(UNDATED, 0)
            result.months = dict(sorted(counts.items()))
            if by_source and docs:
                result.by_source = _per_source(reader, month_of)
            if facets and docs:
                result.facets = _facets(reader, month_of)
    return result


def _per_term(reader: Any, field_name: str, docs: set[int]) -> dict[str, int]:
    """Count the matching documents holding each term of ``field_name`` (one posting list per term)."""
    if field_name not in reader.schema.names():
        return {}
    out: dict[str, int] = {}
    for raw in reader.lexicon(field_name):
        ids = reader.postings(field_name, raw).all_ids()
        n = sum(1 for d in ids if d in docs)
        if n:
            out[raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)] = n
    return out


def _facets(reader: Any, month_of: dict[int, str]) -> dict[str, dict[str, int]]:
    """Count the matches per source, year, section and author.

    Sources and sections are few, so their posting lists are intersected with
    the matches. Authors can be thousands: for a narrow search the stored
    names of the matches are read instead (a broad one intersects postings).
    """
    docs = set(month_of)
    years = Counter(m[:4] for m in month_of.values() if m != UNDATED)
    out = {
        "source": _per_term(reader, "source", docs),
        "year": dict(sorted(years.items())),
        "section": _per_term(reader, "section", docs),
    }
    if len(docs) <= STORED_AUTHOR_LIMIT:
        authors: Counter[str] = Counter()
        for d in docs:
            value = reader.stored_fields(d).get("authors") or ""
            names = value.split(",") if isinstance(value, str) else list(value)
            authors.update({n.strip() for n in names if n.strip()})
        out["authors"] = dict(authors)
    else:
        out["authors"] = _per_term(reader, "authors", docs)
    return out


def _per_source(reader: Any, month_of: dict[int, str]) -> dict[str, dict[str, int]]:
    """Split the month counts by source, one posting list per source (papers are few)."""
    out: dict[str, dict[str, int]] = {}
    for raw in reader.lexicon("source"):
        name = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
        ids = reader.postings("source", raw).all_ids()
        counts = Counter(month_of[d] for d in ids if d in month_of)
        counts.pop(UNDATED, None)
        if counts:
            out[name] = dict(sorted(counts.items()))
    return out

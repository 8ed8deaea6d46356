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
from zoneinfo import ZoneInfo

from whoosh import collectors
from whoosh import index as whoosh_index
from whoosh import query as wq

from indexer.build import check_compatible, userdict_for
from indexer.generations import reading
from indexer.query import compile_query, day_bounds, parse_query
from indexer.search import DEFAULT_TIME_LIMIT

# Months are the papers' months, not UTC ones: an article printed on the 1st
# at 07:00 in Changchun was published on the last day of the previous month in UTC.
ARCHIVE_TZ = ZoneInfo("Asia/Shanghai")
UNDATED = "undated"


@dataclass
class MonthCounts:
    """Matches per ``YYYY-MM`` month, overall and per source; ``relaxed`` as in ``SearchPage``."""

    total: int
    months: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, dict[str, int]] = field(default_factory=dict)
    undated: int = 0
    relaxed: bool = False
    timed_out: bool = False

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


def _matches(searcher: Any, q: wq.Query, source: str | None, deadline: float) -> tuple[list[int], bool]:
    """Return every matching docnum (unscored: only membership matters) and whether time ran out."""
    if source:
        # In the query, not ``collector(filter=...)``: TimeLimitCollector drives
        # the inner collector's matches itself and would skip a FilterCollector.
        q = wq.And([q, wq.Term("source", source)])
    inner = searcher.collector(limit=None, scored=False)
    tlc = collectors.TimeLimitCollector(
        inner, timelimit=max(deadline - time.monotonic(), 0.01), use_alarm=False
    )
    try:
        searcher.search_with_collector(q, tlc)
    except collectors.TimeLimit:
        return list(tlc.results().docs()), True
    return list(tlc.results().docs()), False


class _Published:
    """The raw ``published`` column: dates are filtered and months read with one array look-up per match.

    Raw values, not translated ones: an undated document holds the column's
    default (2**64 - 1), which Whoosh cannot turn into a datetime. Dates are
    filtered here rather than with a ``DateRange`` query, which expands into
    one term per numeric trie step and costs more than the whole count on a
    broad range (200 ms on 60,000 articles).
    """

    def __init__(self, reader: Any, since: date | None, until: date | None) -> None:
        self.column = (
            reader.column_reader("published", translate=False) if reader.has_column("published") else None
        )
        self.field = reader.schema["published"]
        self.missing = self.field.column_type.default_value()
        start, end = day_bounds(since, until)
        self.low = self.field.to_column_value(start) if start else None
        self.high = self.field.to_column_value(end) if end else None

    @property
    def filtering(self) -> bool:
        """Tell whether a date range restricts the matches."""
        return self.low is not None or self.high is not None

    def within(self, docnum: int) -> bool:
        """Tell whether the document was published inside the range (undated ones never are)."""
        if self.column is None:
            return False
        raw = self.column[docnum]
        if raw == self.missing:
            return False
        return (self.low is None or raw >= self.low) and (self.high is None or raw <= self.high)

    def month(self, docnum: int) -> str:
        """Return the document's ``YYYY-MM`` in Asia/Shanghai, or ``UNDATED``."""
        if self.column is None:
            return UNDATED
        raw = self.column[docnum]
        if raw == self.missing:
            return UNDATED
        value: datetime = self.field.from_column_value(raw)
        return value.replace(tzinfo=UTC).astimezone(ARCHIVE_TZ).strftime("%Y-%m")


def month_counts(
    index_path: Path,
    query: str,
    *,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    by_source: bool = False,
    relax: bool = True,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> MonthCounts:
    """Count the articles matching ``query`` per month (Asia/Shanghai), and per source when asked.

    ``relax=False`` turns off the OR fallback: a caller that put a filter
    into the query (``author:``) must not see it relaxed into an alternative.
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
            published = _Published(reader, since, until)

            def run(q: wq.Query) -> tuple[list[int], bool]:
                docs, timed_out = _matches(searcher, q, source, deadline)
                if published.filtering:
                    docs = [d for d in docs if published.within(d)]
                return docs, timed_out

            compiled = compile_query(tree, deadline=deadline, userdict=userdict)
            docs, timed_out = run(compiled.query)
            relaxed = False
            if relax and not docs and compiled.word_count > 1:
                again = compile_query(tree, relaxed=True, deadline=deadline, userdict=userdict)
                if again.query != compiled.query:
                    docs, timed_out = run(again.query)
                    relaxed = bool(docs)
            month_of = {d: published.month(d) for d in docs}
            result = MonthCounts(total=len(docs), relaxed=relaxed, timed_out=timed_out)
            counts = Counter(month_of.values())
            result.undated = counts.pop(UNDATED, 0)
            result.months = dict(sorted(counts.items()))
            if by_source and docs:
                result.by_source = _per_source(reader, month_of)
    return result


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

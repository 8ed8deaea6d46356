"""Count the articles a query matches, month by month and paper by paper, for coverage charts.

A journalist wants to see how often the archive mentions a subject over time
before reading any article. The counts must agree with the result list, so
they come from the same routine (:func:`indexer.matchset.match_set`), the
same filters and the same grouping of reprints. They are read from the index:
months from the ``published`` column (one array look-up per match), papers by
intersecting the matches with each source's posting list, so no stored
document is loaded and a broad query over a large archive stays fast.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from indexer.authors import printed_authors
from indexer.errors import QueryError
from indexer.literal import SearchTimeout
from indexer.matchset import BEST, MatchSet, match_set
from indexer.page_filter import FIELD as PAGE_FIELD
from indexer.page_filter import value_keys
from indexer.postings import article_ids, published_order
from indexer.query import parse_query
from indexer.search import DEFAULT_TIME_LIMIT, filter_query, matched_ids, open_index, story_keys
from indexer.storeinfo import StoreInfo, store_info

# Months are the papers' months, not UTC ones: the index files each article under its
# wall-clock time in its source's zone (indexer.documents.filed_at), so no conversion is needed
# here; an article printed on the 1st at 07:00 in Changchun is in that month.
UNDATED = "undated"
STORED_AUTHOR_LIMIT = 2000
# Author names looked up as printed for the facet, most frequent first: more than the page shows.
PRINTED_AUTHORS = 50


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
        # A reprint's later copy may fall in a month of its own in its paper's layer.
        seen = set(self.months).union(*(set(m) for m in self.by_source.values()))
        if not seen:
            return []
        first, last = min(seen), max(seen)
        year, month = int(first[:4]), int(first[5:7])
        out: list[str] = []
        while True:
            key = f"{year:04d}-{month:02d}"
            out.append(key)
            if key >= last:
                return out
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


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
        """Return the document's ``YYYY-MM`` in its source's zone, or ``UNDATED``."""
        if self.column is None:
            return UNDATED
        raw = self.column[docnum]
        if raw == self.missing:
            return UNDATED
        value: datetime = self.field.from_column_value(raw)
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
    db_url: str | None = None,
    store: StoreInfo | None = None,
    all_copies: bool = False,
    facets: bool = False,
    time_limit: float = DEFAULT_TIME_LIMIT,
    paper_page: str | None = None,
) -> MonthCounts:
    """Count the stories matching ``query`` per month (the papers' zone), and per source when asked.

    The matches are :func:`indexer.matchset.match_set`'s full matches, grouped
    into stories like the result list (``store`` or ``db_url``; each counted
    once, in the month of its earliest copy), so the bars add up to the
    list's total (``by_source`` counts a story in each paper that printed
    it that month, as the paper facet does, so each paper's bar is what the
    search narrowed to that paper and month lists). Filters restrict and
    never relax, as in the result list.
    With ``facets``, also count the same matches per paper, year, page
    name (版名) and author, for the links that narrow a search.
    """
    tree = parse_query(query)
    if store is None and db_url:
        store = store_info(db_url)
    index_path = Path(index_path)
    deadline = time.monotonic() + time_limit
    with open_index(index_path) as (searcher, userdict):
        reader = searcher.reader()
        published = _Published(reader)
        flt = filter_query(source, author, since, until, paper_page)
        try:
            ms = match_set(searcher, tree, flt, deadline=deadline, userdict=userdict, partial=False)
        except SearchTimeout:
            raise
        except QueryError:  # nothing searchable: nothing found, as in the list
            return MonthCounts(total=0)
        clusters = store.clusters(matched_ids(ms)) if store is not None and not all_copies else {}
        docs = _story_docnums(ms, clusters)
        month_of = {d: published.month(d) for d in docs}
        result = MonthCounts(total=len(docs), relaxed=ms.mode == BEST)
        counts = Counter(month_of.values())
        result.undated = counts.pop(UNDATED, 0)
        result.months = dict(sorted(counts.items()))
        every_copy = _story_of_every_copy(ms, clusters) if docs and (by_source or facets) else {}
        if by_source and docs:
            result.by_source = _per_source(reader, every_copy, published)
        if facets and docs:
            result.facets = _facets(reader, every_copy, published)
            result.facets["authors"] = _as_printed(reader, result.facets["authors"], store)
    return result


def _as_printed(reader: Any, authors: dict[str, int], store: StoreInfo | None) -> dict[str, int]:
    """Return the author counts keyed by the names as printed, the most frequent ``PRINTED_AUTHORS``.

    The counts are by the index's keys (folded, lower-cased: 陈大文 for 陳大文); the facet shows
    and links a name, and a name is copied into a citation (:func:`indexer.authors.printed_authors`).
    Names past the first ``PRINTED_AUTHORS`` are no facet link: they keep their keys.
    """
    top = sorted(authors, key=lambda k: (-authors[k], k))[:PRINTED_AUTHORS]
    printed = printed_authors(reader, top, store)
    return {printed.get(k, k): n for k, n in authors.items()}


def _story_of_every_copy(ms: MatchSet, clusters: dict[int, int]) -> dict[int, int]:
    """Return every fully matching docnum with its story key (copies of one reprint share it)."""
    out: dict[int, int] = {}
    for sm in ms.segments:
        if not len(sm.full):
            continue
        docs = sm.full + sm.offset
        keys = story_keys(article_ids(sm.seg.reader)[sm.full], clusters)
        out.update(zip((int(d) for d in docs), (int(k) for k in keys), strict=True))
    return out


def _story_docnums(ms: MatchSet, clusters: dict[int, int]) -> list[int]:
    """Return one docnum per story of the full matches: its earliest copy (undated copies last)."""
    docnums, ids, keys = [], [], []
    for sm in ms.segments:
        if not len(sm.full):
            continue
        docnums.append(sm.full + sm.offset)
        ids.append(article_ids(sm.seg.reader)[sm.full] if clusters else sm.full + sm.offset)
        order = published_order(sm.seg.reader)[sm.full]
        keys.append(np.where(order == 0, np.iinfo(np.int64).max, order))
    if not docnums:
        return []
    all_docs, all_ids, all_keys = np.concatenate(docnums), np.concatenate(ids), np.concatenate(keys)
    ranked = np.lexsort((all_docs, all_keys))  # earliest first
    story = story_keys(all_ids[ranked], clusters)
    _, first = np.unique(story, return_index=True)
    return sorted(int(d) for d in all_docs[ranked][first])


def _per_term(reader: Any, field_name: str, story_of: dict[int, int]) -> dict[str, int]:
    """Count the stories with a matching copy holding each term of ``field_name`` (a posting list each)."""
    if field_name not in reader.schema.names():
        return {}
    out: dict[str, int] = {}
    for raw in reader.lexicon(field_name):
        ids = reader.postings(field_name, raw).all_ids()
        n = len({story_of[d] for d in ids if d in story_of})
        if n:
            out[raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)] = n
    return out


def _facets(reader: Any, story_of: dict[int, int], published: _Published) -> dict[str, dict[str, int]]:
    """Count the matching stories per source, year, section and author.

    A count is what the search narrowed to that value finds: the stories with
    at least one matching copy holding the value (a wire story reprinted by two
    papers counts once for each). Sources and sections are few, so their
    posting lists are intersected with the matches. Authors can be thousands:
    for a narrow search the stored names of the matches are read instead.
    """
    years: dict[str, set[int]] = {}
    for d, story in story_of.items():
        month = published.month(d)
        if month != UNDATED:
            years.setdefault(month[:4], set()).add(story)
    out = {
        "source": _per_term(reader, "source", story_of),
        "year": {y: len(stories) for y, stories in sorted(years.items())},
        "section": _per_page_name(reader, story_of),
    }
    if len(story_of) <= STORED_AUTHOR_LIMIT:
        authors: dict[str, set[int]] = {}
        for d, story in story_of.items():
            value = reader.stored_fields(d).get("authors") or ""
            names = value.split(",") if isinstance(value, str) else list(value)
            for name in {n.strip() for n in names if n.strip()}:
                authors.setdefault(name, set()).add(story)
        out["authors"] = {name: len(stories) for name, stories in authors.items()}
    else:
        out["authors"] = _per_term(reader, "authors", story_of)
    return out


def _per_page_name(reader: Any, story_of: dict[int, int]) -> dict[str, int]:
    """Count the stories per page name (版名) as the page filter finds them, for the 版面 facet.

    Its links narrow by the page filter (``paper_page``), which matches a name folded
    (要聞 is 要闻) and a number-like name as a number: each name is counted by the same
    keys (:func:`indexer.page_filter.value_keys`) so a count is what its link finds. Names
    the filter reads alike are one entry. An index without the ``page`` field counts names.
    """
    if PAGE_FIELD not in reader.schema.names():
        return _per_term(reader, "section", story_of)
    out: dict[str, int] = {}
    seen: set[tuple[str, ...]] = set()
    for raw in reader.lexicon("section"):
        name = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
        keys = tuple(value_keys(name))
        if not keys or keys in seen:
            continue
        docs: set[int] | None = None
        for key in keys:
            held = set(reader.postings(PAGE_FIELD, key).all_ids()) if (PAGE_FIELD, key) in reader else set()
            docs = held if docs is None else docs & held
        n = len({story_of[d] for d in docs or () if d in story_of})
        if n:
            seen.add(keys)
            out[name] = n
    return out


def _per_source(reader: Any, story_of: dict[int, int], published: _Published) -> dict[str, dict[str, int]]:
    """Count the stories per source and month, one posting list per source (papers are few).

    A paper's bar is what the search narrowed to that paper and month finds: the
    stories with a matching copy in it that month, as the paper facet counts them.
    A wire story printed by two papers is in both papers' layers (the layers of a
    month then add up to more than the month's bar of all papers, which counts it once).
    """
    out: dict[str, dict[str, int]] = {}
    for raw in reader.lexicon("source"):
        name = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
        stories: dict[str, set[int]] = {}
        for d in reader.postings("source", raw).all_ids():
            if d in story_of:
                stories.setdefault(published.month(d), set()).add(story_of[d])
        stories.pop(UNDATED, None)
        if stories:
            out[name] = {month: len(found) for month, found in sorted(stories.items())}
    return out


UNDATED_LEFT_OUT = (
    "%(num)s undated article also matches: a date limit leaves out articles whose date is unknown",
    "%(num)s undated articles also match: a date limit leaves out articles whose date is unknown",
)


def undated_left_out(
    index_path: Path,
    query: str,
    *,
    since: date | None,
    until: date | None,
    source: str | None = None,
    author: str | None = None,
    paper_page: str | None = None,
    store: StoreInfo | None = None,
    db_url: str | None = None,
) -> int:
    """Return how many undated articles match ``query`` and the other filters but not the date limit.

    An undated article is in no date range: "no article contains 春耕 (limited by date:..2016-07-19)"
    read as "nothing before that day" where an undated article about 春耕 may be from before.
    """
    if since is None and until is None:
        return 0
    try:
        counts = month_counts(
            index_path,
            query,
            source=source,
            author=author,
            paper_page=paper_page,
            store=store,
            db_url=db_url,
            all_copies=True,
        )
    except QueryError:  # a timeout or a query with nothing to search: nothing to say
        return 0
    return counts.undated


def undated_line(count: int) -> str:
    """Return the English line counting undated matches a date limit left out ("" for none)."""
    if not count:
        return ""
    return UNDATED_LEFT_OUT[count != 1] % {"num": f"{count:,}"}

"""Run a search against the live index generation and shape the hits for display.

Which articles match is decided by :func:`indexer.matchset.match_set` (the
rules that never invent a match: typed terms ANDed, each typed run one
concept; partial matches apart; pasted texts best-match with a floor), the
same routine the month chart reads, so totals agree. This module ranks the
matches (BM25 over words and bigrams, ``indexer.ranking``, or by date),
groups the copies of a reprint cluster into one story (the best-ranked copy
stands for it; ``all_copies`` lists each), and builds the page of hits with
snippets, dates in the source's zone and, when a store is given, the details
a citation needs. Filters (source, author, dates) never relax. Each search
holds its generation with a shared lock, so a concurrent rebuild can swap
generations without failing it, and reuses the generation's open searcher
(``indexer.searchers``) while its files are unchanged.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import query as wq

from archive.config import DEFAULT_TIMEZONE, zone
from indexer import versions as versions_index
from indexer.analysis import query_grams, unfold
from indexer.compatibility import check_compatible, userdict_for
from indexer.errors import IndexDamaged, QueryError
from indexer.export import When, article_when
from indexer.generations import current_generation, reading
from indexer.highlight import headed_snippet, render_snippet
from indexer.integrity import DAMAGED_MESSAGE
from indexer.lag import Lag
from indexer.literal import SearchTimeout
from indexer.matching import Segment, positive_terms
from indexer.matchset import (
    BEST,
    FULL,
    PASTED_WORDS,
    MatchSet,
    match_set,
    split_terms,
    term_text,
    variants_tried,
)
from indexer.page_filter import FIELD as PAGE_FIELD
from indexer.page_filter import page_notes
from indexer.postings import FloatArray, IntArray, article_ids, field_lengths, published_order
from indexer.query import Compiled, author_term, date_query, page_query, parse_query, with_page
from indexer.ranking import (
    RERANK_DEPTH,
    CollectionStats,
    query_shape,
    rerank_scores,
    rerank_weights,
    score_segment,
)
from indexer.schema import LITERAL_SEPARATOR
from indexer.searchers import searching
from indexer.storeinfo import Reprint, StoreInfo, store_info
from indexer.versions import (
    VERSIONS_LABEL,
    EarlierFinds,
    EarlierHit,
    earlier_note,
    parse_key,
    versions_path,
    with_versions,
)

__all__ = ["PASTED_WORDS", "Hit", "Reprint", "SearchPage", "search"]

DEFAULT_TIME_LIMIT = 5.0
MAX_LIMIT = 1000
SORTS = ("relevance", "date")
CLUSTER_LOOKUP_LIMIT = 8_000  # matches whose clusters are read by id (~3-8 ms a 1,000); more: the whole map


@dataclass
class Hit:
    """One story found (an article, standing for its reprints), with what a result list and a citation show.

    ``published_at`` is aware, in the source's zone, and None when only a
    date is known; ``edition_date`` is the paper's date (or the page's day).
    """

    id: int
    external_id: str
    url: str
    title: str
    source: str
    published_at: datetime | None
    score: float
    snippet: str
    snippet_parts: list[tuple[str, bool]] = field(default_factory=list)
    partial: bool = False
    # A partial match's typed term it lacks ("missing: 市民", as a search engine says it).
    missing: list[str] = field(default_factory=list)
    edition_date: date | None = None
    timezone: str = DEFAULT_TIMEZONE
    source_name: str = ""
    section: str = ""
    page: str = ""
    authors: list[str] = field(default_factory=list)
    copies: int = 1  # matching copies of the story grouped here
    version: int = 0  # the store's current version (0: no store asked): the export's permalink names it
    reprints: list[Reprint] = field(default_factory=list)  # the story's other copies in the archive
    date_from: str | None = None  # where the date was read (archive.date_from; None: unknown)

    @property
    def when(self) -> When:
        """Return the hit's dates for display."""
        return When(self.edition_date, self.published_at)


@dataclass
class SearchPage:
    """One page of results.

    ``total`` counts the stories matching (reprint copies grouped), ``copies``
    the articles behind them. ``mode`` is ``all`` (every typed term) or
    ``best`` (a pasted text, ranked best match; ``relaxed`` says the same).
    ``partial`` counts the stories holding all typed terms but one, listed
    after the full matches when these are fewer than the page asks for and
    never in ``total``. ``typed`` and ``tried`` name what a none-found answer
    says was searched, and ``limits`` what narrowed it (the query's field
    restrictions and exclusions, then the filters, in query syntax): without
    them "no article contains 脱贫" would be false of an archive full of 脱贫.
    ``missing`` counts the hits of this page the index holds and the store
    no longer does (an index ahead of a restored database): they are left
    out of ``hits`` and of the counts, since their links would answer 404.
    ``lag`` says that the store moved on since the index was written
    (:mod:`indexer.lag`): results may be missing (None: level, or no store).
    """

    total: int
    page: int
    hits: list[Hit]
    relaxed: bool = False
    timed_out: bool = False
    partial: int = 0
    copies: int = 0
    mode: str = FULL
    typed: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)
    note: str = ""
    limits: list[str] = field(default_factory=list)
    missing: int = 0
    lag: Lag | None = None
    # Each ``page:`` naming no page the index holds: (English label, its values), indexer.page_filter.
    page_notes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    # What the superseded versions hold of the query (``indexer.versions``): asked when nothing current
    # matches, or when listed (``versions``); None when not asked or there is no versions index.
    earlier: EarlierFinds | None = None
    query: str = ""
    # The filters as query terms (:func:`filter_terms`): the earlier versions' note runs the same search.
    filters: list[str] = field(default_factory=list)
    # The store ids of every full match (``match_ids``): ``indexer.versions`` counts their articles.
    matched: list[int] | None = None
    # When nothing matched all of two typed terms or more: each term and the articles holding it within
    # the limits (``MatchSet.each``), empty when found, or when no term is held at all.
    each: list[tuple[str, int]] = field(default_factory=list)

    @property
    def notes_text(self) -> list[str]:
        """Return the page notes in English, filled in (the CLI's lines and ``notes`` in JSON)."""
        notes = [label % values for label, values in self.page_notes]
        if not self.total and self.earlier is not None and self.earlier.articles:
            notes.append(earlier_note(self.earlier, " ".join([self.query, *self.filters])))
        return notes


def index_page_keys(searcher: Any) -> list[str]:
    """Return every page key the index holds (numbers and names: a few hundred at most)."""
    return [raw.decode("utf-8") for raw in searcher.reader().lexicon(PAGE_FIELD)]


def search_limits(
    tree: Any,
    source: str | None,
    author: str | None,
    since: date | None,
    until: date | None,
    paper_page: str | None = None,
) -> list[str]:
    """Return what narrows a search besides its typed words, as a query would say it.

    ``author:张风 -广告`` of the query, then the filters: ``source:cswb``,
    ``author:张风``, ``date:2016-01-01..`` (an open end left empty).
    """
    terms = split_terms(tree)
    limits = [term_text(node) for node in terms.restrictions]
    limits += ["-" + term_text(node) for node in terms.exclusions]
    return limits + filter_terms(source, author, since, until, paper_page)


def filter_terms(
    source: str | None,
    author: str | None,
    since: date | None,
    until: date | None,
    paper_page: str | None = None,
) -> list[str]:
    """Return the filters (options, form fields) as a query says them: ``source:cswb``, ``date:2016-01-01..``.

    Said where a search is shown as a command to run again (the earlier versions' note): without
    them the pasted command would list what other papers and days hold, which the count left out.
    """
    terms = []
    if source:
        terms.append(f"source:{source}")
    if author and author.strip():
        terms.append(f"author:{author.strip()}")
    if since or until:
        terms.append(f"date:{since or ''}..{until or ''}")
    if paper_page and paper_page.strip():
        terms.append(with_page("", paper_page))
    return terms


@contextlib.contextmanager
def open_index(index_path: Path) -> Iterator[tuple[Any, str | None]]:
    """Yield a searcher of the index's live generation and the user dictionary its words were cut with."""
    with open_generation(index_path) as (searcher, userdict, _):
        yield searcher, userdict


@contextlib.contextmanager
def open_generation(index_path: Path) -> Iterator[tuple[Any, str | None, dict[str, Any]]]:
    """Yield a searcher of the live generation, its user dictionary and its metadata.

    The generation is held (:func:`indexer.generations.reading`) and checked
    against this code and dictionary first; the searcher is the generation's
    kept one when its files are unchanged (:func:`indexer.searchers.searching`).
    """
    with reading(index_path) as gen:
        meta = check_compatible(index_path, gen)
        userdict = userdict_for(index_path)
        with searching(gen) as searcher:
            yield searcher, userdict, meta


def filter_query(
    source: str | None,
    author: str | None,
    since: date | None,
    until: date | None,
    paper_page: str | None = None,
) -> wq.Query | None:
    """Return the query of the filters (they restrict and never relax), or None.

    ``paper_page`` is the paper's page (版面), by number or name, as the query's ``page:`` reads it.
    """
    parts: list[wq.Query] = []
    if source:
        parts.append(wq.Term("source", source))
    if author and author.strip():
        parts.append(author_term(author))
    if paper_page and paper_page.strip():
        parts.append(page_query(paper_page))
    if since or until:
        parts.append(date_query(since, until))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _split_text(stored: dict[str, Any], folded_all: str) -> list[tuple[str, str]]:
    """Return (original, folded) of the lead title, title, subtitle and body (folded text and its diff)."""
    if not folded_all:
        return [("", "")] * 4
    original_all = unfold(folded_all, stored.get("fdiff"))
    cuts = [0]
    for _ in range(3):  # lead, title, subtitle precede the body
        cuts.append(folded_all.index(LITERAL_SEPARATOR, cuts[-1]) + 1)
    ends = [c - 1 for c in cuts[1:]] + [len(folded_all)]
    return [(original_all[a:b], folded_all[a:b]) for a, b in zip(cuts, ends, strict=True)]


LONGER_NAMES = 64  # authors' names read per needle they start with (王强 -> 王强伟, 王强生 ...)


def longer_names(reader: Any, needles: list[str]) -> dict[str, list[str]]:
    """Return, for each needle of two characters or more, the longer authors' names starting with it.

    Chinese prints no word boundaries, so a name searched as text (王强) is marked wherever its
    characters stand, 王强表示 as 王强 said; but inside 王强伟, a name the archive knows as another
    reporter's byline, it is another person, and a journalist scanning for 王强 reads the mark as him.
    """
    found: dict[str, list[str]] = {}
    for needle in needles:
        if len(needle) < 2 or needle[0] == "\x1e" or not needle.isalnum():
            continue
        names = []
        for raw in reader.expand_prefix("authors", needle):
            name = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            if len(name) > len(needle):
                names.append(name)
            if len(names) >= LONGER_NAMES:
                break
        if names:
            found[needle] = names
    return found


def _hit(
    stored: dict[str, Any],
    text: str,
    score: float,
    needles: list[str],
    partial: bool,
    names: dict[str, list[str]] | None = None,
) -> Hit:
    lead, _, subtitle, body = _split_text(stored, text)
    authors = [a for a in str(stored.get("authors") or "").split(",") if a]
    # The hit's own bylines too: a name holding the needle inside or at its end (欧阳王强).
    own = {n: [a for a in authors if n in a and len(a) > len(n)] for n in needles if len(n) > 1}
    known = {n: list(dict.fromkeys([*(names or {}).get(n, []), *own.get(n, [])])) for n in needles}
    parts = headed_snippet(body, [lead, subtitle], needles, {n: v for n, v in known.items() if v})
    # The index keeps the wall-clock time of the source's zone (indexer.documents.filed_at).
    tz = stored.get("tz") or DEFAULT_TIMEZONE
    published = stored.get("published")
    local = zone(tz)
    when = article_when(published.replace(tzinfo=local) if published else None, None, local)
    return Hit(
        id=int(stored["id"]),
        external_id=stored.get("xid", ""),
        url=stored.get("url", ""),
        title=stored.get("title", ""),
        source=stored.get("source", ""),
        published_at=when.at,
        score=round(float(score), 4),
        snippet=render_snippet(parts, "plain"),
        snippet_parts=parts,
        partial=partial,
        edition_date=when.day,
        timezone=tz,
        section=stored.get("section", "") or "",
        authors=authors,
    )


def _with_details(hits: list[Hit], store: StoreInfo) -> list[Hit]:
    """Fill the hits' citation details from the store and return the hits the store no longer holds.

    The lookup a citation needs anyway tells which hits are gone (deleted, or a
    database restored from an older backup): listing them would cite an
    article whose link answers 404.
    """
    details = store.details(h.id for h in hits)
    clusters = {d.cluster_id for d in details.values() if d.cluster_id is not None}
    members = store.reprints(clusters)
    gone = []
    for hit in hits:
        found = details.get(hit.id)
        if found is None:
            gone.append(hit)
            continue
        offset = found.published_offset  # the page's own zone, as show and the article page read it
        when = article_when(found.published_at, found.edition_date, zone(found.timezone), offset)
        hit.edition_date, hit.published_at, hit.timezone = when.day, when.at, found.timezone
        hit.source_name = found.source_name
        hit.section, hit.page = found.section, found.page
        hit.authors = found.authors or hit.authors
        hit.version = found.version
        hit.date_from = found.date_from if found.published_at is not None else None
        if found.cluster_id is not None:
            hit.reprints = [r for r in members.get(found.cluster_id, []) if r.id != hit.id]
    return gone


def search(
    index_path: Path,
    query: str,
    *,
    source: str | None = None,
    author: str | None = None,
    since: date | None = None,
    until: date | None = None,
    sort: str = "relevance",
    limit: int = 10,
    page: int = 1,
    db_url: str | None = None,
    store: StoreInfo | None = None,
    all_copies: bool = False,
    time_limit: float = DEFAULT_TIME_LIMIT,
    best_match: bool = False,
    paper_page: str | None = None,
    versions: bool = False,
    earlier: bool = True,
    match_ids: bool = False,
) -> SearchPage:
    """Search the index at ``index_path`` and return one page of hits with snippets.

    The store (``store``, or opened from ``db_url``) groups reprints and
    supplies citation details; without one, hits come from the index alone.
    Any query text is answered (see ``indexer.query.parse_query``); only an
    empty or over-long query, bad paging and a search past its time limit
    raise :class:`QueryError`.

    ``paper_page`` keeps the articles of one page of the paper (版面, ``indexer.page_filter``), as
    the query's ``page:`` does, but as a filter: a query read as plain text (``-5度``, an unbalanced
    quote) keeps it.

    ``best_match`` ranks any query as a pasted text is ranked (words ORed, the
    floor of ``indexer.matchset``), whatever its length: no user-facing command
    asks for it; ``bench.ranking_eval`` compares the ranking with plain BM25,
    which ranks every article holding a word, on that footing.

    When nothing current matches, the superseded versions are searched too (``earlier``, the
    versions' index of ``indexer.versions``) and counted in ``SearchPage.earlier``: text only in an
    earlier version is no "no article contains". ``versions`` lists them there, found or not.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (use relevance or date)")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}")
    if page < 1:
        raise QueryError("--page must be 1 or more")
    tree = parse_query(query)
    if store is None and db_url:
        store = store_info(db_url)
    index_path = Path(index_path)
    deadline = time.monotonic() + time_limit
    with open_generation(index_path) as (searcher, userdict, meta):
        # Asked on every search, found nothing or not: "no article contains X" of an article imported
        # since the last `index update` is the answer that misleads most.
        lag = store.lag(meta) if store is not None else None
        # Why a page: found nothing when it names no page at all ("page:B9"; "page:要闻" of 今日要闻).
        asked = with_page(query, paper_page or "")
        pages = page_notes(asked, index_page_keys(searcher)) if "page:" in asked else []
        flt = filter_query(source, author, since, until, paper_page)
        try:
            ms = match_set(searcher, tree, flt, deadline=deadline, userdict=userdict, best=best_match)
        except SearchTimeout:
            raise
        except QueryError as exc:  # nothing searchable in it (emoji, punctuation): nothing found
            return SearchPage(
                total=0,
                page=page,
                hits=[],
                typed=[query.strip()],
                note=str(exc),
                limits=search_limits(tree, source, author, since, until, paper_page),
                lag=lag,
                page_notes=pages,
            )
        clusters = store.clusters(matched_ids(ms)) if store is not None and not all_copies else {}
        matched = None
        if match_ids:
            matched = [int(i) for sm in ms.segments for i in article_ids(sm.seg.reader)[sm.full]]
        upto = limit * page
        full, timed_out = _rank(searcher, ms, ms.compiled, sort, False, deadline, clusters, userdict, upto)
        full_stories = _stories(full, clusters)
        total, copies = len(full_stories.first), len(full.docnums)
        partial_count = 0
        listed = [
            (int(full.docnums[i]), float(full.scores[i]), int(full_stories.count[k]), False)
            for k, i in enumerate(full_stories.first[:upto])
        ]
        if ms.partial_total and ms.relaxed is not None:
            # Grouped, the partial stories exclude the full ones' clusters: a head counted before that
            # exclusion might not hold enough of them, so the partial matches are all put in order.
            head = None if clusters else upto
            part, late = _rank(searcher, ms, ms.relaxed, sort, True, deadline, clusters, userdict, head)
            timed_out = timed_out or late
            part_stories = _stories(part, clusters, exclude=full_stories.keys)
            partial_count = len(part_stories.first)
            if len(listed) < upto:
                listed += [
                    (int(part.docnums[i]), float(part.scores[i]), int(part_stories.count[k]), True)
                    for k, i in enumerate(part_stories.first[: upto - len(listed)])
                ]
        found_ids = _found_ids(ms) if store is not None and listed else None
        hits = []
        marked = ms.compiled.needles
        if ms.mode == BEST:  # a pasted text's 的 and 了 decide nothing: marked, they read as what was found
            marked = [n for n in marked if len(n) > 1] or marked
        shown = listed[limit * (page - 1) : upto]
        every = [*marked, *((ms.relaxed or ms.compiled).needles if any(p for *_, p in shown) else [])]
        names = longer_names(searcher.reader(), list(dict.fromkeys(every))) if shown else {}
        for docnum, score, count, is_partial in shown:
            needles = (ms.relaxed or ms.compiled).needles if is_partial else marked
            stored = searcher.stored_fields(docnum)
            hit = _hit(stored, _text_of(ms, docnum), score, needles, is_partial, names)
            hit.copies = count
            if is_partial:
                hit.missing = ms.missing(docnum)
            hits.append(hit)
    gone = _with_details(hits, store) if store is not None and hits else []
    if found_ids is not None:
        _mark_outside(hits, found_ids)
    if gone:
        hits = [h for h in hits if all(h is not g for g in gone)]
        total -= sum(1 for g in gone if not g.partial)
        copies -= sum(g.copies for g in gone if not g.partial)
        partial_count -= sum(1 for g in gone if g.partial)
    found_earlier = None
    if earlier and (versions or not total) and ms.mode != BEST:
        found_earlier = find_earlier(
            index_path,
            query,
            store,
            source=source,
            author=author,
            since=since,
            until=until,
            sort=sort,
            paper_page=paper_page,
        )
        if found_earlier is not None and not versions:
            found_earlier.hits = []
    return SearchPage(
        earlier=found_earlier,
        matched=matched,
        query=query,
        filters=filter_terms(source, author, since, until, paper_page),
        total=total,
        page=page,
        hits=hits,
        relaxed=ms.mode == BEST,
        timed_out=timed_out,
        partial=partial_count,
        copies=copies,
        mode=ms.mode,
        typed=ms.typed,
        tried=variants_tried(tree, ms.compiled) if not total else [],
        limits=search_limits(tree, source, author, since, until, paper_page) if not total else [],
        each=ms.each if not total and any(n for _, n in ms.each) else [],
        missing=len(gone),
        lag=lag,
        page_notes=pages,
    )


def _local(ms: MatchSet, docnum: int) -> tuple[Segment, int]:
    """Return the segment of the matches holding global ``docnum``, and the document's number in it."""
    for sm in ms.segments:
        if sm.offset <= docnum < sm.offset + sm.seg.size:
            return sm.seg, docnum - sm.offset
    raise LookupError(f"document {docnum} is in no segment of the matches")


def matched_ids(ms: MatchSet) -> list[int] | None:
    """Return the store ids of the full and partial matches (None: so many that the whole map is cheaper)."""
    if ms.total + ms.partial_total > CLUSTER_LOOKUP_LIMIT:
        return None
    found: list[int] = []
    for sm in ms.segments:
        ids = article_ids(sm.seg.reader)
        found += ids[sm.full].tolist() + ids[sm.partial].tolist()
    return found


def _found_ids(ms: MatchSet) -> tuple[IntArray, IntArray]:
    """Return the store ids of the full matches and of the partial ones (read while the index is open)."""
    none = np.zeros(0, dtype=np.int64)
    full = [article_ids(sm.seg.reader)[sm.full] for sm in ms.segments]
    partial = [article_ids(sm.seg.reader)[sm.partial] for sm in ms.segments]
    return (np.concatenate(full) if full else none), (np.concatenate(partial) if partial else none)


def _mark_outside(hits: list[Hit], found: tuple[IntArray, IntArray]) -> None:
    """Mark each hit's reprints that the search did not match as a full hit is (any match, for a partial one).

    ``also in: 纽约华报`` under 3.8亿元 read as if that copy held the figure; its text says 3.5亿元.
    """
    any_match = np.concatenate(found)  # what a partial hit's copies may match: either kind
    for hit in hits:
        if hit.reprints:
            ids = any_match if hit.partial else found[0]
            copies = np.array([r.id for r in hit.reprints], dtype=np.int64)
            inside = np.isin(copies, ids).tolist()
            # A full hit's copy matched in part is named so, not outside the search that lists it.
            part = [False] * len(inside) if hit.partial else np.isin(copies, found[1]).tolist()
            hit.reprints = [
                replace(r, matches=bool(held), partial=not held and bool(some))
                for r, held, some in zip(hit.reprints, inside, part, strict=True)
            ]


def _text_of(ms: MatchSet, docnum: int) -> str:
    """Return the folded text of a hit from its segment (decompressed once per search: see ``FoldedTexts``).

    The whole index's column reader would open the column of every segment
    (reading each one's offsets) to show ten hits.
    """
    seg, local = _local(ms, docnum)
    text: str = seg.texts[local].decode("utf-8")
    return text


def _gram_length(ms: MatchSet, docnum: int) -> float:
    """Return a match's length in bigrams from its segment's length column (read once per segment)."""
    seg, local = _local(ms, docnum)
    return float(field_lengths(seg.reader, "grams")[local])


@dataclass
class Ranked:
    """Matches in rank order (global docnums, scores) with their store article ids."""

    docnums: IntArray
    scores: Any
    ids: IntArray


def _rank(
    searcher: Any,
    ms: MatchSet,
    compiled: Compiled,
    sort: str,
    partial: bool,
    deadline: float,
    clusters: dict[int, int] | None = None,
    userdict: str | None = None,
    upto: int | None = None,
) -> tuple[Ranked, bool]:
    """Rank every full (or partial) match, best (or newest) first; ties by docnum.

    Each segment is scored on its own with collection-wide statistics. A
    search that runs past its deadline while scoring ranks the rest unscored,
    marked timed out. With ``upto``, only a head holding the ``upto`` best
    stories (and the rerank's depth) is put in order (:func:`best_first`):
    the rest follow unordered, which changes no total, count or listed hit.
    """
    grouped = bool(clusters)
    words = positive_terms(compiled.query)
    grams = query_grams(compiled.texts)
    stats = CollectionStats(searcher.reader())
    timed_out = False
    docnums: list[IntArray] = []
    keys: list[Any] = []
    scores: list[Any] = []
    ids: list[IntArray] = []
    for sm in ms.segments:
        local = sm.partial if partial else sm.full
        if not len(local):
            continue
        score = np.zeros(len(local), dtype=np.float64)
        if sort == "relevance" and not timed_out:
            try:
                score = score_segment(sm.seg, stats, words, grams)[local]
            except SearchTimeout:
                timed_out = True
        keys.append(published_order(sm.seg.reader)[local].astype(np.float64) if sort == "date" else score)
        docnums.append(local + sm.offset)
        scores.append(score)
        # Store ids only matter for grouping reprints; docnums are unique keys too.
        ids.append(article_ids(sm.seg.reader)[local] if grouped else local + sm.offset)
    if not docnums:
        empty = np.zeros(0, dtype=np.int64)
        return Ranked(empty, np.zeros(0, dtype=np.float64), empty), timed_out
    all_docs, all_keys = np.concatenate(docnums), np.concatenate(keys)
    all_ids = np.concatenate(ids)
    order = _ordered_head(all_keys, all_docs, all_ids, clusters or {}, upto)
    ranked = Ranked(all_docs[order], np.concatenate(scores)[order], all_ids[order])
    if sort == "relevance" and not timed_out:
        _rerank(ms, ranked, compiled, stats, userdict)
    return ranked, timed_out


def best_first(keys: FloatArray, docnums: IntArray, head: int) -> tuple[IntArray, int]:
    """Return an order of the matches whose first entries are exactly the best, and how many are in order.

    The order is by key descending, then docnum (``np.lexsort``). Only the
    entries whose key is at least the ``head``-th best (ties all in) are sorted;
    they are a prefix of the full order, since every other key is smaller.
    A common character matches most of the archive and the page shows ten:
    sorting all of them was most of its ranking time.
    """
    n = len(keys)
    if head >= n // 2:
        return np.lexsort((docnums, -keys)), n
    threshold = np.partition(keys, n - head)[n - head]
    top = np.flatnonzero(keys >= threshold)
    top = top[np.lexsort((docnums[top], -keys[top]))]
    return np.concatenate([top, np.flatnonzero(keys < threshold)]), len(top)


def _ordered_head(
    keys: FloatArray, docnums: IntArray, ids: IntArray, clusters: dict[int, int], upto: int | None
) -> IntArray:
    """Return the rank order of the matches, exact for a head holding ``upto`` stories and the rerank's depth.

    Grouped by reprint cluster, ``upto`` stories may take more copies: the head
    grows until it holds them (or is everything).
    """
    if upto is None:
        return np.lexsort((docnums, -keys))
    head = max(upto, RERANK_DEPTH)
    while True:
        order, ordered = best_first(keys, docnums, head)
        if ordered >= len(keys) or not clusters:
            return order
        if len(np.unique(story_keys(ids[order[:ordered]], clusters))) >= upto:
            return order
        head *= 4


def _rerank(
    ms: MatchSet, ranked: Ranked, compiled: Compiled, stats: CollectionStats, userdict: str | None
) -> None:
    """Reorder the ``RERANK_DEPTH`` best matches in place: BM25 plus the rerank bonus (``indexer.ranking``).

    Only the head is read (its folded texts and lengths), so the cost does not
    grow with the number of matches; the bonus is never negative, so the head
    stays above the rest.
    """
    head = min(len(ranked.docnums), RERANK_DEPTH)
    weights = rerank_weights()
    if head < 2 or not weights.any():
        return
    shape = query_shape(compiled.texts, stats, userdict, weights)
    if shape.empty:
        return
    docnums = [int(d) for d in ranked.docnums[:head]]
    texts = [_text_of(ms, d) for d in docnums]
    lengths = np.array([_gram_length(ms, d) for d in docnums], dtype=np.float64)
    scores = ranked.scores[:head] + rerank_scores(texts, lengths, shape, stats.average_length("grams"))
    order = np.lexsort((ranked.docnums[:head], -scores))
    ranked.docnums[:head] = ranked.docnums[:head][order]
    ranked.ids[:head] = ranked.ids[:head][order]
    ranked.scores[:head] = scores[order]


@dataclass
class Stories:
    """Stories among ranked matches: the rank of each story's first copy, its copy count, its keys."""

    first: IntArray
    count: IntArray
    keys: IntArray


def story_keys(ids: IntArray, clusters: dict[int, int]) -> IntArray:
    """Return one key per article: its cluster (>= 0) when it has known copies, else ``-1 - id``."""
    if not clusters:
        return -1 - ids
    cluster = np.fromiter((clusters.get(int(a), -1) for a in ids), dtype=np.int64, count=len(ids))
    keys: IntArray = np.where(cluster >= 0, cluster, -1 - ids)
    return keys


def _stories(ranked: Ranked, clusters: dict[int, int], exclude: IntArray | None = None) -> Stories:
    """Group ranked matches into stories: the best-ranked copy stands for its cluster."""
    keys = story_keys(ranked.ids, clusters)
    keep = np.ones(len(keys), dtype=np.bool_)
    if exclude is not None and len(exclude):
        keep = ~np.isin(keys, exclude)
    positions = np.flatnonzero(keep)
    if not clusters:  # each match is its own story (its docnum is its key): nothing to group
        return Stories(positions, np.ones(len(positions), dtype=np.int64), keys[positions])
    uniq, first, count = np.unique(keys[positions], return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return Stories(positions[first[order]], count[order], uniq)


def find_earlier(index_path: Path, query: str, store: Any, **filters: Any) -> EarlierFinds | None:
    """Search the superseded versions with the query and filters; None when there is no versions index.

    Only full matches count; each article is counted once whatever number of its versions match.
    With a store, each version gets its article's version count and the day it was superseded,
    and versions of articles the store no longer holds are left out. Only the first ``EARLIER_LIMIT``
    matching versions are read and listed (``capped``); past them the store counts the articles of all
    (the index names each match's version row), and without a store the count is of those read
    (``exact`` false: "at least").
    A damaged versions index raises :class:`~indexer.errors.IndexDamaged` (one line, "earlier
    versions: FILE: ..."), as the articles' does: nothing found there would be a false "not found".
    """
    path = versions_path(index_path)
    if current_generation(path) is None:
        return None
    try:
        page = search(
            path,
            query,
            limit=versions_index.EARLIER_LIMIT,
            all_copies=True,
            earlier=False,
            match_ids=store is not None,
            **filters,
        )
    except QueryError:  # the query is the articles' search's, which read it already
        return None
    except IndexDamaged as exc:
        where = f"{DAMAGED_MESSAGE} ({VERSIONS_LABEL}: "
        raise IndexDamaged(str(exc).replace(f"{DAMAGED_MESSAGE} (", where, 1)) from exc
    capped = page.total > sum(1 for hit in page.hits if not hit.partial)
    hits = []
    for hit in page.hits:
        key = parse_key(hit.external_id)
        if hit.partial or key is None:
            continue
        hits.append(
            EarlierHit(
                id=key[0],
                version=key[1],
                versions=None,
                superseded=None,
                title=hit.title,
                source=hit.source,
                url=hit.url,
                edition_date=hit.edition_date,
                snippet_parts=list(hit.snippet_parts),
                timezone=hit.timezone,
            )
        )
    total = page.total
    if store is not None and hits:
        kept = with_versions(hits, store)
        total -= len(hits) - len(kept)
        hits = kept
    articles = len({h.id for h in hits})
    if capped and store is not None and page.matched is not None:
        articles, total = versions_index.count_stored(page.matched, store)
    exact = not capped or store is not None
    older = versions_index.count_older_readings(hits, capped)
    return EarlierFinds(
        articles=articles, versions=total, hits=hits, capped=capped, exact=exact, older_readings=older
    )

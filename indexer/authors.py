"""Name the archive's authors whose names hold a typed fragment, for an author search that found nothing.

An author is matched whole (``author:张三``, the ``--author`` and web filters
alike): a surname, half a name or a name typed without its paper's spelling
finds nothing, and "no article" would send a journalist away from an archive
holding the reporter's articles. The names come from the index's ``authors``
lexicon (folded and lower-cased as it stores them), most frequent first, so a
large archive answers at once; the few named are then spelt as printed, from
the store's copy of one article of each (:func:`printed_authors`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from indexer.analysis import fold
from indexer.query import joined_lone_characters
from indexer.search import open_index

if TYPE_CHECKING:
    from indexer.storeinfo import StoreInfo

AUTHOR_HINTS = 8
# Articles read per author key to find it as printed (the first may have been rewritten since).
_SPELLING_DOCS = 3
# The sentence before the names (the web page's catalogue translates it; the CLI says it in English).
AUTHOR_HINT = "An author is matched by the whole name. Authors in the archive whose name holds %(name)s:"
# For a typed text no name holds but that holds names: a byline copied whole, 记者 张三.
AUTHOR_WITHIN_HINT = (
    "An author is matched by the whole name. Authors in the archive whose whole name is in %(name)s:"
)

_AUTHOR_TERM = re.compile(r'(?:^|[\s(])author:(?:"([^"]*)"|([^\s()"]+))', re.I)


def author_values(query: str) -> list[str]:
    """Return the values of the (not negated) ``author:`` restrictions of ``query``, quoted ones unquoted."""
    return [quoted or bare for quoted, bare in _AUTHOR_TERM.findall(query) if (quoted or bare).strip()]


def with_author(query: str, fragment: str, name: str) -> str:
    """Return ``query`` with its ``author:`` restrictions to ``fragment`` asking for ``name`` instead.

    The link of a whole name the search box's ``author:王`` found nothing for: ``脱贫 author:王`` ->
    ``脱贫 author:王五`` (quoted when the name holds a space or a bracket).
    """
    value = f'"{name}"' if re.search(r'[\s()"]', name) else name

    def swap(match: re.Match[str]) -> str:
        if (match.group(1) or match.group(2)) != fragment:
            return match.group(0)
        head = match.group(0)[: match.group(0).lower().index("author:")]
        return f"{head}author:{value}"

    return _AUTHOR_TERM.sub(swap, query)


def author_hint_line(name: str, names: list[str], within: bool = False) -> str:
    """Return the English line naming whole authors for a fragment that found nothing ("" for none).

    ``within``: the names are in ``name`` (:func:`authors_within`), not holding it.
    """
    sentence = AUTHOR_WITHIN_HINT if within else AUTHOR_HINT
    return f"{sentence % {'name': name}} {', '.join(names)}" if names else ""


def author_key(name: str) -> str:
    """Return an author's key in the index's ``authors`` field: folded, lower-cased (陳大文 -> 陈大文)."""
    return fold(name).replace(",", " ").strip().lower()


def printed_authors(reader: Any, keys: Iterable[str], store: StoreInfo | None) -> dict[str, str]:
    """Map author keys of the index (``陈大文``, ``john smith``) to the names as printed (陳大文, John Smith).

    The ``authors`` field holds each name folded and lower-cased, so any spelling finds it; a name
    shown as the field holds it is a spelling no paper printed, which a journalist copying it from
    the Author facet or a hint would cite. The printing is the store's, of an article holding the
    key. A key the store cannot spell (no store, the article rewritten) maps to itself.
    """
    wanted = [k for k in dict.fromkeys(keys) if k]
    if store is None or not wanted:
        return {k: k for k in wanted}
    ids: dict[str, list[int]] = {}
    for key in wanted:
        if ("authors", key) not in reader:
            continue
        docs = list(islice(reader.postings("authors", key).all_ids(), _SPELLING_DOCS))  # not every posting
        ids[key] = [int(reader.stored_fields(d)["id"]) for d in docs]
    details = store.details(i for found in ids.values() for i in found)
    out = {k: k for k in wanted}
    for key, found in ids.items():
        printed = (a.strip() for i in found if i in details for a in details[i].authors)
        out[key] = next((a for a in printed if author_key(a) == key), key)
    return out


def authors_containing(
    index_path: Path, text: str, limit: int = AUTHOR_HINTS, store: StoreInfo | None = None
) -> list[str]:
    """Return up to ``limit`` authors whose name holds ``text`` (not ``text`` itself), most articles first.

    Each as printed when ``store`` is given (:func:`printed_authors`): a hint is a name to copy.
    """
    needle = author_key(text)
    if not needle:
        return []
    with open_index(index_path) as (searcher, _):
        reader = searcher.reader()
        found = [
            (reader.doc_frequency("authors", name), name)
            for name in reader.field_terms("authors")
            if needle in name and name != needle
        ]
        found.sort(key=lambda pair: (-pair[0], pair[1]))
        keys = [name for _, name in found[:limit]]
        printed = printed_authors(reader, keys, store)
    return [printed[k] for k in keys]


def authors_within(
    index_path: Path, text: str, limit: int = AUTHOR_HINTS, store: StoreInfo | None = None
) -> list[str]:
    """Return up to ``limit`` authors whose whole name is in ``text``, longest first, then most articles.

    A byline copied from a page (``记者 张三``, ``本报记者 欧阳娜娜``) holds the name the archive keeps
    and no name holds it: :func:`authors_containing` named nobody, and "no article" stood. A name of
    one character is too short to be told from the byline's other words. The longest names are taken
    first and a name is kept only where it stands clear of those taken: 王小 and 小明 are in 王小明
    but no byline holding 王小明 named them.
    """
    needle = joined_lone_characters(author_key(text))  # 记者 张 风: the name the archive keeps is 张风
    if not needle:
        return []
    with open_index(index_path) as (searcher, _):
        reader = searcher.reader()
        found = [
            (-len(name), -reader.doc_frequency("authors", name), name)
            for name in reader.field_terms("authors")
            if len(name) > 1 and name in needle and name != needle
        ]
        taken = [False] * len(needle)
        keys: list[str] = []
        for _, _, name in sorted(found):
            clear = [
                at
                for at in range(len(needle) - len(name) + 1)
                if needle.startswith(name, at) and not any(taken[at : at + len(name)])
            ]
            if not clear:
                continue
            for at in clear:
                taken[at : at + len(name)] = [True] * len(name)
            keys.append(name)
            if len(keys) == limit:
                break
        printed = printed_authors(reader, keys, store)
    return [printed[k] for k in keys]


# A typed word that is an author's whole name (the crawl moved the byline out of the text).
AUTHOR_NAME_NOTE = (
    "%(name)s is an author's name: %(count)s by %(name)s (a byline is not searched as text: --author %(arg)s)"
)


def author_name_line(name: str, count: int) -> str:
    """Return the English line saying a word searched as text is the byline of ``count`` articles.

    The option is written as a shell takes it: ``--author Li Yue`` pasted searched Yue as text.
    """
    from indexer.versions import shell_query

    articles = f"{count} article" if count == 1 else f"{count:,} articles"
    return AUTHOR_NAME_NOTE % {"name": name, "count": articles, "arg": shell_query(name)}


def authors_named(
    index_path: Path,
    query: str,
    asked: Iterable[str] = (),
    store: StoreInfo | None = None,
    filters: Any = None,
) -> list[tuple[str, int]]:
    """Return the words of ``query`` that are whole authors' names, as printed, with their live articles.

    The crawl moves a byline (本报记者 王强) out of the text into the authors, so a reporter's name
    searched as text answered "no article contains 王强" of an archive of 王强's articles. Words
    typed as fields, excluded or already ``asked`` as the author (``--author``, ``author:``) are not
    named again. ``filters`` is the search's :func:`indexer.search.filter_query` (source, days, page;
    not the author): the articles counted are those the note's author link lists, which keeps them.
    """
    from indexer.errors import QueryError
    from indexer.matching import Segment, evaluate, leaf_searchers
    from indexer.matchset import split_terms
    from indexer.postings import live_mask, read_postings
    from indexer.query import Leaf, joined_name, parse_query

    try:
        typed = split_terms(parse_query(query)).typed
    except QueryError:
        return []
    skip = {author_key(a) for a in asked}
    keys: list[str] = []
    for leaf in typed:
        if isinstance(leaf, Leaf) and leaf.field in (None, "title"):
            key = author_key(leaf.text)
            keys += [k for k in dict.fromkeys((key, joined_name(key))) if k and k not in skip]
    if not keys:
        return []
    found: dict[str, int] = {}
    with open_index(index_path) as (searcher, _):
        for key in dict.fromkeys(keys):
            count = 0
            for sub, _ in leaf_searchers(searcher):
                reader = sub.reader()
                ids = read_postings(reader, "authors", key)[0]
                if not len(ids):
                    continue
                mask = live_mask(reader)
                if filters is not None:
                    seg = Segment(sub, reader, reader.doc_count_all())
                    mask = mask & evaluate(filters, seg, scoring=False)
                count += int(np.count_nonzero(mask[ids]))
            if count:
                found[key] = count
        printed = printed_authors(searcher.reader(), list(found), store)
    return [(printed[key], count) for key, count in found.items()]


def query_author_names(
    index_path: Path,
    query: str,
    *,
    author: str | None = None,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    paper_page: str | None = None,
    store: StoreInfo | None = None,
) -> list[tuple[str, int]]:
    """Return the words of a search's ``query`` that are whole authors' names (:func:`authors_named`).

    Takes the search's filters as the CLI's options and the web form's fields give them: the
    authors already asked (``author``, the query's ``author:``) are not named again, and the
    articles are counted within the other filters (source, days, page), which the note's author
    link keeps, not within the author it replaces. The CLI and the web page both answer with it.
    """
    from indexer.search import filter_query

    if not query:
        return []
    asked = ([author] if author else []) + author_values(query)
    within = filter_query(source or None, None, since, until, paper_page or None)
    return authors_named(index_path, query, asked, store, within)

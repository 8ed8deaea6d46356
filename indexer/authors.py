"""Name the archive's authors whose names hold a typed fragment, for an author search that found nothing.

An author is matched whole (``author:张三``, the ``--author`` and web filters
alike): a surname, half a name or a name typed without its paper's spelling
finds nothing, and "no article" would send a journalist away from an archive
holding the reporter's articles. The names come from the index's ``authors``
lexicon (folded and lower-cased as it stores them), most frequent first; no
stored document is read, so a large archive answers at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from indexer.analysis import fold
from indexer.search import open_index

AUTHOR_HINTS = 8
# The sentence before the names (the web page's catalogue translates it; the CLI says it in English).
AUTHOR_HINT = "An author is matched by the whole name. Authors in the archive whose name holds %(name)s:"

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


def author_hint_line(name: str, names: list[str]) -> str:
    """Return the English line naming whole authors for a fragment that found nothing ("" for none)."""
    return f"{AUTHOR_HINT % {'name': name}} {', '.join(names)}" if names else ""


def authors_containing(index_path: Path, text: str, limit: int = AUTHOR_HINTS) -> list[str]:
    """Return up to ``limit`` authors whose name holds ``text`` (not ``text`` itself), most articles first."""
    needle = fold(text).strip().lower()
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
    return [name for _, name in found[:limit]]

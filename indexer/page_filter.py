"""The ``page:`` restriction: an e-paper's page (版面) by number (``A3``, ``第03版``) or name (``要闻``).

Papers write one page many ways: ``第03版``, ``03``, ``3``; ``A03`` and ``A3``;
``第A3版：要闻``. Each article's page number and page name are indexed as keys
of the ``page`` field (``indexer.schema``), the number without the 第/版
wrapping and the leading zeros (``3``, ``a3``), the name folded and
lower-cased; a query's value is read the same way, so ``page:第03版``,
``page:3`` and ``page:03`` are one page. A value that is no page number is a
name, matched whole, as ``section:`` matches: ``page:要闻`` is the page named
要闻, not 今日要闻 (the note of :func:`page_notes` names those).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.analysis import fold

FIELD = "page"
# The number of a page label, as the e-paper spider reads it (crawler.extract.epaper.parse_label),
# optionally followed by its name: 第03版：要闻, A3, 03版, B12.
_LABEL = re.compile(r"^第?\s*([A-Za-z]?)\s*0*(\d{1,3})\s*([A-Za-z]?)\s*(?:版\s*[:：]?\s*(.*))?$", re.S)

UNKNOWN_PAGE = (
    "%(value)s names no page of the archive (a page is a number such as A3 or 03, or a name such as 要闻): "
    "no article matched it."
)
NAMES_HOLDING = "%(value)s names no page of the archive; page names holding it: %(names)s."
MAX_NAMES = 5


def number_key(text: str) -> str:
    """Return the key of a page number (``第03版`` -> ``3``, ``A03`` -> ``a3``), or "" when it is none."""
    m = _LABEL.match(text.strip())
    if m is None or (m.group(4) or "").strip():
        return ""
    return _number(m)


def _number(m: re.Match[str]) -> str:
    return f"{m.group(1)}{int(m.group(2))}{m.group(3)}".lower()


def name_key(name: str) -> str:
    """Return the key of a page name: folded (traditional -> simplified), lower-cased, no spaces or commas."""
    return re.sub(r"[\s,，]+", "", fold(name)).lower()


def page_keys(number: str, name: str) -> list[str]:
    """Return the ``page`` field's keys of an article on page ``number`` named ``name`` (either may be "")."""
    # A page "numbered" 封面 (a cover) is found by that word, as a name is.
    keys = [number_key(number) or name_key(number), name_key(name)]
    return list(dict.fromkeys(k for k in keys if k))


def value_keys(value: str) -> list[str]:
    """Return the keys a ``page:`` value asks for, all required: ``第03版：要闻`` is page 3 named 要闻."""
    m = _LABEL.match(value.strip())
    if m is not None:
        rest = name_key(m.group(4) or "")
        return [_number(m), rest] if rest else [_number(m)]
    key = name_key(value)
    return [key] if key else []


def is_number_key(key: str) -> bool:
    """Tell a number key (``3``, ``a3``) from a name key."""
    return bool(re.fullmatch(r"[a-z]?\d+[a-z]?", key))


def narrowed(current: str, name: str) -> str:
    """Return the page filter value that keeps ``current``'s page number and asks for pages named ``name``.

    The search page's 版面 facet narrows by this filter (its counts are what it finds): with
    ``page 02`` chosen, its 经济 link asks for ``2版：经济``, not every page named 经济.
    """
    numbers = [k for k in value_keys(current) if is_number_key(k)]
    if not numbers or any(is_number_key(k) for k in value_keys(name)):
        return name
    return f"{numbers[0].upper()}版：{name}"


_PAGE_TERM = re.compile(r'(?:^|[\s(])-?page:(?:"([^"]*)"|([^\s()"]+))')


def page_values(query: str) -> list[str]:
    """Return the values of the ``page:`` restrictions of ``query`` as typed (quoted ones unquoted)."""
    return [quoted or bare for quoted, bare in _PAGE_TERM.findall(query) if (quoted or bare).strip()]


def page_notes(query: str, known: Iterable[str]) -> list[tuple[str, dict[str, str]]]:
    """Return ``(label, values)`` for each ``page:`` of ``query`` naming no page the index holds.

    ``known`` are the index's page keys. ``label`` is an English sentence with ``%(value)s``
    (and ``%(names)s``) placeholders, which the web page's catalogue translates and the CLI fills in.
    """
    keys = set(known)
    notes: list[tuple[str, dict[str, str]]] = []
    for value in page_values(query):
        wanted = value_keys(value)
        if all(k in keys for k in wanted):
            continue
        typed = f"page:{value}"
        missing_name = next((k for k in wanted if k not in keys and not is_number_key(k)), "")
        holding = sorted(k for k in keys if missing_name and missing_name in k and not is_number_key(k))
        if holding:
            names = ", ".join(f"page:{k}" for k in holding[:MAX_NAMES])
            notes.append((NAMES_HOLDING, {"value": typed, "names": names}))
        else:
            notes.append((UNKNOWN_PAGE, {"value": typed}))
    return notes

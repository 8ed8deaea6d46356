"""Apply per-source selectors (CSS, or XPath when they start with ``/`` or ``(``).

Sources whose templates the generic extractor gets wrong are configured with
selectors in ``sources.toml``; they win over every other rule.
"""

from __future__ import annotations

from collections.abc import Mapping

from cssselect import SelectorError
from parsel import Selector, SelectorList

from archive.errors import ConfigError
from archive.items import SELECTOR_FIELDS as FIELDS
from crawler.extract.founder import fragment_paragraphs

__all__ = ["FIELDS", "check_selectors", "select_fields"]


def _select(page: Selector, query: str) -> SelectorList[Selector]:
    try:
        if query.startswith(("/", "(")):
            return page.xpath(query)
        return page.css(query)
    except (ValueError, SelectorError) as exc:  # bad XPath: ValueError; bad CSS: cssselect's errors
        raise ConfigError(f"invalid selector {query!r}: {exc}") from exc


def check_selectors(selectors: Mapping[str, str]) -> None:
    """Raise :class:`ConfigError` for an unknown field or an invalid expression.

    Meant for the source registry, so that a bad selector fails when
    ``sources.toml`` is loaded rather than on every page of a crawl.
    """
    _select_all(Selector(text="<html><body></body></html>"), selectors)


def _select_all(page: Selector, selectors: Mapping[str, str]) -> dict[str, SelectorList[Selector]]:
    found: dict[str, SelectorList[Selector]] = {}
    for name, query in selectors.items():
        if name not in FIELDS:
            raise ConfigError(f"unknown selector field {name!r} (expected one of {', '.join(FIELDS)})")
        found[name] = _select(page, query)
    return found


def select_fields(page: Selector, selectors: Mapping[str, str]) -> dict[str, list[str]]:
    """Return, per field, the text pieces its selector matched (empty fields left out).

    ``body`` is split into paragraphs; other fields are the matched nodes' texts.
    """
    found: dict[str, list[str]] = {}
    for name, nodes in _select_all(page, selectors).items():
        pieces: list[str] = []
        for node in nodes:
            if isinstance(node.root, str):
                text = " ".join(node.root.split())
                if text:
                    pieces.append(text)
            elif name == "body":
                pieces.extend(fragment_paragraphs(node.get()))
            else:
                text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
                if text:
                    pieces.append(text)
        if pieces:
            found[name] = pieces
    return found

"""Apply per-source selectors (CSS, or XPath when they start with ``/`` or ``(``).

Sources whose templates the generic extractor gets wrong are configured with
selectors in ``sources.toml``; they win over every other rule.
"""

from __future__ import annotations

from collections.abc import Mapping

from parsel import Selector, SelectorList

from crawler.errors import ConfigError
from crawler.extract.founder import fragment_paragraphs

__all__ = ["FIELDS", "select_fields"]

FIELDS = ("title", "lead_title", "subtitle", "body", "published_at", "authors", "editors", "source_name")


def _select(page: Selector, query: str) -> SelectorList[Selector]:
    try:
        if query.startswith(("/", "(")):
            return page.xpath(query)
        return page.css(query)
    except ValueError as exc:  # parsel raises ValueError subclasses for bad expressions
        raise ConfigError(f"invalid selector {query!r}: {exc}") from exc


def select_fields(page: Selector, selectors: Mapping[str, str]) -> dict[str, list[str]]:
    """Return, per field, the text pieces its selector matched (empty fields left out).

    ``body`` is split into paragraphs; other fields are the matched nodes' texts.
    """
    found: dict[str, list[str]] = {}
    for name, query in selectors.items():
        if name not in FIELDS:
            raise ConfigError(f"unknown selector field {name!r} (expected one of {', '.join(FIELDS)})")
        pieces: list[str] = []
        for node in _select(page, query):
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

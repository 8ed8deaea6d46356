"""Counted nouns in the lines people read: "1 article", "3 articles", never "3 article(s)".

Every room prints counts (the crawl's reasons, ``reprocess``, ``sources add``, the demo); one
function keeps their wording alike. It lives in ``archive`` because every other room imports it.
"""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """Return ``n`` with its noun in the number it takes: ``counted(1, "article") == "1 article"``.

    ``plural`` is for nouns not made by adding "s" (``counted(2, "copy", "copies")``); a noun of
    several words takes it on its last (``counted(2, "WARC file")``, "2 WARC files").
    """
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"

"""The results of normalising: one article's body, and an article rebuilt from a page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NormalizedBody:
    """An article body with paragraphs rebuilt and credits moved into fields.

    ``paragraphs`` keeps subheads in place as paragraphs of their own; ``subheads``
    lists them again so callers need not guess which paragraphs they are.
    """

    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    dateline: str = ""
    paper: str = ""
    place: str = ""
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


@dataclass
class RebuiltArticle(NormalizedBody):
    """One article cut out of a whole page, with the headline matched to it."""

    title: str = ""
    subtitle: str = ""
    lead_title: str = ""  # 引题, the line printed above the title

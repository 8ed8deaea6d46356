"""The page rebuild's working pieces: a fragment of an article's text, and a paragraph's printed shape.

Every stage of :func:`page.rebuild_page` (cutting, joining leads, splitting run-on texts, finding
headlines printed as text) reads and changes these; they live apart so each stage's module
names them without importing another stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.normalize.credits import Credits, Dateline


@dataclass
class _Fragment:
    position: int  # index of the first element, for reading order
    parts: list[tuple[str, str]] = field(default_factory=list)
    dateline: Dateline = field(default_factory=Dateline)
    credits: Credits = field(default_factory=Credits)
    headed: bool = False  # opens with a dateline or a staff credit
    dated: bool = False  # ... and a dateline is among what opens it
    paper: str = ""  # the paper its head byline names (潇湘晨报记者 东方杰), where one does
    closed: bool = False  # ends with a byline
    closed_in_text: bool = False  # ... by a byline run on at the end of a paragraph, not a line of its own
    closing: Credits = field(default_factory=Credits)  # the people of the byline that closed it
    positions: list[int] = field(default_factory=list)
    column: float = 0.0  # column width of its last text, where measured
    breaks: list[int] = field(default_factory=list)  # parts opening a block after a full stop
    # Bylines run on at a paragraph's end inside a head-credited text, kept aside (papers credit
    # once): part index -> (the paragraph without it, its credits), for the article a cut may find.
    held: dict[int, tuple[str, Credits]] = field(default_factory=dict)
    wide: bool = False  # opens with a displaced lead: text set wider than every column of the page
    anchored: bool = False  # a displaced lead joined to its body: its start is known
    lead_parts: int = 0  # how many of its parts a displaced lead joined in front was, where the body begins
    own_headline: int = -1  # the headline group printed in its dateline's block right over it, where one is
    lead_width: float = 0.0  # how wide a displaced lead's lines run
    ended_short: bool = False  # its last text's last line stops short of its column: a paragraph's end

    def body(self) -> str:
        return "".join(text for _, text in self.parts)


@dataclass(frozen=True)
class _Shape:
    """How a paragraph opening a block was printed: its lines, where blocks were mended onto it."""

    lines: tuple[str, ...]
    mends: tuple[int, ...]
    whole: bool  # the block ended with it
    above: int = 0  # leading lines that the layout read as a subhead opening the block, parts of their own

"""The layout's unit: a paragraph, heading run or credit line, in reading order.

Kept apart from the rules that build it so :mod:`paragraphs`, :mod:`page` and every layout
module can name the type without importing the layout itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.normalize.credits import Credits, Dateline, opens_with_role, split_head, split_tail
from crawler.normalize.lines import join_lines


@dataclass
class Element:
    """A paragraph, heading run or credit line, in reading order."""

    kind: str  # "text", "heading" or "credit"
    lines: list[str]
    block_start: bool
    block_end: bool = False
    dateline: bool = False
    role: str = ""  # headings: "title" or "sub"
    joined: list[str] = field(default_factory=list)
    column: float = 0.0  # the block's column width, where enough full lines show it (else 0)
    indented: bool = False  # its first line opens with a paragraph indent
    mends: list[int] = field(default_factory=list)  # lines where a block mended onto it (column break) begins

    @property
    def text(self) -> str:
        """The lines joined as print joins them: no space, except between two Latin words."""
        return join_lines(self.lines)

    def head_split(self) -> tuple[Dateline, Credits, str]:
        """Take the dateline and credit off this paragraph's start.

        A credit wrapped at a column edge may have lost the space it broke at (``（记者 贺秀峰``
        / ``徐涛庆）``): when the lines joined as print joins them give no credit, the line
        ends are read as spaces instead.
        """
        joined = split_head(self.text)
        if len(self.lines) == 1 or _has_people(joined[1]):
            return joined
        dateline, credits, rest = split_head("\n".join(self.lines))
        if not _has_people(credits):
            return joined
        return dateline, credits, join_lines(rest.split("\n"))

    def tail_split(self, body: str) -> tuple[str, Credits | None]:
        """Take a byline off the end of ``body`` (this paragraph, its head taken off).

        A bracketed credit wrapped at a column edge may have lost the space it broke at
        (``（吴雪　`` / ``尹亮文　崔兰）``): when the lines joined as print joins them give no
        credit, the last line end is read as a space.
        """
        rest, credits = split_tail(body)
        last = self.lines[-1]
        if len(self.lines) == 1 or not body.endswith(last) or body == last:
            return rest, credits
        if credits is not None and not opens_with_role(last):
            return rest, credits
        # A line opening with a role word (记者 上官一斌 报道 摄 under ``…。 /尹艳``) broke the byline
        # between two of its pieces: joined with no space, the name above would swallow the role word.
        spaced_rest, spaced = split_tail(body[: len(body) - len(last)] + "\n" + last)
        if spaced is None:
            return rest, credits
        return join_lines(spaced_rest.split("\n")), spaced


def _has_people(credits: Credits) -> bool:
    return bool(credits.reporters or credits.correspondents or credits.photographers or credits.editors)

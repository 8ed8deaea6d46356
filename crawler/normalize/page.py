"""Rebuild the articles of a whole printed page.

A page's text comes out in layout order, not reading order: an article's lead
may sit after two other articles, and the headlines may come last. The page
is cut into fragments at datelines, bylines and headlines; a fragment that
opens with a dateline but has no byline (a lead) is rejoined with the
fragment that has a byline but no dateline (its body) that says most nearly
the same things; then the headlines are matched to the articles by content.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

from crawler.normalize.chars import display_width, has_han
from crawler.normalize.credits import (
    Credits,
    Dateline,
    cites_source,
    closes_article,
    crediting_paper,
    heads_article,
)
from crawler.normalize.furniture import is_caption
from crawler.normalize.headlines import (
    MIN_SCORE,
    assign,
    assignment_total,
    headline_scores,
    read_headline,
    similarity_table,
)
from crawler.normalize.layout import (
    SHORT_OF_COLUMN,
    Element,
    ended_short,
    ends,
    headline_shaped,
    join_lines,
    layout,
)
from crawler.normalize.models import RebuiltArticle
from crawler.normalize.paragraphs import assemble, element_credits

LEAD_MATCH_MIN = 0.2  # without headlines to count, a lead joins a body only above this score
JOIN_TRIALS_MAX = (
    64  # joins tried against the headlines per step; past it (a huge page) wording alone decides
)
# A lead joins a body headed by a credit line of its own (文/X 图/Y, 记者 X) only as the last resort, and
# only where the two clearly share wording (tune pages: the right joins shared 0.036-0.088, the wrong
# ones 0.012 and 0.019).
CREDITED_BODY_WORDING_MIN = 0.03
# A lead set wide shares some wording with the body it opens (tune pages: the right joins 0.02-0.34,
# a short article in a wider column against another's body 0.000-0.009).
WIDE_LEAD_WORDING_MIN = 0.015
# ... and the page's headlines fit its articles about as well with the join as without: a join that
# costs them more than its shared wording makes up for by this much is no lead's (tune pages: right
# joins -0.01 and up; an article in place a little wider than its neighbours, joined to another's
# body, -0.13 to -0.84).
WIDE_JOIN_MIN = -0.1
SPLIT_GAIN = 0.2  # how much better the headlines must fit before a text is cut (a lead's, a spare headline's)
WIDE_SPLIT_GAIN = 0.05  # the same for a lead set wide that stands alone: it surely has a body elsewhere
SPLIT_FRAGMENTS_MAX = 8  # past this many articles, no split is tried
COLUMN_CHANGE = 3.0  # cells by which another article's column differs from the open text's
LEAD_WIDER = 4.0  # cells by which a displaced lead set wide runs past every column of the page
LEAD_PARAGRAPHS_MAX = 2  # paragraphs of a displaced lead (a dateline's paragraph, one more when short)
_NO_JOIN = -1e9  # the score of a join that cannot be
_CLAUSE_INSIDE = re.compile(r"[，、；：,;:].")  # a clause mark with more of the line after it
_ASKS = re.compile(r"[？！?!][”’」』]*$")


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


def _fragments(text: str) -> tuple[list[_Fragment], list[tuple[int, list[str]]], dict[str, _Shape]]:
    """Cut the page into fragments and collect headline groups with their positions.

    Also the printed lines of each paragraph that opens a block and nothing marked (no dateline),
    by its text: a headline read as text may stand at its start.
    """
    fragments: list[_Fragment] = []
    shapes: dict[str, _Shape] = {}
    opening_sub: tuple[int, list[str]] = (-1, [])  # a subhead opening a block, which text goes on under
    titles: list[tuple[int, list[str]]] = []
    current: _Fragment | None = None
    elements = layout(text, titles=True)
    is_title = [e.kind == "heading" and e.role == "title" for e in elements]
    heaped = {
        i for i in range(len(elements)) if is_title[i] and (_at(is_title, i - 1) or _at(is_title, i + 1))
    }
    wide = _wide_leads(elements)
    for index, element in enumerate(elements):
        following = elements[index + 1] if index + 1 < len(elements) else None
        if (
            is_title[index]
            and current is not None
            and current.parts
            and not current.closed
            and _asks_or_exclaims(element)
            and (
                (following is not None and following.kind == "text" and not following.dateline)
                # Where the headlines stand in a heap, a lone question is no headline of its own.
                or (bool(heaped) and index not in heaped)
            )
            # Between texts set in two columns, it heads the text below.
            and not _between_two_columns(current, following)
        ):
            # A short question standing alone inside an article's text (能不能抓住？) is a
            # paragraph of it, not a headline: nothing closed the article before it.
            current.parts.append(("text", element.text))
            continue
        if element.kind == "heading" and element.role == "title":
            titles.append((index, element.lines))
            current = None
            continue
        if element.kind == "credit":
            found = element_credits(element)
            if _editors_only(found) and element.block_start and element.block_end:
                # The page's editors, set apart at its head or foot (本版编辑/肖宁 美编/朱辉 校对/武然霞):
                # furniture that neither closes the text before it nor heads the one after.
                if current is not None:
                    current.credits.merge(found)
                continue
            staff_first = element.text.startswith(("本报记者", "本报通讯员"))
            # An article credited at its head (本报讯（记者 张三）, 本报记者 张三) is not credited again
            # at its end: a reporter's credit line after its text opens the next article (文/李四 图/王五);
            # an editor's line (责任编辑：赵强) still closes it.
            heads = (
                heads_article(element.text)
                or (
                    current is not None
                    and not current.closed
                    and bool(current.credits.reporters)
                    and bool(found.reporters)
                )
                # A credit line that opens a block and runs into text (文/司马嘉 图/何芳建 / 本报延吉
                # 5月20日讯…) heads that text: a closing byline ends the block of the text it closes.
                or (
                    element.block_start
                    and following is not None
                    and following.kind == "text"
                    and not following.block_start
                )
            )
            if (
                current is not None
                and current.closed_in_text
                and bool(found.reporters)
                and not heads_article(element.text)
                and _recredits(element.text, following)
            ):
                # The text closed with its own credit (（黄敏）, 谢子洋文/图, （编辑/邱玮倩） 文/司马瑞);
                # the paper's byline on a line of its own after it is the article's credit:
                # /记者 曾梅丽 报道, or any reporter's line that has nothing below to open.
                current.credits = current.credits.without(current.closing)
                current.credits.merge(found)
                current.closing, current.closed_in_text = found, False
            elif current is not None and not current.closed and current.parts and not heads:
                current.credits.merge(found)
                current.closed, current.closing = True, found
            elif (
                current is not None
                and current.parts
                and not current.closed
                and not heads_article(element.text)
                # Nothing below to head, or a byline that by its grammar only closes (/高琳 报道).
                and (_opens_nothing(following) or closes_article(element.text))
            ):
                # A reporter's line under a head-credited text with nothing below it to head: it
                # closes that text, yet papers credit once, so it is kept apart for the article a
                # cut may find run on inside (see _split_for_headlines).
                current.closed, current.closing = True, found
            elif current is not None and not current.parts:
                current.credits.merge(found)
                current.headed = True
            elif current is not None and current.closed and not found.reporters and not heads:
                current.credits.merge(found)  # editor lines under a byline
            else:
                current = _Fragment(index, headed=True, paper=crediting_paper(element.text))
                if staff_first:
                    current.dateline = Dateline(element.text, "本报", "")
                current.credits.merge(found)
                fragments.append(current)
            continue
        if element.kind == "heading":
            if element.block_start and not element.block_end:
                opening_sub = (index, element.lines)
            if current is None or current.closed:
                current = _Fragment(index)
                fragments.append(current)
            current.parts.extend(("sub", line) for line in element.lines)
            continue
        body = element.text
        if _is_caption(element):
            continue  # a picture's caption belongs to no article's text, and its 摄 credit to no byline
        # "据人民日报报道，…" opens an article only where none is open: inside one (or under a
        # staff credit such as 本报记者 张三) it cites a source.
        opened = current is not None and not current.closed and (bool(current.parts) or current.headed)
        if element.dateline and not (opened and cites_source(body)):
            dateline, credits, body = element.head_split()
            if current is not None and current.headed and not current.parts and not current.closed:
                # The staff credit above opened this article: the dateline joins it.
                current.dateline = dateline if dateline.text else current.dateline
                current.dated = current.dated or bool(dateline.text)
                current.credits.merge(credits)
            else:
                current = _Fragment(index, dateline=dateline, credits=credits, headed=True, dated=True)
                fragments.append(current)
        elif (
            current is None
            or current.closed
            or _other_column(current, element)
            or (index in wide and current.position not in wide and current.parts)
            or (index in wide and element.block_start and _another_lead(current, element))
        ):
            current = _Fragment(index)
            fragments.append(current)
        if index in wide and not current.lead_width:
            current.lead_width = _paragraph_width(element)
        if (
            element.block_start
            and current.parts
            and current.parts[-1][0] == "text"
            and (ends(current.parts[-1][1]) == "end" or len(current.parts) - 1 in current.held)
        ):
            current.breaks.append(len(current.parts))
        current.column = element.column or current.column
        current.ended_short = ended_short(element.lines)
        rest, tail = element.tail_split(body)
        if tail is not None and current.headed and current.credits.reporters and tail.reporters:
            # Credited at its head (□本报记者 司徒静 实习生 李萍辉), an article is not credited again
            # at its end: papers credit once, and what reads as a second byline is the text's own,
            # unless a cut finds another article run on inside, which that byline then closes.
            if rest:
                current.held[len(current.parts)] = (rest, tail)
            rest, tail = body, None
        if tail is not None:
            current.credits.merge(tail)
            current.closed, current.closing = True, tail
            current.closed_in_text = True
        if rest:
            current.parts.append(("text", rest))
            if element.block_start and not element.dateline:
                shapes.setdefault(rest, _Shape(tuple(element.lines), tuple(element.mends), element.block_end))
            elif opening_sub[0] == index - 1 and not element.dateline:
                # Under a subhead opening the block: the two may be one headline (引题 and 主题).
                sub = opening_sub[1]
                mends = tuple(m + len(sub) for m in element.mends)
                lines = tuple(sub) + tuple(element.lines)
                shapes.setdefault(rest, _Shape(lines, mends, element.block_end, above=len(sub)))
    for fragment in fragments:
        fragment.positions = [fragment.position]
        fragment.wide = fragment.position in wide
    return [f for f in fragments if f.parts], titles, shapes


def _paragraph_width(element: Element) -> float:
    """How wide a paragraph's lines run: its lines but the last (a paragraph's last line stops short),
    or its one line."""
    lines = element.lines[:-1] if len(element.lines) > 1 else element.lines
    return max(display_width(line) for line in lines)


def _wide_leads(elements: list[Element]) -> set[int]:
    """Find the text set apart from the page's columns: displaced leads, wider than every column.

    A lead (an article's dateline and first paragraph or two) moved to the page's top or foot is
    often set across several columns. A block of text at the top of the page (no other text before
    it) or at its foot (none after it), of at most ``LEAD_PARAGRAPHS_MAX`` paragraphs that no byline
    closes, whose lines run ``LEAD_WIDER`` cells past every other text's column is such a lead: a
    column's lines never run past it. Leads are taken widest first, each against the text left.
    Returns the indices of their elements (with a credit line set in the lead's block).
    """
    blocks: list[list[int]] = []
    for index, element in enumerate(elements):
        if element.block_start or not blocks:
            blocks.append([])
        blocks[-1].append(index)
    # Text with no Chinese in it (a folio's ``7``) shows no article's column.
    texts = [
        [i for i in block if elements[i].kind == "text" and has_han(elements[i].text)] for block in blocks
    ]
    with_text = [n for n, t in enumerate(texts) if t]
    width = {n: max(elements[i].column or _paragraph_width(elements[i]) for i in texts[n]) for n in with_text}
    candidate = {
        n
        for n in with_text
        if len(texts[n]) <= LEAD_PARAGRAPHS_MAX and not _closed_block(elements, blocks[n])
    }
    top = list(itertools.takewhile(lambda n: n in candidate, with_text))
    foot = list(itertools.takewhile(lambda n: n in candidate, reversed(with_text)))
    best: set[int] = set()
    for k in range(len(top) + 1):
        for m in range(len(foot) + 1):
            chosen = set(top[:k]) | set(foot[:m])
            rest = [width[n] for n in with_text if n not in chosen]
            if len(chosen) > len(best) and rest and all(width[n] >= max(rest) + LEAD_WIDER for n in chosen):
                best = chosen
    return {i for n in best for i in blocks[n]}


def _another_lead(current: _Fragment, element: Element) -> bool:
    """Tell whether a block of text set wide after a displaced lead is another article's lead.

    A lead may stand in two blocks (a paragraph each, the seed's), set to one width; a block whose
    lines run to another width (``COLUMN_CHANGE`` cells or more apart; its one line, a paragraph's
    last, clearly wider) is another lead.
    """
    if not current.lead_width or not current.parts:
        return False
    width = _paragraph_width(element)
    if len(element.lines) == 1:
        return width >= current.lead_width + COLUMN_CHANGE
    return abs(width - current.lead_width) >= COLUMN_CHANGE


def _closed_block(elements: list[Element], block: list[int]) -> bool:
    """Tell whether a byline closes a block's text: a credit line after it, or one run on at its end."""
    last = max(i for i in block if elements[i].kind == "text")
    if any(elements[i].kind == "credit" for i in block if i > last):
        return True
    return elements[last].tail_split(elements[last].text)[1] is not None


def _between_two_columns(current: _Fragment, following: Element | None) -> bool:
    """Tell whether the open text and the text after a line are set in columns 3+ cells apart."""
    return (
        following is not None
        and following.kind == "text"
        and bool(following.column)
        and bool(current.column)
        and abs(following.column - current.column) >= COLUMN_CHANGE
    )


def _editors_only(credits: Credits) -> bool:
    """Tell whether a credit names editors (责任编辑, 美编, 校对) and no one who reported or shot."""
    people = credits.reporters or credits.correspondents or credits.photographers
    return bool(credits.editors) and not people


def _is_caption(element: Element) -> bool:
    """Tell whether a paragraph standing alone is a picture's caption (``图为…。 记者 张三 摄``).

    Captions are set apart under their picture, open with 图为 / 图： / ▲ and end in a photo
    credit; read as text they would close the article around them with the photographer as
    its reporter, or stand as an article of their own.
    """
    return element.block_start and element.block_end and is_caption(element.text, bare=True)


def _other_column(current: _Fragment, element: Element) -> bool:
    """Tell whether a paragraph opening a block is set in another column width than the open text.

    An article keeps one column width down the page (its lead may run wider, but leads come first);
    a text that ended a sentence and is followed by a block clearly narrower or wider is not
    continued there: that block is another article's text (a byline-less article, or a body whose
    lead stands elsewhere on the page), and joining leads to bodies decides whose.
    """
    if not (element.block_start and current.column and current.parts):
        return False
    kind, last = current.parts[-1]
    if kind != "text" or (ends(last) != "end" and not current.ended_short):
        return False
    if element.column:
        return abs(element.column - current.column) >= COLUMN_CHANGE
    # Too few full lines to measure the block's column: lines are measured clean and never read
    # wider than they printed, so a line clearly wider than the open text's column is set in
    # another column (a short byline-less piece of another article), never that text's. The last
    # line is not counted: a byline run on there (…受损。/欧阳良福 报道) may overrun the column.
    widths = [display_width(line) for line in element.lines[:-1]]
    return bool(widths) and max(widths) >= current.column + COLUMN_CHANGE


def _recredits(text: str, following: Element | None) -> bool:
    """Tell whether a credit line after a text closed by a credit run on in its paragraph credits it.

    It does when its grammar closes an article (``/记者 曾梅丽 报道``), or when no text follows it
    to open (a headline or the page's end comes next): a credit line heads only the text below it.
    """
    return closes_article(text) or _opens_nothing(following)


def _opens_nothing(following: Element | None) -> bool:
    """Tell whether what follows a credit line leaves it nothing to head: a headline, an editor line
    (责任编辑：曹娜) or the page's end."""
    return (
        following is None
        or following.kind == "heading"
        or (following.kind == "credit" and not element_credits(following).reporters)
    )


def _at(flags: list[bool], index: int) -> bool:
    return 0 <= index < len(flags) and flags[index]


def _asks_or_exclaims(element: Element) -> bool:
    return len(element.lines) == 1 and _ASKS.search(element.lines[0]) is not None


def _lead(fragment: _Fragment) -> bool:
    """Tell whether a fragment is an article's start waiting for its body: it opens with a dateline
    or a credit and no byline closed it (an editor line under it, 本版编辑/马晓霞, closes nothing)."""
    return fragment.headed and not (fragment.closed and _has_people(fragment.closing))


def _has_people(credits: Credits) -> bool:
    return bool(credits.reporters or credits.photographers or credits.correspondents)


def _credited_twice(lead: _Fragment, body: _Fragment) -> bool:
    """Tell whether joining would credit one article at both ends: a reporter in the lead's dateline
    (本报讯（记者 张三）) and another closing or heading the body (/记者 李四 报道, 潇湘晨报记者 李四).
    Papers credit once, so the body belongs to a lead that names nobody.
    """
    return bool(lead.credits.reporters) and bool(body.credits.reporters)


def _credit_headed(fragment: _Fragment) -> bool:
    """Tell whether a fragment opens with a credit line and no dateline (文/陆磊峰 图/肖杰芳, 记者 X)."""
    return fragment.headed and not fragment.dated


def _split_wide_leads(fragments: list[_Fragment], headlines: list[str]) -> list[_Fragment]:
    """Cut a displaced lead set wide in two where its blocks go on in two different texts.

    Two leads moved to the page's top (or foot) may be set to one width, one under the other: the
    second without a dateline reads as the first one's next paragraph. A lead's paragraphs tell the
    same story, so they share their wording with the same text of the page, the body they open. A
    block opens another article when the text that holds most of its wording (of the page's texts
    but the lead) is not the one that holds most of the block above's, holds more of it than the
    block above does, and opens without a dateline, as a displaced lead's body does; and the page's
    headlines fit its articles better (by ``WIDE_SPLIT_GAIN``, as for a cut given to a wide lead) with each
    block before the text holding most of its wording than with both before the text holding most
    of theirs. At most ``LEAD_PARAGRAPHS_MAX``
    paragraphs twice: a longer text is an article set wide, not two leads.
    """
    for fragment in list(fragments):
        if (
            not fragment.wide
            or not fragment.breaks
            or len(fragment.parts) > 2 * LEAD_PARAGRAPHS_MAX
            or len(fragments) < 2
        ):
            continue
        rivals = [f for f in fragments if f is not fragment]
        others = [f.body() for f in rivals]
        cuts = [0, *fragment.breaks, len(fragment.parts)]
        pieces = ["".join(text for _, text in fragment.parts[a:b]) for a, b in itertools.pairwise(cuts)]
        table = similarity_table(pieces, others)
        best = [max(range(len(row)), key=row.__getitem__) if max(row) > 0 else -1 for row in table]
        for n in range(len(pieces) - 1, 0, -1):  # from the foot up: the cuts above stay where they are
            [[in_above, *elsewhere]] = similarity_table([pieces[n]], [pieces[n - 1], *others])
            if (
                best[n] != best[n - 1]
                and best[n] >= 0
                and best[n - 1] >= 0
                and max(elsewhere) > in_above
                # A displaced lead's body opens without a dateline: the dateline went with the lead.
                and not rivals[best[n]].dated
                and _two_leads_fit(headlines, rivals, "".join(pieces[:n]), pieces[n], (best[n - 1], best[n]))
            ):
                rest = _cut(fragment, cuts[n])
                rest.wide, rest.lead_width, rest.headed = True, fragment.lead_width, False
                fragments.insert(fragments.index(fragment) + 1, rest)
    return fragments


def _two_leads_fit(
    headlines: list[str], rivals: list[_Fragment], above: str, block: str, bodies: tuple[int, int]
) -> bool:
    """Tell whether the page's headlines fit two leads better than one, by ``WIDE_SPLIT_GAIN``.

    Two: ``above`` and ``block`` each opening the text that holds most of its wording (``bodies``);
    one: both opening the text that holds most of theirs. A lead joins no text that opens with a
    dateline of its own: it then stands alone.
    """
    if not headlines:
        return True

    def total(openings: dict[int, str], alone: list[str]) -> float:
        texts = [openings.get(r, "") + f.body() for r, f in enumerate(rivals)] + alone
        return assignment_total(headline_scores(headlines, texts))

    def opening(lead: str, r: int, openings: dict[int, str], alone: list[str]) -> None:
        if rivals[r].dated:
            alone.append(lead)
        else:
            openings[r] = openings.get(r, "") + lead

    [row] = similarity_table([above + block], [f.body() for f in rivals])
    one: dict[int, str] = {}
    one_alone: list[str] = []
    opening(above + block, max(range(len(row)), key=row.__getitem__), one, one_alone)
    two: dict[int, str] = {}
    two_alone: list[str] = []
    opening(above, bodies[0], two, two_alone)
    opening(block, bodies[1], two, two_alone)
    return total(two, two_alone) > total(one, one_alone) + WIDE_SPLIT_GAIN


def _rejoin_wide_leads(fragments: list[_Fragment], headlines: list[str]) -> list[_Fragment]:
    """Put each displaced lead set wide (see :func:`_wide_leads`) in front of the body it opens.

    A wide lead is no article of its own, however many headlines the page shows: it goes to one of
    the texts that open without a dateline, the one that shares its wording (names, places, terms)
    and lets the page's headlines fit its articles best; all leads at once, as one assignment.
    """
    # Texts that open with a credit line of their own (本报记者 X) are tried only for the leads the
    # others leave: an article credited at its head is as often one in place as a lead's body.
    for credited in (False, True):
        leads = [
            f for f in fragments if f.wide and not f.anchored and not (f.closed and _has_people(f.closing))
        ]
        # A short text set wide that opens with no dateline or credit may be a body too (an article in
        # place whose column runs wider than the others): the join each way is scored, each text used once.
        bodies = [
            f
            for f in fragments
            if not f.dated
            and f.parts
            and not f.anchored
            and not (f.wide and f.headed)
            and (credited or not f.headed)
        ]
        if leads and bodies:
            _join_wide(fragments, leads, bodies, headlines)
    return sorted(fragments, key=lambda f: min(f.positions))


def _join_wide(
    fragments: list[_Fragment], leads: list[_Fragment], bodies: list[_Fragment], headlines: list[str]
) -> None:
    """Join wide leads to bodies by the best assignment of their scores (see :func:`_rejoin_wide_leads`)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    wording = similarity_table([lead.body() for lead in leads], [body.body() for body in bodies])
    trials = bool(headlines) and len(leads) * len(bodies) <= JOIN_TRIALS_MAX
    base = assignment_total(headline_scores(headlines, [f.body() for f in fragments])) if trials else 0.0
    scores = np.full((len(leads), len(bodies)), _NO_JOIN)
    for i, lead in enumerate(leads):
        for j, body in enumerate(bodies):
            if lead is body or _credited_twice(lead, body) or wording[i][j] < WIDE_LEAD_WORDING_MIN:
                continue
            gain = 0.0
            if trials:
                joined = [lead.body() + body.body() if f is lead else f.body() for f in fragments]
                texts = [text for f, text in zip(fragments, joined, strict=True) if f is not body]
                gain = assignment_total(headline_scores(headlines, texts)) - base
            if wording[i][j] + gain >= WIDE_JOIN_MIN:
                scores[i, j] = wording[i][j] + gain
    rows, columns = linear_sum_assignment(scores, maximize=True)
    used: set[int] = set()
    for i, j in sorted(zip(rows, columns, strict=True), key=lambda pair: -scores[pair]):
        lead, body = leads[i], bodies[j]
        if scores[i, j] <= _NO_JOIN or id(lead) in used or id(body) in used:
            continue
        used.update((id(lead), id(body)))
        lead.parts.extend(body.parts)
        lead.credits.merge(body.credits)
        lead.closed, lead.closing = body.closed, body.closing
        lead.closed_in_text = body.closed_in_text
        lead.positions.extend(body.positions)
        lead.column = body.column
        lead.breaks.extend(b + len(lead.parts) - len(body.parts) for b in body.breaks)
        lead.headed = lead.anchored = True
        fragments.remove(body)


def _rejoin_leads(fragments: list[_Fragment], headlines: list[str]) -> list[_Fragment]:
    """Put each lead separated from its body back in front of it, as many as the headlines call for.

    A lead and its body say the same things, and one headline on the page says them too: each
    possible join is scored by how much of the lead's wording the body holds plus how well the
    page's headlines then fit its articles (the best assignment of headlines to the articles
    the join would leave). Without headlines to count, a lead joins a body only above
    ``LEAD_MATCH_MIN``; on a page too big to try every join, the wording alone decides.
    """
    target = len(headlines) or None
    credited_bodies = False
    while target is None or len(fragments) > target:
        leads = [f for f in fragments if _lead(f) and not f.anchored]
        if target is not None:
            # A lead printed without dateline or byline, displaced from its body, opens nothing that
            # marks it: any text that nothing closed may be one, where the headlines call for a join.
            leads += [f for f in fragments if not f.headed and not f.closed]
        # A body may open with its reporter's line (潇湘晨报记者 东方杰) where the lead displaced from it
        # kept the dateline of that same paper (潇湘晨报讯): the paper names them as one article.
        bodies = [
            f
            for f in fragments
            if not f.anchored
            and (not f.headed or (f.paper and not f.dated) or (credited_bodies and _credit_headed(f)))
        ]
        if not leads or not bodies:
            if target is not None and not credited_bodies:
                credited_bodies = True
                continue
            break
        scores = similarity_table([lead.body() for lead in leads], [body.body() for body in bodies])
        wording = [row[:] for row in scores]
        if headlines and len(leads) * len(bodies) <= JOIN_TRIALS_MAX:
            for i, lead in enumerate(leads):
                for j, body in enumerate(bodies):
                    joined = [lead.body() + body.body() if f is lead else f.body() for f in fragments]
                    texts = [text for f, text in zip(fragments, joined, strict=True) if f is not body]
                    scores[i][j] += assignment_total(headline_scores(headlines, texts))
        for i, lead in enumerate(leads):
            for j, body in enumerate(bodies):
                if (
                    lead is body
                    or _credited_twice(lead, body)
                    or (
                        body.headed
                        and body.paper != lead.dateline.paper
                        and not (
                            credited_bodies
                            and _credit_headed(body)
                            and _has_people(body.credits)
                            and body.dateline.paper in ("", lead.dateline.paper)
                            and wording[i][j] >= CREDITED_BODY_WORDING_MIN
                        )
                    )
                ):
                    scores[i][j] = -math.inf
        best, li, bi = max((s, i, j) for i, row in enumerate(scores) for j, s in enumerate(row))
        if best == -math.inf:
            if target is not None and not credited_bodies:
                credited_bodies = True
                continue
            break
        if target is None and best < LEAD_MATCH_MIN:
            break
        lead, body = leads[li], bodies[bi]
        lead.parts.extend(body.parts)
        lead.credits.merge(body.credits)
        lead.closed, lead.closing = body.closed, body.closing
        lead.positions.extend(body.positions)
        fragments.remove(body)
        credited_bodies = False  # each join tries the ordinary bodies first
    return sorted(fragments, key=lambda f: min(f.positions))


def _split_for_lonely_leads(fragments: list[_Fragment], headlines: list[str]) -> list[_Fragment]:
    """Give a lead standing alone the body that ran on into another article's text.

    A displaced lead (a dateline and a paragraph or two, no byline) whose body was run together
    with a neighbouring article in the same column width has no body left to join: that article
    took it at a block boundary after a full stop. The body is the text after the boundary when it
    followed a byline-less article, or the text before it when an article opening without
    dateline or credit followed the body. Each such boundary is tried: that text goes to the lead
    when the page's headlines then fit its articles better, plus how much more of the lead's
    wording that text holds than the text left behind, by ``SPLIT_GAIN``.

    A lead set wide and joined to nothing is lonely though it opens with no dateline, and, surely
    cut off from a body, it may take a run-on text with the byline closing it. So may any lead
    where the byline names others than the head credit of the text it closes (papers credit once).
    """
    if not headlines or len(fragments) > SPLIT_FRAGMENTS_MAX:
        return fragments
    while True:
        # A lead set wide and joined to nothing is lonely too, though it opens with no dateline.
        lonely = [f for f in fragments if _lead(f) or (f.wide and not f.anchored and not f.closed)]
        base = assignment_total(headline_scores(headlines, [f.body() for f in fragments]))
        best: tuple[float, _Fragment, _Fragment, int, bool] | None = None
        for lead in lonely:
            for other in fragments:
                if other is lead:
                    continue
                for k in other.breaks:
                    head = "".join(text for _, text in other.parts[:k])
                    tail = "".join(text for _, text in other.parts[k:])
                    # The tail goes where nothing closed the other text, the head where nothing opened it.
                    for takes_head in (False, True):
                        if (other.headed and takes_head) or (
                            other.closed
                            and not takes_head
                            and not _closed_as_another(other)
                            and not (lead.wide and not lead.anchored)
                        ):
                            continue
                        taken, left = (head, tail) if takes_head else (tail, head)
                        texts = [
                            lead.body() + taken if f is lead else left if f is other else f.body()
                            for f in fragments
                        ]
                        # The lead's wording in the run-on text against its wording in the text left.
                        [[in_taken, in_left]] = similarity_table([lead.body()], [taken, left])
                        gain = assignment_total(headline_scores(headlines, texts)) - base + in_taken - in_left
                        # A lead set wide with no body joined is surely cut off from one.
                        needed = WIDE_SPLIT_GAIN if lead.wide and not lead.anchored else SPLIT_GAIN
                        if gain > needed and (best is None or gain - needed > best[0]):
                            best = (gain - needed, lead, other, k, takes_head)
        if best is None:
            return fragments
        _, lead, other, k, takes_head = best
        lead.positions.extend(other.positions)
        if takes_head:
            lead.parts.extend(other.parts[:k])
            del other.parts[:k]
            other.breaks = [b - k for b in other.breaks if b > k]
        else:
            lead.parts.extend(other.parts[k:])
            del other.parts[k:]
            other.breaks = [b for b in other.breaks if b < k]
            if other.closed:
                # Credited at its head, the text's closing byline was the run-on article's.
                lead.credits.merge(other.closing)
                lead.closed, lead.closing, lead.closed_in_text = True, other.closing, other.closed_in_text
                other.credits = other.credits.without(other.closing)
                other.closed, other.closing, other.closed_in_text = False, Credits(), False


def _closed_as_another(fragment: _Fragment) -> bool:
    """Tell whether a text credited at its head is closed by a byline naming other people.

    Papers credit an article once: a head credit (本报讯（记者 张三）) and a closing byline
    naming others (（通讯员 李四）) are two articles' credits, the second run on under the first.
    """
    if not (fragment.headed and fragment.closed and _has_people(fragment.closing)):
        return False
    return _has_people(fragment.credits.without(fragment.closing))


def _split_for_headlines(fragments: list[_Fragment], headlines: list[str]) -> list[_Fragment]:
    """Cut a text that ran on into the next article where the page has more headlines than texts.

    An article printed without a closing byline, followed by one opening without a dateline or a
    credit, reads as one text: nothing in the lines marks where the second starts. The page's
    headlines do: with one headline too many, each block boundary after a full stop is tried, and
    the cut is made where the headlines then fit the articles better by ``SPLIT_GAIN`` (the
    best assignment's total; 0.1-0.2 do the same on the tune pages, 0.05 cuts at junk headings).
    The byline closing the run-on text goes with its second part.
    """
    if not headlines or len(fragments) > SPLIT_FRAGMENTS_MAX:
        return fragments
    while len(fragments) < len(headlines):
        base = assignment_total(headline_scores(headlines, [f.body() for f in fragments]))
        best: tuple[float, int, int] | None = None
        for i, fragment in enumerate(fragments):
            for k in fragment.breaks:
                texts = [f.body() for f in fragments]
                texts[i : i + 1] = [
                    "".join(text for _, text in fragment.parts[:k]),
                    "".join(text for _, text in fragment.parts[k:]),
                ]
                gain = assignment_total(headline_scores(headlines, texts)) - base
                if gain > SPLIT_GAIN and (best is None or gain > best[0]):
                    best = (gain, i, k)
        if best is None:
            return fragments
        _, i, k = best
        fragments.insert(i + 1, _cut(fragments[i], k))
    return fragments


def _cut(fragment: _Fragment, k: int) -> _Fragment:
    """Take the parts from ``k`` on off ``fragment`` into a new one, which keeps its closing byline."""
    rest = _Fragment(
        fragment.position,
        parts=fragment.parts[k:],
        credits=fragment.closing,
        closed=fragment.closed,
        closed_in_text=fragment.closed_in_text,
        closing=fragment.closing,
        positions=list(fragment.positions),
        column=fragment.column,
        breaks=[b - k for b in fragment.breaks if b > k],
    )
    del fragment.parts[k:]
    fragment.credits = fragment.credits.without(fragment.closing)
    fragment.closed, fragment.closed_in_text, fragment.closing = False, False, Credits()
    fragment.breaks = [b for b in fragment.breaks if b < k]
    rest.held = {i - k: held for i, held in fragment.held.items() if i >= k}
    fragment.held = {i: held for i, held in fragment.held.items() if i < k}
    for piece in (fragment, rest):
        _close_with_held(piece)
    return rest


def _close_with_held(piece: _Fragment) -> None:
    """Credit a piece cut off a head-credited text with the byline held aside at its last paragraph."""
    last = len(piece.parts) - 1
    if last not in piece.held or piece.credits.reporters:
        return
    text, credits = piece.held.pop(last)
    piece.parts[last] = ("text", text)
    piece.credits.merge(credits)
    piece.closed, piece.closed_in_text, piece.closing = True, True, credits


def rebuild_page(text: str) -> list[RebuiltArticle]:
    """Split a whole page of text into its articles, in reading order, with headlines matched."""
    fragments, titles, shapes = _fragments(text)
    # The text set right under each headline group that opens nothing (no dateline, no credit), by the
    # group's index: before leads join bodies, after which it may stand inside another's text.
    opening = [f for f in fragments if not f.headed and f.parts[0][0] == "text"]
    under = {f.position - 1: f.parts[0][1] for f in opening}
    headlines = [read_headline(lines) for _, lines in titles]
    fragments = _split_wide_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _rejoin_wide_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _rejoin_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _split_for_lonely_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _split_for_headlines(fragments, [" ".join(h) for h in headlines])
    texts = [" ".join(h) for h in headlines]
    # A line that reads as the cut-off start of the text under it is a headline only for an article no
    # other headline fits (see :func:`_opening_cut_off`).
    openings = {h for h, (index, lines) in enumerate(titles) if index in under and _cut_off(lines)}
    scores = headline_scores(texts, [f.body() for f in fragments])
    pairs = assign(scores, last_resort=openings) if titles and fragments else {}
    # An article left without a headline may have it printed as text: run into its own text's block,
    # or taken for a paragraph of another text (a column break mended onto it).
    opened = _headlines_in_text(fragments, shapes, set(pairs.values())) if titles else {}
    unmatched = [title for h, title in enumerate(titles) if h not in pairs]
    _mend_unmatched_openings([f for c, f in enumerate(fragments) if c not in opened], unmatched, under)
    articles: list[RebuiltArticle] = []
    for column, fragment in enumerate(fragments):
        article = RebuiltArticle()
        assemble(fragment.parts, fragment.dateline, fragment.credits, article)
        if column in opened:
            decks = read_headline(opened[column], fragment.body())
            article.lead_title, article.title, article.subtitle = decks
        articles.append(article)
    # Wording alone decides, not where a headline stands: text layers put headlines above the
    # wrong article as often as above their own (interleaved), and a bonus for standing right
    # above an article moved no article right on our generator and cost 3.5% on the other.
    for headline, column in pairs.items():
        article = articles[column]
        # Read again with the article's text: which deck repeats its words is evidence too.
        lines = titles[headline][1]
        article.lead_title, article.title, article.subtitle = read_headline(lines, fragments[column].body())
    return articles


def _mend_unmatched_openings(
    fragments: list[_Fragment], unmatched: list[tuple[int, list[str]]], under: dict[int, str]
) -> None:
    """Put back a paragraph's first line that a blank line cut off and that no article took as headline.

    Under a headline, a paragraph's first line set apart by a blank line (``12月18日上午10时许，寒亭
    公安分局禁毒大队`` over ``民警来到…``) reads as a second headline. Where the assignment matched it to
    no article, one such line (:func:`_cut_off`) is the start of the text set right under it, which
    opens nothing (``under``: that text by the line's index; a lead may have joined it since).
    """
    for index, lines in unmatched:
        if index not in under or not _cut_off(lines):
            continue
        for fragment in fragments:
            part = ("text", under[index])
            k = fragment.parts.index(part) if part in fragment.parts else -1
            if k >= 0:
                fragment.parts[k] = ("text", lines[0] + under[index])
                break


def _cut_off(lines: list[str]) -> bool:
    """Tell whether a headline group may be a paragraph's first line: one line stopping mid-phrase
    after a clause mark inside it (a headline's clauses end its lines)."""
    return len(lines) == 1 and ends(lines[0]) == "open" and _CLAUSE_INSIDE.search(lines[0]) is not None


def _head_candidates(shape: _Shape) -> list[list[str]]:
    """The leading lines of a paragraph that may be a headline printed as its text, longest first.

    The lines before a block mended onto them (a headline over its text read as a column break),
    the lines that stop short of the column the rest of the paragraph fills (a headline in its
    text's block: a wrapped paragraph's lines fill its column but the last), or a whole block of a
    few lines. Under a subhead opening the block (``shape.above`` lines, read as a subhead by the
    layout), the candidates start with it: a short 引题 over its 主题 reads as a subhead over text.
    """
    lines = list(shape.lines)
    found: list[list[str]] = []
    if shape.mends:
        found.append(lines[: shape.mends[0]])
    full = [display_width(line) for line in lines[:-1] if ends(line) in ("open", "soft")]
    if full:
        column = max(full)
        short = 0
        while short < len(lines) - 1 and display_width(lines[short]) < column - SHORT_OF_COLUMN:
            short += 1
        if short:
            found.append(lines[:short])
    if (shape.whole or shape.above) and not shape.mends and len(lines) <= LEAD_PARAGRAPHS_MAX * 2:
        found.append(lines)
    return [head for head in found if len(head) > shape.above]


def _headlines_in_text(
    fragments: list[_Fragment], shapes: dict[str, _Shape], titled: set[int]
) -> dict[int, list[str]]:
    """Find headlines printed as text for the articles without one; take them off the text.

    Each paragraph opening a block may start with lines that read as a headline alone
    (:func:`headline_shaped`). Such lines are an untitled article's headline when the page's articles,
    the lines taken off, repeat their wording most in that article's text (at least ``MIN_SCORE``):
    the whole article with its first sentence weighted up, as for the headlines set apart. Best
    first, each article and each paragraph used once. Returns {article index: headline lines}.
    """
    untitled = [c for c in range(len(fragments)) if c not in titled]
    found: dict[int, list[str]] = {}
    while untitled:
        best: tuple[float, int, int, int, list[str], int] | None = None
        for d, fragment in enumerate(fragments):
            for k, (kind, text) in enumerate(fragment.parts):
                shape = shapes.get(text) if kind == "text" else None
                if shape is None:
                    continue
                subs = [("sub", line) for line in shape.lines[: shape.above]]
                if fragment.parts[k - shape.above : k] != subs:
                    continue
                for head in _head_candidates(shape):
                    said = join_lines(head[shape.above :])
                    if not text.startswith(said) or not headline_shaped(head):
                        continue
                    left = text[len(said) :]
                    if not left.strip() and len(fragment.parts) == 1:
                        continue  # nothing would be left of that article
                    bodies = [f.body() for f in fragments]
                    bodies[d] = "".join(
                        left if i == k else t
                        for i, (_, t) in enumerate(fragment.parts)
                        if not k - shape.above <= i < k
                    )
                    [row] = headline_scores([" ".join(head)], bodies)
                    c = max(range(len(row)), key=row.__getitem__)
                    if c in untitled and row[c] >= MIN_SCORE and (best is None or row[c] > best[0]):
                        best = (row[c], c, d, k, head, shape.above)
        if best is None:
            break
        _, c, d, k, head, above = best
        parts = fragments[d].parts
        left = parts[k][1][len(join_lines(head[above:])) :]
        if left.strip():
            parts[k] = ("text", left)
        else:
            del parts[k]
        del parts[k - above : k]
        found[c] = head
        untitled.remove(c)
    return found

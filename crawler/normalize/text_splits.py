"""Cut texts that ran on into another article where the page's headlines call for it.

Nothing in the lines marks where an article without a byline ends and one without a dateline
begins; the headlines do. Each cut (two wide leads, a lonely lead's body, a spare headline's
text) is kept only where the headlines fit better by a gain fitted on tune pages.
"""

from __future__ import annotations

import itertools

from crawler.normalize.credits import Credits
from crawler.normalize.fragment import _Fragment
from crawler.normalize.headlines import assignment_total, headline_scores, similarity_table
from crawler.normalize.lead_joins import _has_people, _lead
from crawler.normalize.wide_leads import LEAD_PARAGRAPHS_MAX

SPLIT_GAIN = 0.2  # how much better the headlines must fit before a text is cut (a lead's, a spare headline's)
WIDE_SPLIT_GAIN = 0.05  # the same for a lead set wide that stands alone: it surely has a body elsewhere
SPLIT_FRAGMENTS_MAX = 8  # past this many articles, no split is tried


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
    A text another wide lead was joined to is tried from the join on: the body's head may be the
    lonely lead's run-on text, as its tail may (the block before the boundary opened nothing).
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
                # A wide lead joined to its body opened it: the body's head may still be another's text.
                start = other.lead_parts if other.anchored else 0
                for k in other.breaks:
                    head = "".join(text for _, text in other.parts[start:k])
                    tail = "".join(text for _, text in other.parts[k:])
                    # The tail goes where nothing closed the other text, the head where nothing opened it.
                    for takes_head in (False, True):
                        if (takes_head and (k <= start or (other.headed and not start))) or (
                            other.closed
                            and not takes_head
                            and not _closed_as_another(other)
                            and not (lead.wide and not lead.anchored)
                        ):
                            continue
                        lead_text = "".join(text for _, text in other.parts[:start])
                        taken, left = (head, lead_text + tail) if takes_head else (tail, lead_text + head)
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
            start = other.lead_parts if other.anchored else 0
            lead.parts.extend(other.parts[start:k])
            del other.parts[start:k]
            other.breaks = [b for b in other.breaks if b < start] + [
                b - k + start for b in other.breaks if b > k
            ]
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

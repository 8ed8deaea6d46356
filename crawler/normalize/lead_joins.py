"""Join each lead displaced from its body back in front of it.

A lead and its body share their wording, and the page's headlines fit its articles best with
the right joins; the scores, thresholds (fitted on tune pages) and the one assignment of wide
leads live here, apart from the cuts that undo a wrong run-on (:mod:`text_splits`).
"""

from __future__ import annotations

import math

from crawler.normalize.credits import Credits
from crawler.normalize.fragment import _Fragment
from crawler.normalize.headlines import assignment_total, headline_scores, similarity_table

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
_NO_JOIN = -1e9  # the score of a join that cannot be


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
        lead.lead_parts = len(lead.parts)
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
        lead.lead_parts = len(lead.parts)
        lead.parts.extend(body.parts)
        lead.credits.merge(body.credits)
        lead.closed, lead.closing = body.closed, body.closing
        lead.positions.extend(body.positions)
        fragments.remove(body)
        credited_bodies = False  # each join tries the ordinary bodies first
    return sorted(fragments, key=lambda f: min(f.positions))

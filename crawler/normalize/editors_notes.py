"""An editor's note (编者按) printed over an article's dateline opens that article.

Papers set an editor's note at the head of a report or a series (``编者按：…，今起推出系列报道``),
under the headline and over the dateline. Read as a text without dateline or byline, it would pass
for a body whose lead stands elsewhere and be joined behind the article it opens, or stand as an
article of its own; its label says whose it is: the article that begins right under it.
"""

from __future__ import annotations

import re

from crawler.normalize.fragment import _Fragment

# 编者按：…, 【编者按】…, ■编者按 …, 编者的话 / 编前语: a bullet or bracket may set the label off.
EDITORS_NOTE = re.compile(r"^[■●◆□◇★☆▲▼◎]?\s*[【\[〔［]?\s*(?:编者按|编者的话|编前语|编前话)")


def is_editors_note(text: str) -> bool:
    """Tell whether a paragraph opens with an editor's-note label."""
    return EDITORS_NOTE.match(text.strip()) is not None


def notes_to_their_articles(fragments: list[_Fragment]) -> list[_Fragment]:
    """Put each editor's note standing as a fragment of its own in front of the dated text under it.

    The note's fragment holds the note alone (a head credit over it may come along: its people are
    the article's) and no dateline; the next fragment opens with the dateline. The note goes first
    in that article's text, and the article starts where the note stands.
    """
    out: list[_Fragment] = []
    pending: _Fragment | None = None
    for fragment in fragments:
        if (
            pending is not None
            and fragment.dated
            and not (pending.credits.reporters and fragment.credits.reporters)
        ):
            fragment.parts[:0] = pending.parts
            fragment.breaks = [b + len(pending.parts) for b in fragment.breaks]
            fragment.held = {k + len(pending.parts): v for k, v in fragment.held.items()}
            fragment.credits.merge(pending.credits)
            fragment.position = pending.position
            fragment.positions = [pending.position, *fragment.positions]
            pending = None
        elif pending is not None:
            out.append(pending)
            pending = None
        if _note_alone(fragment):
            pending = fragment
            continue
        out.append(fragment)
    if pending is not None:
        out.append(pending)
    return out


def _note_alone(fragment: _Fragment) -> bool:
    """Tell whether a fragment is an editor's note and nothing else: no dateline, no byline closing it."""
    texts = [text for kind, text in fragment.parts if kind == "text"]
    return (
        not fragment.dated
        and not fragment.closed
        and len(texts) == 1
        and all(kind == "text" for kind, _ in fragment.parts)
        and is_editors_note(texts[0])
    )


def notes_before_leads(fragments: list[_Fragment]) -> list[_Fragment]:
    """Put an editor's note back in front of the displaced lead joined to the body the note opens.

    A lead set apart from its body is joined in front of it; where the body opens with the editor's
    note (the note stands under the headline, the lead elsewhere on the page), the note still opens
    the article, and the lead follows it.
    """
    for fragment in fragments:
        start = fragment.lead_parts
        if not 0 < start < len(fragment.parts):
            continue
        kind, text = fragment.parts[start]
        if kind == "text" and is_editors_note(text):
            fragment.parts.insert(0, fragment.parts.pop(start))
            fragment.lead_parts = start + 1
            # The lead's parts moved down one: the block openings and held bylines among them move
            # with them, so a later cut falls where the page's blocks did, not one part early.
            fragment.breaks = [_moved(b, start) for b in fragment.breaks if b != start]
            fragment.held = {_moved(k, start): v for k, v in fragment.held.items()}
    return fragments


def _moved(index: int, start: int) -> int:
    """Return where part ``index`` stands once part ``start`` has gone to the front."""
    if index == start:
        return 0
    return index + 1 if index < start else index

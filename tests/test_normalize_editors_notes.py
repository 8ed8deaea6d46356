"""An editor's note moved in front of the displaced lead joined to its body keeps the cut points right."""

from __future__ import annotations

from crawler.normalize.editors_notes import notes_before_leads
from crawler.normalize.fragment import _Fragment


def test_the_notes_move_keeps_the_breaks_on_the_boundaries_they_marked() -> None:
    # A lead of two paragraphs (a break between them) joined in front of a body the note opens, with
    # a break inside the body: after the note goes first, each break still opens the same paragraph.
    lead = [("text", "本报讯 记者昨日走访发现，分类点已建成。"), ("text", "居民分类投放的准确率超过八成。")]
    body = [("text", "编者按：垃圾分类推行一年，成效如何？"), ("text", "不少居民表示，已成习惯。")]
    body.append(("text", "异味也少了。"))
    fragment = _Fragment(position=0, parts=lead + body, breaks=[1, 4], lead_parts=2)
    opened = {fragment.parts[b][1] for b in fragment.breaks}
    [moved] = notes_before_leads([fragment])
    assert moved.parts[0][1].startswith("编者按") and moved.lead_parts == 3
    assert {moved.parts[b][1] for b in moved.breaks} == opened

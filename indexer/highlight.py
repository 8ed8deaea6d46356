"""Snippets with highlighted matches, found on folded text and shown on the original.

Matches are found by substring search of each query word and phrase in the
folded text, not by re-segmenting it: every literal match is then highlighted
exactly, and because folding keeps lengths the offsets apply to the original
text unchanged.
"""

from __future__ import annotations

import bisect
import html
from itertools import islice

SNIPPET_CHARS = 120
MAX_HITS_PER_NEEDLE = 200
ELLIPSIS = "…"
HEADING_BREAK = "　"  # between a lead title or subtitle and the body text after it
# A window's edge moves at most this far to the nearest punctuation or space, so that a snippet
# starts and ends between words ("…学院音乐学院" read as a name that is "白城师范学院音乐学院").
EDGE_SLACK = 12
BREAKS = frozenset("。！？；，、：,.!?;:\n\t 　“”「」『』（）()《》…—")

Parts = list[tuple[str, bool]]


Names = dict[str, list[str]]  # a needle -> the longer authors' names holding it (王强 -> 王强伟)


def _in_longer_name(folded: str, start: int, needle: str, names: list[str]) -> bool:
    """Tell whether the needle found at ``start`` is part of one of the longer ``names`` printed there."""
    for name in names:
        at = name.find(needle)
        while at >= 0:
            if start - at >= 0 and folded.startswith(name, start - at):
                return True
            at = name.find(needle, at + 1)
    return False


def _spans(folded: str, needles: list[str], names: Names | None = None) -> list[tuple[int, int, int]]:
    """Return (start, end, needle index) of every occurrence, left to right.

    A needle found whole somewhere (:func:`indexer.literal.whole_at`: no figure or Latin word runs on
    past its ends) is marked only there, as the search matches it: 3万吨 was marked inside 化肥23万吨,
    ai inside Shanghai. One found only inside longer ones (a quoted phrase's match) is marked there.
    """
    # Here: it loads numpy and whoosh, and --help loads this module.
    from indexer.literal import gapped_needle, read_gap_needle, whole_at

    out: list[tuple[int, int, int]] = []
    for k, needle in enumerate(needles):
        if not needle:
            continue
        gapped = read_gap_needle(needle)
        if gapped is not None:  # 2019 年 11 月 for 2019年11月, 城市·晚报 for "城市 晚报": marked as matched
            pieces, kind = gapped
            pattern = gapped_needle(pieces, kind, kind == "space", binary=False)
            for match in islice(pattern.pattern.finditer(folded), MAX_HITS_PER_NEEDLE):
                if match.end() > match.start() and pattern.at(folded, match.start()):
                    out.append((match.start(), match.end(), k))
            continue
        found: list[tuple[int, int, int]] = []
        start = folded.find(needle)
        while start >= 0 and len(found) < MAX_HITS_PER_NEEDLE:
            found.append((start, start + len(needle), k))
            start = folded.find(needle, start + 1)
        whole = [span for span in found if whole_at(folded, span[0], span[1])]
        longer = (names or {}).get(needle)
        if longer:  # 王强 is not marked inside 王强伟, another author's name (unless only there)
            whole = [span for span in whole if not _in_longer_name(folded, span[0], needle, longer)]
        out.extend(whole or found)
    out.sort()
    return out


def _merge(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end, _ in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _edges(text: str, spans: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int]:
    """Move a window's edges to punctuation or a space nearby, and never through a match.

    A match the window's edge cut was highlighted in part ("«脱贫攻»…" for 脱贫攻坚): the
    window takes it whole. Near the text's own ends the window reaches them.
    """
    if start <= EDGE_SLACK:
        start = 0
    else:
        cut = max((i for i in range(start - EDGE_SLACK, start) if text[i] in BREAKS), default=-1)
        if cut >= 0:
            start = cut + 1
            while start < len(text) and text[start].isspace():
                start += 1
    if len(text) - end <= EDGE_SLACK:
        end = len(text)
    else:
        cut = next((i for i in range(end - 1, end + EDGE_SLACK) if text[i] in BREAKS), -1)
        if cut >= 0:
            end = cut + 1
    # One pass over single matches (not merged runs): a run of overlapping matches is not followed.
    start = min([start] + [m_start for m_start, m_end, _ in spans if m_start < start < m_end])
    end = max([end] + [m_end for m_start, m_end, _ in spans if m_start < end < m_end])
    return start, end


def snippet_parts(
    text: str, folded: str, needles: list[str], width: int = SNIPPET_CHARS, names: Names | None = None
) -> Parts:
    """Cut a window of about ``width`` characters of ``text`` around the best cluster of matches.

    The best window holds the most distinct needles (then the most matches).
    Returns text runs with True where a needle matched; newlines become spaces.
    """
    spans = _spans(folded, needles, names)
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        best = (-1, -1, 0)
        starts = [s[0] for s in spans]
        for anchor, _, _ in spans:
            lo = max(0, anchor - width // 4)
            # Only spans starting inside the window can fit: bisect, not a scan of all spans.
            window = spans[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, lo + width)]
            inside = [s for s in window if s[1] <= lo + width]
            score = (len({s[2] for s in inside}), len(inside))
            if score > best[:2]:
                best = (score[0], score[1], lo)
        start = best[2]
        end = min(len(text), start + width)
        if end - start < width:
            start = max(0, end - width)
    start, end = _edges(text, spans, start, end)
    parts: Parts = []
    if start > 0:
        parts.append((ELLIPSIS, False))
    cursor = start
    for m_start, m_end in _merge(spans):
        if m_end <= start or m_start >= end:
            continue
        m_start, m_end = max(m_start, start), min(m_end, end)
        if m_start > cursor:
            parts.append((text[cursor:m_start], False))
        parts.append((text[m_start:m_end], True))
        cursor = m_end
    if cursor < end:
        parts.append((text[cursor:end], False))
    if end < len(text):
        parts.append((ELLIPSIS, False))
    return [(run.replace("\n", " "), hit) for run, hit in parts if run]


def headed_snippet(
    body: tuple[str, str], headings: list[tuple[str, str]], needles: list[str], names: Names | None = None
) -> Parts:
    """Cut the body's snippet; when it marks nothing, start it with the first heading that holds a match.

    Results show the title and the body's snippet, not the 引题 or 副题: a hit
    matched there alone showed body text with nothing marked, no reason it was
    listed. ``body`` and ``headings`` (lead title, subtitle) are (original, folded) pairs.
    """
    parts = snippet_parts(*body, needles, names=names)
    if any(hit for _, hit in parts):
        return parts
    for text, folded in headings:
        if _spans(folded, needles):
            room = SNIPPET_CHARS - len(text)
            tail = snippet_parts(*body, [], width=room) if room > EDGE_SLACK and body[0] else []
            head = snippet_parts(text, folded, needles, names=names)
            return [*head, *([(HEADING_BREAK, False), *tail] if tail else [])]
    return parts


_STYLES = {
    "plain": ("«", "»"),
    "ansi": ("\x1b[1;31m", "\x1b[0m"),
    "html": ("<mark>", "</mark>"),
}


def render_snippet(parts: Parts, style: str = "plain") -> str:
    """Render snippet parts: ``plain`` marks matches «so», ``ansi`` bold red, ``html`` escaped <mark>."""
    try:
        before, after = _STYLES[style]
    except KeyError:
        raise ValueError(f"unknown snippet style {style!r} (known: {', '.join(_STYLES)})") from None
    out = []
    for run, hit in parts:
        text = html.escape(run) if style == "html" else run
        out.append(f"{before}{text}{after}" if hit else text)
    return "".join(out)

"""Draw the coverage chart (matching articles per month) as an SVG string, server-side.

A pure function of the counts, so it is tested without a server and the page
needs no JavaScript. Every label is escaped here (paper names come from the
archive), and colours are presentation attributes, not ``style``, so the
page's Content-Security-Policy needs no inline-style exception.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

WIDTH = 760
NARROW_WIDTH = 340  # fits a 390-pixel phone at its natural size (labels stay FONT_SIZE pixels)
HEIGHT = 200
FONT_SIZE = 12
MONTH_LABEL_WIDTH = 64  # room one "2016-07" label needs, so labels never overlap
LEFT = 44
RIGHT = 12
TOP = 14
BOTTOM = 26
MAX_BAR = 60.0
# Colour-blind-safe (Okabe-Ito); papers past the palette are summed as "other".
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442")
OTHER_COLOUR = "#999999"
OTHER = "其他"
TOTAL_COLOUR = "#0072b2"


@dataclass(frozen=True)
class Series:
    """One stacked layer of the chart: a label, its colour and its count per month."""

    label: str
    colour: str
    counts: Sequence[int]


def _nice_max(value: int) -> int:
    """Round the y axis top up to an even 1, 2 or 5 times a power of ten, so the half tick is whole."""
    if value <= 6:
        return max(value + value % 2, 2)
    step = 1
    while True:
        for mult in (1, 2, 5):
            if value <= step * mult * 10:
                return step * mult * 10
        step *= 10


def stack_series(
    months: Sequence[str],
    per_source: Mapping[str, Mapping[str, int]],
    labels: Mapping[str, str] | None = None,
) -> list[Series]:
    """Turn per-source month counts into stacked series, biggest paper first, the rest as "other"."""
    labels = labels or {}
    totals = sorted(per_source, key=lambda s: (-sum(per_source[s].values()), s))
    keep, rest = totals[: len(PALETTE)], totals[len(PALETTE) :]
    out = [
        Series(labels.get(src, src), colour, [per_source[src].get(m, 0) for m in months])
        for src, colour in zip(keep, PALETTE, strict=False)
    ]
    if rest:
        out.append(Series(OTHER, OTHER_COLOUR, [sum(per_source[s].get(m, 0) for s in rest) for m in months]))
    return out


def month_bounds(month: str) -> tuple[date, date]:
    """Return the first and last day of a ``YYYY-MM`` month (a bar's date filter)."""
    year, number = int(month[:4]), int(month[5:7])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def month_chart_svg(
    months: Sequence[str],
    series: Sequence[Series],
    title: str = "",
    *,
    link: Callable[[str, str], str | None] | None = None,
    width: int = WIDTH,
    empty: str = "no dated matches",
    css_class: str = "chart",
) -> str:
    """Return an SVG bar chart of ``series`` stacked per month; an empty chart says so in text.

    Each bar carries a ``<title>`` (month, paper, count) that browsers show on
    hover, and links to ``link(month, series label)`` when given (a filtered
    search: no script needed). The SVG has ``role="img"`` (``group`` when
    its bars are links, each named by its tip) and an ``aria-label``.
    Labels are ``FONT_SIZE`` user units and the SVG is shown no smaller
    than ``width`` pixels, so they stay readable; a phone gets a narrower
    chart (``NARROW_WIDTH``) with fewer month labels rather than a wide one
    shrunk to illegible text. The legend is the page's, in HTML.
    """
    label = escape(title or "matching articles per month")
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(css_class)}" viewBox="0 0 {width} {HEIGHT}" '
        # With links, the bars are controls: a "group" (an "img" may hold nothing interactive).
        f'width="{width}" height="{HEIGHT}" role="{"group" if link else "img"}" aria-label="{label}">'
    )
    if not months or not series:
        return (
            head
            + f'<text x="{width // 2}" y="{HEIGHT // 2}" text-anchor="middle">{escape(empty)}</text></svg>'
        )
    totals = [sum(s.counts[i] for s in series) for i in range(len(months))]
    top = _nice_max(max(totals))
    plot_w, plot_h = width - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(months)
    bar_w = min(max(slot * 0.8, 1.0), MAX_BAR)  # one month alone is a bar, not a wall
    parts = [head, f"<title>{label}</title>"]
    for frac in (0.0, 0.5, 1.0):
        y = TOP + plot_h * (1 - frac)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{width - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        tick = round(top * frac)
        parts.append(
            f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="{FONT_SIZE}">{tick}</text>'
        )
    label_every = max(1, -(-len(months) * MONTH_LABEL_WIDTH // plot_w))
    for i, month in enumerate(months):
        x = LEFT + i * slot + (slot - bar_w) / 2
        base = float(TOP + plot_h)
        for s in series:
            n = s.counts[i]
            if n <= 0:
                continue
            h = plot_h * n / top
            base -= h
            tip = escape(f"{month} {s.label}: {n}" if len(series) > 1 else f"{month}: {n}")
            rect = (
                f'<rect class="bar" data-month="{escape(month)}" data-count="{n}" x="{x:.1f}" y="{base:.1f}" '
                f'width="{bar_w:.1f}" height="{h:.1f}" fill="{s.colour}"><title>{tip}</title></rect>'
            )
            href = link(month, s.label) if link else None
            linked = (
                f'<a href="{escape(href)}" class="bar-link" aria-label="{tip}">{rect}</a>' if href else rect
            )
            parts.append(linked)
        if i % label_every == 0:
            cx = LEFT + i * slot + slot / 2
            y = HEIGHT - BOTTOM + 16
            text = f'<text x="{cx:.1f}" y="{y}" text-anchor="middle" font-size="{FONT_SIZE}">'
            parts.append(f"{text}{escape(month)}</text>")
    parts.append("</svg>")
    return "".join(parts)

"""Draw the coverage chart (matching articles per month) as an SVG string, server-side.

A pure function of the counts, so it is tested without a server and the page
needs no JavaScript. Every label is escaped here (paper names come from the
archive), and colours are presentation attributes, not ``style``, so the
page's Content-Security-Policy needs no inline-style exception.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 760
HEIGHT = 220
LEFT = 44
RIGHT = 12
TOP = 14
BOTTOM = 36
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


def month_chart_svg(months: Sequence[str], series: Sequence[Series], title: str = "") -> str:
    """Return an SVG bar chart of ``series`` stacked per month; an empty chart says so in text.

    Each bar carries a ``<title>`` (month, paper, count) that browsers show on
    hover, and the SVG has ``role="img"`` and an ``aria-label`` for screen readers.
    """
    label = escape(title or "matching articles per month")
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{label}">'
    )
    if not months or not series:
        return (
            head
            + f'<text x="{WIDTH // 2}" y="{HEIGHT // 2}" text-anchor="middle">no dated matches</text></svg>'
        )
    totals = [sum(s.counts[i] for s in series) for i in range(len(months))]
    top = _nice_max(max(totals))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(months)
    bar_w = min(max(slot * 0.8, 1.0), MAX_BAR)  # one month alone is a bar, not a wall
    parts = [head, f"<title>{label}</title>"]
    for frac in (0.0, 0.5, 1.0):
        y = TOP + plot_h * (1 - frac)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        tick = round(top * frac)
        parts.append(f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{tick}</text>')
    label_every = max(1, len(months) // 12)
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
            parts.append(
                f'<rect class="bar" data-month="{escape(month)}" data-count="{n}" x="{x:.1f}" y="{base:.1f}" '
                f'width="{bar_w:.1f}" height="{h:.1f}" fill="{s.colour}"><title>{tip}</title></rect>'
            )
        if i % label_every == 0:
            cx = LEFT + i * slot + slot / 2
            y = HEIGHT - BOTTOM + 14
            parts.append(
                f'<text x="{cx:.1f}" y="{y}" text-anchor="middle" font-size="11">{escape(month)}</text>'
            )
    if len(series) > 1:
        x = LEFT
        for s in series:
            parts.append(f'<rect x="{x}" y="{HEIGHT - 12}" width="10" height="10" fill="{s.colour}"/>')
            text = escape(s.label[:16])
            parts.append(f'<text x="{x + 14}" y="{HEIGHT - 3}" font-size="11">{text}</text>')
            x += 24 + 12 * len(s.label[:16])
    parts.append("</svg>")
    return "".join(parts)

"""The coverage chart is a pure function: bars, scale, stacking and escaping checked on its SVG text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import pairwise

from webui.chart import MONTH_LABEL_WIDTH, NARROW_WIDTH, OTHER, PALETTE, Series, month_chart_svg, stack_series

SVG = "{http://www.w3.org/2000/svg}"


def bars(svg: str) -> list[tuple[str, int, float]]:
    """Return (month, count, height) of every bar, parsing the SVG as XML (so it must be well formed)."""
    root = ET.fromstring(svg)
    return [
        (r.get("data-month", ""), int(r.get("data-count", 0)), float(r.get("height", 0)))
        for r in root.iter(f"{SVG}rect")
        if r.get("class") == "bar"
    ]


def test_one_bar_per_month_with_heights_proportional_to_counts() -> None:
    svg = month_chart_svg(["2016-05", "2016-06", "2016-07"], [Series("all", "#000", [1, 0, 4])])
    found = bars(svg)
    assert [(m, n) for m, n, _ in found] == [("2016-05", 1), ("2016-07", 4)]  # an empty month has no bar
    assert abs(found[1][2] / found[0][2] - 4.0) < 1e-6
    assert 'role="img"' in svg and "<title>2016-07: 4</title>" in svg


def test_axis_top_is_a_round_number_with_a_whole_half_tick() -> None:
    ticks = lambda svg: re.findall(r'text-anchor="end" font-size="\d+">(\d+)<', svg)  # noqa: E731
    assert ticks(month_chart_svg(["2016-01"], [Series("a", "#000", [3])])) == ["0", "2", "4"]
    assert ticks(month_chart_svg(["2016-01"], [Series("a", "#000", [730])])) == ["0", "500", "1000"]


def test_stacked_series_sum_per_month_and_labels_are_escaped() -> None:
    per_source = {"a": {"2016-01": 2, "2016-02": 1}, "b<script>": {"2016-02": 5}}
    series = stack_series(["2016-01", "2016-02"], per_source, {"a": "晚报", "b<script>": "<b onclick=x>晨报"})
    assert [s.label for s in series] == ["<b onclick=x>晨报", "晚报"]  # biggest paper first
    svg = month_chart_svg(["2016-01", "2016-02"], series)
    per_month: dict[str, int] = {}
    for month, n, _ in bars(svg):
        per_month[month] = per_month.get(month, 0) + n
    assert per_month == {"2016-01": 2, "2016-02": 6}
    assert "<b onclick" not in svg and "&lt;b onclick=x&gt;晨报" in svg


def test_papers_past_the_palette_become_other() -> None:
    per_source = {f"p{i}": {"2016-01": i + 1} for i in range(len(PALETTE) + 3)}
    series = stack_series(["2016-01"], per_source)
    assert len(series) == len(PALETTE) + 1 and series[-1].label == OTHER
    assert sum(s.counts[0] for s in series) == sum(v["2016-01"] for v in per_source.values())


def test_empty_chart_says_so() -> None:
    svg = month_chart_svg([], [])
    assert "no dated matches" in svg and bars(svg) == []


def test_bars_link_to_their_filtered_search_and_labels_stay_readable() -> None:
    months = ["2016-05", "2016-06"]
    series = [Series("a", "#000", [1, 2])]
    svg = month_chart_svg(months, series, link=lambda month, label: f"/?q=x&since={month}-01&a=<b>")
    root = ET.fromstring(svg)
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == [
        "/?q=x&since=2016-05-01&a=<b>",
        "/?q=x&since=2016-06-01&a=<b>",
    ]  # escaped in the text, parsed back
    sizes = {float(t.get("font-size", 0)) for t in root.iter(f"{SVG}text")}
    assert sizes and min(sizes) >= 11


def test_narrow_chart_fits_a_phone_without_overlapping_month_labels() -> None:
    months = [f"2016-{m:02d}" for m in range(1, 13)] + [f"2017-{m:02d}" for m in range(1, 13)]
    svg = month_chart_svg(months, [Series("a", "#000", [1] * 24)], width=NARROW_WIDTH)
    root = ET.fromstring(svg)
    assert root.get("width") == str(NARROW_WIDTH) and NARROW_WIDTH <= 358  # a 390 px phone less its margins
    xs = [float(t.get("x", 0)) for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "middle"]
    assert len(xs) >= 2 and min(b - a for a, b in pairwise(xs)) >= MONTH_LABEL_WIDTH - 1

"""The scale benchmark (``make bench-scale``): its generator is deterministic and realistic, and a tiny
run reports every figure the issue asks for.

The full run (300,000 articles) takes hours; here the same code runs at 1,500
articles with one growth step, so a change that breaks the benchmark (a renamed
store or index API, a figure dropped from the report) fails in ``make test``.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support import REPO, SHARED_DATA, require

INEWS = SHARED_DATA / "inews-bdci2019"


@pytest.fixture(scope="module")
def gen() -> Any:
    require((INEWS / "train.jsonl").exists(), f"inews corpus not found under {INEWS}")
    from bench import scale_gen

    return scale_gen


def test_articles_are_a_function_of_seed_and_number(gen: Any) -> None:
    # A store grown from 30,000 to 100,000 holds the same first 30,000 as one filled in one go.
    first = [gen.make_article(n) for n in range(200)]
    again = list(gen.generate(150, 50))
    assert first[150:] == again
    assert gen.make_article(7, seed=1) != gen.make_article(7, seed=2)


def test_articles_look_like_an_archive(gen: Any) -> None:
    articles = list(gen.generate(0, 1500))
    titles = {a.title for a in articles}
    assert len(titles) > 0.9 * len(articles)  # known-item queries need nearly unique headlines
    lengths = sorted(len(a.body) for a in articles)
    assert 300 < lengths[len(lengths) // 2] < 2000  # inews's median body is about 710 characters
    assert all(gen.START.year <= a.when.year <= gen.END.year + 1 for a in articles)
    years = {a.when.year for a in articles}
    assert len(years) >= 15
    assert {a.source.id for a in articles} == {s.id for s in gen.SOURCES}
    # Headlines are words of their article: the lead donor's headline piece or the body's clauses.
    assert sum(
        any(c in a.body for c in a.title.replace("：", "，").split("，") if c) for a in articles
    ) > 0.5 * len(articles)


def test_epaper_articles_carry_their_edition(gen: Any) -> None:
    items = [gen.to_item(a) for a in gen.generate(0, 300)]
    paper = [i for i in items if i.source_id in {s.id for s in gen.SOURCES if s.kind == "epaper"}]
    web = [i for i in items if i not in paper]
    assert paper and web
    assert all(i.edition_date and i.page_number and i.section and i.published_at is None for i in paper)
    assert all(i.published_at is not None and i.edition_date is None for i in web)
    assert len({i.url for i in items}) == len(items)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a safety net: 2 minutes on a quiet machine, over 5 at load 20 on 2 cores
def test_tiny_scale_run_reports_every_figure(tmp_path: Path, gen: Any) -> None:
    out, figures = tmp_path / "scale.md", tmp_path / "scale.json"
    cmd = [
        sys.executable,
        "-m",
        "bench.scale_bench",
        "--articles",
        "1500",
        "--steps",
        "500",
        "--known",
        "20",
        "--chars",
        "6",
        "--dated",
        "6",
        "--update",
        "100",
        "--workdir",
        str(tmp_path / "work"),
        "--output",
        str(out),
        "--json",
        str(figures),
    ]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(figures.read_text(encoding="utf-8"))
    assert [r["articles"] for r in report["results"]] == [500, 1500]
    for r in report["results"]:
        assert r["rebuild"]["wall_s"] > 0 and r["rebuild"]["cpu_s"] > 0
        assert r["rebuild"]["peak_rss_sum_mb"] >= r["rebuild"]["peak_rss_largest_mb"] > 0
        assert r["index_bytes"] > 0 and r["text_bytes"] > 0 and r["index_per_text_mb"] > 0
        assert r["update"]["articles"] == 100 and r["update"]["wall_s"] > 0
        q = r["search"]
        assert q["known_item"]["n"] == 20 and q["one_char"]["n"] == 6 and q["date_sorted"]["n"] == 6
        assert q["known_item"]["found_top10"] >= 15  # the headline finds its article
        for kind in ("known_item", "one_char", "date_sorted"):
            assert 0 < q[kind]["p50_ms"] <= q[kind]["p95_ms"] <= q[kind]["max_ms"]
    assert all(math.isfinite(p["projected"]) for p in report["projection"].values())
    text = out.read_text(encoding="utf-8")
    for label in (
        "rebuild wall s",
        "rebuild CPU s",
        "peak RSS MB",
        "index per MB text",
        "update 100",
        "known-item headlines",
        "one character",
        "date-sorted",
        "Projection to 5,000,000",
        "GB RAM",
    ):
        assert label in text, label
    # A rerun reuses the store snapshots instead of filling them again.
    assert sorted(p.name for p in (tmp_path / "work" / "stores").glob("seed*.sqlite3")) == [
        "seed17-1500.sqlite3",
        "seed17-500.sqlite3",
    ]

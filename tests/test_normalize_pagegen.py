"""Whole-page rebuild on generated seed-style pages, and dateline credits that keep every name whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pagegen import available, generate_page, score_page
from support import require

from crawler.normalize import rebuild_page
from crawler.normalize.credits import parse_credit, split_head

# A slice of the report set (inews dev texts) that `bench.normalize_bench` reports in full.
REPORT_SEEDS = range(200, 220)
TARGET = 0.95


@pytest.fixture(scope="module")
def corpus() -> None:
    require(available(), "inews corpus not found under ../shared/data")


def test_generated_pages_are_reproducible_and_hold_their_truth(corpus: None) -> None:
    first, again = generate_page(7, "train"), generate_page(7, "train")
    assert first.text == again.text and first.articles == again.articles
    assert generate_page(8, "train").text != first.text
    flat = "".join(first.text.split())
    for article in first.articles:
        assert 2 <= len(first.articles) <= 5
        assert article.reporters, article.layout
        # Every headline part is printed on the page (a deck may wrap inside a part).
        for part in article.title.split(" "):
            assert part.translate(_FULL_TO_HALF) in flat.translate(_FULL_TO_HALF)


_FULL_TO_HALF = str.maketrans("０１２３４５６７８９", "0123456789")


def test_generated_pages_vary_as_print_does(corpus: None) -> None:
    pages = [generate_page(seed, "train") for seed in range(60)]
    params = [p.params for p in pages]
    articles = [a for p in pages for a in p.articles]
    layouts = " | ".join(a.layout for a in articles)
    assert {p["headlines"] for p in params} == {"end", "top", "interleaved"}
    assert {len(p.articles) for p in pages} == {2, 3, 4, 5}
    widths = [int(a.layout.split(",")[0].split()[1]) for a in articles]
    assert min(widths) <= 13 and max(widths) >= 29
    assert any(p["full_digits"] for p in params) and not all(p["full_digits"] for p in params)
    assert "lead at the end" in layouts and "lead at the top" in layouts
    assert any(a.lead_title and a.subtitle for a in articles) and any(
        a.subtitle and not a.lead_title for a in articles
    )
    for form in ("本报记者 ", "文/", "（记者", "通讯员", "/记者 ", " 报道 摄", "和"):
        assert form in layouts, form
    assert any(a.subheads for a in articles)
    assert any("\n\n" in p.text and "新华社" in p.text for p in pages)


# Rebuild one generated page and print every field of every article, in the page's order.
_REBUILD_SCRIPT = """
import json, sys
from crawler.normalize import rebuild_page
from tests.pagegen import generate_page
articles = rebuild_page(generate_page(int(sys.argv[1]), sys.argv[2]).text)
print(json.dumps([[a.title, a.lead_title, a.subtitle, a.reporters, a.photographers, a.paragraphs]
                  for a in articles], ensure_ascii=False))
"""


def test_rebuild_is_the_same_under_every_hash_seed(corpus: None) -> None:
    """An archive must rebuild the same page the same way on every run, whatever PYTHONHASHSEED is.

    Train page 1251 has two weather articles whose headlines score nearly alike; summing the
    character pairs in a set's order once gave the two articles each other's headline under
    hash seeds 1 and 4 but not 0.
    """
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for hash_seed in ("0", "1", "4"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", _REBUILD_SCRIPT, "1251", "train"],
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
            timeout=300,
            check=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_report_pages_rebuilt_right(corpus: None) -> None:
    scores = []
    for seed in REPORT_SEEDS:
        page = generate_page(seed, "dev")
        scores.extend(score_page(page, rebuild_page(page.text)))
    wrong = [f"{s.truth.title}: {s.why()}" for s in scores if not s.right]
    rate = 1 - len(wrong) / len(scores)
    assert rate >= TARGET, f"{rate:.3f} of {len(scores)} articles right; wrong: {wrong}"


@pytest.mark.parametrize(
    ("credit", "reporters", "correspondents"),
    [
        ("（记者王小明 通讯员欧阳晓峰、汪芳）", ["王小明"], ["欧阳晓峰", "汪芳"]),
        ("（记者王小明 通讯员欧阳晓峰、汪芳、司马相如）", ["王小明"], ["欧阳晓峰", "汪芳", "司马相如"]),
        ("（记者 王小明 通讯员 欧阳晓峰，汪芳）", ["王小明"], ["欧阳晓峰", "汪芳"]),
        ("（记者王小明 通讯员欧阳晓峰和汪芳）", ["王小明"], ["欧阳晓峰", "汪芳"]),
        ("（记者王小明和诸葛亮 通讯员欧阳晓峰 和 汪芳）", ["王小明", "诸葛亮"], ["欧阳晓峰", "汪芳"]),
        ("（记者王和平 通讯员李和）", ["王和平"], ["李和"]),
    ],
)
def test_dateline_credit_keeps_every_name_whole(
    credit: str, reporters: list[str], correspondents: list[str]
) -> None:
    found = parse_credit(credit)
    assert found is not None
    assert (found.reporters, found.correspondents) == (reporters, correspondents)
    dateline, head, rest = split_head(f"本报讯{credit}昨日，全省春耕生产现场会在长春召开。")
    assert dateline.text == "本报讯" and rest == "昨日，全省春耕生产现场会在长春召开。"
    assert (head.reporters, head.correspondents) == (reporters, correspondents)


def test_dateline_credit_on_a_page_goes_to_its_fields() -> None:
    page = (
        "全省春耕生产现场会召开\n\n"
        "吉林日报长春讯（记者王小明 通讯员欧阳晓峰、汪芳）昨日，全省春耕\n"
        "生产现场会在长春召开，会议要求各地抓住有利天\n"
        "气，全力做好春耕备耕工作。\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "全省春耕生产现场会召开"
    assert (article.paper, article.place) == ("吉林日报", "长春")
    assert article.reporters == ["王小明"] and article.correspondents == ["欧阳晓峰", "汪芳"]
    assert "".join(article.paragraphs).startswith("昨日，全省春耕生产现场会")

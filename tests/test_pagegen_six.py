"""The sixth page generator (bench/pagegen_six.py): its truth is what its pages print.

Report pages (seeds 50-99) are checked here only in aggregate, by assertions; nothing of
them is printed unless an assertion fails.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

import pytest
from support import require

from bench import pagegen_six as six

needs_texts = pytest.mark.usefixtures("_inews_dev_texts")


@pytest.fixture
def _inews_dev_texts() -> None:
    """Skip on a laptop without the inews dev texts; fail in CI."""
    require(six.available(), "inews dev texts not in ../shared/data")


TUNE = range(0, 50)
REPORT = range(50, 100)


@cache
def _page(seed: int) -> six.Page:
    """Page ``seed``, built once for all tests of this module."""
    return six.generate_page(seed)


@dataclass
class FakeRebuilt:
    """Stands in for crawler.normalize's RebuiltArticle: what score_page reads."""

    title: str
    reporters: list[str]
    paragraphs: list[str]
    photographers: list[str] = field(default_factory=list)


def _line_runs(text: str) -> set[str]:
    """Every run of 1-4 consecutive non-blank lines, flattened."""
    lines = [line for line in text.split("\n")]
    runs = set()
    for i in range(len(lines)):
        for j in range(i + 1, min(i + 5, len(lines)) + 1):
            if all(line.strip() for line in lines[i:j]):
                runs.add(six.flat("".join(lines[i:j])))
    return runs


def _without_headlines(page: six.Page) -> str:
    """The page, flattened, without its headline blocks (interleaved ones may stand mid-text)."""
    heads = {six.flat(t.lead_title + t.title + t.subtitle) for t in page.truths}
    blocks = [six.flat(block) for block in re.split(r"\n\s*\n", page.text)]
    return "".join(b for b in blocks if b.replace("——", "") not in heads)


def _problems(page: six.Page) -> list[str]:
    """What on ``page`` disagrees with its truth (names of the checks, no page text)."""
    flat_page = _without_headlines(page)
    runs = _line_runs(page.text)
    problems = []
    if not 2 <= len(page.truths) <= 5:
        problems.append("article count")
    if not {"heads", "lead"} <= page.params.keys():
        problems.append("params")
    if not all(12 <= int(w) <= 30 for w in page.params["widths"].split(",")):
        problems.append("width")
    if len({t.record for t in page.truths}) != len(page.truths):
        problems.append("a record twice")
    for n, truth in enumerate(page.truths):
        # The 主题 is printed as whole lines of its own, the decks likewise.
        if six.flat(truth.title) not in runs:
            problems.append(f"article {n}: title not printed as lines of its own")
        if truth.lead_title and six.flat(truth.lead_title) not in runs:
            problems.append(f"article {n}: 引题 not printed as a line")
        sub = six.flat(truth.subtitle)
        if sub and not any(run.endswith(sub) and len(run) <= len(sub) + 2 for run in runs):
            problems.append(f"article {n}: 副题 not printed as a line")
        # Every paragraph of the body is on the page, whole.
        missing = sum(six.flat(p) not in flat_page for p in truth.paragraphs)
        if missing:
            problems.append(f"article {n}: {missing} paragraph(s) not on the page")
        # The dateline opens the first paragraph.
        if truth.dateline and six.flat(truth.dateline) + six.flat(truth.paragraphs[0])[:12] not in flat_page:
            problems.append(f"article {n}: dateline not before the text")
        # Credited names are printed and are no part of the body.
        body = six.flat(truth.body)
        for name in truth.reporters + truth.photographers + truth.correspondents:
            if six.flat(name) not in six.flat(page.text) or six.flat(name) in body:
                problems.append(f"article {n}: credited name not printed, or in the body")
        if len(set(truth.reporters)) != len(truth.reporters):
            problems.append(f"article {n}: a reporter twice")
    return problems


@needs_texts
def test_tune_pages_print_their_truth() -> None:
    problems = []
    for seed in TUNE:
        assert _page(seed).split == "tune"
        problems += [f"seed {seed}: {p}" for p in _problems(_page(seed))]
    assert not problems


@needs_texts
def test_report_pages_print_their_truth() -> None:
    """Report pages stay unread: a failure says how many problems, not where or what."""
    problems = 0
    for seed in REPORT:
        problems += _page(seed).split != "report"
        problems += len(_problems(_page(seed)))
    assert problems == 0, f"{problems} problem(s) on report pages"


@needs_texts
def test_splits_share_no_record_and_take_the_right_lines() -> None:
    tune = {int(r) for s in TUNE for r in _page(s).params["records"].split(",")}
    report = {int(r) for s in REPORT for r in _page(s).params["records"].split(",")}
    assert not tune & report
    assert {r % 4 for r in tune} == {0}
    assert {r % 4 for r in report} == {2}
    assert six.split_of(100) == "tune" and six.split_of(150) == "report"


@needs_texts
def test_pages_are_deterministic() -> None:
    first = [_page(s) for s in (0, 17, 63)]
    six.records.cache_clear()
    again = [six.generate_page(s) for s in (0, 17, 63)]
    assert [p.text for p in first] == [p.text for p in again]
    assert [p.truths for p in first] == [p.truths for p in again]


@needs_texts
def test_pages_vary_what_issue_20_asks() -> None:
    pages = [_page(s) for s in TUNE]
    heads = {p.params["heads"].split()[0] for p in pages}
    assert heads == {"above", "end", "top", "interleaved", "mixed"}
    assert {p.params["lead"] for p in pages} == {"none", "end", "top", "both"}
    assert {p.params["digits"] for p in pages} == {"half", "full", "mixed"}
    assert {len(p.truths) for p in pages} == {2, 3, 4, 5}
    layouts = [t.layout for p in pages for t in p.truths]
    for deck in ("1 deck", "2 deck", "3 deck"):
        assert any(deck in layout for layout in layouts)
    for form in ("seed", "dateline", "closing", "top", "wentu", "wire", "dateonly", "none"):
        assert any(f"{form} credit" in layout for layout in layouts)
    assert any(re.search("[０-９]", p.text) for p in pages)
    assert any(t.correspondents for p in pages for t in p.truths)


@needs_texts
def test_a_perfect_rebuild_scores_all_right() -> None:
    rebuilt = [FakeRebuilt(t.title, list(t.reporters), list(t.paragraphs)) for t in reversed(_page(3).truths)]
    scores, extras = six.score_page(_page(3), rebuilt)
    assert all(s.right for s in scores) and extras == 0
    assert [s.why() for s in scores] == ["right"] * len(scores)


@needs_texts
def test_scores_name_each_way_of_being_wrong() -> None:
    truths = _page(5).truths
    rebuilt = [FakeRebuilt(t.title, list(t.reporters), list(t.paragraphs)) for t in truths[1:]]
    rebuilt[0].title = "别的标题"
    rebuilt[-1].reporters = [*rebuilt[-1].reporters, "王伟"]
    rebuilt.append(FakeRebuilt("", [], ["天气预报 今天：晴，5℃～14℃，北风3～4级"]))
    scores, extras = six.score_page(_page(5), rebuilt)
    assert scores[0].got is None and scores[0].why() == "no article rebuilt for it"
    assert not scores[1].title_ok and "title '别的标题'" in scores[1].why()
    assert not scores[-1].reporters_ok
    assert extras == 1


def test_body_f1_counts_order() -> None:
    text = "甲乙丙丁戊己庚辛壬癸" * 5
    assert six.body_f1(text, text) == 1.0
    assert six.body_f1(text, text[25:] + text[:25]) < 0.98
    assert six.body_f1(text, "") == 0.0


def test_wrap_keeps_widths_and_never_starts_a_line_with_a_closing_mark() -> None:
    rng = random.Random(1)
    text = "，".join("一二三四五六七八九十"[: rng.randint(2, 9)] for _ in range(40)) + "。2018年第3.5期。"
    for width in range(12, 31):
        for indent in ("short", "full", "space"):
            lines = six.wrap(text, width, indent)
            assert six.flat("".join(lines)) == six.flat(text)
            assert not any(line[0] in "，。、；：！？）》”" for line in lines[1:])
            assert all(six._columns(line) <= width + 1 for line in lines)


@needs_texts
def test_bench_wiring() -> None:
    """``normalize_bench`` measures the sixth generator (two tune pages here) and flags a low report."""
    from bench.normalize_bench import GEN6, GENERATORS, generated_rows, missed_reports

    assert GEN6.tag == "gen6" and GEN6 in GENERATORS
    first, second = generated_rows(GEN6, range(0, 1), range(1, 2), None)
    assert (first["split"], second["split"]) == ("tune", "report")
    assert first["articles"] == len(_page(0).truths)
    assert 0 <= int(str(first["right"])) <= int(str(first["articles"]))
    low = {**second, "rate": 0.5}
    assert missed_reports({"pagegen_six": low}) == ["pagegen_six report seeds 1-1: rate 0.500 < 0.95"]

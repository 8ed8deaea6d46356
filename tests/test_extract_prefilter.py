"""Prefiltered patterns: the strings every match needs are derived from the pattern, and a skipped
scan answers exactly as ``re`` would have."""

from __future__ import annotations

import random
import re

import pytest

from crawler.extract import people
from crawler.extract.prefilter import Prefiltered, prefiltered, required_strings


def needs(pattern: str, flags: int = 0) -> set[frozenset[str]]:
    return set(required_strings(re.compile(pattern, flags)))


def test_literals_classes_and_look_arounds_are_required() -> None:
    # The look-behind's 记者 and the look-ahead's 日电 sit outside the match, but in the text.
    assert needs(r"(?<=记者)[\u4e00-\u9fff]{2,4}(?=\d{1,2}日电)") == {
        frozenset({"记者"}),
        frozenset({"日电"}),
    }
    assert needs(r"\s*[/／]\s*(?:文|摄|图)") == {frozenset({"/", "／"}), frozenset({"文", "摄", "图"})}
    assert needs(r"(?:摄影|摄)$") == {frozenset({"摄"})}  # 摄影 holds 摄: finding 摄 is needed anyway


def test_what_may_be_absent_proves_nothing() -> None:
    assert needs(r"(?:发自)?[\u4e00-\u9fff]{2,4}") == set()  # optional, and a wide class
    assert needs(r"(?:作者|)X") == {frozenset({"X"})}  # a branch that may be empty
    assert needs(r"(?<!记者)[^/]\w+") == set()  # a negative look-behind, a negated class, a category
    assert needs(r"作者(?P<a>x)?(?P=a)") == {frozenset({"作者"})}  # a back-reference proves nothing itself
    assert needs(r"作者", re.IGNORECASE) == set()
    assert needs(r"(?i:ab)c") == {frozenset({"c"})}


def test_many_alternatives_are_not_checked() -> None:
    # Nine alternatives would cost nine scans of the text before the pattern's own.
    assert needs("|".join("甲乙丙丁戊己庚辛壬")) == set()
    assert needs("|".join("甲乙丙丁戊己庚辛")) == {frozenset("甲乙丙丁戊己庚辛")}


TEXTS = [
    "",
    "记者 张三 李四",
    "新华社北京3月5日电（记者王小明）",
    "本报记者王小明北京3日电 正文",
    "杨萱/文　欧阳永康/摄",
    "（本版图片由任晨曦摄）",
    "作者简介：魏瑞，临江大学教授",
    "…现场。龚艳磊摄",
    "来源：新华网 责任编辑：赵六",
    "记者 李征 发自 北京",
    "上一篇：某某 作者：李璐\n下一条：其他",
    "作者：李文静（县人民医院）　唐婷（市林业局）",
    "文·图/陈晓",
    "（民視新聞／張雅婷、陳怡君 台北報導）",
]


def fuzzed(n: int) -> list[str]:
    """Strings drawn from the characters the byline patterns are about, and some others."""
    rng = random.Random(18)
    alphabet = "记者文图摄影/／（）()、，: ：\n发自来源作者简介本版图片由报道导讯电日张王李欧阳晓峰系·•"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


PATTERNS = [
    value
    for name, value in sorted(vars(people).items())
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_prefiltered_answers_as_re(pattern: re.Pattern[str]) -> None:
    gated = Prefiltered(pattern)
    for text in [*TEXTS, *fuzzed(400)]:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert gated.sub("<>", text) == pattern.sub("<>", text)
        found, expected = gated.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_a_skipped_scan_is_skipped() -> None:
    gated = Prefiltered(re.compile(r"(?<=记者)[\u4e00-\u9fff]{2,3}"))
    assert not gated.possible("责任编辑：赵六")
    assert gated.possible("记者张三")
    assert list(gated.finditer("责任编辑：赵六")) == []


def test_prefiltered_is_made_once_per_pattern() -> None:
    pattern = re.compile(r"发自[\u4e00-\u9fff]+")
    assert prefiltered(pattern) is prefiltered(pattern)
    assert prefiltered(pattern).needs == (("发自",),)

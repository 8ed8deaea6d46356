"""Character clean-up: examples from print text and properties over any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.chars import REPLACEMENT, ZERO_WIDTH, clean_heading
from crawler.normalize import clean_text

DROPPABLE = set(ZERO_WIDTH + REPLACEMENT)
# clean_text may change these characters into their counterparts; fold both sides to compare.
FOLD = {
    chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
}
FOLD.update(
    {"，": ",", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")", "％": "%", "．": "."}
)


def droppable(ch: str) -> bool:
    return ch.isspace() or ch in DROPPABLE or (ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0)


def fold(text: str) -> str:
    return "".join(FOLD.get(ch, ch) for ch in text)


ALPHABET = st.sampled_from(
    list("中文报道记者村贫困” “、。（）《》")
    + list("0123456789abcXYZ,;:!?()．.％%")
    + ["０", "９", "Ａ", "ｚ", " ", "  ", "\n", "\n\n", "\t", "\u3000", "\xa0", "\r\n", "\r"]
    + ["\ufffd", "\u200b", "\ufeff", "\u00ad", "\x00", "\x07", "\x1c", "\x85", "\u2028"]
)
TEXTS = st.one_of(st.lists(ALPHABET, max_size=60).map("".join), st.text(max_size=60))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert clean_heading(clean_heading(text)) == clean_heading(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_clean_text_drops_only_whitespace_fffd_control_and_zero_width(text: str) -> None:
    kept_in = fold("".join(ch for ch in text if not droppable(ch)))
    kept_out = fold("".join(ch for ch in clean_text(text) if not ch.isspace()))
    assert kept_out == kept_in


def test_seed_defects_are_repaired() -> None:
    assert clean_text("对照问题清单的 80 个\n问题,\ufffd逐条、逐项") == "对照问题清单的80个\n问题，逐条、逐项"
    assert clean_text("86 个非贫困 村的贫困户") == "86个非贫困村的贫困户"
    assert clean_text("7 月 18 日， 生态新区") == "7月18日，生态新区"
    assert clean_text("今年,他们又加大了") == "今年，他们又加大了"


def test_full_width_letters_and_digits_become_ascii_chinese_punctuation_stays() -> None:
    assert clean_text("ＧＤＰ增长１２．５％，达到３２０亿元。") == "GDP增长12.5%，达到320亿元。"
    assert clean_text("资金(其中市级补助)到位") == "资金（其中市级补助）到位"
    assert clean_text("时间 10:30, version 2.0 (beta)") == "时间10:30, version 2.0 (beta)"


def test_control_and_zero_width_go_newlines_stay() -> None:
    assert clean_text("第一\u200b段\x07\r\n\u3000\u3000第二段 ") == "第一段\n第二段"


def test_headings_keep_the_space_between_two_parts() -> None:
    assert clean_heading("以党政领导带头 抓实“责任落实”") == "以党政领导带头 抓实“责任落实”"
    assert clean_heading("全区已投入扶贫资金 3.9 亿元") == "全区已投入扶贫资金3.9亿元"

"""Character clean-up for Chinese newspaper text.

Print and e-paper text arrives with full-width letters and digits, ASCII
commas between Chinese characters, replacement characters left by a bad
decode, zero-width characters and stray spaces inside words. Every one of
them breaks tokenisation (and so search), so they are repaired here, once,
before anything looks at words. All functions are pure and idempotent.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Full-width and CJK punctuation, plus the curly quotes, ellipsis, dash and
# middle dot that Chinese text uses from the general punctuation block.
CJK_PUNCT = (
    "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u2018\u2019\u201c\u201d\u2026\u2014\u00b7"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
ZERO_WIDTH = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f"  # soft hyphen, Mongolian separator, zero-width, marks
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"  # bidi embeddings, joiners, BOM
)
REPLACEMENT = "\ufffd"
# Every character ``str.isspace`` accepts, spelled out so the table is built without a scan of Unicode.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:
        table[code] = None  # control characters
    for ch in WHITESPACE:
        table[ord(ch)] = " "
    table[ord("\n")] = "\n"
    for ch in ZERO_WIDTH + REPLACEMENT:
        table[ord(ch)] = None
    table[ord("％")] = "%"  # a figure's sign, not Chinese punctuation
    for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        for code in range(start, end + 1):
            table[code] = chr(code - 0xFEE0)
    return table


_TABLE = _build_table()
_SPACE_RUN = re.compile(r" {2,}")
_DECIMAL_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")
_LINE_EDGE_SPACE = re.compile(r"(?m)^ | $")
# A pair of ASCII parentheses on one line with nothing nested; whether it holds Chinese text is
# asked of the match (:func:`_full_width_pair`). ``\(([^()\n]*[HAN][^()\n]*)\)`` said both at once,
# but backtracked through the rest of the line at every Han character after an unclosed ``(``:
# quadratic in the line, a tenth of the store writer's CPU.
_PAREN_PAIR = re.compile(r"\(([^()\n]*+)\)")
# A match starts with its space or its mark: looked ahead for first, they spare the look-behind
# at every other character (half the time, the same matches).
_ASCII_PUNCT = re.compile(rf"(?=[ ,;:!?])(?<=[{HAN}{CJK_PUNCT}]) ?([,;:!?]) ?(?=[{HAN}{CJK_PUNCT}])")
# Each pattern starts with the space it removes and looks behind it (``(?<=X )``), so
# the regex engine jumps from space to space instead of trying a look-behind at every character.
_CJK_SPACE = re.compile(
    rf" (?:(?<=[{HAN}] )(?=[{HAN}0-9])|(?<=[0-9] )(?=[{HAN}])|(?<=[{CJK_PUNCT}] )|(?=[{CJK_PUNCT}]))"
)
# Headings keep the space between two Chinese characters: it separates the two parts of a
# two-part headline (``以党政领导带头 抓实“责任落实”``).
_HEADING_SPACE = re.compile(
    rf" (?:(?<=[{HAN}] )(?=[0-9])|(?<=[0-9] )(?=[{HAN}])|(?<=[{CJK_PUNCT}] )|(?=[{CJK_PUNCT}]))"
)
_HAN_CHAR = re.compile(rf"[{HAN}]")
# Cheap tests that let most texts skip a pass: the passes themselves scan with look-behinds
# at every position, or look each character up in a dict (a third of a crawl's parse time).
_CHANGED_BY_TABLE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in _TABLE.items() if v != chr(c)) + "]"
)
_ASCII_PUNCT_CHAR = re.compile(r"[,;:!?]")


def _full_width_pair(match: re.Match[str]) -> str:
    """Make a pair of parentheses full-width when it holds a Chinese character."""
    inner = match.group(1)
    return f"（{inner}）" if _HAN_CHAR.search(inner) else match.group(0)


def _clean(text: str, spaces: re.Pattern[str]) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CHANGED_BY_TABLE.search(text):
        text = text.translate(_TABLE)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " " in text:
        text = _LINE_EDGE_SPACE.sub("", text)
    if "(" in text:
        # Innermost pairs first; nested pairs need another round, so loop to the fixed point
        # (this is what keeps the function idempotent).
        while True:
            converted = _PAREN_PAIR.sub(_full_width_pair, text)
            if converted == text:
                break
            text = converted
    if _ASCII_PUNCT_CHAR.search(text):
        text = _ASCII_PUNCT.sub(lambda m: ASCII_TO_FULL[m.group(1)], text)
    if " " in text:
        text = spaces.sub("", text)
    # Last: removing a space (``0． 0``) can bring a full-width point between two digits.
    if "．" in text:
        text = _DECIMAL_POINT.sub(".", text)
    return text


def clean_text(text: str) -> str:
    """Repair characters so that words are whole and punctuation is Chinese.

    Full-width letters, digits, ``％`` and decimal points become ASCII; ASCII ``,;:!?`` between Chinese
    characters and ASCII parentheses around Chinese text become full-width;
    U+FFFD, control and zero-width characters go; spaces between two Chinese
    characters, or a Chinese character and a digit, or next to Chinese
    punctuation go; other whitespace runs become one space. Line breaks are
    kept, so paragraph analysis can run after it. Idempotent.
    """
    return _clean(text, _CJK_SPACE)


# Control, zero-width and replacement characters go; whitespace (some of it control) becomes a space.
_PRINTED_TABLE: dict[int, str | None] = {
    **{code: None for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), *map(ord, ZERO_WIDTH + REPLACEMENT)]},
    **{ord(ch): " " for ch in WHITESPACE},
}


def clean_printed(text: str) -> str:
    """Clean a headline without changing what a reader sees: keep it as the paper printed it.

    Control and zero-width characters and U+FFFD go, whitespace runs become one space; punctuation
    and width stay as printed (``评:X``, ``１１岁``), since an archive is cited by its headline.
    Matching folds them instead (:func:`fold_headline`). No NFC: the
    content hash of an archive stored before this was taken over uncomposed titles.
    """
    return " ".join(text.translate(_PRINTED_TABLE).split())


def fold_headline(text: str) -> str:
    """Fold a title line's punctuation and width the way body text is cleaned, keeping its parts' spaces.

    This was the stored title until the store kept headlines as printed (``评:X`` was stored
    ``评：X``, ``１１岁`` as ``11岁``: 0.845 of fields holdout titles equal to the page's, against
    0.983 from ``extract``). It is now the form titles are compared in (the content hash), so an
    article stored by the old code is unchanged when re-read. Two-part headlines
    (``洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作``) use a space as a separator, which body
    clean-up would remove. Idempotent, and ``fold_headline(clean_printed(t)) == fold_headline(t)``.
    """
    return " ".join(part for part in (clean_text(p).strip() for p in text.split()) if part)


def clean_heading(text: str) -> str:
    """Clean a headline or subhead like :func:`clean_text`, keeping spaces between Chinese words."""
    return _clean(text, _HEADING_SPACE)


def display_width(text: str) -> float:
    """Width of ``text`` in Chinese character cells (ASCII counts half), as print sets it."""
    return len(text) - len(text.encode("ascii", "ignore")) / 2


def has_han(text: str) -> bool:
    """Tell whether ``text`` holds at least one Chinese character."""
    return _HAN_CHAR.search(text) is not None


def strip_spaces(text: str) -> str:
    """Remove all whitespace: the form in which bodies are compared and scored."""
    return "".join(text.split())

"""Read back the UTF-8 pieces of a page decoded as GB18030: a UTF-8 template around a GBK article.

Some CMSs fill a UTF-8 template (its ``<title>``, navigation, sometimes the headline) with an article
stored in GBK. Most of the bytes are GBK, so the page is decoded as GB18030 and its body reads right,
but the template's UTF-8 bytes read as rare hanzi ("全市春耕" -> "鍏ㄥ競鏄ヨ"): the title was stored so.
A run of non-ASCII bytes that is strictly valid UTF-8 is almost never GBK by chance, and when its UTF-8
reading also holds more of the frequent characters of Chinese than its GB18030 one, that reading is
put back in the decoded text, before anything is extracted from it.
"""

from __future__ import annotations

import re

from crawler.extract.gbk_repair import FREQUENT_CHARS

# Six bytes at least (two hanzi in UTF-8): shorter runs are valid UTF-8 by chance too often.
_HIGH_RUN = re.compile(rb"[\x80-\xff]{6,}")
_FREQUENT = frozenset(FREQUENT_CHARS)


def _frequent(text: str) -> int:
    return sum(ch in _FREQUENT for ch in text)


def utf8_runs(body: bytes) -> dict[str, str]:
    """Return the page's UTF-8 runs as {their GB18030 reading, U+FFFD dropped: their UTF-8 reading}."""
    found: dict[str, str] = {}
    for match in _HIGH_RUN.finditer(body):
        run = match.group()
        try:
            good = run.decode("utf-8")
        except UnicodeDecodeError:
            continue  # GBK bytes (the article): already read right
        garbled = run.decode("gb18030", "replace").replace("\ufffd", "")
        if len(garbled) >= 2 and garbled != good and _frequent(good) > _frequent(garbled):
            found[garbled] = good
    return found


def restore_utf8_runs(text: str, body: bytes) -> str:
    """Return ``text`` (``body`` read as GB18030, U+FFFD dropped) with its UTF-8 runs read as UTF-8."""
    runs = utf8_runs(body)
    for garbled in sorted(runs, key=len, reverse=True):  # a longer run first: it may hold a shorter one
        text = text.replace(garbled, runs[garbled])
    return text

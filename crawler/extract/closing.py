"""The last lines of an article's text: what ends it, and the closing editor line kept with it.

Templates end the article's own text with a mark ("返回搜狐，查看更多") or
leave a related list's dates under it; the page prints the closing editor
line ("[责任编辑:肖春芳]") as its own element, outside the extracted text.
Trimming the end and keeping the editor line sit apart from the rest of
``crawler.extract.article`` because the credit reading depends on the text's
last paragraphs being the article's own.
"""

from __future__ import annotations

import re

_EDITOR_LABEL = re.compile(r"责任编辑|责编")
# A closing editor line as its own element: "[责任编辑:肖春芳]", "【责任编辑：严玉洁】".
_EDITOR_REST = re.compile(r"(?:责任编辑|责编)\s*[:：︱]\s*[^<>\n\]】)）]{1,30}[\]】)）]?(?=\s*<)")
# Sohu's template (and its reprints) ends the article's own text with "返回搜狐，查看更多".
_END_OF_ARTICLE = re.compile(r"返回[^，,\s]{1,10}[，,]\s*查看更多.*$", re.S)
# A related list whose headlines were links leaves only its dates: "- 2020年07月08日 13:36:14".
_DATE_ONLY = re.compile(r"[-·•*\s]*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")


def editor_line(text: str, body: str) -> str:
    """Return the page's closing editor line when the body lacks it (kept raw, like bylines)."""
    line = ""
    # Anchor on the label (rare) rather than on every ">" (slow on big pages).
    for label in _EDITOR_LABEL.finditer(text):
        rest = _EDITOR_REST.match(text, label.start())
        before = text[max(0, label.start() - 200) : label.start()].rstrip()
        bracket = before[-1:] if before[-1:] in ("[", "【", "(", "（") else ""
        if rest and before[: len(before) - len(bracket)].rstrip().endswith(">"):
            line = bracket + rest.group(0).strip()
    if not line:
        return ""
    squashed = "".join(line.split())
    return "" if squashed in "".join(body.split()) else line


def cut_after_end_mark(paragraphs: list[str]) -> list[str]:
    """End the text at Sohu's "返回搜狐，查看更多" mark, keeping a closing editor line after it.

    What follows the mark is the page's (a related headline and its lead), and
    the credits just above it (``作者：余毅菁 向雪妮返回富达，查看更多``) are the
    article's own: with the related text left in, they fell out of the last
    paragraphs read for bylines.
    """
    for index, paragraph in enumerate(paragraphs):
        if not (mark := _END_OF_ARTICLE.search(paragraph)):
            continue
        head = paragraph[: mark.start()].rstrip()
        kept = [*paragraphs[:index], *([head] if head else [])]
        after = paragraphs[index + 1 : index + 2]
        if after and _EDITOR_LABEL.match(after[0].strip()) and len(re.sub(r"\W", "", after[0])) > 4:
            kept.append(after[0])  # "责任编辑：张三" (an empty "责任编辑：" is not kept)
        return kept
    return paragraphs


def drop_trailing_dates(paragraphs: list[str]) -> list[str]:
    """Drop a related list's leftover dates (two or more) and its heading from the end of the text.

    ``(作者：方敏…)``, ``理论新闻精选：``, five date lines, ``责任编辑：陈海峰``: the
    credit line is then among the last paragraphs again, and the list is no text.
    A closing editor line after the list is kept.
    """
    end = len(paragraphs)
    editor = end > 0 and bool(_EDITOR_LABEL.match(paragraphs[-1].strip()))
    stop = end - 1 if editor else end
    start = stop
    while start > 0 and _DATE_ONLY.fullmatch(paragraphs[start - 1]):
        start -= 1
    if stop - start < 2 or start == 0:
        return paragraphs
    heading = paragraphs[start - 1].strip()
    if len(heading) <= 15 and heading.endswith((":", "：")):
        start -= 1
    return [*paragraphs[:start], *paragraphs[stop:]]

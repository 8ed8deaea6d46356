"""Tell whether a page, or one of its date lines, is Taiwanese: the evidence that licenses ROC years.

A Minguo (ROC) year is the Gregorian year less 1911 (民國97年 is 2008). Printed bare after a
label (``發布日期：97.08.25``) it looks like a two-digit Gregorian year (1997), so it is read as an
ROC year only where the page says it is Taiwanese: 民國 in traditional script, a ``.tw`` host, a
``zh-TW``/``zh-Hant`` language, or text in traditional script. Simplified pages (the mainland's)
never read one, whatever they print.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.extract.people import script_folded

__all__ = [
    "TaiwanCheck",
    "page_language",
    "taiwanese",
    "taiwanese_page",
    "traditional_share",
    "traditional_text",
]

# "民國" as Taiwan prints it; the simplified "民国" is the mainland's word for the 1912-1949 era.
_MINGUO = re.compile(r"民國|中華民國")
_TW_LANG = re.compile(r"^zh[-_](?:tw|hant)", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A page whose Chinese characters are this much traditional-only is written in traditional script:
# simplified pages quote a few (a name, a Hong Kong headline), under a twentieth of their text.
PAGE_SHARE = 0.2
# A date line's own words (its label, 點閱次數 beside it) in traditional script: a line is short, so
# one word in two of its characters.
LINE_SHARE = 0.2


def traditional_share(text: str) -> float:
    """Return the share of ``text``'s Chinese characters that are written only in traditional script.

    No library says "this text is traditional": OpenCC (installed, behind :func:`script_folded`)
    only converts. A character the fold changes (發 -> 发, 點 -> 点) is a traditional form; one it
    keeps is common to both scripts (日, 期) or simplified. Characters both scripts write (著, 乾)
    are not in the fold, so a simplified text scores near zero.
    """
    han: list[str] = _HAN.findall(text)
    if not han:
        return 0.0
    folded = script_folded("".join(han))
    return sum(a != b for a, b in zip(han, folded, strict=True)) / len(han)


def traditional_text(text: str, share: float = LINE_SHARE) -> bool:
    """Tell whether ``text`` (a date line, its label) is printed in traditional script."""
    return traditional_share(text) >= share


def _tw_host(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "tw" or host.endswith(".tw")


def taiwanese_page(text: str, url: str = "", lang: str = "") -> bool:
    """Tell whether a page is Taiwanese: 民國, a .tw host, a zh-TW/zh-Hant language, traditional text."""
    return (
        bool(_MINGUO.search(text))
        or _tw_host(url)
        or bool(_TW_LANG.match(lang.strip()))
        or traditional_text(text, PAGE_SHARE)
    )


def page_language(tree: HtmlElement) -> str:
    """Return the language the page declares (``<html lang>``, else its Content-Language), or ""."""
    lang = tree.get("lang") or tree.get("xml:lang") or ""
    if not lang:
        for node in tree.iter("meta"):
            if (node.get("http-equiv") or "").lower() == "content-language":
                lang = node.get("content") or ""
                break
    return lang


def taiwanese(tree: HtmlElement, url: str) -> bool:
    """Tell whether the page is Taiwan's (:func:`crawler.extract.taiwan.taiwanese_page`)."""
    return taiwanese_page(tree.text_content(), url, page_language(tree))


class TaiwanCheck:
    """Tell whether a page is Taiwan's, reading the page (text, host, language) on the first call only.

    Most pages print no ROC-shaped day and never need the answer, which reads the whole page
    text; every date rule that does asks the same page with the same URL (a ``.tw`` host counts).
    """

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self._tree, self._url = tree, url
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = taiwanese(self._tree, self._url)
        return self._answer

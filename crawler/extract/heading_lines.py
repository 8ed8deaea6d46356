"""Tell a headline's and an info line's place among the main text's first paragraphs.

Extractors often keep a layout table's headline and its info line (date, 来源, 作者) as the
body's first lines. These tests read the paragraphs only: whether a line is an info line,
where a headline's info line starts, and which lines stand above the first sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from crawler.extract.people import script_folded

__all__ = [
    "drop_header_lines",
    "first_sentence_title",
    "heading_info_line",
    "info_line_after",
    "lines_above_text",
    "strip_heading_line",
]

_INFO = re.compile(
    r"来源|作者|时间|发布|日期|浏览|点击|阅读|编辑|字体|字号|打印|关闭|当前位置|您的位置|你的位置|所在位置|首页|返回"
    r"|分享|责任|评论|登录|注册|搜索|上一篇|下一篇|楼主|发表|级别|积分|帖子|标签|分类"
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}"
)
_BREADCRUMB = re.compile(r"[>»＞›→]|&gt;")


def _squash(text: str) -> str:
    return "".join(text.split())  # what re.sub(r"\s+", "", text) gives, without the regex


def _sentence(paragraph: str) -> bool:
    return len(paragraph) >= 30 and bool(re.search(r"[。，；！？]", paragraph))


# Fields of an info line: "发布时间：2012-7-23 17:11:39", "来源：中国新闻网", "点击数：38".
_INFO_DAY = (
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# A field of the info line under a headline: "来源：新华网", "发布时间：2019-02-28 17:47", or a bare
# day and time ("2017-10-09 15:09", "(2019-04-09 06:15:35)") followed by a space or nothing:
# prose never puts a space after its date.
_INFO_FIELD = re.compile(
    r"\s*【?(?:发布时间|发布日期|更新时间|时间|日期|来源|作者|浏览次数|点击数|点击|阅读|字号|字体)】?\s*[:：]\s*"
    rf"(?:{_INFO_DAY}|[^\s:：]{{1,20}}(?=\s))"
    rf"|\s*[(（]?{_INFO_DAY}[)）]?(?=\s|$)"
)


def _info_after(paragraph: str, heading: str) -> int:
    """Return where the info line after a heading at the start of ``paragraph`` ends (0: none there)."""
    text = paragraph.lstrip()
    if not text.startswith(heading):
        return 0
    end, rest = 0, text[len(heading) :]
    while match := _INFO_FIELD.match(rest, end):
        end = match.end()
    return len(paragraph) - len(text) + len(heading) + end if end else 0


_OPEN_QUOTES = "《〈“‘「『\"'"


def _info_before(paragraph: str, heading: str) -> int:
    """Return where a heading preceded only by info fields ends in ``paragraph`` (0: not so)."""
    text = " ".join(paragraph.split())
    at = text[:200].find(heading)
    # Info fields are labels, names and dates: a comma before the headline means prose
    # ("２００５年１１月２９日上午，<headline>启动仪式在北京举行").
    if at <= 0 or not _INFO.search(text[:at]) or re.search(r"[。！？，；]", text[:at]):
        return 0
    if text[at - 1] in _OPEN_QUOTES:
        return 0  # "…对外发布一篇标题为《<headline>》的报道": the text cites its own headline
    return at + len(heading)


def strip_heading_line(paragraphs: list[str], title: str) -> list[str]:
    """Cut a headline and its info line from the start of the first paragraph that begins with them."""
    for index, paragraph in enumerate(paragraphs[:4]):
        joined = _info_before(paragraph, title)
        if joined:
            rest = " ".join(paragraph.split())[joined:].strip()
            return [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1 :]]
        cut = _info_after(paragraph, title)
        if cut:
            rest = paragraph[cut:].strip()
            return [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1 :]]
    return paragraphs


def heading_info_line(paragraphs: list[str], title: str) -> str:
    """Return the headline and info line :func:`strip_heading_line` cuts from a first paragraph, or ``""``.

    A table layout joins them to the text (``標題 2007/10/01 13:20 中廣新聞網 【記者…】…``):
    cut from the body, the info line still dates the page.
    """
    for paragraph in paragraphs[:4]:
        joined = _info_before(paragraph, title)
        if joined:
            return " ".join(paragraph.split())[:joined]
        cut = _info_after(paragraph, title)
        if cut:
            return paragraph[:cut]
    return ""


def lines_above_text(paragraphs: list[str], limit: int = 6) -> str:
    """Return the body's first lines above its first sentence, joined: a header the extractor kept.

    A ``<pre>`` BBS article (``标  题: X`` / ``发信站: …``) or a layout table comes out with its
    headline and info line as the body's opening lines, which the page text above the body lacks.
    """
    return " ".join(itertools.takewhile(lambda p: not _sentence(p), paragraphs[:limit]))


def info_line_after(paragraphs: list[str], heading: str) -> str:
    """Return the heading and the info line under it when both open the body's lines, else ``""``."""
    for line, after in itertools.pairwise(paragraphs[:10]):
        if _squash(line) == _squash(heading):
            return f"{heading} {after}" if _info_line(_width_folded(after)) else ""
    return ""


def _headings_in_body(paragraphs: list[str]) -> Iterator[str]:
    """Yield the headlines the extractor may have kept among the body's first lines (lines over an info line).

    A side column's heading over its first row (a title and its timed day) is one too: the
    page's markup tells it from the article's headline (``crawler.extract.list_headings``).
    """
    # Up to the text's first sentence: a layout table's sidebar may come first.
    head = next((i for i, p in enumerate(paragraphs) if _sentence(p) and not _info_line(p)), len(paragraphs))
    # A line of no words between the headline and its info line (a gallery's counter "1/12") is
    # skipped: neither a headline nor what tells one.
    window = [p for p in paragraphs[: max(5, min(head + 2, 10))] if _WORDED.search(p) or _info_line(p)]
    for line, after in itertools.pairwise(window):
        # A definition list or list template (<dl><dt>标题</dt><dd>时间：…</dd>) comes out with the
        # extractor's item marker before each line: "- 标题", no part of the headline.
        line = _ITEM_MARK.sub("", line.strip())
        after = _width_folded(after)  # "２０１６年２月５日　信息来源：…" is a dated info line too
        if (
            4 <= len(line) <= 60
            and not _INFO.search(line)
            and not _BREADCRUMB.search(line)
            and not line.endswith(("。", "，", "；", "、"))
        ):
            # A long headline with a comma reads like a sentence: the dated info line under it tells.
            dated = bool(_INFO_DATE.search(after)) and _INFO.search(after) is not None
            if (dated or not _sentence(line)) and _info_line(after):
                yield line


_WORDED = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_ITEM_MARK = re.compile(r"^-\s+")
_INFO_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
# A day and its time of day: "2019-03-05 10:21", and "2003年3月14日15:57" with no space after 日.
_TIMED = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*(?:日\s*|\s+)\d{1,2}[:：]\d{2}"
)


# A line that is a day with its weekday and nothing else ("2003年2月20日（星期四）"): a date bar. A bare
# day alone on a line may be a list item's, printed under each headline of the list.
_DAY_ALONE = re.compile(
    r"\s*[(（\[【]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）\]】]?"
    r"\s*[(（]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?\s*"
)
_EDITION = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版")
_LABEL_WORD = re.compile(r"(?:来源|发布|时间|日期|作者)(?:[^\S\n]|[:：]|(?=.*?(?:19|20)\d{2}\s*[-/.年]))")


def _info_line(line: str) -> bool:
    """Tell whether ``line`` is an article's info line (来源, 發布時間, a date), not prose.

    A label word counts as a label when a colon or a space follows it, or the line is dated:
    a headline may hold the word ("…新闻发布会在我校举行") and is no info line. Labels are
    matched in simplified script.
    """
    labelled = _LABEL_WORD.search(script_folded(line))
    timed = _TIMED.search(line) or _DAY_ALONE.fullmatch(line)
    # A paper's dateline under an e-paper headline: "东州晚报　2016年04月23日　第A2版".
    timed = timed or (_INFO_DATE.search(line) and _EDITION.search(line))
    # A dated line of a list ("·我市召开工作会议 (2011-5-6)") has neither.
    return bool(labelled or timed) and not _sentence(line)


def first_sentence_title(paragraphs: list[str], limit: int = 40) -> str:
    """Return the main text's first sentence (clipped) as a title of last resort."""
    first = next((p.strip() for p in paragraphs if p.strip()), "")
    sentence = re.split(r"(?<=[。！？!?])", first, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[:limit].rstrip("，、；： ") + "…"


def drop_header_lines(
    paragraphs: list[str],
    title: str,
    page_line: Callable[[str], bool] | None = None,
    list_row: Callable[[str], bool] | None = None,
) -> list[str]:
    """Drop the headline and the info lines around it when the extractor kept them as the body's start.

    Lines above the headline (a layout table's navigation and sidebar, kept with
    it) go too; the search stops at the text's first sentence. ``page_line``
    tells the page's own short lines (a link alone: a blog post's tag ``生活``
    between ``标签：`` and ``分类：``), which the info lines may hold too. ``list_row`` tells a side
    column's rows (``·标题？ 2013-10-31 03:05``), which read as sentences and are no text.
    """
    target = _squash(title)
    for index, paragraph in enumerate(paragraphs[:10]):
        if _squash(paragraph) != target and _sentence(paragraph) and not (list_row and list_row(paragraph)):
            break
        if _squash(paragraph) == target:
            rest = paragraphs[index + 1 :]
            while rest and not _sentence(rest[0]) and len(rest[0]) <= 120:
                if not (_INFO.search(rest[0]) or (page_line is not None and page_line(rest[0]))):
                    break
                rest = rest[1:]
            return rest if rest else paragraphs
    return paragraphs


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _width_folded(text: str) -> str:
    """Fold full-width ASCII forms (``：！？，``...) to their ASCII twins, one character for one."""
    return text.translate(_FULL_WIDTH)

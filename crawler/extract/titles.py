"""Find an article's headline in the page when neither metadata nor a heading agrees with ``<title>``.

Old regional sites, forums and government portals often give every page the
same ``<title>`` (the site's name) and print the headline in a ``<td>``, a
``<font>`` or a bold ``<div>`` just above the text. The headline is then the
nearest short line before the main text that is not an info line (date,
来源, 作者, 浏览), a breadcrumb or a link. A page with a main text and no such
line still gets a title: its first sentence, so it is never refused for the
lack of one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from crawler.extract.people import script_folded
from crawler.extract.title_forms import SITE_NAME

__all__ = [
    "better_title",
    "drop_header_lines",
    "first_sentence_title",
    "heading_before_body",
    "heading_info_line",
    "headline_part",
    "info_line_after",
    "lines_above_text",
    "logo_heading",
    "reads_as_site_name",
    "strip_heading_line",
    "text_after_body",
    "text_before_body",
]

_NOISE = frozenset("a script style noscript select option nav footer form button li ul".split())
_INFO = re.compile(
    r"来源|作者|时间|发布|日期|浏览|点击|阅读|编辑|字体|字号|打印|关闭|当前位置|您的位置|你的位置|所在位置|首页|返回"
    r"|分享|责任|评论|登录|注册|搜索|上一篇|下一篇|楼主|发表|级别|积分|帖子|标签|分类"
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}"
)
# What disqualifies a headline candidate: a label word *as a label* (a colon, a count in brackets,
# a space or a digit after it: "阅读(577)", "来源：", "点击 12"; not "评论（12月31日）", a headline's
# day), page chrome, a date or a time. A bare word is no label: headlines say "新闻发布会", "时间银行".
_HEADING_INFO = re.compile(
    r"(?:来源|作者|时间|发布|日期|浏览|点击|阅读|编辑|字体|字号|责任|评论|楼主|发表|级别|积分|帖子|标签|分类)"
    r"\s*(?:[:：\d]|[(（\[【]\s*\d*\s*[)）\]】])|(?:来源|作者|时间|日期|浏览|点击|阅读|编辑|评论|标签|分类)(?:[^\S\n]|$)"
    r"|打印|关闭|当前位置|您的位置|你的位置|所在位置|现在的位置|首页|返回|上一篇|下一篇|登录|注册|发表于|责任编辑"
    # A notice's catalogue fields ("发布机构：市政府办公室", "索引号：…") and the text's own
    # "原标题：…" line (the print or source headline, not this page's).
    r"|(?:机构|单位|文号|索引号|原标题)\s*[:：]"
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}"
)
_BREADCRUMB = re.compile(r"[>»＞›→]|&gt;")
_SCAN = 120  # elements looked at before the text: headlines sit close above it


def _squash(text: str) -> str:
    return "".join(text.split())  # what re.sub(r"\s+", "", text) gives, without the regex


# Elements whose own text no reader sees.
_UNSEEN = ("script", "style", "noscript", "title")


def _visible_texts(nodes: Iterable[HtmlElement]) -> Iterator[tuple[int, str]]:
    """Yield ``(index, text)`` for each node's own visible text, then its tail, in reading order."""
    for index, node in enumerate(nodes):
        if isinstance(node.tag, str) and node.tag not in _UNSEEN:
            yield index, node.text or ""
        yield index, node.tail or ""


def _find_in_run(nodes: Iterable[HtmlElement], probe: str) -> tuple[list[tuple[int, int, str]], int] | None:
    """Find ``probe`` in the nodes' visible text run together, spaces removed.

    Return the texts up to it (each with where it starts in the run and its node's
    index) and where ``probe`` starts, or None. An opening split over inline
    elements (``<p><strong>本报</strong>讯 记者…``) is in no one text, but in the run.
    """
    run, pieces = "", []
    for index, text in _visible_texts(nodes):
        piece = _squash(text)
        if not piece:
            continue
        pieces.append((len(run), index, text))
        run += piece
        at = run.find(probe, max(0, len(run) - len(piece) - len(probe)))
        if at >= 0:
            return pieces, at
    return None


def _in_noise(node: HtmlElement) -> bool:
    current: HtmlElement | None = node
    while current is not None:
        if current.tag in _NOISE:
            return True
        current = current.getparent()
    return False


def _anchor(elements: list[HtmlElement], probe: str) -> int | None:
    """Return the index of the element whose text or tail starts the main text."""
    for index, node in enumerate(elements):
        if probe in _squash(node.text or "") or probe in _squash(node.tail or ""):
            return index
    return None


def _split_anchor(elements: list[HtmlElement], probe: str) -> int | None:
    """Return the index of the element where the running text starts to hold ``probe``.

    The opening split over inline elements (``<p><strong>本报</strong>讯 记者…``) is in no one text.
    """
    found = _find_in_run(elements, probe)
    if found is None:
        return None
    pieces, at = found
    return next(index for start, index, _ in reversed(pieces) if start <= at)


# A line of bracketed buttons only: "【我要评论】【推荐给朋友】", "[收藏] [打印]".
_BUTTONS = re.compile(r"(?:\s*[【\[［][^【】\[\]［］]{1,8}[】\]］])+\s*")


# A template's meta line names itself: WeChat's "rich_media_meta_list", "article-info", "author".
_META_LINE = re.compile(r"(?:^|[\s_-])(?:meta|info|author|byline|source)(?:$|[\s_-])", re.I)


def _meta_line(node: HtmlElement) -> bool:
    """Tell whether ``node`` or its parent is a line the template classes as meta (writer, account)."""
    for current in (node, node.getparent()):
        if current is None:
            return False
        hint = (current.get("class") or "") + " " + (current.get("id") or "")
        if _META_LINE.search(hint) and not _TITLE_CLASS.search(hint):
            return True
    return False


def _boxed_link(node: HtmlElement, text_blocks: set[HtmlElement], page_url: str) -> bool:
    """Tell whether a linked heading heads a box of links to other articles, not this text.

    A recommendation box prints its first item as ``<h2><a href="/n/2.html">…</a></h2>`` over a
    list of links, between the headline and the text; a blog post's heading links to the post
    too, but its block holds the text.
    """
    parent = node.getparent()
    if not page_url or parent is None or parent in text_blocks:
        return False
    here = _address(page_url)
    hrefs = [(link.get("href") or "").strip() for link in node.iter("a")]
    elsewhere = any(
        h and not h.startswith(("#", "javascript:")) and _address(urljoin(page_url, h)) != here for h in hrefs
    )
    return elsewhere and sum(1 for a in parent.iter("a")) > len(hrefs)


def _address(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    return parts.netloc.lower(), parts.path.rstrip("/") or "/", parts.query


# Page buttons: a headline may say them ("app注册容易 注销难", "3D打印技术走进课堂"), a button row
# is short or prints them alone between brackets, bars or spaces ("登录 | 注册", "【打印本页】").
_CHROME = frozenset({"打印", "关闭", "首页", "返回", "登录", "注册"})
_CHROME_BUTTON = re.compile(
    r"(?:^|[\s|｜/【\[［(（])(?:打印|关闭|首页|返回|登录|注册)[\u4e00-\u9fff]{0,2}(?:$|[\s|｜/】\]］)）])"
)


def _labelled(text: str) -> bool:
    """Tell whether a candidate line holds a label, a date or page chrome (see ``_HEADING_INFO``)."""
    hits = {match.group() for match in _HEADING_INFO.finditer(text)}
    if not hits:
        return False
    return not (hits <= _CHROME and len(text) > 16 and not _CHROME_BUTTON.search(text))


def _acceptable(node: HtmlElement) -> str:
    text = " ".join(node.text_content().split())
    if not 4 <= len(text) <= 80 or text.endswith((":", "：")):
        return ""
    if text.startswith(("—", "--", "－－")):
        return ""  # "——记…": a 副题 under the headline
    if _meta_line(node):
        return ""
    # Labels are matched in simplified script: "資料來源：" is an info line as "资料来源：" is.
    if _labelled(script_folded(text)) or _BREADCRUMB.search(text) or _in_noise(node):
        return ""
    if _BUTTONS.fullmatch(text):
        return ""  # "【我要评论】【推荐给朋友】": a row of page buttons, linked or not
    links = sum(len(" ".join(a.text_content().split())) for a in node.iter("a"))
    # A post's heading may link to the post itself (<h2><a class="postTitle2">…</a></h2>).
    if links > 0.5 * len(text) and node.tag not in ("h1", "h2", "h3"):
        return ""
    if not re.search(r"[\u4e00-\u9fff]{2}", text):
        return ""
    return text


def _sentence(paragraph: str) -> bool:
    return len(paragraph) >= 30 and bool(re.search(r"[。，；！？]", paragraph))


# "标题: <headline>": printable forum pages (Discuz!, phpwind) and old systems label the headline.
_TITLE_LABEL = re.compile(r"^[*·•\s]*(?:文章|帖子)?(?:标\s*题|题\s*目|主\s*题)\s*[:：]\s*")


def heading_before_body(tree: HtmlElement, paragraphs: list[str], page_url: str = "") -> str:
    """Return the nearest headline-like line above the main text's first sentence, or ``""``.

    The anchor is the first paragraph that reads as prose, not the first
    paragraph: extractors often keep a layout table's headline and info line
    as the body's first lines. A ``标题:`` label before it is no part of it.
    """
    for paragraph in paragraphs[:5]:
        # A forum's or a BBS article's header kept as the body's first lines labels the headline
        # ("* 帖子主题：X", "标  题: X"); only page lines stand above it.
        labelled = _TITLE_LABEL.match(paragraph)
        if labelled and 4 <= len(rest := paragraph[labelled.end() :].strip()) <= 80:
            return rest
        if _sentence(paragraph) and not _info_line(paragraph):
            break
    return _TITLE_LABEL.sub("", _nearest_heading(tree, paragraphs, page_url))


def _nearest_heading(tree: HtmlElement, paragraphs: list[str], page_url: str) -> str:
    first = next((p for p in paragraphs if _sentence(p)), "")
    if not first:
        return ""
    kept = _heading_in_body(paragraphs)
    if kept:
        # The extractor kept the headline and its dated info line as the body's first lines.
        return kept
    probe = _squash(first)[:8]
    elements = [node for node in tree.iter() if isinstance(node.tag, str)]
    # A headline may share the text's first 8 characters ("强烈请求严厉查处" over both): the text's
    # own element holds its first 16 as well.
    longer = _squash(first)[:16]
    index = _anchor(elements, longer) if len(longer) == 16 else None
    index = _anchor(elements, probe) if index is None else index
    if index is None:
        joined = _heading_in_joined(elements, first)
        index = None if joined else _split_anchor(elements, probe)
        if index is None:
            return joined
    own = _acceptable(elements[index])
    if own and _info_after(first, own):
        # Layout tables: the extractor joined the headline cell, the info line and the text.
        return own
    if (
        own
        and _squash(first).startswith(_squash(own))
        and len(_squash(own)) < len(_squash(first))
        and not _continued_paragraph(elements[index], first)
    ):
        return own  # the text opens by repeating its headline, which the page prints above it
    # Short lines of the text above its first sentence ("有时候，", "原标题：…"), printed in
    # the text's own container, are no headline.
    text_lines = {_squash(p) for p in itertools.takewhile(lambda p: p != first, paragraphs)}
    # The text's own container: its paragraph's parent, or the block above that when each
    # paragraph wraps its words in a span (WeChat's "<p><span>…</span></p>").
    container = _block_of(elements[index]).getparent()
    ancestors = set(elements[index].iterancestors())
    for node in reversed(elements[max(0, index - _SCAN) : index]):
        if node in ancestors or node.tag in ("html", "body", "head", "title", "meta"):
            continue
        text = _acceptable(node)
        if text and node.tag in ("h1", "h2", "h3") and _boxed_link(node, ancestors, page_url):
            continue
        in_text = (
            _squash(text) in text_lines and container is not None and _block_of(node).getparent() is container
        )
        if text and not in_text and not _info_field(node):
            return text
    return ""


_INLINE = frozenset("span font strong b em i".split())


def _block_of(node: HtmlElement) -> HtmlElement:
    """Return the paragraph an inline element is part of (``node`` itself when it is no inline one)."""
    parent = node.getparent()
    return parent if node.tag in _INLINE and parent is not None else node


def _info_field(node: HtmlElement) -> bool:
    """Tell whether ``node`` is one field of an info line (``<span>中国新闻网</span>`` after its date).

    Its parent, a short line, holds a date or a label: the source's name there is no headline.
    """
    parent = node.getparent()
    if parent is None or node.tag not in ("span", "font", "b", "a", "em", "i"):
        return False
    line = " ".join(parent.text_content().split())
    return len(line) <= 120 and bool(_HEADING_INFO.search(script_folded(line)))


def _continued_paragraph(node: HtmlElement, first: str) -> bool:
    """Tell whether ``node`` is a ``<p>`` of the text whose next ``<p>`` the extractor joined to it.

    A short first paragraph ("大家看这张照片上的车是什么车？") comes out joined to the next
    one as the text's first paragraph; it opens that paragraph, but it is the text, not a
    headline repeated above it.
    """
    following = node.getnext()
    if node.tag != "p" or following is None or following.tag != "p":
        return False
    probe = _squash(following.text_content())[:8]
    return bool(probe) and probe in _squash(first)


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


_HEADLINE_TAGS = ("h1", "h2", "h3", "strong", "b", "font", "span", "div", "td")


def _heading_in_joined(elements: list[HtmlElement], first: str) -> str:
    """Return a headline the extractor joined into the text's first paragraph behind its info line.

    Forum and table layouts come out as one run: ``楼主：X 发表于: 2011-08-22 14:36
    <headline> <text>``. A headline-like element whose whole text occurs early in
    that run, with only info fields (labels, dates) before it, is the headline.
    """
    head = " ".join(first.split())[:200]
    best = ""
    for node in elements:
        if node.tag not in _HEADLINE_TAGS:
            continue
        text = _acceptable(node)
        if len(text) < 6 or len(text) <= len(best):
            continue
        at = head.find(text)
        if at > 0 and _INFO.search(head[:at]) and not re.search(r"[。！？]", head[:at]):
            best = text
    return best


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


def _heading_in_body(paragraphs: list[str]) -> str:
    """Return a headline the extractor kept among the body's first lines (a short line above an info line)."""
    # Up to the text's first sentence: a layout table's sidebar may come first.
    head = next((i for i, p in enumerate(paragraphs) if _sentence(p) and not _info_line(p)), len(paragraphs))
    for line, after in itertools.pairwise(paragraphs[: max(5, min(head + 2, 10))]):
        line = line.strip()
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
                return line
    return ""


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


def _overlap(text: str, body: str) -> float:
    chars = set(re.findall(r"[\u4e00-\u9fff]", text))
    if not chars:
        return 0.0
    return len(chars & set(body)) / len(chars)


def better_title(
    from_title_tag: str, heading: str, paragraphs: list[str], before: str = "", title_tag: str = ""
) -> bool:
    """Tell whether an in-page heading should replace a title read from ``<title>`` alone.

    A headline sums up its article, so most of its characters recur in the
    text; a site's name (the same ``<title>`` on every page) mostly does not.
    Characters can mislead (a city government's site name recurs in its own
    news), so a heading printed right above the text with only the article's
    dated info line between them (``before``: the page's text above the body)
    is taken first: that is where every layout prints its headline.
    """
    if not heading:
        return False
    if not from_title_tag:
        return True
    if len(heading) >= 4 and _squash(from_title_tag).startswith(_squash(heading)):
        return True  # <title> is the heading plus a suffix ("中华人民共和国监察法-纪检")
    if any(_info_before(p, heading) or _info_after(p, heading) for p in paragraphs[:4]):
        return True  # the heading sits on the text's info line, where a page prints its headline
    # Prose only: navigation lines kept in the body repeat the site's name.
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    on_info_line = _above_info_line(before, heading, paragraphs) or any(
        _squash(line) == _squash(heading) and _INFO_DATE.search(after) and _info_line(after)
        for line, after in itertools.pairwise(paragraphs[:10])
    )
    if (
        on_info_line
        and _overlap(heading, body) >= 0.5
        and not _column_name(heading, from_title_tag, title_tag, body)
    ):
        return True  # and it is about the text, not a label ("相关推荐")
    shown, tag = _squash(heading), _squash(from_title_tag)
    run = _common_run(shown, tag)
    if run >= 5 and run >= 0.3 * min(len(shown), len(tag)):
        # <title> words the headline differently (an SEO variant): the one the page shows is the headline.
        return _overlap(heading, body) >= _overlap(from_title_tag, body) - 0.1
    return _overlap(heading, body) >= _overlap(from_title_tag, body) + 0.15


def _column_name(heading: str, title: str, title_tag: str, body: str) -> bool:
    """Tell whether ``heading`` is a column's name (``本地要闻``) while ``<title>`` holds the headline.

    It is when ``<title>`` was a headline with a site suffix (``X_临江新闻网``: ``title`` is what is left),
    that headline is long and the text echoes nearly all of it, and the heading is short and echoed far less.
    """
    if not title_tag or _squash(title) == _squash(title_tag) or len(_squash(title)) < 8:
        return False
    return 2 * len(_squash(heading)) <= len(_squash(title)) and _overlap(heading, body) + 0.3 <= _overlap(
        title, body
    )


def _above_info_line(before: str, heading: str, paragraphs: list[str]) -> bool:
    """Tell whether ``before`` (the text above the body) ends with ``heading`` and a dated info line.

    The text's own short lines above its first sentence (``有时候，``) may follow the info line.
    """
    if len(heading) < 4:
        return False
    # Spaces ignored: a headline broken with <br> reads "上半 下半" in the page's text, not in the heading's.
    spaced = re.compile(r"\s*".join(map(re.escape, _squash(heading))))
    last = None
    for last in spaced.finditer(before):  # noqa: B007  (the last match is wanted)
        pass
    if last is None:
        return False
    rest = before[last.end() :].strip()
    for line in reversed(list(itertools.takewhile(lambda p: not _sentence(p), paragraphs))):
        line = " ".join(line.split())
        if line and rest.endswith(line):
            rest = rest[: -len(line)].strip()
    return 0 < len(rest) <= 150 and bool(_INFO_DATE.search(rest)) and _info_line(rest)


_PARTS = re.compile(r"\s*(?:_|\||｜|-|–|—|--|——)\s*")


def headline_part(title_tag: str, paragraphs: list[str]) -> str:
    """Return the part of a ``<title>`` that is the headline when the site's name comes first.

    ``江城新闻网-标题`` gives ``标题``.

    The headline shares most of its characters with the text, the site's
    name few: one part must reach 0.7 of its characters in the text and
    every other part stay under 0.4. ``""`` when no part stands out.
    """
    parts = [p for p in _PARTS.split(title_tag.strip()) if p]
    if len(parts) < 2:
        return ""
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    scores = [_overlap(p, body) for p in parts]
    best = max(range(len(parts)), key=lambda i: scores[i])
    if len(parts[best]) < 6 or scores[best] < 0.7:
        return ""
    return parts[best] if all(s < 0.4 for i, s in enumerate(scores) if i != best) else ""


def reads_as_site_name(
    title: str, title_tag: str, paragraphs: list[str], *, column: bool = False, metadata: bool = False
) -> bool:
    """Tell whether a title taken from ``og:title`` or an ``<h1>`` is the site's name rather than a headline.

    It is when it is the whole ``<title>`` as well (a logo heading, an ``og:title``
    filled with the site's name) or, with ``column`` (it was read from no ``<h1>``), a short
    first part of it (a column's name), and few of its characters occur in the text, where a
    headline's mostly do. With ``metadata`` (read from ``og:title`` or JSON-LD that no heading
    of the page agreed with) few characters in the text suffice: a site fills ``og:title`` with
    its name on every page, whatever ``<title>`` says.
    """
    if not title:
        return False
    shown, tag = _squash(title), _squash(title_tag)
    if metadata and (
        _overlap(title, "".join(p for p in paragraphs if _sentence(p))[:3000]) < 0.5
        or (len(shown) <= 8 and re.fullmatch(SITE_NAME, script_folded(shown)) is not None)
    ):
        return True  # the site's name, by its characters or its form ("胶东在线", "金华新闻网")
    # Or a column's name that <title> prints before the site's ("学校新闻_江城市实验小学" on every page
    # of the column) and a column heading repeats: short, and no headline of this text.
    column = (
        column
        and len(shown) <= 6
        and tag.startswith(shown)
        and tag[len(shown) : len(shown) + 1] in ("_", "|", "-", "｜")
    )
    if shown != tag and not column:
        return False
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    return _overlap(title, body) < (0.8 if column else 0.5)


def drop_header_lines(
    paragraphs: list[str], title: str, page_line: Callable[[str], bool] | None = None
) -> list[str]:
    """Drop the headline and the info lines around it when the extractor kept them as the body's start.

    Lines above the headline (a layout table's navigation and sidebar, kept with
    it) go too; the search stops at the text's first sentence. ``page_line``
    tells the page's own short lines (a link alone: a blog post's tag ``生活``
    between ``标签：`` and ``分类：``), which the info lines may hold too.
    """
    target = _squash(title)
    for index, paragraph in enumerate(paragraphs[:10]):
        if _squash(paragraph) != target and _sentence(paragraph):
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


def text_before_body(tree: HtmlElement, paragraphs: list[str], limit: int = 1500, title: str = "") -> str:
    """Return the page's visible text just above the main text's first sentence (at most ``limit`` chars).

    That is where an article's info line sits (``发布日期：2019年03月06日``),
    above navigation and sidebars that come later in the page. Given the
    ``title``, a first paragraph the extractor glued to the headline
    (``<headline> <text>``, the info line between them dropped) is anchored
    at its text, so that the info line is above it, not below.
    """
    squashed_title = _squash(title)
    # A headline with a comma reads like a sentence; kept as the body's first line it is not the text.
    first = next((p for p in paragraphs if _sentence(p) and _squash(p) != squashed_title), "")
    if not first:
        return ""
    rest = _squash(first)[len(squashed_title) :] if squashed_title else ""
    # The text may repeat its headline in full-width punctuation ("网友：…！" under "网友:…!").
    if (
        squashed_title
        and _width_folded(_squash(first)).startswith(_width_folded(squashed_title))
        and len(rest) >= 8
    ):
        first = rest
    probe = _squash(first)[:8]
    opening = _width_folded(_squash(first))
    pieces: list[str] = []
    # Up to a heading the text opens by repeating, should the text's own opening not come later.
    at_heading: list[str] | None = None
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag not in _UNSEEN:
            if _holds(node.text or "", probe):
                if not _repeated_heading(node, node.text or "", opening):
                    break
                at_heading = list(pieces) if at_heading is None else at_heading
            pieces.append(node.text or "")
        if _holds(node.tail or "", probe):
            parent = node.getparent()
            if parent is None or not _repeated_heading(parent, node.tail or "", opening):
                break
            at_heading = list(pieces) if at_heading is None else at_heading
        pieces.append(node.tail or "")
    else:
        if at_heading is None:
            # The opening is split over inline elements ("<p><strong>本报</strong>讯 记者…"): no one
            # text holds it, the page's running text does.
            return _before_split_opening(tree, probe)[-limit:]
        pieces = at_heading
    return " ".join(" ".join(pieces).split())[-limit:]


def _before_split_opening(tree: HtmlElement, probe: str) -> str:
    """Return the page's visible text before the first place its running text holds ``probe``."""
    found = _find_in_run(tree.iter(), probe)
    if found is None:
        return ""
    pieces, at = found
    return _first_chars(" ".join(" ".join(text for _, _, text in pieces).split()), at)


def _first_chars(text: str, count: int) -> str:
    """Return the start of ``text`` that holds its first ``count`` non-space characters."""
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            if seen == count:
                return text[:index].rstrip()
            seen += 1
    return text


def text_after_body(tree: HtmlElement, paragraphs: list[str], limit: int = 150) -> str:
    """Return the page's visible text right after the main text's last sentence (at most ``limit`` chars).

    Old sites print the info line under the text (``发布日期：2010-03-04 【打印】【关闭】``).
    """
    last = next((p for p in reversed(paragraphs) if _sentence(p)), "")
    probe = " ".join(last.split())[-10:]
    if len(probe) < 10:
        return ""
    visible = " ".join(" ".join(text for _, text in _visible_texts(tree.iter())).split())
    at = visible.rfind(probe)
    return visible[at + len(probe) :][:limit] if at >= 0 else ""


def _holds(text: str, probe: str) -> bool:
    """Tell whether ``text``, spaces removed, holds ``probe``; most texts lack its first character."""
    return probe[:1] in text and probe in _squash(text)


_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_TITLE_CLASS = re.compile(r"title|biaoti|headline", re.I)


def _repeated_heading(node: HtmlElement, piece: str, opening: str) -> bool:
    """Tell whether ``piece`` (a text in ``node``) is the headline the main text opens by repeating.

    Forum posts and reposted texts open with their headline (``蹊跷!泰州…`` over
    ``蹊跷!泰州…现代快报记者获悉``): the heading above, which starts the text's
    opening words, is not where the text begins; its post header or info line
    below it is above the text.
    """
    squashed = _width_folded(_squash(piece))
    shared = next(
        (i for i, (a, b) in enumerate(zip(squashed, opening, strict=False)) if a != b),
        min(len(squashed), len(opening)),
    )
    # Most of it: a title may carry a scraped suffix the text lacks ("…的头颅-言").
    if len(squashed) < 8 or shared < max(8, 0.8 * len(squashed)):
        return False
    for current in (node, node.getparent()):
        if current is None:
            return False
        hint = (current.get("class") or "") + " " + (current.get("id") or "")
        if current.tag in _HEADING_TAGS or _TITLE_CLASS.search(hint):
            return True
    return False


def _common_run(a: str, b: str) -> int:
    """Return the length of the longest run of characters ``a`` and ``b`` share."""
    best = 0
    for start in range(len(a)):
        for end in range(start + best + 1, len(a) + 1):
            if a[start:end] not in b:
                break
            best = end - start
    return best


def logo_heading(heading: str, tag_headline: str, paragraphs: list[str]) -> bool:
    """Tell whether an ``<h1>`` that disagrees with ``<title>`` is the site's logo rather than the headline.

    A headline and its page's ``<title>`` usually share a run of characters (the
    title is the headline plus the site's name, or a variant of it). An ``<h1>``
    sharing fewer than four is either the headline under a site-wide ``<title>``
    or a logo over a ``<title>`` holding the headline: the one whose characters
    recur in the text is the headline. ``tag_headline`` is ``<title>`` without
    its site suffix (a logo shares the site's name with that suffix).
    """
    tag = _squash(tag_headline)
    if not tag or _common_run(_squash(heading), tag) >= 4:
        return False
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    if _overlap(tag, body) < _overlap(heading, body):
        # The <h1> is the more echoed one: a paper's name in <title> that also opens the dateline
        # under the headline ("东州晚报 2010年03月20日 第07版") reads as a heading on an info line.
        return False
    return better_title(heading, tag, paragraphs)

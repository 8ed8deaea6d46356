"""Trim what a page prints around its text that the main-text extractor keeps as text.

trafilatura picks the element that holds the article, but on table layouts,
forums and blogs that element also holds the page's own lines: the headline
deck joined to the first paragraph (``关注民生 <headline> <text>`` from one
``<td>``), a forum post's header (``发表于 2019-8-17 19:43 | 只看该作者``) and
the replies under the first post, a blog's address, a row of navigation links
(``返回首页 | 社会新闻``) and the site's disclaimer at the foot. None of them is
the article's text, and a reader of the archive (or a body compared with a
human reading of the page) counts them as noise. Each rule looks only at the
edges of the text or at a line that starts like a post header, so prose in
the middle of an article is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["cut_replies", "drop_edge_furniture", "page_line_test", "strip_deck"]

_DAY = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
# A post's header: "作者：路过的猫 时间：2018-11-06 15:22:12" (天涯), "路人甲 发表于 2019-8-18 08:12"
# (Discuz!), "老陈说事 沙发 发表于 2008-3-16 08:02", "1楼：梅江边 发表于: 2011-08-22 15:02" (phpwind),
# "发表于 2019-8-17 19:43". A time is required: "本文发表于2018年5月3日" is prose.
_POST_HEADER = re.compile(
    # 凯迪's "作者：X　回复日期：…" (its first post: "提交日期").
    rf"(?:(?:作者|楼主|发帖人)\s*[:：]\s*\S{{1,24}}\s+(?:(?:回复|提交)?(?:时间|日期)|发表于|发表时间)\s*[:：]?\s*"
    rf"|(?:\S{{1,24}}\s+){{0,2}}(?:发表于|发表时间)\s*[:：]?\s*)"
    rf"{_DAY}{_TIME}"
)
# What else a post header line holds: "| 只看该作者", "楼主", "电梯直达".
_HEADER_REST = re.compile(
    r"(?:[\s|｜/\\]|只看该作者|只看楼主|倒序浏览|阅读模式|电梯直达|楼主|沙发|#?\d{1,3}楼?)*"
)
_URL_LINE = re.compile(r"(?:https?://|www\.)[!-~]+")
_LINK_SEPARATORS = re.compile(r"[\s|｜/\\>»›·•\-–—、,，]+")
_DISCLAIMER = re.compile(r"如有侵权|侵权请联系|侵删")
# "来源丨同安生活网（若有侵权请联系删除）" credits the text's source: the article's own line.
_CREDIT = re.compile(r"来源|作者|出处|编辑|摄|图")
_SENTENCE = re.compile(r"[。！？；，]")
# Page tools printed after the text: "【打印本页】【关闭窗口】", "[收藏] [返回顶部]".
_PAGE_TOOLS = re.compile(
    r"(?:[【\[]\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|返回列表|返回|推荐给朋友"
    r"|分享到?|字体[:：]?\s*[大中小\s]*|[大中小])\s*[】\]]\s*)+"
)
# A site's footer: "版权所有：城市新闻网 2003-2012 备案号：豫ICP备05001234号", "Copyright © 2012 Sohu".
_SITE_FOOTER = re.compile(
    r"ICP备|ICP证|Copyright|©|版权所有.{0,30}(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}", re.I
)
# The heading of a box printed after the text: the author's profile, related or recommended lists.
_BOX_HEADING = re.compile(
    r"(?:个人资料|博主资料|作者资料|博主简介|作者简介|相关阅读|相关新闻|相关文章|相关链接|相关报道|推荐阅读"
    r"|热门推荐|热点推荐|精彩推荐|猜你喜欢|延伸阅读|本版新闻|最新更新|最新文章|热门文章|24小时排行|排行榜)\s*[:：]?"
)
# Page lines a forum or CMS joins to the text's last line: the poster's signature, the
# moderator's note ("本主题由 小编0753 于 昨天 16:23 审核通过"), the previous/next links.
_PAGE_TAIL = re.compile(r"(?:^|\s)(?:签名\s*[:：]|本主题由\s*\S{1,24}\s*于.{0,24}审核通过|上一篇\s*[:：])")
_BOX_CREDIT = re.compile(r"记者|作者|编辑|责编|通讯员|来源")
# A deck is a phrase: no sentence and no label ("原标题：<headline>" is the text's own line).
_DECK_STOP = re.compile(r"[。！？；，:：]")


def _squash(text: str) -> str:
    return "".join(text.split())


def _post_header_only(line: str) -> bool:
    """Tell whether ``line`` is a post header and nothing else."""
    match = _POST_HEADER.match(line.strip())
    return match is not None and _HEADER_REST.fullmatch(line.strip()[match.end() :]) is not None


def reply_header_at(text: str) -> int:
    """Return where the first post header (``作者：X 时间：…``, ``X 发表于 …``) starts in ``text``, or -1."""
    match = _POST_HEADER.search(text)
    return match.start() if match else -1


def cut_replies(paragraphs: list[str], title: str = "") -> list[str]:
    """End a forum thread's text where the first reply's header starts a line.

    The first post is the article; replies (``作者：X 时间：… 顶一下``,
    ``X 发表于 … 支持楼主``) are comments, kept by trafilatura because they
    sit in the same list of posts. A header only counts after a line of prose,
    so the first post's own header (dropped by :func:`drop_edge_furniture`)
    never cuts the text. The thread's ``title`` is no prose, comma or not
    (``…起火把房子烧了，麦泽利安的头颅`` above ``[楼主] 作者：X 发表时间：…``).
    """
    headline = _squash(title)
    prose = False
    for index, paragraph in enumerate(paragraphs):
        if prose and _POST_HEADER.match(paragraph.strip()):
            return paragraphs[:index]
        if headline and _squash(paragraph) == headline:
            continue
        prose = prose or bool(_SENTENCE.search(paragraph))
    return paragraphs


def _nav_line(line: str, link_texts: Iterable[str]) -> bool:
    """Tell whether a short line is made of two or more of the page's link texts and separators."""
    squashed = _squash(line)
    if len(squashed) > 40 or _SENTENCE.search(line):
        return False
    found = 0
    for text in sorted({_squash(t) for t in link_texts if len(_squash(t)) >= 2}, key=len, reverse=True):
        if text in squashed:
            found += squashed.count(text)
            squashed = squashed.replace(text, " ")
    # One link alone only when short: a blog's name or a channel's ("博文目录"), not a linked sentence.
    enough = found >= 2 or (found == 1 and len(_squash(line)) <= 12)
    return enough and not _LINK_SEPARATORS.sub("", squashed)


def page_line_test(link_texts: Callable[[], Iterable[str]] = tuple) -> Callable[[str], bool]:
    """Return a test for the page's own lines: a bare address, a post header alone, a row of links.

    ``link_texts`` is asked once, and only when a line is short enough to be a row of links.
    """
    links: list[str] = []

    def furniture(line: str) -> bool:
        line = line.strip()
        if _URL_LINE.fullmatch(line) or _post_header_only(line):
            return True
        if len(_squash(line)) > 40 or _SENTENCE.search(line):
            return False
        if not links:
            links.extend(link_texts() or [""])
        return _nav_line(line, links)

    return furniture


def drop_edge_furniture(paragraphs: list[str], link_texts: Callable[[], Iterable[str]] = tuple) -> list[str]:
    """Drop page lines from the start and the end of the text.

    At either edge: a bare address (a blog's ``http://blog.sina.com.cn/u284425``),
    a post header alone, a row of navigation links (or one short link). At the
    end only: page tools (``【打印本页】【关闭窗口】``), the site's footer (an ICP
    number, a copyright with years) and its short disclaimer
    (``本站部分内容来自网络 如有侵权请联系删除``).
    ``link_texts`` gives the page's link texts; it is asked only when an edge
    line is short enough to be a row of links.
    """
    furniture = page_line_test(link_texts)

    start, end = 0, len(paragraphs)
    while start < end and furniture(paragraphs[start]):
        start += 1
    while True:
        if (
            end > start
            and (tail := _PAGE_TAIL.search(paragraphs[end - 1]))
            and len(paragraphs[end - 1]) - tail.start() <= 200
        ):
            # A post's signature, a moderator's note, a "上一篇：…" row joined to the last line.
            head = paragraphs[end - 1][: tail.start()].rstrip()
            paragraphs = [*paragraphs[: end - 1], *([head] if head else []), *paragraphs[end:]]
            end = end if head else end - 1
        # The site's footer, then a related list above it, then the page tools above that.
        while end > start and _end_furniture(paragraphs[end - 1], furniture):
            end -= 1
        box = _side_box_start(paragraphs, start, end)
        if box == end:
            break
        end = box
    return paragraphs[start:end] if start < end else paragraphs


def _end_furniture(line: str, furniture: Callable[[str], bool]) -> bool:
    """Tell whether a line at the end of the text is the page's: links, page tools, footer, disclaimer."""
    return (
        furniture(line)
        or _PAGE_TOOLS.fullmatch(line.strip()) is not None
        or (len(_squash(line)) <= 100 and _SITE_FOOTER.search(line) is not None)
        or (len(_squash(line)) <= 40 and _DISCLAIMER.search(line) is not None and not _CREDIT.search(line))
    )


def _side_box_start(paragraphs: list[str], start: int, end: int) -> int:
    """Return where a side box or related list that closes the text begins (``end``: none there).

    Short texts leave the extractor with the whole page column, so the box after
    the article comes along: ``个人资料`` with the blogger's name and ``博客等级：12``,
    ``相关新闻`` with its headlines. The box starts at its heading, and every line
    after it must be short (a name, a headline, a count): a text goes on in sentences.
    """
    for index in range(end - 1, max(start, end - 12) - 1, -1):
        line = paragraphs[index].strip()
        if len(_squash(line)) > 40:
            return end
        if _BOX_CREDIT.search(line):
            return end  # "（记者 韩旭）" after a related link: the text's own credit, and all above it
        if _BOX_HEADING.fullmatch(line):
            return index if index > start else end
    return end


def strip_deck(paragraphs: list[str], title: str, subtitle: str = "") -> list[str]:
    """Cut the headline deck that a table cell joined to the first paragraph.

    ``关注民生 南环大街路边垃圾清了又重来 行人通行受影响 “南环大街的…``: a short
    引题 (no sentence punctuation), the headline and the 副题, each printed as
    its own element and set apart by a space, then the text. There must be a
    deck before the headline and a space or the end after it: a text that
    opens with the headline's words, or with ``原标题：<headline>``, is left whole
    (a paragraph that is the headline alone is the caller's rule).
    """
    title = " ".join(title.split())
    if not paragraphs or len(title) < 4:
        return paragraphs
    first = " ".join(paragraphs[0].split())
    at = first.find(title)
    after = at + len(title)
    deck = first[:at]
    if at <= 0 or at > 20 or _DECK_STOP.search(deck) or (after < len(first) and first[after] != " "):
        return paragraphs  # a text opening with the headline's words, or "原标题：<headline>"
    rest = first[after:].strip()
    subtitle = " ".join(subtitle.split())
    if subtitle and rest.startswith(subtitle + " "):
        rest = rest[len(subtitle) :].strip()
    return [rest, *paragraphs[1:]] if rest else paragraphs[1:]

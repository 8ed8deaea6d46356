"""The page's text around the article's main text: the headline's zone cut after it, and dates printed by it.

The headline's zone climbs from the headline while its container stays short,
so on a short page it takes in related lists, comments and footers below the
text. Cutting it where the text ends, and reading the short line under the
text (a post's footer, an old site's info line), are one job that both the
date and the byline readings of ``crawler.extract.article`` ask for.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from crawler.extract.body_edges import text_after_body
from crawler.extract.dates import day_line_date, find_date_in_text, foot_line_date, labelled_date
from crawler.extract.furniture import _BOX_HEADING, reply_header_at
from crawler.extract.names import OUTLET_ENDINGS, script_folded
from crawler.extract.page_furniture import quoted_texts

# Where the page's own furniture starts after the text: related lists (你可能还喜欢, 大家都在看),
# comments, paging, the share bar and the footer (主办：X 承办：Y 网站负责人：Z names the site's staff).
_AFTER_TEXT_END = re.compile(
    r"相关|推荐|热门|热点|延伸阅读|喜欢|感兴趣|都在看|还看了|评论|留言|网友|上一篇|下一篇|更多|排行|版权"
    r"|分享到|主办|承办"
)


def header_zone_of_text(header: str, paragraphs: list[str]) -> str:
    """Cut the headline's zone shortly after the main text ends.

    The zone climbs from the headline while the container stays short, so on a
    short page it holds the whole page: the text, then related lists, comments
    and footers, whose "作者：X" credit other articles. What sits above the text
    is kept, and after it only a short credit line (``本文来源：X 作者：Y``) up to
    where a list, the comments, a reply's post header or the page's furniture begin.
    """
    last = next((p for p in reversed(paragraphs) if len("".join(p.split())) >= 8), "")
    probe = "".join(last.split())[-20:]
    if not probe:
        return header
    at = "".join(header.split()).find(probe)
    if at < 0:
        return header
    end = _after_visible(header, at + len(probe))
    return header[:end] + _short_tail(header[end : end + 200])


def paragraph_breaks(zone: str, paragraphs: list[str]) -> str:
    """Break ``zone`` into lines where the text's first paragraphs begin in it.

    The headline's zone is the page's text joined by spaces, so a byline line above the text
    runs on into its first paragraph: ``本报记者 于琦 天哪！这个…`` read 天哪 as a second
    reporter, ``作者：凤凰新闻 米泉h型钢…`` read the text's first word as the writer after an
    outlet. A paragraph starts a line, and a run of names does not cross one. Each paragraph
    is found by its opening (up to 30 characters, spaces aside), at its last place in the zone:
    a headline repeating the opening stands above it.
    """
    for paragraph in paragraphs:
        probe = "".join(paragraph.split())[:30]
        if len(probe) < 6:
            continue
        at = "".join(zone.split()).rfind(probe)
        if at <= 0:
            continue
        start = _after_visible(zone, at)
        end = start
        while end < len(zone) and zone[end].isspace():
            end += 1
        if "\n" not in zone[start:end]:
            zone = zone[:start] + "\n" + zone[end:]
    return zone


def headline_breaks(zone: str, headline: str) -> str:
    """Start a line where ``zone`` prints the headline: a run of names does not cross it.

    A government or table layout prints the info line above the headline, so in the
    headline's zone a byline runs on into it: ``作者：谢晓璐 米泉h型钢…`` read 米泉 as a second
    writer. Every place counts (a breadcrumb may print the headline too); a short headline
    (under six characters, spaces aside) is left alone, as it may be a word of the byline's line.
    """
    squashed = "".join(headline.split())
    if len(squashed) < 6:
        return zone
    return _spaced(squashed).sub(lambda m: "\n" + m.group(0), zone).replace(" \n", "\n")


def _after_visible(text: str, count: int) -> int:
    """Return the offset in ``text`` just after its ``count``-th non-space character.

    Walks only as far as needed: building the whole map from squashed to original offsets
    cost more than the rest of the zone's cut.
    """
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen == count:
                return index + 1
    return len(text)


def date_under_text(
    tree: HtmlElement, paragraphs: list[str], timezone: str, *, day_first: bool = False
) -> datetime | None:
    """Return the day the info line printed under the text gives (labelled, or its only day), or None.

    Old sites print it there (``发布日期：2010-03-04 【打印】【关闭】``); read up to a list,
    the comments or a reply's header only.
    """
    tail = _short_tail(_past_quotes(text_after_body(tree, paragraphs), quoted_texts(tree)))
    found = labelled_date(tail, timezone, specific=True, day_first=day_first) or foot_line_date(
        tail, timezone, day_first=day_first
    )
    if found is None and (toolbar := _TOOLBAR.search(tail, 0, _TOOLBAR_REACH)):
        # "【日期：2018年1月2日】【打印本页】【关闭窗口】": a generic label on the page's toolbar line,
        # under a notice's signature and 印发 lines.
        found = labelled_date(
            tail[max(0, toolbar.start() - _BEFORE_TOOLBAR) : toolbar.start()], timezone, day_first=day_first
        )
    return found


# The toolbar line under a notice or an old portal's text: print, close, bookmark.
_TOOLBAR = re.compile(r"打印|关闭窗口|关闭本页|加入收藏|【关闭】")
_TOOLBAR_REACH = 300
_BEFORE_TOOLBAR = 40


def _past_quotes(tail: str, quotes: list[str]) -> str:
    """Drop from what follows the text the end of a block quoting another post (a forwarded original's day).

    The text's last sentence may be the quoted post's own (Weibo prints the original under the
    repost's words): what of the quote follows that sentence is cut, up to the quote's end.
    """
    squashed = "".join(tail.split())
    for quote in ("".join(q.split()) for q in quotes):
        reach = next(
            (k for k in range(min(len(quote), len(squashed)), 5, -1) if quote.endswith(squashed[:k])), 0
        )
        if reach:
            kept = 0
            for at, char in enumerate(tail):  # past ``reach`` non-space characters
                kept += not char.isspace()
                if kept == reach:
                    return tail[at + 1 :]
    return tail


def _short_tail(tail: str) -> str:
    """Keep of what follows the text only a short line, up to a list, the comments or a reply's header."""
    stop = _AFTER_TEXT_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    # A short thread's first reply: "作者：路人甲 时间：2013-01-25 19:27:08" credits the reply.
    reply = reply_header_at(tail)
    return tail[:reply] if reply >= 0 else tail


# A blog's post footer under the text: "云中漫步 发表于 07:13 | 2009-07-27 | 评论 (15)".
_POSTED_AT = re.compile(r"(?:发表于|发布于|发表时间|发布时间)\s*[:：]?")


def footer_date(header: str, paragraphs: list[str], tz: str, *, day_first: bool = False) -> datetime | None:
    """Return the day a post's footer right under the text says it was posted, or ``None``.

    Blog software of the 2000s (博客大巴, some 新浪/网易 themes) prints the post's
    date only below it, then comments dated later: with nothing dated above the
    text, the labelled date in the short line after it is the post's.
    """
    prose = [p for p in paragraphs if re.search(r"[。！？]", p)]  # not a page line kept at the text's end
    text_end = header_zone_of_text(header, prose)
    if text_end is header or not (label := _POSTED_AT.search(text_end, max(0, len(text_end) - 200))):
        return None
    return find_date_in_text(text_end[label.end() : label.end() + 40], tz, day_first=day_first)


def zone_above_text(zone: str, paragraphs: list[str]) -> str:
    """Return the headline zone's part above the main text, whitespace removed.

    The text's opening is looked up from the end: a text that opens with its
    headline repeats the opening in the heading, above the info line.
    """
    squashed = "".join(zone.split())
    probe = "".join(paragraphs[0].split())[:8] if paragraphs else ""
    at = squashed.rfind(probe) if len(probe) == 8 else -1
    return squashed[:at] if at > 0 else ""


# What may stand before another article's headline link: the start of a line or a space, then at
# most a bullet or a box label ("相关文章：", "·", "1."), never a sentence.
_LINK_LEAD = re.compile(r"(?:^|\s)[^\s。！？!?；;，,]{0,8}$")


# A link that is a field's value, not another article: the source's outlet ("来源：<a>人民网－人民日报</a>").
_SOURCE_FIELD = re.compile(
    r"(?:来源|來源|来自|來自|转自|轉自|稿源|出处|出處|原文|原载|原載|摘自|选自|選自|本文)\s*[:：]?\s*$"
)


def without_linked_credits(zone: str, links: set[str], title: str, opening: str) -> str:
    """Cut ``zone`` from another article's headline link to its line's end or the article's own lines.

    A related list of one item, or a one-cell table (``<li><a>另一篇标题</a>
    （记者 X）</li>``, ``相关文章：<a>…</a> 作者：X``), is no list the page's
    furniture rules see (they want sibling rows), and the credit after the
    link is the linked article's. ``links`` are the page's headline links
    (whitespace removed). A cut stops where the article's headline or text
    opening is printed again (a sidebar above them leaves the byline under the
    headline alone); the headline itself, linked or not, is kept, and a link
    inside a sentence does not count.
    """
    squashed_title = "".join(title.split())
    squashed = "".join(zone.split())
    found = [
        link
        for link in links
        if link in squashed
        and link not in squashed_title
        and squashed_title not in link
        and not _body_or_outlet(link)
        and len(_HAN_WORD.findall(link)) >= _LINK_HAN  # "2019年6月4日2019年7月14日": a post's permalink
    ]
    if not found:
        return zone
    headline = _spaced(squashed_title) if squashed_title else None
    text_opening = "".join(opening.split())[:12]
    marks = [_spaced(mark) for mark in (squashed_title, text_opening) if mark]
    lines = zone.split("\n")
    for index, line in enumerate(lines):
        listed = _list_above_headline(line, found, headline)
        for link in found:
            at = 0
            while (hit := _spaced(link).search(line, at)) is not None:
                lead = line[: hit.start()]
                # "推荐阅读 <a>…</a> 文/X <headline>": one link under a box's heading is a list too.
                headed = listed or _BOX_HEADING.search(lead[-12:]) is not None
                if (
                    not _LINK_LEAD.search(lead)
                    or _SOURCE_FIELD.search(lead)
                    or (not headed and headline is not None and headline.search(line, hit.end()))
                ):
                    # Inside a sentence, a source's value, or above the headline (a site's name, a
                    # menu: "小桥流水人家的小站 … 作者 小桥流水人家 <headline>" credits the article).
                    at = hit.end()
                    continue
                stops = [m.start() for mark in marks if (m := mark.search(line, hit.end()))]
                end = min(stops, default=len(line))
                line = line[: hit.start()] + " " + line[end:]
                at = hit.start() + 1
        lines[index] = line
    return "\n".join(lines)


def _list_above_headline(line: str, links: list[str], headline: re.Pattern[str] | None) -> bool:
    """Tell whether two or more other articles' links stand above the headline on ``line``: a list.

    One link there is a site's name or a menu (its credit is the article's, see
    :func:`without_linked_credits`); a sidebar of several headlines, each with its
    writer (``推荐阅读 <a>…</a> 作者：X <a>…</a> 文/Y <headline>``), credits those articles.
    """
    if headline is None:
        return False
    above = 0
    for link in links:
        hit = _spaced(link).search(line)
        if hit and _LINK_LEAD.search(line[: hit.start()]) and headline.search(line, hit.end()):
            above += 1
    return above >= 2


# Ends of links that name the writer's body or the source's outlet, not another article
# ("长宁区融媒体中心" above a 澎湃号 post, "人民网－人民日报", "香港特別行政區政府新聞公報").
_BODY_OR_OUTLET_ENDS = (*OUTLET_ENDINGS, "中心", "政府", "公报", "委员会", "办公室", "研究院", "协会")


# A headline link holds words: five Han characters that are no date's 年月日.
_HAN_WORD = re.compile(r"[\u4e00-\u9fff](?<![年月日])")
_LINK_HAN = 5


def _body_or_outlet(link: str) -> bool:
    """Tell whether a linked text names a body or an outlet (the page's source or writer's unit).

    A headline with its site's name after a title separator (``…哪个牌子好详解-家居在线``,
    ``…美好生活_生活_中国网``) is another article, though it ends as an outlet does.
    """
    head = re.split(r"[-_|｜]", link, maxsplit=1)[0]
    if head != link and len(_HAN_WORD.findall(head)) >= 8:
        return False
    return script_folded(link).endswith(_BODY_OR_OUTLET_ENDS)


def _spaced(squashed: str) -> re.Pattern[str]:
    """A pattern finding ``squashed`` in a text that may hold spaces between its characters."""
    return re.compile(r"\s*".join(map(re.escape, squashed)))


# The blocks whose text a day line fills, and the rows that tell a list's day from a date line's.
_DAY_CELLS = ("td", "div", "p", "span", "font", "center", "h2", "h3", "h4", "h5", "h6", "em", "time")
_ROWS = ("tr", "li", "dd", "dt")


def day_cell_above_text(
    tree: HtmlElement, above: str, timezone: str, *, day_first: bool = False
) -> datetime | None:
    """Return the day a cell of its own prints right above the text (``<td>[ 2014/06/28 ]</td>``), or None.

    A table portal's date line may be a bare day, no label, no time, in the cell
    between its headline and its text. It is the article's when it is the last
    thing above the text and its row holds no link: a list's day (最新文章, a left
    column) shares its row with the item's link.
    """
    tail = "".join(above.split())[-40:]
    if not tail:
        return None
    for node in tree.iter(*_DAY_CELLS):
        text = "".join(node.text_content().split())
        if (
            not text
            or not tail.endswith(text)
            or (found := day_line_date(text, timezone, day_first=day_first)) is None
        ):
            continue
        row = next((a for a in node.iterancestors() if a.tag in _ROWS), node.getparent())
        if row is not None and next(row.iter("a"), None) is None:
            return found
    return None

"""Find the elements of a page that hold no article of its own: link lists, navigation, footers, comments.

A page that prints no date of its own still prints many days: the related
list under the text (``<li><a>另一条新闻</a><span>2023-05-06</span></li>``), a
hot list in the sidebar, the previous/next links, the comments, the site's
footer (``更新时间：…``) and the masthead's clock (``今天是2023年5月6日``). A
date finder run over the whole page (htmldate, elements classed ``date``)
takes one of them for the article's. These elements are found by structure,
not by site: a row whose text is a link to another headline and a day; the
``nav``/``aside``/page ``footer`` elements and the blocks a CMS names for
comments, navigation or its footer; a short clock line. An element that holds
the page's ``<h1>`` or most of its text is never one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from datetime import date

from lxml.html import HtmlElement, tostring

from crawler.extract.dates import TODAY_LABEL
from crawler.extract.header_texts import comments_box

__all__ = [
    "days_in_markup",
    "days_written",
    "drop_headline_tail",
    "furniture_free",
    "furniture_nodes",
    "headline_links",
    "link_cells",
    "list_rows",
    "list_rows_free",
    "quoted",
    "quoted_texts",
    "without_link_cells",
]

# Blocks that quote another post: a forwarded original (Weibo's WB_feed_expand), a quote.
_QUOTED = re.compile(r"expand|forward|repost|retweet|quote", re.I)


def _quotes(element: HtmlElement) -> bool:
    hint = (element.get("class") or "") + " " + (element.get("id") or "")
    return element.tag == "blockquote" or bool(_QUOTED.search(hint))


def quoted(node: HtmlElement) -> bool:
    """Tell whether ``node`` sits in a block quoting another post (a day there is that post's)."""
    return any(_quotes(element) for element in node.iterancestors())


def quoted_texts(tree: HtmlElement) -> list[str]:
    """Return the texts of the outermost blocks quoting another post, whitespace collapsed."""
    found: list[str] = []
    for node in tree.iter("blockquote", "div", "section"):
        if isinstance(node.tag, str) and _quotes(node) and not quoted(node):
            if text := " ".join(node.text_content().split()):
                found.append(text)
    return found


# A headline is longer than a channel's or an outlet's name ("本地", "江城新闻网").
# A forum's "tianya_abc" links a login, not an article.
_HEADLINE_CHARS = 8
_HEADLINE_HAN = 5
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A list row holds its link and a day; what else it may print ("·", "上一篇：", "(图)").
_ROW_REST = 10
_ROW_MAX = 120
_ROW_TAGS = ("li", "tr", "dd", "dt", "p", "div", "td", "span", "font")
# The article's own info line links its outlet or column: "来源：<a>人民日报海外版客户端</a> 2023-05-06".
_TURN = re.compile(r"上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇")
_INFO_LABEL = re.compile(r"来源|作者|编辑|记者|发布|发表|时间|日期|点击|浏览|阅读|出处|稿源")
_DAY = re.compile(
    r"(?:(?:19|20)\d{2}|\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?"
)
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_FILLER = re.compile(r"[\s·•\-–—|｜/\\()（）\[\]【】<>《》:：,，.。>»›]+")
# Class and id words CMSs give their comment blocks, navigation and page footers.
_FURNITURE_NAME = re.compile(
    r"(?<![a-z])(?:comments?|comment_?list|pinglun|nav|navbar|menu|breadcrumbs?|crumbs?"
    r"|footer|copyright|banquan)(?![a-z])",
    re.I,
)
# The text's first sentence: prose with a sentence mark early on.
_OPENING = re.compile(r"[\u4e00-\u9fff，]{20,}[。！？]")
_OPENING_REACH = 300
# ... or, in a text whose sentences end in digits and quotes ("…多扣了8分钟的通话费。"), sentences.
_OPENING_SENTENCES = 3
_SENTENCE_END = re.compile(r"[。！？]")
_HEADER_LEVELS = 3
# ... or what the site says of itself: when it was last updated or opened, how fast the page was made.
_SITE_MARK = re.compile(
    r"ICP|Copyright|©|版权所有|版权声明|备案|主办|承办|Powered by"
    r"|网站(?:最后)?更新|建站|生成时间|Processed in",
    re.I,
)
# A masthead's clock: the day the page was served, not the article's (labelled as dates.TODAY_LABEL reads).
_CLOCK_MAX = 40


def _text(node: HtmlElement) -> str:
    return " ".join(node.text_content().split())


def _headline_links(node: HtmlElement, title: str) -> list[str]:
    """Return the texts of ``node``'s links that read as other articles' headlines."""
    found = []
    for link in node.iter("a"):
        text = "".join(link.text_content().split())
        if (
            len(text) >= _HEADLINE_CHARS
            and len(_HAN.findall(text)) >= _HEADLINE_HAN
            and text != title
            and not _DAY.fullmatch(text)
        ):
            found.append(text)
    return found


def _list_row(node: HtmlElement, title: str) -> bool:
    """Tell whether ``node`` is a row of a link list: another headline's link, a day, little else."""
    text = _text(node)
    if not text or len(text) > _ROW_MAX or _INFO_LABEL.search(_link_free_text(node)):
        return False
    links = _headline_links(node, title)
    if not links:
        return _bare_row(node, title)
    if len(links) != 1:
        return False
    rest = "".join(text.split()).replace(links[0], "", 1)
    rest = _FILLER.sub("", _TIME.sub("", _DAY.sub("", rest)))
    turn = _TURN.match(rest)
    rest = rest[turn.end() :] if turn else rest
    return len(rest) <= _ROW_REST and (turn is not None or _has_sibling_row(node, title))


# A list item that is a headline and its day, whatever links it (none, or a headline too short to read
# as one alone: "马云爸爸来了"): a row when its list has at least this many items, all of that shape.
_BARE_ROWS = 3
_BARE_TAGS = ("li", "dd")
# A headline may ask or exclaim (怎么办？), it does not end a statement: an entry of a live blog does.
_STATEMENT = re.compile(r"[。；]")


def _headline_and_day(node: HtmlElement, title: str) -> bool:
    """Tell an item whose text is one day and a short headline: no label, no sentence, not the page's own."""
    text = _text(node)
    if not text or len(text) > _ROW_MAX or len(_DAY.findall(text)) != 1 or _INFO_LABEL.search(text):
        return False
    words = _TIME.sub("", _DAY.sub("", "".join(text.split())))
    rest = _FILLER.sub("", words)
    return len(_HAN.findall(rest)) >= _HEADLINE_HAN and rest != title and not _STATEMENT.search(words)


def _bare_row(node: HtmlElement, title: str) -> bool:
    """Tell a row of a list of dated headlines printed without links (最近更新's ``<li>X <em>day</em>``).

    Every item of its list, and at least three, is a headline and a day and nothing else; a list
    whose items are statements (a timeline in the text, a live blog's entries) is no list of other articles.
    """
    parent = node.getparent()
    if node.tag not in _BARE_TAGS or parent is None:
        return False
    items = [child for child in parent if child.tag == node.tag]
    return len(items) >= _BARE_ROWS and all(_headline_and_day(item, title) for item in items)


def _has_sibling_row(node: HtmlElement, title: str) -> bool:
    """Tell whether another child of ``node``'s parent, of its tag, links another headline too.

    One row linking a headline and a day may be the article's own info line
    (``2019年09月11日 新浪科技 <a>我有话说(1307人参与)</a>``); a list has rows.
    """
    parent = node.getparent()
    if parent is None:
        return False
    return any(
        sibling is not node and sibling.tag == node.tag and len(_headline_links(sibling, title)) == 1
        for sibling in parent
    )


def _link_free_text(node: HtmlElement) -> str:
    """Return ``node``'s text without its links' texts."""
    parts = [node.text or ""]
    for child in node.iterdescendants():
        inside_link = child.tag == "a" or any(a.tag == "a" for a in child.iterancestors() if a is not node)
        if not inside_link:
            parts.append(child.text or "")
        # A tail belongs to the parent: inside a link only when the parent is (or is in) one.
        parent = child.getparent()
        tail_in_link = (
            parent is not None
            and parent is not node
            and (parent.tag == "a" or any(a.tag == "a" for a in parent.iterancestors() if a is not node))
        )
        if not tail_in_link:
            parts.append(child.tail or "")
    return "".join(parts)


def _named_furniture(node: HtmlElement) -> bool:
    name = f"{node.get('class') or ''} {node.get('id') or ''}".replace("_", " ").replace("-", " ")
    word = _FURNITURE_NAME.search(name)
    if node.tag not in ("footer", "nav", "aside") and not word:
        return False
    if word and re.match(r"comment|pinglun", word.group(0), re.I):
        return False  # comment blocks: _comment_named, below the text only
    if any(a.tag == "article" for a in node.iterancestors()):
        return False  # <footer class="entry-footer"> holds the post's own "Posted on"
    if node.tag == "footer" or re.match(r"foot|copyright|banquan", word.group(0) if word else "", re.I):
        # A post's own "post-footer" prints its date line (2019年09月11日 富达传媒 时政新闻); the
        # site's footer says whose site it is.
        return bool(_SITE_MARK.search(_text(node)))
    # Navigation is links; tianya's "atl-menu" holds the post's header (楼主：X 时间：…) beside its
    # tools, and an <aside> may hold the article's own info column.
    return len(node.findall(".//a")) >= 2 and not _INFO_LABEL.search(_link_free_text(node))


def _comment_named(node: HtmlElement) -> bool:
    name = f"{node.get('class') or ''} {node.get('id') or ''}".replace("_", " ").replace("-", " ")
    word = _FURNITURE_NAME.search(name)
    return bool(word and re.match(r"comment|pinglun", word.group(0), re.I))


def _clock(node: HtmlElement) -> bool:
    text = _text(node)
    return len(text) <= _CLOCK_MAX and bool(TODAY_LABEL.search(text)) and bool(_DAY.search(text))


def _header_zone(root: HtmlElement) -> list[HtmlElement]:
    """Return the page's ``<h1>`` and every element after it up to the text's first sentence.

    What stands between the headline and the text is the article's own info line, whatever
    a template names its box ("nav", "menu"): none of it is furniture.
    """
    h1 = next(root.iter("h1"), None)
    if h1 is None:
        return []
    zone = [h1, *h1.iterdescendants()]
    start: HtmlElement | None = h1
    for _ in range(_HEADER_LEVELS):  # <div class="hd"><h1/></div><div class="info">…</div>
        if start is None:
            break
        for node in start.itersiblings():
            opening = _text(node)[:_OPENING_REACH]
            if _OPENING.search(opening) or len(_SENTENCE_END.findall(opening)) >= _OPENING_SENTENCES:
                return zone
            zone.extend((node, *node.iterdescendants()))
        start = start.getparent()
    return zone


def furniture_nodes(tree: HtmlElement) -> list[HtmlElement]:
    """Return the outermost elements of ``tree`` that are page furniture (see the module's docstring)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = len(_text(root)) or 1
    # The list holds the proxies alive, so that their ids stay theirs while the page is walked.
    headings = [a for node in _header_zone(root) for a in (node, *node.iterancestors())]
    keep = {id(a) for a in headings}
    title = next(("".join(_text(h1).split()) for h1 in root.iter("h1")), "")
    found: list[HtmlElement] = []
    below_text = False  # comments come after the text; an info bar above it may be named for them
    for node in root.iterdescendants():
        if not isinstance(node.tag, str) or id(node) in keep:
            continue
        if any(node is f or f in node.iterancestors() for f in found[-1:]):
            continue
        below_text = below_text or bool(_OPENING.search(node.text or ""))
        comments = _comment_named(node) or comments_box(node)
        if (comments and not below_text) or len(_text(node)) > total * 0.4:
            continue
        if comments or _named_furniture(node) or _unchosen_option(node):
            found.append(node)
        elif node.tag in _ROW_TAGS and (_list_row(node, title) or _clock(node)):
            found.append(node)
    return found


def list_rows(tree: HtmlElement) -> list[HtmlElement]:
    """Return the outermost rows of ``tree``'s link lists: another headline's link, a day, little else."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    title = next(("".join(_text(h1).split()) for h1 in root.iter("h1")), "")
    found: list[HtmlElement] = []
    for node in root.iterdescendants(*_ROW_TAGS):
        if any(f in node.iterancestors() for f in found[-1:]):
            continue
        if _list_row(node, title):
            found.append(node)
    return found


def list_rows_free(tree: HtmlElement) -> HtmlElement:
    """Return a copy of ``tree`` without its link lists' rows, or ``tree`` when it has none."""
    return _without(tree, list_rows)


def _unchosen_option(node: HtmlElement) -> bool:
    """Tell an ``<option>`` its select offers but has not chosen (an e-paper's other editions' days).

    The chosen option (``selected``) is the page's; the others are choices, as a list's links
    are. Where none is chosen, the first shown is the newest edition, not this page's.
    """
    return node.tag == "option" and node.get("selected") is None


def furniture_free(tree: HtmlElement) -> HtmlElement:
    """Return a copy of ``tree`` without its furniture (their tails kept), or ``tree`` when it has none."""
    return _without(tree, furniture_nodes)


def _without(tree: HtmlElement, find: Callable[[HtmlElement], list[HtmlElement]]) -> HtmlElement:
    """Return a copy of ``tree`` without the nodes ``find`` names (their tails kept), or ``tree`` when none.

    ``find`` runs again on the copy: lxml nodes belong to one tree, so those found in ``tree`` cannot
    be dropped from its copy; the copy is made only when there is something to drop.
    """
    if not find(tree):
        return tree
    copy = deepcopy(tree)
    for node in find(copy):
        node.drop_tree()
    return copy


# A day as pages write it in text, attributes, scripts and URLs: 2023-05-06, 2023/5/6, 2023年5月6日, 20230506.
_WRITTEN_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:\s*[-/._年]\s*(\d{1,2})\s*[-/._月]\s*(\d{1,2})|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?!\d)"
)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def days_written(tree: HtmlElement) -> set[date]:
    """Return every day written anywhere in ``tree``'s markup (text, attributes, scripts)."""
    return days_in_markup(tostring(tree, encoding="unicode"))


def days_in_markup(markup: str) -> set[date]:
    """Return every day written in ``markup`` (2019-03-05, 2019年3月5日, 20190305)."""
    markup = markup.translate(_FULL_WIDTH)
    found = set()
    for match in _WRITTEN_DAY.finditer(markup):
        year, month, day = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
        try:
            found.add(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return found


# A breadcrumb's words besides its links: 您现在的位置： 首页 >> 新闻 >> 正文.
_CRUMB_WORDS = re.compile(
    r"(?:当前位置|现在位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]?|正文|内容|阅读文章|浏览文章"
)
_CRUMB_SEPARATORS = re.compile(r"[\s>»›→/|｜·\-]*")
_CRUMB_MAX = 100
_CELL_LINKS = 3
_NAV_LINKS = 5
_CELL_LINK_SHARE = 0.6
_SENTENCE = re.compile(r"[。！？；]")


def _link_cell(node: HtmlElement) -> bool:
    """Tell a layout cell that holds only links (a left column's 栏目导航, 相关文章) from one with text."""
    links = node.findall(".//a")
    if len(links) < _CELL_LINKS or (len(links) < _NAV_LINKS and len(_headline_links(node, "")) < 2):
        return False  # a breadcrumb's three links (首页 >> 新闻 >> 正文) are the page's header
    text = "".join(node.text_content().split())
    linked = sum(len("".join(a.text_content().split())) for a in links)
    own = "".join(_link_free_text(node).split())
    return bool(text) and linked >= _CELL_LINK_SHARE * len(text) and not _SENTENCE.search(own)


def _crumb(node: HtmlElement) -> bool:
    """Tell a breadcrumb element (``您现在的位置： <a>首页</a> >> <a>新闻</a> >> 正文``)."""
    text = _text(node)
    if len(text) > _CRUMB_MAX or len(node.findall(".//a")) < 2:
        return False
    own = _CRUMB_SEPARATORS.sub("", _CRUMB_WORDS.sub("", _link_free_text(node)))
    return not own and bool(re.search(r">|»|›|→", text))


def link_cells(tree: HtmlElement) -> list[HtmlElement]:
    """Return the outermost table cells and breadcrumb rows of ``tree`` that hold links and no text.

    Table layouts (动易, 2000s CMSs) put a left column of link lists and a
    breadcrumb row in the table that holds the article; the main-text extractor
    keeps the table, so those lists came out as lines of the body or, joined row
    by row, in front of its first sentence. A cell holding the page's ``<h1>``
    is never one of them.
    """
    body = tree.find(".//body")
    root = body if body is not None else tree
    headings = [a for h1 in root.iter("h1") for a in (h1, *h1.iterancestors())]
    keep = {id(a) for a in headings}
    found: list[HtmlElement] = []
    for node in root.iter("td", "th", "tr", "div", "p", "span"):
        if id(node) in keep or any(f in node.iterancestors() for f in found[-1:]):
            continue
        if node.tag in ("td", "th") and _link_cell(node):
            found.append(node)
    return found


def without_link_cells(tree: HtmlElement) -> HtmlElement:
    """Return a copy of ``tree`` without :func:`link_cells`, or ``tree`` when it has none."""
    return _without(tree, link_cells)


_TAIL_LINKS = 3
_TAIL_HEADING = 10


def headline_links(tree: HtmlElement) -> set[str]:
    """Return the texts of ``tree``'s links that read as headlines (whitespace removed)."""
    return set(_headline_links(tree, ""))


def drop_headline_tail(lines: list[str], links: set[str]) -> list[str]:
    """Drop a run of other articles' headlines at the end of the text, and the box heading over it.

    A related feed under a short text (``相关推荐`` and five headline links) is
    kept by the main-text extractor as the text's last lines. Only a run of
    three or more lines that are each a headline link's whole text goes, with a
    short line without a sentence mark right above it (the box's heading).
    """
    end = len(lines)
    while end and ("".join(lines[end - 1].split()).lstrip("·•") in links or not lines[end - 1].strip(" ·•")):
        end -= 1
    if sum(1 for line in lines[end:] if line.strip(" ·•")) < _TAIL_LINKS or end == 0:
        return lines
    if len(lines[end - 1]) <= _TAIL_HEADING and not _SENTENCE.search(lines[end - 1]) and end > 1:
        end -= 1
    return lines[:end]

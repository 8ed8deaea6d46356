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
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from crawler.extract.body_edges import _TITLE_CLASS, _find_in_run
from crawler.extract.heading_lines import (
    _BREADCRUMB,
    _INFO,
    _headings_in_body,
    _info_after,
    _info_line,
    _sentence,
    _squash,
)
from crawler.extract.list_headings import heads_a_link_list, link_row, link_titles, links_follow
from crawler.extract.meta import _LEAD_HINT, _SUB_HINT
from crawler.extract.people import script_folded
from crawler.extract.title_choice import _FOLLOW, _TITLE_HINT, account_name, badge, heading_text, widget
from crawler.extract.title_forms import PAGE_WORD, RED_HEADER
from crawler.normalize.lines import join_lines

__all__ = ["heading_before_body"]

# A form control's <label> ("<label><input type=checkbox>自动刷新</label>") is no line of text either.
_NOISE = frozenset("a script style noscript select option nav footer form button label li ul".split())
_CONTROLS = ("input", "select", "textarea", "button")
# What disqualifies a headline candidate: a label word *as a label* (a colon, a count in brackets,
# a space or a digit after it: "阅读(577)", "来源：", "点击 12"; not "评论（12月31日）", a headline's
# day), page chrome, a date or a time. A bare word is no label: headlines say "新闻发布会", "时间银行".
_HEADING_INFO = re.compile(
    r"(?:来源|作者|时间|发布|日期|浏览|点击|阅读|编辑|字体|字号|责任|评论|楼主|发表|级别|积分|帖子|标签|分类)"
    r"\s*(?:[:：\d]|[(（\[【]\s*\d*\s*[)）\]】])|(?:来源|作者|时间|日期|浏览|点击|阅读|编辑|评论|标签|分类)(?:[^\S\n]|$)"
    r"|打印|关闭|当前位置|您的位置|你的位置|所在位置|现在的位置|首页|返回|上一篇|下一篇|登录|注册|发表于|责任编辑"
    # A notice's catalogue fields ("发布机构：市政府办公室", "索引号：…") and the text's own
    # "原标题：…" line (the print or source headline, not this page's).
    r"|(?:机构|单位|文号|索引号|原(?:文)?标题|关键词|关键字)\s*[:：]"
    # A summary box under the headline ("导读：…", "【摘要】…"), which may repeat its words.
    r"|^[【\[]?(?:摘要|(?:中文)?导读|内容提要|核心提示)\s*[】\]:：]"
    r"|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}"
)
_SCAN = 120  # elements looked at before the text: headlines sit close above it


def _in_noise(node: HtmlElement) -> bool:
    current: HtmlElement | None = node
    while current is not None:
        if current.tag in _NOISE and not (current.tag == "noscript" and _content_fallback(current)):
            return True
        current = current.getparent()
    return False


# How much text a <noscript> holds when it is the page's own article, not a tracking pixel's note.
_FALLBACK_TEXT = 100


def _content_fallback(node: HtmlElement) -> bool:
    """Tell whether a ``<noscript>`` is an app shell's fallback holding the article (headline and text)."""
    return len("".join(node.text_content().split())) >= _FALLBACK_TEXT


# Elements whose own text no reader sees as the page's words.
_UNSEEN_TEXT = frozenset({"script", "style", "template", "textarea"})


def _anchor(elements: list[HtmlElement], probe: str) -> int | None:
    """Return the index of the element whose text or tail starts the main text.

    Not a script's text: a share widget's config (``bdDesc``) or a page's state may copy the text's
    opening above the headline, where no reader sees it.
    """
    for index, node in enumerate(elements):
        own = "" if node.tag in _UNSEEN_TEXT else node.text or ""
        if probe in _squash(own) or probe in _squash(node.tail or ""):
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


# A line wholly in round brackets: an aside (a video's credits, "（本报记者 王小明）", an editor's note).
_ASIDE = re.compile(r"\s*[(（][^()（）]+[)）]\s*")
# A line of bracketed buttons only: "【我要评论】【推荐给朋友】", "[收藏] [打印]".
_BUTTONS = re.compile(r"(?:\s*[【\[［][^【】\[\]［］]{1,8}[】\]］])+\s*")


# A template's meta line names itself: WeChat's "rich_media_meta_list", "article-info", "author".
_META_LINE = re.compile(r"(?:^|[\s_-])(?:meta|info|authors?|byline|source)(?:$|[\s_-])", re.I)
# A court document's header lines: its case number ("（2018）川01民初8034号"), its court ("X市中级人民法院")
# and its type ("民事判决书"); the case's title stands above them.
_COURT_LINE = re.compile(
    r"[(（〔\[［]\d{4}[)）〕\]］][\u4e00-\u9fff]{1,4}\d{0,4}[\u4e00-\u9fff]{1,6}\d{1,6}号(?:之[一二三四五六七八九十])?"
    r"|[\u4e00-\u9fff]{2,20}人民(?:法院|检察院)"
    r"|(?:民事|刑事|行政|执行)?(?:判决|裁定|调解|决定)书"
)


# A deck's own class: 引题 and 副题 printed over and under the headline ("yt"/"ft", "yinti"/"futi").
_DECK_TOKEN = re.compile(r"(?:^|[\s_-])(?:yt|ft)(?:$|[\s_-])", re.I)
# A picture's caption between the headline and the text ("图为…", "▲…").
_CAPTION = re.compile(r"^(?:图为|图片?[:：]|▲)")


# Founder's e-paper templates class the 主题 "font01" and its 引题 and 副题 "font02" (table cells).
_FOUNDER_DECK = re.compile(r"(?:^|\s)font02(?:$|\s)")


def _deck(node: HtmlElement) -> bool:
    """Tell whether ``node`` is classed as a 引题 or 副题 (or the block an inline ``node`` is in, or the
    one element a row holds: a Founder table's ``<tr>`` around its ``<td class="font02">``)."""
    only = node[0] if len(node) == 1 and not (node.text or "").strip() else None
    for current in (node, node.getparent() if node.tag in _INLINE else only):
        if current is None:
            return False
        hint = (current.get("class") or "") + " " + (current.get("id") or "")
        if _DECK_TOKEN.search(hint) or _LEAD_HINT.search(hint) or _SUB_HINT.search(hint):
            return True
        if _FOUNDER_DECK.search(hint) and _founder_headline(current) is not None:
            return True
    return False


def _founder_headline(node: HtmlElement, token: str = "font01") -> HtmlElement | None:
    """Return the ``font01`` element of a Founder deck ``node`` belongs to (in its table or block)."""
    for scope in itertools.islice(node.iterancestors(), 4):
        for other in scope.iter():
            if other is not node and token in (other.get("class") or "").split():
                return other
    return None


def _founder_title(node: HtmlElement) -> bool:
    """Tell whether ``node`` is the ``font01`` 主题 of a Founder deck (a ``font02`` line beside it).

    A class of that name alone says nothing: templates of all kinds style text with it.
    """
    return "font01" in (node.get("class") or "").split() and _founder_headline(node, "font02") is not None


def _meta_line(node: HtmlElement) -> bool:
    """Tell whether ``node`` or its parent is a line the template classes as meta (writer, account).

    An element classed as the title is none, whatever block it stands in (a video page's
    ``<div class="video-info"><div class="video-title">…</div><div>564万播放</div></div>``).
    """
    if _TITLE_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
        return False
    for current in (node, node.getparent()):
        if current is None:
            return False
        hint = (current.get("class") or "") + " " + (current.get("id") or "")
        if _META_LINE.search(hint) and not _TITLE_CLASS.search(hint):
            return True
    return False


def _followed(node: HtmlElement) -> bool:
    """Tell whether a line ends with a follow button (``<span>财经早餐</span><span>关注</span>``)."""
    last = node[-1] if len(node) else None
    return (
        last is not None
        and isinstance(last.tag, str)
        and not (last.tail or "").strip()
        and _FOLLOW.fullmatch(_squash(last.text_content())) is not None
    )


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


def _leads_here(href: str, page_url: str) -> bool:
    """Tell whether a link leads nowhere but this page: ``#``, ``javascript:;``, the page's own address."""
    href = href.strip()
    if not href:
        return False  # an anchor with no address is a name's or a button's (<a class="xw1">王小明</a>)
    if href.startswith(("#", "javascript:")):
        return True
    return bool(page_url) and _address(urljoin(page_url, href)) == _address(page_url)


def _acceptable(node: HtmlElement, page_url: str = "") -> str:
    # Read as a heading is printed: without the buttons or a badge inside its element ("分享", "问"),
    # and, in an element named a title, without a child holding its date ("<div class=title>标题
    # <span class=time>2019-03-05</span></div>").
    text = heading_text(node, dates=not _titled(node))
    if node.tag == "img":
        # A headline printed as a picture (2000s templates, 专题 pages): its words are the alt text.
        text = " ".join((node.get("alt") or "").split())
    if not 4 <= len(text) <= 80 or text.endswith((":", "：")):
        return ""
    if text.startswith(("—", "--", "－－")):
        return ""  # "——记…": a 副题 under the headline
    if _ASIDE.fullmatch(text):
        return ""  # "（拍摄 王小明 剪辑 李华）": a credit or an editor's note in brackets, set apart
    parent = node.getparent()
    badged = parent is not None and badge(node, parent.index(node))
    if PAGE_WORD.fullmatch(_squash(text)) or widget(node) or badged:
        return ""  # a box's caption ("直播简介", "信息内容"), a widget ("155.1万人观看"), a badge ("直播中")
    if _meta_line(node) or _deck(node) or _CAPTION.match(text):
        return ""
    if account_name(node) or _followed(node):
        return ""  # an author's or account's name beside its follow button ("财经早餐 关注")
    if _COURT_LINE.fullmatch(_squash(text)):
        return ""  # a judgment's 案号, its court's name or its type ("民 事 判 决 书"), above the text
    if next(node.iter(*_CONTROLS), None) is not None:
        return ""  # a row of controls ("刷新 [x] 自动刷新"), not a headline
    # Labels are matched in simplified script: "資料來源：" is an info line as "资料来源：" is.
    if _labelled(script_folded(text)) or _BREADCRUMB.search(text) or _in_noise(node):
        return ""
    if _BUTTONS.fullmatch(text):
        return ""  # "【我要评论】【推荐给朋友】": a row of page buttons, linked or not
    # A headline may be a link to the page itself or to nowhere (<td class="bt"><a href="本页">…</a></td>,
    # <a href="javascript:;">): such a link leads to no other article.
    # Only a single link of a headline's length: a row of buttons to nowhere ("上一版 下一版 往期回顾",
    # <a href="#">) is no headline.
    anchors = list(node.iter("a"))
    links = sum(len(" ".join(a.text_content().split())) for a in anchors)
    if len(anchors) == 1 and len(text) >= 8 and _leads_here(anchors[0].get("href") or "", page_url):
        links = 0
    # A post's heading may link to the post itself (<h2><a class="postTitle2">…</a></h2>).
    if links > 0.5 * len(text) and node.tag not in ("h1", "h2", "h3"):
        return ""
    if not re.search(r"[\u4e00-\u9fff]{2}", text):
        return ""
    return text


# "标题: <headline>": printable forum pages (Discuz!, phpwind) and old systems label the headline; a
# disclosure page's label table ("标题 | <headline>", "名称：") reads as the label, a space, the headline.
_TITLE_LABEL = re.compile(
    r"^[*·•\s]*(?:文章|帖子)?(?:标\s*题|题\s*目|主\s*题|名\s*称)\s*(?:[:：]\s*|\s(?=\S))"
)


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
    # The main text starts at its first sentence, not at a side column's row kept with it
    # ("·哪类房子最不好卖？… 2013-10-31 03:05": a link to another article and its day).
    titles = link_titles(tree)
    first = next((p for p in paragraphs if _sentence(p) and not link_row(p, titles)), "")
    if not first:
        return ""
    # A side column's heading over its first row (a title and its timed day) heads a list of links.
    kept = next((line for line in _headings_in_body(paragraphs) if not heads_a_link_list(tree, line)), "")
    if kept:
        # The extractor kept the headline and its dated info line as the body's first lines.
        return _reprinted(tree, kept)
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
    own = _acceptable(elements[index], page_url)
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
    if own and _squash(own) == _squash(first) and _headline_line(elements[index], own, paragraphs):
        return own  # no heading element: the headline is the text's first line, centred
    # Short lines of the text above its first sentence ("有时候，", "原标题：…"), printed in
    # the text's own container, are no headline.
    text_lines = {_squash(p) for p in itertools.takewhile(lambda p: p != first, paragraphs)}
    # The text's first line, past a government document's red header and its 文号 ("X市人民政府办公室文件",
    # "X政办发〔2019〕12号"), which stand above the document's title.
    start = next((i for i, p in enumerate(paragraphs) if not _document_header(p)), 0)
    opening = paragraphs[start] if paragraphs else ""
    # The text's own container: its paragraph's parent, or the block above that when each
    # paragraph wraps its words in a span (WeChat's "<p><span>…</span></p>").
    container = _block_of(elements[index]).getparent()
    ancestors = set(elements[index].iterancestors())
    picture = ""  # a headline printed as a picture: its alt text, unless a headline is printed above it
    # A lead photo inside the text's own container (<p align=center><img alt=…></p> before the first
    # paragraph) yields to a title picture above it, outside that container (<div class=title-pic>).
    lead_photo = ""
    for node in reversed(elements[max(0, index - _SCAN) : index]):
        if node in ancestors or node.tag in ("html", "body", "head", "title", "meta"):
            continue
        text = _acceptable(node, page_url)
        if text and node.tag in _LINE_PARTS:
            node, text = _whole_line(node, text, ancestors)
        if text and node.tag in ("h1", "h2", "h3") and _boxed_link(node, ancestors, page_url):
            continue
        if text and links_follow(node):
            continue  # a side column's heading (热门文章) over other articles' titles
        in_text = (
            _squash(text) in text_lines
            and container is not None
            and _block_of(node).getparent() is container
            # unless it is the text's first line set apart as a headline ("<p align=center><b>…")
            and not (_squash(text) == _squash(opening) and _headline_line(node, text, paragraphs[start:]))
        )
        if text and not in_text and not _info_field(node):
            if node.tag != "img":
                return _broken_headline(node, text, page_url)
            # The lead photo between the headline and the text (<img alt="市民在公交站台候车">) is no
            # headline: its alt text is one only where no headline stands above it.
            if container is not None and container in node.iterancestors():
                lead_photo = lead_photo or text
            else:
                picture = picture or text
    return picture or lead_photo


_LINE_BLOCKS = ("p", "div", "span", "h1", "h2", "h3")


def _same_kind(one: HtmlElement, other: HtmlElement) -> bool:
    return bool(one.tag == other.tag and one.get("class") == other.get("class"))


def _broken_headline(node: HtmlElement, text: str, page_url: str) -> str:
    """Return the whole headline an editor broke over block elements, of which ``node`` is the last line.

    ``<div class="title"><p>上半，</p><p>下半</p></div>`` (lines of one title block, alike),
    ``<h1 class="tit">上半</h1><h1 class="tit">下半</h1>`` (headings of one class in a row), and
    ``<h1><p>上半</p><p>下半</p></h1>``, which an HTML parser reads as an empty ``<h1>`` and the lines after
    it. ``text`` (the last line alone) otherwise.
    """
    parent = node.getparent()
    lines = [child for child in parent if isinstance(child.tag, str)] if parent is not None else []
    if (
        parent is not None
        and _titled(parent)
        and 2 <= len(lines) <= 3
        and lines[-1] is node
        and all(_same_kind(child, node) and not (child.tail or "").strip() for child in lines)
        and not (parent.text or "").strip()
        and node.tag in _LINE_BLOCKS
        and (whole := _acceptable(parent, page_url))
    ):
        return whole
    heading = node.tag in ("h1", "h2", "h3") or _titled(node)
    run = [node]
    previous = node.getprevious()
    while previous is not None and len(run) < 3 and isinstance(previous.tag, str):
        if node.tag == "p" and previous.tag in ("h1", "h2", "h3") and not _squash(previous.text_content()):
            # The lines of an <h1> the parser closed at its first <p>: all of them, up to the empty heading.
            return join_lines([_acceptable(line, page_url) for line in run]) if len(run) >= 2 else text
        alike = _same_kind(previous, node) and heading
        if not ((alike or (node.tag == previous.tag == "p")) and _acceptable(previous, page_url)):
            break
        run.insert(0, previous)
        previous = previous.getprevious()
    if len(run) >= 2 and node.tag != "p":
        return join_lines([_acceptable(line, page_url) for line in run])  # headings of one class in a row
    return text


# A document's number: "X政办发〔2019〕12号", "X府〔2020〕3号".
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号")


def _document_header(line: str) -> bool:
    """Tell whether a line is a government document's red header or its number, above its title."""
    squashed = _squash(line)
    return _DOC_NUMBER.fullmatch(squashed) is not None or RED_HEADER.fullmatch(squashed) is not None


def _reprinted(tree: HtmlElement, line: str) -> str:
    """Return a headline line the body kept as its element prints it: without a badge or widget inside.

    The text of ``<div><i class="icon-q">问</i><span>标题</span></div>`` comes out as ``问标题``:
    only the badges and widgets of the page are looked at, and their parents' texts.
    """
    squashed = _squash(line)
    for node in tree.iter("i", "em", "span", "b", "a", "label"):
        parent = node.getparent()
        if parent is None or not (widget(node) or badge(node, parent.index(node))):
            continue
        if _squash(parent.text_content()) == squashed:
            return heading_text(parent, dates=True) or line
    return line


_INLINE = frozenset("span font strong b em i".split())
# What a headline's line may be split into: a keyword's tag, a link, a soft break (which the
# parser may read as an element holding the rest of the line).
_LINE_PARTS = _INLINE | frozenset("a u small sup sub wbr".split())


_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
# A section head's number: "一、", "（一）", "1.", "第一".
_NUMBERED = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十])"
)


def _headline_line(node: HtmlElement, line: str, paragraphs: list[str]) -> bool:
    """Tell whether the text's first line is its headline: centred, short, unnumbered, prose after it.

    Old templates and editors' pages print no heading element: the headline is the first
    paragraph of the text, ``<p align="center"><strong>标题</strong></p>``. Only an element
    holding that line alone counts (a centred cell around the whole text does not).
    """
    if len(line) > 60 or "。" in line or _NUMBERED.match(line):
        return False
    if not any(_sentence(p) for p in paragraphs[1:3]):
        return False
    squashed = _squash(line)
    for current in (node, *itertools.islice(node.iterancestors(), 3)):
        if _squash(current.text_content()) != squashed:
            break
        # Centred or named a title: a bold line alone may be the text's own section head ("<p><strong>一、…").
        if current.tag == "center" or _CENTRED.search(current.get("style") or "") or _titled(current):
            return True
        if (current.get("align") or "").lower() == "center":
            return True
    return False


def _titled(node: HtmlElement) -> bool:
    """Tell whether an element is a heading or is classed as a title (``<div class="article-title">``)."""
    return (
        node.tag in ("h1", "h2", "h3")
        or _TITLE_HINT.search(f"{node.get('class') or ''} {node.get('id') or ''}") is not None
        or _founder_title(node)
    )


def _whole_line(node: HtmlElement, text: str, ancestors: set[HtmlElement]) -> tuple[HtmlElement, str]:
    """Return the line an inline element is part of, when that line reads as a heading too.

    A headline may set a keyword apart (``<div class="bt">叙利亚<font color="red">政府军多地</font>
    发动攻势</div>``): the scan upwards from the text meets the keyword's element first, the
    headline is its whole line.
    """
    current = node
    while current.tag in _LINE_PARTS:
        parent = current.getparent()
        if parent is None or parent in ancestors:
            break
        line = _acceptable(parent)
        # Only a parent that adds words to the keyword's: one printing the same text is the same
        # line (whose own parent, an info cell, may hold its date).
        if not line or _squash(text) not in _squash(line) or _squash(line) == _squash(text):
            break
        current, text = parent, line
    return current, text


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

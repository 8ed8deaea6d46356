"""Choose the headline from the page header: the heading or metadata title that agrees with ``<title>``.

Chinese news templates put the headline in an ``<h1>`` (or a ``class="title"`` block) that
repeats the start of ``<title>``, with the 引题 and 副题 in headings just before and after it.
The site's name is cut from ``<title>`` before the two are compared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

from archive.chars import ZERO_WIDTH
from crawler.extract.dates import (
    parse_chinese_datetime,
)
from crawler.extract.header_texts import _HIDDEN, _hidden, element_text
from crawler.extract.people import script_folded
from crawler.extract.title_forms import (
    PAGE_WORD,
    RED_HEADER,
    SITE_NAME,
    SLOGAN,
    agreement_form,
    cut_prefix,
    extends_clause,
    extends_cut,
    type_link,
)
from crawler.extract.titles import names_only
from crawler.normalize.lines import join_lines

__all__ = ["account_name", "badge", "heading_text", "printed_as_account", "site_suffix_free", "widget"]

_TITLE_SEP = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|--|——|\s/\s|::|\s»\s)\s*")
_SITE_NAME = SITE_NAME
# "标题--每日甘肃网": some CMSs print two hyphens before the site's name.
# Also "·", "—" and "/" ("标题·山西新闻网", "标题—民生—X网", "标题 / 栏目 / X网"), only before a site's name:
# a headline may hold them ("“12·13”交通肇事逃逸案").
# Or its app's ("标题-X网客户端", "标题_X网手机版"): a share card names the app it was sent from.
_SITE_SUFFIX = re.compile(rf"\s*(?:--|::|[-_|｜·/»]|(?<!—)—(?!—))\s*{_SITE_NAME}(?:客户端|手机版|APP)?\s*$")
# The site's name before "·" or "»" ("山西新闻网·标题", "X网 » 栏目 » 标题").
_SITE_PREFIX = re.compile(rf"^\s*{_SITE_NAME}\s*[·»]\s*")
# A report's kind ends in 报 as a paper's name does, but names no site: "半场战报-…", "调研简报-…",
# "天气预报-…" open headlines (THUCNews, QBQTC <title>s), where the site-first cuts took them off.
# Only the kinds those titles showed, two characters at least before them: a longer list (通报, 公报,
# 年报, 汇报 ...) took papers' names for kinds (文汇报, 大公报, 中国青年报, 中国交通报) one by one.
_REPORT_KIND = re.compile(r"\S{2}(?:战|简|预)报\s*$")
_BRACKETED_SITE = re.compile(rf"\s*[【\[［]\s*{_SITE_NAME}\s*[】\]］]\s*")
# Also camelCase class names (2000s ASP/.NET templates): "ArticleTitle", "ArticleTitleText", "newsTitle",
# and an upper-case head before Headline (香港政府新聞公報's <span id="PRHeadline">).
_TITLE_HINT = re.compile(
    r"(?:^|[\s_-])(?:title|tit|biaoti|bt|headline|article-title|main-title)(?:$|[\s_-])"
    r"|(?-i:(?:^|[\s_-])[A-Za-z]*[a-z](?<![Ss]ub)(?:Title|Headline)(?:Text|Txt)?)(?:$|[\s_-])"
    r"|(?-i:[A-Z]Headline)(?:$|[\s_-])",
    re.I,
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def site_suffix_free(title: str) -> str:
    """Drop a trailing ``_栏目_网站`` or `` - Site`` part from a ``<title>`` text.

    Site names are matched in simplified script (``民視新聞網`` ends like 新闻网): the
    title is read folded and cut in its own script (the fold keeps offsets).
    """
    title = title.strip()
    # "【红网】标题": the site's name in brackets before the headline.
    bracketed = _BRACKETED_SITE.match(script_folded(title))
    if bracketed and bracketed.end() < len(title):
        title = title[bracketed.end() :]
    folded = script_folded(title)
    suffix = _SITE_SUFFIX.search(folded)
    stripped = folded[: suffix.start()] if suffix else folded
    if suffix:
        # "标题-本地-江城新闻网": a channel name may sit before the site's.
        channel = re.search(r"(?<=[\u4e00-\u9fff])\s*[-—/]\s*[\u4e00-\u9fff]{2,4}$", stripped)
        stripped = stripped[: channel.start()] if channel else stripped
    title, folded = title[: len(stripped)], stripped
    # "X网-栏目-标题" with bare hyphens, which a headline may hold too ("2-3居"): only a name before
    # the first one is cut.
    # "正文-标题-栏目-X网": a page's generic word before a bare hyphen opens no headline.
    worded = re.match(r"\s*([^-\s]{2,8})-+", folded)
    if worded and PAGE_WORD.fullmatch(worded.group(1)) and len(folded) - worded.end() >= 6:
        title, folded = title[worded.end() :], folded[worded.end() :]
    named = re.match(r"\s*([^-\s]{2,16})-+(?:[\u4e00-\u9fff]{2,4}-+)?", folded)
    if (
        named
        and names_only(named.group(1), short=False)
        and not _REPORT_KIND.search(named.group(1))
        and len(folded) - named.end() >= 6
    ):
        title, folded = title[named.end() :], folded[named.end() :]
    prefix = _SITE_PREFIX.match(folded)
    if prefix and _REPORT_KIND.search(prefix.group().rstrip("·» \t")):
        prefix = None
    if prefix and prefix.end() < len(folded):
        title, folded = title[prefix.end() :], folded[prefix.end() :]
    parts, folded_parts = _parts(title), _parts(folded)
    if len(parts) == len(folded_parts) and any(PAGE_WORD.fullmatch(p) for p in folded_parts):
        kept = [i for i, p in enumerate(folded_parts) if not PAGE_WORD.fullmatch(p)]
        parts, folded_parts = [parts[i] for i in kept], [folded_parts[i] for i in kept]
    if prefix and "»" in prefix.group() and len(parts) >= 2:
        return parts[-1]  # "X网 » 栏目 » 标题": a breadcrumb, whose last step is the headline
    if (
        len(parts) >= 2
        and re.fullmatch(_SITE_NAME, folded_parts[0])
        and len(parts[1]) > len(parts[0])
        and not re.fullmatch(SLOGAN, folded_parts[1])  # "X网_X日报社主办": a slogan, no headline
    ):
        return parts[1]  # "人民网--标题": the site's name first, the longer headline after it
    return _PAGE_NUMBER.sub("", parts[0]) if parts else title.strip()


# Page 2 of a paged article: "标题(第2页)", "标题（第2页）" in <title> (the "_第2页_" part is one of its own).
_PAGE_NUMBER = re.compile(r"\s*[(（]\s*第\s*\d{1,3}\s*页\s*[)）]\s*$")


def _parts(title: str) -> list[str]:
    return [p for p in _TITLE_SEP.split(title.strip()) if p]


def _squash(text: str) -> str:
    return "".join(text.split())  # what re.sub(r"\s+", "", text) gives, without the regex


# Page widgets a template prints inside the headline's element: buttons (打印, 关闭, 分享, 收藏), the
# type size (字号：大 中 小), a hit counter (点击：123).
_WIDGET = re.compile(
    r"(?:[【\[［(（]?(?:打印(?:本页|此文)?|关闭(?:窗口|本页)?|分享(?:到)?|收藏(?:本文)?|返回(?:顶部)?|纠错)"
    r"[】\]］)）]?[|｜/:：]?)+"
    r"|字号[:：]?[大中小]{0,3}|[大中小]{3}"
    r"|(?:点击|浏览|阅读|评论)(?:数|量|次数)?[:：]?\d+次?"
    r"|\d+(?:\.\d+)?[万亿]?人(?:观看|看过|在看|围观|参与)"  # a live page's viewer count
    # A video page's counts: "弹幕 6874", "564万播放", "播放 1.2万".
    r"|(?:弹幕|播放(?:量|数)?)[:：]?\d+(?:\.\d+)?[万亿]?|\d+(?:\.\d+)?[万亿]?(?:次)?(?:播放|弹幕)"
)
# A badge's class: "icon-q", "ico_wen", "tag", "label label-red", "flag-new".
# A live page's status badge too ("<span class="status">直播中</span>").
_BADGE = re.compile(r"ico|tag|badge|label|flag|status", re.I)
# A badge's words: one to four Chinese characters (问, 原创, 独家, 快讯, 置顶) or a Latin tag (NEW, HOT),
# bracketed on some templates ("[原创]").
_BADGE_WORD = re.compile(r"[【\[［(（]?(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,5})[】\]］)）]?")


def widget(node: HtmlElement) -> bool:
    """Tell whether an element inside a heading is a page widget (打印, 分享, 点击：123), not its words."""
    return _WIDGET.fullmatch(_squash(node.text_content())) is not None


def badge(node: HtmlElement, index: int) -> bool:
    """Tell whether a heading's first or last child is a badge (``<i class="icon-q">问</i>``, ``原创``).

    A 网络问政 page prints 问 before the question's subject, a list 荐 or 热 before a headline, a
    portal 原创, 独家, 快讯 or NEW before or after it: an icon, not a word of the headline. A badge is
    a classed icon/tag/label/badge element holding a short word, at the heading's edge, or an ``<i>``
    of one character before the headline: a word in italics (``苹果发布新款<i>iPad</i>``) is the
    headline's own.
    """
    parent = node.getparent()
    if parent is None:
        return False
    text = _squash(node.text_content())
    hint = f"{node.get('class') or ''} {node.get('id') or ''}"
    whole = _squash(parent.text_content())
    first = index == 0 and not (parent.text or "").strip()
    last = index == len(parent) - 1 and not (node.tail or "").strip()
    if _BADGE.search(hint) is None:  # an unclassed <i>: the 问 icon, not a word set in italics
        return (
            node.tag == "i"
            and first
            and len(whole) > 1
            and re.fullmatch(r"[\u4e00-\u9fff]", text) is not None
        )
    return (first or last) and len(whole) > len(text) + 1 and _BADGE_WORD.fullmatch(text) is not None


# A deck printed inside the headline's element: "<h1>主题<small>副题</small></h1>", "<span class="subtitle">".
_DECK_CLASS = re.compile(r"(?:^|[\s_-])(?:sub|subtitle|sub-title|subhead|fu|futi|deck)(?:$|[\s_-])", re.I)
_NO_WIDTH = {ord(ch): None for ch in ZERO_WIDTH}


def _inner_deck(child: HtmlElement, index: int, parent: HtmlElement) -> bool:
    """Tell whether a heading's last child is its 副题: a ``<small>`` or a sub/subtitle-classed element
    after the headline."""
    if index != len(parent) - 1 or (child.tail or "").strip() or len((parent.text or "").strip()) < 4:
        return False
    hint = f"{child.get('class') or ''} {child.get('id') or ''}"
    return child.tag == "small" or _DECK_CLASS.search(hint) is not None


def heading_text(node: HtmlElement, *, dates: bool = False) -> str:
    """Return a heading's text without a child element that carries a date, a widget or a badge.

    Nor one no reader sees (an anti-scraping ``<span style="display:none">x7kq</span>`` inside the
    headline), nor a 副题 printed inside it (``<h1>主题<small>副题</small></h1>``); zero-width
    characters go.

    PHPCMS prints the info line inside the headline's element
    (``<h1>标题<br /><span>2013-04-10 09:25:31 来源：本站 点击：</span></h1>``):
    the headline is the text around that child, not the whole element. Other templates
    put their buttons there (``<h1>标题<span><a>打印</a> <a>关闭</a></span></h1>``). With
    ``dates`` a dated child is kept (a line read for its labels and dates).
    """
    parts = [node.text or ""]
    for index, child in enumerate(node):
        # A forum's thread-type link before the subject ("<a href=…typeid=5>[原创]</a> 标题") is the
        # board's category, not the poster's words.
        leading = index == 0 and not (node.text or "").strip() and child.tag == "a"
        followed = bool((child.tail or "").strip()) or len(node) > 1
        if leading and followed and type_link(child.text_content(), child.get("href", "")):
            parts.append(child.tail or "")
            continue
        if isinstance(child.tag, str) and (widget(child) or badge(child, index)):
            parts.append(child.tail or "")
            continue
        if isinstance(child.tag, str) and (
            _HIDDEN.search(child.get("style") or "") or _inner_deck(child, index, node)
        ):
            parts.append(child.tail or "")
            continue
        if isinstance(child.tag, str) and (dates or parse_chinese_datetime(element_text(child)) is None):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _whole_from_attribute(node, " ".join("".join(parts).translate(_NO_WIDTH).split()))


# What a server's cut of a long heading ends with.
_CUT_MARK = re.compile(r"\s*(?:…+|\.{3,}|。{3,})$")


def _whole_from_attribute(node: HtmlElement, text: str) -> str:
    """Return the whole headline a cut heading's ``title`` attribute holds, else ``text``.

    Video and forum templates cut a long heading to their box (``<h3 class="core_title_txt"
    title="整条标题">整条标题前半...</h3>``, ``<div class="video-title" title="…">前半…</div>``): the
    attribute, which the cut text starts, is what the page prints as the headline.
    """
    cut = _CUT_MARK.search(text)
    whole = " ".join((node.get("title") or "").split())
    if cut is None or not whole:
        return text
    kept = _squash(text[: cut.start()])
    longer = _squash(whole).startswith(kept) and len(_squash(whole)) > len(kept)
    return whole if len(kept) >= 4 and longer else text


# Classes that hide an element from readers (Bootstrap's sr-only, WordPress's screen-reader-text).
_HIDING_CLASS = frozenset({"hide", "hidden", "sr-only", "visually-hidden", "screen-reader-text"})


def _unseen(node: HtmlElement) -> bool:
    """Tell whether a heading is hidden from readers: styled or classed invisible, or inside such a block."""
    if _hidden(node):
        return True
    current: HtmlElement | None = node
    while current is not None:
        if _HIDING_CLASS & set((current.get("class") or "").lower().split()):
            return True
        current = current.getparent()
    return False


# A follow button: "+关注", "订阅", "关注TA". Not a site's "关注我们" (follow us): its own social link,
# which a site may print beside an article's headline too.
_FOLLOW = re.compile(r"[+＋]?\s*(?:加)?(?:关注|订阅)(?:TA)?")


def account_name(node: HtmlElement) -> bool:
    """Tell whether a heading is an account's or room's name: a follow button (``+关注``) stands next to it.

    Self-media and live-stream pages print the channel's name in an ``<h1>`` beside its follow button
    (``<h1>X网融媒直播间</h1><span>+关注</span>``), the article's or event's headline elsewhere.
    """
    sibling = node.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling is not None and _FOLLOW.fullmatch(_squash(sibling.text_content())) is not None


def printed_as_account(tree: HtmlElement, title: str) -> bool:
    """Tell whether ``title`` is printed on the page as an account's or room's name (:func:`account_name`)."""
    squashed = _squash(title)
    return bool(squashed) and any(
        account_name(node) and _squash(node.text_content()) == squashed
        for node in tree.iter("h1", "h2", "h3")
    )


def _candidates(tree: HtmlElement) -> Iterable[HtmlElement]:
    yield from tree.iter("h1")
    yield from tree.iter("h2")
    for node in tree.iter("h3", "div", "p", "span", "td", "strong"):
        # schema.org microdata names the headline too: <span itemprop="headline">.
        hint = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('itemprop') or ''}"
        if _TITLE_HINT.search(hint):
            yield node


def _choose_title(tree: HtmlElement, title_tag: str, og_title: str) -> tuple[str, HtmlElement | None, str]:
    """Pick the headline: the longest heading that ``<title>`` (or og:title) starts with.

    Also says where it came from ("heading", "og", "h1", "title", or "" for
    none): a title read from ``<title>`` alone may be the site's name.
    """
    copies = [t for t in (title_tag, og_title) if t]
    # Compared in the agreement form (spaces dropped, widths folded): a CMS folds its copy's
    # punctuation ("，" to ","), the heading keeps the printed one.
    references = [agreement_form(t) for t in copies]
    # A copy cut with an ellipsis ("标题前半..."): a heading it starts is the whole headline.
    cuts = [kept for t in copies if (kept := cut_prefix(t))]
    # "北方网-县区动态-标题": a <title> that opens with the site's name ends with the headline.
    site_first = {agreement_form(t) for t in copies if _opens_with_site(t)}
    # The copies' headline parts, which may be the CMS's short title: the printed headline goes on past
    # it. Not a site's name (the paper's name before its dateline is no short title).
    clauses = [
        kept
        for t in copies
        if len(kept := agreement_form(site_suffix_free(t))) >= 4 and not names_only(t, short=False)
    ]
    # Copies holding names only (the site's, its slogan's): the same on every page of the site.
    named = [agreement_form(t) for t in copies if names_only(t)]

    def suffix_part(squashed: str) -> bool:
        """Tell whether a heading is the shorter part of <title> after a separator: the site's name (a logo).

        "标题_江城新闻网" with ``<h1>江城新闻网</h1>``; not "明日股市预测--<long headline>".
        """
        return any(
            ref.endswith(squashed)
            and len(squashed) < len(ref) - len(squashed)
            and ref[: -len(squashed)][-1:] in "_|｜-—–"
            and ref not in site_first
            for ref in references
        )

    best: tuple[int, str, HtmlElement | None] = (0, "", None)
    extended: tuple[int, str, HtmlElement | None] = (0, "", None)
    first_h1: tuple[str, HtmlElement | None] = ("", None)
    links: Counter[str] | None = None
    for node in _candidates(tree):
        if _unseen(node) or account_name(node):
            continue  # an SEO <h1> no reader sees ("<h1 style="display:none">网站名</h1>"), a channel's name
        if _continues_line(node):
            continue  # the second line of a broken headline: read with its first
        text = join_lines([heading_text(node), *(heading_text(line) for line in _lines_after(node))])
        if not 2 <= len(text) <= 120:
            continue
        squashed = agreement_form(text)
        if suffix_part(squashed) or PAGE_WORD.fullmatch(squashed) or RED_HEADER.fullmatch(squashed):
            continue  # nor a box's caption ("<h1>信息内容</h1>") or a document's red header
        if names_only(text, short=False) and any(squashed in ref for ref in named):
            continue  # "<h1>江城新闻网</h1>" under "<title>欢迎访问江城新闻网": the logo, not a headline
        if node.tag == "h1" and len(squashed) <= 6:
            # "<h1>财经</h1>" over the headline: a column's name, which the menu or breadcrumb links too.
            links = _link_texts(tree) if links is None else links
            if links[squashed] > sum(agreement_form(a.text_content()) == squashed for a in node.iter("a")):
                continue
        if node.tag == "h1" and not first_h1[0] and not _SECTION_NUMBER.match(text):
            first_h1 = (text, node)  # not a section head an editor styled as <h1> ("一、…" in the text)
        score = max((3 * len(squashed) for kept in cuts if extends_cut(text, kept)), default=0)
        for ref in references:
            # A heading that is <title> minus its site suffix is the headline;
            # one equal to the whole <title> is often a hidden share widget.
            if ref == squashed:
                score = max(score, len(squashed) + 1)
            elif ref.startswith(squashed):
                score = max(score, 3 * len(squashed))
            elif squashed in ref:
                score = max(score, 2 * len(squashed))
        if score > best[0]:
            best = (score, text, node)
        longest = max((len(kept) for kept in clauses if extends_clause(text, kept)), default=0)
        if longest > extended[0] and not _INFO_WORD.search(text):
            extended = (longest, text, node)
    if best[1] and len(best[1]) >= 4:
        return best[1], best[2], "heading"
    if extended[1]:
        # No heading agrees with a copy, one goes on past it: the copy is the CMS's short title.
        return extended[1], extended[2], "heading"
    if cuts and (whole := _printed_extension(tree, cuts)) is not None:
        return element_text(whole), whole, "heading"
    if clauses and (whole := _printed_extension(tree, clauses, _extends_short_title)) is not None:
        return element_text(whole), whole, "heading"  # a short title's whole headline, in any tag
    if (printed := _printed_untagged(tree, copies)) is not None:
        return element_text(printed), printed, "heading"
    if og_title:
        return site_suffix_free(og_title), None, "og"
    part = site_suffix_free(title_tag)
    if (printed := _printed_headline(tree, title_tag, part)) is not None:
        return part, printed, "heading"
    extra = len(_squash(first_h1[0])) - len(_squash(part))
    if len(part) >= 6 and _squash(part) in _squash(first_h1[0]) and extra <= 4:
        # "<h1><span>原创</span>标题</h1>" under "<title>标题_网站": a badge is no part of the headline.
        return part, first_h1[1], "heading"
    if first_h1[0]:
        return first_h1[0], first_h1[1], "h1"
    return site_suffix_free(title_tag), None, "title" if title_tag else ""


def _alike_line(node: HtmlElement, other: HtmlElement | None) -> bool:
    """Tell whether ``other`` is a line of a headline broken over headings of ``node``'s tag and class."""
    return (
        other is not None
        and other.tag == node.tag
        and node.tag in _HEADINGS
        and other.get("class") == node.get("class")
        and not (other.tail or "").strip()
        and 2 <= len(heading_text(other)) <= 40
        and not heading_text(other).endswith("。")
    )


def _lines_after(node: HtmlElement) -> list[HtmlElement]:
    """Return the next lines of a headline broken over headings of one tag and class.

    ``<h1 class="tit">上半</h1><h1 class="tit">下半</h1>``: up to two, none when ``node`` is no such line.
    """
    lines: list[HtmlElement] = []
    current = node
    while len(lines) < 2 and _alike_line(node, nxt := current.getnext()) and nxt is not None:
        lines.append(nxt)
        current = nxt
    if lines and (not 2 <= len(heading_text(node)) <= 40 or (node.tail or "").strip()):
        return []
    return lines


def _continues_line(node: HtmlElement) -> bool:
    """Tell whether a heading is a later line of a broken headline (one :func:`_lines_after` reads)."""
    previous = node.getprevious()
    return previous is not None and _alike_line(node, previous) and node in _lines_after(previous)


# A section's number: "一、", "（二）" (a text's own heads, pasted from a word processor's 标题1 style).
_SECTION_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")

# A date or a label: a block holding the headline and its info line, which a short title also starts.
_INFO_WORD = re.compile(r"(?:19|20)\d{2}\s*[-/.年]|\d{1,2}\s*[:：]\s*\d{2}|来源|发布|作者|时间|日期")


# Tags a headline is printed in on pages with no heading element: 2000s table layouts and forums.
_PRINTED_TAGS = ("b", "strong", "font", "span", "td", "th", "div", "p", "h3", "h4", "h5", "h6", "center")


def _printed_headline(tree: HtmlElement, title_tag: str, part: str) -> HtmlElement | None:
    """Return the element printing ``<title>``'s headline part whole, in a tag no heading rule expects.

    Table portals print ``<td><b>标题</b></td>`` under ``<title>标题_新闻中心</title>``: the
    element whose whole text is the part of ``<title>`` left once its site suffix is cut is the
    page's headline (a text line such as ``原标题：…`` is not). Only when a suffix was cut: a
    ``<title>`` with none may be the site's name, which its logo prints whole too.
    """
    squashed = _squash(part)
    if (
        squashed == _squash(title_tag)
        or len(squashed) < 6
        or not re.search(r"[\u4e00-\u9fff]{4}", squashed)
        or names_only(squashed, short=False)  # a site's or its app's name ("X网客户端——口号")
    ):
        return None
    for node in tree.iter(*_PRINTED_TAGS):
        if node.find(".//a") is not None or any(a.tag == "a" for a in node.iterancestors()):
            continue
        if _squash(node.text_content()) == squashed and not account_name(node):
            return node
    return None


# A share card's tag before the headline: a column's or a kind's ("【独家】", "[视频]", "#热点#"), or a
# word and its mark ("快讯！", "视频｜", "重磅丨", "直击：").
_SHARE_TAG = re.compile(
    r"^\s*(?:[【\[［][^】\]］]{1,8}[】\]］]|#[^#\s]{1,10}#|[\u4e00-\u9fff]{2,4}\s*[！!｜丨|:：])\s*"
)


def _printed_untagged(tree: HtmlElement, copies: list[str]) -> HtmlElement | None:
    """Return the element printing a copy's headline without the share tag the copy puts before it.

    ``og:title`` reads ``【独家】标题-X网客户端`` (or ``快讯！标题``) over a headline printed in a tag no
    heading rule expects (``<p class="atitle">标题</p>``): the element whose whole text is the copy
    without its tag and site suffix is the headline, the tag a share card's label.
    """
    for copy in copies:
        tag = _SHARE_TAG.match(copy)
        core = agreement_form(site_suffix_free(copy[tag.end() :])) if tag else ""
        if len(core) < 6 or names_only(core, short=False):
            continue
        for node in tree.iter("h1", "h2", *_PRINTED_TAGS):
            if node.find(".//a") is not None or any(a.tag == "a" for a in node.iterancestors()):
                continue
            if agreement_form(element_text(node)) == core and not _unseen(node):
                return node
    return None


def _link_texts(tree: HtmlElement) -> Counter[str]:
    """Count the page's links by their text (agreement form)."""
    return Counter(agreement_form(a.text_content()) for a in tree.iter("a"))


def _printed_extension(
    tree: HtmlElement, cuts: list[str], extends: Callable[[str, str], bool] = extends_cut
) -> HtmlElement | None:
    """Return the element printing the whole headline a cut copy starts (``标题前半...``), in any tag.

    The shortest such text: the headline's own element, not a block that opens with it.
    ``extends`` tells a whole headline of a kept start (a cut copy's, or a short title's).
    """
    found: tuple[int, HtmlElement | None] = (81, None)
    for node in tree.iter("h1", "h2", *_PRINTED_TAGS):
        if node.find(".//a") is not None or any(a.tag == "a" for a in node.iterancestors()):
            continue
        text = element_text(node)
        if len(text) < found[0] and any(extends(text, kept) for kept in cuts):
            found = (len(text), node)
    return found[1]


def _extends_short_title(text: str, kept: str) -> bool:
    """Tell whether a printed line is the whole headline of the short title ``kept``, not an info line."""
    return extends_clause(text, kept) and not _INFO_WORD.search(text)


def _opens_with_site(title: str) -> bool:
    """Tell whether a ``<title>`` names the site first (``人民网--标题``, ``北方网-县区动态-标题``)."""
    parts = [p for p in re.split(r"\s*(?:[_|｜–]|-+|—+)\s*", script_folded(title).strip()) if p]
    return len(parts) >= 2 and re.fullmatch(_SITE_NAME, parts[0]) is not None


def _heading_sibling(node: HtmlElement | None, forward: bool, title: str) -> str:
    if node is None:
        return ""
    sibling = node.getnext() if forward else node.getprevious()
    if sibling is None or not isinstance(sibling.tag, str) or sibling.tag not in _HEADINGS - {"h1"}:
        return ""
    text = element_text(sibling)
    return text if 2 <= len(text) <= 80 and text != title else ""


def _hinted(tree: HtmlElement, hint: re.Pattern[str], title: str) -> str:
    for node in tree.iter("h2", "h3", "h4", "div", "p", "span", "founder-subtitle", "founder-introtitle"):
        if hint.search((node.get("class") or "") + " " + (node.get("id") or "")):
            text = element_text(node)
            if 2 <= len(text) <= 80 and text != title:
                return text
    return ""

"""Read page-level metadata from a parsed page: title, 引题/副题, date, bylines, canonical URL.

Chinese news templates put the headline in an ``<h1>`` (or a ``class="title"``
block) that repeats the start of ``<title>``, the 引题 and 副题 in headings just
before and after it, and the date, 来源 and 作者 in a short info line near it.
So the headline is chosen by agreement with ``<title>``, and dates and bylines
are read from the *header zone* around it before anything else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from archive.config import DEFAULT_TIMEZONE
from crawler.extract.dates import (
    badge_day,
    day_right_under,
    find_date_in_text,
    full_year,
    labelled_date,
    parse_chinese_datetime,
    reads_relative,
    reads_yearless,
    roc_date,
)
from crawler.extract.page_furniture import days_written, furniture_free, quoted
from crawler.extract.people import script_folded
from crawler.extract.structured import linked_data, structured_date
from crawler.extract.taiwan import taiwanese_page, traditional_text
from crawler.extract.title_forms import (
    SITE_NAME,
    agreement_form,
    cut_prefix,
    extends_cut,
    metadata_unescaped,
    type_link,
)

__all__ = [
    "PageMeta",
    "badge_date",
    "element_text",
    "fallback_date",
    "read_meta",
    "site_suffix_free",
    "url_date",
    "url_month",
]

_TITLE_SEP = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|--|——)\s*")
_SITE_NAME = SITE_NAME
_SITE_SUFFIX = re.compile(rf"\s*[-_|｜]\s*{_SITE_NAME}\s*$")
_BRACKETED_SITE = re.compile(rf"\s*[【\[［]\s*{_SITE_NAME}\s*[】\]］]\s*")
# Also camelCase class names (2000s ASP/.NET templates): "ArticleTitle", "ArticleTitleText", "newsTitle",
# and an upper-case head before Headline (香港政府新聞公報's <span id="PRHeadline">).
_TITLE_HINT = re.compile(
    r"(?:^|[\s_-])(?:title|tit|biaoti|bt|headline|article-title|main-title)(?:$|[\s_-])"
    r"|(?-i:(?:^|[\s_-])[A-Za-z]*[a-z](?<![Ss]ub)(?:Title|Headline)(?:Text|Txt)?)(?:$|[\s_-])"
    r"|(?-i:[A-Z]Headline)(?:$|[\s_-])",
    re.I,
)
_LEAD_HINT = re.compile(
    r"yinti|introtitle|intro-title|pretitle|pre-title|leadtitle|lead-title|shoulder|kicker", re.I
)
_SUB_HINT = re.compile(r"futi|fubiaoti|subtitle|sub-title|sub_title|subhead", re.I)
_BYLINE_HINT = re.compile(
    r"(?:^|[\s_-])(?:author|authors|author-name|authorname|byline|writer|postauthor|authi|zuozhe)(?:$|[\s_-])",
    re.I,
)
_DATE_HINT = re.compile(r"time|date|pub|info|source|laiyuan|byline", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:/|_|\D)")
# Government site software: Hanweb/JCMS "/art/2019/3/5/art_46144_8253645.html" (no zero padding)
# and TRS WCM "/201903/t20190305_16683526.htm" (the day after a "t", before the document id).
_URL_DATES = (
    _URL_DATE,
    re.compile(r"/art/((?:19|20)\d{2})/(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/art_"),
    re.compile(r"/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+"),
    # Unpadded year/month/day folders ("/2014/3/5/", "/2014-3-5/") and a file named by its
    # timestamp ("/20140305123456.html").
    re.compile(r"/((?:19|20)\d{2})[/-](1[0-2]|0?[1-9])[/-](3[01]|[12]\d|0?[1-9])/"),
    re.compile(
        r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
        r"\.(?:s?html?|asp|aspx|php|jsp)\b"
    ),
    # NetEase (163.com) files by two-digit year, month-day and hour: "/12/0305/10/7RT4K2AB00014JB5.html".
    re.compile(r"/(\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/(?:[01]\d|2[0-3])/[0-9A-Za-z]{6,}\.html\b"),
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass
class PageMeta:
    """What the page header says, before the body is looked at."""

    title: str = ""
    lead_title: str = ""
    subtitle: str = ""
    published_at: datetime | None = None
    canonical_url: str = ""
    header_text: str = ""
    meta_author: str = ""
    og_type: str = ""
    title_tag: str = ""
    title_source: str = ""
    title_is_link: bool = False
    title_element: str = ""  # the tag the headline was read from ("h1", "div", ...), "" for none
    date_source: str = ""
    byline_texts: list[str] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)  # rel="author" and /author/ archive links
    ld_persons: tuple[str, ...] = ()  # JSON-LD authors typed Person
    # Whether the page is Taiwan's (its bare two-digit years are ROC ones): asked only of a page
    # that prints an ROC-shaped day, once (:class:`TaiwanCheck`).
    taiwan: Callable[[], bool] = field(default=lambda: False)

    @property
    def taiwanese(self) -> bool:
        """Tell whether the page is Taiwan's (asks :attr:`taiwan`, which answers once)."""
        return self.taiwan()


def element_text(node: HtmlElement) -> str:
    """Return an element's text with whitespace collapsed (as one run: for headings)."""
    return " ".join(node.text_content().split())


def _spaced_text(node: HtmlElement) -> str:
    """Return text with a space between text nodes, so that blocks do not run together."""
    return " ".join(" ".join(node.itertext()).split())


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
        channel = re.search(r"(?<=[\u4e00-\u9fff])-[\u4e00-\u9fff]{2,4}$", stripped)
        stripped = stripped[: channel.start()] if channel else stripped
    title, folded = title[: len(stripped)], stripped
    parts, folded_parts = _parts(title), _parts(folded)
    if len(parts) >= 2 and re.fullmatch(_SITE_NAME, folded_parts[0]) and len(parts[1]) > len(parts[0]):
        return parts[1]  # "人民网--标题": the site's name first, the longer headline after it
    return parts[0] if parts else title.strip()


def _parts(title: str) -> list[str]:
    return [p for p in _TITLE_SEP.split(title.strip()) if p]


def _squash(text: str) -> str:
    return "".join(text.split())  # what re.sub(r"\s+", "", text) gives, without the regex


def _meta_map(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = node.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


def heading_text(node: HtmlElement) -> str:
    """Return a heading's text without a child element that carries a date.

    PHPCMS prints the info line inside the headline's element
    (``<h1>标题<br /><span>2013-04-10 09:25:31 来源：本站 点击：</span></h1>``):
    the headline is the text around that child, not the whole element.
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
        if isinstance(child.tag, str) and parse_chinese_datetime(element_text(child)) is None:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _candidates(tree: HtmlElement) -> Iterable[HtmlElement]:
    yield from tree.iter("h1")
    yield from tree.iter("h2")
    for node in tree.iter("h3", "div", "p", "span", "td", "strong"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "")
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
    first_h1: tuple[str, HtmlElement | None] = ("", None)
    links: Counter[str] | None = None
    for node in _candidates(tree):
        text = heading_text(node)
        if not 2 <= len(text) <= 120:
            continue
        squashed = agreement_form(text)
        if suffix_part(squashed):
            continue
        if node.tag == "h1" and len(squashed) <= 6:
            # "<h1>财经</h1>" over the headline: a column's name, which the menu or breadcrumb links too.
            links = _link_texts(tree) if links is None else links
            if links[squashed] > sum(agreement_form(a.text_content()) == squashed for a in node.iter("a")):
                continue
        if node.tag == "h1" and not first_h1[0]:
            first_h1 = (text, node)
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
    if best[1] and len(best[1]) >= 4:
        return best[1], best[2], "heading"
    if cuts and (whole := _printed_extension(tree, cuts)) is not None:
        return element_text(whole), whole, "heading"
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
        or re.fullmatch(_SITE_NAME, script_folded(squashed))
    ):
        return None
    for node in tree.iter(*_PRINTED_TAGS):
        if node.find(".//a") is not None or any(a.tag == "a" for a in node.iterancestors()):
            continue
        if _squash(node.text_content()) == squashed:
            return node
    return None


def _link_texts(tree: HtmlElement) -> Counter[str]:
    """Count the page's links by their text (agreement form)."""
    return Counter(agreement_form(a.text_content()) for a in tree.iter("a"))


def _printed_extension(tree: HtmlElement, cuts: list[str]) -> HtmlElement | None:
    """Return the element printing the whole headline a cut copy starts (``标题前半...``), in any tag.

    The shortest such text: the headline's own element, not a block that opens with it.
    """
    found: tuple[int, HtmlElement | None] = (81, None)
    for node in tree.iter("h1", "h2", *_PRINTED_TAGS):
        if node.find(".//a") is not None or any(a.tag == "a" for a in node.iterancestors()):
            continue
        text = element_text(node)
        if len(text) < found[0] and any(extends_cut(text, kept) for kept in cuts):
            found = (len(text), node)
    return found[1]


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


_UNSHOWN = ("script", "style", "noscript", "template")


def shown_text(node: HtmlElement) -> str:
    """Return the text a reader sees in ``node``, a space between blocks: no script, style or comment.

    A short page's header zone climbs to ``<html>``: a script's ``var serverTime = "…"`` (the
    serving clock) is no date line.
    """
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        if isinstance(element.tag, str) and element.tag not in _UNSHOWN:
            parts.append(element.text or "")
            for child in element:
                walk(child)
        parts.append((element.tail or "") if element is not node else "")

    walk(node)
    return " ".join(" ".join(parts).split())


def _header_zone(node: HtmlElement | None, limit: int = 1500) -> str:
    """Text around the headline: climb from it while the ancestor stays short."""
    if node is None:
        return ""
    best = shown_text(node)
    current = node.getparent()
    for _ in range(3):
        if current is None:
            break
        text = shown_text(current)
        if len(text) > limit:
            break
        best = text
        current = current.getparent()
    # The info line is often the next sibling block of the headline's container.
    following = node.getnext()
    extra: list[str] = []
    while following is not None and len(extra) < 4:
        if isinstance(following.tag, str):
            extra.append(shown_text(following)[:300])
        following = following.getnext()
    return best + " " + " ".join(extra)


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(node: HtmlElement) -> bool:
    """Tell whether an element or one of its ancestors is styled invisible.

    China News prints a hidden block for Baidu's spider, ``<span id="author_baidu">作者：陈海峰</span>``,
    whose 作者 is the web editor the CMS filled in: no reader sees it as the byline.
    """
    current: HtmlElement | None = node
    while current is not None:
        if _HIDDEN.search(current.get("style") or "") or current.get("hidden") is not None:
            return True
        current = current.getparent()
    return False


def hidden_texts(tree: HtmlElement, limit: int = 200) -> list[str]:
    """Return the short texts printed only inside elements styled invisible (see :func:`_hidden`).

    Credits are read from the text around the headline, which lxml gives
    with hidden blocks in it; these texts are taken out of it again. A text
    also printed visibly elsewhere on the page is kept (``来源于：东区办事处``
    shown once, hidden once), and long hidden elements (a whole article shown
    by script) are left alone.
    """
    hidden: dict[str, int] = {}
    # XPath hands over only the styled elements: a Python proxy for every element cost more.
    for node in tree.xpath("descendant-or-self::*[@style]"):
        if not _HIDDEN.search(node.get("style") or ""):
            continue
        if len(node.text_content()) > limit:
            continue
        for piece in node.itertext():
            if len(piece.strip()) >= 2:
                hidden[piece.strip()] = hidden.get(piece.strip(), 0) + 1
    if not hidden:
        return []
    everything = tree.text_content()
    only = [text for text, count in hidden.items() if everything.count(text) <= count]
    return sorted(only, key=len, reverse=True)


def _wechat_writer(node: HtmlElement) -> bool:
    """Tell whether a node is a WeChat article's writer: ``原创 <span class="rich_media_meta_text">X</span>``.

    Its meta line prints the writer in a ``rich_media_meta_text`` span beside the
    account (``rich_media_meta_nickname``); the day shares the class, in ``#publish_time``.
    """
    classes = (node.get("class") or "").split()
    return "rich_media_meta_text" in classes and node.get("id") != "publish_time" and node.tag == "span"


def _byline_texts(tree: HtmlElement, limit: int = 3) -> list[str]:
    """Return the texts of the first elements whose class or id says "author" (a forum's postauthor)."""
    found: list[str] = []
    for node in tree.iter("span", "div", "a", "p", "td", "cite", "em", "strong", "b", "i", "font", "li"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "")
        if not (_BYLINE_HINT.search(hint) or _wechat_writer(node)) or _hidden(node):
            continue
        # The name is the element's first text, not its whole content (a forum profile follows it).
        first = next((t.strip() for t in node.itertext() if t.strip()), "")
        if first:
            found.append(first)
        if len(found) >= limit:
            break
    return found


# Blog software links the post's author to the author's archive: WordPress /author/<slug>/,
# Typecho /author/<id>/, ?author=<id>; HTML's rel="author" says the same.
_AUTHOR_HREF = re.compile(r"/author/[^/?#]+/?$|[?&]author=[^&#]+$", re.I)


def _author_links(tree: HtmlElement, limit: int = 3) -> list[str]:
    """Return the texts of the first links that mark a post's author (``rel="author"``, an author archive)."""
    found: list[str] = []
    for node in tree.iter("a"):
        rel = (node.get("rel") or "").lower().split()
        if ("author" not in rel and not _AUTHOR_HREF.search(node.get("href") or "")) or _hidden(node):
            continue
        if text := " ".join(node.text_content().split()):
            found.append(text)
        if len(found) >= limit:
            break
    return found


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


def _hinted_dates(tree: HtmlElement, tz: str, taiwan: Callable[[], bool]) -> datetime | None:
    for node in tree.iter("span", "div", "p", "time", "em", "i", "font", "td", "li"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "")
        if node.tag == "time" or _DATE_HINT.search(hint):
            value = node.get("datetime") or element_text(node)[:200]
            found = find_date_in_text(value, tz) or roc_date(value, tz)
            if found is None and roc_date(value, tz, roc=True) is not None:
                # "<span class='date'>97年12月24日</span>　點閱次數": a two-digit ROC year, read so
                # where its line (the parent's text) or the page is Taiwanese.
                parent = node.getparent()
                line = element_text(parent)[:200] if parent is not None else ""
                if traditional_text(line) or taiwan():
                    found = roc_date(value, tz, roc=True)
            if found is not None:
                return found
    return None


_BADGE_HINT = re.compile(r"time|date|riqi|(?:^|[\s_-])rq(?:$|[\s_-])", re.I)


def badge_date(tree: HtmlElement, tz: str) -> datetime | None:
    """Return the day of the first calendar badge on the page: a date element printing day and month apart.

    Blog themes and school or government sites print the article's day as
    ``<div class="date"><span>07</span><span>2015-07</span></div>`` beside the headline; no text
    search reads "07 2015-07" as one day. Not in a list, a link or a quoted post (another item's).
    """
    for node in tree.iter("div", "span", "p", "time"):
        if not _BADGE_HINT.search((node.get("class") or "") + " " + (node.get("id") or "")):
            continue
        if len(node) < 2 or any(a.tag in ("li", "a") for a in node.iterancestors()) or quoted(node):
            continue
        found = badge_day(_spaced_text(node)[:40], tz)
        if found is not None:
            return found
    return None


def titled_relative_date(tree: HtmlElement, tz: str) -> datetime | None:
    """Return the exact time an element shows as a relative or yearless one in its ``title`` (the first).

    Discuz! prints recent posts as ``<span title="2015-3-12 10:21">前天&nbsp;10:21</span>``
    (``3 天前``): without the capture time the words cannot be read, the title can.
    The first such element is the thread's own post header; replies come after it.
    Weibo prints ``<a title="2020-10-20 03:58">10月20日 03:58</a>``: the title holds the year.
    A forwarded original's or a quoted reply's is that post's, not the page's.
    """
    for node in tree.iter("span", "em", "time", "abbr", "a", "font"):
        title = node.get("title") or ""
        shown = element_text(node) if title else ""
        if title and (reads_relative(shown) or reads_yearless(shown)) and not quoted(node):
            found = parse_chinese_datetime(title, tz)
            if found is not None:
                return found
    return None


def fallback_date(tree: HtmlElement, tz: str, taiwan: Callable[[], bool] | None = None) -> datetime | None:
    """Ask htmldate (day precision, robust) and keep our hinted date when it agrees (has the time).

    A day the page writes only in its furniture (link lists, navigation, footers,
    comments) is not the article's: on a page that prints no date of its own a
    related list's day is no answer, and no date is better than a wrong one. The
    page is then asked again without its furniture.
    """
    taiwan = taiwan or TaiwanCheck(tree, "")
    found = _fallback_date(tree, tz, taiwan)
    if found is None:
        return None
    clean = furniture_free(tree)
    if clean is tree or found.date() in days_written(clean):
        return found
    return _fallback_date(clean, tz, taiwan)


def _fallback_date(tree: HtmlElement, tz: str, taiwan: Callable[[], bool]) -> datetime | None:
    from htmldate import find_date

    hinted = _hinted_dates(tree, tz, taiwan)
    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate is third-party heuristics: never let it fail a page
        found = None
    if not found:
        return hinted
    day = parse_chinese_datetime(found, tz)
    if hinted is not None and day is not None and hinted.date() == day.date():
        return hinted
    return day


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])/(?!(?:0[1-9]|[12]\d|3[01])(?:/|_|\D))")


def url_month(url: str) -> tuple[int, int] | None:
    """Return the year and month of a URL filed by month only (``/2022/06/123.shtml``), else None."""
    if url_date(url, DEFAULT_TIMEZONE) is not None:
        return None
    match = _URL_MONTH.search(urlsplit(url).path)
    return (int(match.group(1)), int(match.group(2))) if match else None


def url_date(url: str, tz: str) -> datetime | None:
    """Read a URL's date: ``/2020-02/19/``, ``/20200102/``, ``/2020/2/19/``, ``/t20200219_``, a timestamp.

    NetEase's ``/20/0219/10/`` has a two-digit year (:func:`full_year`: ``/99/`` is 1999, not 2099).
    """
    match = next((m for pattern in _URL_DATES if (m := pattern.search(url))), None)
    if not match:
        return None
    year, *rest = match.groups()
    year = year if len(year) == 4 else str(full_year(int(year)))
    return parse_chinese_datetime("-".join([year, *rest]), tz)


def _publication_date(
    tree: HtmlElement,
    metas: dict[str, str],
    header: str,
    url: str,
    tz: str,
    *,
    roc: Callable[[], bool] = lambda: False,
    title: str = "",
) -> tuple[datetime | None, str]:
    """Return the publication date and where it was read ("meta", "header", "url", "fallback").

    Order of trust: what the page states in metadata, the date line by the
    headline, the URL path, then dates found anywhere (htmldate, dates in
    elements classed "time" or "date").
    """
    found = structured_date(tree, metas, tz)
    if found is not None:
        return found, "meta"
    if header:
        found = find_date_in_text(header, tz, need_time=True) or labelled_date(header, tz, roc=roc)
        if found is not None and labelled_date(header, tz) is None:
            # An unlabelled timed day further down (a live blog's entries) yields to the day
            # printed right under the headline.
            found = day_right_under(header, title, tz) or found
        if found is not None:
            return found, "header"
    found = url_date(url, tz)
    if found is not None:
        return found, "url"
    found = fallback_date(tree, tz, roc)
    return found, "fallback" if found is not None else ""


def read_meta(tree: HtmlElement, url: str, tz: str) -> PageMeta:
    """Collect the header fields of a parsed page."""
    metas = _meta_map(tree)
    title_node = tree.find(".//title")
    title_tag = element_text(title_node) if title_node is not None else ""
    og_title = metadata_unescaped(metas.get("og:title", "") or metas.get("twitter:title", ""))
    title, node, source = _choose_title(tree, title_tag, og_title)
    meta = PageMeta(title=title, title_tag=title_tag, title_source=source)
    meta.byline_texts = _byline_texts(tree)
    meta.author_links = _author_links(tree)
    meta.title_element = node.tag if node is not None else ""
    meta.title_is_link = node is not None and (
        node.tag == "a" or any(a.tag == "a" for a in node.iterancestors())
    )
    meta.lead_title = _heading_sibling(node, False, title) or _hinted(tree, _LEAD_HINT, title)
    meta.subtitle = _heading_sibling(node, True, title) or _hinted(tree, _SUB_HINT, title)
    meta.header_text = _header_zone(node)
    meta.meta_author = metas.get("author", "") or metas.get("article:author", "")
    meta.og_type = metas.get("og:type", "").lower()
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta.canonical_url = link.get("href", "").strip()
            break
    meta.canonical_url = meta.canonical_url or metas.get("og:url", "")
    ld = linked_data(tree)
    meta.ld_persons = ld.persons
    if source in ("title", "h1", "") and len(ld.headline) >= 4:
        meta.title, meta.title_source = site_suffix_free(metadata_unescaped(ld.headline)), "og"
    meta.taiwan = TaiwanCheck(tree, url)
    meta.published_at, meta.date_source = _publication_date(
        tree, metas, meta.header_text, url, tz, roc=meta.taiwan, title=title
    )
    return meta

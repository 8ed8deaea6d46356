"""Pure functions from a fetched page to an :class:`~archive.items.ArticleItem`.

Order of trust, most exact first: per-source selectors, the Founder CMS record
(``enpproperty``/``enpcontent``), then the generic extractor (trafilatura for
the body, Chinese-aware rules for title, 引题/副题, date and bylines). The
Founder path reads the page with regexes and never builds a full DOM, which is
what keeps e-paper crawls near the bare spider's page rate.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from archive.config import DEFAULT_TIMEZONE
from archive.errors import ExtractionError
from archive.items import ArticleItem
from crawler.extract.bylines import (
    blog_owner,
    credited_as_editor,
    fill_credits,
    hinted_byline_names,
    labelled_poster,
    metadata_authors,
    opening_zone,
    profile_poster,
)
from crawler.extract.dates import (
    closing_date,
    find_date_in_text,
    headline_date,
    info_line_date,
    labelled_date,
    month_day_beside_headline,
    parse_chinese_datetime,
    relative_date,
    weekday_date,
)
from crawler.extract.decode import Decoded, decode_html
from crawler.extract.errorpage import refuse_error_page
from crawler.extract.founder import FounderRecord, read_founder
from crawler.extract.furniture import (
    cut_replies,
    drop_edge_furniture,
    page_line_test,
    reply_header_at,
    strip_deck,
)
from crawler.extract.generic import body_text, looks_like_list, main_text, only_headlines, page_shape
from crawler.extract.meta import (
    PageMeta,
    fallback_date,
    hidden_texts,
    read_meta,
    site_suffix_free,
    titled_relative_date,
    url_date,
    url_month,
)
from crawler.extract.page_furniture import drop_headline_tail, headline_links
from crawler.extract.people import split_names
from crawler.extract.titles import (
    better_title,
    drop_header_lines,
    first_sentence_title,
    heading_before_body,
    heading_info_line,
    headline_part,
    info_line_after,
    lines_above_text,
    logo_heading,
    reads_as_site_name,
    strip_heading_line,
    text_after_body,
    text_before_body,
)

__all__ = [
    "Decoded",
    "canonical_in_markup",
    "decode_html",
    "extract_article",
    "is_article_page",
    "parse_chinese_datetime",
]

_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])
_CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # the keys of _CONTROL
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>")
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)
_DATELINE = re.compile(
    r"^(?:[【\[（(]?)(?P<dateline>(?:新华社|中新社|中新网|人民网|央视网|本报|[\u4e00-\u9fff]{2,8}(?:社|网|报))"
    r"[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日(?:电|讯)|本报讯|[\u4e00-\u9fff]{2,8}讯)"
)
_CANONICAL = re.compile(r"<link[^>]+rel=[\"']?canonical[\"']?[^>]*>", re.I)
_OG_URL = re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*>", re.I)
_HREF = re.compile(r"(?:href|content)=[\"']([^\"']+)[\"']", re.I)
# A closing editor line as its own element: "[责任编辑:肖春芳]", "【责任编辑：严玉洁】".
_POSTED = re.compile(r"发表于|发帖时间|发表时间|提交日期")  # 提交日期: 凯迪's first post
_FIRST_FLOOR = re.compile(r">\s*1楼\s*<")
_POST_LEAD = 80  # characters of a thread's first line that may be its post header
_EDITOR_LABEL = re.compile(r"责任编辑|责编")
# Sohu's template (and its reprints) ends the article's own text with "返回搜狐，查看更多".
# A related list whose headlines were links leaves only its dates: "- 2020年07月08日 13:36:14".
_DATE_ONLY = re.compile(r"[-·•*\s]*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_END_OF_ARTICLE = re.compile(r"返回[^，,\s]{1,10}[，,]\s*查看更多.*$", re.S)
_EDITOR_REST = re.compile(r"(?:责任编辑|责编)\s*[:：︱]\s*[^<>\n\]】)）]{1,30}[\]】)）]?(?=\s*<)")
# Comments split text nodes (qq.com wraps keywords in <!--keyword-->), and
# trafilatura loses such text when they are kept: parse the way it does.
# huge_tree: libxml2 otherwise stops at 256 levels of nesting and drops the rest of
# the page (old templates leave <div> and <font> unclosed); with it the limit is 2,048.
_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False, huge_tree=True
)
# Past libxml2's limit the page is re-read without its containers: block ones become
# line breaks, inline ones vanish (they sit inside words of Chinese text).
_BLOCK_TAG = re.compile(
    r"</?(?:div|table|tbody|thead|tfoot|tr|td|th|center|section|article|main|aside|ul|ol|dl|dd|dt"
    r"|blockquote|form|fieldset|nav|header|footer|figure|figcaption)\b[^>]*>",
    re.I,
)
_INLINE_TAG = re.compile(
    r"</?(?:span|font|b|i|u|s|em|strong|small|big|sub|sup|label|strike|tt)\b[^>]*>", re.I
)
_SITE_SUFFIX = re.compile(r"_[\u4e00-\u9fffA-Za-z]{1,12}(?:网|报|频道|新闻)$")


def _without_controls(text: str) -> str:
    """Drop the C0 control characters but tab and line ends (``_CONTROL``).

    ``str.translate`` looks each character up in the table (0.1 ms on a Chinese page); most
    pages have none, which one regex scan tells in a twentieth of that.
    """
    return text.translate(_CONTROL) if _CONTROL_CHAR.search(text) else text


def _clean_markup(text: str) -> str:
    """Prepare text for lxml: no control characters, no XML prolog, no early ``</html>``.

    libxml2 drops everything after a stray ``</html>`` or ``</body>`` (gov.cn
    templates have one mid-page); both end tags are implied anyway.
    """
    text = _XML_PROLOG.sub("", _without_controls(text))
    ends = list(_END_TAGS.finditer(text))
    if len(ends) <= 2:
        return text
    # Keep the last end tags (where the document really ends), drop earlier ones.
    last = {m.group(0).lower(): m.start() for m in ends}
    keep = set(last.values())
    return _END_TAGS.sub(lambda m: m.group(0) if m.start() in keep else "", text)


def _parse(text: str) -> HtmlElement:
    text = _clean_markup(text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
        if _too_deep(_PARSER.error_log):
            flat = _INLINE_TAG.sub("", _BLOCK_TAG.sub("<br>", text))
            tree = lxml.html.document_fromstring(flat, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not an article: unparseable page ({exc})") from exc
    return tree


def _too_deep(log: lxml.etree._ListErrorLog) -> bool:
    """Tell whether libxml2 stopped reading the page at its nesting limit (the rest is lost)."""
    return any("Excessive depth" in entry.message for entry in log)


def _dateline(first: str) -> str:
    match = _DATELINE.match(first)
    return match.group("dateline") if match else ""


def _editor_line(text: str, body: str) -> str:
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


def _from_founder(item: ArticleItem, record: FounderRecord, text: str, tz: str) -> None:
    item.title = _SITE_SUFFIX.sub("", record.get("title"))
    item.lead_title = record.get("introtitle")
    item.subtitle = record.get("subtitle")
    item.external_id = record.get("articleid")
    item.section = record.get("nodename")
    item.source_name = record.get("sourcename")
    item.published_at = parse_chinese_datetime(record.get("date"), tz)
    item.authors = split_names(record.get("author"))
    item.canonical_url = record.get("url")
    item.body = record.body


def canonical_in_markup(text: str) -> str:
    """Return the URL a page declares as its own (``rel=canonical``, else ``og:url``), read from raw markup.

    Works on a page's head alone (the start of a capture cut short in transfer).
    """
    for regex in (_CANONICAL, _OG_URL):
        tag = regex.search(text)
        if tag and (href := _HREF.search(tag.group(0))):
            return html.unescape(href.group(1))
    return ""


def _merge_meta(item: ArticleItem, meta: PageMeta) -> None:
    item.title = item.title or meta.title
    item.lead_title = item.lead_title or meta.lead_title
    item.subtitle = item.subtitle or meta.subtitle
    item.published_at = item.published_at or meta.published_at
    item.canonical_url = item.canonical_url or meta.canonical_url


def extract_article(
    url: str,
    body: bytes,
    *,
    content_type: str | None = None,
    encoding: str | None = None,
    selectors: Mapping[str, str] | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    fetched_at: datetime | None = None,
) -> ArticleItem:
    """Extract one article from a page's bytes.

    ``fetched_at`` (when the page was captured) resolves dates the page prints
    relative to the reader's day (今天 08:30, 昨天, 3小时前); without it they are
    not guessed.

    Raises :class:`~archive.errors.UndecodablePage` when no encoding gives
    readable text, :class:`~archive.errors.ErrorPage` for a site's error page
    served as a page ("页面不存在") and :class:`~archive.errors.ExtractionError`
    ("not an article: ...") for list/index pages and pages without main text.
    """
    decoded = decode_html(body, content_type, encoding)
    # A few broken bytes decode to U+FFFD: they carry nothing, so drop them
    # rather than store them (the page as a whole was verified readable).
    # NUL and other control characters are no text either (the Founder path keeps what it reads).
    text = _without_controls(decoded.text.replace("\ufffd", ""))
    if not text.strip():
        raise ExtractionError("not an article: empty page")
    item = ArticleItem(url=url, encoding=decoded.encoding, encoding_fallback=decoded.fallback)
    record = read_founder(text)
    if record is not None:
        _from_founder(item, record, text, timezone)
    if record is not None and record.paragraphs and item.title and not selectors:
        # Founder fast path: the CMS record has everything but bylines.
        item.canonical_url = item.canonical_url or canonical_in_markup(text)
        item.published_at = item.published_at or url_date(url, timezone)
        if editor := _editor_line(text, item.body):
            item.body += "\n" + editor
        zones = [item.body[:300], *record.paragraphs[-3:], editor]
        fill_credits(item, zones, text)
        item.dateline = _dateline(record.paragraphs[0])
        refuse_error_page(item.title, item.body)
        return item
    if selectors:
        from parsel import Selector

        from crawler.extract.selectors import select_fields

        page = Selector(text=_clean_markup(text))
        tree = page.root
        _apply_selected(item, select_fields(page, selectors), timezone)
    else:
        tree = _parse(text)
    meta = read_meta(tree, url, timezone)
    _merge_meta(item, meta)
    blocks = [item.body.split("\n")] if item.body else main_text(tree, url)
    paragraphs = [line for block in blocks for line in block]
    site_named = reads_as_site_name(
        item.title, meta.title_tag, paragraphs, column=meta.title_element not in ("", "h1")
    )
    tag_headline = site_suffix_free(meta.title_tag)
    if (
        meta.title_source == "h1"
        and item.title == meta.title
        and logo_heading(item.title, tag_headline, paragraphs)
    ):
        # An <h1> that shares nothing with <title> and less of the text than it: a logo or
        # a channel's name ("江城新闻网欢迎您"); <title> holds the headline, read as a bare one.
        item.title = meta.title = tag_headline
        meta.title_source = "title"
    heading_info = ""
    if item.title == meta.title and (meta.title_source in ("title", "") or site_named):
        # <title> agreed with no heading: it may be the site's name on every page.
        heading = heading_before_body(tree, paragraphs)
        # No heading, no walk of the page for the text above the body (better_title says no to "").
        if heading and better_title(
            item.title, heading, paragraphs, text_before_body(tree, paragraphs), meta.title_tag
        ):
            item.title = heading
            # A layout table kept the headline and its info line as the body's first lines:
            # the info line's date ("２０１６年２月５日　信息来源：…") is read before both go.
            heading_info = info_line_after(paragraphs, heading)
            paragraphs = strip_heading_line(drop_header_lines(paragraphs, heading), heading)
        elif meta.title_source == "title" and (part := headline_part(meta.title_tag, paragraphs)):
            item.title = part  # "江城新闻网-标题": the site's name came first
    joined_info = ""
    if item.title:
        # Table and forum layouts come out with "楼主 X 发表于 … <headline> <text>" as one paragraph.
        joined_info = heading_info_line(paragraphs, " ".join(item.title.split()))
        paragraphs = strip_heading_line(paragraphs, " ".join(item.title.split()))
    first = "".join(paragraphs[0].split()) if paragraphs else ""
    title = "".join(item.title.split())
    if title and first.startswith(title) and len(first) <= len(title) + 30:
        # Layout tables repeat the headline (often with 来源) as the first cell, and its info
        # line (作者：佚名 文章来源：本站原创 点击数：) under it; the info line's date is read first.
        heading_info = heading_info or info_line_after(paragraphs, item.title)
        rest = drop_header_lines(paragraphs, item.title)
        paragraphs = rest if rest is not paragraphs else paragraphs[1:]
    # "关注民生 <headline> <text>": a table cell joined the deck to the first paragraph.
    paragraphs = strip_deck(paragraphs, item.title, item.subtitle)
    shape = page_shape(tree, paragraphs)
    reason = looks_like_list(shape)
    if reason is not None and _dated_post(meta, paragraphs):
        reason = None
    # A headline and date over a related feed is no short post: its "text" is other articles'.
    reason = reason or only_headlines(shape)
    if reason is not None and not (selectors and item.body):
        # Too little text for an article: a gateway error or a bare "页面不存在" sent with HTTP 200
        # is a failed fetch, not a page that merely is no article.
        refuse_error_page(item.title or meta.title_tag, "\n".join(paragraphs))
        raise ExtractionError(f"not an article: {reason}")
    if meta.date_source == "header":
        # The header zone may reach below the text (a related list's "2016-01-02 10:00"
        # on a short page): keep only a date printed above the text.
        before = text_before_body(tree, paragraphs, title=item.title)
        if before:
            near = find_date_in_text(before[-800:], timezone, need_time=True) or labelled_date(
                before, timezone
            )
            beside = headline_date(before, item.title, timezone, now=fetched_at) or titled_relative_date(
                tree, timezone
            )
            item.published_at = (
                near
                or beside
                or url_date(url, timezone)
                or _footer_date(meta.header_text, paragraphs, timezone)
                or _date_under_text(tree, paragraphs, timezone)
                or fallback_date(tree, timezone)
            )
    elif meta.date_source in ("url", "fallback", ""):
        # The info line above the text ("发布日期：2019年03月06日") beats a URL or a stray date,
        # and so does one a table layout joined to the text after its headline.
        above = text_before_body(tree, paragraphs, title=item.title)
        # The body's own lines above its text go first: the headline is looked up from the end.
        before = f"{lines_above_text(paragraphs)} {above} {joined_info} {heading_info}"
        found = labelled_date(before, timezone, now=fetched_at)
        if found is None:
            found = headline_date(before, item.title, timezone, now=fetched_at)
        if found is None and (month := url_month(url)) is not None:
            # "06月24日 15:09" under the headline of a page filed under /2022/06/: the URL gives the year.
            found = month_day_beside_headline(before, item.title, month, timezone)
        if found is None and meta.date_source in ("fallback", ""):
            # An unlabelled day with its time right above the text ("2012年1月2日 08:17") is the
            # article's info line, whatever heading (a column's name) stands over it.
            found = find_date_in_text(above[-120:], timezone, need_time=True) or info_line_date(
                above, timezone
            )
        if found is None and meta.date_source in ("fallback", ""):
            # Nothing dated above the text: a notice's signing day under it, or an info line printed
            # under it ("发布日期：… 【打印】【关闭】", up to a list or the comments), beats a stray date.
            found = closing_date(paragraphs, timezone) or _date_under_text(tree, paragraphs, timezone)
        if found is None and meta.date_source != "url":
            found = titled_relative_date(tree, timezone)
        if found is None and fetched_at is not None and not meta.date_source:
            found = relative_date(meta.header_text, fetched_at, timezone)
        item.published_at = found or item.published_at
    if item.published_at is None:
        # Nothing dated the page but a date with its own weekday: a print edition's date bar above
        # the headline (东方日报 2016年03月25日 星期五) or a press release's closing date
        # (2008年8月27日（星期三）).
        item.published_at = weekday_date(" ".join(tree.itertext()), timezone)
    paragraphs = _drop_trailing_dates(_cut_after_end_mark(paragraphs))
    # A related feed the extractor kept under a short text: its headlines are links of the page.
    paragraphs = drop_headline_tail(paragraphs, headline_links(tree))
    page_line = page_line_test(lambda: _link_texts(tree))
    paragraphs = drop_edge_furniture(cut_replies(paragraphs, item.title), lambda: _link_texts(tree))
    if item.title:
        # Short texts: the extractor kept the whole article box, so the headline and its info
        # line (date, 标签：<a>生活</a>) surface once the page lines above them are gone.
        paragraphs = drop_header_lines(paragraphs, item.title, page_line)
    if editor := _editor_line(text, "\n".join(paragraphs)):
        paragraphs.append(editor)
    item.body = body_text(paragraphs, blocks)
    if not item.title:
        # A page with a main text is an article even when it names no headline.
        item.title = first_sentence_title(paragraphs)
    # The info line just above the text (作者：X 点击：328) is a byline zone too,
    # wherever the headline was found.
    above = text_before_body(tree, paragraphs)[-300:]
    header = _header_zone_of_text(meta.header_text, paragraphs)
    for hidden in hidden_texts(tree):
        # "<div style="display:none"><span id="author_baidu">作者：陈海峰</span>": a block for a
        # search spider, whose 作者 is the web editor; no reader sees it as the byline.
        header, above = header.replace(hidden, " "), above.replace(hidden, " ")
    zones = [header, above, *(opening_zone(p) for p in paragraphs[:3]), *paragraphs[-3:]]
    people = fill_credits(item, zones, "\n".join(paragraphs[-5:]) + " " + meta.header_text)
    if not item.authors:
        item.authors = metadata_authors(meta.meta_author, text, meta.title_tag, people)
    if not item.authors and meta.ld_persons:
        persons = "、".join(meta.ld_persons)
        item.authors = metadata_authors(persons, text, meta.title_tag, people, shown=False)
    if not item.authors:
        before = text_before_body(tree, paragraphs)
        # A thread: a post header above the text ("发表于 …"), or floors numbered below posts (贴吧's "1楼").
        posted = bool(_POSTED.search(meta.header_text + " " + before[-300:]) or _FIRST_FLOOR.search(text))
        # Only a byline-classed element above the text names its writer; below it sit
        # comments and related lists with authors of their own. A thread's first post header
        # may be glued to the text's first line ("大漠孤烟 论坛元老 楼主 发表于 …"): that line's
        # opening is above the text too.
        if posted and paragraphs:
            before += " " + paragraphs[0][:_POST_LEAD]
        squashed = "".join(before.split())
        above_text = [t for t in meta.byline_texts if "".join(t.split()) in squashed]
        hinted = hinted_byline_names(above_text, post_header=posted)
        if not hinted:
            # A link the blog software marks as the post's author names its writer, by nickname too.
            lead = squashed + _zone_above_text(header, paragraphs)
            linked = [t for t in meta.author_links if "".join(t.split()) in lead]
            hinted = hinted_byline_names(linked, post_header=True)
        poster = labelled_poster(before[-300:]) or profile_poster(before[-300:]) if posted else ""
        if not hinted and poster:
            # "[楼主] 作者：北方的狼 发表时间:…", "山城棒棒 级别: 中级会员 发帖: 1798": the poster
            hinted = [poster]
        item.authors = [n for n in hinted if n not in item.editors and not credited_as_editor(n, text)]
    if not item.authors:
        item.authors = blog_owner(text, html.escape(item.title, quote=False), meta.title_tag)
    item.dateline = next((d for p in paragraphs[:3] if (d := _dateline(p))), "")
    refuse_error_page(item.title, item.body)
    return item


# Where the page's own furniture starts after the text: related lists, comments, paging.
_AFTER_TEXT_END = re.compile(
    r"相关|推荐|热门|热点|延伸阅读|猜你喜欢|评论|留言|网友|上一篇|下一篇|更多|排行|版权"
)


def _header_zone_of_text(header: str, paragraphs: list[str]) -> str:
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


def _date_under_text(tree: HtmlElement, paragraphs: list[str], timezone: str) -> datetime | None:
    """Return the day a specific label dates on the info line printed under the text, or None.

    Old sites print it there (``发布日期：2010-03-04 【打印】【关闭】``); read up to a list,
    the comments or a reply's header only.
    """
    return labelled_date(_short_tail(text_after_body(tree, paragraphs)), timezone, specific=True)


def _short_tail(tail: str) -> str:
    """Keep of what follows the text only a short line, up to a list, the comments or a reply's header."""
    stop = _AFTER_TEXT_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    # A short thread's first reply: "作者：路人甲 时间：2013-01-25 19:27:08" credits the reply.
    reply = reply_header_at(tail)
    return tail[:reply] if reply >= 0 else tail


# A blog's post footer under the text: "云中漫步 发表于 07:13 | 2009-07-27 | 评论 (15)".
_POSTED_AT = re.compile(r"(?:发表于|发布于|发表时间|发布时间)\s*[:：]?")


def _footer_date(header: str, paragraphs: list[str], tz: str) -> datetime | None:
    """Return the day a post's footer right under the text says it was posted, or ``None``.

    Blog software of the 2000s (博客大巴, some 新浪/网易 themes) prints the post's
    date only below it, then comments dated later: with nothing dated above the
    text, the labelled date in the short line after it is the post's.
    """
    prose = [p for p in paragraphs if re.search(r"[。！？]", p)]  # not a page line kept at the text's end
    text_end = _header_zone_of_text(header, prose)
    if text_end is header or not (label := _POSTED_AT.search(text_end, max(0, len(text_end) - 200))):
        return None
    return find_date_in_text(text_end[label.end() : label.end() + 40], tz)


def _zone_above_text(zone: str, paragraphs: list[str]) -> str:
    """Return the headline zone's part above the main text, whitespace removed.

    The text's opening is looked up from the end: a text that opens with its
    headline repeats the opening in the heading, above the info line.
    """
    squashed = "".join(zone.split())
    probe = "".join(paragraphs[0].split())[:8] if paragraphs else ""
    at = squashed.rfind(probe) if len(probe) == 8 else -1
    return squashed[:at] if at > 0 else ""


def _cut_after_end_mark(paragraphs: list[str]) -> list[str]:
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


def _drop_trailing_dates(paragraphs: list[str]) -> list[str]:
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


def _link_texts(tree: HtmlElement) -> list[str]:
    """Return the texts of the page's links (asked only for a short line at an edge of the text)."""
    return [" ".join(link.text_content().split()) for link in tree.iter("a")]


def _dated_post(meta: PageMeta, paragraphs: list[str]) -> bool:
    """Tell whether a page that looks like a list is a short post: its own headline, date and text.

    Blog posts of a few short lines beside a long sidebar of links have the
    shape of a list page; their headline (a heading that ``<title>`` starts
    with, not a link) and a date by it tell them apart.
    """
    return (
        meta.title_source == "heading"
        and not meta.title_is_link
        and len(meta.title) >= 6
        and meta.date_source in ("meta", "header", "fallback")
        and len("".join(paragraphs)) >= 60
    )


def _apply_selected(item: ArticleItem, found: dict[str, list[str]], tz: str) -> None:
    for name in ("title", "lead_title", "subtitle", "source_name"):
        if name in found:
            setattr(item, name, " ".join(found[name]))
    if "body" in found:
        item.body = "\n".join(found["body"])
    if "published_at" in found:
        item.published_at = parse_chinese_datetime(" ".join(found["published_at"]), tz)
    for name in ("authors", "editors"):
        if name in found:
            names: list[str] = []
            for piece in found[name]:
                names.extend(n for n in split_names(_strip_label(piece)) if n not in names)
            setattr(item, name, names)


def _strip_label(text: str) -> str:
    return re.sub(r"^.*?(?:记者|作者|责任编辑|编辑|责编)\s*[:：︱|]?\s*", "", text)


def is_article_page(url: str, body: bytes, *, content_type: str | None = None) -> bool:
    """Tell whether a page holds an article (False for list/index/empty pages)."""
    try:
        extract_article(url, body, content_type=content_type)
    except ExtractionError:
        return False
    return True

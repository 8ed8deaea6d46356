"""Extract one article from a page's bytes: the order of trust, and each field's reading in turn.

Order of trust, most exact first: per-source selectors, the Founder CMS record
(``enpproperty``/``enpcontent``), then the generic extractor (trafilatura for
the body, Chinese-aware rules for title, 引题/副题, date and bylines). The
Founder path reads the page with regexes and never builds a full DOM, which is
what keeps e-paper crawls near the bare spider's page rate. The markup's
preparation (``markup``), the text's edges (``text_zones``, ``closing``) and
each field's rules (``titles``, ``dates``, ``bylines``, ...) live in modules of
their own; this one decides which applies where.
"""

from __future__ import annotations

import html
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from lxml.html import HtmlElement, tostring

from archive.config import DEFAULT_TIMEZONE
from archive.date_from import DATELINE, EDITION, METADATA, RELATIVE, SELECTOR, TEXT, URL, is_inferred
from archive.errors import ExtractionError
from archive.items import ArticleItem
from crawler.extract.body_edges import text_before_body
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
from crawler.extract.closing import cut_after_end_mark, drop_trailing_dates, editor_line
from crawler.extract.date_evidence import first_dated, settled_date_from
from crawler.extract.date_hints import (
    badge_date,
    edition_pdf_date,
    fallback_date,
    served_day_only,
    titled_relative_date,
    url_date,
    url_month,
)
from crawler.extract.dates import (
    capture_year,
    closing_date,
    dateline_date,
    edition_date,
    era_years,
    find_date_in_text,
    headline_date,
    info_line_date,
    labelled_date,
    month_day_beside_headline,
    only_in_prose,
    page_year,
    parse_chinese_datetime,
    printed_yearless,
    reckoned_days,
    reckoned_so_far,
    relative_date,
    signed_date,
    weekday_date,
    yearless_era,
    yearless_in_page_year,
    zone,
)
from crawler.extract.decode import decode_html
from crawler.extract.errorpage import refuse_error_page
from crawler.extract.founder import FounderRecord, read_founder
from crawler.extract.furniture import (
    cut_replies,
    drop_edge_furniture,
    page_line_test,
    strip_deck,
)
from crawler.extract.generic import body_text, looks_like_list, main_text, only_headlines, page_shape
from crawler.extract.header_texts import hidden_texts, visible_text
from crawler.extract.heading_lines import (
    drop_header_lines,
    first_sentence_title,
    heading_info_line,
    info_line_after,
    lines_above_text,
    strip_heading_line,
)
from crawler.extract.list_headings import link_row, link_titles
from crawler.extract.markup import canonical_in_markup, clean_markup, parse_page, without_controls
from crawler.extract.meta import PageMeta, read_meta
from crawler.extract.mixed_utf8 import restore_utf8_runs
from crawler.extract.page_furniture import days_written, drop_headline_tail, headline_links, list_rows_free
from crawler.extract.page_headings import heading_before_body
from crawler.extract.people import split_names
from crawler.extract.script_state import (
    STATE_SOURCE,
    StateArticle,
    read_state,
    state_page,
    titled_beside_name,
)
from crawler.extract.text_zones import (
    date_under_text,
    day_cell_above_text,
    footer_date,
    header_zone_of_text,
    headline_breaks,
    paragraph_breaks,
    without_linked_credits,
    zone_above_text,
)
from crawler.extract.title_choice import printed_as_account, site_suffix_free
from crawler.extract.title_fallbacks import bracket_lead, uncut_headline, unprinted_headline
from crawler.extract.titles import (
    better_title,
    foreign_title,
    headline_part,
    leading_part,
    little_echoed,
    logo_heading,
    names_only,
    reads_as_site_name,
)

_log = logging.getLogger(__name__)

_DATELINE = re.compile(
    r"^(?:[【\[（(]?)(?P<dateline>(?:新华社|中新社|中新网|人民网|央视网|本报|[\u4e00-\u9fff]{2,8}(?:社|网|报))"
    r"[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日(?:电|讯)|本报讯|[\u4e00-\u9fff]{2,8}讯)"
)
_POSTED = re.compile(r"发表于|发帖时间|发表时间|提交日期")  # 提交日期: 凯迪's first post
_FIRST_FLOOR = re.compile(r">\s*1楼\s*<")
_POST_LEAD = 80  # characters of a thread's first line that may be its post header
_SITE_SUFFIX = re.compile(r"_[\u4e00-\u9fffA-Za-z]{1,12}(?:网|报|频道|新闻)$")


# How far into the text's first line a post header joined to it is read.
_OPENING = 60


def _table_lines(paragraphs: list[str], limit: int = 8) -> Iterable[str]:
    """Return the body's short opening lines up to its first sentence (a kept table's rows)."""
    return itertools.takewhile(lambda p: len(p) <= 80 and not re.search(r"[。！？]", p), paragraphs[:limit])


def _dateline(first: str) -> str:
    match = _DATELINE.match(first)
    return match.group("dateline") if match else ""


def _from_founder(item: ArticleItem, record: FounderRecord, text: str, tz: str) -> None:
    item.title = _SITE_SUFFIX.sub("", record.get("title"))
    item.lead_title = record.get("introtitle")
    item.subtitle = record.get("subtitle")
    item.external_id = record.get("articleid")
    item.section = record.get("nodename")
    item.source_name = record.get("sourcename")
    item.published_at = parse_chinese_datetime(record.get("date"), tz)
    item.date_from = METADATA if item.published_at is not None else None  # the CMS's enpproperty record
    item.authors = split_names(record.get("author"))
    item.canonical_url = record.get("url")
    item.body = record.body


# Where the page header's date (PageMeta.date_source) was read, as ``date_from`` says it.
_META_KINDS = {"meta": METADATA, "header": DATELINE, "url": URL, "fallback": TEXT}


def _meta_dated(meta: PageMeta) -> tuple[datetime | None, str | None]:
    """Return the page header's date and its kind (``date_from``)."""
    if meta.published_at is None:
        return None, None
    return meta.published_at, _META_KINDS.get(meta.date_source, TEXT)


def _merge_meta(item: ArticleItem, meta: PageMeta) -> None:
    item.title = item.title or meta.title
    item.lead_title = item.lead_title or meta.lead_title
    item.subtitle = item.subtitle or meta.subtitle
    if item.published_at is None:
        item.published_at, item.date_from = _meta_dated(meta)
    item.canonical_url = item.canonical_url or meta.canonical_url


# How far under the headline its own date line is looked for before any day above it.
_UNDER_HEADLINE = 200


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

    ``date_from`` says what evidence the date rests on (:mod:`archive.date_from`).
    """
    with reckoned_days():
        return _extract_article(
            url,
            body,
            content_type=content_type,
            encoding=encoding,
            selectors=selectors,
            timezone=timezone,
            fetched_at=fetched_at,
        )


def _extract_article(
    url: str,
    body: bytes,
    *,
    content_type: str | None = None,
    encoding: str | None = None,
    selectors: Mapping[str, str] | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    fetched_at: datetime | None = None,
    read_scripts: bool = True,
) -> ArticleItem:
    """Extract one article (:func:`extract_article`); ``read_scripts`` tries a shell's script state."""
    decoded = decode_html(body, content_type, encoding)
    # A few broken bytes decode to U+FFFD: they carry nothing, so drop them
    # rather than store them (the page as a whole was verified readable).
    # NUL and other control characters are no text either (the Founder path keeps what it reads).
    text = without_controls(decoded.text.replace("\ufffd", ""))
    if decoded.encoding == "gb18030":
        text = restore_utf8_runs(text, body)  # a UTF-8 template around a GBK article (its title)
    if not text.strip():
        raise ExtractionError("not an article: empty page")
    item = ArticleItem(url=url, encoding=decoded.encoding, encoding_fallback=decoded.fallback)
    record = read_founder(text)
    if record is not None:
        _from_founder(item, record, text, timezone)
    if record is not None and record.paragraphs and item.title and not selectors:
        # Founder fast path: the CMS record has everything but bylines.
        item.canonical_url = item.canonical_url or canonical_in_markup(text)
        if item.published_at is None:
            item.published_at, item.date_from = first_dated([(URL, lambda: url_date(url, timezone))])
        if editor := editor_line(text, item.body):
            item.body += "\n" + editor
        zones = [item.body[:300], *record.paragraphs[-3:], editor]
        fill_credits(item, zones, text)
        item.dateline = _dateline(record.paragraphs[0])
        refuse_error_page(item.title, item.body)
        _settle_date_from(item, text + " " + url, timezone, lambda: " ".join(parse_page(text).itertext()))
        return item
    if selectors:
        from parsel import Selector

        from crawler.extract.selectors import select_fields

        page = Selector(text=clean_markup(text))
        tree = page.root
        _apply_selected(item, select_fields(page, selectors), timezone)
    else:
        tree = parse_page(text)
    meta = read_meta(tree, url, timezone)
    day_first = meta.day_first  # the page's own: every date rule below is told it
    _merge_meta(item, meta)
    blocks = [item.body.split("\n")] if item.body else main_text(tree, url)
    paragraphs = [line for block in blocks for line in block]
    site_named = reads_as_site_name(
        item.title,
        meta.title_tag,
        paragraphs,
        column=meta.title_element not in ("", "h1"),
        metadata=meta.title_source == "og" and item.title == meta.title,
    )
    tag_headline = site_suffix_free(meta.title_tag)
    if (
        meta.title_source == "h1"
        and item.title == meta.title
        and logo_heading(item.title, tag_headline, paragraphs)
        and not names_only(tag_headline, short=False)  # a site's name is never the headline ("更 正 声 明")
    ):
        # An <h1> that shares nothing with <title> and less of the text than it: a logo or
        # a channel's name ("江城新闻网欢迎您"); <title> holds the headline, read as a bare one.
        item.title = meta.title = tag_headline
        meta.title_source = "title"
    heading_info = ""
    # A short <h1> may be the blog's, site's or channel's name printed over every page ("X的博客",
    # "国内新闻"), the post's own heading nearer the text: the nearer one is weighed against it.
    named_h1 = meta.title_source == "h1" and len("".join(item.title.split())) <= 12
    # An <h1> the text hardly echoes may be a banner's top story, the headline a lesser heading.
    # Not one the text opens with: the extractor kept it with the text, inside the article's block (a
    # 问政 page's question over its reply), where no banner stands.
    opens_text = any("".join(p.split()) == "".join(item.title.split()) for p in paragraphs[:2])
    stray_h1 = meta.title_source == "h1" and not named_h1 and not opens_text
    stray_h1 = stray_h1 and little_echoed(item.title, paragraphs)
    # A short heading agreeing only with the first part of <title> ("<h1>一周时评</h1>" under
    # "一周时评_X网"), which the text hardly echoes: the column's or site's name over every page of it.
    # Or one under a <title> of names only ("本网原创_X网"), whose few characters any text may hold
    # ("本网讯…"): the heading nearest the text is weighed against it (better_title).
    stray_h1 = stray_h1 or (
        meta.title_source == "heading"
        and len("".join(item.title.split())) <= 8
        and leading_part(item.title, meta.title_tag)
        and (little_echoed(item.title, paragraphs) or names_only(meta.title_tag))
    )
    if item.title == meta.title and (
        meta.title_source in ("title", "")
        or site_named
        or named_h1
        or stray_h1
        or foreign_title(item.title, paragraphs)  # an English line of a bilingual headline
    ):
        # <title> agreed with no heading: it may be the site's name on every page.
        heading = heading_before_body(tree, paragraphs, url)
        # No heading, no walk of the page for the text above the body (better_title says no to "").
        if named_h1 and not (site_named or (len(heading) > len(item.title) and heading != item.subtitle)):
            heading = ""  # a deck under a short headline is no better title
        if stray_h1 and heading.endswith("。"):
            heading = ""  # the text's own first sentence, which a forum's layout prints alone
        if (
            heading
            and heading.split() != item.title.split()
            and (
                better_title(
                    item.title, heading, paragraphs, text_before_body(tree, paragraphs), meta.title_tag
                )
                # <title> names the account or room the page prints beside its follow button: no headline
                or (meta.title_source == "title" and printed_as_account(tree, item.title))
            )
        ):
            item.title = heading
            # A layout table kept the headline and its info line as the body's first lines:
            # the info line's date ("２０１６年２月５日　信息来源：…") is read before both go.
            heading_info = info_line_after(paragraphs, heading)
            titles = link_titles(tree)
            rows = drop_header_lines(paragraphs, heading, list_row=lambda line: link_row(line, titles))
            paragraphs = strip_heading_line(rows, heading)
        elif meta.title_source == "title" and (part := headline_part(meta.title_tag, paragraphs, item.title)):
            item.title = part  # "江城新闻网-标题": the site's name came first
    if item.title == meta.title and (
        not item.title or names_only(item.title, short=meta.title_source in ("title", ""))
    ):
        # Still the site's or board's name (or none): a mobile page's script state or a
        # thread's breadcrumb may hold the headline.
        item.title = unprinted_headline(tree, item.title, paragraphs, meta.title_tag) or item.title
    if item.title == meta.title and meta.title_source == "title" and (lead := bracket_lead(paragraphs)):
        if "".join(item.title.split()).startswith("".join(f"【{lead}】".split())):
            item.title = lead  # "<title>【标题】新华社3月5日电，…": a flash's bracketed lead and its text
    if (
        (lead := bracket_lead(paragraphs))
        and lead.split() != item.title.split()
        # A headline printed over the text that its <title> prints too is the page's: a bracket opening
        # its text is a column's slogan (【新时代 新气象 新作为】) over a feature's headline the text need
        # not echo. (A 微博 page's <title> alone names the account: "X的微博_微博".)
        and not (
            meta.title_source not in ("title", "")
            and "".join(item.title.split()) == "".join(site_suffix_free(meta.title_tag).split())
        )
        and (
            not item.title
            or little_echoed(item.title, paragraphs)
            # an account's name ("人民日报", "X的微博") the text may echo, shorter than the lead
            or len("".join(item.title.split())) <= 8 < len("".join(lead.split()))
        )
    ):
        item.title = lead  # a 微博 post's "#话题#【标题】…" under the account's name or the post's time
    if item.title and (whole := uncut_headline(tree, item.title, [site_suffix_free(meta.title_tag)])):
        item.title = whole  # "<h1>标题前半...</h1>": the whole headline <title> or a 标题： box prints
    short = meta.title_source in ("title", "")
    if item.title and item.title == meta.title and names_only(item.title, short=short):
        # Still only the site's or paper's name ("X日报数字报"): a heading printed above the text is
        # the headline even when the text hardly echoes it; a name is never the right title.
        printed = heading_before_body(tree, paragraphs, url)
        if printed and not names_only(printed, short=True):
            item.title = printed
            paragraphs = strip_heading_line(paragraphs, printed)
    if (
        item.title
        and (named := titled_beside_name(tree, item.title))
        and not little_echoed(named, paragraphs)
    ):
        # The page prints a name its script state gives a room or channel ({"roomName": …, "liveTitle":
        # …}): the event's title beside it, which the text echoes, is the headline.
        item.title = named
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
        if read_scripts and not selectors and shape.body_paragraph_chars == 0 and shape.long_links < 20:
            # No paragraph of text in the markup and no list: a single-page app's shell, its
            # article in the script state (never read over a text the markup prints).
            state = read_state(
                tree, url, canonical=meta.canonical_url, titles=(meta.title, meta.title_tag), tz=timezone
            )
            if state is not None:
                return _from_state(item, state, meta, reason, timezone=timezone, fetched_at=fetched_at)
        raise ExtractionError(f"not an article: {reason}")
    # Texts no reader sees (a template's leftover day in a display:none element) are no date line.
    hidden = hidden_texts(tree)
    if meta.date_source == "header":
        # The header zone may reach below the text (a related list's "2016-01-02 10:00"
        # on a short page): keep only a date printed above the text.
        before = visible_text(text_before_body(tree, paragraphs, title=item.title), hidden)
        if before:
            near = find_date_in_text(
                before[-800:], timezone, need_time=True, day_first=day_first, roc=meta.taiwan
            ) or labelled_date(before, timezone, roc=meta.taiwan, day_first=day_first)
            beside = (
                headline_date(
                    before, item.title, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first
                )
                # A heading nearer the text taken over the page's own (a stray <h1>): the date line
                # may stand under the heading the page printed first, as on a fallback page.
                or (
                    headline_date(
                        before, meta.title, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first
                    )
                    if meta.title and meta.title != item.title
                    else None
                )
                or titled_relative_date(tree, timezone, day_first=day_first)
            )
            # A post's header the extractor joined to the text's first line ("楼主 发表于 2008-6-27
            # 09:04 …" on a forum thread): the first post's, above any reply's or footer's date.
            opening = (
                labelled_date(paragraphs[0][:_OPENING], timezone, specific=True, day_first=day_first)
                if paragraphs
                else None
            )
            # An open-information table the extractor kept as the body's first lines (索引号 …
            # 成文日期 … 发布日期 …, the headline under it): its publication label, above the text.
            table = labelled_date(
                " ".join(_table_lines(paragraphs)), timezone, specific=True, day_first=day_first
            )
            # The date line under the headline beats a timed day above it: a previous story's teaser
            # ("上一篇：… 2017-3-4 16:20") or a hot list may stand between the masthead and the headline.
            # Its first printing: a text may repeat the headline, with a day of its own, further down.
            headline = " ".join(item.title.split())
            at = before.find(headline) if headline else -1
            line = before[at + len(headline) :][:_UNDER_HEADLINE].split(headline)[0] if at > 0 else ""
            under = (
                (
                    labelled_date(line, timezone, roc=meta.taiwan, day_first=day_first)
                    or headline_date(
                        headline + line,
                        headline,
                        timezone,
                        now=fetched_at,
                        roc=meta.taiwan,
                        day_first=day_first,
                    )
                )
                if line
                else None
            )
            item.published_at, item.date_from = first_dated(
                [
                    (DATELINE, lambda: under),
                    # A calendar badge (Pixnet's "Mar 10 Mon 2014 06:33" in spans of their own) by the
                    # headline: no text search reads it, and a comment's timed day may stand in the header.
                    (DATELINE, lambda: badge_date(tree, timezone, headline, day_first=day_first)),
                    (DATELINE, lambda: near),
                    (DATELINE, lambda: beside),
                    (DATELINE, lambda: opening),
                    (DATELINE, lambda: table),
                    (URL, lambda: url_date(url, timezone, day_first=day_first)),
                    (
                        DATELINE,
                        lambda: (
                            dateline_date(
                                paragraphs[0],
                                fetched_at,
                                timezone,
                                year=_year_above(before, headline, day_first=day_first),
                                day_first=day_first,
                            )
                            if fetched_at and paragraphs
                            else None
                        ),
                    ),
                    (TEXT, lambda: footer_date(meta.header_text, paragraphs, timezone, day_first=day_first)),
                    (TEXT, lambda: date_under_text(tree, paragraphs, timezone, day_first=day_first)),
                    # A notice's signing day at its foot beats a day htmldate picks from what it names
                    # to come (股权登记日, 会议召开时间), as on pages whose header names no day.
                    (TEXT, lambda: closing_date(paragraphs, timezone, day_first=day_first)),
                    (TEXT, lambda: fallback_date(tree, timezone, meta.taiwan, headline, day_first=day_first)),
                    (
                        DATELINE,
                        lambda: (
                            dateline_date(
                                paragraphs[0],
                                fetched_at,
                                timezone,
                                year=_year_above(before, headline, day_first=day_first),
                                opening=True,
                                day_first=day_first,
                            )
                            if fetched_at and paragraphs
                            else None
                        ),
                    ),
                ]
            )
        if item.published_at is not None and _only_in_furniture(tree, item.published_at):
            # A day under a list's heading taken for the headline (热门文章 over a left column's rows):
            # the header zone's own day, if the page writes it outside its furniture, else none.
            kept, kind = _meta_dated(meta)
            furniture = kept is not None and _only_in_furniture(tree, kept)
            item.published_at, item.date_from = (None, None) if furniture else (kept, kind)
    elif meta.date_source in ("url", "fallback", ""):
        # The info line above the text ("发布日期：2019年03月06日") beats a URL or a stray date,
        # and so does one a table layout joined to the text after its headline.
        above = visible_text(text_before_body(tree, paragraphs, title=item.title), hidden)
        # The body's own lines above its text go first: the headline is looked up from the end.
        before = f"{lines_above_text(paragraphs)} {above} {joined_info} {heading_info}"
        found = labelled_date(before, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first)
        found_from: str | None = DATELINE  # the kind of ``found`` (archive.date_from), where not None
        if found is None and meta.title_element == "h1" and meta.title and meta.title != item.title:
            # A heading nearer the text was taken over the page's <h1> (one the text hardly echoes):
            # the date line under the <h1> is the page's, before a day under the nearer heading.
            found = headline_date(
                before, meta.title, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first
            )
        if found is None:
            found = headline_date(
                before, item.title, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first
            )
        if found is None and meta.title and meta.title != item.title:
            # The body's "原标题：…" line or a deck taken for the headline: the page's own heading
            # still has its date line under it.
            found = headline_date(
                before, meta.title, timezone, now=fetched_at, roc=meta.taiwan, day_first=day_first
            )
        if found is None and (month := url_month(url)) is not None:
            # "06月24日 15:09" under the headline of a page filed under /2022/06/: the URL gives the year.
            found = month_day_beside_headline(before, item.title, month, timezone, day_first=day_first)
        if found is None and meta.date_source in ("fallback", ""):
            # An unlabelled day with its time right above the text ("2012年1月2日 08:17") is the
            # article's info line, whatever heading (a column's name) stands over it.
            found, found_from = first_dated(
                [
                    (
                        DATELINE,
                        lambda: find_date_in_text(
                            above[-120:], timezone, need_time=True, day_first=day_first
                        ),
                    ),
                    (DATELINE, lambda: info_line_date(above, timezone, day_first=day_first)),
                    (DATELINE, lambda: day_cell_above_text(tree, above, timezone, day_first=day_first)),
                    (
                        DATELINE,
                        lambda: day_cell_above_text(
                            tree, lines_above_text(paragraphs), timezone, day_first=day_first
                        ),
                    ),
                    (DATELINE, lambda: badge_date(tree, timezone, item.title, day_first=day_first)),
                    (EDITION, lambda: edition_date(above, timezone, day_first=day_first)),
                ]
            )
        if found is None and meta.date_source in ("fallback", ""):
            # Nothing dated above the text: a notice's signing day under it, or an info line printed
            # under it ("发布日期：… 【打印】【关闭】", up to a list or the comments), beats a stray date.
            found, found_from = first_dated(
                [
                    (TEXT, lambda: closing_date(paragraphs, timezone, day_first=day_first)),
                    (TEXT, lambda: date_under_text(tree, paragraphs, timezone, day_first=day_first)),
                ]
            )
        if found is None and meta.date_source in ("fallback", ""):
            # An e-paper article page whose day only its page PDF's dated path names.
            found, found_from = edition_pdf_date(tree, timezone), EDITION
        if found is None and fetched_at is not None and paragraphs and meta.date_source in ("fallback", ""):
            # An agency story's dateline ("新华社北京3月4日电") is its day where no date line is printed,
            # in the year an archive page names above its headline (资料库 › 2004年).
            year = _year_above(above, " ".join(item.title.split()), day_first=day_first)
            found = dateline_date(paragraphs[0], fetched_at, timezone, year=year, day_first=day_first)
            found_from = DATELINE
        if found is not None and _only_in_furniture(tree, found):
            # A day above the text that only a link list's row writes (a left column's 最新更新 on a
            # table portal, its heading taken for the headline) is another article's.
            found = None
        if found is None and meta.date_source != "url":
            # The exact day an element's title holds beside its relative or year-less one (Discuz!).
            found, found_from = titled_relative_date(tree, timezone, day_first=day_first), DATELINE
        if found is None and fetched_at is not None and not meta.date_source:
            found = relative_date(meta.header_text, fetched_at, timezone, standalone=True)
            found_from = RELATIVE
        if (
            found is None
            and meta.date_source == "fallback"
            and item.published_at is not None
            and only_in_prose(
                item.published_at.date(), paragraphs, tostring(tree, encoding="unicode"), day_first=day_first
            )
        ):
            # A stray date the page writes only inside the story ("早在2007-12-07，……") is an event's;
            # the whole markup is counted, so that a day in an attribute or a script still counts.
            item.published_at = item.date_from = None
        if found is not None:
            found = yearless_in_page_year(found, item.published_at, fetched_at, timezone)
            if (month := url_month(url)) is not None and month[1] == found.month:
                # A page filed under /2022/06/: the URL names the year of its "06月24日".
                filed = datetime(month[0], month[1], 1, tzinfo=found.tzinfo)
                found = yearless_in_page_year(found, filed, fetched_at, timezone, month_only=True)
        if found is not None:
            item.published_at, item.date_from = found, found_from
        if item.published_at is None and fetched_at is not None and paragraphs:
            # Nothing else dates the page: the day opening the text after the paper's mark (本报讯　3月5日，).
            year = _year_above(above, " ".join(item.title.split()), day_first=day_first)
            item.published_at = dateline_date(
                paragraphs[0], fetched_at, timezone, year=year, opening=True, day_first=day_first
            )
            item.date_from = DATELINE
    if item.published_at is not None and fetched_at is not None:
        # A day printed without its year took the capture's: on a page whose every other year is
        # earlier (a 2019 post captured in 2026, "© 2019"), the page's year, or none.
        item.published_at = _in_page_era(item.published_at, tree, paragraphs, url, meta, fetched_at, timezone)
    if item.published_at is None:
        # A notice naming no publication day, only its document's (成文日期 in the information table,
        # 实施日期 later): the document's day dates it. Else nothing dated the page but a date with its
        # own weekday: a print edition's date bar above the headline (东方日报 2016年03月25日 星期五) or a
        # press release's closing date (2008年8月27日（星期三）).
        item.published_at, item.date_from = first_dated(
            [
                (TEXT, lambda: signed_date(" ".join(tree.itertext()), timezone, day_first=day_first)),
                (TEXT, lambda: weekday_date(" ".join(tree.itertext()), timezone, day_first=day_first)),
            ]
        )
    served = fetched_at.astimezone(zone(timezone)).date() if fetched_at is not None else None
    if item.published_at is not None and served_day_only(tree, item.published_at, item.title, served):
        # The site header's "today" widget (今天是2025年11月7日 星期五 over the navigation bar): the
        # day the page was served, never the article's; no date is better than a wrong one.
        kept, kind = _meta_dated(meta)
        gone = kept is None or served_day_only(tree, kept, item.title, served)
        item.published_at, item.date_from = (None, None) if gone else (kept, kind)
    paragraphs = drop_trailing_dates(cut_after_end_mark(paragraphs))
    # A related feed the extractor kept under a short text: its headlines are links of the page.
    paragraphs = drop_headline_tail(paragraphs, headline_links(tree))
    page_line = page_line_test(lambda: _link_texts(tree))
    paragraphs = drop_edge_furniture(cut_replies(paragraphs, item.title), lambda: _link_texts(tree))
    if item.title:
        # Short texts: the extractor kept the whole article box, so the headline and its info
        # line (date, 标签：<a>生活</a>) surface once the page lines above them are gone.
        titles = link_titles(tree)
        paragraphs = drop_header_lines(
            paragraphs, item.title, page_line, list_row=lambda line: link_row(line, titles)
        )
    if editor := editor_line(text, "\n".join(paragraphs)):
        paragraphs.append(editor)
    item.body = body_text(paragraphs, blocks)
    if not item.title:
        # A page with a main text is an article even when it names no headline.
        item.title = first_sentence_title(paragraphs)
    # The info line just above the text (作者：X 点击：328) is a byline zone too,
    # wherever the headline was found.
    above = paragraph_breaks(text_before_body(tree, paragraphs)[-300:], paragraphs[:3])
    header = paragraph_breaks(header_zone_of_text(meta.header_text, paragraphs), paragraphs[:3])
    if item.title:
        header, above = headline_breaks(header, item.title), headline_breaks(above, item.title)
    for piece in hidden:
        # "<div style="display:none"><span id="author_baidu">作者：陈海峰</span>": a block for a
        # search spider, whose 作者 is the web editor; no reader sees it as the byline.
        header, above = header.replace(piece, " "), above.replace(piece, " ")
    zones = [header, above, *(opening_zone(p) for p in paragraphs[:3]), *paragraphs[-3:]]
    if links := headline_links(tree):
        # "<li><a>另一篇标题</a>（记者 X）</li>": a one-item related list's credit is the linked article's.
        first = paragraphs[0] if paragraphs else ""
        zones = [without_linked_credits(zone, links, item.title, first) for zone in zones]
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
            lead = squashed + zone_above_text(header, paragraphs)
            if paragraphs:
                # An info line read as the text's opening ("2018年09月16日 15:31 中時 王大明 警方說，…"):
                # its part before the first clause is above the text too.
                lead += "".join(_FIRST_CLAUSE.split(paragraphs[0], maxsplit=1)[0].split())[:_INFO_REACH]
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
    _settle_date_from(item, text + " " + url, timezone, lambda: _page_text(tree))
    return item


def _page_text(tree: HtmlElement) -> str:
    """Return the text a reader sees of the page (no script, no style), whitespace folded."""
    texts = tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join(" ".join(str(piece) for piece in texts).split())


def _settle_date_from(item: ArticleItem, markup: str, tz: str, page_text: Callable[[], str]) -> None:
    """Say what the chosen date rests on, its year printed or inferred (:mod:`.date_evidence`)."""
    if item.published_at is None:
        item.date_from = None
        return
    item.date_from = settled_date_from(
        item.published_at, item.date_from, markup, page_text, reckoned_so_far(), tz
    )


def _in_page_era(
    found: datetime,
    tree: HtmlElement,
    paragraphs: list[str],
    url: str,
    meta: PageMeta,
    fetched_at: datetime,
    tz: str,
) -> datetime | None:
    """Check a day read without its year against the years the page prints outside its story."""
    if found.year != capture_year(found.month, found.day, fetched_at, tz):
        return found  # a year the capture did not give (:func:`yearless_era` keeps it): no page text to read
    text = _page_text(tree)
    day = found.astimezone(zone(tz)).date()
    if not printed_yearless(day, text, tostring(tree, encoding="unicode") + " " + url):
        return found
    for paragraph in paragraphs:
        # The story's own dates are its events' ("早在2007年3月5日"), not the page's era.
        text = text.replace(" ".join(paragraph.split()), " ")
    era, dated = era_years(text)
    vouched: set[int] = set()  # the years the page's own URL or metadata give (a footer may be stale)
    if (filed := url_date(url, tz)) is not None:
        vouched.add(filed.year)
    elif (month := url_month(url)) is not None:
        vouched.add(month[0])
    if meta.published_at is not None and meta.date_source == "meta":
        vouched.add(meta.published_at.astimezone(zone(tz)).year)
    dated_in_era = yearless_era(found, fetched_at, era | vouched, dated, tz, vouched=vouched)
    if dated_in_era != found:
        # No field records where a date came from: say so in the log, the year was not printed.
        _log.debug("yearless day %s: page era %s, dated %s: %s", day, sorted(era), dated_in_era, url)
    return dated_in_era


def _from_state(
    item: ArticleItem,
    state: StateArticle,
    meta: PageMeta,
    reason: str,
    *,
    timezone: str,
    fetched_at: datetime | None,
) -> ArticleItem:
    """Read the article a shell's script state holds as a page of its own: the markup's rules apply."""
    try:
        found = _extract_article(
            item.url,
            state_page(state),
            content_type="text/html; charset=utf-8",
            timezone=timezone,
            fetched_at=fetched_at,
            read_scripts=False,
        )
    except ExtractionError:
        raise ExtractionError(f"not an article: {reason} (nor in its script state)") from None
    found.encoding, found.encoding_fallback = item.encoding, item.encoding_fallback
    found.extracted_from = STATE_SOURCE
    if found.date_from is not None and not is_inferred(found.date_from):
        found.date_from = METADATA  # the script's data, whatever place the page made of it printed it

    found.canonical_url = meta.canonical_url or found.canonical_url
    _log.debug("article read from script state (%s): %s", state.where, item.url)
    return found


# Where a text's first clause ends, and how far into it an info line glued to it may reach.
_FIRST_CLAUSE = re.compile(r"[，。！？；,!?;]")
_INFO_REACH = 40


def _only_in_furniture(tree: HtmlElement, found: datetime) -> bool:
    """Tell whether the page writes ``found``'s day, but only in its link lists' rows (another
    headline's link and its day): a nav-classed edition bar's day is still the page's."""
    day = found.date()
    return day in days_written(tree) and day not in days_written(list_rows_free(tree))


def _year_above(before: str, headline: str, *, day_first: bool = False) -> int | None:
    """Return the one year the page names alone above its headline (an archive's breadcrumb), or None."""
    at = before.find(headline) if headline else -1
    return page_year(before[:at] if at > 0 else before, day_first=day_first)


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
        item.date_from = SELECTOR if item.published_at is not None else None
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

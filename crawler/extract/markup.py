"""Raw page markup made fit for lxml, parsed, and read for the URL a page declares as its own.

Pages arrive with control characters, XML prologs, stray ``</html>`` tags
mid-page and nesting past libxml2's limit; each would make lxml drop text.
Preparing and parsing the markup is one job, apart from reading the article
out of the tree (``crawler.extract.article``), and the integrity middleware
reads a cut capture's canonical URL from here without any of that.
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from archive.errors import ExtractionError

_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])
_CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # the keys of _CONTROL
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>")
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)
_CANONICAL = re.compile(r"<link[^>]+rel=[\"']?canonical[\"']?[^>]*>", re.I)
_OG_URL = re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*>", re.I)
_HREF = re.compile(r"(?:href|content)=[\"']([^\"']+)[\"']", re.I)
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


def without_controls(text: str) -> str:
    """Drop the C0 control characters but tab and line ends (``_CONTROL``).

    ``str.translate`` looks each character up in the table (0.1 ms on a Chinese page); most
    pages have none, which one regex scan tells in a twentieth of that.
    """
    return text.translate(_CONTROL) if _CONTROL_CHAR.search(text) else text


def clean_markup(text: str) -> str:
    """Prepare text for lxml: no control characters, no XML prolog, no early ``</html>``.

    libxml2 drops everything after a stray ``</html>`` or ``</body>`` (gov.cn
    templates have one mid-page); both end tags are implied anyway.
    """
    text = _XML_PROLOG.sub("", without_controls(text))
    ends = list(_END_TAGS.finditer(text))
    if len(ends) <= 2:
        return text
    # Keep the last end tags (where the document really ends), drop earlier ones.
    last = {m.group(0).lower(): m.start() for m in ends}
    keep = set(last.values())
    return _END_TAGS.sub(lambda m: m.group(0) if m.start() in keep else "", text)


# An image whose alt text is a day and nothing else: old CMSs draw the date line's day as a picture
# ("发布日期：<img src='showdate.asp?id=…' alt='2018-04-04'>"); a reader sees the day.
_IMAGE_DAY = re.compile(r"\balt\s*=\s*[\"']\s*(?:19|20)\d{2}")
_DAY_ONLY = re.compile(
    r"\s*(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
)


def _image_days_shown(tree: HtmlElement, text: str) -> None:
    """Give an image that shows a day (its ``alt`` is the day alone) that day as text, where it stands.

    The raw markup is searched first: most pages have no such image, and then no element is visited.
    """
    if not _IMAGE_DAY.search(text):
        return
    for image in tree.iter("img"):
        alt = image.get("alt") or ""
        if _DAY_ONLY.fullmatch(alt):
            image.tail = f" {alt.strip()} {image.tail or ''}"


def parse_page(text: str) -> HtmlElement:
    """Parse a page's markup (made fit for lxml); an image showing a day reads as that day."""
    text = clean_markup(text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
        if _too_deep(_PARSER.error_log):
            flat = _INLINE_TAG.sub("", _BLOCK_TAG.sub("<br>", text))
            tree = lxml.html.document_fromstring(flat, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not an article: unparseable page ({exc})") from exc
    _image_days_shown(tree, text)
    return tree


def _too_deep(log: lxml.etree._ListErrorLog) -> bool:
    """Tell whether libxml2 stopped reading the page at its nesting limit (the rest is lost)."""
    return any("Excessive depth" in entry.message for entry in log)


def canonical_in_markup(text: str) -> str:
    """Return the URL a page declares as its own (``rel=canonical``, else ``og:url``), read from raw markup.

    Works on a page's head alone (the start of a capture cut short in transfer).
    """
    for regex in (_CANONICAL, _OG_URL):
        tag = regex.search(text)
        if tag and (href := _HREF.search(tag.group(0))):
            return html.unescape(href.group(1))
    return ""

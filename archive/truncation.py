"""Tell a body cut short in transfer from a whole one, from its bytes and headers alone.

One rule for the crawl (``crawler.middlewares.integrity`` refuses such a
response) and for ``reprocess`` (``archive.warc_read`` names such a capture
as damaged): the WARC keeps every response as received, truncated ones too,
and a re-extraction must not store what the crawl refused.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

try:  # brotli is a project dependency; be tolerant when it is absent
    import brotli
except ImportError:  # pragma: no cover
    brotli = None

_CHUNK = 64 * 1024
_HTML_END = (b"</html", b"</body", b"</HTML", b"</BODY")
# A document's opening tag: a body that opens one must close it (a script stub or fragment need not).
_DOCUMENT_OPEN = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)
_DOCUMENT_CLOSE = re.compile(rb"</(?:html|body)", re.IGNORECASE)
# The most an edition page is decoded to judge its end (a page past it is not judged).
DECODED_LIMIT = 16 * 1024 * 1024


def _zlib_complete(body: bytes, wbits: int) -> bool:
    # Decompress in bounded chunks and throw the output away: only the end-of-stream marker matters.
    decoder = zlib.decompressobj(wbits)
    data = body
    try:
        while data and not decoder.eof:
            decoder.decompress(data, _CHUNK)
            data = decoder.unconsumed_tail
        decoder.flush()
    except zlib.error:
        return False
    return decoder.eof


def _brotli_complete(body: bytes) -> bool:
    if brotli is None:  # pragma: no cover
        return True
    decoder = brotli.Decompressor()
    try:
        decoder.process(body)
    except brotli.error:
        return False
    return bool(decoder.is_finished())


def content_encodings(values: Iterable[str]) -> list[str]:
    """Return the codings of ``Content-Encoding`` header values, in order, without ``identity``."""
    return [
        e.strip().lower()
        for value in values
        for e in value.split(",")
        if e.strip() and e.strip().lower() != "identity"
    ]


def encoded_body_complete(body: bytes, encodings: list[str]) -> bool:
    """Tell whether a content-encoded body reaches its end-of-stream marker in each layer.

    Only the outermost layer is checked when several are stacked; that is the
    one a truncated transfer cuts.
    """
    if not encodings:
        return True
    outer = encodings[-1]
    if outer in ("gzip", "x-gzip"):
        return _zlib_complete(body, 16 + zlib.MAX_WBITS)
    if outer == "deflate":
        return _zlib_complete(body, zlib.MAX_WBITS) or _zlib_complete(body, -zlib.MAX_WBITS)
    if outer == "br":
        return _brotli_complete(body)
    return True


def html_looks_complete(body: bytes) -> bool:
    """Tell whether an (unencoded) HTML body reaches its closing tag, or ends whole without one.

    HTML lets a page omit ``</body></html>``, and some papers' pages never close: such a page is
    whole when it ends where a whole one would (:func:`ends_unclosed_but_whole`).
    """
    tail = body[-2048:]
    return any(tag in tail for tag in _HTML_END) or ends_unclosed_but_whole(body)


# Elements a page's content sits in, whose end tag HTML never lets a page leave out (``</p>``, ``</li>``,
# ``</td>`` and the like may be): a body cut inside its content leaves one of them open.
_CONTAINERS = frozenset(
    b"div table ul ol dl form section article main header footer nav aside center select textarea".split()
)
# Elements that never take an end tag: a page may end on one (``<br>``) as on an end tag.
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
_RAW_TEXT = re.compile(rb"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_RAW_OPEN = re.compile(rb"<(?:script|style)\b", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


def _encodes(word: str, codec: str) -> bool:
    try:
        word.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def ends_unclosed_but_whole(body: bytes) -> bool:
    """Tell whether an HTML body without its closing ``</body>``/``</html>`` ends where a whole page ends.

    A page whose paper never closes its documents (HTML5 allows it) ends on a complete tag with
    every container of its content (``div``, ``table``, ``ul`` ...) closed, its footer read
    (:func:`_signs_off`). A body cut short, in transfer or at the origin, ends inside text, a tag, a
    comment or a script, on the opening tag of an element, with one of its containers still open
    (the content it lost sat in them), or between two closed ones before the footer.
    """
    if not body.rstrip().endswith(b">"):
        return False
    text = _COMMENT.sub(b"", body)
    if b"<!--" in text:  # a comment never closed
        return False
    text = _RAW_TEXT.sub(b"", text)
    if _RAW_OPEN.search(text):  # a script or style never closed
        return False
    text = text.rstrip()
    depth: dict[bytes, int] = {}
    contained = False  # whether the content opened a container: a body cut before any is all lost
    last = None
    for last in _TAG.finditer(text):
        closing, name = last.group(1), last.group(2).lower()
        if name == b"body" or (name == b"head" and closing):
            depth.clear()  # the content starts here: a container of the head says nothing of it
            contained = False
        elif name in _CONTAINERS:
            contained = True
            # A stray end tag (sloppy markup) closes nothing: it must not hide a container left open.
            depth[name] = max(0, depth.get(name, 0) + (-1 if closing else 1))
    if last is None or last.end() != len(text) or not contained:
        return False  # no tag at all, or the body ends in text that happens to end with ">"
    closing, name = last.group(1), last.group(2).lower()
    if not closing and name not in _VOID and not text.endswith(b"/>"):
        return False  # ends on an element's opening tag: what it held is gone
    return not any(depth.values()) and _signs_off(text)


# What a page's footer says, in the encodings Chinese pages come in: a CMS that stops writing a page
# line by line can stop between two closed containers (an older e-paper's sibling tables), and only the
# footer, which comes last, tells that page from its cut. (ICP 备案 is on every mainland site by law.)
# Not 主办 (a masthead's 中共某市委主办), 联系我们 or 关于本报 (a top nav bar's): they stand above the content
# as often as below it, so a cut right after them would read whole.
_SIGN_OFF_WORDS = ("版权", "版權", "备案", "備案", "©")
_SIGN_OFF = re.compile(
    b"|".join(
        [
            re.escape(w.encode(codec))
            for w in _SIGN_OFF_WORDS
            for codec in ("utf-8", "gb18030", "big5")
            if _encodes(w, codec)
        ]
        + [rb"copyright", rb"&copy;", rb"&#169;", rb"&#xa9;", rb"(?-i:ICP)", rb"all rights reserved"]
    ),
    re.IGNORECASE,
)
_SIGN_OFF_SPAN = 3000  # bytes of the page's last visible text a footer is looked for in


def _signs_off(text: bytes) -> bool:
    """Tell whether a page's last visible text holds a footer's words (版权所有, Copyright, ICP 备案 ...).

    ``text`` is the page without its comments, scripts and styles (:func:`ends_unclosed_but_whole`
    removed them, and refused a page with one left open): a script's licence says Copyright too.
    """
    visible = re.sub(rb"<[^<>]*>", b" ", text)
    return _SIGN_OFF.search(visible[-_SIGN_OFF_SPAN:]) is not None


def document_cut_short(body: bytes) -> bool:
    """Tell whether a decoded HTML body that opens its document (``<html>``/``<body>``) ends unclosed.

    A page cut short at the origin (a CMS that wrote half a file) is served with a Content-Length
    that matches the cut: no transfer check sees it. The closing tag is then the only witness,
    searched in the whole body: what follows it (a template's blank lines, a statistics script,
    comments) can run past any tail, and a whole page refused so fails its edition on every crawl.
    Without one, the page's end says it (:func:`ends_unclosed_but_whole`): a paper that never closes
    its pages is not refused on every crawl for want of a setting.
    """
    if _DOCUMENT_OPEN.search(body) is None or _DOCUMENT_CLOSE.search(body) is not None:
        return False
    return not ends_unclosed_but_whole(body)


def decoded_body(body: bytes, encodings: list[str], limit: int = DECODED_LIMIT) -> bytes | None:
    """Return ``body`` decoded from its one content coding (``None``: stacked, unknown, or past ``limit``)."""
    if not encodings:
        return body
    if len(encodings) > 1:
        return None
    coding = encodings[0]
    if coding == "br":
        if brotli is None:  # pragma: no cover
            return None
        try:
            decoded = bytes(brotli.Decompressor().process(body))
        except brotli.error:
            return None
        return decoded if len(decoded) <= limit else None
    if coding not in ("gzip", "x-gzip", "deflate"):
        return None
    wbits = [16 + zlib.MAX_WBITS] if coding != "deflate" else [zlib.MAX_WBITS, -zlib.MAX_WBITS]
    for bits in wbits:
        decoder = zlib.decompressobj(bits)
        try:
            decoded = decoder.decompress(body, limit + 1)
        except zlib.error:
            continue
        return decoded if len(decoded) <= limit else None
    return None


def cut_without_length(flags: Iterable[str], content_type: str, encodings: list[str], body: bytes) -> bool:
    """Tell whether an unencoded HTML body that its connection's close ended (flag ``partial``) was cut.

    Legitimate for HTTP/1.0-style servers, so such a body counts as whole when it
    reaches its closing tag; ``dataloss`` (closed before ``Content-Length``) is cut.
    """
    if "dataloss" in flags:
        return True
    if "partial" not in flags or encodings:
        return False
    html = "html" in content_type.lower() or not content_type
    return html and not html_looks_complete(body)


def readable_head(body: bytes, encodings: list[str], limit: int = _CHUNK) -> bytes:
    """Return up to ``limit`` bytes of a (possibly cut) body's start, decoded from its one coding.

    A page cut short in transfer is refused, but its head usually arrived
    whole: enough to read where the page says it lives (``rel=canonical``).
    Stacked codings, or a stream unreadable from its start, give ``b""``.
    """
    if not encodings:
        return body[:limit]
    if len(encodings) > 1:
        return b""
    coding = encodings[0]
    if coding == "br":
        if brotli is None:  # pragma: no cover
            return b""
        try:
            return bytes(brotli.Decompressor().process(body[: 4 * limit]))[:limit]
        except brotli.error:
            return b""
    if coding not in ("gzip", "x-gzip", "deflate"):
        return b""
    wbits = [16 + zlib.MAX_WBITS] if coding != "deflate" else [zlib.MAX_WBITS, -zlib.MAX_WBITS]
    for bits in wbits:
        try:
            return zlib.decompressobj(bits).decompress(body, limit)
        except zlib.error:
            continue
    return b""

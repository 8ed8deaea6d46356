"""Turn the bytes of an HTML page into text without storing mojibake.

Regional Chinese sites often serve GBK pages that declare no charset, or declare
the wrong one (an ``ISO-8859-1`` header on a GBK body, a ``gb2312`` meta on a
UTF-8 body). Scrapy/w3lib then decode silently to garbage. Counting U+FFFD is not
enough: GBK read as Latin-1 never fails, it just yields ``Ã¤Â½Â``-style letters.
So every candidate encoding is *verified* by comparing the share of CJK
characters with the share of Latin-1-supplement letters, and a failing candidate
is replaced by the next one (meta charset, UTF-8, GB18030).

The common path (a declared charset that verifies) costs one ``bytes.decode``
and two regex counts; charset-normalizer is only consulted when nothing that was
declared or guessed verifies.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from crawler.errors import UndecodablePage

__all__ = ["Decoded", "decode_html", "normalize_label", "text_looks_clean"]


@dataclass
class Decoded:
    """The text of a page and how it was obtained.

    ``fallback`` is True when the declared (or first detected) encoding was
    wrong and another one was used, so callers can count such pages.
    """

    text: str
    encoding: str
    fallback: bool


# GB2312 and GBK are subsets of GB18030: decoding with the superset never loses
# characters that a mislabelled page actually uses.
_GB_LABELS = {"gb2312", "gbk", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "ms936", "csgb2312", "gb18030"}
# WHATWG maps Latin-1 labels to windows-1252; browsers do the same.
_LATIN_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252"}
_BIG5_LABELS = {"big5", "big5-hkscs", "x-big5", "cn-big5", "csbig5"}

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+\-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.+\-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)", re.I)
# CJK ideographs, CJK punctuation and full-width forms: what Chinese text is made of.
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
# Letters and signs that mojibake produces when CJK bytes are read as Latin-1/cp1252.
_LATIN_SUP = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_META_WINDOW = 8192


def normalize_label(label: str | None) -> str | None:
    """Map a charset label to the Python codec we decode with, or None if unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _GB_LABELS:
        return "gb18030"
    if name in _LATIN_LABELS:
        return "cp1252"
    if name in _BIG5_LABELS:
        return "big5hkscs"
    if name in {"utf8", "utf-8", "unicode-1-1-utf-8", "x-unicode20utf8"}:
        return "utf-8"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in {"gbk", "gb2312", "gb18030"}:
        return "gb18030"
    return codec


def text_looks_clean(text: str) -> bool:
    """Tell whether ``text`` shows no sign of mojibake or heavy byte damage.

    A page is suspect when Latin-1-supplement letters are frequent compared with
    CJK characters (the signature of CJK bytes decoded as a Western codec) or when
    replacement characters are more than a few broken bytes would explain.
    """
    return _problems(text) is None


def _problems(text: str) -> str | None:
    """Return a one-line reason why ``text`` is not clean, or None."""
    bad = text.count("\ufffd")
    if bad > 16 and bad * 200 > len(text):
        return f"{bad} undecodable bytes"
    latin = len(_LATIN_SUP.findall(text))
    if latin > 16:
        cjk = len(_CJK.findall(text))
        if latin * 2 > cjk:
            # Western pages have Latin-1 letters too, but only as a thin sprinkle
            # among ASCII; mojibake of CJK text is dense.
            if latin * 20 > len(text) or cjk:
                return f"looks like mojibake ({latin} Latin-1 letters vs {cjk} CJK)"
    return None


def _bom(body: bytes) -> str | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _declared(body: bytes, content_type: str | None) -> list[tuple[str, str]]:
    """List (source, codec) pairs from the HTTP header, meta tags and XML prolog."""
    found: list[tuple[str, str]] = []
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := normalize_label(match.group(1))):
            found.append(("header", codec))
    head = body[:_META_WINDOW]
    for regex in (_XML_ENCODING, _META_CHARSET):
        match = regex.search(head)
        if match and (codec := normalize_label(match.group(1).decode("ascii", "replace"))):
            found.append(("meta", codec))
    return found


def _try(body: bytes, codec: str, strict: bool) -> str | None:
    try:
        return body.decode(codec, "strict" if strict else "replace")
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, content_type: str | None = None, override: str | None = None) -> Decoded:
    """Decode ``body`` to text, verifying each candidate encoding in order.

    Order: ``override`` > BOM > HTTP header charset > meta charset > detection
    (strict UTF-8, strict GB18030, then charset-normalizer). A candidate that
    decodes to mojibake or to many U+FFFD is skipped. Raises
    :class:`UndecodablePage` when nothing gives readable text.
    """
    if not body:
        return Decoded("", normalize_label(override) or "utf-8", False)
    candidates: list[str] = []
    if override:
        codec = normalize_label(override)
        if codec is None:
            raise UndecodablePage(f"unknown encoding {override!r}")
        candidates.append(codec)
    bom = _bom(body)
    if bom:
        candidates.append(bom)
    candidates.extend(codec for _, codec in _declared(body, content_type))
    first = candidates[0] if candidates else None
    # Strict UTF-8 validity is a strong signal: GBK text practically never
    # validates as UTF-8, so a GB label on a valid UTF-8 body is a mislabel.
    utf8_valid: bool | None = None
    tried: set[str] = set()
    reasons: list[str] = []
    for codec in [*candidates, "utf-8", "gb18030", "big5hkscs"]:
        if codec in tried:
            continue
        tried.add(codec)
        if codec == "gb18030" and "utf-8" not in tried:
            if utf8_valid is None:
                utf8_valid = not body.isascii() and _try(body, "utf-8", strict=True) is not None
            if utf8_valid:
                reasons.append("gb18030: body is valid UTF-8")
                continue
        # "replace" lets a page with a few broken bytes through; _problems()
        # rejects the text when the damage is more than a few bytes.
        text = _try(body, codec, strict=True) or _try(body, codec, strict=False)
        if text is None:
            continue
        problem = _problems(text)
        if problem is None:
            return Decoded(text.lstrip("\ufeff"), _public_name(codec), first is not None and codec != first)
        reasons.append(f"{codec}: {problem}")
    detected = _detect(body)
    if detected is not None:
        codec, text = detected
        return Decoded(text, _public_name(codec), first is not None)
    raise UndecodablePage("no encoding gives readable text (" + "; ".join(reasons[:3]) + ")")


def _public_name(codec: str) -> str:
    return "utf-8" if codec == "utf-8-sig" else codec


def _detect(body: bytes) -> tuple[str, str] | None:
    """Ask charset-normalizer as a last resort (slow: only for odd pages)."""
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    codec = normalize_label(best.encoding) or best.encoding
    text = _try(body, codec, strict=False)
    if text is None or _problems(text) is not None:
        return None
    return codec, text

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

from archive.errors import UndecodablePage
from crawler.extract.gbk_repair import FREQUENT_CHARS, QMARK_BEFORE_HIGH, repair_gbk

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
# Latin-1 letters: GBK lead bytes B0-F7 and UTF-8 lead bytes E4-E9 read as
# Latin-1/cp1252 land here, so mojibake of Chinese text is full of them.
# (Typographic quotes and dashes are left out: English pages are full of them.)
_LATIN = re.compile(r"[\u00c0-\u00ff]")
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\ue000-\uf8ff]+")  # runs: see _count
_FREQUENT = re.compile("[" + re.escape("".join(sorted(set(FREQUENT_CHARS)))) + "]+")


def _count(runs: re.Pattern[str], text: str) -> int:
    """Count the characters of ``text`` in a class, given the regex of its runs.

    Summing run lengths builds a string per run, where ``findall`` of single characters
    built one per character (hanzi and frequent characters: 90 -> 50 us on a GBK page).
    """
    return sum(map(len, runs.findall(text)))


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

    Suspect text has Latin-1 letters (U+00C0-U+00FF) outnumbering CJK
    characters two to one, the signature of CJK bytes decoded as a Western
    codec, or more U+FFFD than a few broken bytes explain.
    """
    return _damage(text, 16, 0.005) is None and _latin_suspect(text) is None


def _damage(text: str, absolute: int, share: float) -> str | None:
    bad = text.count("\ufffd")
    if bad > absolute and bad > share * len(text):
        return f"{bad} undecodable bytes"
    return None


def _latin_suspect(text: str) -> str | None:
    latin = len(_LATIN.findall(text))
    if latin <= 16:
        return None
    cjk = len(_CJK.findall(text))
    if latin > 2 * cjk:
        return f"looks like mojibake ({latin} Latin-1 letters vs {cjk} CJK)"
    return None


def _byte_soup(text: str) -> str | None:
    """Flag GB18030 text whose hanzi are not the ones Chinese is written with.

    Binary data or text read one byte off decodes to valid but rare hanzi;
    in real Chinese text the ~550 most frequent characters are well over a
    third of all hanzi, in byte soup a few percent.
    """
    hanzi = _count(_HANZI, text)
    if hanzi < 50:
        return None
    frequent = _count(_FREQUENT, text)
    if frequent * 6 < hanzi:
        return f"byte soup ({frequent} of {hanzi} hanzi are common ones)"
    return None


# Multi-byte East Asian codecs other than GB: GBK bytes decode in most of them without an
# error (or with a few U+FFFD), into valid but wrong characters no Latin-letter count sees.
_OTHER_CJK = {"big5hkscs", "big5", "cp950", "euc_kr", "cp949", "johab", "shift_jis", "cp932", "euc_jp"}


def _common_share(text: str) -> float:
    """Return the share of the most frequent Chinese characters among the hanzi (0 below 50 hanzi)."""
    hanzi = _count(_HANZI, text)
    return _count(_FREQUENT, text) / hanzi if hanzi >= 50 else 0.0


def _reads_as_gb(body: bytes, codec: str, text: str) -> str | None:
    """Flag a GBK page labelled Big5, EUC-KR or Shift_JIS (a server default, a copied template).

    Real Chinese text has well over a third of its hanzi among the most frequent
    characters; the same bytes read in the wrong East Asian codec give rare ones
    (or Hangul, kana). Only a GB18030 reading (strictly valid, or but for a few
    broken bytes) that looks like Chinese while the declared one does not, by
    half, is taken instead: genuine Big5, Korean and Japanese pages read as
    GB18030 fall far below a third.
    """
    # A UTF-8 BOM the body belies (its bytes are no GB18030) is no part of the GBK reading, and
    # a few broken bytes (flipped in transit) do not make it less GBK than the declared reading.
    plain = body.removeprefix(b"\xef\xbb\xbf")
    gb = _try(plain, "gb18030", strict=True)
    if gb is None:
        gb = _try(plain, "gb18030", strict=False)
        if gb is None or _damage(gb, 16, 0.005):
            return None
    gb_share = _common_share(gb)
    if gb_share >= 1 / 3 and _common_share(text) < gb_share / 2:
        return f"reads as GBK, not {codec}"
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
        meta = regex.search(head)
        if meta and (codec := normalize_label(meta.group(1).decode("ascii", "replace"))):
            found.append(("meta", codec))
    return found


def _utf16_sniff(body: bytes) -> str | None:
    """Name UTF-16 without a byte-order mark: ASCII markup leaves every other byte zero."""
    head = body[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * len(head) / 2 and even < odd / 8:
        return "utf-16-le"
    if even > 0.3 * len(head) / 2 and odd < even / 8:
        return "utf-16-be"
    return None


# Files that servers hand out as text/html by mistake (an image or PDF at an article's URL).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
)
# C0 control characters that text never holds (tab, newline, form feed and carriage return aside).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _binary_kind(body: bytes) -> str | None:
    """Name the binary file ``body`` starts like (a PNG, a PDF ...), or None.

    Any byte string decodes as GB18030 or cp1252 with few errors, so an image
    served as ``text/html`` would otherwise pass for a page of rare hanzi.
    """
    head = body.lstrip(b"\x00\t\n\r ")[:16]
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def _without_stray_nuls(body: bytes, bom: str | None) -> bytes:
    """Drop a few NUL bytes from a page that is not UTF-16 (a padded buffer, a half-written file).

    A NUL between the two bytes of a GBK character shifted the rest of its line
    into valid but wrong hanzi (``嵋橹赋觯``); outside UTF-16 a NUL is never text.
    Many NULs are left for the UTF-16 checks to judge.
    """
    nuls = body.count(0)
    if not nuls or bom == "utf-16" or (nuls > 16 and nuls > 0.01 * len(body)) or _utf16_sniff(body):
        return body
    return body.replace(b"\x00", b"")


def _not_text(codec: str, text: str) -> str | None:
    """Flag a decoding that cannot be the page: NULs or control characters, or UTF-16/32 without markup.

    Binary data decodes to control characters (about one byte in nine); text,
    even with a few stray ones, has next to none.
    """
    if codec.startswith(("utf-16", "utf-32")):
        return None if "<" in text[:4096] else "no markup: not this encoding"
    nuls = text.count("\x00")
    if nuls > 16 and nuls > 0.01 * len(text):
        return f"{nuls} NUL characters (UTF-16?)"
    controls = len(_CONTROLS.findall(text))
    return (
        f"{controls} control characters (binary data?)"
        if controls > 16 and controls > 0.02 * len(text)
        else None
    )


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
    if kind := _binary_kind(body):
        raise UndecodablePage(f"not a page: the body is {kind}")
    candidates: list[str] = []
    forced = None  # the source's own encoding setting: an archivist's word is not second-guessed
    if override:
        forced = normalize_label(override)
        if forced is None:
            raise UndecodablePage(f"unknown encoding {override!r}")
        candidates.append(forced)
    bom = _bom(body)
    if bom:
        candidates.append(bom)
    body = _without_stray_nuls(body, bom)
    candidates.extend(codec for _, codec in _declared(body, content_type))
    first = candidates[0] if candidates else None
    # Strict UTF-8 validity is a strong signal: GBK text practically never
    # validates as UTF-8, so a GB label on a valid UTF-8 body is a mislabel.
    utf8_valid: bool | None = None
    tried: set[str] = set()
    reasons: list[str] = []
    suspect: tuple[str, str] | None = None
    sniffed = _utf16_sniff(body)
    for codec in [*candidates, *([sniffed] if sniffed else []), "utf-8", "gb18030", "big5hkscs"]:
        if codec in tried:
            continue
        tried.add(codec)
        if _legacy(codec) and codec != forced and "utf-8" not in tried:
            # The same holds for a Latin-1 header on a UTF-8 page (common): a page with
            # a few dashes and quotes would store "â€”" without raising the mojibake count.
            if utf8_valid is None:
                utf8_valid = _reads_as_utf8(body)
            if utf8_valid:
                reasons.append(f"{codec}: body is valid UTF-8")
                continue
        if codec == "utf-8" and utf8_valid is None:
            utf8_valid = _reads_as_utf8(body)
        # A page that reads as UTF-8 but for a few flipped bytes is as good as declared UTF-8.
        declared = codec in candidates or (codec == "utf-8" and utf8_valid)
        text = _try(body, codec, strict=True)
        strict = text is not None
        if codec == "gb18030" and (text is None or QMARK_BEFORE_HIGH.search(body)):
            # A lost byte shifts the rest of its line into valid but wrong
            # characters: drop the orphan byte(s) before decoding.
            repaired, count = repair_gbk(body, clean=text is not None)
            if count:
                text, strict = _try(repaired, codec, strict=False), False
        if text is None:
            text = _try(body, codec, strict=False)
            if text is None:
                continue
        if not strict:
            # A few broken bytes are tolerated in any candidate, more of them
            # (0.5% of the text) only in an encoding the page declares.
            problem = _damage(text, 16, 0.005) if declared else _damage(text, 16, 0.0)
            if problem is None and codec == "utf-8" and not declared and _try(body, "gb18030", True):
                # An undeclared GBK page with a few hanzi (an English page naming 张三) broke
                # under UTF-8 at those few bytes only, and lost them; GB18030 reads it whole.
                problem = "the broken bytes read as GB18030"
            if problem:
                reasons.append(f"{codec}: {problem}")
                continue
        # Strictly valid UTF-8 is strong evidence: GBK text practically never
        # validates as UTF-8, and accented Western text is not mojibake.
        problem = _not_text(codec, text)
        if problem is None and codec in _OTHER_CJK:
            problem = _reads_as_gb(body, codec, text)
        # UTF-8 with a few broken bytes (a page cut short mid-character) is as good.
        if problem is None and not codec.startswith("utf-8"):
            problem = _latin_suspect(text)
        if problem is None and codec == "gb18030" and not strict:
            problem = _byte_soup(text)
        if problem is None:
            return Decoded(text.lstrip("\ufeff"), _public_name(codec), first is not None and codec != first)
        reasons.append(f"{codec}: {problem}")
        suspect = suspect or (codec, text)
    detected = _detect(body)
    if detected is not None:
        codec, text = detected
        return Decoded(text, _public_name(codec), first is not None and codec != first)
    if (
        suspect is not None
        and len(_LATIN.findall(suspect[1])) * 20 < len(suspect[1])
        and _not_text(*suspect) is None
    ):
        # Nothing CJK fits, and Latin-1 letters are a thin sprinkle among ASCII:
        # a Western page in its legacy encoding, not mojibake.
        codec, text = suspect
        return Decoded(text, _public_name(codec), first is not None and codec != first)
    raise UndecodablePage("no encoding gives readable text (" + "; ".join(reasons[:3]) + ")")


def _reads_as_utf8(body: bytes) -> bool:
    """Tell whether ``body`` is UTF-8 with non-ASCII text, allowing a few broken bytes.

    A page cut short by a size cap ends mid-character, and a few flipped bytes
    must not turn a UTF-8 page under a Latin-1 or GBK label into mojibake
    (``濂栭噾``). GBK or Latin-1 text read as UTF-8 breaks at nearly every
    non-ASCII byte. U+FFFD the page itself holds (``锟斤拷`` when read as GBK)
    are text, not errors.
    """
    if body.isascii():
        return False
    if _try(body, "utf-8", strict=True) is not None:
        return True
    text = body.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    errors = replaced - body.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", "ignore")) - replaced  # non-ASCII, counted in C
    # A mostly English page has few characters past ASCII: a few errors among them are
    # still damage, not another encoding (GBK read as UTF-8 breaks twice as often as not).
    return errors * 20 <= wide or (errors <= 16 and wide >= 2 * errors)


def _legacy(codec: str) -> bool:
    """Tell whether ``codec`` is a pre-Unicode encoding (GB18030, Big5, cp1252 ...), not a UTF."""
    return not codec.startswith("utf")


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
    if text is None or not text_looks_clean(text) or _not_text(codec, text) or _byte_soup(text):
        return None
    return codec, text

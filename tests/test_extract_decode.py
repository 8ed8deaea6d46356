"""decode_html: declared, mislabelled, undeclared and damaged encodings."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.errors import ExtractionError, UndecodablePage
from crawler.extract import extract_article
from crawler.extract.decode import decode_html, normalize_label, text_looks_clean

TEXT = "记者从市政府获悉，全市防汛工作会议于7月19日召开，会议强调压实责任、确保安全。" * 4
PAGE = f"<html><head><title>防汛会议</title></head><body><p>{TEXT}</p></body></html>"


def test_gbk_without_charset_is_not_decoded_as_cp1252() -> None:
    decoded = decode_html(PAGE.encode("gbk"), "text/html")
    assert TEXT in decoded.text
    assert decoded.encoding == "gb18030"
    assert decoded.fallback is False  # nothing was declared, so nothing was wrong


def test_latin1_header_on_gbk_body_falls_back_to_gb18030() -> None:
    # Latin-1 decoding never fails: only the letter statistics reveal the mojibake.
    assert "\ufffd" not in PAGE.encode("gbk").decode("latin-1")
    decoded = decode_html(PAGE.encode("gbk"), "text/html; charset=ISO-8859-1")
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.fallback) == ("gb18030", True)


def test_meta_charset_is_used_when_header_is_wrong() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="big5">')
    decoded = decode_html(page.encode("big5", "replace"), "text/html; charset=iso-8859-1")
    assert decoded.encoding == "big5hkscs"
    assert decoded.fallback is True


def test_gb2312_label_on_utf8_body_is_decoded_as_utf8() -> None:
    page = PAGE.replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    )
    decoded = decode_html(page.encode("utf-8"))
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.fallback) == ("utf-8", True)


def test_gb_labels_decode_as_gb18030_superset() -> None:
    # 镕 (U+9555) is in GBK/GB18030 but not in GB2312: a gb2312 label must not lose it.
    page = PAGE.replace("防汛会议", "朱镕基考察").replace("<head>", '<head><meta charset="gb2312">')
    decoded = decode_html(page.encode("gb18030"))
    assert "朱镕基考察" in decoded.text
    assert (decoded.encoding, decoded.fallback) == ("gb18030", False)


def test_a_few_broken_bytes_are_tolerated() -> None:
    raw = bytearray(PAGE.encode("gbk"))
    raw[raw.find("防汛".encode("gbk")) + 1] = 0x3F  # a '?' where a trail byte was
    raw[raw.find("确保".encode("gbk")) : raw.find("确保".encode("gbk"))] = b"\xff"  # a stray invalid byte
    decoded = decode_html(bytes(raw), "text/html; charset=gbk")
    assert decoded.encoding == "gb18030"
    assert "<title>?汛会议</title>" in decoded.text  # the orphan lead byte is dropped, not shifted
    assert decoded.text.count("\ufffd") == 1
    assert TEXT[: TEXT.index("确保")] in decoded.text


def test_override_wins_and_bad_override_is_reported() -> None:
    assert decode_html(PAGE.encode("gbk"), "text/html; charset=utf-8", override="GBK").encoding == "gb18030"
    with pytest.raises(UndecodablePage, match="unknown encoding"):
        decode_html(b"<html></html>", override="no-such-codec")


def test_bom_wins_over_a_wrong_header() -> None:
    decoded = decode_html(b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "text/html; charset=gbk")
    assert decoded.text.startswith("<html>")
    assert decoded.encoding == "utf-8"


def test_western_page_in_latin1_is_not_called_mojibake() -> None:
    page = "<html><body>" + "Le café de la gare était fermé. " * 5 + "x" * 3000 + "</body></html>"
    decoded = decode_html(page.encode("latin-1"), "text/html; charset=iso-8859-1")
    assert "café" in decoded.text
    assert decoded.encoding == "cp1252"


def test_random_high_bytes_are_undecodable() -> None:
    noise = bytes((i * 73 + 129) % 128 + 128 for i in range(4000))
    with pytest.raises(UndecodablePage, match="no encoding gives readable text"):
        decode_html(b"<html><body>" + noise + b"</body></html>")


def test_mojibake_detector() -> None:
    assert text_looks_clean(TEXT)
    assert not text_looks_clean(TEXT.encode("gbk").decode("latin-1"))
    assert not text_looks_clean(TEXT.encode("utf-8").decode("cp1252", "replace"))


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("ISO-8859-1", "cp1252"),
        ("utf8", "utf-8"),
        ("Big5", "big5hkscs"),
        ("nonsense", None),
        ("", None),
    ],
)
def test_normalize_label(label: str, codec: str | None) -> None:
    assert normalize_label(label) == codec


@settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=3000),
    header=st.sampled_from(
        [None, "text/html", "text/html; charset=gbk", "text/html; charset=iso-8859-1", "charset=utf-8"]
    ),
)
def test_random_bytes_raise_only_our_errors(body: bytes, header: str | None) -> None:
    try:
        decoded = decode_html(body, header)
        assert isinstance(decoded.text, str)
        extract_article("http://example.com/a.html", body, content_type=header)
    except ExtractionError:
        pass


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=400), wrap=st.booleans())
def test_random_markup_raises_only_our_errors(text: str, wrap: bool) -> None:
    html = (
        f"<html><head><title>{text[:20]}</title></head><body><h1>{text}</h1><p>{text}</p></body></html>"
        if wrap
        else text
    )
    try:
        extract_article("http://example.com/a.html", html.encode("utf-8", "surrogatepass"))
    except ExtractionError:
        pass


SENTENCE = (
    "会议指出，今年入汛以来，我市降雨偏多，部分河道水位超过警戒线。各区县要加强巡查值守，做好物资储备。"
)


def test_lost_lead_byte_replaced_by_question_mark_is_resynchronised() -> None:
    # The Sogou-dump damage: "?" for the lead byte of one character and for the
    # trail byte of a later one. Everything between decodes to valid but wrong
    # characters ("?；泼鳎合衷谖倚?布") unless the run is read one byte shifted.
    raw = bytearray(f"<html><body><p>{SENTENCE}</p></body></html>".encode("gbk"))
    start = raw.find("降".encode("gbk"))
    end = raw.find("警".encode("gbk"))
    raw[start] = 0x3F
    raw[end + 1] = 0x3F
    assert bytes(raw).decode("gb18030")  # still valid: no decoding error to see
    text = decode_html(bytes(raw), "text/html; charset=gbk").text
    assert "我市?雨偏多，部分河道水位超过?戒线" in text


def test_deleted_byte_damages_one_character_not_the_line() -> None:
    raw = bytearray(SENTENCE.encode("gbk"))
    del raw[raw.find("河".encode("gbk"))]
    text = decode_html(b"<p>" + bytes(raw) + b"</p>", "text/html; charset=gbk").text
    assert "部分道水位超过警戒线。各区县要加强巡查值守" in text


TRADITIONAL = (
    "真的嗎?廣場上擠滿了旅客，車站的工作人員說，節假日期間每天發送旅客超過三萬人次。"
    "記者問:這樣嗎?廣場擴建後，進出站將更加方便。市民們紛紛表示滿意。"
)


def test_question_mark_before_traditional_text_in_gbk_is_not_taken_for_a_lost_byte() -> None:
    # Traditional characters sit in GBK's extension, many with a trail byte in 0x40-0x7E
    # (廣 ends in "V"): the byte runs between such letters have odd lengths though the
    # page decodes cleanly, and a "?" anywhere set off the repair, which dropped a byte
    # from each run and stored "鎮江火車站?南V場" for a clean "鎮江火車站?南廣場".
    html = (
        "<html><head><title>鎮江火車站?南廣場</title></head><body>"
        f"<h1>鎮江火車站?南廣場</h1><p>{TRADITIONAL * 2}</p></body></html>"
    )
    raw = html.encode("gbk")
    assert raw.decode("gb18030") == html
    assert decode_html(raw, "text/html; charset=gbk").text == html
    article = extract_article("http://127.0.0.1/a.htm", raw, content_type="text/html")
    assert article.title == "鎮江火車站?南廣場"
    assert "真的嗎?廣場上擠滿了旅客" in article.body and "這樣嗎?廣場擴建後" in article.body


TRADITIONAL_PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    "<title>鎮江火車站南廣場擴建工程啟動</title></head><body>"
    '<div class="nav"><a href="/">首頁</a> &gt; <a href="/news/">本地新聞</a></div>'
    "<h1>鎮江火車站南廣場擴建工程啟動</h1>"
    '<div class="info">2024年03月05日 來源：鎮江日報 記者 陳國華</div>'
    f"<div class=\"content\"><p>{TRADITIONAL}</p>"
    "<p>據介紹，南廣場擴建工程總投資約五億元，將新建地下停車場和公交樞紐，預計明年底完工。</p>"
    "<p>記者在現場看到，施工圍擋已經設置完畢，大型機械陸續進場。</p></div>"
    '<div class="footer">版權所有 鎮江日報社</div></body></html>'
)


def test_a_traditional_gbk_page_that_fails_to_decode_loses_only_the_damaged_character() -> None:
    """Traditional characters end in 0x40-0x7E as often as not (廣 = 8F 56, "V"): the byte runs a
    letter trail cuts have odd lengths. On a page with one lost byte (it no longer decodes) the repair
    dropped a byte from each such run: "南廣場擴建" was stored "南V鰯U建", the whole page garbled."""
    raw = bytearray(TRADITIONAL_PAGE.encode("gbk"))
    at = raw.find("完工".encode("gbk"))
    del raw[at + 3]  # the trail byte of 工, before "。": the page no longer decodes
    with pytest.raises(UnicodeDecodeError):
        bytes(raw).decode("gb18030")
    text = decode_html(bytes(raw), "text/html").text
    whole = TRADITIONAL_PAGE.replace("完工。", "完")
    assert "<title>鎮江火車站南廣場擴建工程啟動</title>" in text
    assert "真的嗎?廣場上擠滿了旅客，車站的工作人員說，節假日期間每天發送旅客超過三萬人次。" in text
    assert "記者在現場看到，施工圍擋已經設置完畢，大型機械陸續進場。" in text
    # Only the damaged character (and the full stop its lost byte paired with) is gone.
    assert difflib.SequenceMatcher(None, text, whole).ratio() > 0.99, text
    article = extract_article("http://127.0.0.1/a.htm", bytes(raw), content_type="text/html")
    assert article.title == "鎮江火車站南廣場擴建工程啟動"


def test_a_lost_byte_before_a_letter_in_simplified_text_is_still_repaired() -> None:
    # The rule that keeps a traditional run cut by a letter trail must not keep a simplified line a
    # lost byte shifted: there the run less one byte reads as frequent characters, by a wide margin.
    line = "本报讯 今年以来，我市经济运行总体平稳，工业生产和市场销售保持增长，A股上市公司达到十二家。"
    raw = bytearray(f"<html><body><p>{line}</p><p>{SENTENCE}</p></body></html>".encode("gbk"))
    at = raw.find("增长".encode("gbk"))
    del raw[at]  # the lead byte of 增: the run up to "A" is one byte short
    raw += "<p>尾</p>".encode("gbk")[:-5]  # and a byte lost at the end: the page no longer decodes
    with pytest.raises(UnicodeDecodeError):
        bytes(raw).decode("gb18030")
    text = decode_html(bytes(raw), "text/html; charset=gbk").text
    assert "保持长，A股上市公司" in text


def test_latin1_header_on_a_utf8_page_with_few_accents_is_read_as_utf8() -> None:
    # Too few "â€" to count as mojibake, yet each dash and quote was stored as three letters.
    page = (
        "<html><body><p>"
        + "The minister’s plan — announced today — is new. " * 3
        + "x" * 2000
        + "</p></body></html>"
    )
    decoded = decode_html(page.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert (decoded.encoding, decoded.fallback) == ("utf-8", True)
    assert "minister’s plan — announced" in decoded.text
    # The source's own setting is the archivist's word: not second-guessed.
    assert decode_html(page.encode("utf-8"), None, override="latin-1").encoding == "cp1252"


@pytest.mark.parametrize(
    ("magic", "kind"),
    [(b"\x89PNG\r\n\x1a\n", "PNG image"), (b"%PDF-1.4\n", "PDF document"), (b"\xff\xd8\xff\xe0", "JPEG")],
)
def test_a_binary_file_served_as_html_is_no_page(magic: bytes, kind: str) -> None:
    noise = bytes((i * 7919 + i // 3) % 256 for i in range(3000))
    for content_type in (None, "text/html", "text/html; charset=gbk", "text/html; charset=utf-8"):
        with pytest.raises(UndecodablePage, match=f"not a page: the body is an? {kind}"):
            decode_html(magic + noise, content_type)


def test_binary_noise_never_becomes_an_article() -> None:
    # Any byte string reads as GB18030 with few errors; charset-normalizer's guess was taken
    # unchecked, and one page of random bytes in ten was stored as an article of rare hanzi.
    import random

    rng = random.Random(7)
    stored = []
    for _ in range(40):
        noise = bytes(rng.randrange(256) for _ in range(3000))
        try:
            stored.append(
                extract_article("http://127.0.0.1/a.htm", noise, content_type="text/html").body[:40]
            )
        except ExtractionError:
            pass
    assert stored == []


def test_a_utf8_page_cut_mid_character_keeps_its_encoding() -> None:
    # A size cap cuts pages anywhere: the last character is broken, the rest is still UTF-8.
    western = "<html><body><p>" + "O vídeo está disponível — é a última versão. " * 20 + "</p></body></html>"
    cut = western.encode("utf-8")[: -len("</p></body></html>")] + "é".encode()[:1]
    decoded = decode_html(cut, "text/html; charset=iso-8859-1")
    assert decoded.encoding == "utf-8"
    assert "O vídeo está disponível — é a última versão." in decoded.text
    # Undeclared, its accents are letters of the page, not mojibake of another encoding.
    damaged = b"\xff\xfe" + western.encode("utf-8")
    assert "vídeo está" in decode_html(damaged, "text/html").text
    # U+FFFD the page holds are text, not broken bytes: under a GBK label they are not "锟斤拷".
    lost = "<html><body><p>" + "\ufffd" * 3000 + "</p></body></html>"
    assert decode_html(lost.encode("utf-8"), "text/html; charset=gbk").encoding == "utf-8"
    # A UTF-8 page with a few flipped bytes under a GBK label is no GBK mojibake ("濂栭噾").
    flipped = bytearray(f"<html><body><p>{TEXT * 3}</p></body></html>".encode())
    for at in (200, 500, 800, 1100):
        flipped[at] = 0xFF
    decoded = decode_html(bytes(flipped), "text/html; charset=gbk")
    assert decoded.encoding == "utf-8" and "会议强调压实责任" in decoded.text


def test_undeclared_utf8_with_flipped_bytes_is_not_read_as_cyrillic() -> None:
    # A dozen damaged bytes: strict UTF-8 failed, undeclared UTF-8 allowed 16 broken characters,
    # so the page was lost as undecodable, or (a corpus page with 40 in 28 KB of markup) read as
    # charset-normalizer's ptcp154 Cyrillic ("дҝЎжҒҜжҠ«йңІ"), which passed the Latin-1 mojibake check.
    page = bytearray(f"<html><head><title>防汛会议</title></head><body><p>{TEXT * 60}</p>".encode())
    for at in range(300, len(page), len(page) // 12):
        page[at] = 0xFF
    decoded = decode_html(bytes(page), "text/html")
    assert decoded.encoding == "utf-8"
    assert "会议强调压实责任" in decoded.text


@pytest.mark.parametrize("label", ["big5", "euc-kr", "shift_jis", "euc-jp"])
def test_gbk_body_under_another_east_asian_label_is_read_as_gbk(label: str) -> None:
    # GBK bytes decode under these codecs without an error or with a few U+FFFD: valid-looking
    # but wrong characters (啞傑庈 for 白城市), which a re-crawl stored as a new version.
    body = PAGE.encode("gbk")
    decoded = decode_html(body, f"text/html; charset={label}")
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.fallback) == ("gb18030", True)
    meta = PAGE.replace("<head>", f'<head><meta charset="{label}">').encode("gbk")
    assert TEXT in decode_html(meta).text


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("big5", "臺灣的首都是臺北市，人口約兩百六十萬人。臺北市是政治、經濟、文化的中心，近年來發展迅速。"),
        ("euc_kr", "대한민국의 수도는 서울이며, 인구는 약 천만 명이다. 서울은 한강을 중심으로 발전해 왔다. "),
        ("shift_jis", "日本の首都は東京であり、人口は約千四百万人である。東京は政治、経済の中心地である。"),
    ],
)
def test_genuine_big5_korean_and_japanese_pages_keep_their_codec(codec: str, text: str) -> None:
    page = f"<html><head><title>t</title></head><body><p>{text * 8}</p></body></html>"
    decoded = decode_html(page.encode(codec), f"text/html; charset={codec}")
    assert text in decoded.text and decoded.fallback is False


def test_a_stray_nul_inside_a_gbk_character_costs_nothing() -> None:
    # The NUL split a double-byte character and shifted the rest of the line into wrong hanzi.
    body = PAGE.encode("gbk")
    at = body.index("防汛工作".encode("gbk")) + 1
    decoded = decode_html(body[:at] + b"\x00" + body[at:], "text/html; charset=gbk")
    assert TEXT in decoded.text
    assert decode_html(HTML16 := PAGE.encode("utf-16-le"), None).text == PAGE  # UTF-16 keeps its NULs
    assert HTML16.count(0) > 16


def test_an_undeclared_gbk_page_with_few_hanzi_keeps_them() -> None:
    # Its few GBK bytes were "a few broken bytes" of UTF-8, dropped: the name was lost.
    page = "<html><body><p>" + "The quick brown fox jumps over the lazy dog. " * 40 + "By 张三.</p>"
    decoded = decode_html(page.encode("gbk"), "text/html")
    assert decoded.encoding == "gb18030" and "By 张三." in decoded.text
    # A Western page in cp1252 with a few accents is no GB18030: it stays as it was.
    western = "<html><body><p>" + "The café is open. " * 3 + "x" * 3000 + "</p></body></html>"
    assert decode_html(western.encode("cp1252"), "text/html").encoding != "gb18030"


def test_an_english_utf8_page_with_a_flipped_byte_under_a_cjk_label_stays_english() -> None:
    # Few characters past ASCII, one of them broken: GB18030 then read "’" as rare hanzi (䏭).
    page = "<html><body><p>" + "The minister’s plan — announced today — is “new”. " + "x" * 1500
    body = bytearray(page.encode())
    body[body.index("’".encode()) + 1] = 0x41
    decoded = decode_html(bytes(body), "text/html; charset=big5")
    assert decoded.encoding == "utf-8" and "plan — announced today — is “new”" in decoded.text

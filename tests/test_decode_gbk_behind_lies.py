"""A GBK page behind a lying Big5 label stays GBK when a stray UTF-8 BOM or a flipped byte comes with the lie.

The fuzz test's sampling found both (tests/test_extract_mutations.py): the headline came out as
'封郱檐晶尤鷋愻橩楰', the GBK bytes read as Big5, because the GBK check wanted the whole body strictly
valid GB18030 and the BOM's bytes or the flipped one broke that.
"""

from __future__ import annotations

from pathlib import Path

from crawler.extract.article import extract_article

_PAGE = (Path(__file__).parent / "data" / "pages" / "gbk-nocharset_1.html").read_bytes()
_URL = "http://127.0.0.1/html/2016-07/20/content_1.htm"
_BIG5 = b'<meta charset="big5">'


def test_a_stray_utf8_bom_before_a_gbk_page_labelled_big5() -> None:
    item = extract_article(_URL, b"\xef\xbb\xbf" + _BIG5 + _PAGE, content_type="text/html")
    assert item.title == "全市防汛工作会议召开"


def test_a_flipped_byte_in_a_gbk_page_served_as_big5() -> None:
    at = _PAGE.rindex("部署".encode("gbk"))
    flipped = _PAGE[:at] + bytes([_PAGE[at] ^ 0x80]) + _PAGE[at + 1 :]
    item = extract_article(_URL, flipped, content_type="text/html; charset=big5")
    assert item.title == "全市防汛工作会议召开"

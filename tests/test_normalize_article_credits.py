"""The store's normalising keeps the authors the extractor read: what ``extract`` shows is what is stored."""

from __future__ import annotations

from pathlib import Path

from crawler.extract import extract_article
from crawler.normalize.article import normalize_item
from crawler.sample_site import SITE_DIR

DEVSET_PAGE = Path(__file__).parent / "data" / "fields_devset" / "pages" / "jsonld_train-01426.html"


def test_authors_the_extractor_read_are_stored_without_names_reread_from_the_body() -> None:
    # A tune page of the fields dev set: its closing line "新京报记者 王洪春 康佳编辑 潘佳锟" read again
    # by the print-layout rules stored "康佳编辑" and the editor 潘佳锟 as authors.
    extracted = extract_article("http://news.example.cn/a.html", DEVSET_PAGE.read_bytes())
    assert extracted.authors == ["王洪春", "康佳"] and extracted.editors == ["潘佳锟"]
    stored = normalize_item(extract_article("http://news.example.cn/a.html", DEVSET_PAGE.read_bytes()))
    assert stored.authors == ["王洪春", "康佳"]
    assert stored.editors == ["潘佳锟"]


def test_an_epaper_byline_only_the_body_reader_knows_still_gives_the_authors() -> None:
    page = SITE_DIR / "html" / "2016-07" / "20" / "content_1001.htm"
    item = extract_article("http://127.0.0.1/html/2016-07/20/content_1001.htm", page.read_bytes())
    assert item.authors == []  # the extractor reads no credit of this page
    assert normalize_item(item).authors == ["孙红", "张连鹏"]


def test_a_byline_the_body_reads_more_completely_keeps_every_reporter() -> None:
    # The seed's "/闫洪生 记者 张殿文 报道 摄": the golden reconstruction names both reporters; the
    # extractor reads only the name after 记者, the print-layout reading both (it holds 张殿文 too).
    page = SITE_DIR / "html" / "2016-07" / "20" / "content_1002.htm"
    item = extract_article("http://127.0.0.1/html/2016-07/20/content_1002.htm", page.read_bytes())
    assert item.authors == ["张殿文"]
    stored = normalize_item(item)
    assert stored.authors == ["闫洪生", "张殿文"]
    assert stored.photographers == ["闫洪生", "张殿文"]

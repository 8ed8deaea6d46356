"""Edition-page link parsing on a real Founder page and on the bundled sample site."""

from __future__ import annotations

from pathlib import Path

from crawler.extract.epaper import parse_edition_page, parse_label
from crawler.sample_site import SITE_DIR

DATA = Path(__file__).parent / "data" / "epaper"
KJRB_URL = "http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2023-02/10/node_2.htm"


def test_real_founder_page_lists_its_pages_articles_and_pdf() -> None:
    html = (DATA / "stdaily-kjrb-2023-02-10-node_2.htm").read_text(encoding="utf-8-sig")
    page = parse_edition_page(KJRB_URL, html)
    assert (page.number, page.name) == ("01", "今日要闻")
    assert page.pdf_url.endswith("/kjrb/images/2023-02/10/01/KJRB2023021001.pdf")
    assert [link.url.rsplit("/", 1)[1] for link in page.pages] == [
        f"node_{n}.htm" for n in (3, 2, 4, 5, 6, 7, 8, 9)
    ]
    # Labels win over "下一版" for the same page.
    assert (
        dict((link.url.rsplit("/", 1)[1], link.text) for link in page.pages)["node_3.htm"] == "第02版：综 合"
    )
    assert [link.url.rsplit("/", 1)[1] for link in page.articles] == [
        "content_548643.htm",
        "content_548646.htm",
        "content_548655.htm",
        "content_548659.htm",
        "content_548662.htm",
    ]
    assert page.articles[0].text == "新时代十年伟大变革奠定坚实基础"
    # Footer links to the paper's site (other host, other dates) are not articles of this edition.
    assert all("2009-05" not in link.url for link in page.articles)


def test_sample_site_edition_page() -> None:
    path = SITE_DIR / "html" / "2016-07" / "20" / "node_1.htm"
    url = "http://127.0.0.1:8000/html/2016-07/20/node_1.htm"
    page = parse_edition_page(url, path.read_text(encoding="utf-8"))
    assert (page.number, page.name) == ("01", "要闻")
    assert [a.url for a in page.articles] == ["http://127.0.0.1:8000/html/2016-07/20/content_1001.htm"]
    assert [p.url for p in page.pages] == [
        "http://127.0.0.1:8000/html/2016-07/20/node_1.htm",
        "http://127.0.0.1:8000/html/2016-07/20/node_2.htm",
    ]


def test_new_family_layout_and_content_directories_are_the_same_edition() -> None:
    html = """<a href="node_01.html">第01版：要闻</a><a href="node_02.html">第02版：经济</a>
    <a href="../../../content/202301/05/content_77.html">标题甲</a>
    <a href="../../../content/202212/30/content_1.html">旧文</a>"""
    page = parse_edition_page("https://e.example.cn/pc/layout/202301/05/node_01.html", html)
    assert [a.url for a in page.articles] == ["https://e.example.cn/pc/content/202301/05/content_77.html"]
    assert len(page.pages) == 2


def test_parse_label() -> None:
    assert parse_label("第A03版：专 题") == ("A03", "专题")
    assert parse_label("第12版") == ("12", "")
    assert parse_label("要闻") == ("", "要闻")

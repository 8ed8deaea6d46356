"""Recognising e-paper URL families from one URL and its page (pure functions)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sitegen import pages

from crawler.discover.families import alternatives, match_url, paper_name, recognise
from crawler.discover.nonpaper import article_shape, feed_links, url_shape

SAMPLE = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/data/epaper-founder-samples/stdaily-kjrb-2023-02-10-node_2.htm"
)
KJRB = "http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2023-02/10/node_2.htm"


def _edition(node: str, links: list[tuple[str, str]], articles: list[tuple[str, str]]) -> str:
    return pages.edition_page(
        paper="白城日报",
        day=date(2024, 3, 1),
        number=1,
        name="要闻",
        pages=links,
        articles=articles,
        pdf=None,
        charset="utf-8",
    )


def test_the_real_kjrb_page_is_founder_classic_with_page_01_as_node_2() -> None:
    if not SAMPLE.is_file():
        pytest.skip(f"shared sample not found at {SAMPLE}")
    found = recognise(KJRB + "?div=-1", SAMPLE.read_text("utf-8-sig"))
    assert found.kind == "edition" and found.day == date(2023, 2, 10)
    assert found.shape is not None and found.shape.family.name == "founder-classic"
    assert found.shape.template == KJRB.replace("2023-02/10", "{date:%Y-%m}/{date:%d}")
    assert found.name == "科技日报"
    assert found.page is not None
    assert len(found.page.pages) == 8 and len(found.page.articles) == 5
    assert found.page.pdf_url.endswith("KJRB2023021001.pdf")
    assert {"PagePicMap", "pageLink"} <= set(found.evidence)


def test_a_later_page_gives_the_template_of_page_01() -> None:
    html = _edition(
        "node_3.htm",
        [("node_2.htm", "第01版：要闻"), ("node_3.htm", "第02版：综合")],
        [("content_1.htm", "标题")],
    )
    found = recognise("http://e.example.cn/html/2024-03/01/node_3.htm", html)
    assert found.shape is not None and found.shape.node == "node_2.htm"


@pytest.mark.parametrize(
    ("url", "family", "template"),
    [
        (
            "http://e.cn/pc/layout/202001/01/node_01.html",
            "founder-pc",
            "http://e.cn/pc/layout/{date:%Y%m}/{date:%d}/node_01.html",
        ),
        (
            "http://e.cn/pad/column/202302/11/node_01.html",
            "founder-pad",
            "http://e.cn/pad/column/{date:%Y%m}/{date:%d}/node_01.html",
        ),
        (
            "http://e.cn/rmrb/html/2017-10/16/nbs.D110000renmrb_01.htm",
            "paper-code",
            "http://e.cn/rmrb/html/{date:%Y-%m}/{date:%d}/nbs.D110000renmrb_01.htm",
        ),
    ],
)
def test_each_family_is_recognised_from_its_url_and_links(url: str, family: str, template: str) -> None:
    if family == "paper-code":
        articles = [("nw.D110000renmrb_20171016_1-01.htm", "标题")]
        links = [("nbs.D110000renmrb_01.htm", "第01版：要闻"), ("nbs.D110000renmrb_02.htm", "第02版：要闻")]
    else:
        base = "../../../content/" + url.split("/")[-3] + "/" + url.split("/")[-2]
        articles = [(f"{base}/content_123.html", "标题")]
        links = [("node_01.html", "第01版：要闻"), ("node_02.html", "第02版：综合")]
    found = recognise(url, _edition("", links, articles))
    assert found.kind == "edition"
    assert found.shape is not None and found.shape.family.name == family
    assert found.shape.template == template
    assert found.page is not None and len(found.page.articles) == 1


def test_a_paper_code_shape_limits_links_to_its_own_paper() -> None:
    shape = match_url("http://e.cn/html/2017-10/16/nbs.D110000renmrb_01.htm")
    assert shape is not None and shape[0].name == "paper-code"
    found = recognise(
        "http://e.cn/html/2017-10/16/nbs.D110000renmrb_01.htm",
        _edition(
            "",
            [("nbs.D110000renmrb_01.htm", "第01版")],
            [("nw.D110000renmrb_20171016_1-01.htm", "a"), ("nw.D110000rmrbhwb_20171016_1-01.htm", "b")],
        ),
    )
    assert found.page is not None and [a.text for a in found.page.articles] == ["a"]


def test_an_article_url_leads_to_its_edition_page() -> None:
    html = pages.article_page(
        paper="白城日报",
        article_id=5,
        day=date(2024, 3, 1),
        title="标题",
        paragraphs=["正文。"],
        page_name="要闻",
        number=1,
        back="node_1.htm",
        charset="utf-8",
        new_family=False,
    )
    found = recognise("http://e.cn/html/2024-03/01/content_5.htm", html)
    assert found.kind == "follow" and found.next_url == "http://e.cn/html/2024-03/01/node_1.htm"
    assert "enpproperty" in found.evidence


def test_an_index_page_leads_to_the_newest_edition_it_names() -> None:
    html = '<html><head><meta http-equiv="refresh" content="0; url=html/2024-03/02/node_1.htm"></head></html>'
    found = recognise("http://e.cn/index.htm", html)
    assert found.kind == "follow" and found.next_url == "http://e.cn/html/2024-03/02/node_1.htm"


def test_a_page_that_is_no_edition_is_not_recognised() -> None:
    found = recognise("http://e.cn/html/2024-03/01/node_1.htm", pages.empty_edition_page("白城日报", "utf-8"))
    assert found.kind == "none"
    assert match_url("http://e.cn/html/2024-13/01/node_1.htm") is None  # no 13th month


def test_alternatives_are_older_before_a_first_edition_and_newer_after_a_last() -> None:
    found = recognise(
        "http://e.cn/pc/layout/202001/01/node_01.html",
        _edition("", [("node_01.html", "第01版"), ("node_02.html", "第02版")], []),
    )
    assert found.shape is not None
    older = [a.template for a in alternatives(found.shape, older=True)]
    assert older == [
        "http://e.cn/html/{date:%Y-%m}/{date:%d}/node_1.htm",
        "http://e.cn/html/{date:%Y-%m}/{date:%d}/node_2.htm",
    ]
    assert [a.family.name for a in alternatives(found.shape, older=False)] == ["founder-pad"]


def test_paper_name_drops_the_e_paper_suffix() -> None:
    assert paper_name("<title>科技日报--数字报</title>") == "科技日报"
    assert paper_name("<title>白城日报电子版</title>") == "白城日报"


def test_feeds_and_article_shapes_of_a_plain_site() -> None:
    html = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        + "".join(f'<a href="/news/2024/03{d:02d}/{10000 + d}.html">t{d}</a>' for d in range(1, 8))
        + '<a href="/about.html">about</a><a href="http://other.cn/news/2024/0301/1.html">x</a></body></html>'
    )
    assert feed_links("http://s.cn/", html) == ["http://s.cn/rss.xml"]
    shape, links = article_shape("http://s.cn/", html)
    assert shape == r"/news/\d{4}/\d{4}/\d+\.html$" and len(links) == 7
    assert url_shape("http://s.cn/a/12/x.htm") == r"/a/\d{2}/x\.htm$"
    assert article_shape("http://s.cn/", "<a href='/news/1.html'>x</a>") == ("", [])

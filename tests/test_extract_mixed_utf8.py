"""A UTF-8 template around a GBK article: the page reads as GB18030 and its title must not be mojibake.

The body was right and the title stored as "鍏ㄥ競鏄ヨ曠敓浜у叏闈㈠睍寮" (UTF-8 bytes read as GB18030).
"""

from __future__ import annotations

import pytest

from crawler.extract.article import extract_article
from crawler.extract.mixed_utf8 import restore_utf8_runs, utf8_runs

TITLE = "全市春耕生产全面展开"
PARAS = "".join(
    f"<p>本报讯 记者张三报道，今年以来，全市各地抓住有利时机，组织农民群众开展春耕生产，第{i}段。</p>"
    for i in range(8)
)
URL = "http://x.example/a/2024/01/02/1.html"


@pytest.mark.parametrize(
    ("template", "article"),
    [
        (f"<title>{TITLE}_城市晚报</title></head><body><div>首页 新闻</div>", f"<div>{PARAS}</div>"),
        (f"<title>{TITLE}_城市晚报</title></head><body><h1>{TITLE}</h1>", f"<div>{PARAS}</div>"),
        (f"<title>{TITLE}</title></head><body><div>首页</div>", f"<h2>{TITLE}</h2><div>{PARAS}</div>"),
    ],
    ids=["title only", "utf8 heading", "gbk heading"],
)
def test_the_title_of_a_utf8_template_around_a_gbk_body_is_read_as_utf8(template: str, article: str) -> None:
    page = f'<html><head><meta charset="utf-8">{template}'.encode() + f"{article}</body></html>".encode("gbk")
    item = extract_article(URL, page, content_type="text/html")
    assert item.encoding == "gb18030" and item.title == TITLE, item.title
    assert item.body.startswith("本报讯 记者张三报道") and "鍏" not in item.body


def test_a_gbk_page_is_left_as_it_reads() -> None:
    page = f'<html><head><meta charset="gbk"><title>{TITLE}</title></head><body>{PARAS}</body></html>'
    raw = page.encode("gbk")
    assert utf8_runs(raw) == {}  # no run of its bytes is valid UTF-8 with more common hanzi
    assert restore_utf8_runs(page, raw) == page
    assert extract_article(URL, raw, content_type="text/html").title == TITLE

"""Session-20 byline rules, from the tune half of ``bench.credit_probe7`` (written before the code was read).

Each test failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"
_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(lead: str, caption: str = "") -> bytes:
    """A portal page: headline, info line, ``lead`` lines, four paragraphs, a picture and its caption."""
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    figure = f"<p><img src='/u/1.jpg'></p><p class='pic-note'>{caption}</p>" if caption else ""
    return (
        "<html><head><meta charset='utf-8'><title>"
        f"{_HEADLINE}_临江新闻网</title></head><body><div class='nav'>首页 &gt; 正文</div>"
        f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>2011-05-06 00:51</div>"
        f"<div class='content'>{lead}{paragraphs}{figure}<p>责任编辑：蒋宁娜</p></div></div>"
        "<div class='footer'>版权所有 临江新闻网</div></body></html>"
    ).encode()


@pytest.mark.parametrize("caption", ["顺手牵羊偷手机，仅一　图片作者：陶煜蕾", "图片作者：陶煜蕾"])
def test_a_picture_s_author_is_its_photographer(caption: str) -> None:
    """``图片作者：X`` credits the picture (as ``图片：X`` does), not the text."""
    people = find_people(caption)
    assert people.authors == []
    assert people.photographers == ["陶煜蕾"]
    art = extract_article(URL, _page("<p>记者　高敏怡</p>", caption))
    assert art.authors == ["高敏怡"]

"""Titles the session's new rules took from the wrong line of an ordinary page (review)."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

TEXT = (
    "<p>清晨六点，老王就已经在店里忙碌起来。揉面、切菜、熬汤，二十年如一日，他的小店成了街坊们每天必到的地方。</p>"
    "<p>“只要大家吃得开心，我就不觉得累。”老王笑着说。</p>"
)


def _page(headline: str, first: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{headline}_新闻中心_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news'>新闻</a></div>"
        f"<h1>{headline}</h1><div class='info'>2019-03-05 10:21 来源：某某日报</div>"
        f"<div class='content'><p>{first}</p>{TEXT}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("headline", "slogan"),
    [("一碗面的温度", "新时代 新气象 新作为"), ("巷子深处的坚守者们", "壮阔东方潮 奋进新时代")],
)
def test_a_columns_bracketed_slogan_opening_the_text_is_no_headline(headline: str, slogan: str) -> None:
    # A feature's headline, printed over the text and in <title>, need not be echoed by the text; the
    # bracket opening the text is the column's slogan (a 微博 post's 【标题】 heads a page without one).
    first = f"【{slogan}】在城南老街的一个拐角处，有一家开了二十年的面馆，老板姓王。"
    item = extract_article("http://www.example.com/news/a.html", _page(headline, first))
    assert item.title == headline

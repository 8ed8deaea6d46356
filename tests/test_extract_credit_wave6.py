"""Session-19 byline rules, from the tune half of ``bench.credit_probe6`` (written before the code was read).

Each test failed before its rule: page furniture under the text (a related box,
a share bar, a footer naming the site's officers) read as the article's credit.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.bylines import _words_refused
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"
_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(lead: str, after: str, foot: str = "版权所有 临江新闻网") -> bytes:
    """A portal page: headline, info line, ``lead`` lines, four paragraphs, ``after`` in the article box."""
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    return (
        "<html><head><meta charset='utf-8'><title>"
        f"{_HEADLINE}_临江新闻网</title></head><body><div class='nav'>首页 &gt; 正文</div>"
        f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>2011-05-06 00:51</div>"
        f"<div class='content'>{lead}{paragraphs}<p>责任编辑：蒋宁娜</p></div>{after}</div>"
        f"<div class='share'>分享到：微信 微博 QQ空间</div><div class='footer'>{foot}</div></body></html>"
    ).encode()


def test_a_related_box_under_the_text_credits_its_own_articles() -> None:
    rows = (
        "<li><a href='/n/1.html'>人生事业婚恋家庭运气健康不顺的真正原因了凡四训_学佛网</a>"
        " <span class='by'>作者：肖骏</span></li>"
        "<li><a href='/n/2.html'>交易所联合创始人起诉前员工 称其试图侵吞财产</a> <span>文/邓博国</span></li>"
    )
    page = _page("", f"<div class='related'><h4>你可能还喜欢</h4><ul>{rows}</ul></div>")
    art = extract_article(URL, page)
    assert art.authors == []
    assert art.editors == ["蒋宁娜"]


def test_the_footer_after_the_share_bar_is_not_read_as_the_text_again() -> None:
    page = _page(
        "<p>本报记者 武峰萍</p><p>　　麻窝村，一处小家碧玉的世外桃源。村子房前屋后都种满了樱桃树。</p>",
        "",
        foot="主办：兰溪晚报　承办：金沙网　网站负责人：杜国娜　违法和不良信息举报电话：12377",
    )
    assert extract_article(URL, page).authors == ["武峰萍"]


def test_an_english_byline_does_not_run_into_the_text_below_it() -> None:
    text = "".join(
        f"<p>{line}</p>"
        for line in (
            "Nunca ouviu as sensacionais brinquedorias musicais do grupo Serelepe, de Belo Horizonte?",
            "Prof. Carlos: Estou aqui ao lado do Eugenio Tadeu, que ja e de casa, e vamos conversar.",
            "Eugenio: Sim! A gente agradece muito ao Carlos, ele divulgou bastante o trabalho do grupo.",
            "Estamos fazendo uma serie de brincadeiras com o Serelepe, um trabalho da universidade.",
        )
    )
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Nunca ouviu_CGTN</title></head><body>"
        "<div class='article'><h1>Nunca ouviu as sensacionais brinquedorias musicais</h1>"
        f"<div class='info'>By Global Times</div><div class='content'>{text}</div></div>"
        "<div class='footer'>Copyright CGTN. All rights reserved.</div></body></html>"
    ).encode()
    assert "Global Times Nunca" not in extract_article(URL, page).authors


@pytest.mark.parametrize("credit", ["作者：yzrb", "作者：jcrb", "文/xhs", "记者 lhy"])
def test_initials_are_no_writer_s_name(credit: str) -> None:
    """Initials alone are a login or a site's abbreviation (扬州日报 as yzrb), never a printed byline."""
    assert find_people(credit).authors == [] or _words_refused(find_people(credit)).authors == []
    assert extract_article(URL, _page(f"<p>{credit}</p>", "")).authors == []


def test_initials_stay_an_editor_s_login() -> None:
    assert find_people("（责任编辑：lhy）").editors == ["lhy"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("By Lily Chen Source: Global Times Published: 2013/07/28 22:32", ["Lily Chen"]),
        ("By Zhou Zhiqiang Updated: 2019-05-06", ["Zhou Zhiqiang"]),
        ("By Amy Zhu and Peter Liu Source: Xinhua", ["Amy Zhu", "Peter Liu"]),
        ("By Mary Ann Smith | China Daily", ["Mary Ann Smith"]),
    ],
)
def test_an_english_byline_stops_at_the_next_field_s_label(credit: str, authors: list[str]) -> None:
    """A capitalised word before a colon is the next field's label (Source:, Updated:), not a name's part."""
    assert find_people(credit).authors == authors


@pytest.mark.parametrize(
    "caption",
    [
        "科技治超（3）。记者 孙岚嘉 摄 经查，12月20日与1月20日驾驶该车的司机都为同一人。",
        "图为现场。本报记者 王海涛 摄 据悉，该项目预计明年完工。",
    ],
)
def test_a_caption_s_photographer_before_the_next_sentence_is_no_writer(caption: str) -> None:
    """The word after 摄 opens a sentence (经查, 据悉), not a name 摄 would label (``攝影 梁晨 報導``)."""
    people = find_people(caption)
    assert people.authors == []
    assert len(people.photographers) == 1


def test_a_byline_above_the_headline_does_not_run_into_it() -> None:
    """A government layout prints the info line first: ``作者：谢晓璐`` then the headline ``米泉h型钢…``."""
    headline = "米泉h型钢_h型钢厂家供应—建筑、建材"
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    page = (
        f"<html><head><meta charset='utf-8'><title>{headline}_金沙网</title></head><body>"
        "<div class='xxgk_box'><div class='info'>2022-05-17 00:26　作者：谢晓璐</div>"
        f"<h1 class='title'>{headline}</h1><div class='TRS_Editor'>{paragraphs}</div></div>"
        "<div class='footer'>版权所有 金沙网</div></body></html>"
    ).encode()
    assert extract_article(URL, page).authors == ["谢晓璐"]


def test_schema_org_microdata_names_the_writer() -> None:
    """``<span itemprop="author" itemscope itemtype=…Person>``: the page says who wrote it."""
    person = (
        "<div class='article-meta'><span class='time'>2015-04-28 17:39</span>"
        "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>李敏凯</span></span></div>"
    )
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    page = (
        f"<html><head><meta charset='utf-8'><title>{_HEADLINE}_临江新闻网</title></head><body>"
        f"<div class='article'><h1>{_HEADLINE}</h1>{person}<div class='content'>{paragraphs}</div></div>"
        "</body></html>"
    ).encode()
    assert extract_article(URL, page).authors == ["李敏凯"]


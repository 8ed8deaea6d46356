"""Titles and credits on made pages of the fields dev set (tune split): layouts the rules must read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawler.extract import extract_article

PAGES = Path(__file__).parent / "data" / "fields_devset" / "pages"


def _extract(name: str):  # type: ignore[no-untyped-def]
    return extract_article(f"http://example.cn/{name}", (PAGES / name).read_bytes())


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        # No <title>; the extractor joins the bold headline, the date line and the text into one paragraph.
        ("notitle_train-00255.html", "女子称给专车差评遭打 司机开微博发声", date(2017, 2, 11)),
        # A site-wide <title> and a GB2312 table: the headline cell runs into 发布时间.
        ("gbk-table_sohu-78.html", "北京暴雨引关注\u3000交巡警详解车掉水中如何自救", date(2012, 7, 23)),
    ],
)
def test_headline_joined_with_its_info_line(name: str, title: str, day: date) -> None:
    item = _extract(name)
    got_day = item.published_at.date() if item.published_at else None
    assert ("".join(item.title.split()), got_day) == ("".join(title.split()), day)
    assert not item.body.startswith(title[:6])


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        ("discuzx_train-02334.html", ["赣妹子小芳"]),  # the poster's nickname in a post header
        ("blog_train-02987.html", ["林小鹿"]),  # "林小鹿的博客"
        ("tianya_train-01091.html", ["老钱师傅"]),  # replies' "作者：hnzz2008" is not taken
        ("gbk-table_sohu-154.html", ["陈晶", "陈心如"]),  # not "探访" from "记者探访"
    ],
)
def test_thread_and_blog_authors(name: str, authors: list[str]) -> None:
    assert _extract(name).authors == authors


_TEXT = "".join(
    f"<p>今年以来，我市持续推进老旧小区改造工作，第{i}批项目已经全面开工建设，预计年底前完成全部改造任务，"
    "惠及居民三千余户。相关负责人表示，将加强质量监管。</p>"
    for i in range(6)
)
_INFO = "<div class='info'>2019-05-06 来源：江城晚报</div>"


@pytest.mark.parametrize(
    ("head", "top", "title"),
    [
        # og:title and <title> both the site's name: the heading above the text is the headline.
        (
            "<title>江城新闻网</title><meta property='og:title' content='江城新闻网'>",
            "<div class='logo'>江城新闻网</div><h2>我市老旧小区改造全面开工</h2>",
            "我市老旧小区改造全面开工",
        ),
        # A logo <h1> equal to the site-wide <title>.
        (
            "<title>江城新闻网</title>",
            "<h1 class='logo'>江城新闻网</h1><div><a>首页</a></div><h2>我市老旧小区改造全面开工</h2>",
            "我市老旧小区改造全面开工",
        ),
        # A headline that is also the whole <title> stays, whatever subtitle follows it.
        (
            "<title>我市老旧小区改造全面开工</title>",
            "<h1>我市老旧小区改造全面开工</h1><h2>惠及居民三千余户 年底前完成</h2>",
            "我市老旧小区改造全面开工",
        ),
    ],
)
def test_site_name_gives_way_to_the_heading(head: str, top: str, title: str) -> None:
    page = f"<html><head>{head}</head><body>{top}{_INFO}<div class='content'>{_TEXT}</div></body></html>"
    assert extract_article("http://www.jc.example/2019/0506/1.html", page.encode()).title == title


def test_json_ld_person_is_an_author_and_an_organization_is_not() -> None:
    def page(author: str) -> bytes:
        ld = '{"@type":"NewsArticle","headline":"我市老旧小区改造全面开工","author":' + author + "}"
        script = f"<script type='application/ld+json'>{ld}</script>"
        head = f"<title>我市老旧小区改造全面开工_江城新闻网</title>{script}"
        body = f"<h1>我市老旧小区改造全面开工</h1>{_TEXT}"
        return f"<html><head>{head}</head><body>{body}</body></html>".encode()

    url = "http://www.jc.example/2019/0506/1.html"
    assert extract_article(url, page('{"@type":"Person","name":"张晓东"}')).authors == ["张晓东"]
    assert extract_article(url, page('{"@type":"Organization","name":"江城新闻网"}')).authors == []
    assert extract_article(url, page('[{"@type":"Person","name":"admin"}]')).authors == []


@pytest.mark.parametrize(
    ("head", "top"),
    [
        ("<title>我市老旧小区改造全面开工-本地-江城新闻网</title>", ""),  # a channel before the site
        ("<title>江城新闻网-我市老旧小区改造全面开工</title>", ""),  # the site's name first
        ("<title>我市老旧小区改造全面开工｜江城新闻网</title>", ""),
        # A logo <h1> that is the site part of <title> is not the headline.
        ("<title>我市老旧小区改造全面开工_江城新闻网</title>", "<h1><a href='/'>江城新闻网</a></h1>"),
    ],
)
def test_title_tag_parts(head: str, top: str) -> None:
    page = f"<html><head>{head}</head><body>{top}{_INFO}<div class='content'>{_TEXT}</div></body></html>"
    item = extract_article("http://www.jc.example/2019/0506/1.html", page.encode())
    assert item.title == "我市老旧小区改造全面开工"

"""A long word in a note (an article's URL in an incomplete edition's reason) wraps on a phone's width."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient
from store_support import article
from test_webui_browse import pages_with_edition
from webui_support import build_web_archive

from archive.articles import upsert_articles
from archive.config import resolve_db_url
from archive.items import EditionItem
from archive.schema import open_store
from webui.app import create_app

REPO = Path(__file__).resolve().parents[2]
WIDTHS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
T0 = datetime(2024, 1, 1, tzinfo=UTC)
STORY = (
    "新华社北京7月19日电 国家防汛抗旱总指挥部今天召开会商会，部署长江中下游防汛工作。"
    "会议要求各地加强巡堤查险，确保重要堤防和城市安全，及时转移受威胁群众，全力保障人民群众生命财产安全。"
)


def test_an_edition_note_with_a_long_url_fits_a_phone(browser: Any, tmp_path: Path) -> None:
    """The note 'Not every page or article of this edition was archived: incomplete: article URL ...' ran
    past the right edge of a 390-pixel screen: the URL is one word, and the page scrolled sideways."""
    url = "http://epaper.example.cn/pc/content/202403/13/content_1040_a_rather_long_article_name.html"
    reason = f"incomplete: article {url} not archived"
    item = EditionItem("paper-a", date(2016, 6, 20), "found", reason=reason)
    path = "/sources/paper-a/2016-06-20"
    html = pages_with_edition(tmp_path, item, path)[path, "zh"]
    css = (REPO / "webui" / "static" / "style.css").read_text("utf-8")
    html = html.replace('<link rel="stylesheet" href="/static/style.css">', f"<style>{css}</style>")
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    try:
        page = context.new_page()
        page.set_content(html)
        assert page.locator("#edition-status").count() == 1
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], widths
    finally:
        context.close()


def test_a_headline_or_a_name_with_a_long_word_fits_a_phone(
    browser: Any, base_url: str, web_archive: Any
) -> None:
    """An article whose headline holds a long unbroken run of Latin text (a URL, markup quoted as text)
    made its page 587 pixels wide on a 390-pixel phone, as did its diff page and its paper's calendar
    (the paper's name): the whole page scrolled sideways, the body's right edge out of sight."""
    n = web_archive.hostile_id
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844}, locale="zh-CN")
    context.set_default_timeout(8000)
    try:
        page = context.new_page()
        for path in (f"/article/{n}", f"/article/{n}/diff?from=1&to=1", "/sources/paper-b", "/sources"):
            page.goto(path, wait_until="load")
            assert page.locator("main").count() == 1
            widths = page.evaluate(WIDTHS)
            assert widths[0] <= widths[1], (path, widths)
    finally:
        context.close()


# The reporters' names and the page label of each result's line split over two lines: a client rectangle
# of the box below its first one (Chromium gives a box several rectangles on one line too, where its fonts
# or inner elements change). A name past 12 characters (no name: a byline gone wrong) may wrap.
SPLIT_NAMES = """() => [...document.querySelectorAll('li.hit .meta .name, li.hit .meta .page')].filter(el => {
    const rects = [...el.getClientRects()];
    return el.textContent.length < 12 && rects.some(r => r.top >= rects[0].bottom - 1);
}).map(el => el.textContent)"""


def test_a_result_line_wraps_between_names_never_inside_one(
    browser: Any, base_url: str, web_archive: Any
) -> None:
    """On a phone the line under a result (date · paper · 第02版 经济 · reporters) wrapped inside a name,
    孙 at the end of one line and 红 at the start of the next. Every width from 352 (the phone chart's own
    width) to 430 pixels puts some name at a line's end; a long hostile byline still fits the screen."""
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844}, locale="zh-CN")
    context.set_default_timeout(8000)
    try:
        page = context.new_page()
        for query in ("脱贫攻坚", "白城市经济", "春耕"):
            page.goto(f"/?q={query}", wait_until="load")
            assert page.locator("li.hit .meta .name").count() >= 2, query
            for width in range(352, 431, 2):
                page.set_viewport_size({"width": width, "height": 844})
                assert page.evaluate(SPLIT_NAMES) == [], (query, width)
                widths = page.evaluate(WIDTHS)
                assert widths[0] <= widths[1], (query, width, widths)
    finally:
        context.close()


SPLIT_LEGEND = """() => [...document.querySelectorAll('p.legend span.day')].filter(el => {
    const rects = [...el.getClientRects()];
    return rects.some(r => r.top >= rects[0].bottom - 1);
}).map(el => el.textContent)"""


def test_the_calendar_legend_wraps_between_its_words_never_inside_one(
    browser: Any, base_url: str, web_archive: Any
) -> None:
    """On a 390-pixel phone the legend of the papers' calendars split 合刊覆盖 ('covered') over two lines,
    合刊覆 at the end of one and 盖 at the start of the next, each half in its own box."""
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844}, locale="zh-CN")
    context.set_default_timeout(8000)
    try:
        page = context.new_page()
        for width in range(340, 431, 6):
            page.set_viewport_size({"width": width, "height": 844})
            page.goto("/sources", wait_until="load")
            assert page.locator("p.legend span.day").count() == 8  # 非出版日 too (fa55a95)
            assert page.evaluate(SPLIT_LEGEND) == [], width
    finally:
        context.close()


def test_an_undated_reprint_reads_without_an_empty_date_on_a_phone(browser: Any, tmp_path: Path) -> None:
    """An undated copy in an article's reprint list read "城市晚报 · · 最先存档": the empty date kept its
    separators, and the paper's name split over two lines. On a 390-pixel phone the list shows title ·
    paper · 最先存档, the name whole, and fits the screen."""
    archive = build_web_archive(tmp_path)
    with open_store(resolve_db_url(None, archive.home)) as sessions:
        for n, (url, paper) in enumerate((("http://a/u", "paper-a"), ("http://b/u", "paper-b"))):
            with sessions.begin() as s:
                (copy,) = upsert_articles(
                    s, [article(url, paper, body=STORY, published_at=None)], now=T0 + timedelta(days=n)
                )
    with TestClient(create_app(archive.home)) as client:
        html = client.get(f"/article/{copy.article_id}", headers={"accept-language": "zh"}).text
    css = (REPO / "webui" / "static" / "style.css").read_text("utf-8")
    html = html.replace('<link rel="stylesheet" href="/static/style.css">', f"<style>{css}</style>")
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    try:
        page = context.new_page()
        page.set_content(html)
        items = page.locator("#reprints li").all_inner_texts()
        assert [item.split(" · ")[1:] for item in items] == [["城市晚报", "最先存档"]], items
        # The paper's name wrapped inside itself, 城市 at one line's end and 晚报 at the next's start.
        rects = page.evaluate("[...document.querySelector('#reprints li .paper').getClientRects()].length")
        assert rects == 1, rects
        widths = page.evaluate(WIDTHS)
        assert widths[0] <= widths[1], widths
        if shot := os.environ.get("NEWSARCHIVE_SCREENSHOT"):  # to look at it: a path to write the PNG to
            page.locator("#reprints").screenshot(path=shot)
    finally:
        context.close()

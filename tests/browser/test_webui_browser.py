"""End-to-end: a journalist's path through the web interface in real headless Chromium.

Types a query, applies filters, reads the chart, opens an article and its diff,
views the raw capture and the sources page, and checks on every page that no
script from archived content ran: the hostile payloads in the test archive set
``window.__xss`` or change the page if they execute.
"""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import Watched
from webui_support import WebArchive

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

NO_XSS = "() => window.__xss === undefined && document.title !== 'pwned'"


def assert_no_script_ran(page: Watched) -> None:
    """Fail when any archived payload ran: a flag set, a dialog, an uncaught error."""
    assert page.page.evaluate(NO_XSS), "a script from archived content ran"
    assert page.dialogs == []
    assert page.errors == []


def search(page: Watched, query: str) -> None:
    page.page.goto("/")
    page.page.fill("#q", query)
    page.page.press("#q", "Enter")
    page.page.wait_for_selector("#total")


def test_search_shows_results_chart_and_highlights(page: Watched) -> None:
    search(page, "脱贫攻坚")
    p = page.page
    assert p.text_content("#total") == "6"  # 7 articles; the wire story and its reprint are one hit
    assert p.locator("#hits li.hit").count() == 6
    assert p.locator("#hits mark").first.text_content() == "脱贫攻坚"
    bars = p.locator("#chart svg rect.bar")
    counts = {
        bars.nth(i).get_attribute("data-month"): int(bars.nth(i).get_attribute("data-count") or 0)
        for i in range(bars.count())
    }
    assert counts == {"2016-05": 1, "2016-06": 2, "2016-07": 2, "2016-08": 1}
    # The hostile title is shown as text, not run.
    assert p.get_by_text('<script>window.__xss="title"</script>', exact=False).count() >= 1
    page.screenshot("search")
    assert_no_script_ran(page)


def test_filters_narrow_results_and_chart(page: Watched) -> None:
    search(page, "脱贫攻坚")
    p = page.page
    p.click("#filters summary")  # the filters are folded away until asked for
    p.select_option("#source", "paper-a")
    p.fill("#since", "2016-06-01")
    p.fill("#until", "2016年7月31日")  # either way of writing a date
    p.click("button[type=submit]")
    p.wait_for_url("**since=2016-06-01**")
    assert p.text_content("#total") == "3"
    # Page and reporters where the store has them.
    assert set(p.locator("#hits .meta").all_text_contents()) <= {
        "2016年6月3日 · 城市晚报 · 第01版 要闻 · 李四",
        "2016年6月20日 · 城市晚报 · 第01版 要闻 · 张三",
        "2016年7月20日 · 城市晚报 · 新华社",
    }
    assert p.locator("#chart svg.wide rect.bar").count() == 2
    p.click("#filters summary")
    p.fill("#author", "张三")
    p.click("button[type=submit]")
    p.wait_for_url("**author=**")
    assert p.text_content("#total") == "1"
    page.screenshot("search-filtered")
    assert_no_script_ran(page)


def test_chart_by_paper_stacks_sources(page: Watched) -> None:
    search(page, "脱贫攻坚")
    p = page.page
    p.click("#chart-by-paper")
    p.wait_for_url("**chart=paper**")
    july = p.locator('#chart svg.wide rect.bar[data-month="2016-07"]')
    # 城市晚报 printed the wire story (20 July); 晨报 printed it too (21 July) and the hostile article.
    assert sorted(int(july.nth(i).get_attribute("data-count") or 0) for i in range(july.count())) == [1, 2]
    # The hostile source name is a legend label, as text.
    assert "onerror" in (p.text_content("#chart-legend") or "")
    page.screenshot("search-chart-by-paper")
    assert_no_script_ran(page)


# Where each of the results page's parts starts on screen: the top of its box, in the page's order.
PART_TOPS = """() => ['#summary', '#chart', '#hits', '#facets'].map(
    sel => document.querySelector(sel).getBoundingClientRect().top)"""


# The focused element: its id, "hit" inside the results, else its tag.
FOCUSED = (
    "() => { const a = document.activeElement; return a.id || (a.closest('#hits') ? 'hit' : a.tagName); }"
)


def test_tab_reaches_the_chart_before_the_results_it_sits_above(page: Watched, browser: Any) -> None:
    """The chart sat above the results on screen but after them in the page, so Tab from the search
    box went through every result before its "by paper" link (WCAG 2.4.3, 1.3.2). The page's order
    is the screen's, top to bottom, at 1100 and at 390 pixels."""
    search(page, "脱贫攻坚")
    p = page.page
    p.focus("#q")
    reached: list[str] = []
    for _ in range(80):
        p.keyboard.press("Tab")
        now = p.evaluate(FOCUSED)
        reached.append(now)
        if now == "hit":
            break
    assert "hit" in reached, reached
    assert "chart-by-paper" in reached[: reached.index("hit")], reached
    summary, chart, hits, facets = p.evaluate(PART_TOPS)
    assert summary < chart < hits <= facets + 20, (summary, chart, hits, facets)  # facets: beside the results
    page.screenshot("search-order-1100")
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    try:
        phone = Watched(context.new_page())
        phone.page.goto(p.url)  # the same search
        phone.page.wait_for_selector("#total")
        summary, chart, hits, facets = phone.page.evaluate(PART_TOPS)
        assert summary < chart < hits < facets, (summary, chart, hits, facets)  # one column
        phone.screenshot("search-order-390")
    finally:
        context.close()
    assert_no_script_ran(page)


def test_open_hostile_article_and_its_sandboxed_capture(page: Watched, web_archive: WebArchive) -> None:
    search(page, "脱贫攻坚")
    p = page.page
    p.locator(f'#hits a[href="/article/{web_archive.hostile_id}"]').click()
    p.wait_for_selector("#article")
    assert '<script>window.__xss="title"</script>' in (p.text_content("#title") or "")
    assert "javascript:" in (p.text_content("#original-url") or "")
    assert p.locator("#original-url a").count() == 0  # a javascript: URL is never a link
    frame = p.frame_locator("#capture-frame")
    assert frame.locator("#captured").text_content() == "脱贫攻坚 原始页面"
    page.screenshot("article-hostile")
    assert_no_script_ran(page)


def test_raw_capture_opened_directly_cannot_run_scripts(page: Watched, web_archive: WebArchive) -> None:
    """Even served unescaped as the top document, the capture's CSP sandbox stops its scripts."""
    response: Any = page.page.goto(f"/article/{web_archive.hostile_id}/capture")
    assert "sandbox" in response.headers["content-security-policy"]
    assert page.page.text_content("#captured") == "脱贫攻坚 原始页面"
    assert page.page.evaluate("() => window.__xss") is None
    assert page.dialogs == []


def test_article_versions_diff_and_reprints(page: Watched, web_archive: WebArchive) -> None:
    p = page.page
    reprint_a, reprint_b = web_archive.reprint_ids
    p.goto(f"/article/{reprint_a}")
    assert p.locator(f'#reprints a[href="/article/{reprint_b}"]').count() == 1
    p.goto(f"/article/{web_archive.versioned_id}")
    assert p.text_content("#title") == "鹤鸣湖湿地保护工程正式启动"
    p.click("#versions a.diff-link")
    p.wait_for_selector("#diff")
    assert p.locator("#diff-body del").all_text_contents() == ["三"]
    assert p.locator("#diff-body ins").all_text_contents() == ["五"]
    # 工作启动 -> 工程正式启动: the shared 工 stays, the rest is marked.
    assert p.locator("#diff dl.fields del").all_text_contents() == ["作"]
    assert p.locator("#diff dl.fields ins").all_text_contents() == ["程正式"]
    page.screenshot("article-diff")
    assert_no_script_ran(page)


def test_sources_page_shows_gap_calendar(page: Watched) -> None:
    p = page.page
    p.goto("/sources")
    assert p.locator("td.day.failed").count() == 1
    assert p.locator("td.day.no-edition").count() == 1
    # The calendar's three months end at 2016-08-02, an article archived with no edition checked (drawn
    # not crawled, linking its page): June's and July's three found days stay in view, May's has gone.
    assert p.locator("td.day.found").count() == 3
    assert p.locator('td.day.unchecked a[href="/sources/paper-a/2016-08-02"]').count() == 1
    assert "已完成" in (p.text_content(".last-run") or "")
    page.screenshot("sources")
    assert_no_script_ran(page)

"""Fill rates of the one-edition test crawl and the selectors suggested for empty fields (pure)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crawler.discover.trial import TrialPage, TrialReport, as_stored, fill_rates, suggest_selector

PAGE = """<html><body><div class="nav"><a href="/">首页</a></div>
<div class="main"><h1 class="headline">春耕备耕正当时</h1>
<div class="meta"><span class="byline">本报记者 张风</span><span id="pubtime">2024年03月01日</span></div>
<div class="text"><p>连日来，各地抓住有利时机开展春耕备耕。</p><p>农技人员深入田间地头指导生产。</p></div>
<div class="side"><p>广告</p></div></div></body></html>"""


def test_fill_rates_count_non_empty_fields() -> None:
    articles = [
        {"title": "甲", "published_at": "2024-03-01T08:00:00+08:00", "authors": ["张风"], "body": "正文"},
        {"title": "乙", "published_at": None, "authors": [], "body": "正文"},
    ]
    assert fill_rates(articles) == {"title": 1.0, "published_at": 0.5, "authors": 0.5, "body": 1.0}
    assert fill_rates([]) == {"title": 0.0, "published_at": 0.0, "authors": 0.0, "body": 0.0}


def test_selectors_are_suggested_from_a_sample_page() -> None:
    assert suggest_selector("title", PAGE) == "h1.headline"
    assert suggest_selector("authors", PAGE) == "span.byline"
    assert suggest_selector("published_at", PAGE) == "span#pubtime"
    assert suggest_selector("body", PAGE) == "div.text"
    assert suggest_selector("authors", "<html><body><p>没有署名</p></body></html>") == ""


def test_the_cli_suggests_selectors_from_one_sample_page(tmp_path: Path) -> None:
    from crawler.discover.fetch import Fetcher
    from crawler.runner import crawl_settings
    from crawler.sample_site.server import serve_in_thread
    from search_cli.commands.sources_add import _suggestions, format_trial

    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    weak = {"title": 1.0, "published_at": 1.0, "authors": 0.0, "body": 0.2}
    settings = crawl_settings(overrides={"NEWSARCHIVE_ALLOWED_NETWORKS": "127.0.0.1/32"})
    with serve_in_thread(tmp_path) as url:
        trial = TrialReport(
            date(2024, 3, 1), "finished", articles=4, fill=weak, sample_urls=[url + "/a.html"]
        )
        found = _suggestions(trial, Fetcher(settings, budget=2))
        assert _suggestions(trial, Fetcher(settings, budget=1)) == {}  # over budget: no suggestion, no error
    assert found == {"authors": "span.byline", "body": "div.text"}
    assert "  try: [source.selectors] authors = 'span.byline'" in format_trial(trial, found)


def test_fill_counts_what_the_store_keeps_a_closing_byline_is_an_author() -> None:
    """The test crawl read the spider's items, before the store moves a closing byline into authors:
    the demo paper's authors read 50% filled where its archive has 100%."""
    body = "城市晚报白城讯 洮北区委、区政府立足洮北实际，精心安排、周密部署。\n（记者 孙红 通讯员 张连鹏）"
    # An e-paper article (its page named): the store reads its closing byline (on other pages the
    # extractor's credits stand alone).
    item = {"url": "http://x.example/a.htm", "title": "标题", "body": body, "authors": [], "section": "要闻"}
    stored = as_stored(item)
    assert stored["authors"] == ["孙红"] and "记者" not in stored["body"]
    credited = {"url": "http://x.example/b.htm", "title": "标题", "body": "正文。", "authors": ["张风"]}
    assert fill_rates([stored, as_stored(credited)])["authors"] == 1.0


def test_the_test_crawl_says_articles_listed_per_page_and_stored_in_all_and_what_was_not_fetched() -> None:
    # A real Founder page whose articles were gone read "0 article(s)" above "01 今日要闻: 5 article(s)".
    from search_cli.commands.sources_add import format_trial

    trial = TrialReport(
        date(2023, 2, 10),
        "finished",
        pages=[TrialPage("01", "今日要闻", 5, "http://paper.test/html/2023-02/10/node_2.htm")],
        failed={"http_404": 12},
    )
    assert format_trial(trial, {})[:3] == [
        "test crawl of 2023-02-10: finished, 1 page, 0 articles stored",
        "  01 今日要闻: 5 articles listed",
        "  not fetched: http_404 12",
    ]
    assert trial.as_json()["failed"] == {"http_404": 12}


def test_check_online_says_each_test_crawl_warning_once() -> None:
    # The test crawl's warnings are also the check's notes (for --json): each line read twice,
    # "warning: author empty on 2 of 2 articles" then "note: author empty on 2 of 2 articles".
    from crawler.discover.known import OnlineCheck
    from search_cli.commands.sources_add import format_check

    warning = "author empty on 2 of 2 articles"
    trial = TrialReport(date(2026, 12, 6), "finished", articles=2, warnings=[warning])
    check = OnlineCheck("gen", latest=date(2026, 12, 6), family="founder-classic", notes=[warning, "other"])
    lines = format_check(check, trial)
    assert lines[0] == "gen: ok; latest edition 2026-12-06 (founder-classic)"
    assert [line for line in lines if warning in line] == [f"  warning: {warning}"]
    assert lines[-1] == "  note: other"


def test_the_pages_of_the_edition_given_are_shown_in_print_order() -> None:
    # 科技日报's 第01版 lists its "next page" link (第02版) before itself: the line read
    # "第02版：综 合, 第01版：今日要闻, 第03版：综 合".
    from crawler.extract.epaper import Link
    from search_cli.commands.sources_add import in_print_order

    links = [
        Link("node_3.htm", "第02版：综 合"),
        Link("node_2.htm", "第01版：今日要闻"),
        Link("x.htm", "下一版"),
        Link("node_11.htm", "第10版：文 化"),
        Link("node_4.htm", "第03版：综 合"),
    ]
    assert [link.text for link in in_print_order(links)] == [
        "第01版：今日要闻",
        "第02版：综 合",
        "第03版：综 合",
        "第10版：文 化",
        "下一版",
    ]

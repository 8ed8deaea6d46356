"""Browse like the paper: calendar -> edition -> page (版面) in print order -> article, and back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from markupsafe import escape
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from archive.config import resolve_db_url
from archive.editions import REPROCESS_SPIDER, finish_run, record_edition, start_run
from archive.items import EditionItem, is_incomplete
from archive.schema import open_store
from webui.app import create_app
from webui.browse_queries import ArticleLine, page_sort_key, print_order


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("browse"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def article_links(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<a href="/article/(\d+)" translate="no">', html)]


def test_calendar_days_with_an_edition_link_to_it(client: TestClient) -> None:
    page = client.get("/sources/paper-a").text
    assert '<td class="day found"' in page
    assert 'href="/sources/paper-a/2016-05-10"' in page and 'href="/sources/paper-a/2016-07-20"' in page
    assert 'href="/sources/paper-a/2016-07-21"' not in page  # a failed day is not an edition


def test_edition_lists_pages_in_order_with_names_pdf_and_articles_in_print_order(
    client: TestClient, archive: WebArchive
) -> None:
    r = client.get("/sources/paper-a/2016-05-10")
    assert r.status_code == 200
    html = r.text
    assert html.index("第01版") < html.index("第02版")
    assert "要闻" in html and "经济" in html
    assert 'href="http://paper-a.example/2016-05/10/01.pdf"' in html
    first, second = archive.page_two_ids
    # Archived 2-then-1, printed 1-then-2: the captured page decides.
    assert article_links(html) == [archive.plain_ids[0], first, second]
    assert 'rel="next" id="next-edition" href="/sources/paper-a/2016-06-03"' in html


def test_page_view_has_neighbours_and_leads_to_the_article(client: TestClient, archive: WebArchive) -> None:
    one = client.get("/sources/paper-a/2016-05-10/01").text
    assert 'id="next-page" href="/sources/paper-a/2016-05-10/02"' in one and 'id="previous-page"' not in one
    two = client.get("/sources/paper-a/2016-05-10/02").text
    assert 'id="previous-page" href="/sources/paper-a/2016-05-10/01"' in two
    assert article_links(two) == list(archive.page_two_ids)
    article = client.get(f"/article/{archive.page_two_ids[0]}").text
    assert (
        'href="/sources/paper-a/2016-05-10/02"' in article and 'href="/sources/paper-a/2016-05-10"' in article
    )


def test_edition_statuses_and_missing_things_are_sentences(client: TestClient) -> None:
    failed = client.get("/sources/paper-a/2016-07-21", headers={"accept-language": "en"})
    assert failed.status_code == 200 and "The crawl of this edition failed:" in failed.text
    assert "HTTP 503 on the page list" in failed.text
    none = client.get("/sources/paper-a/2016-07-19", headers={"accept-language": "en"}).text
    assert "The paper's site had no edition for this date." in none
    for url in (
        "/sources/paper-a/2015-01-01",
        "/sources/paper-a/not-a-date",
        "/sources/nope/2016-05-10",
        "/sources/paper-a/2016-05-10/99",
    ):
        r = client.get(url)
        assert r.status_code == 404 and "Traceback" not in r.text, url
    # The date in the page's words, as everywhere on the Chinese page: it read "…城市晚报 2015-01-01 这一期".
    zh = client.get("/sources/paper-a/2015-01-01", headers={"accept-language": "zh"}).text
    assert "2015年1月1日 这一期" in zh and "2015-01-01" not in zh.split('id="error"', 1)[1]
    en = client.get("/sources/paper-a/2015-01-01", headers={"accept-language": "en"}).text
    assert "dated 2015-01-01." in en


def test_page_numbers_sort_as_printed() -> None:
    numbers = ["10", "2", "A2", "A10", "01", "封面"]
    assert sorted(numbers, key=page_sort_key) == ["01", "2", "A2", "10", "A10", "封面"]


def test_print_order_follows_the_captured_links_and_keeps_unlinked_ones_after() -> None:
    lines = [ArticleLine(n, f"t{n}", "", "", (), f"http://x.example/p/{n}.htm") for n in (1, 2, 3)]
    html = b'<a href="3.htm">c</a><a href=\'/p/1.htm\'>a</a><a href="../other.htm">o</a>'
    ordered = print_order(lines, html, "http://x.example/p/node.htm")
    assert [line.id for line in ordered] == [3, 1, 2]
    assert print_order(lines, None, "") == lines


def test_a_found_edition_with_no_article_stored_is_not_shown_as_archived(client: TestClient) -> None:
    """Editions are recorded as their page is fetched: one whose articles never came says so."""
    zh = client.get("/sources/paper-a", headers={"accept-language": "zh"}).text
    found = re.findall(r'<td class="day ([a-z -]+)"[^>]*title="(2016年\d+月\d+日)', zh)
    cells = {day: cls for cls, day in found}
    # The fixture's edition of 2016-05-10 holds articles; the found ones of July hold none.
    assert cells["2016年5月10日"] == "found"
    assert cells["2016年7月18日"] == cells["2016年7月20日"] == cells["2016年7月22日"] == "found empty"
    assert 'title="2016年7月18日 已存档，未存到文章"' in zh
    assert 'href="/sources/paper-a/2016-07-18"' in zh  # still a link: its pages may be there


def pages_with_edition(tmp_path: Path, item: EditionItem, *paths: str) -> dict[tuple[str, str], str]:
    """Record ``item`` in a fresh web archive and return each of ``paths`` in zh and en, by (path, lang)."""
    archive = build_web_archive(tmp_path)
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        record_edition(session, item, None)
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        return {
            (path, lang): c.get(path, headers={"accept-language": lang}).text
            for path in paths
            for lang in ("zh", "en")
        }


def calendar_cells(html: str) -> dict[str, str]:
    """Return the class of each calendar day by its Chinese date text."""
    return {
        day: cls for cls, day in re.findall(r'<td class="day ([a-z -]+)"[^>]*title="(2016年\d+月\d+日)', html)
    }


def test_an_incomplete_found_edition_is_counted_and_drawn_apart(tmp_path: Path) -> None:
    """An edition whose page 2 failed is recorded found with 'incomplete: ...' (as the CLI report shows it):
    the calendar must not count or draw it as a complete found edition."""
    reason = "incomplete: page http://paper-a.example/2016-06/20/02.htm not archived (http_500)"
    assert is_incomplete("found", reason) and not is_incomplete("failed", reason)
    # An article of 2016-06-20 is stored, so the day is not "no article stored": only incomplete.
    item = EditionItem("paper-a", date(2016, 6, 20), "found", reason=reason)
    pages = pages_with_edition(tmp_path, item, "/sources/paper-a")
    zh, en = pages["/sources/paper-a", "zh"], pages["/sources/paper-a", "en"]
    cells = calendar_cells(zh)
    assert cells["2016年6月20日"] == "found incomplete" and cells["2016年5月10日"] == "found"
    # The verdict once, in the page's language (it read "已存档，不完整: incomplete: page ...").
    # The reason's own words in the page's language too (tests/test_webui_reason_words.py).
    url = "http://paper-a.example/2016-06/20/02.htm"
    assert f'title="2016年6月20日 已存档，不完整: 版面 {url} 未存档（HTTP 500）"' in zh
    assert 'href="/sources/paper-a/2016-06-20"' in zh  # its stored pages and articles are still there
    assert "期不完整" in zh
    # Before: "2 found, 3 with no article stored, ...": the incomplete edition read as a complete one.
    # Not crawled runs to 2016-08-02, the date of an article archived with no edition checked.
    counts = "1 found, 1 incomplete, 3 with no article stored, 1 no edition, 1 failed, 78 not crawled"
    assert counts in en and ": 2 found" not in en


def test_a_date_not_yet_published_is_drawn_counted_and_told_apart(tmp_path: Path) -> None:
    """A morning check that saw no edition yet (reason 'not yet published (checked 07:30 +08:00): ...', as
    the CLI report shows it) is neither "without an edition" in the calendar's counts nor on the date's page.
    The tooltip's time says its zone: unlabelled, 07:30 read as UTC beside ``runs`` is eight hours off."""
    from datetime import datetime

    from archive.config import zone
    from archive.items import not_yet_reason

    reason = not_yet_reason(datetime(2016, 7, 23, 7, 30, tzinfo=zone()), "HTTP 404")
    assert reason == "not yet published (checked 07:30 +08:00): HTTP 404"
    item = EditionItem("paper-a", date(2016, 7, 23), "no-edition", reason=reason)
    pages = pages_with_edition(tmp_path, item, "/sources/paper-a", "/sources/paper-a/2016-07-23")
    zh, en = pages["/sources/paper-a", "zh"], pages["/sources/paper-a", "en"]
    day_zh, day_en = pages["/sources/paper-a/2016-07-23", "zh"], pages["/sources/paper-a/2016-07-23", "en"]
    cells = calendar_cells(zh)
    assert cells["2016年7月23日"] == "not-yet" and cells["2016年7月19日"] == "no-edition"
    # One phrase in the page's language: it read "尚未出版: not yet published (checked 07:30 +08:00): ...".
    assert 'title="2016年7月23日 尚未出版（07:30 +08:00 检查）: HTTP 404"' in zh
    assert 'title="2016-07-23 not yet published (checked 07:30 +08:00): HTTP 404"' in en
    assert '<span class="day not-yet">' in en
    assert "1 no edition," in en  # 07-19 only, as before
    assert "1 date had no edition yet when it was checked on its own day" in en
    assert "No edition was online yet when this date was checked on its own day" in day_en
    assert "The paper's site had no edition for this date." not in day_en
    # The check in the page's words, as the tooltip's: it read "...：not yet published (checked ...".
    assert "当天检查时本期尚未上线" in day_zh
    assert '尚未出版（07:30 +08:00 检查）: <span translate="no">HTTP 404</span>' in day_zh
    assert "not yet published" not in day_zh
    assert 'not yet published (checked 07:30 +08:00): <span translate="no">HTTP 404</span>' in day_en


def test_a_date_without_an_edition_says_what_its_kept_articles_are_dated(tmp_path: Path) -> None:
    """An older crawl filed 07-22's edition under 07-23 ("found"); a re-check demoted the date. Its two
    articles stay there: the calendar's tooltip and the date's page say what their pages date them."""
    from datetime import UTC, datetime

    from store_support import WIRE, article

    from archive.articles import upsert_articles

    archive = build_web_archive(tmp_path)
    day, served = date(2016, 7, 23), datetime(2016, 7, 22, 1, 0, tzinfo=UTC)
    kept = [
        article(f"http://paper-a.example/x/{n}", edition_date=day, published_at=served, body=WIRE + str(n))
        for n in range(2)
    ]
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        record_edition(session, EditionItem("paper-a", day, "found"), None)
        upsert_articles(session, kept)
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        record_edition(session, EditionItem("paper-a", day, "no-edition", reason="HTTP 404"), None)
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        zh = c.get("/sources/paper-a", headers={"accept-language": "zh"}).text
        en = c.get("/sources/paper-a/2016-07-23", headers={"accept-language": "en"}).text
    note = "2 articles filed here are dated 2016-07-22 by their pages (kept, not moved)"
    assert calendar_cells(zh)["2016年7月23日"] == "no-edition"
    said = "此处的 2 篇文章日期为 2016年7月22日（据各文章网页所载；保留原处，未移动）"
    assert f'title="2016年7月23日 无报纸: HTTP 404；{said}"' in zh
    assert "The paper's site had no edition for this date." in en
    assert f'<span id="misfiled">{note}</span>' in en  # the crawler's words: said, not marked
    assert en.count('href="/article/') >= 2  # the articles are still listed under the date


def test_a_paper_crawled_long_ago_and_today_keeps_its_old_editions_in_the_calendar(tmp_path: Path) -> None:
    """The demo's case: editions of 2016 and a check of today. The calendar drew only the last 24
    months, all "not crawled", and none of the editions its own counts said were found."""
    item = EditionItem("paper-a", date(2026, 12, 6), "no-edition", reason="HTTP 404")
    pages = pages_with_edition(tmp_path, item, "/sources/paper-a", "/sources")
    zh, en = pages["/sources/paper-a", "zh"], pages["/sources/paper-a", "en"]
    assert 'href="/sources/paper-a/2016-05-10"' in zh  # a found edition of 2016 is still one click away
    assert calendar_cells(zh)["2016年5月10日"] == "found"
    assert 'title="2026年12月6日 ' in zh  # and the newest date too
    # The months between, none of them checked, are one note, not 24 blank calendars (2016-08 is drawn:
    # an article is archived under 2016-08-02, a date no crawl checked).
    assert "2016-09 – 2026-11: not crawled" in en and "2016年9月 至 2026年11月：未抓取" in zh
    assert en.count('<table class="calendar">') == 5  # 2016-05, 2016-06, 2016-07, 2016-08 and 2026-12
    overview = pages["/sources", "en"]  # the papers page: the last 3 months that hold a checked date
    assert 'href="/sources/paper-a/2016-07-20"' in overview and "2016-09 – 2026-11: not crawled" in overview


def test_the_last_crawl_of_a_paper_is_no_reprocess_run(tmp_path: Path) -> None:
    """``newsarchive reprocess`` records a run that fetched nothing: the papers page called it
    the last crawl."""
    archive = build_web_archive(tmp_path)
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        run = start_run(session, "paper-a", REPROCESS_SPIDER, {"source": "paper-a"})
        finish_run(session, run.id, "finished", {"articles/unchanged": 3})
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        page = c.get("/sources/paper-a", headers={"accept-language": "en"}).text
    assert run.id > 1 and "Last crawl: run 1, " in page and f"run {run.id}," not in page


def test_a_found_edition_with_a_note_says_it_on_its_page(tmp_path: Path) -> None:
    """The date's page of a found edition says what its reason says: missing parts (as the report's note
    and the calendar's 'incomplete' do) or a date unsure. It said nothing, so an edition missing two
    articles read as complete to whoever opened it from a search or a link."""
    incomplete = (
        "incomplete: 2 articles not archived: http://paper-a.example/2016-06-20/a1.htm (truncated); "
        "http://paper-a.example/2016-06-20/a2.htm (http_500)"
    )
    item = EditionItem("paper-a", date(2016, 6, 20), "found", reason=incomplete)
    pages = pages_with_edition(tmp_path / "a", item, "/sources/paper-a/2016-06-20")
    en, zh = pages["/sources/paper-a/2016-06-20", "en"], pages["/sources/paper-a/2016-06-20", "zh"]
    note = "Not every page or article of this edition was archived:"
    # The verdict once, in the page's language: it read "本期未能全部存档： incomplete: 2 articles ...",
    # the English word of the reason repeating the Chinese note (the calendar's tooltip drops it too).
    rest = incomplete.removeprefix("incomplete: ").replace("; ", ", ")  # its parts a list, as now recorded
    assert f"{note} <span>{rest}</span>" in en
    assert "本期未能全部存档" in zh and "incomplete:" not in zh and "incomplete:" not in en
    assert "2 篇文章未存档：http://paper-a.example/2016-06-20/a1.htm（页面不完整）" in zh
    assert "The paper's site had no edition for this date." not in en
    unsure = (
        "date unsure: the page's only date is 2016-06-21, the day it was served (date line 2016年6月21日)"
    )
    item = EditionItem("paper-a", date(2016, 6, 20), "found", reason=unsure)
    pages = pages_with_edition(tmp_path / "b", item, "/sources/paper-a/2016-06-20")
    en, zh = pages["/sources/paper-a/2016-06-20", "en"], pages["/sources/paper-a/2016-06-20", "zh"]
    said = str(escape(unsure.removeprefix("date unsure: ")))
    assert "archived under this date, but its date is unsure:" in en and said in en
    assert "本期日期存疑" in zh and "date unsure:" not in zh and "date unsure:" not in en
    assert "网页上唯一的日期是 2016年6月21日，即抓取当天（date line 2016年6月21日）" in zh
    plain = EditionItem("paper-a", date(2016, 6, 20), "found")
    pages = pages_with_edition(tmp_path / "c", plain, "/sources/paper-a/2016-06-20")
    assert 'id="edition-status"' not in pages["/sources/paper-a/2016-06-20", "en"]


def test_a_date_without_an_edition_says_why_and_not_that_its_pages_are_missing(tmp_path: Path) -> None:
    """The page of a date without an edition read "The paper published no edition on this date." and then
    "No page of this edition is archived.", as if pages of an edition were lost; and it did not say what
    the crawl saw (the calendar's tooltip and the report did: HTTP 404, another edition, a combined one)."""
    reason = "another edition: the page served for 2016-07-25 is the edition of 2016-07-22"
    item = EditionItem("paper-a", date(2016, 7, 25), "no-edition", reason=reason)
    path = "/sources/paper-a/2016-07-25"
    pages = pages_with_edition(tmp_path, item, path, "/sources/paper-a/2016-07-21")
    en, zh = pages[path, "en"], pages[path, "zh"]
    assert "The paper's site had no edition for this date." in en and f"({reason})" in en
    assert "报纸网站上没有这一天的一期。" in zh
    assert "（另一期报纸：2016年7月25日 的网址返回的是 2016年7月22日 的报纸）" in zh
    assert "No page of this edition is archived." not in en and "本期没有存档的版面。" not in zh
    # A failed crawl still says that nothing of it is archived: the edition may exist.
    failed = pages["/sources/paper-a/2016-07-21", "en"]
    assert "The crawl of this edition failed:" in failed and "No page of this edition is archived." in failed


def test_a_date_without_an_edition_claims_nothing_of_the_paper(client: TestClient) -> None:
    """It read "The paper published no edition on this date." (报纸当天没有出版。) of every "no edition":
    what the crawl saw is the site's answer (a 404, another date's edition), the same for a paper
    that printed but whose site lacks the day, or a URL template that stopped matching at a redesign."""
    en = client.get("/sources/paper-a/2016-07-19", headers={"accept-language": "en"}).text
    zh = client.get("/sources/paper-a/2016-07-19", headers={"accept-language": "zh"}).text
    assert "The paper published no edition" not in en and "报纸当天没有出版" not in zh
    assert "The paper's site had no edition for this date." in en and "报纸网站上没有这一天的一期。" in zh


def test_a_date_with_archived_articles_but_no_edition_checked_is_drawn_and_linked(tmp_path: Path) -> None:
    """An article imported (or stored) under a date no crawl checked was in no calendar: the paper's
    calendar ended at its last checked date and 2016-07-25 with its article was not drawn, while
    ``report`` said "not crawled, archived 1". The day is drawn not crawled, says articles are
    archived under it and links the date's page."""
    import json

    from archive.importer import import_lines

    archive = build_web_archive(tmp_path)
    line = json.dumps(
        {"id": "late", "title": "导入", "body": "正文。", "edition_date": "2016-07-25", "page": "02"}
    )
    import_lines(resolve_db_url(None, archive.home), [line.encode()], "in.jsonl", source="paper-a")
    with TestClient(create_app(archive.home), headers={"accept-language": "zh-CN"}) as c:
        html = c.get("/sources/paper-a").text
        assert 'href="/sources/paper-a/2016-07-25"' in html, html
        assert "2016年7月25日 未抓取，此日期下存有文章" in html
        assert "导入" in c.get("/sources/paper-a/2016-07-25").text


def test_a_date_never_checked_says_so_and_leads_to_the_nearest_editions(client: TestClient) -> None:
    """A date no crawl checked answered a bare 404 ("no edition of ... dated ..."), a dead end for a
    reader walking the paper by date: it says the day was never checked (not that the paper had no
    edition) and links the nearest archived editions on either side and the paper's calendar."""
    before = client.get("/sources/paper-a/2015-01-01", headers={"accept-language": "en"})
    assert before.status_code == 404
    assert "No crawl has checked this date yet." in before.text
    assert 'rel="next" id="next-edition" href="/sources/paper-a/2016-05-10"' in before.text
    assert 'id="previous-edition"' not in before.text
    assert 'href="/sources/paper-a"' in before.text
    between = client.get("/sources/paper-a/2016-06-01", headers={"accept-language": "zh"})
    assert between.status_code == 404 and "还没有抓取检查过这一天。" in between.text
    assert 'id="previous-edition" href="/sources/paper-a/2016-05-10"' in between.text
    assert 'id="next-edition" href="/sources/paper-a/2016-06-03"' in between.text

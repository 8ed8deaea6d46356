"""In-process tests of every route of the web interface, on a real store and index with hostile content."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from starlette.routing import Mount, Route
from starlette.testclient import TestClient
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
from webui_support import XSS_URL, WebArchive, build_web_archive

from archive.config import resolve_db_url, warc_dir
from archive.errors import StoreError
from webui import search_page
from webui.app import PAGE_CSP, create_app
from webui.capture import warc_path

# Any of these in a served page means archived markup got through as markup.
LIVE_MARKUP = re.compile(
    r"<(script|img|svg|iframe)\b|<[a-z][^>]*\son\w+\s*=|href=\"javascript:", re.IGNORECASE
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("webui"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    # English labels, so the sentences below read as written; the Chinese pages are tested in test_webui_i18n.
    app = create_app(archive.home)
    with TestClient(app, raise_server_exceptions=False, headers={"accept-language": "en"}) as c:
        yield c


def main_html(html: str) -> str:
    """Return the <main> part of a page (the frame around it is static), whitespace collapsed.

    The chart's own ``<svg>`` tag is dropped: it is ours, while its labels (paper names) are checked.
    """
    part = html[html.index("<main>") : html.index("</main>")]
    for ours in (
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart',
        '<svg width="12" height="12" aria-hidden="true">',
    ):
        part = part.replace(ours, "<chart")  # the chart and its legend's colour swatches
    return " ".join(part.split())


def bar_counts(html: str) -> dict[str, int]:
    """Sum the chart's bars per month (the wide chart; the phone's narrow one draws the same bars)."""
    out: dict[str, int] = {}
    wide = html.split('class="chart narrow"')[0]
    for month, n in re.findall(r'class="bar" data-month="([^"]+)" data-count="(\d+)"', wide):
        out[month] = out.get(month, 0) + int(n)
    return out


def total(html: str) -> int:
    match = re.search(r'<strong id="total">(\d+)</strong>', html)
    assert match, "no total on the page"
    return int(match.group(1))


def hit_ids(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<a class="title" href="/article/(\d+)"', html)]


# --- search page -----------------------------------------------------------------------------


def test_empty_search_page_has_form_and_strict_headers(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert 'name="q"' in r.text and "Search the archive" in r.text
    assert r.headers["content-security-policy"] == PAGE_CSP
    assert "script-src" not in PAGE_CSP and "default-src 'none'" in PAGE_CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    # The hostile paper name is an escaped option label.
    assert "&lt;img src=x onerror=" in r.text
    assert not LIVE_MARKUP.search(r.text)


def test_search_lists_hits_with_highlights_and_a_chart_that_adds_up(
    client: TestClient, archive: WebArchive
) -> None:
    r = client.get("/", params={"q": "脱贫攻坚"})
    assert r.status_code == 200
    # Seven articles, six stories: the wire copy printed by both papers is one result, "also in" the other.
    assert total(r.text) == 6 and "matching stories" in r.text and "7 copies</a>)" in r.text
    ids = set(hit_ids(r.text))
    assert ids - set(archive.reprint_ids) == {*archive.plain_ids, archive.hostile_id}
    assert len(ids & set(archive.reprint_ids)) == 1 and 'class="also-in"' in r.text
    assert "<mark>脱贫攻坚</mark>" in r.text
    assert bar_counts(r.text) == {"2016-05": 1, "2016-06": 2, "2016-07": 2, "2016-08": 1}
    every = client.get("/", params={"q": "脱贫攻坚", "copies": "all"}).text
    assert total(every) == 7 and set(archive.reprint_ids) <= set(hit_ids(every))
    assert sum(bar_counts(every).values()) == 7
    assert "&lt;script&gt;window.__xss=&#34;title&#34;&lt;/script&gt;" in r.text
    assert not LIVE_MARKUP.search(main_html(r.text))


def test_filters_by_paper_dates_and_author(client: TestClient, archive: WebArchive) -> None:
    by_paper = client.get("/", params={"q": "脱贫攻坚", "source": "paper-b"}).text
    assert set(hit_ids(by_paper)) == {archive.hostile_id, archive.reprint_ids[1]}
    assert sum(bar_counts(by_paper).values()) == total(by_paper) == 2
    dated = client.get("/", params={"q": "脱贫攻坚", "since": "2016-06-01", "until": "2016-06-30"}).text
    assert hit_ids(dated) and set(hit_ids(dated)) == set(archive.plain_ids[1:3])
    assert bar_counts(dated) == {"2016-06": 2}
    by_author = client.get("/", params={"q": "脱贫攻坚", "author": "张三"}).text
    assert set(hit_ids(by_author)) == {archive.plain_ids[0], archive.plain_ids[2]}
    author_only = client.get("/", params={"author": "赵六"}).text
    assert total(author_only) == 12


def test_author_filter_restricts_the_partial_matches_too(client: TestClient, archive: WebArchive) -> None:
    # No article holds both words: none found, and the one holding the rare word is a partial match...
    html = client.get("/", params={"q": "春耕 鹤鸣湖", "per_page": "50"}).text
    assert total(html) == 0 and 'No article contains all of <q translate="no">春耕 鹤鸣湖</q>' in html
    assert hit_ids(html) == [archive.versioned_id] and "all the words but one" in html
    # ...and with an author, only among that author's articles.
    by_wang = client.get("/", params={"q": "春耕 鹤鸣湖", "author": "王五"}).text
    assert hit_ids(by_wang) == [archive.versioned_id]
    assert hit_ids(client.get("/", params={"q": "春耕 鹤鸣湖", "author": "赵六"}).text) == []


def test_absent_words_answer_none_found(client: TestClient) -> None:
    html = client.get("/", params={"q": "不存在的词汇组合"}).text
    assert (
        total(html) == 0
        and 'No article contains <q translate="no">不存在的词汇组合</q>' in html
        and hit_ids(html) == []
    )
    assert "不 + 存在 + 的 + 词汇 + 组合" in html  # what was tried besides the typed run


def test_none_found_names_the_limits_that_left_the_words_out(client: TestClient) -> None:
    # 春耕 is in a dozen articles: the page must not say that none contains it, only none within the limits.
    html = client.get("/", params={"q": "春耕 -播种 author:无此人", "since": "2016-01-01"}).text
    assert total(html) == 0
    said = 'No article contains <q translate="no">春耕</q> <span id="limits">(limited by author:无此人 -播种'
    assert said in html
    assert "date:2016-01-01..)</span>" in html
    zh = client.get("/", params={"q": "春耕", "author": "无此人"}, headers={"Accept-Language": "zh-CN"}).text
    assert "（限于 author:无此人）" in zh


def test_articles_with_some_of_the_words_follow_under_a_note(client: TestClient) -> None:
    html = client.get("/", params={"q": "鹤鸣湖 湿地 春耕"}).text
    assert total(html) == 0 and "1 article holds all the words but one" in html
    full, rest = html.split('id="partial-note"')
    assert len(hit_ids(full)) == 0 and len(hit_ids(rest)) == 1
    assert '<ol class="hits partial" start="1">' in rest
    exported = client.get("/search.json", params={"q": "鹤鸣湖 湿地 春耕"}).json()
    assert exported["partial"] == 1 and [h["partial"] for h in exported["hits"]] == [True]


def test_sort_by_date_and_pagination(client: TestClient, archive: WebArchive) -> None:
    first = client.get("/", params={"q": "春耕", "sort": "date", "per_page": "10"}).text
    second = client.get("/", params={"q": "春耕", "sort": "date", "per_page": "10", "page": "2"}).text
    assert total(first) == 12
    assert hit_ids(first) + hit_ids(second) == list(reversed(archive.spring_ids))
    assert "page 1 of 2" in first and 'rel="next"' in first and "page=2" in first
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_chart_by_paper_stacks_one_layer_per_paper(client: TestClient) -> None:
    r = client.get("/", params={"q": "脱贫攻坚", "chart": "paper"}).text
    july = re.findall(r'data-month="2016-07" data-count="(\d+)"', r.split('class="chart narrow"')[0])
    # The wire story counts for each paper that printed it (as the paper facet and each bar's link count it).
    assert sorted(map(int, july)) == [1, 2]
    assert "城市晚报" in r and "&lt;img src=x onerr" in r  # legend labels, escaped


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "a", "page": "0"}, "The page number must be 1 or more."),
        ({"q": "a", "page": "x"}, "The page number must be a whole number."),
        # A digit int() refuses (superscript, circled) was a 500; a long number is whole, only too large.
        ({"q": "a", "page": "²"}, "The page number must be a whole number."),
        ({"q": "a", "per_page": "①"}, "The number of results per page must be a whole number."),
        ({"q": "a", "page": "1000000"}, "The page number must be at most 999999."),
        ({"q": "a", "per_page": "7"}, "Results per page must be one of 10, 20, 50, 100."),
        ({"q": "a", "sort": "random"}, "Results are sorted by one of relevance, date, not"),
        ({"q": "a", "chart": "pie"}, "The chart can show month or paper"),
        (
            {"q": "a", "since": "2016-13-01"},
            "The from date '2016-13-01' is not a date: use e.g. 2016-07-20, 2016-07 or 2016.",
        ),
        ({"q": "a", "until": "2019-02-30"}, "The to date '2019-02-30' is not a date"),
        ({"q": "a", "since": "2016-08-01", "until": "2016-07-01"}, "The from date is after the to date."),
        ({"q": "字" * 401}, "The query is too long (401 characters; the limit is 400)."),
        ({"q": "a", "copies": "some"}, "Copies can be 'all'"),
    ],
)
def test_bad_parameters_are_one_sentence_error_pages(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    r = client.get("/", params=params)
    assert r.status_code == 400
    shown = re.search(r'<span class="field-error" id="error-(\w*)" role="alert">(.*?)</span>', r.text, re.S)
    assert shown and message in shown.group(2).replace("&#39;", "'")
    assert "Traceback" not in r.text
    # The form is filled in as submitted, so the journalist changes one field and searches again.
    assert r.text.count('name="q" id="q" value="') == 1
    for name in ("since", "until", "author"):
        if name in params:
            assert f'value="{params[name]}"' in r.text


# --- exports ---------------------------------------------------------------------------------


def test_csv_export_has_every_result_and_defuses_formulas(client: TestClient) -> None:
    r = client.get("/search.csv", params={"q": "春耕", "per_page": "10", "page": "2"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert r.text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == 12  # all results, not just the page
    titles = {row["title"] for row in rows}
    assert '\'=HYPERLINK("http://evil.example","点击")春耕' in titles
    assert not any(t.startswith("=") for t in titles)


def test_the_page_says_when_its_downloads_hold_only_the_first_results(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search of 3,000 results offered "Download: CSV · JSON" and wrote the first 1,000 rows, saying
    nothing: a journalist counting the rows in a spreadsheet counted a third of the articles."""
    page = client.get("/", params={"q": "春耕", "lang": "en"}).text
    assert 'id="export-cap"' not in page  # 12 results: the downloads hold them all
    monkeypatch.setattr(search_page, "MAX_LIMIT", 5)
    page = client.get("/", params={"q": "春耕", "lang": "en"}).text
    cap = page[page.index('id="export-cap"') :].split("</span>")[0]
    assert "only the first 5 of 12 results" in cap, cap
    zh = client.get("/", params={"q": "春耕", "lang": "zh"}).text
    assert "仅含 12 条结果中的前 5 条" in zh[zh.index('id="export-cap"') :].split("</span>")[0]
    exported = client.get("/search.csv", params={"q": "春耕"}).text.lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert len(rows) == 5


def test_json_export_matches_the_page(client: TestClient, archive: WebArchive) -> None:
    r = client.get("/search.json", params={"q": "脱贫攻坚", "source": "paper-b", "sort": "date"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = json.loads(r.text)
    assert "脱贫攻坚" in r.text  # ensure_ascii=False
    assert body["total"] == 2 and body["filters"]["source"] == "paper-b" and body["sort"] == "date"
    assert [h["id"] for h in body["hits"]] == [archive.reprint_ids[1], archive.hostile_id]
    assert body["hits"][1]["url"] == XSS_URL  # data stays data: the consumer escapes


def test_export_without_a_query_is_refused(client: TestClient) -> None:
    r = client.get("/search.json")
    assert r.status_code == 400 and "nothing to export" in r.text


@pytest.mark.parametrize(
    ("params", "field"),
    [({"q": "a", "per_page": "1"}, "per_page"), ({"q": "a", "since": "x"}, "since")],
)
def test_json_endpoints_answer_json_errors(client: TestClient, params: dict[str, str], field: str) -> None:
    for path in ("/search.json", "/search.csv", "/search.atom"):
        r = client.get(path, params=params)
        assert r.status_code == 400 and r.headers["content-type"] == "application/json", path
        error = r.json()["error"]
        assert error["status"] == 400 and error["field"] == field and error["message"].endswith(".")


def test_error_keeps_the_issue_example_query(client: TestClient) -> None:
    """The issue's example: a broken phrase (searched as text) and an impossible date; the page keeps both."""
    r = client.get("/", params={"q": '"脱贫攻坚', "since": "2019-02-30"})
    assert r.status_code == 400
    assert 'value="&#34;脱贫攻坚"' in r.text and 'value="2019-02-30"' in r.text
    assert 'id="error-since"' in r.text and '<details class="filters" id="filters" open>' in r.text


# --- article, diff, capture -------------------------------------------------------------------


def test_article_page_shows_the_archived_fields(client: TestClient, archive: WebArchive) -> None:
    r = client.get(f"/article/{archive.plain_ids[0]}")
    assert r.status_code == 200
    page = main_html(r.text)
    for expected in (
        "聚焦扶贫",
        "洮北区脱贫攻坚第1期",
        "第1篇",
        "本报讯",
        "张三",
        "城市晚报",
        "2016-05-10",
        "page 01",
        "要闻",
        "2016-05-10 08:30",
    ):
        assert expected in page, expected
    assert '<a href="http://paper-a.example/0.html" rel="noopener noreferrer nofollow"' in page
    assert "<p>洮北区推进脱贫攻坚，第1期报道。</p>" in page


def test_hostile_article_is_inert(client: TestClient, archive: WebArchive) -> None:
    r = client.get(f"/article/{archive.hostile_id}")
    assert r.status_code == 200
    page = main_html(r.text)
    assert not LIVE_MARKUP.search(page.replace('<iframe id="capture-frame" sandbox', ""))
    assert '<span class="unlinked">javascript:' in page  # shown, not linked
    assert '<iframe id="capture-frame" sandbox src="/article/' in page


def test_versions_link_to_a_readable_diff(client: TestClient, archive: WebArchive) -> None:
    page = client.get(f"/article/{archive.versioned_id}").text
    assert f"/article/{archive.versioned_id}/diff?from=1&amp;to=2" in page
    assert f'href="/article/{archive.versioned_id}?version=1"' in page
    r = client.get(f"/article/{archive.versioned_id}/diff")
    assert r.status_code == 200
    assert "<p>预计投资<del>三</del><ins>五</ins>千万元。</p>" in r.text
    assert "<p>第三段不变。</p>" in r.text
    assert "鹤鸣湖湿地保护工<del>作</del><ins>程正式</ins>启动" in r.text
    assert client.get(f"/article/{archive.versioned_id}/diff", params={"from": "9"}).status_code == 404
    assert client.get(f"/article/{archive.versioned_id}/diff", params={"to": "x"}).status_code == 400
    single = client.get(f"/article/{archive.plain_ids[0]}/diff")
    assert single.status_code == 200 and "same text" in single.text


def test_reprints_are_linked_both_ways(client: TestClient, archive: WebArchive) -> None:
    a, b = archive.reprint_ids
    assert f'href="/article/{b}"' in main_html(client.get(f"/article/{a}").text)
    assert f'href="/article/{a}"' in main_html(client.get(f"/article/{b}").text)


def test_capture_is_served_sandboxed_and_as_text(client: TestClient, archive: WebArchive) -> None:
    frame = client.get(f"/article/{archive.hostile_id}/capture")
    assert frame.status_code == 200
    csp = frame.headers["content-security-policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "script" not in csp
    assert frame.headers["content-type"] == "text/html; charset=utf-8"
    assert frame.headers["x-frame-options"] == "SAMEORIGIN"
    assert "<script>window.__xss" in frame.text  # the bytes as captured; the sandbox keeps them inert
    plain = client.get(f"/article/{archive.hostile_id}/capture.txt")
    assert plain.headers["content-type"].startswith("text/plain")
    assert plain.headers["content-security-policy"].startswith("sandbox;")
    assert plain.text.startswith("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<html>")
    none = client.get(f"/article/{archive.plain_ids[0]}/capture")
    assert none.status_code == 404 and "no raw capture" in none.text


def test_the_text_view_of_a_gbk_capture_reads_as_the_crawl_read_it(tmp_path: Path) -> None:
    """The demo's GBK article: its server said a bare "text/html" and the page named gb2312 in <meta>.
    The text view decoded it as UTF-8, every Chinese character a U+FFFD; the crawl had read it right."""
    archive = build_web_archive(tmp_path)
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    body = f"{html}<body><p>鹤鸣湖公园环境卫生</p></body></html>".encode("gbk")
    path = warc_dir(archive.home) / "paper-a" / "run-9" / "gbk.warc.gz"
    path.parent.mkdir(parents=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://paper-a.example/gbk.htm",
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http,
            )
        )
    article = archive.plain_ids[0]
    engine = create_engine(resolve_db_url(None, archive.home))
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE articles SET warc_file = :f, warc_offset = 0, encoding = 'gb18030' WHERE id = :id"),
            {"f": "paper-a/run-9/gbk.warc.gz", "id": article},
        )
    engine.dispose()
    with TestClient(create_app(archive.home)) as c:
        plain = c.get(f"/article/{article}/capture.txt").text
    assert "<p>鹤鸣湖公园环境卫生</p>" in plain and "\ufffd" not in plain


def test_an_earlier_version_frames_its_own_capture_not_the_current_one(tmp_path: Path) -> None:
    """The page of ``?version=1`` framed the current version's capture (and its text view) beside
    version 1's text, as if the site had served that text: each version's page shows its own."""
    archive = build_web_archive(tmp_path)
    path = warc_dir(archive.home) / "paper-a" / "run-9" / "versions.warc.gz"
    path.parent.mkdir(parents=True)
    offsets = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for words in ("预计投资三千万元", "预计投资五千万元"):
            offsets.append(handle.tell())
            body = f"<html><body><p>{words}</p></body></html>".encode()
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                "http://paper-a.example/versioned.html",
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http,
            )
            writer.write_record(record)
    engine = create_engine(resolve_db_url(None, archive.home))
    with engine.begin() as conn:
        where = {"f": "paper-a/run-9/versions.warc.gz", "id": archive.versioned_id}
        conn.execute(
            text("UPDATE article_versions SET warc_file = :f, warc_offset = :o WHERE article_id = :id"),
            {**where, "o": offsets[0]},
        )
        conn.execute(
            text("UPDATE articles SET warc_file = :f, warc_offset = :o WHERE id = :id"),
            {**where, "o": offsets[1]},
        )
    engine.dispose()
    n = archive.versioned_id
    with TestClient(create_app(archive.home), headers={"accept-language": "en"}) as c:
        page = c.get(f"/article/{n}?version=1").text
        assert (
            f'src="/article/{n}/capture?version=1"' in page and f"/article/{n}/capture.txt?version=1" in page
        )
        assert f'src="/article/{n}/capture"' in c.get(f"/article/{n}").text
        for suffix in ("capture", "capture.txt"):
            assert "三千万元" in c.get(f"/article/{n}/{suffix}?version=1").text
            assert "五千万元" in c.get(f"/article/{n}/{suffix}").text
            assert c.get(f"/article/{n}/{suffix}?version=9").status_code == 404


def test_a_capture_whose_warc_file_is_gone_is_404_naming_the_file(
    archive: WebArchive, tmp_path: Path
) -> None:
    """A WARC file moved or deleted is gone, not "try again later" (503)."""
    import shutil

    home = tmp_path / "moved"
    shutil.copytree(archive.home, home)
    removed = [
        p.relative_to(warc_dir(home)) for p in warc_dir(home).rglob("*.warc.gz") if "paper-b" in p.parts
    ]
    assert removed
    for path in removed:
        (warc_dir(home) / path).unlink()
    with TestClient(create_app(home), headers={"accept-language": "en"}) as c:
        for suffix in ("capture", "capture.txt"):
            r = c.get(f"/article/{archive.hostile_id}/{suffix}")
            assert r.status_code == 404, suffix
            assert (
                f"The raw capture of article {archive.hostile_id} is gone: its file {removed[0]} "
                "is not in the WARC directory." in r.text
            )


def test_warc_names_cannot_leave_the_warc_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        warc_path(tmp_path, "../archive.sqlite3")
    with pytest.raises(StoreError):
        warc_path(tmp_path, "/etc/passwd")
    assert warc_path(tmp_path, "a/run-1/x.warc.gz") == (tmp_path / "a/run-1/x.warc.gz").resolve()


# --- sources ---------------------------------------------------------------------------------


def test_sources_page_shows_last_crawl_and_gaps(client: TestClient) -> None:
    r = client.get("/sources")
    assert r.status_code == 200
    page = main_html(r.text)
    assert "城市晚报" in page and "&lt;img src=x onerror=" in page and not LIVE_MARKUP.search(page)
    # Of paper-a's four editions recorded found, three hold no stored article (a killed crawl): not "found".
    # "no edition", the verdict word of the legend, the report and the crawl summary ("without an edition").
    # Not crawled runs to 2016-08-02, the date of an article archived with no edition checked.
    counts = "1 found, 3 with no article stored, 1 no edition, 1 failed, 79 not crawled"
    assert "finished" in page and counts in page and "4 found" not in page
    assert "finished (finished)" not in page
    assert page.count('<td class="day failed"') == 1 and page.count('<td class="day no-edition"') == 1
    detail = client.get("/sources/paper-a").text
    assert '2016-07-21: <span translate="no">HTTP 503 on the page list</span>' in detail
    assert client.get("/sources/nope").status_code == 404


# --- errors and safety -----------------------------------------------------------------------


def test_unknown_pages_and_articles_are_404_pages(client: TestClient) -> None:
    r = client.get("/nope")
    assert r.status_code == 404 and "There is no such page in this archive." in r.text
    r = client.get("/article/99999")
    assert r.status_code == 404 and "There is no article number 99999 in this archive." in r.text
    assert r.headers["content-security-policy"] == PAGE_CSP


def test_no_route_accepts_writes(client: TestClient) -> None:
    app = client.app
    for route in app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Route):
            assert route.methods <= {"GET", "HEAD"}, route.path
        else:
            assert isinstance(route, Mount) and route.path == "/static"
    r = client.post("/", data={"q": "x"})
    assert r.status_code == 405 and "read-only" in r.text


def test_store_is_opened_read_only(client: TestClient) -> None:
    archive = client.app.state.archive  # type: ignore[attr-defined]
    with pytest.raises(OperationalError, match="readonly"), archive.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles"))


def test_unexpected_errors_are_pages_without_tracebacks(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(search_page, "index_search", broken)
    r = client.get("/", params={"q": "脱贫攻坚"})
    assert r.status_code == 500
    assert "Something went wrong on the server; the error was logged." in r.text
    assert "secret internal detail" not in r.text and "Traceback" not in r.text
    assert r.headers["content-security-policy"] == PAGE_CSP
    assert "secret internal detail" in caplog.text


def test_missing_index_says_how_to_build_it(archive: WebArchive, tmp_path: Path) -> None:
    home = tmp_path / "noindex"
    home.mkdir()
    (home / "archive.sqlite3").write_bytes((archive.home / "archive.sqlite3").read_bytes())
    with TestClient(create_app(home), headers={"accept-language": "en"}) as c:
        r = c.get("/", params={"q": "脱贫攻坚"})
        assert r.status_code == 503 and "run: newsarchive index rebuild" in r.text
        assert c.get("/sources").status_code == 200  # pages that need no index still work


def test_missing_archive_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no archive database at"):
        create_app(tmp_path / "empty")


def test_foreign_host_headers_are_refused_when_bound_to_loopback(archive: WebArchive) -> None:
    app = create_app(archive.home, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8080") as c:
        assert c.get("/").status_code == 200
        assert c.get("/", headers={"host": "rebound.example"}).status_code == 400


def test_static_stylesheet_is_served(client: TestClient) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


def test_facets_count_the_search_and_each_link_narrows_it(client: TestClient) -> None:
    html = client.get("/", params={"q": "脱贫攻坚"}).text
    facets = html[html.index('<aside class="facets"') :]
    linked = r'<a href="([^"]+)" translate="no">[^<]*</a> <span class="count">(\d+)</span>'
    links = dict(re.findall(linked, facets))
    assert links, "no facet links"
    for href, count in links.items():
        narrowed = client.get(href.replace("&amp;", "&"))
        assert narrowed.status_code == 200, href
        assert total(narrowed.text) == int(count), href  # following a facet finds what it counted
    by_paper = re.findall(r'id="facet-source">.*?</section>', facets, re.S)[0]
    # A story reprinted by two papers counts for each: the papers' counts add up to the copies.
    assert sum(int(n) for n in re.findall(r'class="count">(\d+)<', by_paper)) == 7 > total(html) == 6
    for key in ("source", "year", "section", "authors"):
        assert f'id="facet-{key}"' in facets


# --- the index ahead of the store ------------------------------------------------------------


def test_hits_gone_from_the_store_are_left_out_and_said_once(archive: WebArchive, tmp_path: Path) -> None:
    """A database restored from an older backup: the index still matches an article the store lacks."""
    import shutil
    import sqlite3

    home = tmp_path / "restored"
    shutil.copytree(archive.home, home)
    gone = archive.spring_ids[0]
    with TestClient(create_app(home), headers={"accept-language": "en"}) as c:
        before = c.get("/", params={"q": "春耕", "per_page": "20"})
        assert gone in hit_ids(before.text) and total(before.text) == 12
    with sqlite3.connect(home / "archive.sqlite3") as conn:
        conn.execute("DELETE FROM article_versions WHERE article_id = ?", (gone,))
        conn.execute("DELETE FROM articles WHERE id = ?", (gone,))
    conn.close()
    with TestClient(create_app(home), headers={"accept-language": "en"}) as c:
        r = c.get("/", params={"q": "春耕", "per_page": "20"})
        assert r.status_code == 200
        assert gone not in hit_ids(r.text) and len(hit_ids(r.text)) == 11 and total(r.text) == 11
        assert c.get(f"/article/{gone}").status_code == 404  # the link the list no longer offers
        page = main_html(r.text)
        assert page.count("not in the database") == 1
        assert (
            "1 result is in the index but not in the database (left out); to catch the index up, run: "
            '<code translate="no">newsarchive index update</code>' in page
        )
        body = c.get("/search.json", params={"q": "春耕"}).json()
        assert body["total"] == 11 and body["missing"] == 1 and gone not in [h["id"] for h in body["hits"]]
        exported = c.get("/search.csv", params={"q": "春耕"})
        assert (
            exported.headers["x-newsarchive-missing"] == "1"
            and exported.headers["x-newsarchive-total"] == "11"
        )


def test_an_unknown_paper_is_said_to_be_unknown(client: TestClient) -> None:
    """Searched, an unknown paper id finds nothing: "no article contains 脱贫攻坚" would be false."""
    r = client.get("/", params={"q": "脱贫攻坚", "source": "no-such-paper"})
    assert r.status_code == 400 and "No article contains" not in r.text
    shown = re.search(r'<span class="field-error" id="error-source" role="alert">(.*?)</span>', r.text, re.S)
    assert shown
    assert (
        "There is no paper &#39;no-such-paper&#39; in the archive (known: paper-a, paper-b)."
        in shown.group(1)
    )
    for path in ("/search.json", "/search.csv", "/search.atom"):
        answer = client.get(path, params={"q": "脱贫攻坚", "source": "no-such-paper"})
        assert answer.status_code == 400 and answer.json()["error"]["field"] == "source", path
    assert client.get("/", params={"q": "脱贫攻坚", "source": "paper-b"}).status_code == 200


def test_a_page_past_the_end_says_so_and_links_back(client: TestClient) -> None:
    """A stale link (?page=5 of a one-page search) drew "1 matching article" over an empty list, no
    word why; the CLI says "page 5 is past the last page (1); 1 article", the page now says it too."""
    en = client.get("/", params={"q": "鹤鸣湖", "page": "5"}, headers={"accept-language": "en"}).text
    assert "Page 5 is past the last page of these results, 1:" in en
    assert re.search(
        r'id="past-end">[^<]*<a href="/\?q=%E9%B9%A4%E9%B8%A3%E6%B9%96[^"]*">go to page 1</a>', en
    )
    first = client.get("/", params={"q": "鹤鸣湖"}).text
    assert 'id="past-end"' not in first


def test_search_at_slash_search_goes_to_the_search_page(client: TestClient) -> None:
    """``/search?q=`` was a 404 ("not found" for a search); the search page lives at ``/``."""
    moved = client.get("/search?q=鹤鸣湖&source=a&source=b", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"].endswith("/?q=%E9%B9%A4%E9%B8%A3%E6%B9%96&source=a&source=b")
    assert client.get("/search?q=鹤鸣湖").text == client.get("/?q=鹤鸣湖").text

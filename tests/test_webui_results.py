"""What each result of a search says about where it was printed: date, paper, page (版面) and reporters.

A journalist cites from the result list; the page and the reporters were in the
store (the article page and the exports had them) but the list showed only the
date and the paper. The same line in the terminal (``newsarchive search``) and
its ``--json`` are checked here too, on the same archive.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from search_cli.main import main
from webui.app import create_app

HIT = re.compile(
    r'<li class="hit[^"]*">\s*<a class="title" href="/article/(\d+)[^"]*".*?<div class="meta">(.*?)</div>',
    re.S,
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("results"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def metas(page: str) -> dict[int, str]:
    """Return each hit's meta line as a reader sees it (tags dropped, spaces collapsed), by article id."""
    return {
        int(i): " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", m)).split()) for i, m in HIT.findall(page)
    }


def test_result_list_names_page_section_and_reporters(client: TestClient, archive: WebArchive) -> None:
    """Page 02 (经济) and 周七 where the store has them; a paper's page label in the page's language."""
    meeting, steady = archive.page_two_ids  # in print order: 白城市召开经济工作会议, 白城市经济运行平稳
    zh = client.get("/", params={"q": "白城市经济"}, headers={"accept-language": "zh-CN"})
    assert zh.status_code == 200
    assert metas(zh.text) == {
        steady: "2016年5月10日 · 城市晚报 · 第02版 经济 · 周七",
        meeting: "2016年5月10日 · 城市晚报 · 第02版 经济 · 周七",
    }
    en = client.get("/", params={"q": "白城市经济", "lang": "en"}).text
    assert metas(en)[steady] == "2016-05-10 · 城市晚报 · page 02 经济 · 周七"


def test_result_list_leaves_out_what_the_store_lacks(client: TestClient, archive: WebArchive) -> None:
    """No page and no section: the reporter alone follows the paper, with no empty separator."""
    page = client.get("/", params={"q": "春耕备耕第3天", "lang": "en"}).text
    assert metas(page)[archive.spring_ids[3]] == "2016-04-04 · 城市晚报 · 赵六"


def test_result_list_reporters_are_text_not_markup(client: TestClient, archive: WebArchive) -> None:
    """A hostile byline is shown escaped, as the paper printed it, never run."""
    page = client.get("/", params={"q": "脱贫攻坚", "source": "paper-b", "lang": "en"}).text
    meta = metas(page)[archive.hostile_id]
    assert meta.endswith("<svg onload=\"window.__xss='author'\">"), meta
    assert "&lt;svg onload=" in page and "<svg onload" not in page


def test_search_cli_text_and_json_name_page_and_reporters(
    archive: WebArchive, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./sources.toml of the checkout's
    meeting, steady = archive.page_two_ids  # in print order: 白城市召开经济工作会议, 白城市经济运行平稳
    home = ["--home", str(archive.home)]
    capsys.readouterr()
    assert main(["search", "白城市经济运行平稳", *home]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"1. 白城市经济运行平稳  [城市晚报 2016-05-10 · page 02 经济 · 周七]  #{steady}" in lines, lines
    assert main(["search", "春耕备耕第3天", *home]) == 0
    lines = capsys.readouterr().out.splitlines()
    spring = archive.spring_ids[3]
    assert f"1. 春耕备耕第3天  [城市晚报 2016-04-04 08:30 +08:00 · 赵六]  #{spring}" in lines, lines
    assert main(["search", "白城市经济运行平稳", "--json", *home]) == 0
    hit = json.loads(capsys.readouterr().out)["hits"][0]
    assert (hit["id"], hit["page"], hit["section"], hit["authors"]) == (steady, "02", "经济", ["周七"])
    assert meeting not in (hit["id"],)


def test_a_search_that_finds_nothing_draws_no_chart(client: TestClient) -> None:
    """Nothing found: the page said "no article contains 黑龙江湿地", then drew an empty chart reading
    "no dated matches", as if undated ones had been found. The feed stays: a journalist follows a story
    before it runs."""
    page = client.get("/", params={"q": "黑龙江湿地"}, headers={"accept-language": "zh-CN"}).text
    assert 'id="none-found"' in page and "黑龙江湿地" in page
    assert 'id="chart"' not in page and "没有带日期的匹配文章" not in page
    assert 'id="feed"' in page
    found = client.get("/", params={"q": "白城市经济"}).text
    assert 'id="chart"' in found


def test_a_search_that_finds_nothing_offers_nothing_to_download(client: TestClient) -> None:
    """A CSV of a header alone and a JSON of no hits are nothing to download: the links go; the feed
    stays (a journalist follows a story before it runs)."""
    page = client.get("/", params={"q": "黑龙江湿地", "lang": "en"}).text
    assert 'id="export-csv"' not in page and 'id="export-json"' not in page
    assert "Download:" not in page and 'id="feed"' in page
    found = client.get("/", params={"q": "白城市经济", "lang": "en"}).text
    assert 'id="export-csv"' in found and 'id="export-json"' in found and "Download:" in found


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "脱贫攻坚"},
        {"q": "春耕", "page": "2", "per_page": "10"},
        {"q": "不存在的词"},
        {"author": "张三"},
    ],
)
def test_every_search_page_has_one_top_heading(client: TestClient, params: dict[str, str]) -> None:
    """A results page had no <h1>: a screen reader skimming by headings met the facets' '缩小范围'
    first, and a search that found nothing had no heading at all (axe: page-has-heading-one)."""
    page = client.get("/", params=params).text
    main = page[page.index("<main>") : page.index("</main>")]
    assert len(re.findall(r"<h1[\s>]", main)) == 1, main
    if params:
        assert re.search(r"<h1[^>]*>搜索结果</h1>", main), main


def test_filters_sent_without_words_say_they_need_words(client: TestClient) -> None:
    """A paper and a date range sent with no words answered the bare help page, as if the form had not
    been sent: nothing said the filters only narrow a search, or where to read a paper's editions."""
    page = client.get("/", params={"source": "paper-a", "since": "2016-07-01"}).text
    note = re.search(r'<p class="note" id="filters-only">(.*?)</p>', page, re.S)
    assert note is not None, page
    assert "筛选条件只能缩小搜索范围" in note.group(1)
    assert 'href="/sources/paper-a"' in note.group(1)
    assert 'id="filters-only"' not in client.get("/").text


@pytest.mark.parametrize(
    ("query", "sentence"),
    [
        ("source:城市晚报 脱贫", "source: 后面要写报纸的代号，不是报名：城市晚报 请写 source:paper-a。"),
        ("脱贫 -source:paper-z", "存档中没有报纸“paper-z”（已有：paper-a, paper-b）。"),
    ],
)
def test_a_query_naming_no_paper_says_so(client: TestClient, query: str, sentence: str) -> None:
    """'source:城市晚报 脱贫' (the paper's name, where source: takes its id) answered '没有文章包含这些词'
    of an archive with five such articles in 城市晚报; the form's paper field already said so."""
    page = client.get("/", params={"q": query})
    assert page.status_code == 400
    assert f'id="error-q" role="alert">{sentence}</span>' in page.text, page.text
    for export in ("/search.json", "/search.csv", "/search.atom"):
        assert client.get(export, params={"q": query}).status_code == 400, export
    assert client.get("/", params={"q": "source:paper-a 脱贫"}).status_code == 200


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("source:城市晚报 脱贫", "error: source: takes a paper's id, not its name: for 城市晚报 type source:paper-a."),  # noqa: E501
        ("脱贫 -source:paper-z", "error: There is no paper 'paper-z' in the archive (known: paper-a, paper-b)."),  # noqa: E501
    ],
)
def test_the_cli_says_a_query_names_no_paper_as_the_web_page_does(
    archive: WebArchive, capsys: pytest.CaptureFixture[str], query: str, line: str
) -> None:
    """``search 'source:城市晚报 脱贫'`` said 'no article contains 脱贫 (limited by source:城市晚报)' of an
    archive with five such articles in 城市晚报, where ``--source 城市晚报`` and the web page say why."""
    home = ["--home", str(archive.home)]
    assert main([*home, "search", query]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == line and captured.out == "", captured
    assert main([*home, "search", query, "--json"]) == 2
    assert main([*home, "search", "source:paper-a 脱贫"]) == 0


@pytest.mark.parametrize(
    ("query", "half"),
    [
        ("author：张三", "author:张三"),
        ("title：鹤鸣湖", "title:鹤鸣湖"),
        ("脱贫 page：01", "脱贫 page:01"),
        ("脱贫 date：2016-06", "脱贫 date:2016-06"),
        ("脱贫 -source：paper-b", "脱贫 -source:paper-b"),
        ("(author：李四)", "(author:李四)"),
        ("Author:张三", "author:张三"),  # a phone's keyboard capitalises the first letter
        ("author:“张三”", "author:张三"),  # an input method's quotes
        ("脱贫 AUTHOR：「李四」", "脱贫 author:李四"),
    ],
)
def test_a_field_typed_with_a_full_width_colon_is_the_field(
    archive: WebArchive, client: TestClient, capsys: pytest.CaptureFixture[str], query: str, half: str
) -> None:
    """``author：张三``, as a Chinese input method types the colon, answered 'no article contains author
    张三' (searched as the words "author" and 张三) of an archive with two of 张三's articles; so did
    ``Author:张三`` and ``author:“张三”``."""
    home = ["--home", str(archive.home)]
    found = []
    for typed in (query, half):
        assert main([*home, "search", typed, "--json"]) == 0, typed
        found.append([hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"]])
    assert found[0] == found[1] and found[0], found
    web = [[int(i) for i, _ in HIT.findall(client.get("/", params={"q": q}).text)] for q in (query, half)]
    assert web[0] == web[1] == found[0], web


def test_an_author_that_finds_nothing_names_the_whole_names_holding_it(client: TestClient) -> None:
    """Author 张 (a surname; names are matched whole) answered '没有文章包含这些词 (限于 author:"张"
    author:张)': no words had been typed, the author was named twice, and 张三's two articles were
    left unfound with nothing pointing at them."""
    page = client.get("/", params={"author": "张"}).text
    none = re.search(r'id="none-found">(.*?)</p>', page, re.S)
    assert none is not None and none.group(1).startswith("没有署名为“张”的文章。"), page
    assert none.group(1).count("author:") == 1, none.group(1)
    hints = re.search(r'<p class="note" id="author-hints">(.*?)</p>', page, re.S)
    assert hints is not None, page
    assert re.findall(r'<a href="([^"]+)" translate="no">([^<]+)</a>', hints.group(1)) == [
        ("/?author=%E5%BC%A0%E4%B8%89", "张三")
    ]
    with_words = client.get("/", params={"q": "脱贫", "author": "张"}).text
    assert 'href="/?q=%E8%84%B1%E8%B4%AB&amp;author=%E5%BC%A0%E4%B8%89"' in with_words
    assert 'id="author-hints"' not in client.get("/", params={"author": "张三"}).text


@pytest.mark.parametrize(
    ("q", "link"),
    [
        ("author:张", "author:张三"),
        ("脱贫 author:张", "脱贫 author:张三"),
        ('脱贫 author:"张"', "脱贫 author:张三"),
    ],
)
def test_an_author_typed_in_the_box_names_the_whole_names_as_the_author_field_does(
    client: TestClient, q: str, link: str
) -> None:
    """``author:张`` typed in the search box said only '没有文章包含这些词', where the Author field
    (and the CLI's same query) named 张三; each name's link asks the query with the whole name."""
    page = client.get("/", params={"q": q}).text
    hints = re.search(r'<p class="note" id="author-hints">(.*?)</p>', page, re.S)
    assert hints is not None, page
    assert "名字含“张”的作者" in hints.group(1), hints.group(1)
    assert re.findall(r'<a href="([^"]+)" translate="no">([^<]+)</a>', hints.group(1)) == [
        ("/?" + urlencode({"q": link}), "张三")
    ]
    said = client.get("/search.json", params={"q": q}).json()
    line = "An author is matched by the whole name. Authors in the archive whose name holds 张: 张三"
    assert said["author_hints"] == ["张三"] and said["notes"][-1] == line
    assert 'id="author-hints"' not in client.get("/", params={"q": "author:张三"}).text


@pytest.mark.parametrize("argv", [["author:张"], ["--author", "张"], ["脱贫", "author:张"]])
def test_the_cli_names_whole_authors_for_a_surname_as_the_web_page_does(
    archive: WebArchive, client: TestClient, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """``search author:张`` said only that nothing was found, where the web page names 张三."""
    home = ["--home", str(archive.home)]
    assert main([*home, "search", *argv]) == 3
    out = capsys.readouterr().out
    line = "(An author is matched by the whole name. Authors in the archive whose name holds 张: 张三)"
    assert out.splitlines()[-1] == line, out
    assert main([*home, "search", *argv, "--json"]) == 3
    said = json.loads(capsys.readouterr().out)
    assert said["author_hints"] == ["张三"] and said["notes"][-1] == line[1:-1]
    web = client.get("/search.json", params={"author": "张"}).json()  # the web page's own export agrees
    assert web["author_hints"] == ["张三"] and web["notes"][-1] == line[1:-1]
    assert main([*home, "search", "author:张三", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["author_hints"] == []


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ("脱贫 date:2016-13", "date:2016-13 不是有效日期（请写成 2016、2016-07 或 2016-07-20），已按普通文字搜索。"),  # noqa: E501
        ("脱贫 date:2016-07..2016-06", "date:2016-07..2016-06 的结束日期早于开始日期，范围内没有任何一天。"),
    ],
)
def test_a_query_date_that_is_no_date_or_no_days_says_so(client: TestClient, query: str, note: str) -> None:
    """'脱贫 date:2016-13' (read as text) and 'date:2016-07..2016-06' (no day in it) answered only
    '没有文章包含…' of an archive holding 脱贫 in July: the form's dates said what was wrong,
    these did not."""
    page = client.get("/", params={"q": query}).text
    assert f'<p class="note date-note">{note}</p>' in page, page
    exported = client.get("/search.json", params={"q": query}).json()
    assert any(n.startswith(note.split(" ")[0]) for n in exported["notes"]), exported["notes"]
    assert "date-note" not in client.get("/", params={"q": "脱贫 date:2016-07..2016-08"}).text


def test_a_page_past_the_cap_of_a_few_results_is_past_the_last_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """page=1000 of the twelve 春耕 articles (an edited link) answered 400 '只能翻阅前 1000 条结果；
    请缩小搜索范围': twelve results need no narrowing; page 5 of them said it was past the last page."""
    for page in ("1000", "999999"):
        answer = client.get("/", params={"q": "春耕", "page": page})
        assert answer.status_code == 200
        note = re.search(r'<p class="note" id="past-end">(.*?)</p>', answer.text, re.S)
        assert note is not None, answer.text
        assert f"第 {page} 页超出了结果的最后一页（第 1 页）" in note.group(1)
        assert 'href="/?q=%E6%98%A5%E8%80%95"' in note.group(1)
    # Results past the cap still say only the first ones can be paged through.
    monkeypatch.setattr("webui.params.MAX_LIMIT", 10)
    monkeypatch.setattr("webui.search_page.MAX_LIMIT", 10)
    capped = client.get("/", params={"q": "春耕", "page": "2", "per_page": "10"})
    assert capped.status_code == 400
    assert "只能翻阅前 10 条结果；请缩小搜索范围。" in capped.text


def test_a_sent_form_lands_on_the_address_of_what_it_asked(client: TestClient) -> None:
    """The form sends every field: the address bar (copied into notes, shared) read
    '?q=春耕&source=&since=&until=&author=&sort=relevance&per_page=20' for a search of 春耕."""
    sent = {"q": "春耕", "source": "", "since": "", "until": "", "author": "", "sort": "relevance"}
    sent["per_page"] = "20"
    answer = client.get("/", params=sent, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/?q=%E6%98%A5%E8%80%95"
    narrowed = client.get(
        "/", params={**sent, "since": "2016年4月2日", "per_page": "10"}, follow_redirects=False
    )
    # The rest as typed: the date box still reads 2016年4月2日.
    assert narrowed.headers["location"] == (
        "/?q=%E6%98%A5%E8%80%95&since=2016%E5%B9%B44%E6%9C%882%E6%97%A5&per_page=10"
    )
    assert client.get(narrowed.headers["location"], follow_redirects=False).status_code == 200
    # A mistake is answered where it was made, the form as sent.
    assert client.get("/", params={**sent, "since": "2016-13-01"}, follow_redirects=False).status_code == 400


def test_a_byline_copied_whole_names_the_author_it_holds(
    archive: WebArchive, client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    """A byline copied from the page, ``记者 张三``, found nothing and no hint (no author's name holds it):
    "no article" of a reporter with articles. The names it holds are named, in their own sentence."""
    line = "An author is matched by the whole name. Authors in the archive whose whole name is in 记者 张三:"
    line += " 张三"
    home = ["--home", str(archive.home)]
    capsys.readouterr()
    assert main([*home, "search", "--author", "记者 张三"]) == 3
    assert capsys.readouterr().out.splitlines()[-1] == f"({line})"
    said = client.get("/search.json", params={"author": "记者 张三"}).json()
    assert said["author_hints"] == ["张三"] and said["notes"][-1] == line
    page = client.get("/", params={"q": "脱贫", "author": "记者 张三"}).text
    hints = re.search(r'<p class="note" id="author-hints">(.*?)</p>', page, re.S)
    assert hints is not None and "存档中全名在“记者 张三”之内的作者：" in hints.group(1), page
    assert 'href="/?q=%E8%84%B1%E8%B4%AB&amp;author=%E5%BC%A0%E4%B8%89"' in hints.group(1)

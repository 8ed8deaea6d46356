"""``page:`` restricts a search to a page of the paper (版面), by number or name: CLI, JSON and web alike.

Journalists ask for "what ran on A3" or "on the 要闻 page"; the archive held each article's page
number and name but no search could use them (``section:`` took the name only, typed exactly).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import cli
from webui_support import WebArchive, build_web_archive

from indexer.generations import current_generation
from indexer.integrity import META
from indexer.page_filter import NAMES_HOLDING, UNKNOWN_PAGE, number_key, page_keys, page_notes, value_keys
from webui.app import create_app


def test_a_page_is_one_key_however_the_paper_writes_it() -> None:
    assert number_key("第03版") == number_key("03") == number_key("3") == number_key("3版") == "3"
    assert number_key("A03") == number_key("a3") == number_key("第A3版") == "a3"
    assert number_key("要闻") == "" and number_key("第03版：要闻") == ""
    assert page_keys("A03", "要闻") == ["a3", "要闻"]
    assert page_keys("封面", "") == ["封面"]  # a page numbered by a word is found by that word
    assert page_keys("", "") == []
    assert value_keys("第03版：要闻") == ["3", "要闻"]  # both required
    assert value_keys("要 聞") == ["要闻"]  # folded as the index folds names
    known = ["1", "a3", "要闻", "今日要闻"]
    assert page_notes("x page:A03 page:要闻", known) == []
    assert page_notes("x page:B9", known) == [(UNKNOWN_PAGE, {"value": "page:B9"})]
    assert page_notes('x page:"闻"', known) == [
        (NAMES_HOLDING, {"value": "page:闻", "names": "page:今日要闻, page:要闻"})
    ]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    """Paper-a: four 洮北区 articles on page 01 (要闻), two 白城市 ones on page 02 (经济)."""
    return build_web_archive(tmp_path_factory.mktemp("pages"))


def _json(
    archive: WebArchive, argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    cli(["--home", str(archive.home), "search", *argv, "--json"], monkeypatch)
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize(
    ("query", "total"),
    [
        ("洮北区 page:01", 4),
        ("洮北区 page:第1版", 4),
        ("洮北区 page:要闻", 4),
        ('白城市 page:"第02版：经济"', 2),
        ("白城市 page:经济", 2),
        ("洮北区 page:02", 0),  # a page that exists, holding none of them: no note, the limit named
        ("洮北区 -page:01", 0),
    ],
)
def test_the_query_restricts_to_a_page_by_number_or_name(
    archive: WebArchive,
    query: str,
    total: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer = _json(archive, [query], monkeypatch, capsys)
    assert answer["total"] == total and answer["notes"] == []
    if not total:
        assert "page:" in answer["message"].partition("(limited by ")[2]


@pytest.mark.parametrize(
    "query",
    [
        "洮北区 section:要闻",
        "洮北区 section:要聞",
        '洮北区 section:"要 闻"',
        "洮北区 section:要闻 section:要聞",
    ],
)
def test_section_finds_its_page_name_in_either_script(
    archive: WebArchive, query: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``section:要聞`` (typed in Hong Kong) finds the 要闻 page, as ``page:要聞`` and ``author:`` fold.

    It answered "no article contains these words (limited by section:要聞)": a false not-found.
    """
    assert _json(archive, [query], monkeypatch, capsys)["total"] == 4


def test_an_unknown_page_says_why_nothing_matched_in_the_cli_json_and_web(
    archive: WebArchive, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    note = UNKNOWN_PAGE % {"value": "page:B9"}
    capsys.readouterr()
    assert cli(["--home", str(archive.home), "search", "洮北区 page:B9"], monkeypatch) == 3
    assert capsys.readouterr().out.splitlines()[-1] == f"({note})"
    answer = _json(archive, ["洮北区", "--paper-page", "B9"], monkeypatch, capsys)
    assert answer["total"] == 0 and answer["notes"] == [note]
    with TestClient(create_app(archive.home)) as client:
        web = client.get("/search.json", params={"q": "洮北区", "paper_page": "B9"}).json()
        zh = client.get(
            "/", params={"q": "洮北区", "paper_page": "B9"}, headers={"accept-language": "zh"}
        ).text
        en = client.get("/", params={"q": "洮北区 page:闻"}, headers={"accept-language": "en"}).text
    assert web["notes"] == [note]
    assert "存档中没有 page:B9 这个版面" in zh
    assert "page:闻 names no page of the archive; page names holding it: page:要闻." in en


def test_the_cli_option_the_form_and_the_exports_ask_the_same(
    archive: WebArchive, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = _json(archive, ["洮北区", "--paper-page", "第01版"], monkeypatch, capsys)
    assert answer["total"] == 4
    assert answer["query"] == "洮北区" and answer["filters"]["page"] == "第01版"
    assert {hit["page"] for hit in answer["hits"]} == {"01"}
    with TestClient(create_app(archive.home)) as client:
        web = client.get("/search.json", params={"q": "洮北区", "paper_page": "第01版"}).json()
        page = client.get("/", params={"q": "洮北区", "paper_page": "02"}, headers={"accept-language": "en"})
        form = client.get("/", headers={"accept-language": "zh"}).text
    assert web["total"] == 4 and web["filters"] == answer["filters"]
    # The CLI echoes what it was asked as the web export does; the CLI pages its results.
    assert set(answer) - {"result_page"} == set(web)
    assert 'name="paper_page" id="paper_page" value="02"' in page.text and "page:02" in page.text
    assert '<label for="paper_page">版面</label>' in form


def test_the_page_filter_holds_when_the_query_reads_as_plain_text(
    archive: WebArchive, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unbalanced quote makes the query plain words: a filter added to its text as ``page:01``
    would have been searched as the words "page" and "01" (nothing found); a filter holds."""
    answer = _json(archive, ['"洮北区', "--paper-page", "01"], monkeypatch, capsys)
    assert answer["total"] == 4
    answer = _json(archive, ['"洮北区', "--paper-page", "02"], monkeypatch, capsys)
    assert answer["total"] == 0 and answer["message"].endswith("(limited by page:02)")
    with TestClient(create_app(archive.home)) as client:
        web = client.get("/search.json", params={"q": '"洮北区', "paper_page": "01"}).json()
    assert web["total"] == 4


def test_an_index_written_before_the_page_field_asks_for_a_rebuild_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = build_web_archive(tmp_path)
    gen = current_generation(archive.home / "index")
    assert gen is not None
    meta = json.loads((gen / META).read_text("utf-8"))
    (gen / META).write_text(json.dumps({**meta, "schema_version": 5}), "utf-8")
    capsys.readouterr()
    assert cli(["--home", str(archive.home), "search", "洮北区 page:01"], monkeypatch) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "rebuild needed (run: newsarchive index rebuild)" in err, err
    assert cli(["--home", str(archive.home), "index", "update"], monkeypatch) == 1
    assert "rebuild needed (run: newsarchive index rebuild)" in capsys.readouterr().err
    # `index check` named the problem and then sent the reader to `index update`, which refuses.
    assert cli(["--home", str(archive.home), "index", "check"], monkeypatch) == 4
    out = capsys.readouterr().out.splitlines()
    said = [
        "  index schema version 5, this program writes 6: rebuild needed",
        "not clean: index schema version 5, this program writes 6 (run: newsarchive index rebuild)",
    ]
    assert out[-2:] == said
    # The web page says why in its own language, and names no path ("the index at index has ...").
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as client:
        en = client.get("/search", params={"q": "洮北区"}, headers={"accept-language": "en"})
        zh = client.get("/search", params={"q": "洮北区"}, headers={"accept-language": "zh"})
    assert en.status_code == zh.status_code == 503
    assert (
        "The search index must be rebuilt: index schema version 5, this program writes 6 "
        "(run: newsarchive index rebuild)." in en.text
    )
    assert (
        "搜索索引需要重建：索引格式版本为 5，本程序写入 6 版（请运行：newsarchive index rebuild）。"
        in zh.text
    )
    for page in (en.text, zh.text):
        assert "the index at" not in page and "rebuild needed" not in page


def _section_facet(page: str) -> list[tuple[str, str, int]]:
    """Return the 版面 facet's (href, label, count) links."""
    import html as html_lib
    import re

    box = page[page.index('id="facet-section"') :].split("</section>")[0]
    links = re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>\s*<span class="count">(\d+)</span>', box, re.S)
    return [(html_lib.unescape(h), re.sub(r"<[^>]+>", "", label).strip(), int(n)) for h, label, n in links]


def test_the_page_facet_narrows_by_the_page_filter_and_finds_what_it_counts(archive: WebArchive) -> None:
    """Its links added section:"经济" to the query: '洮北区 OR 白城市 section:"经济"' bound the clause
    to 白城市 alone and found 6 articles where the facet counted 2. They now set the Page filter."""
    with TestClient(create_app(archive.home)) as client:
        page = client.get("/", params={"q": "洮北区 OR 白城市"}, headers={"accept-language": "en"}).text
        facet = _section_facet(page)
        assert {(label, n) for _, label, n in facet} >= {("要闻", 4), ("经济", 2)}, facet
        for href, label, n in facet:
            assert "section" not in href and "paper_page=" in href, href
            narrowed = client.get(href.replace("/?", "/search.json?")).json()
            assert narrowed["filters"]["page"] == label and narrowed["total"] == n, (href, narrowed["total"])
        # With page 02 chosen, 经济 keeps page 02 (its count is of page 02's 经济 articles).
        on_02 = client.get("/", params={"q": "洮北区 OR 白城市", "paper_page": "02"}).text
        ((href, label, n),) = _section_facet(on_02)
        assert label == "经济" and n == 2 and "paper_page=2%E7%89%88" in href, href
        assert client.get(href.replace("/?", "/search.json?")).json()["total"] == 2

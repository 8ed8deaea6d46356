"""Text only in an earlier version of an article is found and said to be earlier: no "no article contains".

A journalist checking what a paper first printed searched 三千万 (version 1, corrected to 两千万 in
version 2) and read "no article contains 三千万", exit 3: the archive holds the version, and its
text was indexed nowhere. Superseded versions have their own index now (``indexer.versions``):
a search that finds nothing current says in one line that earlier versions hold it, and
``--versions`` (the page's ``versions=1``) lists them, "version 1 of 2 (replaced in the archive on DAY)".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import DB_PARAMS, make_db_url

from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app

URL = "http://paper.example/2016-05/01/content_1.htm"


def _import(tmp_path: Path, home: list[str], body: str) -> None:
    path = tmp_path / "in.jsonl"
    row = {"url": URL, "title": "预算公布", "body": body, "source": "paper-a"}
    row["published_at"] = "2016-05-01T10:00:00"
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(path), *home]) == exitcodes.OK


@pytest.fixture
def corrected(tmp_path: Path) -> list[str]:
    home = ["--home", str(tmp_path / "home")]
    _import(tmp_path, home, "全市今年的道路预算为三千万元。")
    _import(tmp_path, home, "全市今年的道路预算为两千万元。")  # the paper's correction: version 2
    assert main(["index", "update", *home]) == exitcodes.OK
    return home


def test_text_only_in_an_earlier_version_is_said_to_be_there(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    # No current text holds it: still "not found" (exit 3), but not a false "no article contains".
    assert main(["search", "三千万", *corrected]) == exitcodes.NO_RESULTS
    out = capsys.readouterr().out
    assert "not in any current text; found in an earlier version of 1 article" in out
    assert "newsarchive search --versions 三千万" in out
    assert main(["search", "三千万", "--json", *corrected]) == exitcodes.NO_RESULTS
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 0 and data["hits"] == []
    assert data["earlier_versions"] == {
        "articles": 1,
        "versions": 1,
        "capped": False,
        "exact": True,
        "older_readings": 0,
    }
    assert any("found in an earlier version of 1 article" in n for n in data["notes"])
    # Listed on request, labelled, with the version's permalink.
    assert main(["search", "三千万", "--versions", *corrected]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "1 article holds it in an earlier version" in out
    assert "version 1 of 2 (replaced in the archive on " in out and "/article/1?version=1" in out
    assert "三千万" in out and "superseded 20" not in out
    # The note does not tell to run the very command that listed them (the web page drops its link).
    assert "not in any current text; found in an earlier version of 1 article" in out
    assert "newsarchive search --versions" not in out
    assert main(["search", "三千万", "--versions", "--json", *corrected]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    (hit,) = data["earlier_hits"]
    assert [n for n in data["notes"] if "earlier version" in n] == [
        "not in any current text; found in an earlier version of 1 article (listed below)"
    ]
    assert (hit["id"], hit["version"], hit["versions"]) == (1, 1, 2)
    assert hit["permalink"].endswith("/article/1?version=1")
    # The paper's time, to the second, as show --json gives it (the import's clock kept microseconds).
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", hit["superseded"])
    # The current text is found as ever, and counts articles, not versions.
    assert main(["search", "预算", "--json", *corrected]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["earlier_versions"] is None


def test_the_note_s_command_keeps_the_search_s_filters(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The count is of the filtered search: the command it offers must list the same versions.

    The note said ``newsarchive search --versions 三千万`` after ``--source paper-a --since ...``:
    pasted, it listed every paper's and every day's earlier versions, not the ones counted.
    """
    import shlex

    capsys.readouterr()
    args = ["search", "三千万", "--source", "paper-a", "--since", "2016-04-01", *corrected]
    assert main([*args, "--json"]) == exitcodes.NO_RESULTS
    line = next(n for n in json.loads(capsys.readouterr().out)["notes"] if "earlier version" in n)
    argv = shlex.split(line.partition(": ")[2])
    assert argv[:3] == ["newsarchive", "search", "--versions"]
    assert argv[3] == "三千万 source:paper-a date:2016-04-01.."
    # Pasted, it lists the version counted, and a filter leaving it out finds none.
    assert main(["search", argv[3], "--versions", "--json", *corrected]) == exitcodes.OK
    assert [h["version"] for h in json.loads(capsys.readouterr().out)["earlier_hits"]] == [1]
    assert main(["search", "三千万 source:paper-b", "--versions", "--json", *corrected]) != exitcodes.OK


def test_index_update_makes_the_replaced_text_a_superseded_version(
    tmp_path: Path, corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _import(tmp_path, corrected, "全市今年的道路预算为一千万元。")  # version 3
    assert main(["index", "update", *corrected]) == exitcodes.OK
    capsys.readouterr()
    assert main(["search", "两千万", "--json", *corrected]) == exitcodes.NO_RESULTS
    counts = json.loads(capsys.readouterr().out)["earlier_versions"]
    assert counts == {"articles": 1, "versions": 1, "capped": False, "exact": True, "older_readings": 0}
    assert main(["search", "预算", "--versions", "--json", *corrected]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1  # the current text: one article
    listed = sorted((h["id"], h["version"], h["versions"]) for h in data["earlier_hits"])
    assert listed == [(1, 1, 3), (1, 2, 3)]
    assert data["earlier_versions"] == {
        "articles": 1,
        "versions": 2,
        "capped": False,
        "exact": True,
        "older_readings": 0,
    }


def test_the_search_page_says_so_and_lists_them_on_request(corrected: list[str]) -> None:
    home_dir = Path(corrected[1])
    with TestClient(create_app(home_dir), raise_server_exceptions=False) as client:
        page = client.get("/", params={"q": "三千万", "lang": "en"}).text
        assert "Not in any current text; found in an earlier version of 1 article" in page
        assert "versions=1" in page
        zh = client.get("/", params={"q": "三千万"}, headers={"accept-language": "zh-CN"}).text
        assert "早先版本" in zh
        listed = client.get("/", params={"q": "三千万", "versions": "1", "lang": "en"}).text
        assert "version 1 of 2 (replaced in the archive on " in listed and "/article/1?version=1" in listed
        data = client.get("/search.json", params={"q": "三千万"}).json()
        assert data["total"] == 0 and data["earlier_versions"] == {
            "articles": 1,
            "versions": 1,
            "capped": False,
            "exact": True,
            "older_readings": 0,
        }
        data = client.get("/search.json", params={"q": "三千万", "versions": "1"}).json()
        assert [(h["id"], h["version"]) for h in data["earlier_hits"]] == [(1, 1)]


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ('"预算为三千万"', "newsarchive search --versions '\"预算为三千万\"'"),  # a phrase stays a phrase
        ("-source:x 三千万", "newsarchive search --versions -- '-source:x 三千万'"),  # no option
        ("三千万", "newsarchive search --versions 三千万"),
    ],
)
def test_the_note_s_command_runs_the_same_query_when_pasted_in_a_shell(query: str, shown: str) -> None:
    """The note's command, pasted in a shell, hands the search the query as typed (quotes, a minus)."""
    import shlex

    from indexer.versions import EarlierFinds, earlier_note

    note = earlier_note(EarlierFinds(articles=1, versions=1), query)
    command = note.partition(": ")[2]
    assert command == shown
    argv = shlex.split(command)
    words = argv[3:] if argv[3] != "--" else argv[4:]
    assert " ".join(words) == query


def test_a_damaged_versions_index_is_rebuilt_by_index_update(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The versions' index is derived and small: ``index update`` rebuilds it when damaged.

    ``index update`` failed 'the index is damaged' (exit 5) after updating the articles' index,
    while ``index check`` called the index clean; search meanwhile said nothing of earlier versions.
    """
    from indexer.generations import current_generation
    from indexer.versions import versions_path

    gen = current_generation(versions_path(Path(corrected[1]) / "index"))
    assert gen is not None
    for toc in gen.glob("_MAIN_*.toc"):
        toc.unlink()
    capsys.readouterr()
    assert main(["index", "update", *corrected]) == exitcodes.OK
    assert main(["search", "三千万", *corrected]) == exitcodes.NO_RESULTS
    assert "found in an earlier version of 1 article" in capsys.readouterr().out


def test_a_cut_listing_says_so_and_a_count_of_versions_read_says_at_least(
    tmp_path: Path, corrected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import indexer.versions
    from indexer.versions import EarlierFinds, earlier_heading, earlier_note

    _import(tmp_path, corrected, "全市今年的道路预算为一千万元。")  # v3: two earlier versions hold 预算
    assert main(["index", "update", *corrected]) == exitcodes.OK
    monkeypatch.setattr(indexer.versions, "EARLIER_LIMIT", 1)  # one version read of two
    with TestClient(create_app(Path(corrected[1])), raise_server_exceptions=False) as client:
        data = client.get("/search.json", params={"q": "预算", "versions": "1"}).json()
        assert data["earlier_versions"] == {
            "articles": 1,
            "versions": 2,
            "capped": True,
            "exact": True,
            "older_readings": None,
        }
        zh = client.get("/", params={"q": "预算", "versions": "1"}, headers={"accept-language": "zh-CN"}).text
        assert "1 篇文章的早先版本（已被替换的文本）含有此词" in zh and "至少" not in zh
        assert "共 2 个版本，仅列出前 1 个。" in zh
    # Counted from the versions read alone (no store to ask), the count is a lower bound, said so.
    read = EarlierFinds(articles=1, versions=2, capped=True, exact=False)
    assert earlier_heading(read).startswith("at least 1 article holds it in an earlier version")
    assert "found in an earlier version of at least 1 article:" in earlier_note(read, "预算")


def test_a_page_listing_only_earlier_versions_offers_the_json_that_holds_them(corrected: list[str]) -> None:
    with TestClient(create_app(Path(corrected[1])), raise_server_exceptions=False) as client:
        listed = client.get("/", params={"q": "三千万", "versions": "1", "lang": "en"}).text
        assert 'id="export-json"' in listed and 'id="export-csv"' not in listed  # the CSV holds no versions
        assert 'id="export-json"' not in client.get("/", params={"q": "三千万", "lang": "en"}).text


def test_a_refiled_article_s_earlier_versions_are_filed_with_it(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A version's document carries its article's day, page, source and url: a re-filing moves it too.

    ``index update`` took only new version rows: re-filed to another edition date (a reprocess, a
    re-crawl), the article's version 1 stayed filed under the old day, so ``--versions --since``
    the new day missed it (a false "not found") and ``--until`` the old day found it.
    """
    from datetime import date

    from sqlalchemy import update

    from archive.config import resolve_db_url
    from archive.models import Article
    from archive.schema import open_store

    with open_store(resolve_db_url(home=corrected[1])) as factory, factory.begin() as session:
        session.execute(update(Article).values(edition_date=date(2016, 6, 3), page_number="5"))
    assert main(["index", "update", *corrected]) == exitcodes.OK
    capsys.readouterr()
    new, old = ["--since", "2016-06-03"], ["--until", "2016-05-01"]
    assert main(["search", "三千万", "--versions", "--json", *new, *corrected]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["earlier_hits"][0]["edition_date"] == "2016-06-03"
    assert main(["search", "三千万 page:5", "--versions", "--json", *corrected]) == exitcodes.OK
    assert len(json.loads(capsys.readouterr().out)["earlier_hits"]) == 1
    assert main(["search", "三千万", "--versions", "--json", *old, *corrected]) == exitcodes.NO_RESULTS
    assert json.loads(capsys.readouterr().out)["earlier_hits"] == []
    # Level with the store: nothing left to re-index, and the check agrees.
    assert main(["index", "check", *corrected]) == exitcodes.OK


@pytest.fixture(params=DB_PARAMS)
def corrected_in(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[list[str]]:
    """The corrected article in a SQLite file and (when the server is up; in CI it must be) PostgreSQL."""
    for url in make_db_url(request, tmp_path):
        home = ["--home", str(tmp_path / "home"), "--db-url", url]
        _import(tmp_path, home, "全市今年的道路预算为三千万元。")
        _import(tmp_path, home, "全市今年的道路预算为两千万元。")
        assert main(["index", "update", *home]) == exitcodes.OK
        yield home


def test_an_earlier_version_names_its_paper_as_the_results_do(
    corrected_in: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``[城市晚报 2016-05-01]``, as every result names its paper; it said the source's id, ``[paper-a]``.

    The paper's name is joined from the store's sources (``indexer.versions``): on PostgreSQL too.
    """
    from sqlalchemy import update

    from archive.models import Source
    from archive.schema import open_store

    with open_store(corrected_in[3]) as sessions, sessions.begin() as session:
        session.execute(update(Source).where(Source.id == "paper-a").values(name="城市晚报"))
    capsys.readouterr()
    assert main(["search", "三千万", "--versions", *corrected_in]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "  [城市晚报 2016-05-01] version 1 of 2" in out and "[paper-a" not in out
    assert main(["search", "三千万", "--versions", "--json", *corrected_in]) == exitcodes.OK
    (hit,) = json.loads(capsys.readouterr().out)["earlier_hits"]
    assert (hit["source"], hit["source_name"]) == ("paper-a", "城市晚报")


def test_an_earlier_version_s_day_is_said_to_be_the_archive_s_not_the_paper_s(
    corrected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The day is when the archive stored the next version: not the paper's correction date.

    "version 1 of 2 (superseded 2016-05-02)" read as the day the paper changed its text, and a
    journalist would cite it as the correction's date; the archive only knows when it saw the change.
    """
    capsys.readouterr()
    assert main(["search", "三千万", "--versions", "--json", *corrected]) == exitcodes.OK
    (hit,) = json.loads(capsys.readouterr().out)["earlier_hits"]
    day = hit["superseded"][:10]
    assert hit["label"] == f"version 1 of 2 (replaced in the archive on {day})"
    with TestClient(create_app(Path(corrected[1])), raise_server_exceptions=False) as client:
        zh_page = {"accept-language": "zh-CN"}
        zh = client.get("/", params={"q": "三千万", "versions": "1"}, headers=zh_page).text
        y, m, d = (int(part) for part in day.split("-"))
        assert f"共 2 个版本中的版本 1（存档替换于 {y}年{m}月{d}日）" in zh and "日 被替换" not in zh
        # "第 1 版" is what a paper calls its printed page 1: a version is never named so.
        assert not re.search(r"第\s*\d+\s*版", zh[zh.index("<main") :])


def test_past_the_listing_cap_the_articles_are_still_counted_exactly(
    tmp_path: Path, corrected: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the versions listed, the count asks the store: "2 articles", not "at least 1".

    Only the first ``EARLIER_LIMIT`` matching versions are read for the listing; the count of their
    articles was of those read, "at least 1 article" of two. The index names each match's version
    row: the store says whose it is, so the count is exact and only the listing is cut (and says so).
    """
    import indexer.versions

    row = {"url": URL.replace("content_1", "content_2"), "title": "另一篇", "source": "paper-a"}
    path = tmp_path / "second.jsonl"
    for body in ("今年的道路预算为三千万元。", "今年的道路预算另有安排。"):
        path.write_text(json.dumps({**row, "body": body}, ensure_ascii=False), encoding="utf-8")
        assert main(["import", str(path), *corrected]) == exitcodes.OK
    assert main(["index", "update", *corrected]) == exitcodes.OK
    monkeypatch.setattr(indexer.versions, "EARLIER_LIMIT", 1)  # one version read of two, of two articles
    capsys.readouterr()
    assert main(["search", "三千万", "--json", *corrected]) == exitcodes.NO_RESULTS
    data = json.loads(capsys.readouterr().out)
    assert data["earlier_versions"] == {
        "articles": 2,
        "versions": 2,
        "capped": True,
        "exact": True,
        "older_readings": None,
    }
    assert any("found in an earlier version of 2 articles:" in n for n in data["notes"])
    assert main(["search", "三千万", "--versions", *corrected]) == exitcodes.OK
    out = capsys.readouterr().out
    heading = "2 articles hold it in an earlier version (superseded text); first 1 of 2 versions listed"
    assert f"-- {heading} --" in out
    with TestClient(create_app(Path(corrected[1])), raise_server_exceptions=False) as client:
        page = client.get("/", params={"q": "三千万", "versions": "1", "lang": "en"}).text
        assert "2 articles hold it in an earlier version" in page and "At least" not in page
        assert "The first 1 of 2 versions are listed." in page
        data = client.get("/search.json", params={"q": "三千万", "versions": "1"}).json()
        assert data["earlier_versions"] == {
            "articles": 2,
            "versions": 2,
            "capped": True,
            "exact": True,
            "older_readings": None,
        }
        assert len(data["earlier_hits"]) == 1

"""A reporter's name searched as text names the articles it is the byline of.

The crawl moves a byline (本报记者 赵六) out of the text into the article's authors, so the text holds
no 赵六: ``search 赵六`` answered "no article contains 赵六" of an archive of 赵六's twelve articles,
whose printed pages say 记者 赵六. The answer now says the name is an author's, how many articles
carry it and how to list them (``--author``, the web page's link), in the CLI, the JSON and the page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from archive.config import index_dir
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app

LINE = "赵六 is an author's name: 12 articles by 赵六 (a byline is not searched as text: --author 赵六)"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("byline-names"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(home=archive.home)) as c:
        yield c


def test_the_cli_names_the_author_a_text_search_missed(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(archive.home)]
    assert main(["search", "赵六", *home]) == exitcodes.NO_RESULTS
    out = capsys.readouterr().out
    assert out.startswith("no article contains 赵六") and f"({LINE})" in out, out
    assert main(["search", "赵六", "--json", *home]) == exitcodes.NO_RESULTS
    data = json.loads(capsys.readouterr().out)
    assert LINE in data["notes"] and data["author_names"] == [{"name": "赵六", "articles": 12}]
    # Not a name of the archive's authors, or a name asked as the author already: nothing said.
    assert main(["search", "春耕", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["author_names"] == []
    assert main(["search", "--author", "赵六", "--json", *home]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out)["author_names"] == []


def test_the_page_links_the_authors_articles(client: TestClient) -> None:
    page = client.get("/", params={"q": "赵六"})
    assert page.status_code == 200
    assert "赵六是作者姓名：署名赵六的文章 12 篇（署名不作为正文搜索）" in page.text, page.text
    assert 'href="/?author=%E8%B5%B5%E5%85%AD"' in page.text
    data = client.get("/search.json", params={"q": "赵六"}).json()
    assert LINE in data["notes"] and data["author_names"] == [{"name": "赵六", "articles": 12}]


def test_the_author_option_a_note_suggests_is_quoted_as_a_shell_takes_it() -> None:
    """``--author Li Yue`` pasted into a shell searched Yue as text by Li: a name with a space is quoted."""
    from indexer.authors import author_name_line

    assert author_name_line("Li Yue", 2).endswith("(a byline is not searched as text: --author 'Li Yue')")
    assert author_name_line("王强", 1).endswith("(a byline is not searched as text: --author 王强)")


def test_the_count_keeps_the_searchs_filters(
    archive: WebArchive, client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    """The note counted the whole archive while the search and the link it gives keep --since, --until
    and --source: '12 articles by 赵六' over a search of April 6th on, whose link lists 7."""
    home = ["--home", str(archive.home)]
    main(["search", "赵六", "--since", "2016-04-06", "--json", *home])
    assert json.loads(capsys.readouterr().out)["author_names"] == [{"name": "赵六", "articles": 7}]
    main(["search", "赵六", "--until", "2016-04-03", *home])
    assert "赵六 is an author's name: 3 articles by 赵六" in capsys.readouterr().out
    main(["search", "赵六", "--source", "paper-b", "--json", *home])  # none of them in that paper
    assert json.loads(capsys.readouterr().out)["author_names"] == []
    data = client.get("/search.json", params={"q": "赵六", "since": "2016-04-06"}).json()
    assert data["author_names"] == [{"name": "赵六", "articles": 7}]
    page = client.get("/", params={"q": "赵六", "since": "2016-04-06"})
    assert "署名赵六的文章 7 篇" in page.text


def test_one_function_takes_the_searchs_filters_for_both_front_ends(archive: WebArchive) -> None:
    """The CLI and the web page each gathered the authors asked, built the filter query and called
    authors_named (the same six lines twice, which drifted once: the page's paper page, the CLI's
    not): :func:`indexer.authors.query_author_names` takes the search's filters for both."""
    from indexer.authors import query_author_names

    index = index_dir(archive.home)
    assert query_author_names(index, "赵六") == [("赵六", 12)]
    assert query_author_names(index, "赵六", since=date(2016, 4, 6)) == [("赵六", 7)]
    assert query_author_names(index, "赵六", source="paper-b") == []
    assert query_author_names(index, "赵六", author="赵六") == []  # asked as the author already
    assert query_author_names(index, "春耕 author:赵六") == []
    assert query_author_names(index, "") == []

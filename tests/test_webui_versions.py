"""An article's versions on the web page: named apart from its page, and titled as the version shown."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.app import create_app

TITLE = re.compile(r"<title>(.*?)</title>", re.S)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("versions"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def _main(page: str) -> str:
    return page[page.index("<main>") : page.index("</main>")]


def test_a_version_is_never_called_what_a_printed_page_is_called(
    client: TestClient, archive: WebArchive
) -> None:
    """'第 1 版' was the version list's name for version 1, and '第01版' is page 1 of the paper (the
    article's own edition line says '第02版'): a journalist read the versions as the pages printing it."""
    n = archive.versioned_id
    pages = [
        client.get(f"/article/{n}").text,
        client.get(f"/article/{n}", params={"version": "1"}).text,
        client.get(f"/article/{n}/diff", params={"from": "1", "to": "2"}).text,
        client.get(f"/article/{n}", params={"version": "7"}).text,
    ]
    for page in pages:
        assert not re.search(r"第\s*\d+\s*版", _main(page)), _main(page)
    assert "版本 1" in _main(pages[0]) and "与版本 1 比较" in _main(pages[0])
    assert "这是本文的版本 1" in _main(pages[1])
    assert "从版本 1" in _main(pages[2]) and "到版本 2" in _main(pages[2])
    assert "本文没有版本 7" in _main(pages[3])
    # The printed page keeps its name.
    page_two = client.get(f"/article/{archive.page_two_ids[0]}").text
    assert "第02版" in _main(page_two)


def test_an_earlier_version_is_titled_with_its_own_title(client: TestClient, archive: WebArchive) -> None:
    """Version 1's page showed its own headline but the browser's tab (and a bookmark, a reference
    manager saving the page) read today's headline, '鹤鸣湖湿地保护工程正式启动'."""
    n = archive.versioned_id
    first = TITLE.findall(client.get(f"/article/{n}", params={"version": "1"}).text)
    assert first == ["鹤鸣湖湿地保护工作启动 · 版本 1 · newsarchive"], first
    current = TITLE.findall(client.get(f"/article/{n}").text)
    assert current == ["鹤鸣湖湿地保护工程正式启动 · newsarchive"], current
    english = client.get(f"/article/{n}", params={"version": "1", "lang": "en"}).text
    assert TITLE.findall(english) == ["鹤鸣湖湿地保护工作启动 · version 1 · newsarchive"]


@pytest.mark.parametrize(
    ("path", "params", "sentence"),
    [
        ("/article/{n}", {"version": "x"}, "版本号必须是整数。"),
        ("/article/{n}/diff", {"from": "x"}, "版本号必须是整数。"),
        ("/article/{n}/diff", {"to": "1x"}, "版本号必须是整数。"),
        # Digits int() refuses (superscript, circled): each was a 500 with a traceback in the log.
        ("/article/{n}", {"version": "²"}, "版本号必须是整数。"),
        ("/article/{n}/diff", {"from": "①"}, "版本号必须是整数。"),
    ],
)
def test_a_bad_version_number_says_why(
    client: TestClient, archive: WebArchive, path: str, params: dict[str, str], sentence: str
) -> None:
    """'/article/6?version=x' answered a page headed 'Please change the search' and nothing more: the
    sentence was meant for a field of the search form, which has no version field, so it was dropped."""
    answer = client.get(path.format(n=archive.versioned_id), params=params)
    assert answer.status_code == 400
    assert f'<p id="error-message">{sentence}</p>' in _main(answer.text), _main(answer.text)


@pytest.mark.parametrize("download", ["cite-ris", "cite-bibtex", "cite-csl"])
def test_an_earlier_versions_citation_downloads_cite_that_version(
    client: TestClient, archive: WebArchive, download: str
) -> None:
    """Version 1's page showed '鹤鸣湖湿地保护工作启动' in its citation block, but its RIS, BibTeX and
    CSL-JSON links fetched today's version: the reference manager saved '鹤鸣湖湿地保护工程正式启动'."""
    n = archive.versioned_id
    page = client.get(f"/article/{n}", params={"version": "1"}).text
    href = re.search(rf'id="{download}" href="([^"]+)"', page)
    assert href is not None, page
    saved = client.get(href.group(1).replace("&amp;", "&"))
    assert saved.status_code == 200
    assert "鹤鸣湖湿地保护工作启动" in saved.text and "工程正式" not in saved.text, saved.text
    assert "version=1" in saved.text  # the permalink it records is version 1's
    current = client.get(f"/article/{n}").text
    href = re.search(rf'id="{download}" href="([^"]+)"', current)
    assert href is not None and "version" not in href.group(1)


def _archived(page: str) -> str:
    found = re.search(r'<dd id="archived">(.*?)</dd>', page, re.S)
    assert found is not None, _main(page)
    return found.group(1)


def test_an_earlier_versions_archived_line_is_that_versions_not_the_articles(
    client: TestClient, archive: WebArchive
) -> None:
    """Version 1's page said 'Archived: first seen 2016-07-21, last seen 2016-07-22': the article's last
    visit, when version 2 was already the text. A journalist citing version 1 cited the wrong archive
    time. Its line says when version 1 was stored, and until when it was the current text."""
    n = archive.versioned_id
    english = _archived(client.get(f"/article/{n}", params={"version": "1", "lang": "en"}).text)
    assert "last seen" not in english, english
    assert "stored 2016-07-21 08:30" in english, english
    assert "current until 2016-07-22 08:30" in english and "version 2" in english, english
    chinese = _archived(client.get(f"/article/{n}", params={"version": "1"}).text)
    assert "最近见于网站" not in chinese, chinese
    assert "存档于 2016年7月21日 08:30" in chinese and "至 2016年7月22日 08:30" in chinese, chinese
    assert "版本 2" in chinese, chinese
    current = _archived(client.get(f"/article/{n}", params={"lang": "en"}).text)
    assert "first seen 2016-07-21 08:30" in current and "last seen 2016-07-22 08:30" in current, current

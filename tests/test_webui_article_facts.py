"""The article page's edition line and citation say what is known, with nothing dangling."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.app import create_app

TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("article-facts"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def _dd(page: str, dd_id: str) -> str:
    match = re.search(rf'<dd id="{dd_id}"[^>]*>(.*?)</dd>', page, re.S)
    assert match, dd_id
    return " ".join(TAGS.sub("", match.group(1)).split())


def test_an_edition_line_without_a_date_starts_with_what_is_known(
    client: TestClient, archive: WebArchive
) -> None:
    """An article with a section but no edition date or page read '版次 · 要闻' (a separator before
    nothing), and its citation said '版面 不详' though the page's name was known."""
    page = client.get(f"/article/{archive.hostile_id}").text
    edition = _dd(page, "edition")
    assert edition == '=HYPERLINK(&#34;http://evil.example&#34;)', edition
    assert _dd(page, "cite-page") == edition


def test_a_full_edition_line_is_date_page_and_section(client: TestClient, archive: WebArchive) -> None:
    page = client.get(f"/article/{archive.page_two_ids[0]}").text
    assert _dd(page, "edition") == "2016年5月10日 · 第02版 · 经济"
    assert _dd(page, "cite-page") == "第02版 · 经济"
    plain = client.get(f"/article/{archive.versioned_id}").text
    assert 'id="edition"' not in plain and _dd(plain, "cite-page") == "不详"

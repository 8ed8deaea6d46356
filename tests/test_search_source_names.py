"""A paper named by (part of) its name, where an id is asked, is told the id to type.

The demo's paper is 城市晚报（示例）, id sample-cswb: ``source:城市晚报`` answered "There is no paper
'城市晚报' in the archive (known: ...)", as for a typo, since only a name typed whole was recognised;
``--source 城市晚报`` said "unknown source '城市晚报'" with no word of the id it names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from archive.articles import ensure_source
from archive.config import resolve_db_url
from archive.schema import open_store
from search_cli import exitcodes
from search_cli.main import main
from webui.app import create_app


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("source-names"))


def test_a_query_naming_part_of_a_papers_name_is_told_its_id(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(Path(archive.home))]
    assert main([*home, "search", "source:城市 脱贫"]) == exitcodes.USAGE
    assert (
        capsys.readouterr().err
        == "error: source: takes a paper's id, not its name: for 城市 type source:paper-a.\n"
    )
    with TestClient(create_app(archive.home)) as c:
        page = c.get("/", params={"q": "source:城市 脱贫"})
    assert "source:paper-a" in page.text


def test_the_source_option_naming_a_paper_is_told_its_id(
    archive: WebArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(Path(archive.home))]
    assert main([*home, "search", "脱贫", "--source", "城市晚报"]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err.startswith(
        "error: unknown source '城市晚报': a paper's id is asked, 城市晚报 is paper-a (known: "
    ), err


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web archive with a second paper named 城市晚报 (another city's, or the paper's mobile site)."""
    home = tmp_path_factory.mktemp("source-namesakes")
    build_web_archive(home)
    with open_store(resolve_db_url(None, home)) as sessions, sessions.begin() as session:
        ensure_source(session, "paper-c", name="城市晚报", region="吉林 长春")
    return home


def test_a_query_naming_a_name_two_papers_share_is_told_their_ids(
    namesakes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``source:城市晚报`` with two papers of that name said "There is no paper '城市晚报' in the archive"."""
    assert main(["--home", str(namesakes), "search", "source:城市晚报 脱贫"]) == exitcodes.USAGE
    assert capsys.readouterr().err == (
        "error: source: takes a paper's id, not its name: 城市晚报 is the name of several papers"
        " (paper-a, paper-c); type source: with one of them.\n"
    )
    with TestClient(create_app(namesakes)) as c:
        page = c.get("/", params={"q": "source:城市晚报 脱贫"})
    assert "存档中没有报纸" not in page.text
    assert "paper-a" in page.text and "paper-c" in page.text


def test_the_source_option_naming_a_shared_name_is_told_the_ids(
    namesakes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--home", str(namesakes), "search", "脱贫", "--source", "城市晚报"]) == exitcodes.ERROR
    err = capsys.readouterr().err
    assert err.startswith(
        "error: unknown source '城市晚报': a paper's id is asked, 城市晚报 is the name of several papers "
        "(paper-a, paper-c) (known: "
    ), err


def test_the_papers_page_tells_papers_of_one_name_apart_by_their_ids(namesakes: Path) -> None:
    """/sources listed two headings 城市晚报 and nothing else to tell them apart, nor the id source: takes."""
    with TestClient(create_app(namesakes)) as c:
        page = c.get("/sources").text
    shown = re.sub(r"<[^>]+>", " ", page)
    assert shown.count("城市晚报") >= 2
    assert re.search(r"城市晚报\s+paper-a\s+吉林 白城", shown), shown
    assert re.search(r"城市晚报\s+paper-c\s+吉林 长春", shown), shown

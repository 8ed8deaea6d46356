"""A paper named by (part of) its name, where an id is asked, is told the id to type.

The demo's paper is 城市晚报（示例）, id sample-cswb: ``source:城市晚报`` answered "There is no paper
'城市晚报' in the archive (known: ...)", as for a typo, since only a name typed whole was recognised;
``--source 城市晚报`` said "unknown source '城市晚报'" with no word of the id it names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

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

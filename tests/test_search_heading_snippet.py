"""A result found by its lead title (引题) or subtitle (副题) alone says so in its snippet.

Results show the title and a body snippet, not the lead title or subtitle: a
hit matched only there showed the body's first words with nothing marked, and
the reader saw no reason it was listed. The snippet now starts with the
marked heading; the CLI, JSON and the web page all render these parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_index_helpers import build

from indexer.documents import IndexDoc
from indexer.highlight import render_snippet
from indexer.search import search

DOCS = [
    IndexDoc(id=1, lead_title="鹤鸣湖畔再添新景", title="城市公园改造完工", body="市民在新修的步道上散步。"),
    IndexDoc(id=2, title="春耕备耕忙", subtitle="白城农技人员下乡指导", body="田间地头一派繁忙景象。"),
    IndexDoc(id=3, lead_title="鹤鸣湖", title="环卫工人的一天", body="清晨五点，鹤鸣湖边已有人清扫。"),
]
FILLERS = [IndexDoc(id=10 + n, title=f"第{n}期报道", body=f"第{n}期报道：市民在公园散步。") for n in range(6)]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("heading"), [*DOCS, *FILLERS])


@pytest.mark.parametrize(
    ("query", "article", "marked"),
    [("鹤鸣湖畔", 1, "«鹤鸣湖畔»再添新景"), ("农技人员", 2, "白城«农技人员»下乡指导")],
)
def test_a_match_in_the_lead_title_or_subtitle_alone_is_marked(
    index: Path, query: str, article: int, marked: str
) -> None:
    hit = next(h for h in search(index, query).hits if h.id == article)
    assert any(m for _, m in hit.snippet_parts), hit.snippet
    assert hit.snippet.startswith(marked), hit.snippet
    assert render_snippet(hit.snippet_parts, "html").count("<mark>") == 1


def test_a_body_that_holds_the_match_keeps_its_own_snippet(index: Path) -> None:
    hit = next(h for h in search(index, "鹤鸣湖").hits if h.id == 3)
    assert hit.snippet == "清晨五点，«鹤鸣湖»边已有人清扫。"

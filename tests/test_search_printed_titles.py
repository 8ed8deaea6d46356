"""A headline kept as printed is found by a query typed in either punctuation or width.

The store keeps ``评:X`` and ``１１岁`` as the page printed them (no longer ``评：X``, ``11岁``):
a reader pasting the headline, or typing it with the other colon or digits, must still find it,
as words and as a quoted string.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_index_helpers import build

from indexer.documents import IndexDoc
from indexer.search import search

PRINTED = [
    IndexDoc(id=1, title="评:乡村振兴要久久为功", body="乡村振兴是一项长期任务，需要久久为功、持续用力。"),
    IndexDoc(id=2, title="１１岁男孩勇救落水同伴", body="一名１１岁男孩跳入河中，救起落水的同伴。"),
    IndexDoc(id=3, title="评：城市更新重在留住记忆", body="城市更新要留住老街巷的记忆。"),
    IndexDoc(id=4, title="11岁女孩义卖助学", body="11岁的女孩在街头义卖，所得捐给山区学校。"),
]
FILLERS = [IndexDoc(id=10 + n, title=f"第{n}期报道", body=f"第{n}期报道：市民在湖边散步。") for n in range(8)]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("printed"), [*PRINTED, *FILLERS])


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("评:乡村振兴要久久为功", 1),
        ("评：乡村振兴要久久为功", 1),
        ('"评:乡村振兴"', 1),
        ('"评：乡村振兴"', 1),
        ("评:城市更新重在留住记忆", 3),
        ("评：城市更新重在留住记忆", 3),
        ('"评:城市更新"', 3),
        ('"评：城市更新"', 3),
        ("１１岁男孩勇救落水同伴", 2),
        ("11岁男孩勇救落水同伴", 2),
        ('"11岁男孩"', 2),
        ("１１岁女孩义卖助学", 4),
        ("11岁女孩义卖助学", 4),
        ('"１１岁女孩"', 4),
    ],
)
def test_a_headline_is_found_in_either_punctuation_or_width(index: Path, query: str, article: int) -> None:
    page = search(index, query)
    assert page.hits and page.hits[0].id == article, (query, [h.id for h in page.hits])
    assert not page.hits[0].partial

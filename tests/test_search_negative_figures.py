"""A negative figure is a query: ``-5度`` searched alone is minus five degrees, not 5度.

``search -- -5度`` answered "no article contains 5度": a query of exclusions alone is read as its
text, and the text's runs dropped the minus as punctuation, so the sign left the query and the
answer both, and 气温5度 would have been listed for -5度. Papers print the sign ASCII, full-width
(－5℃) or as the minus sign (−5度); a range's dash (3-5度) is no sign.
"""

from __future__ import annotations

from pathlib import Path

from test_index_helpers import build

from indexer.documents import IndexDoc
from indexer.export import none_found
from indexer.query import literal_tree, text_runs
from indexer.search import search

DOCS = [
    IndexDoc(id=1, title="寒潮", body="今晨最低气温-5度，道路结冰。"),
    IndexDoc(id=2, title="寒潮", body="明天最低气温－5度，注意防寒。"),
    IndexDoc(id=3, title="寒潮", body="夜间气温降至−5度。"),
    IndexDoc(id=4, title="回暖", body="今天最高气温5度，天气晴好。"),
    IndexDoc(id=5, title="回暖", body="白天气温3-5度。"),
    IndexDoc(id=6, title="寒潮", body="夜间最低气温－5℃。"),
]


def test_the_sign_stays_with_its_figure() -> None:
    assert text_runs("-5度") == ["-5度"] and text_runs("－5℃") == ["－5℃"]
    assert text_runs("3-5度") == ["3-5度"]  # between digits it was never a separator
    assert text_runs("降温-") == ["降温"] and text_runs("-降温") == ["降温"]  # no figure: punctuation


def test_a_lone_negative_figure_finds_it_printed_with_any_minus(tmp_path: Path) -> None:
    index = build(tmp_path, DOCS)
    for query in ("-5度", "－5度", "−5度"):
        page = search(index, query)
        assert sorted(h.id for h in page.hits) == [1, 2, 3], query
    assert [h.id for h in search(index, "－5℃").hits] == [6]
    missing = search(index, "-8度")
    assert missing.total == 0 and none_found(missing) == "no article contains -8度"
    assert literal_tree("-5度").__dict__["text"] == "-5度"

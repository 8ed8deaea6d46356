"""How ``OR`` groups with the words beside it, as README's operator table says."""

from __future__ import annotations

import re
from pathlib import Path

from indexer.query import Bool, Leaf, parse_query

README = Path(__file__).resolve().parents[1] / "README.md"


def _leaf(text: str) -> Leaf:
    return Leaf(text, None, quoted=False)


def test_words_side_by_side_bind_before_or_and_parentheses_group() -> None:
    """The reviewer read ``鹤鸣湖 OR 火星 三下乡`` list an article without 三下乡: AND binds first; the
    README's table says so and names the grouping that means "either, with 三下乡"."""
    lines = README.read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("| `a OR b`"))
    loose, grouped = re.findall(r"`([^`]*三下乡)`", row)
    either, mars_with = _leaf("鹤鸣湖"), Bool("AND", [_leaf("火星"), _leaf("三下乡")])
    assert parse_query(loose) == Bool("OR", [either, mars_with])
    group = Bool("OR", [_leaf("鹤鸣湖"), _leaf("火星")])
    assert parse_query(grouped) == Bool("AND", [group, _leaf("三下乡")])

"""``field_colons``: a field as an input method or a phone types it, and text that only looks like one."""

from __future__ import annotations

import pytest

from indexer.query import Bool, Leaf, field_colons, parse_query


@pytest.mark.parametrize("typed", ["author:“John Smith”", "author：“John Smith”", "Author:「John Smith」"])
def test_curly_quotes_around_words_with_a_space_are_one_phrase_of_the_field(typed: str) -> None:
    """A Latin-script name in an input method's quotes is the author's phrase, as in ASCII quotes."""
    expected = Leaf("John Smith", "author", quoted=True)
    assert parse_query(typed) == parse_query('author:"John Smith"') == expected


@pytest.mark.parametrize(
    "text",
    ['"新华社 title：“张三”"', '"abc title：def"', '"Author:张三 说"', '"记者 author：“张三” 报道"'],
)
def test_a_field_name_inside_a_quoted_phrase_is_the_phrase_s_text(text: str) -> None:
    """Inside ASCII quotes, ``title：`` is words of the phrase: left as typed, the phrase one leaf."""
    assert field_colons(text) == text
    tree = parse_query(text)
    assert isinstance(tree, Leaf) and tree.quoted and tree.field is None, tree


@pytest.mark.parametrize("text", ["来源：新华社", "时间：2019", "记者：张三 来源：新华社", "Source: Xinhua"])
def test_ordinary_text_pasted_from_an_article_is_not_read_as_a_field(text: str) -> None:
    assert field_colons(text) == text
    tree = parse_query(text)
    leaves = tree.items if isinstance(tree, Bool) else [tree]
    assert all(isinstance(leaf, Leaf) and leaf.field is None for leaf in leaves), tree


def test_a_field_after_a_closed_phrase_is_still_read() -> None:
    assert field_colons('"两会 代表" author：“张三”') == '"两会 代表" author:"张三"'

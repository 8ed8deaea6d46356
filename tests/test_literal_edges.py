"""One rule says where a figure or Latin word found in a text stands whole: the search's and the snippet's.

The search read folded texts as UTF-8 through a regular expression (``EdgeNeedle``), the snippet's
highlights as strings through a character test of its own (``whole_at``): two copies of "runs on into
a longer figure or word", which could drift apart (a hit the search found whole, its figure left
unmarked, or marked inside a longer one). Both are now built from one pattern.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from indexer.literal import edge_needle, whole_at

TEXT = st.text(alphabet="0123456789.,，aiAI万吨元年 ", max_size=24)


@given(TEXT, st.integers(0, 24), st.integers(1, 6))
def test_the_search_and_the_snippet_tell_a_whole_needle_alike(text: str, at: int, size: int) -> None:
    folded = text.lower()
    needle = folded[at : at + size]
    if not needle or needle.isspace():
        return
    edge = edge_needle(needle)
    data = folded.encode("utf-8")
    for start in [i for i in range(len(folded)) if folded.startswith(needle, i)]:
        offset = len(folded[:start].encode("utf-8"))
        search_says = True if edge is None else edge.at(data, offset)
        assert search_says == whole_at(folded, start, start + len(needle)), (folded, needle, start)


def test_known_cases() -> None:
    assert not whole_at("化肥23万吨", 3, 6) and whole_at("化肥3万吨", 2, 5)
    assert not whole_at("资金13.5亿元", 3, 8) and whole_at("截至2019.3.5日", 2, 6)
    assert not whole_at("shanghai", 6, 8) and whole_at("ai技术", 0, 2)
    needle = edge_needle("3万吨")
    assert needle is not None
    assert not needle.found("化肥23万吨".encode()) and needle.found("化肥3万吨".encode())


def test_a_thousands_separator_is_inside_its_figure() -> None:
    """500 is no figure of 1,500 (nor 1,000 of 1,000,000) with the ASCII comma; a list is."""
    assert not whole_at("投入1,500万元", 4, 9)
    assert not whole_at("1,000,000元", 0, 5) and whole_at("1,000,000元", 0, 9)
    assert whole_at("分别为1,2,3个", 5, 6) and whole_at("2019,2020年", 0, 4)
    needle = edge_needle("500万元")
    assert (
        needle is not None
        and not needle.found("投入1,500万元".encode())
        and needle.found("投入500万元".encode())
    )


def test_a_full_width_comma_parts_a_list_of_figures() -> None:
    """Papers list figures with the full-width comma (分别为120，350，480万元) and group thousands with
    the ASCII one: read as a thousands separator, the full-width comma made 480万元 (and 350) 'inside
    a longer figure', and the search said no article contains them (false)."""
    text = "分别为120，350，480万元"
    assert whole_at(text, 11, 16) and whole_at(text, 7, 10) and whole_at(text, 3, 6)
    needle = edge_needle("480万元")
    assert needle is not None and needle.found(text.encode())
    needle = edge_needle("350")
    assert needle is not None and needle.found(text.encode())

"""Three decks over a dashed 副题: a narrow line quoting the text is the 引题 over a much wider 主题."""

from __future__ import annotations

from crawler.normalize.headlines import read_headline

TEXT = (
    "新车主遇到交通事故该如何正确处理？没有车主愿意交通事故发生在自己身上。"
    "驾驶员应立即停车，保护现场，然后及时报警。沿道路内侧行走，仔细观察后方来车，切记！"
)


def test_a_quoted_clause_over_a_wider_title_and_a_dashed_deck_is_the_kicker() -> None:
    lines = ["仔细观察后方来车", "新车主遇到交通事故该如何正确处理", "——谨慎的车主哪怕开了很多年车"]
    assert read_headline(lines, TEXT) == (
        "仔细观察后方来车",
        "新车主遇到交通事故该如何正确处理",
        "谨慎的车主哪怕开了很多年车",
    )


def test_a_title_broken_in_two_even_parts_over_a_dashed_deck_stays_whole() -> None:
    lines = ["交通事故如何处理", "车主必读指南来了", "——谨慎的车主哪怕开了很多年车"]
    assert read_headline(lines, TEXT)[1] == "交通事故如何处理 车主必读指南来了"

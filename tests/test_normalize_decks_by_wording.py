"""Undashed decks told apart by wording: a line the text says word for word is a 引题 or 副题 cut from
it, the line it says nowhere the editor's 主题 (the type sizes that tell them apart in print are lost)."""

from __future__ import annotations

from crawler.normalize.headlines import read_headline

TEXT = (
    "昨日凌晨，城南老街一处地下水管突然爆裂，损失惨重，附近三个小区停水近十个小时。"
    "抢修队员连夜赶到现场，挖开路面更换了破损的管段，居民们送来热水和点心。"
    "据了解，这段水管已经使用了三十多年，管壁锈蚀严重，今年将全部更换。"
)


def test_words_of_the_text_under_a_line_it_says_nowhere_are_the_subtitle() -> None:
    # Cut from two clauses with their comma dropped, as a 副题 restates the text's facts; set smaller,
    # it holds more characters to the line than the 主题 over it.
    lines = ["老城区水管夜间爆裂抢修", "挖开路面更换了破损的管段居民们送来热水"]
    assert read_headline(lines, TEXT) == ("", *lines)


def test_words_of_the_text_under_a_title_in_parts_are_the_subtitle() -> None:
    lines = ["老城区水管爆裂 三小区停水", "挖开路面更换了破损的管段居民们"]
    assert read_headline(lines, TEXT) == ("", "老城区水管爆裂 三小区停水", "挖开路面更换了破损的管段居民们")


def test_two_even_lines_the_second_said_across_a_comma_stay_one_title() -> None:
    # Web copy drops a comma of its text into its title's second part as well.
    lines = ["城南老街水管爆裂", "损失惨重附近三个"]
    assert read_headline(lines, TEXT)[1] == "城南老街水管爆裂 损失惨重附近三个"


def test_a_quoted_first_line_over_a_title_in_two_lines_is_the_kicker() -> None:
    # The title's first line borrows words from inside a clause; its second is said nowhere.
    lines = ["管壁锈蚀严重", "这段水管已经使用", "三个小区停水抢修队员通宵奋战"]
    assert read_headline(lines, TEXT) == ("管壁锈蚀严重", "这段水管已经使用 三个小区停水抢修队员通宵奋战", "")


def test_a_title_between_two_lines_the_text_says_has_both_decks() -> None:
    title = "老城区水管夜间爆裂，抢修队员连夜奋战！"
    lines = ["管壁锈蚀严重", title, "挖开路面更换了破损的管段居民们送来热水"]
    assert read_headline(lines, TEXT) == tuple(lines)


def test_web_copy_restating_its_two_line_title_keeps_it_whole() -> None:
    text = "城南老街水管爆裂抢修队员连夜赶到现场，挖开路面更换了破损的管段。" + TEXT
    lines = ["城南老街水管爆裂", "抢修队员连夜赶到现场"]
    assert read_headline(lines, text)[1] == "城南老街水管爆裂 抢修队员连夜赶到现场"


def test_a_phrase_borrowed_from_inside_one_clause_stays_the_titles_second_part() -> None:
    lines = ["城南老街水管爆裂", "三个小区停水近十个小时"]
    assert read_headline(lines, TEXT)[1] == "城南老街水管爆裂 三个小区停水近十个小时"


def test_a_last_line_repeating_the_words_of_the_line_above_is_the_subtitle() -> None:
    # A title never says the same words twice: the line under it restating its first part is a deck.
    lines = ["城南老街水管爆裂 为何三个小区停水十小时？", "城南老街水管爆裂"]
    assert read_headline(lines, TEXT) == ("", lines[0], lines[1])

"""Version diffs for reading: paragraphs aligned first, characters inside changed paragraphs."""

from __future__ import annotations

from archive.textdiff import (
    DELETE,
    EQUAL,
    INSERT,
    MAX_CHAR_DIFF,
    Segment,
    changed,
    diff_chars,
    diff_paragraphs,
)


def test_character_diff_marks_only_what_changed() -> None:
    assert diff_chars("预计投资三千万元", "预计投资五千万元") == [
        Segment(EQUAL, "预计投资"),
        Segment(DELETE, "三"),
        Segment(INSERT, "五"),
        Segment(EQUAL, "千万元"),
    ]
    assert diff_chars("同", "同") == [Segment(EQUAL, "同")]
    assert diff_chars("", "") == []


def test_common_characters_are_not_junk_in_long_paragraphs() -> None:
    # difflib's autojunk would ignore 的 in texts over 200 characters and misalign the diff.
    old = "的" * 150 + "甲" + "的" * 150
    new = "的" * 150 + "乙" + "的" * 150
    assert [s for s in diff_chars(old, new) if s.op != EQUAL] == [
        Segment(DELETE, "甲"),
        Segment(INSERT, "乙"),
    ]


def test_paragraphs_are_aligned_before_characters() -> None:
    old = "第一段。\n第二段旧文。\n第三段。"
    new = "新增导语。\n第一段。\n第二段新文。\n第三段。"
    paras = diff_paragraphs(old, new)
    assert paras[0] == [Segment(INSERT, "新增导语。")]
    assert paras[1] == [Segment(EQUAL, "第一段。")]
    assert paras[2] == [
        Segment(EQUAL, "第二段"),
        Segment(DELETE, "旧"),
        Segment(INSERT, "新"),
        Segment(EQUAL, "文。"),
    ]
    assert paras[3] == [Segment(EQUAL, "第三段。")]
    assert changed(paras[2]) and not changed(paras[3])


def test_huge_changed_paragraphs_fall_back_to_delete_and_insert() -> None:
    old, new = "甲" * MAX_CHAR_DIFF, "乙" * MAX_CHAR_DIFF
    assert diff_chars(old, new) == [Segment(DELETE, old), Segment(INSERT, new)]


def test_a_reworded_phrase_reads_as_one_change_not_interleaved_characters() -> None:
    """一以贯之 -> 持之以恒 read 一|持之|以|贯之|恒 (deleted, inserted, kept, deleted, inserted): the one
    character the two phrases share split the edit. A kept run no longer than the changes on both
    sides of it joins them, as diff-match-patch's semantic clean-up does."""
    assert diff_chars("是精益求精、一以贯之，自", "是精益求精、持之以恒，自") == [
        Segment(EQUAL, "是精益求精、"),
        Segment(DELETE, "一以贯之"),
        Segment(INSERT, "持之以恒"),
        Segment(EQUAL, "，自"),
    ]
    # Two edits apart stay two: the text between them is longer than either.
    assert [s.op for s in diff_chars("投资三千万元，已完成二千万元", "投资五千万元，已完成四千万元")] == [
        EQUAL,
        DELETE,
        INSERT,
        EQUAL,
        DELETE,
        INSERT,
        EQUAL,
    ]
    # A pure insertion beside an unchanged character is not widened.
    assert diff_chars("今天启动", "今天正式启动") == [
        Segment(EQUAL, "今天"),
        Segment(INSERT, "正式"),
        Segment(EQUAL, "启动"),
    ]


def test_a_long_paragraph_with_one_figure_corrected_marks_the_figure_not_the_whole_paragraph() -> None:
    """A body printed as one long paragraph (2,196 characters, as many e-paper articles are stored) with
    判处监禁15年 corrected to 16年 was drawn all deleted and all inserted: the pair passed MAX_CHAR_DIFF,
    and a reader could not find the two characters that changed. Long pairs are aligned by sentence
    first, as the body is by paragraph, and only the changed sentences are compared by character."""
    sentences = [f"第{i}句话说的是本地新闻的第{i}件事情，内容很长也很平常。" for i in range(80)]
    old = "".join(sentences[:10]) + "法院判处监禁15年，罪名是走私。" + "".join(sentences[10:])
    new = "".join(sentences[:10]) + "法院判处监禁16年，罪名是走私。" + "".join(sentences[10:])
    assert len(old) + len(new) > MAX_CHAR_DIFF
    segments = diff_chars(old, new)
    assert [s for s in segments if s.op != EQUAL] == [Segment(DELETE, "5"), Segment(INSERT, "6")]
    assert "".join(s.text for s in segments if s.op != INSERT) == old
    assert "".join(s.text for s in segments if s.op != DELETE) == new
    # Through the body's paragraphs too, as the diff page draws it.
    assert diff_paragraphs(old, new) == [segments]
    # A sentence added in the middle of the long paragraph is that sentence, inserted.
    added = "".join(sentences[:40]) + "新增一句。" + "".join(sentences[40:])
    grown = diff_chars("".join(sentences), added)
    assert [s for s in grown if s.op != EQUAL] == [Segment(INSERT, "新增一句。")]

"""Credits the session's writing-role rules read on ordinary lines that credit nobody (review).

Each line is one a news page prints in its text or footer; none names the article's writer.
"""

from __future__ import annotations

import pytest

from crawler.extract.people import find_people


@pytest.mark.parametrize(
    "text",
    [
        # A copyright notice's consent (经作者许可授权), no writer's name.
        "本文经作者许可授权转载。",
        "未经作者许可授权，不得转载。",
        # A book's or a work's author, not the text's.
        "这部小说为作者刘慈欣原创。",
        # A government investigation team's members, no reporters.
        "国务院调查组成员：王勇 李明 张华",
        "事故联合调查组：王勇 李明",
        "省台办调查组：王勇 李明",
        "群众举报调查组：王勇 李明",
        # An English page's heading of another story.
        "Top Story: Trump Visits Beijing",
        "Related Story: Xi Jinping",
    ],
)
def test_a_line_crediting_nobody_names_no_author(text: str) -> None:
    assert find_people(text).authors == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本文经作者宋博授权发布", ["宋博"]),
        ("作者郝莉浩授权本网转载", ["郝莉浩"]),
        ("本报联合调查组：王勇 李明", ["王勇", "李明"]),
        ("湘江日报调查组：王勇、李明", ["王勇", "李明"]),
        ("本报赴滨海联合采访组成员：王勇 李明 张华", ["王勇", "李明", "张华"]),
        ("Story: John Smith | Photos: 王勇", ["John Smith"]),
    ],
)
def test_the_writers_credits_still_read(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors

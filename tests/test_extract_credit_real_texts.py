"""Credits of real texts the session's credit rules misread (before/after diff on inews texts, the GNE pages).

A bulleted link under a byline, a portal's menu and a 贴吧 thread's 【图片】 mark are no credits.
"""

from __future__ import annotations

import pytest

from crawler.extract.people import find_people


def test_a_bulleted_item_after_a_byline_is_no_part_of_its_last_name() -> None:
    """inews train-03389: the byline runs into a list of other stories, each opened by a spaced dot;
    the dot was read as a minority name's (林宁宁·和子女分处三大洲) and the correspondent was lost."""
    text = (
        "低头族，别再“玩命”了！\n记者 夏裕 通讯员 郑悦慧 林宁宁 ·和子女分处三大洲，相隔两大洋！"
        "杭州老夫妻晒出家信"
    )
    people = find_people(text)
    assert (people.authors, people.correspondents) == (["夏裕"], ["郑悦慧", "林宁宁"])


def test_a_portal_menu_naming_pictures_credits_no_photographer() -> None:
    """gne-testpages sina/1.html: the search box's menu (新闻 图片 博客 视频) gave the photographer 博客."""
    assert find_people("新闻 图片 博客 视频").photographers == []
    assert find_people("文字 金丽鑫　图片 余涛　责编 韦毅").photographers == ["余涛"]
    assert find_people("文字 金丽鑫　图片 余涛").photographers == ["余涛"]


@pytest.mark.parametrize(
    "title",
    [
        "【图片】考古连11次不出奥丹姆，绝望了【魔兽玩家吧】_百度贴吧",
        "【图片】三号线，同和，南方医院，附近合租【南方医科大学..._百度贴吧",
    ],
)
def test_a_thread_s_picture_mark_credits_no_photographer(title: str) -> None:
    """A 贴吧 thread with pictures is titled 【图片】…: the mark was read as a credit (考古连, 三号线)."""
    assert find_people(title).photographers == []


def test_bracketed_roles_still_credit_their_names() -> None:
    people = find_people("【文字】郭茜 【图片】郝炜莉")
    assert (people.authors, people.photographers) == (["郭茜"], ["郝炜莉"])

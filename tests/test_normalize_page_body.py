"""Page rebuild, the body side: where one article's text ends and the next begins, subheads, datelines.

Kept apart from ``test_normalize_page.py`` (headline reading) so that the two can grow side by side.
"""

from __future__ import annotations

from crawler.normalize import RebuiltArticle, rebuild_page


def nows(article: RebuiltArticle) -> str:
    return "".join("".join(article.paragraphs).split())


def test_heading_line_indented_like_the_paragraphs_around_it_is_a_subhead() -> None:
    # 不是什么事故都能够走快速处理 stands in the text with a paragraph's indent: a subhead of that
    # article, not the headline of an article of its own.
    page = (
        "5分钟教你快速处理轻微事故\n\n"
        "■记者邓勇明\n"
        "　　很多车主在路上遇到交通事故，通常都是\n"
        "脑袋一片空白，不知道该如何处理，导致堵塞交通。\n\n"
        "　　不是什么事故都能够走快速处理\n\n"
        "　　发生死亡事故、伤人事故的，当事人应当\n"
        "保护现场并立即报警，且不能走快速处理。\n\n"
        "龙应台青春迷惘后发现的十三件事\n\n"
        "　　本报昆明讯 人家已经是爬过来万重山看懂了大江河的\n"
        "归来者，而我们还是在迷茫中望不到山顶的跟随者。 /郭海桂 报道\n"
    )
    crash, essay = rebuild_page(page)
    assert crash.title == "5分钟教你快速处理轻微事故" and crash.reporters == ["邓勇明"]
    assert crash.subheads == ["不是什么事故都能够走快速处理"]
    assert nows(crash).endswith("不能走快速处理。")
    assert essay.title == "龙应台青春迷惘后发现的十三件事" and essay.reporters == ["郭海桂"]


def test_sentence_whose_commas_cut_it_into_name_shaped_pieces_is_no_byline() -> None:
    from crawler.normalize.credits import is_credit_line

    assert not is_credit_line("采访中，记者了解到，虽然内")
    assert is_credit_line("记者 罗勇芳，何强妍")  # names listed with a comma are still a byline
    page = (
        "内蒙古银行原董事长受审\n\n"
        "本报记者 罗勇芳 何强妍\n"
        "内蒙古银行原董事长杨成林在庭审的最\n"
        "后陈述中，多次向法庭表示悔过。\n\n"
        "采访中，记者了解到，虽然内\n"
        "蒙古银行与其它商业银行相比\n"
        "资历尚浅，但杨成林却是内蒙\n"
        "古银行领域的“元老级”人物。\n"
    )
    [trial] = rebuild_page(page)
    assert trial.reporters == ["罗勇芳", "何强妍"]
    assert nows(trial).endswith(
        "采访中，记者了解到，虽然内蒙古银行与其它商业银行相比资历尚浅，但杨成林却是内蒙古银行领域的“元老级”人物。"
    )

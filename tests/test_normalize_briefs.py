"""A box of briefs (简讯): each bulleted run-in title and its text is an article of its own."""

from __future__ import annotations

from crawler.normalize import rebuild_page
from crawler.normalize.briefs import split_briefs

PAGE = """市民公园完成提升改造
本报讯（记者 王小明）近日，市民公园提升改造工程全面完工，新
增绿地两万平方米，园内步道、照明和座椅全部更新，市民可以在
这里散步健身。据介绍，工程历时五个月，共投入资金八百万元。

◆本地简讯
■东关街道开展消防演练　本报讯（记者 李华） 3月5日上午，东
关街道组织辖区商户开展消防演练，两百余人参加。
■市图书馆延长开放时间 本报讯 即日起，市图书馆周末开放时间
延长至晚上九点，方便读者借阅。（通讯员 欧阳晓峰）
■城南小学举办读书节　为期一周的读书节昨日开幕，全校师生共
读经典，交流读书心得。
"""


def test_each_brief_of_a_box_is_an_article_with_its_run_in_title() -> None:
    articles = rebuild_page(PAGE)
    titles = [a.title for a in articles]
    assert titles == [
        "市民公园完成提升改造",
        "东关街道开展消防演练",
        "市图书馆延长开放时间",
        "城南小学举办读书节",
    ]
    assert [a.reporters for a in articles] == [["王小明"], ["李华"], [], []]
    assert articles[2].correspondents == ["欧阳晓峰"]
    assert "".join(articles[1].paragraphs).startswith("3月5日上午，东关街道")
    assert "".join(articles[3].paragraphs).startswith("为期一周的读书节")
    assert all("简讯" not in "".join(a.paragraphs) for a in articles)


def test_a_box_of_briefs_printed_above_a_column_is_listed_after_its_articles() -> None:
    """What rebuild_page's docstring says (it said "in reading order"): the columns' articles, then briefs."""
    box, column = PAGE.split("\n\n◆")[1], PAGE.split("\n\n◆")[0]
    titles = [a.title for a in rebuild_page("◆" + box + "\n" + column + "\n")]
    assert titles == [
        "市民公园完成提升改造",
        "东关街道开展消防演练",
        "市图书馆延长开放时间",
        "城南小学举办读书节",
    ]


def test_marked_subheads_are_no_box() -> None:
    text = (
        "●完善组织机制\n一是完善组织机制。京口区城管局党委在全系统召开了工作会议，专门部署了全年党建工作。\n"
        "●加强学习教育\n二是加强学习教育。京口区城管局党委始终把思想政治建设工作放在首位，每月开展学习。\n"
    )
    assert split_briefs(text) == (text, [])


def test_a_run_in_title_wrapped_in_a_full_line_is_whole() -> None:
    text = (
        "■李玲：外资企业在社会责任工作上应\n有更高的新要求 外资企业对社会责\n"
        "任工作提出了新要求，增强透明度。\n"
        "■东关街道开展消防演练　本报讯 东关\n街道组织辖区商户开展消防演练，两百余人参加。\n"
    )
    _, briefs = split_briefs(text + "\n")
    assert [b.title for b in briefs] == [
        "李玲：外资企业在社会责任工作上应有更高的新要求",
        "东关街道开展消防演练",
    ]


def test_a_run_in_title_filling_its_line_ends_at_the_next_line_s_indent_before_a_dateline() -> None:
    text = (
        "■东关街道开展消防演练　本报讯 东关街道组织辖区商户开\n"
        "展消防演练，两百余人参加，演练后进行了安全知识讲座。\n"
        "■一顿酒喝没了北京户口——获刑害两代，犯罪坑一生！\n"
        "　本报讯（记者 吴凯彤）前几天，一位中年女士来到北京市\n"
        "海淀区人民法院执行庭，替丈夫缴纳罚金三千元。\n"
    )
    _, briefs = split_briefs(text)
    assert [b.title for b in briefs] == [
        "东关街道开展消防演练",
        "一顿酒喝没了北京户口——获刑害两代，犯罪坑一生！",
    ]
    assert briefs[1].reporters == ["吴凯彤"]


TIMELINE = """幼儿园教师扎伤幼童一审获刑
本报讯（记者 向竹平）昨天下午，区人民法院公开审理了幼儿园配班老师扎幼童
一案。被扎儿童的体检结果显示正常，涉事教师被警方带走调查。
●2018年 6月 30日当晚区教育局派出工作组进驻该园，配合公安
机关工作。
●2018年7 月1 日区教育局责令该园停园整顿、暂停招生，并在全
区进行了通报。
"""


def test_a_bulleted_timeline_whose_dates_hold_spaces_is_no_box_of_briefs() -> None:
    # Day-check (real inews text laid out by tests/pagegen, train seed 1201): "●2018年 6月 30日…" is
    # a dated step of the article's chronology, its date cut by a printed space, not a run-in title.
    text, briefs = split_briefs(TIMELINE)
    assert briefs == []
    assert text == TIMELINE


SUBHEADS = """为什么说在4s店买车一定要慎重
本报记者 万欣　段英
李先生当时觉得很划算
，就全款买了车，办了
张保养卡，开开心心开
车走了，第一次去的时
候，端茶倒水，十分热情。
■在李先生第21次去保养的时候
可是，在李先生第21次
去保养的时候， 却被4
s店的工作人员拒绝，4
s店的工作人员说：这个
保养卡作废了，因为活
动时间已经失效了。
■这让王女士气愤不已
这让王女士气愤不已，
买了不到三天，就出现
了质量问题， 难道不是
车子自身的做工不够细
致吗？这样的车还敢开
上路吗？
"""


def test_bulleted_subheads_wider_than_the_column_are_no_box_of_briefs() -> None:
    # Day-check (real inews text laid out by bench.pagegen_ten, tune seed 2): a bulleted subhead line
    # wider than the column it heads is its own line, not a run-in title wrapped in a box's width;
    # read as one, "在李先生第21次去保养的时候可是，在李先生第21次去保养的时候，" was a brief's title.
    text, briefs = split_briefs(SUBHEADS)
    assert briefs == []
    assert text == SUBHEADS


def test_a_list_the_text_announces_with_a_colon_is_no_box() -> None:
    """An article's bulleted run-in points, announced by its own line ending in a colon ("要做好以下工作："),
    were cut out as three briefs titled 加强组织领导…, the article's text lost to them and its closing
    sentence filed under the last: a box of briefs is never announced by the text above it."""
    text = (
        "我市召开全面推进乡村振兴工作会议\n"
        "本报讯（记者 王明） 5月17日上午，我市召开全面推进乡村振兴工作会议，市委书记张三出席会议并讲话。\n"
        "会议要求，全市上下要做好以下工作：\n"
        "●加强组织领导 各级各部门要充分认识乡村振兴的重要意义，把这项工作摆上重要议事日程，负责人亲自抓。\n"
        "●强化责任落实 各单位要层层分解任务，明确时间节点和责任人，确保各项工作落到实处，取得实效。\n"
        "●注重宣传引导 要充分利用各类媒体，广泛宣传乡村振兴的好经验好做法，营造浓厚氛围。\n"
        "会议还对其他工作作了安排。\n"
    )
    assert split_briefs(text) == (text, [])
    (article,) = rebuild_page(text)
    assert "加强组织领导" in "".join(article.paragraphs) and article.paragraphs[-1].endswith("作了安排。")


def test_bulleted_points_under_a_sentence_are_the_article_s_own_text() -> None:
    """The same points under a line ending in 。 (会议对下一步工作作出部署。) were still cut out as three
    briefs, the closing sentence filed under the last: with no box label above and no item opening
    with a dateline, nothing tells a box from a text's points, and the text keeps them."""
    text = (
        "我市召开全面推进乡村振兴工作会议\n"
        "本报讯（记者 王明） 5月17日上午，我市召开全面推进乡村振兴工作会议，市委书记张三出席会议并讲话。\n"
        "会议对下一步工作作出部署。\n"
        "●加强组织领导 各级各部门要充分认识乡村振兴的重要意义，把这项工作摆上重要议事日程，负责人亲自抓。\n"
        "●强化责任落实 各单位要层层分解任务，明确时间节点和责任人，确保各项工作落到实处，取得实效。\n"
        "●注重宣传引导 要充分利用各类媒体，广泛宣传乡村振兴的好经验好做法，营造浓厚氛围。\n"
        "会议还对其他工作作了安排。\n"
    )
    assert split_briefs(text) == (text, [])
    (article,) = rebuild_page(text)
    assert "加强组织领导" in "".join(article.paragraphs) and article.paragraphs[-1].endswith("作了安排。")

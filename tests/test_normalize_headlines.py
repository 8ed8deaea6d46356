"""Headline decks: which line of a headline group is the 引题, the 主题 and the 副题.

:func:`crawler.normalize.headlines.read_headline` reads a group by layout (dashes, widths) and, when
the article's text is known, by what the text says: a 副题 restates the text's facts in its words.
"""

from __future__ import annotations

from crawler.normalize import rebuild_page
from crawler.normalize.headlines import read_headline

# A news text that says neither headline line word for word.
RENT_TEXT = (
    "本报讯 城东花园小区的地面停车位今年第四次调价，每月由150元涨到260元。"
    "业主们认为物业费里早已含有车位管理费，调价没有经过业主大会表决。"
)
NARROW = "车位费三年四次调价"
WIDE = "业主：物业费已含管理费，车位再涨到260元没有依据"


def test_much_wider_line_the_text_does_not_say_is_the_title_under_a_lead_title() -> None:
    # Width alone reads a second line 1.4 times wider than the first, 18+ cells and with figures, as a
    # 副题. But a 副题 restates the text, and this one the text does not say: the 主题 is set in the
    # largest type, so the much wider line is the 主题 and the narrow line above it its 引题.
    assert read_headline([NARROW, WIDE], RENT_TEXT) == (NARROW, WIDE, "")
    # Without the text, width reads it as before.
    assert read_headline([NARROW, WIDE]) == ("", NARROW, WIDE)


def test_much_wider_line_under_the_line_the_text_opens_with_goes_on_the_title() -> None:
    # A text opening with the narrow line is web copy restating its title, whose first part that line
    # is: the two lines are one 主题 in two parts.
    text = NARROW + "，" + RENT_TEXT
    assert read_headline([NARROW, WIDE], text) == ("", NARROW + " " + WIDE, "")


def test_much_wider_line_the_text_says_stays_the_subtitle() -> None:
    # The text says the wide line as one of its clauses: a 副题 restating its facts, as width reads it.
    wide = "每月由150元涨到260元业主认为调价没有经过表决"
    text = "本报讯 城东花园小区的地面停车位今年第四次调价，每月由150元涨到260元，业主认为调价没有经过表决。"
    assert read_headline([NARROW, wide], text) == ("", NARROW, wide)


def test_page_headline_over_a_much_wider_title_reads_lead_title_and_title() -> None:
    # A generated-style page: the headline heaped at the page's foot, the text set in a 14-cell column.
    page = (
        "本报讯 城东花园小区的地\n"
        "面停车位今年第四次调价，\n"
        "每月由150元涨到260元。\n"
        "业主们认为物业费里早已含\n"
        "有车位管理费，调价没有经\n"
        "过业主大会表决。物业公司\n"
        "表示将召开座谈会听取意见。\n"
        "/记者 周文涛 报道\n"
        "\n"
        f"{NARROW}\n"
        f"{WIDE}\n"
    )
    [article] = rebuild_page(page)
    assert (article.lead_title, article.title, article.subtitle) == (NARROW, WIDE, "")
    assert article.reporters == ["周文涛"]


def test_much_wider_line_the_text_says_in_full_width_digits_stays_the_subtitle() -> None:
    # Pages set their text in full-width digits and a headline in half-width ones (or the other way):
    # the text says the line all the same, so it is a 副题 restating it.
    wide = "每月由150元涨到260元业主认为调价没有经过表决"
    text = "城东花园小区的地面停车位今年第四次调价，每月由１５０元涨到２６０元，业主认为调价没有经过表决。"
    assert read_headline([NARROW, wide], text) == ("", NARROW, wide)


# A news lead (its first two sentences) with two clauses of its own that decks may quote whole.
VISIT_TEXT = (
    "本报讯 上周五，城南小学四年级的同学们走进区人民法院，在法官的带领下有序参观了审判庭，"
    "对法院和法官的工作有了直观的认识。同学们还旁听了一起民事案件的庭审。"
    "活动结束后，不少同学表示要做一个知法守法的好少年。"
)


def test_lead_title_and_subtitle_both_quoted_from_the_news_lead_around_a_title_said_nowhere() -> None:
    # Three undashed lines: the first and the last are clauses of the news lead, quoted whole; the middle
    # line the text says nowhere, as an editor's 主题 is not. A 引题 and a 副题 both quote the text, so
    # the first line is no part of the 主题: the decks are 引题, 主题 and 副题 (read by layout, they were
    # a 主题 in two lines over a 副题).
    lines = [
        "在法官的带领下有序参观了审判庭",
        "小学生走进法院上了一堂法治课",
        "对法院和法官的工作有了直观的认识",
    ]
    assert read_headline(lines, VISIT_TEXT) == tuple(lines)
    # Without a last line quoted from the text, a news-lead clause stays the title's first part.
    two = lines[:2]
    assert read_headline(two, VISIT_TEXT) == ("", " ".join(two), "")
    # And a last line quoted from beyond the news lead leaves the reading to layout.
    late = [*lines[:2], "不少同学表示要做一个知法守法的好少年"]
    assert read_headline(late, VISIT_TEXT) == ("", " ".join(late[:2]), late[2])


def test_narrow_quoted_clause_over_a_much_wider_title_without_figures_is_the_lead_title() -> None:
    # The first line is one of the text's clauses whole, inside its news lead; the line under it,
    # 1.4 times as wide and more, is said nowhere and has no figure: the 主题 set largest, under its
    # 引题. A text opening with the narrow line keeps the title-in-two-parts reading.
    text = (
        "近日，城南社区组织志愿者走进独居老人家中。志愿者们打扫卫生、检修电器，"
        "还陪老人聊天解闷，老人们连声道谢。社区负责人表示，此类活动每月开展一次。"
    )
    lines = ["还陪老人聊天解闷", "城南社区志愿者上门服务 独居老人过上舒心日子"]
    assert read_headline(lines, text) == (lines[0], lines[1], "")
    opening = "还陪老人聊天解闷，" + text
    assert read_headline(lines, opening)[0] == ""


def test_clause_of_the_text_under_a_title_already_in_parts_is_the_subtitle() -> None:
    # The first line is a whole 主题 of its own (two parts with a space or a mark between them) that
    # the text says nowhere; the undashed line under it is one of the text's clauses said whole: a
    # 副题, not a further part of the title.
    text = (
        "近日，城南社区组织志愿者走进独居老人家中。和往年一样，志愿者们打扫卫生、检修电器，"
        "还陪老人聊天解闷。社区负责人表示，此类活动每月开展一次。"
    )
    for first in ("志愿者上门服务 老人过上舒心日子", "暖心！志愿者上门服务"):
        lines = [first, "和往年一样"]
        assert read_headline(lines, text) == ("", lines[0], lines[1])
    # A first line in one piece keeps the two-part-title reading.
    assert read_headline(["志愿者上门服务老人", "和往年一样"], text)[2] == ""
    # A label closed by a colon introduces its title rather than closing a part of it
    # (``石化油服:2017年净利亏损106亿元`` / ``将实施退市风险警示``), and a line keeping a mark of its
    # own is the title's own wording, not a clause cut bare from the text: no 副题 either way.
    assert read_headline(["志愿者：上门服务老人", "和往年一样"], text)[2] == ""
    marked = text.replace("和往年一样，", "和往年一样！")
    assert read_headline(["志愿者上门服务 老人过上舒心日子", "和往年一样！"], marked)[2] == ""


def test_a_label_closed_by_a_colon_over_the_title_is_a_kicker_the_text_need_not_say() -> None:
    # Regional papers set a 引题 closed by a colon over the 主题 (``关注民生：``, ``记者从X获悉：``,
    # ``X召开专题会议强调：``): a label of the page's own making that the text never says. The line
    # under it is the 主题, in two parts or one; the label is no part of it.
    text = (
        "近日，南宁市城管局组织执法人员开展水上执法行动，清理江面违规船只。"
        "行动中共处置违法行为290次，查扣违规渔具一批。"
    )
    lines = ["关注民生：", "南宁城管开展水上执法", "处置违法行为290次"]
    assert read_headline(lines, text) == ("关注民生", "南宁城管开展水上执法 处置违法行为290次", "")
    said = ["记者从南宁有关部门获悉：", "南宁城管开展水上执法"]
    assert read_headline(said, text) == ("记者从南宁有关部门获悉", "南宁城管开展水上执法", "")
    # A column's slogan naming its focus (聚焦…：, 关注…：) is the page's label too, whatever it shares.
    focus = ["聚焦水上执法：", "南宁城管开展水上执法"]
    assert read_headline(focus, text) == ("聚焦水上执法", "南宁城管开展水上执法", "")
    # A speaker's name the text says too is the title's own opening, wrapped at its colon; a short
    # place name (``南宁：``) or a bracketed date is no label either.
    # A title's subject the text is about (水上执法行动：) opens a title wrapped at its colon too.
    for first in ("南宁市城管局：", "南宁：", "（3月5日）城管执法：", "江面水上执法行动：", "南宁感人故事："):
        assert read_headline([first, "开展水上执法行动"], text)[0] == ""


def test_a_colon_line_naming_a_body_or_a_county_opens_the_title_it_wraps() -> None:
    # A real web title wrapped at its colon (inews ``广东省审计厅：241人死后“领”千万养老金``,
    # ``山东莘县：凝心聚力书写统战精彩篇章``): a body or a place before the colon is the speaker or the
    # place the title is about, its own opening, even when the text names it otherwise (审计部门, 王庄集镇).
    text = "记者从审计部门了解到，王庄集镇认真贯彻落实统战工作要求，养老金冒领问题得到纠正。"
    for first in ("广东省审计厅：", "山东莘县：", "市教育局：", "省卫健委："):
        assert read_headline([first, "241人死后“领”千万养老金"], text)[0] == "", first
    # A label telling the news (…强调：) is still the page's 引题, whoever says it.
    assert read_headline(["市委常委会强调：", "241人死后“领”千万养老金"], text)[0] == "市委常委会强调"


def test_a_label_over_four_lines_of_headline_loses_none_of_them() -> None:
    # inews train-03130's headline group, ``【聚焦基层】`` over four lines: the lines under the label were
    # read again as a group of their own, whose top line (a 引题 by the four-line rule) was dropped
    # (天水市第15个民族团结进步宣传月活动启动 was nowhere in the article).
    text = "4月1日，天水市第15个民族团结进步宣传月活动启动仪式在秦州区举行。"
    lines = [
        "【聚焦基层】",
        "天水市第15个民族团结进步宣传月活动启动",
        "营造各民族群众共居",
        "共学共事",
        "共乐的和谐环境",
    ]
    lead, title, subtitle = read_headline(lines, text)
    read = "".join((lead + title + subtitle).split())
    assert all(line.strip("【】") in read for line in lines), (lead, title, subtitle)
    assert lead.startswith("聚焦基层")
    kicker = ["关注民生：", *lines[1:]]
    lead, title, subtitle = read_headline(kicker, text)
    assert all(line in "".join((lead + title + subtitle).split()) for line in lines[1:]), (lead, title)


def test_a_column_label_over_a_headline_is_no_part_of_the_title() -> None:
    # A column's label (``■记者手记``, ``【今日评论】``, ``◎一家之言``) is set over its headline in
    # every issue: bracketed or bulleted, a few characters, no clause. The title is the line below.
    text = "近日，南宁市城管局组织执法人员开展水上执法行动，清理江面违规船只。"
    for label in ("■记者手记", "【今日评论】", "◎一家之言", "● 记者观察"):
        lead, title, _ = read_headline([label, "水上执法不能一阵风"], text)
        assert (lead, title) == (label.lstrip("■【◎● ").rstrip("】"), "水上执法不能一阵风")
        assert (
            read_headline([label, "水上执法", "不能一阵风"], text)[1].replace(" ", "") == "水上执法不能一阵风"
        )


def test_wider_clause_of_the_text_under_a_title_in_one_piece_is_the_subtitle() -> None:
    # A first line in one piece that the text says nowhere, over a line the text says whole as one of
    # its clauses and printed wider: set in smaller type, a 副题 holds more characters to the line than
    # the 主题 over it, while a title's second part runs about as wide as its first (or narrower).
    text = (
        "听老人说，早年间有这么一种妖精叫皮猴子精，专在夜里出来偷庄稼。村里人想了许多法子，都没能把它赶走。"
    )
    lines = ["我在人间捡故事", "早年间有这么一种妖精叫皮猴子精"]
    assert read_headline(lines, text) == ("", lines[0], lines[1])
    # A second line no wider than the first keeps the two-part-title reading.
    assert read_headline(["我在人间捡故事", "都没能把它赶走"], text)[2] == ""

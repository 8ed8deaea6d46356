"""Boxes of briefs whose items carry their headline on a line of its own, cut bylines, lonely leads.

A 简讯 banner over short items, each a headline line (often bulleted) and a few lines of text opened
by 本报讯: every item is an article, titled by its own line, the bullet and the banner no part of it.
A slash byline cut over a line end keeps its names whole; a headline read as a subhead heads the body
of a lead left alone.
"""

from __future__ import annotations

from crawler.normalize import rebuild_page

_LEAD = (
    "本报讯（记者 王小明）昨日，市交通运输局召开全市道路运输安全工作会议，\n"
    "部署今冬明春道路运输安全生产工作。会议要求，各地要把安全放在首位，\n"
    "强化源头管理，严格落实企业主体责任，坚决遏制重特大事故发生。\n"
)
_BOX = (
    "新闻短波\n"
    "■城南社区开展消防演练\n"
    "本报讯 近日，城南社区组织居民开展消防安全演练，一百余名居民参加，\n"
    "现场学习灭火器使用方法。（记者 李青）\n"
    "\n"
    "●西湖公园菊花展开幕\n"
    "本报讯　昨日，西湖公园第十届菊花展开幕，展出菊花两百余个品种，\n"
    "吸引大批市民前来观赏。\n"
)


def test_a_banner_over_headed_items_gives_one_article_per_item() -> None:
    page = "全市部署道路运输安全工作\n" + _LEAD + "\n" + _BOX
    got = rebuild_page(page)
    titles = [a.title for a in got]
    assert "城南社区开展消防演练" in titles and "西湖公园菊花展开幕" in titles
    first = next(a for a in got if a.title == "城南社区开展消防演练")
    assert first.reporters == ["李青"]
    assert "".join(first.paragraphs).startswith("近日，城南社区")
    main = next(a for a in got if a.title == "全市部署道路运输安全工作")
    assert "菊花" not in "".join(main.paragraphs)


def test_headed_items_without_a_banner_or_datelines_stay_text() -> None:
    page = (
        "全市部署道路运输安全工作\n"
        + _LEAD
        + "■强化源头管理\n各地要严格落实企业主体责任，坚决遏制重特大事故发生。\n"
        "■严格执法检查\n各地要加强路面执法检查，严查超速超载等违法行为。\n"
    )
    got = rebuild_page(page)
    assert len(got) == 1


def test_a_slash_byline_cut_over_a_line_end_keeps_every_name_whole() -> None:
    text = "今天天气很好，大家出门游玩，公园里人很多，孩子们在草地上放风筝。\n"
    cut_in_a_name = rebuild_page(
        "公园游人多\n本报讯 " + text + "大家玩得很开心。 /姚斌强 记者 诸葛\n文 田平娜 报道\n"
    )
    assert cut_in_a_name[0].reporters == ["姚斌强", "诸葛文", "田平娜"]
    gapped = rebuild_page("公园游人多\n本报讯 " + text + "大家玩得很开心。 /徐\n\n宇琳 记者 陶怡凯 报道\n")
    assert gapped[0].reporters == ["徐宇琳", "陶怡凯"]
    assert "/" not in "".join(gapped[0].paragraphs)


def test_a_headline_read_as_a_subhead_heads_the_body_of_a_lead_left_alone() -> None:
    page = (
        "西门菜市马路市场死灰复燃 多部门联合整治\n"
        "新华社南宁9月11日电（记者 万志）西门菜市是我市一个大型综合类\n"
        "市场，因其品种丰富受到不少市民的喜欢。然而，近日在西门菜市北侧\n"
        "一通道出现了马路市场的现象，影响到市民的通行和停放车辆。\n"
        "今天上午，市城市管理委员会联合象山区城管局等多部门展开联合执法，\n"
        "重拳出击整治市场乱象，摊贩搭起的雨棚、遮阳伞被全部拆除。\n"
        "\n"
        "周围血管\n"
        "疾病常见症状\n"
        "周围血管病的症状主要就是疼痛，但是由于发生病变的位置不同，疼痛\n"
        "的表现也会不同。比如颈动脉硬化，就会发生头痛或者头晕，而腹主动\n"
        "脉瘤就会产生肚子痛的情况。肿胀是静脉疾病的主要表现，且多局限于\n"
        "某一部位。患肢发凉、怕冷，因动脉的闭塞狭窄所致。\n"
        "\n"
        "本报12月17日讯（记者 欧阳浩建）周围血管疾病，很多人都不太了解这\n"
        "是一种什么病，有哪些常见症状。周围血管疾病是指发生在肢体血管的\n"
        "疾病总称，根据病变累及血管可分为动脉疾病和静脉疾病。\n"
    )
    got = rebuild_page(page)
    assert [a.title for a in got] == ["西门菜市马路市场死灰复燃 多部门联合整治", "周围血管疾病常见症状"]
    vessels = "".join(got[1].paragraphs)
    assert vessels.startswith("周围血管疾病，很多人") and "患肢发凉" in vessels
    assert got[1].reporters == ["欧阳浩建"]
    assert "患肢发凉" not in "".join(got[0].paragraphs)

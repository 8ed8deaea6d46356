"""Page reconstruction: the seed page against its golden file, and pages in other layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.normalize import RebuiltArticle, rebuild_page

DATA = Path(__file__).parent / "data"
GOLDEN = json.loads((DATA / "seed_000.expected.json").read_text(encoding="utf-8"))


def nows(article: RebuiltArticle) -> str:
    return "".join("".join(article.paragraphs).split())


@pytest.fixture(scope="module")
def seed_articles() -> list[RebuiltArticle]:
    return rebuild_page((DATA / "seed_000.txt").read_text(encoding="utf-8"))


def test_seed_rebuilds_into_the_golden_articles(seed_articles: list[RebuiltArticle]) -> None:
    assert len(seed_articles) == len(GOLDEN["articles"]) == 3
    for got, want in zip(seed_articles, GOLDEN["articles"], strict=True):
        assert got.title == want["title"]
        assert got.subtitle == (want["subtitle"] or "")
        assert (got.dateline, got.paper, got.place) == (want["dateline"], want["paper"], want["place"])
        assert got.reporters == want["reporters"]
        assert got.photographers == want["photographers"]
        assert got.subheads == want["subheads"]
        body = nows(got)
        assert body.startswith(want["body_starts"]) and body.endswith(want["body_ends"])
        assert body == want["body_nows"]


def test_seed_words_broken_by_layout_are_joined(seed_articles: list[RebuiltArticle]) -> None:
    paragraphs = [p for a in seed_articles for p in a.paragraphs]
    for phrase in GOLDEN["must_be_joined"]:
        assert any(phrase in p for p in paragraphs), phrase


def test_seed_subheads_are_paragraphs_of_their_own(seed_articles: list[RebuiltArticle]) -> None:
    first = seed_articles[0]
    positions = [first.paragraphs.index(s) for s in first.subheads]
    assert positions == sorted(positions)
    assert positions[0] > 0  # the lead, found after two other articles, comes first
    assert not any(s in p for s in first.subheads for p in first.paragraphs if p != s)


def test_other_paper_lead_rejoined_and_headlines_matched() -> None:
    articles = rebuild_page((DATA / "normalize" / "another_paper.txt").read_text(encoding="utf-8"))
    assert [a.title for a in articles] == ["朝阳区推进社区治理 让居民办事不出社区", "南湖公园荷花节开幕"]
    community, lotus = articles
    assert community.paragraphs[0].startswith("朝阳区以“服务到家”为目标")
    assert community.subheads == ["以机制建设为抓手 推动服务下沉", "以数字平台为依托 提升办事效率"]
    assert (community.dateline, community.paper, community.place) == ("长春晚报讯", "长春晚报", "")
    assert community.reporters == community.photographers == ["刘晓"]
    assert "社区工作者包片联系制度" in nows(community)
    assert lotus.reporters == ["孟凡"] and lotus.subheads == []
    assert nows(lotus).endswith("其间还将举办摄影比赛和书画展。")


def test_headlines_on_top_with_column_breaks() -> None:
    articles = rebuild_page((DATA / "normalize" / "headlines_on_top.txt").read_text(encoding="utf-8"))
    assert [a.title for a in articles] == [
        "长江大桥维修工程完工 通车时间比原计划提前十天",
        "新区图书馆今日开馆",
    ]
    bridge, library = articles
    assert bridge.reporters == ["陈静"] and bridge.dateline == "本报讯"
    assert "更换了全部桥面铺装层，并对主梁进行了加固" in bridge.paragraphs[0]
    assert (library.dateline, library.paper, library.place, library.reporters) == (
        "新华社南京3月5日电",
        "新华社",
        "南京",
        ["周涛"],
    )


def test_one_column_with_indented_paragraphs() -> None:
    [article] = rebuild_page((DATA / "normalize" / "one_column_indented.txt").read_text(encoding="utf-8"))
    assert article.title == "春耕备耕正当时"
    assert (
        article.reporters == ["李明"] and article.correspondents == ["王芳"] and article.editors == ["赵强"]
    )
    assert article.paragraphs == [
        "连日来，我市各地抓住有利天气，组织农民开展春耕备耕工作，田间地头一派繁忙景象。",
        "在城郊乡的一处农机合作社，十余台拖拉机整齐排列，技术人员正在逐台检查保养。"
        "合作社负责人介绍，今年合作社新购置了播种机三台，可以满足周边五个村的播种需求。",
        "市农业农村局有关负责人表示：",
        "“我们将继续做好农资供应和技术指导，确保不误农时。”",
    ]


def test_headlines_are_matched_by_content_not_position() -> None:
    seed = (DATA / "seed_000.txt").read_text(encoding="utf-8")
    blocks = seed.strip().split("\n\n")
    headlines, rest = blocks[-3:], blocks[:-3]
    shuffled = "\n\n".join([headlines[1], headlines[2], headlines[0], *rest])
    titles = [a.title for a in rebuild_page(shuffled)]
    assert titles == [a["title"] for a in GOLDEN["articles"]]


def test_words_shaped_like_datelines_are_not_datelines() -> None:
    from crawler.normalize.credits import dateline_at

    assert not dateline_at("国网勉县供电公司周末抢修为客户解忧")  # a company, not 国网 filing from 勉县
    assert not dateline_at("广州通报不实消息")  # a headline
    assert dateline_at("长春晚报通化讯4月30日，是本月末周安全活动日。")
    assert dateline_at("本溪日报3月5日电 昨日，全市召开会议。")
    assert dateline_at("新华社北京电 十四届全国人大二次会议开幕。")


def test_credit_wrapped_at_the_column_edge_keeps_both_names() -> None:
    page = (
        "男子飞身撞停三轮车\n\n"
        "本报讯（记者 贺秀峰\n徐涛庆）原来，5月19日上午，兰考县南彰镇一辆三轮车失控，\n"
        "路过的男子飞身将车撞停，女童没有受伤。\n\n"
        "本报讯（记者孟琳莲通讯员武军莲、吕欢风）临清一位男士昨日\n"
        "向好心人求助，希望大家救救他的母亲。\n\n"
        "临清男士求助救母\n"
    )
    brake, plea = rebuild_page(page)
    assert brake.reporters == ["贺秀峰", "徐涛庆"] and brake.title == "男子飞身撞停三轮车"
    assert nows(brake).startswith("原来，5月19日上午")
    assert plea.reporters == ["孟琳莲"] and plea.correspondents == ["武军莲", "吕欢风"]
    assert plea.title == "临清男士求助救母"


def test_question_standing_alone_inside_an_article_is_its_paragraph() -> None:
    page = (
        "本报讯 昨日下午，市区一名男子在商场内偷走一部手机，\n"
        "店员发现后立即报警。\n\n"
        "能不能抓住？\n\n"
        "民警调取监控后迅速锁定嫌疑人，一小时后将其抓获。 /记者 顾薇 报道\n\n"
        "偷手机一小时进牢房\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "偷手机一小时进牢房" and article.reporters == ["顾薇"]
    assert "能不能抓住？" in article.paragraphs


def test_last_of_a_heap_of_headlines_gets_no_bonus_for_standing_above_an_article() -> None:
    page = (
        "夏季整治见成效\n\n"
        "广场迎来欢乐夜\n\n"
        "本报讯 4月份，海丰交警在全县开展整治行动，查扣摩托车一万余辆。 /记者 李明 报道\n\n"
        "本报讯 昨晚，市民广场举行音乐节开幕式，数千名市民到场。 /记者 王芳 报道\n"
    )
    traffic, music = rebuild_page(page)
    assert (traffic.title, music.title) == ("夏季整治见成效", "广场迎来欢乐夜")


def test_citing_another_paper_inside_an_article_does_not_start_one() -> None:
    page = (
        "本报讯 10月28日，一辆公交车在长江二桥与小轿车相撞后坠江，\n"
        "造成15人死亡。\n\n"
        "据人民日报报道，事故起因是乘客与驾驶员发生互殴。 /记者 刘洋 报道\n\n"
        "公交车坠江事故原因查明\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "公交车坠江事故原因查明" and article.reporters == ["刘洋"]
    assert nows(article).endswith("据人民日报报道，事故起因是乘客与驾驶员发生互殴。")


def test_staff_credit_above_a_citing_paragraph_stays_with_it() -> None:
    page = (
        "本报记者 孟殿荣 肖宜萍\n"
        "据新华社报道，韩国国土交通部24日发布了宝马汽车起火事件的\n"
        "最终调查报告。\n\n"
        "宝马起火事件发酵遭重罚\n"
    )
    [article] = rebuild_page(page)
    assert article.reporters == ["孟殿荣", "肖宜萍"] and article.title == "宝马起火事件发酵遭重罚"
    assert nows(article).startswith("据新华社报道，韩国国土交通部")


def test_question_ending_an_article_above_a_dateline_is_text_when_headlines_stand_in_a_heap() -> None:
    page = (
        "本报讯 近日，滨州一家医院接诊了一例急症患者，医生及时手术。\n\n"
        "宫外孕是什么？\n\n"
        "本报讯（记者 马涛）7月18日，抚宁警方查获一名潜逃21年的越狱犯。\n\n"
        "宫外孕真的很危险\n\n"
        "细心民警查获越狱犯\n"
    )
    hospital, police = rebuild_page(page)
    assert hospital.title == "宫外孕真的很危险" and hospital.paragraphs[-1] == "宫外孕是什么？"
    assert police.title == "细心民警查获越狱犯" and police.reporters == ["马涛"]


def test_closing_credit_in_brackets_is_no_headline() -> None:
    # The first article has no headline: the second one's closing （李四） must not become it.
    page = """本报讯 市园林局昨日公布，今年全市新增公园绿地一百二十
公顷，建成口袋公园三十六处，市民出门五百米可见绿。

新能源公交今年全部上线

本报讯 记者从市公交集团获悉，今年全市新增新能源公交车
八百辆，老旧柴油车全部淘汰，公交线网同步优化调整。

（李四）
"""
    first, second = rebuild_page(page)
    assert (first.title, first.reporters) == ("", [])
    assert (second.title, second.reporters) == ("新能源公交今年全部上线", ["李四"])
    assert "（李四）" not in "".join(first.paragraphs + second.paragraphs)


def test_headlines_with_commas_and_exclamations_are_headlines() -> None:
    # Web-style headlines (inews titles) carry commas, colons and several exclamations; printed
    # above their articles they are still headlines, not text of the article before.
    page = (
        "天哪！云南居首！公安部公布\n十大“死亡”长下坡路段！\n\n"
        "本报讯 公安部交管局昨日公布了全国十大长下坡危险路段，\n"
        "云南有三段在列，交管部门提醒司机注意安全。 /记者 王洋 报道\n\n"
        "这个520，当你们秀亲密，\n我在当雄过虫草节\n\n"
        "本报拉萨讯 5月20日，当雄县第三届虫草节开幕，来自各地的\n"
        "游客参加了采挖体验活动。 /记者 欧阳晓峰 报道\n"
    )
    roads, herbs = rebuild_page(page)
    assert roads.title.replace(" ", "") == "天哪！云南居首！公安部公布十大“死亡”长下坡路段！"
    assert roads.reporters == ["王洋"] and nows(roads).startswith("公安部交管局")
    assert nows(roads).endswith("注意安全。")
    assert herbs.title.replace(" ", "") == "这个520，当你们秀亲密，我在当雄过虫草节"
    assert herbs.reporters == ["欧阳晓峰"] and nows(herbs).startswith("5月20日")


def test_heading_over_the_last_line_of_a_text_is_no_punctuated_headline() -> None:
    from crawler.normalize.layout import layout

    page = (
        "本报讯 昨日，市区开展城市管理集中整治，清理占道经营摊点三十多处，\n"
        "拆除违章搭建十余处，市民纷纷点赞。\n\n"
        "南宁城管开展水上执法\n不得不感叹一句，这波操作，真漂亮！\n\n"
        "本报讯 南宁市城管局昨日出动执法船只，清理邕江沿岸违规船舶。\n"
    )
    kinds = [(e.kind, e.text) for e in layout(page, titles=True)]
    assert ("text", "不得不感叹一句，这波操作，真漂亮！") in kinds


def test_head_bylines_marked_or_naming_the_paper_open_their_articles() -> None:
    # Heads of articles whose credits stand on a line of their own under the headline, in the
    # forms regional papers use; none closes the article above, which has no closing byline.
    page = (
        "南湖公园荷花节开幕\n\n"
        "■记者 宋芳国\n"
        "昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放，\n"
        "吸引了大批市民前来观赏。\n\n"
        "老旧小区改造启动\n\n"
        "□本报记者 王洋 实习生 欧阳晓峰\n"
        "今年全市将改造老旧小区一百二十个，涉及居民三万余户。\n\n"
        "水泥价格再度上涨\n\n"
        "江城日报记者 孙英\n"
        "进入十一月，本地水泥价格每吨上涨三十元，业内人士认为涨势将持续到年底。\n"
    )
    lotus, homes, cement = rebuild_page(page)
    assert (lotus.title, lotus.reporters) == ("南湖公园荷花节开幕", ["宋芳国"])
    assert (
        nows(lotus)
        == "昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放，吸引了大批市民前来观赏。"
    )
    assert (homes.title, homes.reporters, homes.correspondents) == (
        "老旧小区改造启动",
        ["王洋"],
        ["欧阳晓峰"],
    )
    assert (cement.title, cement.reporters) == ("水泥价格再度上涨", ["孙英"])
    assert nows(cement).startswith("进入十一月")


def test_a_paper_named_inside_text_is_no_byline() -> None:
    from crawler.normalize.credits import heads_article, is_credit_line

    assert not is_credit_line("潇湘晨报记者了解到，一个来")
    assert not is_credit_line("区工商人员向武汉晚报记者介绍，")
    assert is_credit_line("江城日报记者 孙英") and heads_article("江城日报记者 孙英")
    assert not heads_article("/记者 王洋 报道")


def test_page_furniture_is_neither_article_nor_headline() -> None:
    page = (
        "A03 要闻\n江城日报\n2016年7月20日 星期三\n\n"
        "南湖公园荷花节开幕\n\n"
        "本报讯 昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。 /记者 宋芳国 报道\n\n"
        "G20 峰会开幕\n\n"
        "新华社杭州9月4日电 二十国集团领导人第十一次峰会今天在杭州开幕。 /记者 王洋 报道\n\n"
        "本版编辑：周琳峰\n"
    )
    articles = rebuild_page(page)
    assert [a.title.replace(" ", "") for a in articles] == ["南湖公园荷花节开幕", "G20峰会开幕"]
    assert not any(
        "要闻" in p or "星期三" in p or "周琳峰" in p or "江城日报" in p
        for a in articles
        for p in a.paragraphs
    )
    assert articles[1].editors == ["周琳峰"]


def test_page_header_in_one_line_and_a_teaser_of_another_page_are_furniture() -> None:
    from crawler.normalize.furniture import is_page_furniture

    # The header's pieces run together in any order; a teaser points to another page.
    for line in (
        "Ａ１４　本地新闻　２０１２年６月２２日　星期一",
        "南国都市报　2012.07.01　城事　A14",
        "2012年6月10日 星期三 社会 A11版",
        "周五A股市场早盘低开低走的两大原因 >>A05",
        "◆陈振聪减持宏霸500万股（见第3版）",
    ):
        page = (
            f"{line}\n\n学者争论降息对楼市影响\n\n"
            "本报讯（记者 薛洋宏）中国人民银行决定下调金融机构人民币存贷款基准利率。\n"
        )
        [article] = rebuild_page(page)
        assert article.title == "学者争论降息对楼市影响", line
    # A headline with a date or a page-like name says something besides.
    for headline in ("3月5日 两会开幕", "G20 峰会开幕", "5月3日情况通报", "A股三大指数全线上涨"):
        assert not is_page_furniture(headline), headline


def test_lines_all_too_wide_for_large_type_are_a_paragraph_not_a_headline() -> None:
    # The last paragraph of a text asks twice and has no full stop; its four lines fill the text's
    # column (24 cells), wider than a headline's lines in large type: text, not a headline over
    # the next article's headline.
    page = (
        "益调查：你是否担心血荒常态化？\n\n"
        "本报7月11日讯（记者 田志琳）卫生部表示，我国无偿献血正面临挑战，\n"
        "部分地区血液供应紧张已经呈常态化，临床血液需求的快速增长是血\n"
        "液供应紧张的重要原因，无偿献血的基础仍然比较薄弱。\n\n"
        "那么，面对部分地区血液供应紧张呈常态化的现实，\n"
        "大家是觉得事不关己还是心存忧虑呢？大家又是否愿\n"
        "意主动无偿献血呢？公益时报与搜狐公益联手推出的\n"
        "益调查邀您回答：你是否担心血荒常态化呢？会献血吗\n\n"
        "拆迁款瘦身记：拨款171万支付140万到手31万\n"
        "——与人合伙贪污了109万元的拆迁补偿款\n\n"
        "本报讯（记者沈娜凯）新一份的起诉书中，常恒光的罪名由涉嫌贪污更改为滥用职权。\n"
    )
    blood, money = rebuild_page(page)
    assert blood.title == "益调查：你是否担心血荒常态化？"
    assert nows(blood).endswith("你是否担心血荒常态化呢？会献血吗")
    assert money.title == "拆迁款瘦身记：拨款171万支付140万到手31万"


def test_plain_lines_filling_the_text_column_with_a_word_broken_are_a_column_break() -> None:
    # After a full stop a new paragraph begins and a column break cuts it after two plain lines:
    # they fill the text's column (16 cells) and 今年 runs across their line end, so they are
    # that text, not a headline over the rest.
    page = (
        "安南敦促叙利亚政府履行和平计划\n\n"
        "本报讯（记者王洋）多国纷纷宣布驱\n"
        "逐叙利亚驻该国大使等外交官，叙利\n"
        "亚反对派则向政府发出最后通牒，令\n"
        "其从城市和乡村撤出所有部队。\n\n"
        "安南向阿萨德强调了全面落实他于今\n"
        "年三月提出的解决叙利亚危机六点\n\n"
        "计划的重要性。安南已于三十日结束对叙利亚的访问，前往约旦进行外交斡旋。\n"
    )
    [syria] = rebuild_page(page)
    assert syria.title == "安南敦促叙利亚政府履行和平计划" and syria.reporters == ["王洋"]
    assert "全面落实他于今年三月提出的解决叙利亚危机六点计划的重要性。" in nows(syria)


def test_four_line_headline_with_question_and_colon_stands_in_a_heap() -> None:
    # 引题, a punctuated title over two lines and a dashed 副题, in a heap at the page's end.
    page = (
        "本报讯 李先生在4S店买车时，销售人员承诺送三年免费保养，半个月后却不认账。 /记者 王洋 报道\n\n"
        "本报讯 济南越剧社昨日走进美里社区演出，居民们掌声不断。 /记者 宋芳国 报道\n\n"
        "一开始是有些犹豫不决\n为什么说在4S店买车一定要慎\n重？车主：真是坑你没商量啊！\n——就可以送他三年的免费保养\n\n"
        "越剧进社区之：\n美里社区欢迎你！\n"
    )
    cars, opera = rebuild_page(page)
    assert cars.title.replace(" ", "") == "为什么说在4S店买车一定要慎重？车主：真是坑你没商量啊！"
    assert cars.lead_title == "一开始是有些犹豫不决" and cars.subtitle == "就可以送他三年的免费保养"
    assert opera.title.replace(" ", "") == "越剧进社区之：美里社区欢迎你！"


def test_picture_caption_is_no_text_and_its_photographer_no_reporter() -> None:
    page = (
        "南湖公园荷花节开幕\n\n"
        "本报讯（记者 宋芳国）昨日，南湖公园第十届荷花节开幕，\n园内二十多个品种的荷花竞相开放。\n\n"
        "图为市民在南湖公园赏荷。 记者 周晓明 摄\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n"
    )
    lotus, homes = rebuild_page(page)
    assert lotus.reporters == ["宋芳国"] and lotus.photographers == []
    assert nows(lotus) == "昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。"
    assert homes.reporters == ["王洋"] and homes.title == "老旧小区改造启动"


def test_masthead_beside_the_page_date_is_no_headline() -> None:
    from crawler.normalize.layout import layout

    page = (
        "江城日报\n2016年7月20日 星期三\nA03 要闻\n\n"
        "南湖公园荷花节开幕\n\n本报讯 昨日，南湖公园荷花节开幕。 /记者 宋芳国 报道\n"
    )
    texts = [e.text for e in layout(page, titles=True)]
    assert texts[0] == "南湖公园荷花节开幕" and not any("江城日报" in t for t in texts)


def test_short_lead_title_over_a_title_wrapped_mid_word() -> None:
    from crawler.normalize.headlines import read_headline

    # 引题 over a title the compositor broke into two even lines in the middle of a word.
    assert read_headline(["南湖公园", "第十届荷花节昨日盛大开", "幕二十多个品种竞相绽放"]) == (
        "南湖公园",
        "第十届荷花节昨日盛大开幕二十多个品种竞相绽放",
        "",
    )
    # A title broken after its comma, under a 引题 of any width.
    assert read_headline(["并认真地做学习笔记", "这个520，当你们秀亲密，", "我在当雄过虫草节！"]) == (
        "并认真地做学习笔记",
        "这个520，当你们秀亲密，我在当雄过虫草节！",
        "",
    )
    # Two parts of a title, each whole, over an undashed 副题 of the same width stay so.
    assert read_headline(["精美绝伦", "彰显了雍正粉彩瓷的特点", "通常占据了画面的主体位置"]) == (
        "",
        "精美绝伦彰显了雍正粉彩瓷的特点",
        "通常占据了画面的主体位置",
    )


def test_headline_standing_above_another_article_goes_to_its_own() -> None:
    # Interleaved headlines: each stands above the other's article; wording decides, not place.
    page = (
        "新规矩来了\n\n"
        "本报讯 昨日，市公安局通报，一夜之间城区新增抓拍设备四十套，涉及道路十二条。 /记者 李明 报道\n\n"
        "一夜之间变了样\n\n"
        "本报讯 市教育局昨日发文，全市小学孩子在校午休时间不少于四十分钟。 /记者 王芳 报道\n"
    )
    police, school = rebuild_page(page)
    assert (police.title, school.title) == ("一夜之间变了样", "新规矩来了")


def test_credit_line_after_an_article_credited_at_its_head_opens_the_next() -> None:
    page = (
        "本报讯（记者 宋芳国）昨日，南湖公园第十届荷花节开幕，\n园内二十多个品种的荷花竞相开放。\n\n"
        "文/王洋 图/欧阳晓峰\n"
        "今年全市将改造老旧小区一百二十个，涉及居民三万余户，\n改造资金已经落实。\n\n"
        "南湖公园荷花节开幕\n\n"
        "老旧小区改造启动\n"
    )
    lotus, homes = rebuild_page(page)
    assert lotus.reporters == ["宋芳国"] and lotus.photographers == []
    assert (homes.reporters, homes.photographers) == (["王洋"], ["欧阳晓峰"])
    assert (lotus.title, homes.title) == ("南湖公园荷花节开幕", "老旧小区改造启动")
    assert nows(homes).startswith("今年全市将改造")


def test_headline_after_a_text_ending_without_full_stop_is_no_column_break() -> None:
    # The notice above ends in its date, without 。; the headline after it is no rest of it.
    page = (
        "日照大药房卖假药被罚\n\n"
        "本报讯 东港区食品药品监督管理局近日对一家大药房销售假药一\n"
        "案作出行政处罚，没收违法所得并处罚款。当事人不服的，可于\n"
        "六十日内申请复议。东港区食品药品监督管理局2018年12月\n"
        "28日\n\n"
        "老旧小区改造启动\n\n"
        "本报讯（记者 王洋）今年全市将改造老旧小区一百二十个，涉及居民三万余户。\n"
    )
    drugs, homes = rebuild_page(page)
    assert drugs.title == "日照大药房卖假药被罚" and nows(drugs).endswith("2018年12月28日")
    assert homes.title == "老旧小区改造启动" and homes.reporters == ["王洋"]


def test_headline_broken_evenly_before_its_comma_is_one_headline() -> None:
    page = (
        "深圳3岁男童半夜流落街头满\n身是伤，母亲看后：我也不清楚\n\n"
        "本报讯（记者 慕容斌）近日，深圳龙岗一名3岁男童深夜独自躺在街头，\n"
        "路过的市民报警后，民警将他送回家中。\n"
    )
    [boy] = rebuild_page(page)
    assert boy.title.replace(" ", "") == "深圳3岁男童半夜流落街头满身是伤，母亲看后：我也不清楚"
    assert nows(boy).startswith("近日，深圳龙岗") and boy.reporters == ["慕容斌"]


def test_long_dashed_subtitle_stays_with_its_headline() -> None:
    page = (
        "本报讯 昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。 /记者 宋芳国 报道\n\n"
        "本报讯（记者 司徒轩）近日，廉江多名市民收到陌生快递，拆开后被要求扫码付款，\n"
        "警方提醒市民谨慎签收。\n\n"
        "南湖公园荷花节开幕\n\n"
        "告诉你有快递物品\n廉江市民注意！新型快递诈骗来了，\n“别样”快递千万别收\n"
        "——如果在收货过程中发现异常等情况请立即拨打一一零报警电话\n"
    )
    lotus, parcel = rebuild_page(page)
    assert lotus.title == "南湖公园荷花节开幕"
    assert parcel.title.replace(" ", "") == "廉江市民注意！新型快递诈骗来了，“别样”快递千万别收"
    assert parcel.lead_title == "告诉你有快递物品"
    assert parcel.subtitle == "如果在收货过程中发现异常等情况请立即拨打一一零报警电话"
    assert nows(parcel).startswith("近日，廉江") and parcel.reporters == ["司徒轩"]


def test_article_credited_in_its_dateline_takes_no_body_closed_by_another_byline() -> None:
    page = (
        "本报讯 家住龙岗的李女士昨天下午报警，称在东站附近丢失钱包。\n\n"
        "本报讯（记者 林斌）昨日，深圳铁路公安在深圳东站抓获一名抢劫在逃人员。\n\n"
        "东站面馆老板竟是在逃人员\n\n"
        "深圳东站附近的居民说，这家面馆开了十多年。 /记者 许鹏 报道\n\n"
        "李女士东站报警\n"
    )
    articles = rebuild_page(page)
    credited = [a for a in articles if "抢劫在逃人员" in nows(a)]
    assert len(credited) == 1 and credited[0].reporters == ["林斌"]
    assert not any(a.reporters == ["林斌", "许鹏"] for a in articles)


def test_caption_after_a_text_broken_off_is_not_mended_into_it() -> None:
    page = (
        "唐朝第一个下嫁异族的九江公主\n\n"
        "新华社西安4月11日电（记者周晓明）九江公主是唐高祖李渊的女儿，同时她也是大唐第\n"
        "一个下嫁异族的公主，驸马执失思力后来被追封为胜州都督\n\n"
        "图为九江公主墓前的石刻。 记者 冯然 摄\n"
    )
    [princess] = rebuild_page(page)
    assert princess.reporters == ["周晓明"] and princess.photographers == []
    assert "石刻" not in nows(princess)


def test_short_line_between_text_and_its_closing_credit_is_text() -> None:
    # 您的点赞是我们进步的动力 is the text's last line, not a headline over 文/林磊兰 图/杨雪艳.
    page = (
        "南湖公园荷花节开幕\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。 /记者 宋芳国 报道\n\n"
        "本报柳州讯 今年全市将改造老旧小区一百二十个，涉及居民三\n"
        "万余户，改造资金已经落实，一定要告诉身边的人！\n"
        "您的点赞是我们进步的动力\n"
        "文/林磊兰　图/杨雪艳\n"
    )
    lotus, homes = rebuild_page(page)
    assert (lotus.title, homes.title) == ("南湖公园荷花节开幕", "老旧小区改造启动")
    assert (homes.reporters, homes.photographers) == (["林磊兰"], ["杨雪艳"])
    assert nows(homes).endswith("您的点赞是我们进步的动力")


def test_headline_of_lines_short_of_the_columns_beside_it_stands_apart() -> None:
    # The three short lines between two columns of 19 cells are no text of either, though
    # the text before ends in 。 and the body after opens without a dateline; that body's
    # last line carries a byline, so it is no headline either.
    page = (
        "本报讯 音乐小顽童、流行歌手、音乐剧新星、卡丁车小王子，这些名号都属于十岁的新加坡童星。\n\n"
        "atm机上装读卡\n器盗取银行卡信息\n\n"
        "本报记者罗华\n"
        "近日，西乡县公安局成功打掉一流窜盗刷\n"
        "银行卡现金犯罪团伙，抓获犯罪嫌疑人五\n"
        "名，嫌疑人对其犯罪事实供认不讳。\n\n"
        "不过两天前\n新加坡10岁童星参加澳\n门赛车比赛，遭遇连环撞车\n\n"
        "新加坡首位女赛车手，高颜值做得了平板撑\n"
        "冲得了浪当国大教授，开玛莎拉蒂，可是你\n"
        "不该干出这种事新加坡混血华裔少年，十\n"
        "岁以大厨身份红遍美利坚~ /记者 蔡博 报道\n"
    )
    racer, atm = rebuild_page(page)
    assert atm.title == "atm机上装读卡器盗取银行卡信息" and atm.reporters == ["罗华"]
    assert nows(atm).endswith("供认不讳。")
    assert racer.title.replace(" ", "") == "新加坡10岁童星参加澳门赛车比赛，遭遇连环撞车"
    assert racer.lead_title == "不过两天前" and racer.reporters == ["蔡博"]
    assert nows(racer).startswith("音乐小顽童") and nows(racer).endswith("美利坚~")


def test_headline_of_short_lines_after_text_broken_off_is_no_column_break() -> None:
    # 查看更多 / 多部门… would run a word (多多) across, but a column break goes on with full
    # lines: the short lines under a text of 12-cell lines are a headline, whatever follows.
    page = (
        "中国壮阳药厂被查\n\n"
        "本报记者何兰明 沈敏\n"
        "因发布公告成为网红的中国常\n"
        "山药业公司，因涉嫌违规操\n"
        "作被中国证监会立案调查。\n"
        "返回搜狐，查看更多\n\n"
        "多部门联动成\n功救助野生动物\n并拨打森林派出所的电话\n\n"
        "5月21日15时，塔城市森林派出所接到群众报警，一只绿头鸭被\n"
        "遗落的风筝线缠绕，悬挂在树上，民警立即赶往事发地点。 文/唐雪平 图/梁洋\n"
    )
    drugs, duck = rebuild_page(page)
    assert drugs.title == "中国壮阳药厂被查" and drugs.reporters == ["何兰明", "沈敏"]
    assert nows(drugs).endswith("查看更多")
    assert duck.title == "多部门联动成功救助野生动物" and duck.reporters == ["唐雪平"]


def test_credit_line_opening_the_block_of_a_dateline_heads_that_article() -> None:
    # 路人吓坏 has no byline; 文/司马嘉 图/何芳建 stands over the next dateline in one block.
    page = (
        "路人吓坏！男子手拿长枪大跳广场舞\n\n"
        "第八届中国摩托艇联赛开赛\n\n"
        "本报延吉11月6日讯 12月14日晚上八点半，一男子身穿迷彩服手拿长枪在广场上跳舞，\n"
        "民警提醒，如果达到两只以上可能会涉嫌违法。”\n\n"
        "文/司马嘉 图/何芳建\n"
        "本报延吉5月20日讯 第八届中国摩托艇联赛在彭水开赛，来自全国的十余支队伍参赛，\n"
        "充分利用了重庆的山水条件。\n"
    )
    dancer, boats = rebuild_page(page)
    assert dancer.reporters == [] and "长枪" in dancer.title
    assert (boats.reporters, boats.photographers) == (["司马嘉"], ["何芳建"])
    assert boats.title == "第八届中国摩托艇联赛开赛"


def test_lead_title_in_the_articles_words_over_a_title_it_never_says() -> None:
    # Three undashed lines, the last no wider: 并认真地做学习笔记 is cut from the text, the two
    # lines below say nothing of it word for word, so they are one title under a 引题.
    page = (
        "并认真地做学习笔记\n盂县小学生\n体验司法文化\n\n"
        "本报讯 近日，盂县实验小学的学生走进县法院，旁听了一场庭审，\n"
        "并认真地做学习笔记。法官为学生们讲解了法律知识。 /记者 王敏 报道\n"
    )
    [court] = rebuild_page(page)
    assert (court.lead_title, court.title, court.subtitle) == (
        "并认真地做学习笔记",
        "盂县小学生体验司法文化",
        "",
    )


def test_lead_title_from_the_text_over_a_title_whose_first_line_is_short() -> None:
    # 清理落石 is cut from the text; 风雨中, a title's first line too short to say whether the text
    # quotes it, and the wider line under it are said nowhere: one title in two lines under a 引题,
    # however wide its second line runs.
    page = (
        "清理落石\n风雨中\n那抹暖心的橘红一直在保畅路上\n\n"
        "本报讯 从5月19日起，沁源境内风雨不断，公路人巡查保畅不间断。道路上不时有落石，\n"
        "养护工人冒雨上路，清理落石，疏通边沟。 /记者 王敏 报道\n"
    )
    [road] = rebuild_page(page)
    assert road.lead_title == "清理落石" and road.subtitle == ""
    assert road.title.replace(" ", "") == "风雨中那抹暖心的橘红一直在保畅路上"


def test_title_in_the_articles_words_keeps_its_subtitle() -> None:
    # The title's lines are the text's own clauses (as on the seed page): the reading stands.
    page = (
        "洮北区以工匠精神为标杆\n抓实脱贫攻坚各项工作\n贫困人口全覆盖\n\n"
        "本报讯 自脱贫攻坚工作开始，洮北区以工匠精神为标杆，抓实脱贫攻坚各项工作，\n"
        "各项措施落到实处。 /记者 孙红 报道\n"
    )
    [poverty] = rebuild_page(page)
    assert (poverty.title, poverty.subtitle) == (
        "洮北区以工匠精神为标杆 抓实脱贫攻坚各项工作",
        "贫困人口全覆盖",
    )


def test_lead_title_cut_from_the_text_over_a_title_borrowing_a_phrase() -> None:
    # 并在横过马路时使用手机 is one of the text's clauses whole; 走路看手机致人身亡 is said only inside
    # a longer clause and 构成交通肇事罪获刑 nowhere: the editor's title in two lines under a 引题.
    page = (
        "并在横过马路时使用手机\n走路看手机致人身亡\n构成交通肇事罪获刑\n\n"
        "本报讯 日前，中山市一市民因走路看手机致人身亡，构成交通肇事罪被判刑。该市民未按\n"
        "交通灯信号横过马路，并在横过马路时使用手机，结果与行驶中的摩托车发生碰撞。 /记者 孙红 报道\n"
    )
    [phone] = rebuild_page(page)
    assert (phone.lead_title, phone.subtitle) == ("并在横过马路时使用手机", "")
    assert phone.title == "走路看手机致人身亡 构成交通肇事罪获刑"


def test_lead_title_in_the_articles_words_over_a_two_part_title_a_little_wider() -> None:
    # The title's second part runs 2 cells past its first: no wider 副题 for that.
    page = (
        "下塘用触鱼器电鱼\n泰州男子池塘电鱼被发现\n为逃跑电击塘主致其溺水身亡\n\n"
        "本报泰州讯（记者 陈明 通讯员 李强）日前，一男子深夜下塘用触鱼器电鱼，\n"
        "被塘主发现后逃跑，塘主追赶时落水身亡。\n"
    )
    [fish] = rebuild_page(page)
    assert fish.lead_title == "下塘用触鱼器电鱼"
    assert fish.title == "泰州男子池塘电鱼被发现 为逃跑电击塘主致其溺水身亡" and fish.subtitle == ""


def test_punctuated_headline_over_a_caption_is_a_headline() -> None:
    # A caption goes on no text: the punctuated block above it stands apart as the page's last headline.
    page = (
        "本报讯 近日，廉江多名市民收到陌生快递，拆开后被要求扫码付款，\n"
        "警方提醒市民谨慎签收。 文/苏思轩 图/曾军晓\n\n"
        "四平日报记者 司徒轩\n"
        "原告嵇兵与被告刘大明\n"
        "民间借贷纠纷一案，本院于\n"
        " 2017 年 10 月 10 日立案\n"
        "后，依法适用小额诉讼程序，\n"
        " 后因案情复杂， 裁定转为\n\n"
        "简易程序，公开开庭进行了\n"
        "审理。\n\n"
        "法定代表人\n嵇兵与刘大明民间借\n贷纠纷一审民事判决书\n\n"
        "告诉你有快递物品\n廉江市民注意！新型快递诈骗来了，“别样”快递千\n万别收\n"
        "——如果在收货过程中发现异常等情况\n\n"
        "图为本院于2017年10月10日立案后。　记者 吴艳宇 摄\n"
    )
    parcel, loan = rebuild_page(page)
    assert parcel.title.replace(" ", "") == "廉江市民注意！新型快递诈骗来了，“别样”快递千万别收"
    assert parcel.reporters == ["苏思轩"]
    assert loan.title.replace(" ", "") == "嵇兵与刘大明民间借贷纠纷一审民事判决书" and nows(loan).endswith(
        "进行了审理。"
    )


def test_article_credited_at_its_head_takes_no_second_reporter_from_its_last_line() -> None:
    # 记者王一平 closing the text of an article credited above it is the text's own line.
    page = (
        "杨玉经调研市属国有企业\n\n"
        "□本报记者 司徒静 实习生 李萍辉\n"
        "5月23日，银川市市长杨玉经对市属国有企业改革情况进行调研，\n"
        "并召开座谈会，市国资委、国有企业负责人参加当天活动。记者王一平\n"
    )
    [mayor] = rebuild_page(page)
    assert mayor.reporters == ["司徒静"] and mayor.correspondents == ["李萍辉"]
    assert nows(mayor).endswith("参加当天活动。记者王一平")


def test_two_title_lines_the_text_says_in_one_run_are_one_title_under_a_lead_title() -> None:
    # The text opens with its headline (web copy does): 新一轮水泥价格上涨 and 水泥概念股强势崛起
    # are said together, 资金流向方面 apart, so it is the 引题 over a two-part title, not a 副题 below.
    page = (
        "资金流向方面\n新一轮水泥价格上涨\n水泥概念股强势崛起\n\n"
        "本报讯（记者 王洋）新一轮水泥价格上涨水泥概念股强势崛起。昨日，水泥板块全线走强，\n"
        "多只个股涨幅超过百分之五。资金流向方面，主力资金净流入水泥板块。\n"
    )
    [cement] = rebuild_page(page)
    assert (cement.lead_title, cement.subtitle) == ("资金流向方面", "")
    assert cement.title == "新一轮水泥价格上涨 水泥概念股强势崛起"


def test_title_wrapped_inside_its_two_em_dash_is_one_title() -> None:
    from crawler.normalize.headlines import read_headline

    # Print never breaks the two-em dash: half of it at a line end and half at the next line's
    # start is one title wrapped, not a title over a dashed 副题.
    assert read_headline(["他是卡洛琳", "天文学传奇一家—", "—赫谢尔家族的故事"]) == (
        "他是卡洛琳",
        "天文学传奇一家——赫谢尔家族的故事",
        "",
    )
    wrapped = read_headline(["天文学传奇一家—", "—赫谢尔家族的故事"])
    assert wrapped == ("", "天文学传奇一家——赫谢尔家族的故事", "")
    # A whole dash opening the last line still marks the 副题.
    dashed = read_headline(["天文学传奇一家", "——赫谢尔家族的故事"])
    assert dashed == ("", "天文学传奇一家", "赫谢尔家族的故事")


def test_text_in_another_column_width_after_a_full_stop_is_another_article() -> None:
    # The first article (credited at its head, no closing byline) is set 14 cells wide; the block
    # after its last full stop runs 23 cells wide and has no dateline: another article's text.
    page = (
        "老街坊的菜园子\n\n"
        "■记者 许国\n"
        "城南老街的居民在屋后开出了\n"
        "一片菜园，种上了青菜、萝卜\n"
        "和葱蒜，邻里之间常常互相送\n"
        "菜，谁家有事，大家都来帮忙，\n"
        "日子过得很热闹。\n\n"
        "今年春季，市区多条公交线路调整了首末班时间，\n"
        "方便早出晚归的市民乘车。公交公司表示，线路调\n"
        "整前征求了沿线居民的意见，今后还将根据客流变\n"
        "化继续优化班次。 文/吕轩霞 图/林怡文\n\n"
        "公交线路调整首末班时间\n"
    )
    garden, bus = rebuild_page(page)
    assert garden.title == "老街坊的菜园子" and garden.reporters == ["许国"]
    assert nows(garden).endswith("日子过得很热闹。")
    assert bus.title == "公交线路调整首末班时间" and bus.reporters == ["吕轩霞"]
    assert nows(bus).startswith("今年春季")


def test_dateline_followed_by_junk_from_the_text_layer_still_opens_an_article() -> None:
    # Dot leaders and a glyph read as ？ right after 讯 (大河报讯···？···) hide no dateline: the
    # article above, credited at its head and closed by no byline, ends there.
    from crawler.normalize.credits import dateline_at

    assert dateline_at("大河报讯···？·······第1章仇恨的开始")
    page = (
        "老街坊的菜园子\n\n"
        "■记者 许国\n"
        "城南老街的居民在屋后开出了一片菜园，\n"
        "种上了青菜、萝卜和葱蒜，邻里之间常常\n"
        "互相送菜，日子过得很热闹。\n\n"
        "大河报讯 ···？····今年春季，市区多条\n"
        "公交线路调整了首末班时间，方便早出晚\n"
        "归的市民乘车。 文/吕轩霞 图/林怡文\n\n"
        "公交线路调整首末班时间\n"
    )
    garden, bus = rebuild_page(page)
    assert garden.reporters == ["许国"] and nows(garden).endswith("日子过得很热闹。")
    assert bus.title == "公交线路调整首末班时间" and bus.reporters == ["吕轩霞"] and bus.paper == "大河报"


def test_plain_line_over_a_wider_punctuated_one_opening_the_page_is_its_headline() -> None:
    # No text began before the page's first block, so its second line ends none: one headline.
    page = (
        "2018年10月9日 星期六\nB05　城事\n\n"
        "男子抢劫后潜逃\n在深圳娶妻生子，还开了家面馆\n\n"
        "本报讯（记者 王洋）日前，一名潜逃二十八年的抢劫嫌疑人在深圳落网，\n"
        "他在当地娶妻生子，还开了一家面馆。\n"
    )
    [robber] = rebuild_page(page)
    assert robber.title.replace(" ", "") == "男子抢劫后潜逃在深圳娶妻生子，还开了家面馆"
    assert nows(robber).startswith("日前，") and robber.reporters == ["王洋"]


def test_masthead_of_a_paper_named_by_three_characters_is_no_headline() -> None:
    from crawler.normalize.layout import layout

    page = (
        "2010年5月24日　星期一\n大河报\nC11 民生\n\n"
        "南湖公园荷花节开幕\n\n本报讯 昨日，南湖公园荷花节开幕。 /记者 宋芳国 报道\n"
    )
    texts = [e.text for e in layout(page, titles=True)]
    assert texts[0] == "南湖公园荷花节开幕" and "大河报" not in texts


def test_full_lines_after_text_broken_off_at_a_comma_go_on_with_it_at_the_pages_end() -> None:
    # A column break after "等表演团队，": the three lines below (commas, ending in ！) are the rest
    # of that sentence, not a punctuated headline standing at the page's end.
    page = (
        "社区举办科技主题活动\n\n"
        "□本报记者 唐娜浩 实习生 黄琳\n"
        "凤祥社区携手多个单位在城市广场举办了科\n"
        "技主题活动，场内欢声笑语，载歌载舞，场\n"
        "外有义诊咨询、法律咨询等。本次活动取得\n"
        "圆满成功，在此感谢心悦舞蹈队、溪边文艺\n"
        "队、心脏乐队、好友丝友等表演团队，\n\n"
        "感谢联盟商家的参与，感谢全体工作人员和\n"
        "志愿者的辛勤付出，社区的每一点进步都离\n"
        "不开大家的支持和帮助， 谢谢大家！\n"
    )
    [fair] = rebuild_page(page)
    assert fair.title == "社区举办科技主题活动" and fair.reporters == ["唐娜浩"]
    assert nows(fair).endswith(
        "好友丝友等表演团队，感谢联盟商家的参与，感谢全体工作人员和志愿者的辛勤付出，社区的每一点进步都离不开大家的支持和帮助，谢谢大家！"
    )


def test_lead_title_quoted_past_the_news_lead_over_a_one_line_title() -> None:
    # 据现场民警介绍 is a clause of the text after its first two sentences; the line below is said
    # nowhere: a 引题 over the editor's 主题, not a title in two parts.
    text = (
        "本报讯（记者 王洋）昨日，一只绿头鸭被困在城南河道的渔网里。接到报警后，派出所民警\n"
        "立即赶往事发地点。据现场民警介绍，被困的绿头鸭一只翅膀被渔网缠住，已无法飞行。\n"
    )
    [duck] = rebuild_page("据现场民警介绍\n多部门联动成功救助野生动物\n\n" + text)
    assert (duck.lead_title, duck.title, duck.subtitle) == (
        "据现场民警介绍",
        "多部门联动成功救助野生动物",
        "",
    )
    # With a dashed 副题 under them, the same.
    [duck] = rebuild_page("据现场民警介绍\n多部门联动成功救助野生动物\n——渔网缠住绿头鸭\n\n" + text)
    assert (duck.lead_title, duck.title, duck.subtitle) == (
        "据现场民警介绍",
        "多部门联动成功救助野生动物",
        "渔网缠住绿头鸭",
    )


def test_undashed_last_line_said_whole_in_the_text_is_a_subtitle_under_a_quoted_lead_title() -> None:
    from crawler.normalize.headlines import read_headline

    # 气管插管术 and 服务质量高的助产队伍 are clauses of the text, the middle line is said nowhere:
    # 引题 and 副题 quoting the text around the editor's 主题, as with a dashed 副题.
    text = (
        "本报讯 产房里的每一分钟都关乎两条生命。市妇幼保健院去年接生六千余名婴儿。近年来，医院建起"
        "一支技术过硬、服务质量高的助产队伍，新生儿复苏、气管插管术，人人过关。"
    )
    lines = ["气管插管术", "用爱举托生命希望", "服务质量高的助产队伍"]
    assert read_headline(lines, text) == ("气管插管术", "用爱举托生命希望", "服务质量高的助产队伍")
    # A first line said in the news lead (the first two sentences, which a 主题 restates) may be the
    # title's first part: the reading by layout stands (title in two lines over a 副题).
    assert read_headline(["市妇幼保健院去年接生六千余名婴儿", *lines[1:]], text)[0] == ""


def test_last_line_said_only_inside_a_clause_goes_on_the_title_under_a_quoted_lead_title() -> None:
    from crawler.normalize.headlines import read_headline

    # 做到“三个为主” is a clause of the text past its news lead, 让书展成为交流 is said nowhere, and
    # 互动的阅读嘉年华 only inside a longer clause: a 引题 over a 主题 in two lines, no 副题.
    text = (
        "本报讯 第八届书展昨日开幕。展期五天，共有三百余家出版单位参展。主办方表示，今年书展"
        "坚持公益办展，做到“三个为主”，以读者为主、以阅读为主、以公益为主，"
        "努力打造一场全民参与互动的阅读嘉年华。"
    )
    lines = ["做到“三个为主”", "让书展成为交流", "互动的阅读嘉年华"]
    assert read_headline(lines, text) == ("做到“三个为主”", "让书展成为交流互动的阅读嘉年华", "")
    # The text's clause said whole below is a 副题 quoting it.
    decks = ("做到“三个为主”", "让书展成为交流", "以读者为主")
    assert read_headline([*lines[:2], "以读者为主"], text) == decks


def test_title_part_said_in_the_news_lead_stays_part_of_the_title() -> None:
    # 第五届全国文明单位名单揭晓 is said in the first sentence, which restates the 主题: two parts.
    page = (
        "第五届全国文明单位名单揭晓\n山东近百家单位入选\n\n"
        "本报讯（记者 王洋）日前，第五届全国文明单位名单揭晓，全国共二千多个单位上榜。\n"
        "其中山东有九十四家单位获此殊荣。\n"
    )
    [units] = rebuild_page(page)
    assert units.lead_title == "" and units.title == "第五届全国文明单位名单揭晓 山东近百家单位入选"


def test_lead_title_quoted_in_the_news_lead_over_a_dashed_subtitle() -> None:
    from crawler.normalize.headlines import read_headline

    # Three decks, the last marked by its dash: 导致公交车失控 is one of the text's clauses whole (in
    # its first sentence), 公交司机体检要规范起来 is said nowhere: the 引题 quoted from the text over
    # the editor's 主题, not a 主题 in two parts.
    text = (
        "本报讯 2月11日，一名公交司机因突发疾病猝死，导致公交车失控，与路边停放的车辆相撞。"
        "专家表示，司机体检流于形式，甚至可能导致重大公共安全事故的发生。"
    )
    lines = ["导致公交车失控", "公交司机体检要规范起来", "——甚至可能导致重大公共安全事故的发生"]
    assert read_headline(lines, text) == (
        "导致公交车失控",
        "公交司机体检要规范起来",
        "甚至可能导致重大公共安全事故的发生",
    )
    # Without the dashed 副题 the news lead's clause may be the title's first part: the layout stands.
    assert read_headline(lines[:2], text)[0] == ""


def test_lead_title_quoting_a_clause_with_its_comma_or_colon() -> None:
    from crawler.normalize.headlines import read_headline

    # 19岁的刘某是普兰店人， is a clause of the text (not its opening one), and the text does not go on
    # with the line below: a 引题 cut from the text with its mark, not a title broken after a comma.
    text = (
        "本报讯 近日，普兰店警方破获一起故意伤害案。19岁的刘某是普兰店人，当晚到水库偷鱼被管理员发现，"
        "挣脱时将人打伤后逃离。目前刘某已被刑事拘留。"
    )
    lines = ["19岁的刘某是普兰店人，", "水库盗鱼被发现 小伙打伤人逃离"]
    assert read_headline(lines, text) == ("19岁的刘某是普兰店人", "水库盗鱼被发现 小伙打伤人逃离", "")
    # Over a 主题 in two lines and a dashed 副题, the same; the 主题's lines stay one title.
    three = ["市政府高度重视：", "问责19人!含4名", "处级干部", "——其中县处级干部4人"]
    said = "本报讯 事故发生后，市政府高度重视：问责19人。其中县处级干部4人，科级干部15人。"
    assert read_headline(three, said) == ("市政府高度重视", "问责19人！含4名处级干部", "其中县处级干部4人")
    # A text that runs on with the line below says the title in one run (web copy): one title.
    copy = "房子集中在少数人手里，想买的买不起，想卖的卖不出。这是很多城市的现状。"
    assert read_headline(["房子集中在少数人手里，", "想买的买不起，想卖的卖不出"], copy)[0] == ""
    # So does a text that opens with the line: its title's first clause restated.
    opening = "六安一男子骑摩托车与货车迎面相撞，经抢救无效死亡。其母亲闻讯赶到现场。"
    assert (
        read_headline(["六安一男子骑摩托车与货车迎面相撞，", "当场死亡！老母亲悲痛欲绝！"], opening)[0] == ""
    )


def test_lead_title_saying_only_when_or_who_told_is_kept_though_the_text_opens_with_it() -> None:
    from crawler.normalize.headlines import _circumstance, read_headline

    # A text opening with a headline's first line restates its title (六安… above), unless that line
    # says only when or on whose word: a 主题 states news, so such a line is a 引题 over it.
    dated = "2021年3月9日下午，市图书馆少儿阅览室迎来一批特殊的小读者。孩子们在书架间穿行。"
    assert read_headline(["2021年3月9日下午：", "聋哑孩子走进图书馆"], dated) == (
        "2021年3月9日下午",
        "聋哑孩子走进图书馆",
        "",
    )
    told = "据当地气象部门通报，今年入汛以来降雨偏多三成。多座水库超过汛限水位。"
    assert read_headline(["据当地气象部门通报，", "入汛降雨偏多 水库超汛限"], told)[0] == "据当地气象部门通报"
    wired = "江南晚报6月2日消息，一只走失的柯基在高铁站被找到。主人当晚赶到车站。"
    assert read_headline(["江南晚报6月2日消息：", "走失柯基在高铁站被找到"], wired)[0] == "江南晚报6月2日消息"
    # A clause stating what happened is no circumstance, however it opens.
    assert not _circumstance("一男子骑摩托车与货车相撞")
    assert not _circumstance("央行表示")
    assert _circumstance("昨日晚间") and _circumstance("今天上午10时许")


def test_line_opening_a_quote_that_the_next_line_closes_is_no_lead_title() -> None:
    from crawler.normalize.headlines import read_headline

    # “喝酒致高位截瘫 leaves its quote open and the next line closes it: one 主题 wrapped inside the
    # quote, though the text says the first line as a clause past its news lead.
    text = (
        "本报讯 一起同学聚会引发的官司日前二审宣判。法院认定同饮者未尽提醒义务。"
        "判决书写道：“喝酒致高位截瘫，同饮者须担责。”当晚，他与等6名同学相约在宿舍喝酒。"
    )
    lines = ["“喝酒致高位截瘫", "同学被判赔20余万”的警示", "等6名同学相约在宿舍喝酒"]
    lead, title, _ = read_headline(lines, text)
    assert lead == "" and title.replace(" ", "") == "“喝酒致高位截瘫同学被判赔20余万”的警示"


def test_lead_title_over_a_title_whose_second_line_runs_wider_and_is_said_nowhere() -> None:
    from crawler.normalize.headlines import read_headline

    # The last line runs 7 cells past the others, but neither it nor the line above is said in the
    # text: no 副题 (which states the text's facts in its words), the title's two parts under a 引题.
    text = (
        "本报讯 两年前，唐某驾驶摩托车搭载朋友外出，途中发生事故致朋友身亡后逃离。"
        "公安机关立案侦查，并对唐某实施网上追逃。日前，唐某在外地落网。"
    )
    lines = ["并对唐某实施网上追逃", "男子驾摩托致朋友身亡竟还", "“玩失踪”，两年后终被押回中山刑拘"]
    assert read_headline(lines, text) == (
        "并对唐某实施网上追逃",
        "男子驾摩托致朋友身亡竟还“玩失踪”，两年后终被押回中山刑拘",
        "",
    )


def test_headline_wrapped_before_its_closing_mark_is_one_headline() -> None:
    # Print opens no line with ！ or ，: the second line holds the rest of the first, not text.
    page = (
        "本报讯（记者 王洋）昨日，市统计局发布人口数据，全市常住人口比上年增加一万余人。\n\n"
        "美国华人最新分布图出炉\n！加州华裔人口最多（图）\n\n"
        "本报讯（记者 李明）美国人口普查局日前公布数据，华裔人口最多的是加州。\n\n"
        "合肥政协副主席自杀\n，曾任检察长公诉薄谷开来案\n\n"
        "本报讯（记者 张强）合肥市政协副主席满铭安于28日晨被发现在一小区内自缢身亡。\n"
    )
    _, census, death = rebuild_page(page)
    assert census.title == "美国华人最新分布图出炉！加州华裔人口最多（图）"
    assert nows(census).startswith("美国人口普查局")
    assert death.title == "合肥政协副主席自杀，曾任检察长公诉薄谷开来案"


def test_deck_wrapped_before_its_closing_mark_is_the_title_between_lead_and_subtitle() -> None:
    from crawler.normalize.headlines import read_headline

    # The title's second line opens with the quote its first left open: no 副题 under a two-line
    # title, but a 引题 over a wrapped one.
    assert read_headline(["朋友今天见到两次了", "贵港微信群盛传“碰瓷提醒", "”不属实 传谣者被刑拘三天"]) == (
        "朋友今天见到两次了",
        "贵港微信群盛传“碰瓷提醒”不属实 传谣者被刑拘三天",
        "",
    )
    assert read_headline(["深夜里太原一小区起火", "！可消防车就是进不去", "消防通道被私家车堵死"]) == (
        "",
        "深夜里太原一小区起火！可消防车就是进不去",
        "消防通道被私家车堵死",
    )
    # A quote closing no quote of the line above opens a deck of its own (cut from the text).
    _, title, subtitle = read_headline(["镇江工商登记清单公布", "遏制盲目审批", "”市工商局处长说"])
    assert (title, subtitle) == ("镇江工商登记清单公布遏制盲目审批", "”市工商局处长说")


def test_unindented_block_between_indented_paragraphs_is_a_headline() -> None:
    # Every paragraph opens indented: a plain block after a full stop and before an indented
    # paragraph begins none, so it stands apart though no dateline follows it and its lines are
    # as wide as the columns beside it.
    page = (
        "全市常住人口增加一万余人\n\n"
        "　　本报讯 昨日，市统计局\n发布人口数据，全市常住人\n口比上年增加一万余人。\n"
        "　　数据显示，新增人口多集\n中在城区。 /记者 王洋 报道\n\n"
        "海丰一男子野泳不幸溺亡，\n家属痛不欲生！\n\n"
        "　　网友爆料，昨日下午，一\n名男子在海丰县一处水库野泳\n时溺水，已无生命体征。\n"
        "　　警方提醒，夏季切勿到野\n外水域游泳。\n"
    )
    _, swim = rebuild_page(page)
    assert swim.title == "海丰一男子野泳不幸溺亡，家属痛不欲生！"
    assert nows(swim).startswith("网友爆料")


def test_short_lines_over_a_dashed_subtitle_are_a_headline_whatever_follows() -> None:
    # No dateline or credit follows (the article is credited at its end), and the lines are as wide
    # as its column: the dashed 副题 under them marks the headline.
    page = (
        "2013年5月2日 星期四\nC03 经济\n\n"
        "中美博弈，中国已悄然赢\n得两战，美霸权大势已去！\n——充分运用辩证唯物主义来思考全局\n\n"
        "中美两国在贸易上的博弈\n已持续数月，双方各有得\n失，专家认为局面渐趋明\n朗。 文/李明 图/张强\n"
    )
    [trade] = rebuild_page(page)
    assert trade.title.replace(" ", "") == "中美博弈，中国已悄然赢得两战，美霸权大势已去！"
    assert trade.subtitle == "充分运用辩证唯物主义来思考全局"
    assert nows(trade).startswith("中美两国") and trade.reporters == ["李明"]


def test_block_after_ended_text_short_of_both_columns_is_a_headline() -> None:
    # The text before ends in a full stop; the block's first line stops short of that column, and
    # both stop short of the next text's: no paragraph of either, a headline over byline-less text.
    page = (
        "乐陵涉黑团伙被连锅端\n\n"
        "本报讯（记者 王洋）日前，警方破获一起涉\n黑案件，抓获犯罪嫌疑人十余名，其中\n"
        "多人系表兄弟，均为山东乐陵郑店人。\n\n"
        "这种树只生长在中国，\n价值惊人，一根树枝就能买一辆奔驰车\n\n"
        "我们的国家疆域辽阔，有时不禁感慨祖宗留下的宝贝真\n多，这种树就是其中之一，它的木材坚硬而且纹理\n"
        "细密，十分珍贵。 文/李明 图/张强\n"
    )
    gang, tree = rebuild_page(page)
    assert tree.title.replace(" ", "") == "这种树只生长在中国，价值惊人，一根树枝就能买一辆奔驰车"
    assert nows(tree).startswith("我们的国家") and tree.reporters == ["李明"]
    assert gang.title == "乐陵涉黑团伙被连锅端" and nows(gang).endswith("郑店人。")


def test_lone_hyphen_is_no_subtitle_dash_and_a_comma_runs_on() -> None:
    from crawler.normalize.headlines import read_headline

    # `- 马蜂窝` is the site a web title names, not a 副题 (print dashes a 副题 with ——).
    assert read_headline(["西安柞水溶洞一日游，柞水旅游攻略", "- 马蜂窝"])[2] == ""
    assert read_headline(["西安雁塔区洗浴中心价格表", "——城市视点"]) == (
        "",
        "西安雁塔区洗浴中心价格表",
        "城市视点",
    )
    # A first line ending in a comma runs on: a much wider second line with commas is no 副题.
    assert read_headline(["醉汉作死戳轮胎炸胎致死，", "家属向车主索赔，这种事车主要担责吗？"]) == (
        "",
        "醉汉作死戳轮胎炸胎致死，家属向车主索赔，这种事车主要担责吗？",
        "",
    )


def test_title_closing_with_a_full_stop_set_apart_by_width_is_a_headline() -> None:
    # A web title may close with 。 or a stray `.`: its lines stop short of the columns the texts on
    # both sides show, so the stop at its end does not make it a paragraph.
    page = (
        "乐陵涉黑团伙被连锅端\n\n"
        "本报讯（记者 王洋）日前，警方破获一起涉黑案\n件，抓获犯罪嫌疑人十余名，其中多人系表\n"
        "兄弟，均为山东乐陵郑店人，案件正在审理中。\n\n"
        "手机桌面的备份和锁\n定在哪里？怕孩子乱动。\n\n"
        "本报讯（记者 李明）不少家长发现，孩子拿起手机就乱点一\n通，桌面图标被拖得到处都是，"
        "有时还会误删\n重要的应用，于是想把桌面锁定起来，免得再被\n打乱。\n"
    )
    gang, phone = rebuild_page(page)
    assert phone.title.replace(" ", "") == "手机桌面的备份和锁定在哪里？怕孩子乱动。"
    assert nows(phone).startswith("不少家长") and phone.reporters == ["李明"]
    assert gang.title == "乐陵涉黑团伙被连锅端" and nows(gang).endswith("审理中。")


def test_title_with_a_stop_at_a_line_end_among_stacked_headlines_is_a_headline() -> None:
    # Headlines stacked at the page's end: a block between two headline blocks, its one full stop
    # ending a line, is a headline with its 副题, not a paragraph.
    page = (
        "本报讯（记者 王洋）日前，警方破获一起涉黑案\n件，抓获犯罪嫌疑人十余名，其中多人系表\n"
        "兄弟，均为山东乐陵郑店人，案件正在审理中。\n\n"
        "本报讯（记者 李明）不少家长发现，孩子拿起手机就乱点一\n通，桌面图标被拖得到处都是，"
        "有时还会误删\n重要的应用，于是想把桌面锁定起来，免得再被\n打乱。\n\n"
        "乐陵涉黑团伙被连锅端\n\n"
        "手机桌面的备份和锁\n定在哪里？怕孩子乱动。\n——家长们的烦恼\n\n"
        "安陆加急写项目实施\n方案公司-久久信息网\n\n"
        "责任编辑：刘萱\n"
    )
    titles = [article.title.replace(" ", "") for article in rebuild_page(page)]
    assert "手机桌面的备份和锁定在哪里？怕孩子乱动。" in titles


def test_short_paragraph_ending_in_a_stop_after_a_one_line_paragraph_stays_text() -> None:
    # The one-line paragraph before shows no column of its own: the page's usual width is no
    # evidence that the two lines stand apart, so they stay the text they are.
    page = (
        "桂林一医院被指乱收费\n\n"
        "本报讯（记者 王洋）小弟我这些日子发现身体有点不舒服，想去医院\n检查一下，"
        "当时心急在网上搜了一家医院，去了才知道上当了。\n\n"
        "妈的，我死的心都有了，才24啊。\n\n"
        "你做手术之前，医生热情得像你父母一样，一旦做\n完以后，什么都变了，就是哄着你交钱。\n\n"
        "医德何在？更谈什么救病治人啊。\n/记者 皇甫荣 报道\n"
    )
    [hospital] = rebuild_page(page)
    assert hospital.title == "桂林一医院被指乱收费" and "哄着你交钱" in nows(hospital)


def test_title_with_a_stop_at_the_page_start_over_a_credit_is_a_headline() -> None:
    # No text began before the page's first block: its one full stop, ending a line, does not make
    # it a paragraph when a credit opens the article under it.
    page = (
        "手机桌面的备份和锁\n定在哪里？怕孩子乱动。\n——家长们的烦恼\n\n"
        "□本报记者 李明 实习生 周伟\n不少家长发现，孩子拿起手\n机就乱点一通，桌面图标被\n"
        "拖得到处都是，有时还会误\n删重要的应用。\n"
    )
    [phone] = rebuild_page(page)
    assert phone.title.replace(" ", "") == "手机桌面的备份和锁定在哪里？怕孩子乱动。"
    assert phone.subtitle == "家长们的烦恼" and phone.reporters == ["李明"]


def test_title_with_a_stop_under_a_headline_over_a_punctuated_headline_is_a_headline() -> None:
    # Headlines stacked at the page's top: the block under a plain headline, over a headline that
    # carries a comma (so no plain heading block), is one more headline, its closing `.` aside.
    page = (
        "在做好基础工作的同时\n畲乡小城镇焕发新魅力\n\n"
        "为了女人插兄弟两刀还想洗白，\n被全网骂只能说你活该.\n\n"
        "要闻丨区委副书记、\n代区长赵雷走访慰问驻军部队\n\n"
        "本报讯（记者 王洋）廊桥文化带、廊桥文化公园，廊桥路灯、\n廊桥造型的垃圾房，走进素有桥乡之称的东\n"
        "坑镇，随处可见廊桥元素。\n\n"
        "大家好啊，我又是张四根儿。吐槽大会的新一季里，我发现很多\n嘉宾吐槽的套路就是旧事重提一番，企图在诙谐\n"
        "调侃的氛围下达成洗白的效果。 文/胡勇 图/朱丽\n\n"
        "本报讯（记者 卢宇）５月２３日上午，区委副书记、代区长赵雷\n与省军区首长进行了座谈交流，双方在军民\n"
        "融合等方面达成共识。\n"
    )
    from crawler.normalize.layout import layout

    heads = [element.lines for element in layout(page, titles=True) if element.role == "title"]
    assert heads[1] == ["为了女人插兄弟两刀还想洗白，", "被全网骂只能说你活该."]
    assert len(heads) == 3


def test_first_block_short_of_the_next_texts_column_is_a_headline() -> None:
    # The page opens with a headline over text that has no dateline or credit at its start: no text
    # began before it, and its lines stop short of the column the text shows.
    page = (
        "立即赶到现场\n铜仁两人暴力阻挠交警执法，\n涉嫌妨害公务被刑拘\n\n"
        "3月26日上午11时46分，新疆奎屯市公安消防大队接\n到报警称：农七师高级中学家属院内一垃圾堆起火，\n"
        "请求救援。奎屯市公安消防大队接到报警后立即调集\n两辆消防车赶赴现场处置。 /记者 唐然 报道\n"
    )
    [fire] = rebuild_page(page)
    assert fire.title.replace(" ", "") == "铜仁两人暴力阻挠交警执法，涉嫌妨害公务被刑拘"
    assert nows(fire).startswith("3月26日") and fire.reporters == ["唐然"]


def test_block_under_a_headline_short_of_the_next_texts_column_is_a_headline() -> None:
    # Headlines stacked over their texts: the block under a headline with its dashed 副题, its lines
    # short of the column the text after shows, is a second headline, not text.
    from crawler.normalize.layout import layout

    page = (
        "他拿跑车当玩具，开超跑上演\n亚洲首撞，车祸后直接换布加迪\n——不少人都怀疑他的驾驶证是怎么来的\n\n"
        "白羊座人的桃花光芒万丈\n五月：桃花逆袭，\n这三大星座将会邂逅完美爱情\n\n"
        "他拿跑车当玩具，开超跑上演亚洲首撞，车祸后直接换布加迪。不少人对\n于豪车的概念可能都说保时捷，"
        "劳斯莱斯，兰博基尼，而在\n富豪的眼中，这些都只是日常代步的工具而已。 文/李明 图/张强\n"
    )
    heads = [element.lines for element in layout(page, titles=True) if element.role == "title"]
    assert heads[1] == ["白羊座人的桃花光芒万丈", "五月：桃花逆袭，", "这三大星座将会邂逅完美爱情"]


def test_stop_ending_a_line_over_a_dashed_subtitle_keeps_the_headline() -> None:
    # A dashed 副题 marks a headline whatever follows; a `.` ending a line above it does not make
    # the block text.
    from crawler.normalize.layout import layout

    page = (
        "钢琴老师金麦克说，生活就是与艺术相伴，做音乐大师们最虔诚的教徒，是\n他对自己艺术之路的选择。"
        " /记者 陈雪晨 报道\n\n"
        "我又是张四根儿\n为了女人插兄弟两刀还想洗白，\n被全网骂只能说你活该.\n——企图在诙谐调侃的氛围下\n\n"
        "浙江音乐学院钢琴老师\n金麦克：生活就是与艺术\n——做音乐大师们最虔诚的教徒\n"
    )
    heads = [element.lines for element in layout(page, titles=True) if element.role == "title"]
    assert heads[0][1:3] == ["为了女人插兄弟两刀还想洗白，", "被全网骂只能说你活该."]


def test_stray_heading_over_a_short_last_line_with_a_stop_is_no_headline() -> None:
    # A line ending in a full stop at most half as wide as the line above it is a text's last words
    # under a stray heading, not the second line of a balanced headline.
    from crawler.normalize.layout import layout

    page = (
        "本报讯 该软件没有任何提醒就自动扣费。未经用户同意，\n在用户不知情的情况下扣取用户费用已达到获利的\n"
        "目的，我们已经多次联系客服都没有得到任何答复，\n只能向媒体求助。\n\n"
        "榆林榆阳机场二期扩建工程\n望帮助解决。\n\n"
        "华声在线提醒您：请理性评论、文明发言，勿发布\n违法和损害公序良俗的信息。我们将不予发表或删\n"
        "除可能引发法律纠纷和损害公序良俗的信息。\n"
    )
    heads = [element.lines for element in layout(page, titles=True) if element.role == "title"]
    assert not any("望帮助解决。" in lines for lines in heads)


def test_plain_line_over_a_wider_punctuated_one_between_heaped_headlines_is_a_headline() -> None:
    # Headlines heaped at the page's end: the middle block, a plain line over a wider one with a
    # colon, would read as a heading over the last line of some text; between two headlines no text
    # began that its second line could end.
    page = (
        "本报讯（记者 武婷）宝鸡市抽检发现两家超市的散装蔬菜农药残留超标，\n"
        "长岭超市销售的散装小西芹毒死蜱检出值超标，已责令下架。\n\n"
        "□本报记者 余艳建\n"
        "据台湾媒体1月1日报道，蔡英文元旦出席升旗典礼时遭遇抗议，\n"
        "岛内“独派”人士高呼“蔡英文下台”的口号。\n\n"
        "本报讯 人们都说青春期是少女发育的关键时期，中医推荐酒酿蛋丰胸。\n"
        "/记者 金力桂 报道\n\n"
        "宝鸡两家超市\n散装蔬菜农药残留超标\n\n"
        "蔡英文元旦升旗遇抗议\n岛内“独派”高呼：蔡英文下台\n\n"
        "青春期少女丰胸，中医教你做酒酿蛋\n"
    )
    veg, flag, egg = rebuild_page(page)
    assert flag.title.replace(" ", "") == "蔡英文元旦升旗遇抗议岛内“独派”高呼：蔡英文下台"
    assert flag.reporters == ["余艳建"] and nows(flag).endswith("的口号。")
    assert veg.title.startswith("宝鸡") and egg.title.startswith("青春期")


def test_headline_ending_in_an_ellipsis_of_dots_is_no_sentence_ended() -> None:
    # 发生在这里...... trails off with a run of dots, an ellipsis, not a full stop: the block is a
    # punctuated headline (its comma kept it from being a plain one), not a short paragraph.
    page = (
        "本报讯（记者 吕全梦）今天下午四点多，朋友圈疯狂转发一段车祸视频，\n"
        "一辆轿车在临清市区路口与电动车相撞，所幸无人受伤。\n\n"
        "本报讯 随着汽车的普及，很多车主喜欢在车内放一些物品，\n"
        "可是有三件物品只要带上车就算违章。 /记者 朱娟雪 报道\n\n"
        "临清今天下午疯传的车祸\n视频，发生在这里......\n\n"
        "车主注意：这3件物品带上车就算违章\n"
    )
    crash, car = rebuild_page(page)
    assert crash.title.replace(" ", "") == "临清今天下午疯传的车祸视频，发生在这里......"
    assert crash.reporters == ["吕全梦"] and car.reporters == ["朱娟雪"]


def test_plain_line_over_a_wider_punctuated_one_ending_a_heap_of_headlines_is_a_headline() -> None:
    # The last block of the page, under another headline: no text began that its second line ends.
    page = (
        "本报讯（记者 叶桂）前几天去美莱整形说去做线雕，医生推荐用超声刀，\n"
        "结果手术失败，该院非法使用未注册的医疗器械已有多年。\n\n"
        "本报记者 令狐福波\n"
        "城市晚报讯 每一次工业化的发展，都让空气中的细小微粒大量聚集，\n"
        "肺部的负担越来越重，不妨多喝一点胎菊泡的水，它是肺的清道夫。\n\n"
        "长沙美莱手术失败\n非法使用未注册医疗器械\n\n"
        "肺的天然“清道夫”找着\n了，每天泡水喝，赶走体内老烟毒！\n"
    )
    surgery, lungs = rebuild_page(page)
    assert lungs.title.replace(" ", "") == "肺的天然“清道夫”找着了，每天泡水喝，赶走体内老烟毒！"
    assert lungs.reporters == ["令狐福波"] and nows(lungs).endswith("清道夫。")
    assert surgery.title.startswith("长沙美莱") and surgery.reporters == ["叶桂"]


def test_short_block_wider_than_the_open_texts_column_is_another_articles_text() -> None:
    # The lead at the top runs wide; its rest, two full lines and a remainder (too few to measure a
    # column by), stands after the other article's ended text, 22 cells wide against that text's
    # 14: lines never print wider than their column, so the block is not that text's.
    page = (
        "晨报讯（记者 高翔）昨日早上七点多，一辆出租车在长江大桥上逆行，\n"
        "严重影响了桥面通行，所幸交警正在附近巡逻，及时赶到将车拦下。\n\n"
        "本报记者 周晨\n"
        "城南老街的居民在屋后开出了\n"
        "一片菜园，种上了青菜、萝卜\n"
        "和葱蒜，邻里之间常常互相送\n"
        "菜，谁家有事，大家都来帮忙，\n"
        "日子过得很热闹。\n\n"
        "交警提醒大家，通过快速路前往体育场路的车辆，\n"
        "只能从西坝上桥，出租车司机因逆行被处以罚款\n"
        "二百元。\n\n"
        "老街坊的菜园子\n\n"
        "出租车大桥上逆行被罚\n"
    )
    articles = {a.title: a for a in rebuild_page(page)}
    assert set(articles) == {"老街坊的菜园子", "出租车大桥上逆行被罚"}
    garden, taxi = articles["老街坊的菜园子"], articles["出租车大桥上逆行被罚"]
    assert garden.reporters == ["周晨"] and nows(garden).endswith("日子过得很热闹。")
    assert taxi.reporters == ["高翔"] and nows(taxi).endswith("罚款二百元。")


# Headlines printed right over their own bodies, no blank line under them (a PDF text layer's
# plainest layout): a dateline, or a head credit, opens the line under each.
HEADS_OVER_BODIES = """\
春城晚报  C06  区县新闻

城区三条主干道改造工程
下月全面完工
春城晚报宝鸡讯　记者从市住建局获悉，城区三条主干道的改造工程
已进入收尾阶段，预计下月全面完工。届时沿线交通拥堵状况将明显
改善，市民出行更加便利。
市住建局有关负责人介绍，工程完工后将同步开展绿化提升。 /记者 陈强 报道
女子手刃丈夫放火焚尸，逃亡两天
后被捕，问其原因竟是家庭琐事
本报记者 诸葛浩
本报讯　陕西一女子因家庭琐事，竟将自己丈夫杀害并放火焚尸，
逃亡两天后在邻县被警方抓获。目前，案件正在进一步审理中。
"""


def test_headline_right_over_its_dateline_is_the_title() -> None:
    articles = rebuild_page(HEADS_OVER_BODIES)
    assert ["".join(a.title.split()) for a in articles] == [
        "城区三条主干道改造工程下月全面完工",
        "女子手刃丈夫放火焚尸，逃亡两天后被捕，问其原因竟是家庭琐事",
    ]
    assert articles[0].dateline.startswith("春城晚报宝鸡讯")
    assert nows(articles[0]).startswith("记者从市住建局获悉")
    assert articles[1].reporters == ["诸葛浩"]
    assert nows(articles[1]).startswith("陕西一女子")


def test_headline_cut_short_with_its_ellipsis_on_a_line_alone_is_a_headline() -> None:
    # A web title cut short (…可再生能源发展 ...) runs wider than a headline's line, and its ellipsis
    # wraps alone onto the next line: the block is a headline, not text running into the next block.
    page = (
        "■记者 许国\n"
        "本报讯 城南老街的居民在屋后开出了\n"
        "一片菜园，种上了青菜、萝卜和葱蒜，\n"
        "邻里之间常常互相送菜，谁家有事，大\n"
        "家都来帮忙，日子过得很热闹。\n\n"
        "城南老街居民屋后开出菜园子，邻里之间常常互相送菜过得热闹\n"
        "...\n\n"
        "今年春季，市区多条公交线路调整了首末班时间，\n"
        "方便早出晚归的市民乘车。公交公司表示，线路调\n"
        "整前征求了沿线居民的意见，今后还将根据客流变\n"
        "化继续优化班次。 文/吕轩霞 图/林怡文\n\n"
        "公交线路调整首末班时间\n"
    )
    articles = {a.title: a for a in rebuild_page(page)}
    assert set(articles) == {
        "城南老街居民屋后开出菜园子，邻里之间常常互相送菜过得热闹...",
        "公交线路调整首末班时间",
    }
    bus = articles["公交线路调整首末班时间"]
    assert bus.reporters == ["吕轩霞"] and nows(bus).startswith("今年春季")


def test_headline_between_one_line_paragraphs_is_measured_against_their_texts_column() -> None:
    # Paragraphs stand between blank lines, the ones around the headline one line each: their own
    # column (22 cells) shows in the paragraphs beyond them, not the page's usual width (16 cells,
    # the other article's). The block ending no sentence, short of that column, is a headline, not
    # the text's column break into "6、…".
    page = (
        "本报讯 电动自行车骑行者请注意以下事项，一旦造成交通事\n"
        "故，同其他重量级的机动车相比损失更大，务必遵守规则。\n\n"
        "1、骑电动车时不可回头说话不看路，也不可以一边骑行一\n"
        "边低头看手机。\n\n"
        "5、电动车歪倒时，必须先拔出钥匙。\n\n"
        "有人提出了自己的疑惑：\n"
        "美航母首次电磁弹射舰载机只是骗局？\n"
        "专家解读：白宫为何要撒谎\n\n"
        "6、下雨天必须慢速行驶，不骑水多的地方。\n\n"
        "7、在十字路口或者分叉的地方必须慢速行驶，看看其余道\n"
        "路是否有车或者人穿出。\n\n"
        "电动车骑行注意事项\n\n"
        "　　去年七月，美国海军最新的一\n"
        "艘航空母舰完成了第一次舰载机\n"
        "的电磁弹射实验，但是有人提出\n"
        "了自己的疑惑，这次所谓的电磁\n"
        "弹射极有可能是一次骗局，白宫\n"
        "为何要撒谎，专家作了解读。\n"
        "记者 马冬宇\n"
    )
    articles = {a.title: a for a in rebuild_page(page)}
    assert len(articles) == 2 and "电动车骑行注意事项" in articles
    bike = articles["电动车骑行注意事项"]
    assert nows(bike).endswith("看看其余道路是否有车或者人穿出。") and "美航母" not in nows(bike)
    ship = next(a for t, a in articles.items() if t != "电动车骑行注意事项")
    assert ship.reporters == ["马冬宇"] and nows(ship).startswith("去年七月")


def test_headline_over_a_reporter_and_intern_credit_is_the_title() -> None:
    # A credit naming its people (记者 X 实习生 Y) under the headline lines heads the text below it:
    # it is neither bracketed nor closing by its grammar (/X 报道), and text follows it.
    page = (
        "城区三条主干道改造工程\n"
        "下月全面完工\n"
        "本报记者 陈强\n"
        "本报讯　记者从市住建局获悉，城区三条主干道的改造工程\n"
        "已进入收尾阶段，预计下月全面完工。届时沿线交通拥堵状况将明显\n"
        "改善，市民出行更加便利。\n"
        "\n"
        "12月警示！河南一化企发生\n"
        "中毒事件致3人死亡\n"
        "记者 吕然佳 实习生 潘磊丽\n"
        "黔东南日报讯　12月9日下午，孟津县安全生产监督管理局发布\n"
        "《关于对永龙能化公司有关情况的通报》，4名当班劳务工发生\n"
        "疑似中毒，目前事故原因还在调查中。\n"
    )
    articles = rebuild_page(page)
    assert ["".join(a.title.split()) for a in articles] == [
        "城区三条主干道改造工程下月全面完工",
        "12月警示！河南一化企发生中毒事件致3人死亡",
    ]
    assert articles[1].reporters == ["吕然佳"]
    assert nows(articles[1]).startswith("12月9日下午")


def test_full_line_whose_word_runs_into_the_next_block_is_no_headline() -> None:
    # A paragraph's first line fills the column (19 cells) and breaks inside a word (围 / 绕) at the
    # column's foot; the block below goes on mid-sentence. A headline's line ends where a word ends:
    # the line is the text's, not a headline matched to the article.
    page = (
        "夜游航天馆\n\n"
        "本报讯（记者 皇甫佳）航天馆升级了票务系\n"
        "统，避免出现游客长时间排队，更换了网络\n"
        "设备，让游客可随时分享所见所闻，重新对\n"
        "展厅进行修缮，提升游客的参观体验感。\n\n"
        "这个航天主题博览体验园里所有的展览都会围\n\n"
        "绕航天这个主题，集游乐体验、科普教育\n"
        "和休闲度假于一体。\n"
    )
    (article,) = rebuild_page(page)
    assert article.title == "夜游航天馆" and article.reporters == ["皇甫佳"]
    assert nows(article).endswith("所有的展览都会围绕航天这个主题，集游乐体验、科普教育和休闲度假于一体。")


def test_one_long_headline_line_over_its_dateline_is_the_title() -> None:
    # A web title printed on one line, wider than a deck's line, right over its dateline.
    page = (
        "华阴市真实信用卡专业代办、额度大，下卡快欢迎您咨询办理\n"
        "本报讯　温馨提示：近期有不法分子冒充银行工作人员，以代办信用卡\n"
        "为名骗取钱财，市民办理业务请认准银行官方渠道，切勿轻信。\n"
        "\n"
        "城区三条主干道改造工程\n"
        "下月全面完工\n"
        "本报记者 陈强\n"
        "本报讯　记者从市住建局获悉，城区三条主干道的改造工程\n"
        "已进入收尾阶段，预计下月全面完工。届时沿线交通拥堵状况将明显\n"
        "改善，市民出行更加便利。\n"
    )
    articles = rebuild_page(page)
    assert ["".join(a.title.split()) for a in articles] == [
        "华阴市真实信用卡专业代办、额度大，下卡快欢迎您咨询办理",
        "城区三条主干道改造工程下月全面完工",
    ]
    assert nows(articles[0]).startswith("温馨提示")


def test_one_wide_line_set_apart_over_a_head_credit_is_the_title() -> None:
    # A web title on one line of its own (too wide for a deck's line, several exclamations), set
    # apart between an ended text and the head credit and dateline of the article it heads.
    page = (
        "城区三条主干道改造工程\n"
        "下月全面完工\n"
        "本报记者 陈强\n"
        "本报讯　记者从市住建局获悉，城区三条主干道的改造工程\n"
        "已进入收尾阶段，预计下月全面完工。届时沿线交通拥堵状况将明显\n"
        "改善，市民出行更加便利。\n"
        "\n"
        "中央媒体报道！判刑！罚款！兰陵县这些人污染环境，自食恶果！\n"
        "\n"
        "■本报记者 余志轩 通讯员 雷萍\n"
        "新华社临沂4月20日电　兰陵县两家企业违法排放污水，负责人被判刑并处\n"
        "罚金，企业承担生态环境损害赔偿责任，污染不再由政府买单。\n"
    )
    articles = rebuild_page(page)
    assert ["".join(a.title.split()) for a in articles] == [
        "城区三条主干道改造工程下月全面完工",
        "中央媒体报道！判刑！罚款！兰陵县这些人污染环境，自食恶果！",
    ]
    assert articles[1].reporters == ["余志轩"]


def test_one_wide_line_alone_at_the_page_foot_after_an_ended_text_is_a_headline() -> None:
    # Headlines heaped at the page's foot: the last one, a web title too wide for a deck's line,
    # stands alone after a text that ended, with nothing below it to continue.
    page = (
        "本报讯　党的十八届三中全会指出，要加快构建新型农业经营体系，赋予\n"
        "农民更多财产权利。近年来，一些地方通过资源变资产、资金变股金、\n"
        "农民变股东改革探索，极大地促进了农业适度规模经营。\n"
        "\n"
        "中共中央国务院关于加大改革创新力度加快农业现代化建设的若干意见\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "中共中央国务院关于加大改革创新力度加快农业现代化建设的若干意见"
    assert nows(article).startswith("党的十八届三中全会指出")


def test_a_paper_named_kan_opens_a_dateline_under_its_headline() -> None:
    # Papers are 晨刊 and 周刊 too (皖南晨刊邢台讯): the dateline opens the article under the headline.
    page = (
        "中国人寿违规选人用人\n"
        "4个月内集中提拔干部百余人\n"
        "皖南晨刊邢台讯（记者丁然超 通讯员刘军芳）11月15日，国寿集团\n"
        "公司党委通报了违规选人用人问题，涉及干部百余人，相关责任人已\n"
        "被严肃问责。\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "中国人寿违规选人用人4个月内集中提拔干部百余人"
    assert article.dateline.startswith("皖南晨刊邢台讯")
    assert article.reporters == ["丁然超"]


def test_one_line_set_apart_after_a_closing_byline_is_a_headline() -> None:
    # Headlines under their bodies: after an article's closing byline, a line standing alone with no
    # full stop, into which the block below does not run on, heads what follows; a line of marks
    # alone (？？) is no headline.
    page = (
        "本报讯　市住建局获悉，城区三条主干道的改造工程已进入收尾阶段，预计\n"
        "下月全面完工，届时沿线交通拥堵状况将明显改善。 /记者 陈强 报道\n"
        "\n"
        "中央媒体报道！判刑！罚款！兰陵县这些人污染环境，自食恶果！\n"
        "\n"
        "兰陵县两家企业违法排放污水，负责人被判刑并处罚金，企业承担生态\n"
        "环境损害赔偿责任，污染不再由政府买单。 /记者 李明 报道\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["", "中央媒体报道！判刑！罚款！兰陵县这些人污染环境，自食恶果！"]
    assert nows(articles[1]).startswith("兰陵县两家企业")


def test_dashed_subtitle_under_a_plain_title_line_after_a_byline_is_a_headline() -> None:
    # A 副题 opened by a dash may be wider than the 主题 above it and carry commas: text never opens a
    # line with a dash after a short one, so the two lines are a headline, not the last line of a text.
    page = (
        "本报讯　市交通局获悉，城区三座过街天桥的\n"
        "加固工程已经完工，行人通行恢复正常。 /记者 许文 报道\n"
        "\n"
        "老街区换新颜带动夜市客流翻番\n"
        "——改造后的步行街每晚接待市民游客、外地旅行团上万人次\n"
        "\n"
        "本报讯　老城区步行街改造完成后，夜市客流比\n"
        "去年同期翻了一番，沿街商户营业额明显增长。\n"
        "街道办表示，将继续完善停车和照明等配套设\n"
        "施，方便市民夜间出行。 /记者 黄敏 报道\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["", "老街区换新颜带动夜市客流翻番"]
    assert articles[1].subtitle == "改造后的步行街每晚接待市民游客、外地旅行团上万人次"
    assert nows(articles[1]).startswith("老城区步行街改造完成后")


def test_plain_line_over_a_wider_punctuated_one_after_a_closing_byline_is_one_headline() -> None:
    # After a byline the text above has closed, so a short plain line over a wider line with a comma is
    # no heading over the last line of some text: both are one headline (a title broken in two).
    page = (
        "本报讯　今年以来，全市新增城市绿地一百二十\n"
        "公顷，建成口袋公园三十余处，市民出门见绿\n"
        "的愿望正逐步实现。 /记者 周平 报道\n"
        "\n"
        "清代永济桥\n"
        "修缮完工，老桥重新向行人开放\n"
        "\n"
        "新华社柳州5月8日电 始建于清代的永济桥近日完成\n"
        "修缮，工匠们按照传统工艺更换了腐朽的木构件，\n"
        "老桥重新向行人开放。 /记者 唐杰 报道\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["", "清代永济桥修缮完工，老桥重新向行人开放"]
    assert nows(articles[1]).startswith("始建于清代的永济桥")


def test_two_line_headline_ending_in_a_tilde_stands_apart_from_the_texts_around_it() -> None:
    # A web headline may end in a tilde (…来了~): a flourish ending its sentence, not a range's dash
    # that a line breaks after (3~ / 5米), so nothing runs on from it into the text below.
    page = (
        "本报讯　市气象台预计，本周后期将有一次明显降温过程，最低气温\n"
        "可降至零下五度，请市民注意添衣保暖，出行注意安全。 /记者 唐文 报道\n"
        "\n"
        "寒潮来袭，周末出行\n"
        "要注意什么？攻略来了~\n"
        "\n"
        "受强冷空气影响，周末全市将出现大风降温天\n"
        "气，部分路段可能结冰。交警部门提醒驾驶员\n"
        "减速慢行，保持安全车距，雨雪天气尽量选择\n"
        "公共交通出行。 /记者 钱涛 报道\n"
    )
    articles = rebuild_page(page)
    assert "".join(articles[-1].title.split()) == "寒潮来袭，周末出行要注意什么？攻略来了~"
    assert nows(articles[-1]).startswith("受强冷空气影响")


def test_heap_of_one_line_web_titles_at_the_page_foot_are_all_headlines() -> None:
    # Headlines heaped at the page's foot, each alone on its line: one wider than a deck's line and
    # with commas or two exclamations is still one of the heap, beside the other headlines.
    page = (
        "本报讯　城南新区首批人才公寓昨日交付，两百余名青年人才拎包入住，\n"
        "公寓配有健身房、自习室和共享厨房。 /记者 孟凡 报道\n"
        "\n"
        "新华社岳阳3月2日电 洞庭湖区今春首批候鸟监测结果公布，越冬候\n"
        "鸟数量比去年增加一成，白鹤、小天鹅等珍稀鸟类在保护区集中栖息。\n"
        "\n"
        "本报讯　市急救中心昨日启用新的指挥调度系统，急救车到达现场的\n"
        "平均时间缩短了三分钟，市民呼救等待时间明显减少。\n"
        "\n"
        "城南新区首批人才公寓交付，两百余名青年人才拎包入住健身自习样样有\n"
        "\n"
        "越冬候鸟数量增一成！白鹤小天鹅来了！\n"
        "\n"
        "急救调度系统启用，到场时间缩短三分钟\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == [
        "城南新区首批人才公寓交付，两百余名青年人才拎包入住健身自习样样有",
        "越冬候鸟数量增一成！白鹤小天鹅来了！",
        "急救调度系统启用，到场时间缩短三分钟",
    ]


def _set_in_column(text: str, width: int) -> str:
    """Wrap a paragraph at ``width`` characters, as a column of print text does."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"


def test_subhead_over_text_in_the_same_column_stays_in_the_text() -> None:
    # A line set apart between two blocks of one text, both in the same column, after a full stop and
    # with no byline closing the text above: a subhead of that text, not another article's headline.
    page = (
        _set_in_column(
            "本报讯　本周六起，城区公交线路将迎来一次较大调整，共有十二条线路优化走向，新开通三条社区"
            "微循环线路，方便居民就近乘车，减少换乘次数，让市民出行更加便捷。",
            22,
        )
        + "\n新开线路一览表\n\n"
        + _set_in_column(
            "微循环一号线从火车站出发，途经人民路、解放路和滨江路，终点为滨江公园，全程约九公里，首末"
            "班时间分别为早上六点半和晚上九点，高峰时段每十分钟一班。",
            22,
        ).rstrip("\n")
        + " /记者 乔林 报道\n\n公交线路本周六起调整\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "公交线路本周六起调整"
    assert "新开线路一览表" in article.paragraphs
    assert article.reporters == ["乔林"]


def test_exclaiming_headline_between_texts_of_two_columns_heads_the_text_below() -> None:
    # A lone line that exclaims is a paragraph of the open text where that text may go on below it; over
    # a text set in another column than the open text's it is a headline, even on a page whose other
    # headlines stand in a heap (where a question over text in the same column stays a paragraph).
    museum = (
        "市博物馆今年共举办临时展览十二场，接待观众六十余万人次，其中青少年观众占三成，研学活动广受欢迎。"
        "明年博物馆还将推出夜间开放和线上展厅，让更多市民走进博物馆。"
    )
    marathon = (
        "为保障马拉松赛事顺利进行，本周六早上六点至中午十二点，城区人民路、解放路等路段将实行交通管制，"
        "请过往车辆提前绕行。"
    )
    heap = "\n市博物馆全年接待观众六十余万人次\n\n公园湖面结冰请勿上冰\n"
    ice = _set_in_column(
        "本报讯　连日降温，城区各公园湖面陆续结冰，但冰层厚度不足，管理处提醒市民切勿上冰嬉戏。", 24
    )

    def page(width: int) -> str:
        closure = _set_in_column(marathon, width).rstrip("\n") + " /记者 冯亮 报道\n\n"
        return _set_in_column(museum, 18) + "\n城区这些路段周末限行！\n\n" + closure + ice + heap

    articles = rebuild_page(page(12))
    closure = next(a for a in articles if a.reporters == ["冯亮"])
    assert closure.title == "城区这些路段周末限行！"
    assert nows(closure).startswith("为保障马拉松赛事")
    # The closure set in the museum text's column: the line is a paragraph or subhead of that text.
    assert all(a.title != "城区这些路段周末限行！" for a in rebuild_page(page(18)))


def test_text_line_cut_by_a_column_break_beside_a_headline_is_no_headline() -> None:
    # A line alone whose word runs on into the block below (…担心火势扩大所 / 以很多居民…) is a piece of
    # text a column break cut off, even beside an interleaved headline.
    page = (
        "本报讯　昨日下午，城东一处仓库起火，消防\n"
        "部门接警后迅速出动，火势很快得到控制。\n"
        "\n"
        "城东仓库突发火情无人受伤\n"
        "\n"
        "由于现场浓烟较大，附近居民十分担心火势扩大所\n"
        "\n"
        "以纷纷拨打了报警电话，消防员到场后用\n"
        "了半个小时将明火全部扑灭，现场没有人\n"
        "员受伤，起火原因正在进一步调查之中，\n"
        "仓库负责人已被带回配合调查。 /记者 石磊 报道\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["城东仓库突发火情无人受伤"]
    assert "火势扩大所以纷纷拨打" in nows(articles[0])


def test_article_left_without_a_headline_takes_the_only_one_that_shares_its_wording() -> None:
    # One line too many reads as a headline (a subhead set apart at a text's end), so headlines outnumber
    # articles; an article that only one leftover headline shares any rare wording with takes it.
    from crawler.normalize.headlines import assign

    scores = [
        [0.30, 0.00, 0.01],
        [0.00, 0.25, 0.00],
        [0.00, 0.00, 0.03],  # its own article's words, weakly: below MIN_SCORE
        [0.00, 0.08, 0.00],  # a subhead of the second article, read as a headline
    ]
    assert assign(scores) == {0: 0, 1: 1, 2: 2}
    # Two leftover headlines sharing wording with the article: neither is taken by elimination.
    scores[3][2] = 0.02
    assert assign(scores) == {0: 0, 1: 1}


def test_last_resort_headlines_take_only_the_articles_the_others_leave() -> None:
    # Row 1 (a line that may be its text's cut-off start) fits article 0 best; as a last resort it is
    # paired only after row 0 has taken article 0, with the article left over.
    from crawler.normalize.headlines import assign

    scores = [[0.20, 0.00], [0.35, 0.10]]
    assert assign(scores) == {0: 1, 1: 0}
    assert assign(scores, last_resort={1}) == {0: 0, 1: 1}
    # Nothing left that it shares wording with: it stays unpaired (and goes back on its text).
    assert assign([[0.20], [0.35]], last_resort={1}) == {0: 0}


def test_lead_without_dateline_or_byline_displaced_to_the_foot_rejoins_its_body() -> None:
    # An article printed with neither dateline nor byline has its first paragraph set apart at the
    # page's foot; the other article, credited in its dateline, is closed by no byline either. The
    # headlines call for one join: the displaced paragraph goes before the text that says what it
    # says (the library), not after the article that merely stands open above it (the farm machines).
    page = "\n".join(
        [
            "农机下乡检修忙",
            "河东春耕机械化率将超九成",
            "",
            "社区图书馆推迟闭馆",
            "夜读居民多了",
            "",
            "　　本报讯（记者 王文涛）连日来，河东县",
            "农机部门组织技术人员下乡，为种粮大户检修",
            "拖拉机和播种机，农机手们忙着调试机具，田",
            "间一派春耕景象。",
            "　　县农机站站长介绍，今年全县新增大中型",
            "农机具一百二十台，春播机械化率有望超过九",
            "成。",
            "",
            "　　记者晚上八点走进社区图书",
            "馆，阅览室里坐满了读者，有人在",
            "查资料，有人在给孩子读绘本。",
            "　　图书馆管理员说，延长开放时",
            "间以后，每晚来馆读书的居民有四",
            "五十人，借书量比过去多了一倍。",
            "",
            "　　为方便上班族下班后读书，城南街道社区图书馆从本月",
            "起把闭馆时间推迟到晚上九点，夜间来馆的读者明显多了。",
        ]
    )
    farm, library = rebuild_page(page)
    assert farm.title.replace(" ", "") == "农机下乡检修忙河东春耕机械化率将超九成"
    assert farm.reporters == ["王文涛"]
    assert nows(farm).endswith("春播机械化率有望超过九成。")
    assert (library.title.replace(" ", ""), library.reporters) == ("社区图书馆推迟闭馆夜读居民多了", [])
    assert nows(library).startswith("为方便上班族下班后读书，")
    assert nows(library).endswith("借书量比过去多了一倍。")


def test_wider_second_line_the_text_says_as_a_clause_is_the_subtitle() -> None:
    # Not 1.4 times wider, yet said whole as one of the text's clauses (a 副题 states its facts in its
    # words) and not in one run with the line above: the 副题. Said nowhere, it goes on the 主题.
    from crawler.normalize.headlines import read_headline

    text = "历时3年建设的滨江绿道全线贯通，沿线新建驿站12座。市民骑行一圈约需两小时。"
    lines = ["绿道贯通市民添新去处", "历时3年建设的滨江绿道全线贯通"]
    assert read_headline(lines, text) == ("", "绿道贯通市民添新去处", "历时3年建设的滨江绿道全线贯通")
    assert read_headline(["绿道贯通市民添新去处", "3年建成的滨江绿道沿途风景如画"], text)[2] == ""
    # Without figures a second line the text says may be the title's second part, as width reads it.
    words = text.replace("3", "三")
    assert read_headline(["绿道贯通市民添新去处", "历时三年建设的滨江绿道全线贯通"], words)[2] == ""


def test_lines_ending_in_a_byline_after_a_listing_comma_are_text_not_a_headline() -> None:
    # A list of units with no full stop, closed by a slash byline right after its last 、 (cleaning took
    # the space out): short lines, yet a headline carries no byline; they are the text's last lines.
    page = (
        "本报讯　本月市民热线共受理群众来电两千余件，办结率达到\n"
        "百分之九十八，群众满意度比上月有所提升，各单位回复\n"
        "速度明显加快，多数诉求在三个工作日内得到答复。\n"
        "\n"
        "按时回复的单位：市住建局、\n"
        "市交通局、市水务局、市城\n"
        "管局、市园林局、/记者 韦强 报道\n"
        "\n"
        "市民热线本月办结率达九成八\n"
    )
    from crawler.normalize.layout import _ends_in_byline

    assert _ends_in_byline("市交通局、市水务局、/记者 韦强 报道")
    assert not _ends_in_byline("市交通局、市水务局、市城管局")
    [article] = rebuild_page(page)
    assert article.title == "市民热线本月办结率达九成八"
    assert article.reporters == ["韦强"]
    assert "按时回复的单位：市住建局、市交通局" in nows(article)


def test_wider_line_carrying_a_dash_inside_goes_on_the_title_not_the_subtitle() -> None:
    # A 主题 in two lines whose second sets off its own explanation with a dash (``湖水虽暖`` /
    # ``冰面危险——江城12345市民热线提示第56期``): a 副题 is opened by its dash, a line carrying one
    # inside goes on the 主题, however much wider it runs and whatever figures it holds.
    from crawler.normalize.headlines import read_headline

    assert read_headline(["湖水虽暖", "冰面危险——江城12345市民热线提示第56期"]) == (
        "",
        "湖水虽暖冰面危险——江城12345市民热线提示第56期",
        "",
    )
    # Without the dash inside, a much wider second line with figures stays the 副题 (by width).
    assert read_headline(["湖水虽暖", "江城12345市民热线提示第56期冰面危险勿入"]) == (
        "",
        "湖水虽暖",
        "江城12345市民热线提示第56期冰面危险勿入",
    )


def test_headline_printed_in_its_datelines_block_heads_that_article_even_exclaiming() -> None:
    # Headlines set right over their texts, no blank line under them: an exclaiming line (点赞！…) over a
    # dateline in one block is no paragraph of the article the dateline opens but its headline, even
    # after a byline whose photographer's 摄 keeps the block from reading as set apart.
    page = (
        "江城春季招聘会今天在市会展中\n"
        "心开幕，三百多家用人单位带来\n"
        "岗位八千余个，招聘会将持续三\n"
        "天。\n"
        "/韦强 记者 郝丽 报道 摄\n"
        "\n"
        "点赞！一名游客在景区山顶突发疾病\n"
        "巡山队员接力背下山\n"
        "　　新华社昆明3月4日电 3月3日下午四点左右，一\n"
        "名游客在景区山顶突发疾病，巡山队员第一个\n"
        "赶到，背起游客往山下走，其他队员也陆续赶\n"
        "到接力。四十分钟后，游客被送上救护车。\n"
        "　　游客家属说，多亏了巡山队员，才没有耽误\n"
        "救治的时间。\n"
    )
    _, second = rebuild_page(page)
    assert second.title == "点赞！一名游客在景区山顶突发疾病 巡山队员接力背下山"
    assert nows(second).startswith("3月3日下午四点左右")


def test_headline_over_a_dateline_stub_heads_the_text_the_stub_opens() -> None:
    # A headline over a dateline that runs only into a stub (鲁网12月10日讯“大姨), a repeat of how another
    # text opens, heads that text: the stub is no article of its own, and the text it opens, printed
    # under its byline, takes the headline (it was left untitled, the stub titled).
    page = (
        "邪教害人害己已是人所共知的一个事实，那些冒\n"
        "用宗教、气功名义建立的邪教不仅诈骗信徒钱财，\n"
        "还煽动信徒闹事。\n"
        "\n"
        "本报记者 韩思华\n"
        "\n"
        "与患者为伴\n"
        "她是铁门里的心灵修复师\n"
        "鲁网12月10日讯“大姨\n"
        "\n"
        "本报记者 司徒鹏\n"
        "　　鲁网１２月１０日讯“大姨，咱们这里是美国白宫，马\n"
        "拉多纳带我来这里休养，你们负责照顾我。”你们见过\n"
        "像这样的一群人吗？这个特殊的群体正是赵圣兰服务的\n"
        "对象。作为精神科医生，她每天与患者为伴。\n"
    )
    articles = rebuild_page(page)
    opened = [a for a in articles if "咱们这里是美国白宫" in nows(a)]
    assert len(opened) == 1 and opened[0].title == "与患者为伴她是铁门里的心灵修复师"
    assert opened[0].reporters == ["司徒鹏"]
    assert not [a for a in articles if nows(a).endswith("大姨")]


def test_paragraph_citing_an_outlet_under_a_subhead_keeps_the_subhead_in_the_text() -> None:
    # 据…报道 opens no article inside an open one: the short line over it stays the article's own.
    from crawler.normalize.line_kinds import _over_dateline

    assert (
        _over_dateline(
            [("盘龙区温情迎接农民工返昆", False), ("据澎湃新闻报道，2月16日22时许，郑州市", False)]
        )
        == 0
    )
    assert (
        _over_dateline([("来了！早间新闻速递", False), ("本报3月4日讯（记者 龚彬）市气象台预计", False)]) == 1
    )


def test_subhead_opening_a_text_after_a_closed_one_is_its_headline() -> None:
    # A headline set right over a text with no dateline, after a byline closed the text above, reads
    # as a subhead; nothing before it on the page is its text, and the text under it says its words.
    page = (
        "江城春季招聘会今日开幕\n"
        "\n"
        "　　本报讯　江城春季招聘会今天在市会展中心开幕，三百多家\n"
        "用人单位带来岗位八千余个，招聘会将持续三天。/记者 韦强 报道\n"
        "\n"
        "巡山队员接力背下突发疾病游客\n"
        "三日下午，一名游客在景区山顶突发疾病，巡山队\n"
        "员第一个赶到，背起游客往山下走，其他队员也陆\n"
        "续赶到接力。四十分钟后，游客被送上救护车。游\n"
        "客家属说，多亏了巡山队员接力，才没有耽误救治\n"
        "的时间。/记者 郝丽 报道\n"
    )
    first, second = rebuild_page(page)
    assert first.title == "江城春季招聘会今日开幕"
    assert second.title == "巡山队员接力背下突发疾病游客"
    assert second.reporters == ["郝丽"]
    assert second.subheads == []
    assert nows(second).startswith("三日下午")


def test_web_title_run_on_one_line_over_a_dashed_subtitle_is_the_headline() -> None:
    # A web title printed on one line, wider than a deck's line and holding a comma, over a dashed 副题:
    # the dash marks the block a headline, so the wide line is its 主题, not a paragraph of text (the
    # 副题 alone was taken for the article's title).
    page = (
        "A7 专版 2020年4月26日 责任编辑：陈辉\n"
        "\n"
        "美国历史上的第一次反腐倡廉，五分之一的政府官员被撤换!\n"
        "——人们就把极其肮脏的地方称为\n"
        "\n"
        "本报记者 韦强\n"
        "　　一百多年前的美国，政府官员贪污受贿成风，人们就把极其\n"
        "肮脏的地方称为“政府”。一场反腐倡廉的运动由此兴起，五分\n"
        "之一的政府官员被撤换，公务员考试制度也从此确立。\n"
    )
    articles = [a for a in rebuild_page(page) if "反腐倡廉的运动" in nows(a)]
    assert len(articles) == 1
    assert articles[0].title == "美国历史上的第一次反腐倡廉，五分之一的政府官员被撤换!"
    assert articles[0].subtitle == "人们就把极其肮脏的地方称为"


def test_bare_web_title_over_a_bare_dashed_subtitle_is_the_headline() -> None:
    # The same with no mark closing either line (产业发展…不返贫 / ——深入定远县调研扶贫工作): text wrapped
    # at a dash would go on to its sentence's full stop; two such headlines heaped at the page's end.
    page = (
        "　　【本报讯】日前，市委书记张祥安深入定远县调研扶贫工作。他强调，要让产业\n"
        "发展成为贫困户增收的根本依托，确保实现稳定脱贫不返贫。\n"
        "\n"
        "　　【本报讯】各位朋友大家好，笔者作为一名乡村教师，给大家谈一下乡村小学开\n"
        "学前学校都需要做哪些准备，还要叮嘱学生每天要带好红领巾。\n"
        "\n"
        "乡村小学要开学了，学生到校之前，学校要为开学做哪些准备\n"
        "——叮嘱学生每天要带好红领巾\n"
        "\n"
        "产业发展成为贫困户增收的根本依托，确保实现稳定脱贫不返贫\n"
        "——深入定远县调研扶贫工作\n"
    )
    poverty, school = rebuild_page(page)
    assert poverty.title == "产业发展成为贫困户增收的根本依托，确保实现稳定脱贫不返贫"
    assert school.title == "乡村小学要开学了，学生到校之前，学校要为开学做哪些准备"

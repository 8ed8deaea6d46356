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


def test_question_over_a_slash_byline_ends_the_text_above_it() -> None:
    # 诚信何在？ stands after a blank line, but the slash byline under it closes a text: it is that
    # text's last line, not the headline of the article below.
    page = (
        "深圳孝道园诈骗敛财\n\n"
        "投资者认为清查小组不应该是他们内部人，应由\n"
        "上级政府审计局审计，才能查出资金的流向。\n"
        "公司说要给没有回本的会员退本，结果一拖再拖，\n"
        "最后又言而无信，想不了了之。\n\n"
        "诚信何在？\n"
        "/雷浩 黄荣秋 报道\n\n"
        "陆良一男子在水库垂钓不慎落水\n\n"
        "本报讯（记者 武亚彬）5月21日，昆明蓝天救援队接到求救电话，\n"
        "称陆良县板桥镇大坝冲水库有人落水。\n"
    )
    fraud, drowning = rebuild_page(page)
    assert fraud.title == "深圳孝道园诈骗敛财" and fraud.reporters == ["雷浩", "黄荣秋"]
    assert nows(fraud).endswith("想不了了之。诚信何在？")
    assert drowning.title == "陆良一男子在水库垂钓不慎落水" and drowning.reporters == ["武亚彬"]


def test_lines_without_commas_over_a_slash_byline_end_the_text_above_them() -> None:
    # Three short lines without a comma, ending in ！, read like a headline; the slash byline under
    # them in the same block says they close a text.
    page = (
        "派出所送不少人进牢里过年\n\n"
        "本报讯 近段时间南塘派出所在飓风行动中重拳出击，\n"
        "连续破获多起案件，抓获一批在逃嫌疑人。\n\n"
        "　　南塘派出所重拳出击虽然送了不少人进牢房过\n"
        "年却是让广大群众能过上平安幸福年依法履职宽严\n"
        "并济难怪老俵们说这样的派出所最有人情味！\n"
        "/令狐嘉 程昭振 报道\n\n"
        "明明上了保险 出了事故为何自己承担\n\n"
        "本报讯（记者石洁）深夜，一辆半挂货车撞倒了骑自行车逆行的人。\n"
    )
    police, insurance = rebuild_page(page)
    assert police.title == "派出所送不少人进牢里过年" and police.reporters == ["令狐嘉", "程昭振"]
    assert nows(police).endswith("这样的派出所最有人情味！")
    assert insurance.reporters == ["石洁"]


def test_lead_standing_alone_takes_its_body_back_from_the_article_it_ran_into() -> None:
    # The lead (dateline, credit, one paragraph) stands at the top; its body follows a byline-less
    # article in the same column width after a full stop, so that article had taken it.
    page = (
        "本报讯（记者 赵文思）萍乡一男子驾车肇事\n"
        "逃逸，致老人遭二次碾压身亡，日前被判刑。\n\n"
        "本报长沙讯 受社区之邀，越剧社一行数人\n"
        "奔赴美丽湖给社区居民们演出越剧，有的人\n"
        "四点不到就出门了，只为晚上的演出。演出\n"
        "改为在大厅进行，现场还是爆发出阵阵掌声！\n\n"
        "1月12日21时许，被告人吴某驾驶越野车从\n"
        "萍乡市区驶往老关镇，将骑自行车的老人撞\n"
        "倒后逃逸，尾随其后的车辆又碾压倒地的老\n"
        "人，造成老人当场死亡。吴某肇事逃逸，被\n"
        "法院以交通肇事罪判处有期徒刑。\n\n"
        "越剧进社区 美里社区欢迎你\n\n"
        "肇事逃逸后老人遭二次碾压致死\n"
    )
    crash, opera = rebuild_page(page)
    assert crash.title == "肇事逃逸后老人遭二次碾压致死" and crash.reporters == ["赵文思"]
    assert nows(crash).endswith("被法院以交通肇事罪判处有期徒刑。")
    assert opera.title == "越剧进社区 美里社区欢迎你"
    assert nows(opera).endswith("现场还是爆发出阵阵掌声！")


def test_slash_byline_right_after_a_closing_bracket_closes_the_text() -> None:
    # Cleaning took the space out between the text's own bracketed credit and the byline.
    from crawler.normalize.credits import split_tail

    rest, credits = split_tail("再次掀起工作新浪潮。（程远鹏）/记者 梁霞 报道")
    assert rest == "再次掀起工作新浪潮。（程远鹏）"
    assert credits is not None and credits.reporters == ["梁霞"]
    page = (
        "凉亭社区开展公厕专项评比\n\n"
        "麻城信息港讯 12月17日上午8时许，凉亭社区对辖区公厕的卫生\n"
        "情况逐一评比，再次掀起工作新浪潮。（程远\n"
        "鹏） /记者 梁霞 报道\n"
    )
    [toilets] = rebuild_page(page)
    assert toilets.reporters == ["梁霞"] and nows(toilets).endswith("新浪潮。（程远鹏）")


def test_words_run_into_a_byline_are_text_not_names() -> None:
    # A source line or a last phrase on the byline's line: the slash opens the byline, and words that
    # are nobody's names (很憋屈, 转载) before 文/ are no reporters.
    from crawler.normalize.credits import is_credit_line, parse_credit, split_tail

    assert not is_credit_line("来源：平安周口 /冯国 薛英平 报道")
    rest, credits = split_tail("随后民警将其送往医院救治。来源：平安周口 /冯国 薛英平 报道")
    assert rest == "随后民警将其送往医院救治。来源：平安周口"
    assert credits is not None and credits.reporters == ["冯国", "薛英平"]
    for line, reporter, photographer in (
        ("很憋屈 文/上官志 图/曾佳强", "上官志", "曾佳强"),
        ("转载： 文/宋娜　图/东方斌", "宋娜", "东方斌"),
    ):
        found = parse_credit(line)
        assert found is not None and found.reporters == [reporter] and found.photographers == [photographer]
    page = (
        "男子与妻吵架后跳下沙颍河\n\n"
        "本报讯 5月21日下午，周口大道附近有人落水，特警迅速赶到将其救起，\n"
        "随后民警将其送往医院救治。\n"
        "来源：平安周口 /冯国 薛英平 报道\n"
    )
    [river] = rebuild_page(page)
    assert river.reporters == ["冯国", "薛英平"]


def test_slash_credit_after_text_cut_off_at_a_comma_is_the_byline() -> None:
    # A web text stopped at a comma; 文/曹欣 图/李伟 on the next line goes on no sentence.
    page = (
        "谁认识这个骑电动车的女人\n\n"
        "忍不住在心里默默感慨：珍爱生命，电驴党们别太猖狂，要遵守交通规则啊！\n"
        "在恭城几乎人手都有一辆小电驴，\n"
        "文/曹欣　图/李伟\n"
    )
    [scooter] = rebuild_page(page)
    assert scooter.reporters == ["曹欣"] and scooter.photographers == ["李伟"]
    assert nows(scooter).endswith("一辆小电驴，")


def test_spaced_role_word_opens_a_byline_after_text_without_a_full_stop() -> None:
    # …有点儿大的.. 文/彭泽 图/蒋娜: no sentence end sets the byline apart, and page junk may stand
    # between the last sentence and the byline (编辑：徐学正相关新闻 文/王平超).
    from crawler.normalize.credits import split_tail

    rest, credits = split_tail("毕竟消防诈骗的数额还是有点儿大的.. 文/彭泽 图/蒋娜")
    assert rest == "毕竟消防诈骗的数额还是有点儿大的.."
    assert credits is not None and credits.reporters == ["彭泽"] and credits.photographers == ["蒋娜"]
    rest, credits = split_tail("等待他们的将是法律的严惩。编辑：徐学正相关新闻 文/王平超  图/谢辉洋")
    assert rest.endswith("相关新闻") and credits is not None and credits.reporters == ["王平超"]
    assert split_tail("他们说 文/图 都是假的，根本没有这回事")[1] is None


def test_paper_byline_after_a_text_closing_with_its_own_writer_credits_the_article() -> None:
    # The copied text closes with （黄敏）; the paper's byline under it is the article's credit, whether
    # its grammar closes (/记者 X 报道 Y 摄) or nothing follows it to open (文/X 图/Y over a headline).
    page = (
        "男人寿命长短看身高就知道\n\n"
        "　　新华社电 不少男生遗憾自己的个头不够高大，其实，矮个儿自有优势。\n"
        "先前也有研究显示相反结果，发现个高者更长寿。（黄敏）\n"
        "/记者 曾梅丽 报道 魏敏辉 摄\n\n"
        "移动4g打造镇江智慧生活\n\n"
        "　　本报讯 移动4g网络，搭配绚烂多彩的4g应用，让镇江市民感受到便捷。（杨欣）\n"
        "文/谢磊 图/蒋晨怡\n\n"
        "印度中央储备部队车队被袭\n\n"
        "　　本报讯 用事实告诉我们，印度并不太平。 /记者 曾海 报道\n"
    )
    tall, mobile, india = rebuild_page(page)
    assert tall.reporters == ["曾梅丽"] and tall.photographers == ["魏敏辉"]
    assert mobile.reporters == ["谢磊"] and mobile.photographers == ["蒋晨怡"]
    assert india.reporters == ["曾海"]


def test_spare_headline_cuts_a_text_that_ran_on_into_the_next_article() -> None:
    # A byline-less article and one opening without a dateline read as one text; the page's second
    # headline tells where the second starts. Its closing byline goes with it, also when the first
    # was credited at its head (■记者 X) and the byline stands alone over an editor line.
    first = (
        "　　据俄媒12月12日报道，玻利维亚圣克鲁斯市的数百名学生举行抗议\n"
        "活动，反对总统莫拉莱斯再次参选。示威者焚烧了当地的法院大楼。\n\n"
        "　　警方随后驱散了示威者，玻利维亚法院大楼损毁严重。\n\n"
    )
    second = (
        "　　互联网行业的岗位薪资一直是求职者关心的话题。数据显示，算法工程\n"
        "师的薪资最高，产品经理和前端开发的岗位薪资紧随其后。\n\n"
        "　　业内人士认为，互联网行业薪资差距还会拉大。"
    )
    headlines = "抗议总统连任！玻利维亚示威者焚烧法院大楼\n\n互联网行业什么岗位薪资最高你知道吗？\n\n"
    page = headlines + first.replace("　　据", "　　本报讯 据", 1) + second + " 文/邓刚晓 图/令狐玉\n"
    protest, pay = rebuild_page(page)
    assert (
        protest.title.startswith("抗议") and protest.reporters == [] and nows(protest).endswith("损毁严重。")
    )
    assert pay.title.startswith("互联网") and pay.reporters == ["邓刚晓"] and pay.photographers == ["令狐玉"]
    assert nows(pay).startswith("互联网行业的岗位薪资")
    page = (
        headlines
        + "■记者 沈霞\n"
        + first
        + second
        + "\n文/邓刚晓　图/令狐玉\n\n责任编辑：曹娜　美术编辑：刘瑞文\n"
    )
    protest, pay = rebuild_page(page)
    assert protest.reporters == ["沈霞"] and pay.reporters == ["邓刚晓"] and pay.photographers == ["令狐玉"]


def test_page_header_with_a_section_no_list_names_is_furniture() -> None:
    # A header line holds the page's number, section, date and paper in any order, full- or
    # half-width; its section may be one no list names (公益) beside the number and a full date.
    from crawler.normalize.furniture import is_page_furniture

    for line in (
        "A08　公益　2012年7月21日　星期一",
        "荆楚晚报　2012.06.16　公益　A04",
        "2012年7月5日 星期六 综合新闻 A09版",
    ):
        assert is_page_furniture(line), line
    for line in ("G20 峰会开幕", "G20峰会 9月4日", "A股 财经", "2012年7月21日"):
        assert not is_page_furniture(line), line
    page = (
        "Ａ０８　公益　２０１２年７月２１日　星期一\n\n"
        "江西遂川系列诈骗案被警方破获\n\n"
        "　　本报讯 ６月１１日，江西遂川县公安局在开展打击侵财性犯罪专项行动中，\n"
        "抓获４名涉嫌诈骗的犯罪嫌疑人。 /记者 卢敏宏 报道\n"
    )
    [article] = rebuild_page(page)
    assert article.title == "江西遂川系列诈骗案被警方破获" and article.reporters == ["卢敏宏"]


def test_bylines_broken_at_a_line_end_or_a_column_break_keep_every_name_whole() -> None:
    # A line end inside a name (/记者 夏侯 / 斌超 报道), a line end that was the only space between
    # two names (（吴雪　 / 尹亮文　崔兰）), and a column break inside a bracketed credit (（记者 尉迟斌英
    # 通讯员 / [blank] / 钱艳华）): each byline is read whole, and no half of it is a credit or a headline.
    page = (
        "烟台食品安全新规出台\n\n"
        "　　本报讯 烟台食品安全新规由烟台市人民政府印\n"
        "发，将在６月１５日正式实施。 /记者 夏侯\n斌超 报道\n\n"
        "壹基金救援联盟展开公益救援演习\n\n"
        "　　本报讯 壹基金救援联盟在广西南宁进行了公益救援演习。（吴雪　\n"
        "尹亮文　崔兰）\n\n"
        "安南结束对叙利亚的访问\n\n"
        "　　本报讯 安南已于３０日结束对叙利亚的访问，前往约旦进行外交斡\n"
        "旋。（记者 尉迟斌英 通讯员\n\n 钱艳华）\n"
    )
    food, drill, annan = rebuild_page(page)
    assert food.reporters == ["夏侯斌超"] and nows(food).endswith("正式实施。")
    assert drill.reporters == ["吴雪", "尹亮文", "崔兰"] and nows(drill).endswith("救援演习。")
    assert annan.reporters == ["尉迟斌英"] and annan.correspondents == ["钱艳华"]
    assert nows(annan).endswith("外交斡旋。")
    # A picture credit inside a head-credited text, its name broken (…/周 / 庆邦摄), closes nothing.
    page = (
        "香港警方打击网购诈骗拘64人\n\n"
        "□本报记者 苏磊杰 实习生 司马子\n"
        "　　据香港《大公报》报道，香港警方展开打击网上购物诈骗行动，拘捕64人。\n"
        "图片来源：香港《大公报》/周\n庆邦摄\n"
        "　　网上购物普及，香港涉及网络诈骗案件数目大幅上升。\n"
    )
    [police] = rebuild_page(page)
    assert police.reporters == ["苏磊杰"] and police.photographers == []
    assert nows(police).endswith("大幅上升。")
    # A whole name over a second credit line stays two people.
    [article] = rebuild_page("标题\n\n　　本报讯 正文在这里结束了。 /记者 张三\n李四 摄\n")
    assert article.reporters == ["张三"] and article.photographers == ["李四"]


def test_displaced_lead_takes_back_its_body_from_the_head_of_an_undated_article() -> None:
    # The lead (新华社…电, two paragraphs, an editor line under it) stands at the page's end; its body
    # opens the page and ran on into an article that opens without a dateline or credit. The text
    # before a block boundary goes to the lead; the byline-closed rest keeps its own article.
    page = (
        "公益短片《2032我们期望的未来》表达未来愿景\n——发布公益短片《2032我们期望的未来》\n\n"
        "烟台食品安全新规：种植环节出问题农业部门负责\n—— 该政策将于6月15日正式实施\n\n"
        "周迅表示：“我相信，每一个人的愿景\n"
        "和声音碰撞在一起，会激发出巨大的能\n"
        "量。”公益短片《2032我们期望的未来》\n"
        "拍摄中，摄影师肖全同期创作了所有志\n"
        "愿参演者的肖像作品。\n\n"
        "该政策将于6月15日正式实施。\n\n"
        "农业部门还要负责种植业农产品质量安全\n"
        "监测、风险评估和信息发布，依法查处农\n"
        "药生产经营和使用中的违法行为等。烟台\n"
        "市决定全面落实食品安全工作的责任制。\n\n"
        "该《意见》在6月9日由烟台市人民政府\n"
        "印发，将在6月15日正式实施。（吴雪　\n"
        "尹亮文　崔兰）\n\n"
        "新华社武汉6月22日电（记者白英） 现代传播携手联合国开发计\n"
        "划署，发布公益短片《2032我们期望的未来》，表达中国民\n"
        "众对未来的愿景。\n\n"
        "该片在里约峰会期间播出，著名演员周迅支持并参与拍摄，愿景短片\n感动了全球公众。\n\n"
        "本版编辑/马晓霞 美编/林艳明 校对/秦玉伟\n"
    )
    food, film = rebuild_page(page)
    assert food.title.startswith("烟台") and food.reporters == ["吴雪", "尹亮文", "崔兰"]
    assert nows(food).startswith("该政策将于6月15日正式实施。")
    assert film.title.startswith("公益短片") and film.reporters == ["白英"]
    assert nows(film).startswith("现代传播") and nows(film).endswith("肖像作品。")


def test_paper_byline_line_credits_a_text_that_closed_with_a_credit_of_its_own() -> None:
    # Copied texts close with credits of their own run on in the paragraph (谢子洋文/图, （编辑/邱玮倩）);
    # a reporter's byline on a line of its own under them is the article's. A photographer's line
    # that finishes a wrapped byline (…报道 / 吴杰 摄) adds to it and replaces nothing.
    page = (
        "茶油飘香暖人心\n\n"
        "　　本报讯 入冬后，各地榨油坊迎来生产旺季。谢子洋文/图\n"
        "/记者 罗雪思 报道\n\n"
        "涟源一男子入室盗窃被当场抓获\n\n"
        "　　本报讯 目前，谢某齐因盗窃罪已被依法刑事拘留。\n"
        "（编辑/邱玮倩） 文/司马瑞 图/贾英萱\n\n"
        "美国大肠杆菌6州扩散\n\n"
        "　　本报讯 如果腹泻，需彻底洗净双手，不为他人准备食物。 /记者 公孙丽刚 报道\n"
        "吴杰 摄\n"
    )
    oil, theft, ecoli = rebuild_page(page)
    assert oil.reporters == ["罗雪思"]
    assert theft.reporters == ["司马瑞"] and theft.photographers == ["贾英萱"]
    assert ecoli.reporters == ["公孙丽刚"] and ecoli.photographers == ["吴杰"]


def test_displaced_lead_joins_a_body_headed_by_a_reporter_of_the_paper_its_dateline_names() -> None:
    # The lead kept its dateline (潇湘晨报讯) at the page's top; its body opens with its reporter's line
    # naming that same paper (潇湘晨报记者 东方杰). 本报 names no one paper, so 本报记者 X heads its own text.
    page = (
        "潇湘晨报讯 “学习台北垃圾分类模式”要全面铺开，部分小区试行垃圾费“按袋计量征收”，\n"
        "厨余垃圾专袋收运。这是记者昨日从广州市城管委获悉的。\n\n"
        "广州试点垃圾袋实名制举措 按袋计量征收垃圾费\n\n"
        "小桔灯乡村小学图书馆计划启动\n\n"
        "潇湘晨报讯 《21世纪经济报道》联合东风标致共同推出了小桔灯乡村小学图书馆计划，\n"
        "为乡村地区儿童创造阅读条件，培养他们养成阅读习惯。（记者 林芳洋）\n\n"
        "潇湘晨报记者 东方杰\n"
        "在昨日的大会上，针对垃圾围城难题，广州市委、市政府已经形成决议，\n"
        "将在中山纪念堂召开动员大会，正式启动垃圾分类，垃圾费按袋计量收费。\n"
        "广州将于今年年底前选择小区试点垃圾袋实名制。\n"
    )
    garbage, library = rebuild_page(page)
    assert garbage.title.startswith("广州试点") and garbage.reporters == ["东方杰"]
    assert nows(garbage).startswith("“学习台北") and nows(garbage).endswith("实名制。")
    assert library.reporters == ["林芳洋"]
    from crawler.normalize.credits import crediting_paper

    assert crediting_paper("潇湘晨报记者 东方杰") == "潇湘晨报" and crediting_paper("本报记者 张三") == ""


def test_paper_and_app_lead_credits_its_reporter_not_the_paper() -> None:
    # 滕州日报·看度新闻 记者 沈杰仁 很多年 / 轻人…: the line ends inside the text's first word. The
    # paper·app is the dateline and 记者 X the credit, whatever the line end cut.
    page = (
        "男子唱歌时女友坠楼\n\n"
        "滕州日报·看度新闻 记者 沈杰仁 很多年\n"
        "轻人喜欢去ktv内消磨时光，特别是对于职\n"
        "场的工作人员来说，平时压力很大。\n\n"
        "小伙偷鱼打伤人被判刑\n\n"
        "大河报·大风新闻 记者 蒋利 小伙到他人承包\n"
        "的水库破冰盗捕鱼，离开时被工作人员发现，\n"
        "他用冰镩打伤一名工作人员逃离现场。\n"
    )
    ktv, fish = rebuild_page(page)
    assert ktv.title == "男子唱歌时女友坠楼" and ktv.reporters == ["沈杰仁"]
    assert ktv.dateline == "滕州日报·看度新闻" and nows(ktv).startswith("很多年轻人")
    assert fish.reporters == ["蒋利"] and nows(fish).startswith("小伙到他人")


def test_byline_wrapped_at_the_column_edge_closes_its_article() -> None:
    # ``/邓英雪 韩磊 报`` / ``道``: the byline broke inside 报道, so the last line alone reads as a text
    # broken off; the two last lines joined are the byline, and the headline below opens the next
    # article, though that opens with no dateline.
    page = (
        "拆迁款瘦身记\n\n"
        "本报讯 新一份的起诉书\n中，常恒光的罪名由涉嫌\n贪污更改为滥用职权。他失去\n自由的时间更长。\n\n"
        "又正是这场至今无果的控辩交\n锋，也让基层习以为常的拆迁\n违法链条，每一环每一扣，都\n"
        "暴露无遗。 /邓英雪 韩磊 报\n道\n\n"
        "联合国秘书长敦促叙利亚政府\n\n"
        "据外电报道，联合国秘书长潘\n基文31日敦促叙利亚政府尊重\n承诺，履行叙危机联合特使安南的和\n"
        "平计划。\n（曾颖志　公孙峰）\n"
    )
    money, syria = rebuild_page(page)
    assert money.reporters == ["邓英雪", "韩磊"] and nows(money).endswith("暴露无遗。")
    assert syria.title == "联合国秘书长敦促叙利亚政府" and syria.reporters == ["曾颖志", "公孙峰"]


def test_dateline_in_lenticular_brackets() -> None:
    from crawler.normalize.credits import dateline_at, split_head

    dateline, _, rest = split_head("【本报讯】 据外电报道，潘基文31日敦促叙利亚政府。")
    assert (dateline.text, dateline.paper, rest) == (
        "本报讯",
        "本报",
        "据外电报道，潘基文31日敦促叙利亚政府。",
    )
    dateline, _, _ = split_head("【新华社北京6月1日电】记者从有关部门获悉")
    assert (dateline.paper, dateline.place) == ("新华社", "北京")
    # Brackets that do not close on the dateline are no dateline's.
    assert not dateline_at("【本报讯 据外电报道") and not dateline_at("【本报评论员】今天")


def test_displaced_lead_joins_a_body_headed_by_its_credit_line_as_a_last_resort() -> None:
    # The lead (本报讯, one paragraph, no credit) was displaced to the page's end; its body opens with
    # the reporters' line (记者 欧阳玉然 实习生 苏兰红) and no dateline. No body without a head is
    # left for it, and the page has one headline fewer than fragments: the lead joins the credited
    # body that shares its wording (幸福, 家庭), not the other article.
    page = (
        "北京人幸福指数报告发布\n\n"
        "食品安全新规出台\n\n"
        "本报讯 烟台市政府日前印发关于食品安全的意见，明确各部门的监管责任。\n"
        "农业部门负责种植环节的农产品质量安全监管。（吴雪）\n\n"
        "记者 欧阳玉然 实习生 苏兰红\n"
        "报告显示，经济收入低、住房太小、居住环境差成为影响家庭幸福的三大因素。\n"
        "研究人员说，北京家庭的幸福感与收入和住房关系最大。\n\n"
        "【本报讯】 昨天，在北京市举办的家庭和谐主题报告会上，一份针对本市家庭幸福指数的研究结果发布。\n"
    )
    food, happy = rebuild_page(page)
    assert happy.title == "北京人幸福指数报告发布" and happy.reporters == ["欧阳玉然"]
    assert nows(happy).startswith("昨天，") and nows(happy).endswith("关系最大。")
    assert food.reporters == ["吴雪"]


def test_dateline_broken_at_the_column_edge_still_opens_and_credits_its_article() -> None:
    # 新华社武汉3月21日 | 电（记者 …）: the first line alone is no dateline, the two joined are.
    page = (
        "晒晒我的新房\n\n"
        "　　新华社武汉３月 ２１ 日\n"
        "电（记者 秦秋 慕容波磊）新\n"
        "家装修好，通风２个多月了，\n"
        "我打算下个月初就搬入新家。\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n"
    )
    house, homes = rebuild_page(page)
    assert house.dateline == "新华社武汉3月21日电" and house.reporters == ["秦秋", "慕容波磊"]
    assert nows(house).startswith("新家装修好") and homes.reporters == ["王洋"]


def test_bylines_inside_a_head_credited_text_close_the_articles_run_on_into_it() -> None:
    # Headlines heaped at the page's end; the first article is credited at its head (本报记者 蒋生胜),
    # and two byline-closed articles without datelines run on into it. Their bylines (one run on at a
    # paragraph's end, one a /X 报道 line, which only closes by its grammar) are held aside, not lost:
    # the cut the spare headlines call for gives each to the article it closes.
    page = (
        "本报记者 蒋生胜\n"
        "11月14日，博主“花总”在微博上爆料了五星酒店卫生乱象问题，引发了舆论大潮，迫于舆论压力，\n"
        "先后有数家酒店发文向大众致歉。12月15日，花总发文称其遭死亡威胁，北京警方已立案受理。\n\n"
        "石化油服3月27日晚披露年报，公司2017年净利润亏损105.83亿元。\n"
        "因公司已连续两年亏损，石化油服a股股票将实施退市风险警示特别处理，\n"
        "将于3月28日停牌一天。 记者 欧阳佳 通讯员 公孙雪祥\n\n"
        "近日，济南高速交警在长清收费站查获一辆超载小货车，\n"
        "驾车的竟是一名不满18周岁的00后，父亲找人顶包被交警识破。\n"
        "/高琳 报道\n\n"
        "本报4月4日讯 云南省高层次人才创新创业园在昆明高新区揭牌成立，\n"
        "首批入园企业代表签订了战略合作框架协议书。 /记者 尹学峰 报道\n\n"
        "花总遭死亡威胁 北京警方已立案受理\n\n"
        "云南省高层次人才创新创业园揭牌成立\n\n"
        "济南00后无证驾驶被查 父亲找人顶包\n\n"
        "石化油服净利亏损 将实施退市风险警示\n"
    )
    hotel, oil, truck, park = rebuild_page(page)
    assert hotel.title.startswith("花总") and hotel.reporters == ["蒋生胜"]
    assert (
        oil.title.startswith("石化油服")
        and oil.reporters == ["欧阳佳"]
        and oil.correspondents == ["公孙雪祥"]
    )
    assert nows(oil).endswith("停牌一天。")
    assert truck.title.startswith("济南") and truck.reporters == ["高琳"]
    assert park.title.startswith("云南") and park.reporters == ["尹学峰"]


def test_role_word_the_line_end_broke_off_a_byline_finishes_it() -> None:
    # …地产。 /记者 马雪峰 | 报道 高然宁 摄: read alone, the second line would make the photographer
    # the reporter and take the byline's place.
    page = (
        "学者争论降息对楼市影响\n\n"
        "本报讯 中国人民银行决定下调金融机构人民币存贷款基准利率。央视财经频道特邀\n"
        "评论员林耘持相同观点，他认为，降息最为直接的受益者仍是地产。 /记者 马雪峰\n"
        "报道 高然宁 摄\n"
    )
    [article] = rebuild_page(page)
    assert article.reporters == ["马雪峰"] and article.photographers == ["高然宁"]
    assert nows(article).endswith("仍是地产。")


def test_line_closing_a_slash_byline_the_line_above_left_open_finishes_it() -> None:
    # …好房子。 /尹艳 | 记者 上官一斌 报道 摄: the slash byline runs to its role word, so the names above
    # the break are the byline's too, and the break before 记者 is a space, no part of a name.
    text = (
        "本报讯 昨日上午，市里召开了一次关于老旧小区改造的会议，会上\n"
        "各部门负责人分别汇报了今年以来的工作进展情况。会议要求，各部\n"
        "门要进一步加强协作，确保各项工作按时完成。 /尹艳\n"
    )
    [article] = rebuild_page("老旧小区改造全面提速\n\n" + text + "记者 上官一斌 报道 摄\n")
    assert article.reporters == ["尹艳", "上官一斌"] and article.photographers == ["尹艳", "上官一斌"]
    assert nows(article).endswith("按时完成。")
    text = text.replace("/尹艳", "/夏侯飞泽")
    [article] = rebuild_page("老旧小区改造全面提速\n\n" + text + "夏亮云 谢艳一 报道\n")
    assert article.reporters == ["夏侯飞泽", "夏亮云", "谢艳一"] and not article.photographers
    # A name the column edge broke before its last character (邹勇 / 文) is no role word 文.
    text = text.replace("/夏侯飞泽", "/孟海 邹勇")
    [article] = rebuild_page("老旧小区改造全面提速\n\n" + text + "文 报道\n")
    assert article.reporters == ["孟海", "邹勇文"]


def test_role_word_a_column_break_cut_off_a_byline_finishes_it() -> None:
    # …多奇志？ /记者 龙丽飞 罗泽 报道 端木晓嘉 | blank line | 摄: the text closed by its byline opens no
    # column break, yet 摄 alone credits no one; read apart, the photographer would be a reporter.
    page = (
        "荷兰人为何主动感染血吸虫\n\n"
        "本报讯 按说咱中国人民好不容易才送走了这瘟神，怎么还有人上赶着主动去感\n"
        "染血吸虫病，在体内养虫呢？ /记者 龙丽飞 罗泽 报道 端木晓嘉\n\n"
        " 摄\n\n"
        "清丰法院变卖被执行人股票\n\n"
        "本报讯（记者 吕秀静）近日，清丰县人民法院强制对被执行人的股票进行售卖，\n"
        "变现20余万元，用以偿还借款合同债务。\n"
    )
    worms, shares = rebuild_page(page)
    assert worms.reporters == ["龙丽飞", "罗泽"] and worms.photographers == ["端木晓嘉"]
    assert nows(worms).endswith("养虫呢？")
    assert shares.title == "清丰法院变卖被执行人股票" and shares.reporters == ["吕秀静"]


def test_whole_byline_over_a_photographers_line_stays_two_credits() -> None:
    # A byline closed by its role word (/记者 张三 报道) leaves none open: the line under it credits a
    # photographer of its own.
    page = (
        "老旧小区改造全面提速\n\n"
        "本报讯 昨日上午，市里召开了一次关于老旧小区改造的会议，会上\n"
        "各部门负责人分别汇报了今年以来的工作进展情况。 /记者 张晓峰 报道\n"
        "李明 摄\n"
    )
    [article] = rebuild_page(page)
    assert article.reporters == ["张晓峰"] and article.photographers == ["李明"]


def test_headline_interleaved_inside_another_articles_column_break() -> None:
    # The second article's text breaks off inside 口碑 at a column's foot; the first article's headline
    # was set in the gap, and the text goes on with 碑 after it. The headline is no column break of
    # that text (it carries a comma, so it does not read as a plain heading), and the text is one.
    page = (
        "本报讯（记者 林玉）法国总统马克龙近期出访美国，但在高调友好的氛围\n"
        "下，掩藏不住双方在伊核协议、关税等问题上的分歧，所以马克龙此次访\n"
        "美，根本难以消除彼此在战略上的分歧，也难以取得想象中的成果。\n\n"
        "本报讯（记者 曾洋浩）街电ceo\n"
        "原源23日晚间发布朋友圈，称来\n"
        "电的产品使用盗版苹果接头，还\n"
        "涉嫌挪用用户押金。“街电把所\n"
        "有的精力继续投入到用户体验和\n"
        "服务上，我们始终相信用户的口\n\n"
        "马克龙出访美国，为何\n注定空手而归？\n\n"
        "碑不是吹出来的，市场不是讹\n"
        "出来的。”原源说。在原源发\n"
        "声之后，来电方面也作出了回\n"
        "应，否认挪用用户押金。\n\n"
        "街电ceo发文指责来电 称其挪用用户押金\n"
    )
    macron, power = rebuild_page(page)
    assert macron.title.replace(" ", "") == "马克龙出访美国，为何注定空手而归？" and macron.reporters == [
        "林玉"
    ]
    assert power.title.startswith("街电") and power.reporters == ["曾洋浩"]
    assert "用户的口碑不是吹出来的" in nows(power) and nows(power).endswith("挪用用户押金。")


def test_headline_interleaved_at_a_word_boundary_of_another_articles_column_break() -> None:
    # The text breaks off between two words (要注意 | 防火安全), so no word runs across the gap; yet the
    # block set there stops short of the 14-cell column mid-phrase on every line but its last (越是穷地方 /
    # 同样是陕西省，): wrapped text fills its column, so the block is a headline interleaved at the break,
    # and the text goes on after it.
    page = (
        "京港澳高速上一大货车自燃，\n交通一度中断\n\n"
        "　　本报8月25日讯越是穷地\n"
        "方，越是坑。安康生个娃一万\n"
        "起步，合疗报销800块钱。\n"
        "陕北全额免费，就花个160\n"
        "块钱衣服钱。关中能报销几千块\n"
        "钱，最后自己差不多花个50\n"
        "00左右。从生娃就能看出安\n"
        "康政府财政没有钱，各种苛捐杂\n"
        "税猛如虎啊！\n"
        "（付波）\n\n"
        "　　本报8月24日讯 今天上\n"
        "午9点半左右京港澳高速公路\n"
        "南行1976公里处一辆货车发\n"
        "生自燃交通一度中断交警、消防\n"
        "及时到现场进行处理。\n"
        "　　上午10点50分左右，\n"
        "现场交通恢复。进入冬季，天气\n"
        "比较干燥，车辆上路行驶要注意\n\n"
        "越是穷地方\n"
        "同样是陕西省，\n"
        "生个娃花销区别如此之大\n\n"
        "防火安全。\n"
        "　　冬季汽车自燃该如何防范呢？\n"
    )
    birth, fire = rebuild_page(page)
    assert birth.lead_title == "越是穷地方" and birth.reporters == ["付波"]
    assert birth.title.replace(" ", "") == "同样是陕西省，生个娃花销区别如此之大"
    assert fire.title.replace(" ", "") == "京港澳高速上一大货车自燃，交通一度中断"
    assert "要注意防火安全。" in nows(fire) and "穷地方" not in nows(fire)


def test_paper_and_app_on_a_line_of_their_own_are_the_datelines_first_line() -> None:
    # 扬子晚报·紫牛新闻 alone reads like a running head (paper·section); the credit under it makes it
    # the dateline's first line.
    page = (
        "男子偷鱼被抓\n\n"
        "扬子晚报·紫牛新闻\n"
        "记者 王立 小伙到他人承包的水库偷鱼，被当场抓获。\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个。 /记者 王洋 报道\n"
    )
    fish, homes = rebuild_page(page)
    assert fish.dateline == "扬子晚报·紫牛新闻" and fish.reporters == ["王立"]
    assert nows(fish) == "小伙到他人承包的水库偷鱼，被当场抓获。" and homes.reporters == ["王洋"]


def test_one_line_headline_with_a_comma_between_two_articles_columns() -> None:
    # 梧州市区道路凹凸不平，破损严重 stands alone after a text that ended, between a column of 20 cells
    # and one of 28: the boundary of two articles, so it is the next one's headline, not text (its comma
    # kept it from reading as a plain heading).
    page = (
        "清晨郑州大雾锁路\n\n"
        "本报讯（记者 东方武祥）上午7时许，北环\n"
        "路附近街头能见度差，为保证附近小学校外\n"
        "的交通安全，丰庆路巡防员一早赶到校外路\n"
        "口在大雾中维持着交通秩序，直至上午10\n"
        "时许大雾散去才离开。\n\n"
        "梧州市区道路凹凸不平，破损严重\n\n"
        "我市新兴一、二、三路，西堤一、二、三路等主要干道，\n"
        "承载着梧州市主要的车流量，每日都有大量的市民驾车经\n"
        "过，但却发现道路凹凸不平，破损严重，坑坑洼洼，常年\n"
        "失修，希望有关部门优先考虑维修我市的主要干道。\n"
        "记者 万立 通讯员 钟欣华\n"
    )
    fog, road = rebuild_page(page)
    assert fog.reporters == ["东方武祥"] and nows(fog).endswith("才离开。")
    assert road.title == "梧州市区道路凹凸不平，破损严重" and road.reporters == ["万立"]


def test_paragraph_start_cut_off_under_a_headline_and_matched_to_none_goes_back_on_its_text() -> None:
    # 12月18日上午10时许，寒亭公安分局禁毒大队 stands alone under the headline (a blank line cut the
    # paragraph after its first line), so it reads as a second headline; no article takes it, and it
    # stops mid-phrase after a comma inside it: it opens the text under it.
    page = (
        "女子遭遇车祸恰好民警路过\n\n"
        "12月18日上午10时许，寒亭公安分局禁毒大队\n\n"
        "民警来到寒亭区白云路和民主街路口时，发现一名遭遇车\n"
        "祸受伤女子，遂上前实施救助。经了解，该女子骑电动自\n"
        "行车在拐弯时与一辆轿车发生碰撞，女子被带倒在地。\n"
        "（记者贾嘉明）\n\n"
        "京港澳高速上一大货车自燃\n\n"
        "本报讯（记者 孟昊洋）今天上午9点半左右京港澳高速公路南行1976公里处一辆货车\n"
        "发生自燃，交通一度中断，交警、消防及时到现场进行处理。\n"
    )
    crash, fire = rebuild_page(page)
    assert crash.title == "女子遭遇车祸恰好民警路过" and crash.reporters == ["贾嘉明"]
    assert nows(crash).startswith("12月18日上午10时许，寒亭公安分局禁毒大队民警来到")
    assert fire.title == "京港澳高速上一大货车自燃" and fire.reporters == ["孟昊洋"]


def test_unmatched_headline_ending_its_clauses_stays_out_of_the_text_under_it() -> None:
    # 网友热议 over 民警来到…: a second headline line with no clause mark inside it is no paragraph's start.
    page = (
        "女子遭遇车祸恰好民警路过\n\n"
        "网友热议\n\n"
        "民警来到寒亭区白云路和民主街路口时，发现一名遭遇车\n"
        "祸受伤女子，遂上前实施救助。\n"
        "（记者贾嘉明）\n"
    )
    [crash] = rebuild_page(page)
    assert nows(crash).startswith("民警来到")


def test_two_headlines_set_one_under_another_inside_a_column_break() -> None:
    # 用户的口 | 碑: two headlines stand in the gap, one under the other. The text goes on after both, so
    # both are set apart and the text is one; each headline goes to its own article.
    page = (
        "本报讯（记者 林玉）法国总统马克龙近期出访美国，但在高调友好的氛围\n"
        "下，掩藏不住双方在伊核协议、关税等问题上的分歧，所以马克龙此次访\n"
        "美，根本难以消除彼此在战略上的分歧，也难以取得想象中的成果。\n\n"
        "本报讯（记者 曾洋浩）街电ceo\n"
        "原源23日晚间发布朋友圈，称来\n"
        "电的产品使用盗版苹果接头，还\n"
        "涉嫌挪用用户押金。“街电把所\n"
        "有的精力继续投入到用户体验和\n"
        "服务上，我们始终相信用户的口\n\n"
        "马克龙出访美国，为何\n注定空手而归？\n\n"
        "街电ceo发文指责来电\n称其挪用用户押金\n\n"
        "碑不是吹出来的，市场不是讹\n"
        "出来的。”原源说。在原源发\n"
        "声之后，来电方面也作出了回\n"
        "应，否认挪用用户押金。\n"
    )
    macron, power = rebuild_page(page)
    assert macron.title.replace(" ", "") == "马克龙出访美国，为何注定空手而归？"
    assert power.title.replace(" ", "") == "街电ceo发文指责来电称其挪用用户押金"
    assert macron.reporters == ["林玉"] and power.reporters == ["曾洋浩"]
    assert "用户的口碑不是吹出来的" in nows(power) and nows(power).endswith("挪用用户押金。")


def test_paragraph_start_cut_off_yields_the_article_to_a_heaped_headline_that_fits_it() -> None:
    # 环卫工人正常作业，女子指责垃圾车将 stands alone over 自家小店弄脏。… (a blank line cut the paragraph
    # after its first line) and shares more wording with that text than the real headline, heaped at the
    # page's end, does. A line that may be its text's start is a headline only for an article no other
    # headline fits: the heaped headline takes the article, and the line goes back on its text.
    page = (
        "本报讯（记者 孟昊洋）今天上午9点半左右京港澳高速公路南行1976公里处一辆货车\n"
        "发生自燃，交通一度中断，交警、消防及时到现场进行处理。\n\n"
        "环卫工人正常作业，女子指责垃圾车将\n\n"
        "自家小店弄脏。一言不合，女子当众掌掴环卫工。近日，彭场派\n"
        "出所将该女子依法行政拘留。60多岁的许老汉是一名环卫工人，\n"
        "当天他正开着垃圾车作业，一名女子冲出小店指责垃圾车弄脏了\n"
        "店门，随后当众掌掴许老汉。\n"
        "（记者 贾嘉明）\n\n"
        "京港澳高速上一大货车自燃\n\n"
        "事发仙桃，一女子当众掌掴60岁环卫工，\n还拳打脚踢，太恶劣\n"
    )
    fire, slap = rebuild_page(page)
    assert fire.title == "京港澳高速上一大货车自燃"
    assert slap.title.replace(" ", "") == "事发仙桃，一女子当众掌掴60岁环卫工，还拳打脚踢，太恶劣"
    assert nows(slap).startswith("环卫工人正常作业，女子指责垃圾车将自家小店弄脏。")
    assert slap.reporters == ["贾嘉明"]


def test_paragraph_start_cut_off_goes_back_on_its_text_after_a_displaced_lead_joined_it() -> None:
    # The article's lead (dateline and first paragraph) stands at the page's top, its headline and the
    # cut-off line 拉萨市副市长、当雄县委书记张正致辞 over the rest. Once the lead joins the rest, the line
    # is no headline of its own: it goes back where the rest begins, inside the joined article.
    page = (
        "本报讯 你是虫，我是草，我们在一起是不会有幸福的。5月20日，在这个极富特殊寓意的日子里，西藏旅游\n"
        "杂志社一行来到当雄县乌玛塘乡巴嘎村姆蓝雪山脚下，虫草文化旅游节即将在这里举办。\n\n"
        "这个520，当你们秀亲密，\n我在当雄过虫草节！\n\n"
        "拉萨市副市长、当雄县委书记张正致辞\n\n"
        "并宣布第三届“西藏·当雄虫草文化旅游节”\n"
        "正式开幕。张正在致辞中说，当雄作为藏北\n"
        "草原上一颗璀璨的明珠，是青藏高原自然风\n"
        "光和游牧文化的精品浓缩之地。\n"
        "/记者 覃健 报道\n\n"
        "第八届中国摩托艇联赛开赛\n\n"
        "本报讯（记者 孟昊洋）“彭水县对水上运动很重视，他们充分利用了重庆的山\n"
        "水条件，建设了大型的摩托艇表演舞台。”国家体育总局水上运动管理中心\n"
        "负责人说，第八届中国摩托艇联赛在彭水开赛。\n"
    )
    festival, boats = rebuild_page(page)
    assert festival.title.replace(" ", "") == "这个520，当你们秀亲密，我在当雄过虫草节！"
    assert "举办。拉萨市副市长、当雄县委书记张正致辞并宣布第三届" in nows(festival)
    assert festival.reporters == ["覃健"]
    assert boats.title == "第八届中国摩托艇联赛开赛" and boats.reporters == ["孟昊洋"]


def test_text_ending_short_of_its_column_without_a_full_stop_is_no_column_break() -> None:
    # 把它做得更精更好” stops well short of its 20-cell column: the paragraph ended there, though
    # a quote closes it without a full stop, so the text after the blank lines (another article,
    # set 26 cells wide, with no dateline) is not the rest of it.
    page = (
        "　　本报讯　彭水县文化委负责人表示，彭水是一个\n"
        "山水城市，风景非常优美，但却是藏在深闺的。\n"
        "　　大赛本身对于提升彭水的对外影响力起到了积\n"
        "极的作用。为了办好这个活动，彭水在提升接待能\n"
        "力，改善节赛环境，完备基础设施等方面也做了大\n"
        "量的工作。“未来将继续深化宣传，实施体育加旅\n"
        "游战略，精心策划节赛活动的项目，把它做得更\n"
        "精更好”\n\n\n"
        "　　环卫工人正常作业，女子指责垃圾车将自家小店弄脏。一\n"
        "言不合，女子当众掌掴环卫工。近日，彭场派出所将该女子依\n"
        "法行政拘留。六十多岁的许老汉是彭场镇的一名环卫工人，当\n"
        "天许老汉像往常一样拉着垃圾车，在彭场街道收垃圾、打扫卫\n"
        "生。\n\n"
        "第八届中国摩托艇联赛在彭水开赛\n\n"
        "女子当众掌掴环卫工 被依法行政拘留\n"
    )
    boats, sweeper = rebuild_page(page)
    assert boats.title == "第八届中国摩托艇联赛在彭水开赛"
    assert nows(boats).endswith("把它做得更精更好”")
    assert sweeper.title == "女子当众掌掴环卫工 被依法行政拘留"
    assert nows(sweeper).startswith("环卫工人正常作业")


def test_weather_box_between_two_articles_is_furniture() -> None:
    # The page's weather box (a label, forecast lines, the air's quality) belongs to no article: read
    # as text it became an article of its own, its label a headline.
    page = (
        "县城老街改造完成\n\n"
        "　　本报讯　记者昨日从县住建局获悉，老街改造工程\n"
        "已全部完工，沿街三十余家商铺将于下月重新开业。\n"
        "（通讯员 谢娟、林晨庆）\n\n"
        "凯里天气\n"
        "今天白天：阴转小雨，21℃～32℃，东南风2级\n"
        "今天夜间：晴转多云，24℃～32℃，东北风2～3级\n"
        "明天：多云转晴，20℃～25℃，北风3～4级\n"
        "空气质量：轻度污染\n\n"
        "全市公务员考试职位表公布\n\n"
        "　　本报讯　2018年省考公告已于3月20日发布，全市\n"
        "共招775人，职位表已在人社局网站公布，考生可登录\n"
        "查询。报名将于下周一开始。（记者 令狐娟楠）\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["县城老街改造完成", "全市公务员考试职位表公布"]
    assert not any("℃" in nows(a) for a in articles)


def test_small_advertisement_over_its_telephone_is_furniture_not_a_headline() -> None:
    # 兴国新世纪大药房 / 专业 诚信 服务 / 地址：… / 电话：… is an advertiser's box: read as text, its
    # lines were taken for a headline, and the headline under them went to another article.
    page = (
        "卫生间装修不要铺瓷砖了\n\n"
        "　　说起卫生间的装修问题，大多数人都会想到使用\n"
        "瓷砖，瓷砖不仅价格便宜，而且还特别好打理，防水\n"
        "效果也很不错，平时一定要把里面的毛发垃圾处理干\n"
        "净，这样也不会给我们身体带来影响。\n"
        "文/龙倩 夏航悦\n\n"
        "兴国新世纪大药房\n"
        "专业 诚信 服务\n"
        "地址：兴国市滨江路159号\n"
        "电话：0700-8666202\n\n"
        "沧州警方捣毁特大“淫窝”，\n"
        "组织者竟有72岁高龄!令人大跌眼镜\n\n"
        "　　去年10月，当地警方就发现了一起介绍卖淫案件，\n"
        "经过一番严密侦查，警方终于决定出击，当日出动警\n"
        "力280人，成功捣毁一个特大淫窝，组织者已有72岁。\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == [
        "卫生间装修不要铺瓷砖了",
        "沧州警方捣毁特大“淫窝”，组织者竟有72岁高龄！令人大跌眼镜",
    ]
    assert not any("药房" in nows(a) for a in articles)


def test_indented_line_at_a_texts_end_over_a_dateline_is_its_last_paragraph() -> None:
    # 　　举报本文 stands alone with the paragraphs' indent between a text and the next article's
    # dateline: a headline is never set with a paragraph's indent, so it ends the text above and
    # heads nothing.
    page = (
        "　　本报讯　业内人士进一步指出，公安部门此次的抓捕\n"
        "行动，对于以德州为主体收入的游戏平台有很大的影响，\n"
        "或直接影响棋牌休闲游戏的生存以及发展。\n\n"
        "　　举报本文\n\n"
        "　　湛江晚报湛江讯　春节期间，可能有不少小伙伴想给\n"
        "父母换一部新手机。现在智能手机市场上，手机型号五花\n"
        "八门，挑选一个合适的手机确实有点难度。\n\n"
        "联众回应涉赌被查\n\n"
        "2019手机辐射排行榜出炉\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["联众回应涉赌被查", "2019手机辐射排行榜出炉"]
    assert nows(articles[0]).endswith("生存以及发展。举报本文")


def test_credit_bracket_wrapped_over_three_narrow_lines_stays_one_paragraph() -> None:
    # In a narrow column the dateline's credit may take three lines (（记者 / 方实文、郝杰 通讯员 /
    # 毛子）…): a line inside an open bracket ends no paragraph, however short it falls.
    page = (
        "礼泉县春季科级主体班圆满结班\n\n"
        "本报6月1日讯（记者\n方实文、郝杰 通讯员\n毛子）5月15日，\n为期一个月的培训班在\n"
        "县委党校圆满结班。全\n体学员参加了结业典礼。\n"
    )
    (article,) = rebuild_page(page)
    assert article.title == "礼泉县春季科级主体班圆满结班"
    assert article.reporters == ["方实文", "郝杰"] and article.correspondents == ["毛子"]
    assert "".join(article.paragraphs).startswith("5月15日，为期一个月")


def test_text_bracket_left_open_by_a_slip_does_not_swallow_the_byline_under_it() -> None:
    page = (
        "朝天交警查获一起无证驾驶\n\n"
        "本报讯 民警在处理事故中发现当事人马某平涉嫌无证驾驶。现场经查该驾驶员：\n"
        "马某平（男，汉族，未办理机动车驾驶证，涉嫌驾驶已达报废标准的车辆上道路行驶。\n"
        "文/唐秀建　图/蒋晨秀\n"
    )
    (article,) = rebuild_page(page)
    assert article.reporters == ["唐秀建"] and article.photographers == ["蒋晨秀"]

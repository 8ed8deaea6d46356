"""One article's body: web text stays as it is, print text is rebuilt, credits leave the body."""

from __future__ import annotations

from pathlib import Path

from crawler.normalize import normalize_body
from crawler.normalize.credits import parse_credit

DATA = Path(__file__).parent / "data" / "normalize"

WEB = """记者从市交通局获悉，地铁三号线将于今年年底开通运营。
市交通局有关负责人表示：
“三号线开通后，城东居民进城时间将缩短一半。”
一、加快站点建设
目前全线二十座车站主体结构已全部完工，正在进行设备安装。
二、做好配套服务
沿线将新增公交接驳线路十二条，方便市民换乘"""


def test_clean_web_text_keeps_its_paragraphs() -> None:
    body = normalize_body(WEB)
    assert body.paragraphs == WEB.split("\n")
    assert body.subheads == ["一、加快站点建设", "二、做好配套服务"]


def test_wire_article_with_end_marks_and_editor() -> None:
    body = normalize_body((DATA / "wire.txt").read_text(encoding="utf-8"))
    assert (body.dateline, body.paper, body.place) == ("新华社北京3月5日电", "新华社", "北京")
    assert body.reporters == ["张三", "李四"] and body.editors == ["王五"]
    assert body.paragraphs == [
        "十四届全国人大二次会议5日上午在人民大会堂开幕。",
        "会议听取了政府工作报告，代表们认真审议，一致表示将全力做好今年的各项工作。",
    ]


def test_full_width_digits_ascii_punctuation_and_byline_line() -> None:
    body = normalize_body((DATA / "full_width.txt").read_text(encoding="utf-8"))
    assert body.dateline == "本报讯" and body.reporters == ["刘洋"]
    [paragraph] = body.paragraphs
    assert paragraph.startswith("今年1至5月，全市完成固定资产投资320亿元，同比增长12.5%")
    assert "工业投资110亿元（增长18%）" in paragraph and "市统计局分析认为，投资结构" in paragraph


def test_hard_wrapped_print_body_with_column_break() -> None:
    text = (
        "本报记者 王磊\n昨日，全省防汛工作会议在省城召开，会议要求各\n"
        + "地落实责任，\n\n确保安全度汛。\n/编辑 周红"
    )
    body = normalize_body(text)
    assert body.paragraphs == ["昨日，全省防汛工作会议在省城召开，会议要求各地落实责任，确保安全度汛。"]
    assert body.reporters == ["王磊"] and body.editors == ["周红"] and body.paper == "本报"


def test_credit_forms() -> None:
    def roles(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
        c = parse_credit(text)
        assert c is not None, text
        return c.reporters, c.photographers, c.correspondents, c.editors

    assert roles("/孙红 张连鹏 报道") == (["孙红", "张连鹏"], [], [], [])
    assert roles("/闫洪生 记者 张殿文 报道 摄") == (["闫洪生", "张殿文"], ["闫洪生", "张殿文"], [], [])
    assert roles("/记者 张风 报道 马彬 摄") == (["张风"], ["马彬"], [], [])
    assert roles("（记者 张三 通讯员 李四）") == (["张三"], [], ["李四"], [])
    assert roles("文/图 刘晓") == (["刘晓"], ["刘晓"], [], [])
    assert roles("摄影：赵云") == ([], ["赵云"], [], [])
    assert roles("责任编辑：王五 校对：孙六") == ([], [], [], ["王五", "孙六"])
    assert roles("编辑/校对 张三") == ([], [], [], ["张三"])
    assert parse_credit("（完）") is None
    assert parse_credit("图为活动现场") is None
    assert parse_credit("今年我们将继续努力") is None


def test_bare_names_in_brackets_are_a_closing_credit() -> None:
    for text, names in (("（李四）", ["李四"]), ("(欧阳小明 王五)", ["欧阳小明", "王五"])):
        credit = parse_credit(text)
        assert credit is not None and credit.reporters == names, text
    # A bracketed word that is no person's name is no credit.
    words = ("（上）", "（新华社）", "（市场篇）", "（小标题）", "（二）", "（江苏）", "（方案）", "（周一）")
    for text in words:
        assert parse_credit(text) is None, text
    body = normalize_body("记者从市公交集团获悉，老旧柴油车全部淘汰。（李四）")
    assert body.paragraphs == ["记者从市公交集团获悉，老旧柴油车全部淘汰。"] and body.reporters == ["李四"]


# Column-wrapped print with a line that ends a sentence at the column edge, a short subhead after it.
SUBHEAD_AFTER_FULL_LINE = """年初以来，全区已投入扶贫资金3.9亿元，新建产业项
目110个，制定出台卫生、住房、庭院经济补助等相
关行业政策15条，贫困人口受益达到了全面覆盖。
以党政领导带头 抓实“责任落实”
洮北区委、区政府立足洮北实际，精心安排、周密
部署，先后六次召开全区脱贫攻坚专题工作会议。"""


def test_short_subhead_after_a_full_sentence_line_stays_apart() -> None:
    body = normalize_body(SUBHEAD_AFTER_FULL_LINE)
    assert body.subheads == ["以党政领导带头 抓实“责任落实”"]
    assert body.paragraphs == [
        "年初以来，全区已投入扶贫资金3.9亿元，新建产业项目110个，制定出台卫生、住房、"
        "庭院经济补助等相关行业政策15条，贫困人口受益达到了全面覆盖。",
        "以党政领导带头 抓实“责任落实”",
        "洮北区委、区政府立足洮北实际，精心安排、周密部署，先后六次召开全区脱贫攻坚专题工作会议。",
    ]


def test_blank_line_after_a_full_sentence_line_is_a_paragraph_break() -> None:
    # An HTML </p><p> reaches the normaliser as a blank line: widths never rejoin across it.
    text = "目110个，制定出台卫生、住房、庭院经济补助等相\n关行业政策15条，贫困人口受益达到了全面覆盖。\n\n"
    text += "洮北区委、区政府立足洮北实际，精心安排、周密\n部署，先后六次召开全区脱贫攻坚专题工作会议。"
    assert len(normalize_body(text).paragraphs) == 2


def test_web_paragraphs_much_wider_than_the_column_are_not_rejoined() -> None:
    # Web text (one paragraph a line) that ends in a list of unpunctuated link titles looks
    # hard-wrapped, its "column" the titles' width: a paragraph several times as wide is no line of it.
    from crawler.extract import extract_article

    page = Path(__file__).parent / "data" / "pages" / "xinhuanet_1.html"
    item = extract_article("http://www.xinhuanet.com/world/2019-12/10/c_1125327441.htm", page.read_bytes())
    lines = item.body.split("\n")
    web = [line for line in lines if len(line) > 60 and line.endswith("。")][1:]  # the first has the dateline
    assert len(web) == 4
    paragraphs = normalize_body(item.body).paragraphs
    assert all(line in paragraphs for line in web)


def test_dateline_in_a_paragraph_of_its_own_opens_the_text() -> None:
    # An HTML <p> holding only the dateline: no subhead, the dateline and credit go into fields.
    body = normalize_body(
        "中国江苏网6月19日讯\n\n(记者顾和平通讯员吴晓蓉)泰州最大的走私案宣判。\n\n2013年底，海关打掉了一个团伙。"
    )
    assert body.subheads == []
    assert body.dateline == "中国江苏网6月19日讯"
    assert body.reporters == ["顾和平"]
    assert body.paragraphs == ["泰州最大的走私案宣判。", "2013年底，海关打掉了一个团伙。"]


def test_end_mark_ends_its_paragraph() -> None:
    # "-end-" closes a post: its trailing hyphen is no word broken at the column edge.
    text = "看到这里希望你把这篇文章转发出去，提醒你爱的人放下手机，安全第一-end-\n\n"
    text += "作者：李月亮，高人气专栏作家，新女性主义者，扎实写字的手艺人。"
    assert len(normalize_body(text).paragraphs) == 2


def test_text_before_a_spaced_slash_byline_is_no_name() -> None:
    from crawler.normalize.credits import split_tail

    rest, credits = split_tail("家乡增添色彩。返回搜狐，查看更多 /记者 傅嘉国 报道")
    assert rest == "家乡增添色彩。返回搜狐，查看更多"
    assert credits is not None and credits.reporters == ["傅嘉国"]


def test_slash_byline_right_after_a_clause_mark_is_taken_off() -> None:
    # Cleaning takes the space out of "…； /X 报道": a slash right after a clause mark still opens the
    # byline (no name ends in a mark), where the text's last clause ended in a semicolon or a colon.
    from crawler.normalize.credits import split_tail

    rest, credits = split_tail("处置要点：关闭阀门，疏散人群，远离泄漏点；/记者 欧阳敏 周涛 报道")
    assert rest == "处置要点：关闭阀门，疏散人群，远离泄漏点；"
    assert credits is not None and credits.reporters == ["欧阳敏", "周涛"]
    rest, credits = split_tail("联系方式如下：/记者 孙平 报道")
    assert credits is not None and credits.reporters == ["孙平"]
    # A long list with no full stop anywhere ends at its mark, and the byline after it still comes off.
    names = "、".join(f"第{n}社区居委会" for n in "一二三四五六七八九十")
    rest, credits = split_tail(f"及时回复的单位：{names}、/记者 钱明 报道")
    assert rest.endswith("第十社区居委会、") and len(rest) > 60
    assert credits is not None and credits.reporters == ["钱明"]


def test_spaced_slash_byline_after_a_long_text_without_full_stop() -> None:
    from crawler.normalize.credits import split_tail

    text = (
        "新加坡首位女赛车手，高颜值做得了平板撑冲得了浪当国大教授，开玛莎拉蒂，"
        "可是你不该干出这种事，十岁以大厨身份红遍美利坚~ /记者 蔡博 报道"
    )
    rest, credits = split_tail(text)
    assert rest.endswith("红遍美利坚~") and rest.startswith("新加坡首位")
    assert credits is not None and credits.reporters == ["蔡博"]
    # Without the slash a long run of text is no byline, whatever it ends with.
    assert split_tail(text.replace(" /", "，"))[1] is None


def test_paper_and_app_before_a_spaced_credit_is_a_dateline() -> None:
    # 齐鲁晚报·齐鲁壹点 记者 X: a paper and its app stand where a dateline does, and the credit after
    # them is closed by a space only, or by a figure once cleaning took that space out.
    from crawler.normalize.credits import split_head

    dateline, credits, rest = split_head("齐鲁晚报·齐鲁壹点 记者 张明 小伙到他人承包的鱼塘偷鱼，被当场抓获。")
    assert dateline.text == "齐鲁晚报·齐鲁壹点" and dateline.paper == "齐鲁晚报"
    assert credits.reporters == ["张明"] and rest.startswith("小伙到他人")
    _, credits, rest = split_head("扬子晚报·紫牛新闻 记者王立新12月24日消息，街道昨日发布通知。")
    assert credits.reporters == ["王立新"] and rest.startswith("12月24日消息")
    # An app's name may run to eight characters (大众新闻客户端).
    assert split_head("大众日报·大众新闻客户端 记者 王敏 近日，全省召开会议。")[1].reporters == ["王敏"]
    # The same run-in credit after any dateline (本报讯 记者 X 通讯员 Y 近日，…).
    _, credits, rest = split_head("本报讯 记者 周海 通讯员 刘小燕 近日，市里召开会议。")
    assert credits.reporters == ["周海"] and credits.correspondents == ["刘小燕"]
    assert rest.startswith("近日")
    # After another dateline a name run into a date is the text's own wording as often (an inews text
    # opening 本报讯 记者李洁6月8日…, its byline at its end): only a space closes a run-in credit there.
    _, credits, rest = split_head("本报宜昌讯 记者李洁6月8日11点40分左右，两艘快艇追尾相撞。")
    assert credits.reporters == [] and rest.startswith("记者李洁")
    # A running head (燕赵都市报·县域经济) is no dateline: no credit follows the dot.
    assert split_head("燕赵都市报·县域经济")[0].text == ""


def test_word_of_text_after_a_credit_is_no_name() -> None:
    # 很多年 | 轻人…: the line ended inside the text's first word; nobody is called 很多年, and the
    # paper·app before the credit is nobody either, so the line is text that opens with a credit.
    from crawler.normalize.credits import is_credit_line, split_head

    assert parse_credit("记者 沈杰仁 很多年") is None
    assert not is_credit_line("滕州日报·看度新闻 记者 沈杰仁 很多年")
    _, credits, rest = split_head("滕州日报·看度新闻 记者 沈杰仁 很多年轻人喜欢去唱歌，消磨时光。")
    assert credits.reporters == ["沈杰仁"] and rest.startswith("很多年轻人")
    # 小伙 may be read as a name, but no surname opens it: a run-in credit names people by surname.
    _, credits, rest = split_head("大河报·大河客户端 记者 蒋利 小伙 到他人承包的水库偷鱼。")
    assert credits.reporters == ["蒋利"] and rest.startswith("小伙")


def test_stray_space_before_xun_still_makes_a_dateline() -> None:
    from crawler.normalize.credits import split_head

    dateline, credits, rest = split_head("大河报临沂 讯（记者武飞兴）据官方公布，今年开始实行新政。")
    assert dateline.paper == "大河报" and dateline.place == "临沂"
    assert credits.reporters == ["武飞兴"] and rest.startswith("据官方公布")
    # A space before a word that only starts with 讯 is no dateline.
    assert split_head("大河报 讯息平台上线")[0].text == ""


def test_staff_credit_in_brackets_closes_a_text_without_full_stop() -> None:
    from crawler.normalize.credits import split_tail

    rest, credits = split_tail("第十一站：2009年10月19日-23日，江西赣县上饶平安希望小学（记者 林芳洋）")
    assert rest.endswith("平安希望小学") and credits is not None and credits.reporters == ["林芳洋"]
    # Bare names, or a bracket with no name in it, stay the text's own there.
    assert split_tail("活动由张三主持（张三）")[1] is None
    assert split_tail("据介绍（记者了解到的情况）")[1] is None


def test_outlet_glued_to_a_media_desk_role_is_no_name() -> None:
    from crawler.normalize.credits import split_tail

    # 江城全媒体记者: the outlet's short name before its media desk's role, on a closing line of its own.
    credits = parse_credit("（江城全媒体记者 欧阳丽萍）")
    assert credits is not None and credits.reporters == ["欧阳丽萍"]
    credits = parse_credit("(河西融媒体记者 马志强 刘芳)")
    assert credits is not None and credits.reporters == ["马志强", "刘芳"]
    rest, tail = split_tail("活动持续到傍晚。（江城全媒体记者 欧阳丽萍）")
    assert rest == "活动持续到傍晚。" and tail is not None and tail.reporters == ["欧阳丽萍"]


def test_a_paper_s_short_media_desk_role_heads_a_credit() -> None:
    from crawler.normalize.credits import heads_article, is_credit_line

    # 融媒记者 / 全媒记者: the short form of the media desk's role, the paper's name glued in front
    # (齐鲁晚报融媒记者 董怡 通讯员 崔梓涵) on a line of its own under the headline.
    line = "齐鲁晚报融媒记者 董怡 通讯员 崔梓涵"
    credits = parse_credit(line)
    assert credits is not None and credits.reporters == ["董怡"] and credits.correspondents == ["崔梓涵"]
    assert is_credit_line(line) and heads_article(line)
    credits = parse_credit("（鄂尔多斯日报全媒记者 欧阳丽萍、王强）")
    assert credits is not None and credits.reporters == ["欧阳丽萍", "王强"]


def test_a_writer_s_name_under_a_byline_mark_is_a_credit() -> None:
    from crawler.normalize.credits import is_credit_line

    # A column's writer under its headline, marked as a head byline is (□邓佳卫, ■ 欧阳丽萍): a
    # personal name and nothing else. A marked word no one is called is no credit (■新闻简讯).
    for line, names in (
        ("□邓佳卫", ["邓佳卫"]),
        ("■ 欧阳丽萍", ["欧阳丽萍"]),
        ("□王强 李梅", ["王强", "李梅"]),
    ):
        credits = parse_credit(line)
        assert credits is not None and credits.reporters == names and is_credit_line(line)
    for line in ("■新闻简讯", "□相关链接", "●本地新闻", "◎记者手记"):
        assert parse_credit(line) is None


def test_spaced_two_character_names_in_a_credit_are_one_name() -> None:
    """Papers pad a two-character name to a three-character one's width (``谢 娟``, ``王　强``)."""
    cases = {
        "（通讯员 谢 娟、林晨庆）": ([], ["谢娟", "林晨庆"], []),
        "记者 王\u3000强 李小明": (["王强", "李小明"], [], []),
        "/记者 张 风 报道": (["张风"], [], []),
        "记者 王  强 李小明": (["王强", "李小明"], [], []),
        "文/张 风 图/李 明": (["张风"], [], ["李明"]),
        "记者 王 文 摄": (["王文"], [], ["王文"]),  # 文 a given name here, 摄 a role (as 记者 王文 摄)
        "（记者 李小明 通讯员 文 强）": (["李小明"], ["文强"], []),
        "记者 欧阳 晓峰": (["欧阳晓峰"], [], []),  # a compound surname is nobody's whole name
        "（记者 欧阳\u3000晓峰 通讯员 谢 娟）": (["欧阳晓峰"], ["谢娟"], []),
        "/记者 司马 光 报道": (["司马光"], [], []),
        # The role word glued to the surname, the given name spaced from it.
        "记者王 强": (["王强"], [], []),
        "（本报记者陆 勇 通讯员 慕容远、郝琳）": (["陆勇"], ["慕容远", "郝琳"], []),
        "/记者王 强 报道 李 明 摄": (["王强"], [], ["李明"]),
        "（记者王强 通讯员李 明）": (["王强"], ["李明"], []),
    }
    for text, (reporters, correspondents, photographers) in cases.items():
        c = parse_credit(text)
        assert c is not None, text
        assert (c.reporters, c.correspondents, c.photographers) == (reporters, correspondents, photographers)


def test_spaced_single_characters_that_are_no_one_name_are_refused() -> None:
    """``记者 王 李明``: 王 is nobody's whole name and 王李 would be junk, so no credit is read."""
    from crawler.normalize.credits import split_tail

    refused = ("记者 王 李明", "/记者 王 李明 报道", "记者 王 李 明", "记者 王，强")
    refused += ("（王 强）", "记者 小 强", "记者小 强", "记者王 李明")  # no role word; 小 is no surname
    for text in refused:
        assert parse_credit(text) is None, text
    assert split_tail("活动圆满结束。 /记者 王 李明 报道")[1] is None
    rest, credits = split_tail("活动圆满结束。（通讯员 谢 娟、林晨庆）")
    assert rest == "活动圆满结束。" and credits is not None and credits.correspondents == ["谢娟", "林晨庆"]


def test_writer_and_photographer_roles_joined_by_a_middle_dot() -> None:
    """``文·图/孔嘉宇``: one person wrote and photographed, the roles joined by a dot as by a slash."""
    for text in ("文·图/孔嘉宇", "图·文/记者 孔嘉宇", "文・图 孔嘉宇"):
        c = parse_credit(text)
        assert c is not None, text
        assert (c.reporters, c.photographers) == (["孔嘉宇"], ["孔嘉宇"]), text
    # A dot between longer words joins the parts of one name, never two roles.
    c = parse_credit("记者 阿依古丽·买买提")
    assert c is not None and c.reporters == ["阿依古丽·买买提"] and not c.photographers


def test_a_name_run_into_the_editor_label_after_it_is_split_from_it() -> None:
    # Closing lines of real inews texts (train-01365, train-01426, train-01002, train-02554): the next
    # field's label 编辑 printed right after a name. Read whole, 陈华编辑 is no name (a job word since
    # 53977f87), and the whole line stayed in the body; before that it was stored as a name.
    cases = (
        ("记者：嵇方编辑：于婧", ["嵇方"], [], ["于婧"]),
        ("新京报记者 王洪春 康佳编辑 潘佳锟", ["王洪春", "康佳"], [], ["潘佳锟"]),
        ("采写 | 南方工报全媒体记者 王艳 通讯员 陈华编辑 | 叶灿辉", ["王艳"], ["陈华"], ["叶灿辉"]),
        ("（编辑 戴晨曦 实习编辑 熊子文）", [], [], ["戴晨曦", "熊子文"]),
    )
    for line, reporters, correspondents, editors in cases:
        body = normalize_body("交警赶到封锁了现场，并将小车拖离。\n" + line)
        assert body.paragraphs == ["交警赶到封锁了现场，并将小车拖离。"], line
        got = (body.reporters, body.correspondents, body.editors)
        assert got == (reporters, correspondents, editors), line
    # A word that is no name before the label stays one piece, and the line no credit.
    assert parse_credit("记者 张三 网络编辑") is None
    # Before any role word the piece may be an outlet or a label (inews train-01265, train-00371): no split.
    for line in ("来源 | 羊城派责编 | 魏琴 实习生 陈恺迪", "本期责编：肖宵  白马编辑：兰珍 郭帆 田仁怡"):
        body = normalize_body("交警赶到封锁了现场，并将小车拖离。\n" + line)
        assert "羊城派" not in body.reporters and "本期责编" not in body.reporters, line

"""Bylines: 记者 / 作者 / 责任编辑 / 来源."""

from __future__ import annotations

import pytest

from crawler.extract.people import find_people, plausible_name, split_names


@pytest.mark.parametrize(
    ("text", "authors", "editors", "source"),
    [
        ("本报讯（记者 张三 李四 通讯员 王五）", ["张三", "李四"], [], ""),
        ("作者： 记者王敬照 编辑： 王华军 【 关闭窗口 】", ["王敬照"], ["王华军"], ""),
        ("来源： 网易科学人 作者： 责任编辑：肖春芳", [], ["肖春芳"], "网易科学人"),
        ("（编辑：严玉洁 王辉） 【责任编辑：严玉洁】", [], ["严玉洁", "王辉"], ""),
        ("半月谈记者 史卫燕 益水之阳，是名益阳。", ["史卫燕"], [], ""),
        ("新华社记者 才扬 摄", [], [], ""),  # a photographer: see test_roles
        ("文/张三", ["张三"], [], ""),
        ("据《红周刊》记者了解，龙湖多地项目", [], [], ""),
        ("经营者告诉半月谈记者，每亩年收入可达6万元", [], [], ""),
        ("2019-03-06 来源于：东区办事处", [], [], "东区办事处"),
        ("[责任编辑:周涛]", [], ["周涛"], ""),
        ("作者：李明 本报讯（记者 李明 王芳）", ["李明", "王芳"], [], ""),
    ],
)
def test_find_people(text: str, authors: list[str], editors: list[str], source: str) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.source_name) == (authors, editors, source)


def test_split_names_stops_at_role_words_and_dedupes() -> None:
    assert split_names("本报记者 李明、李明，王芳 通讯员 赵六") == ["李明", "王芳"]
    assert split_names("") == []


@pytest.mark.parametrize(
    ("text", "authors", "correspondents", "editors", "photographers"),
    [
        # Three-character correspondents and a compound surname stay whole; every listed name is kept.
        ("（记者王小明 通讯员欧阳晓峰、汪芳）", ["王小明"], ["欧阳晓峰", "汪芳"], [], []),
        (
            "（记者 王小明 通讯员 欧阳晓峰、汪芳、司马相如）",
            ["王小明"],
            ["欧阳晓峰", "汪芳", "司马相如"],
            [],
            [],
        ),
        ("本报记者 张三 欧阳明亮 通讯员 李四", ["张三", "欧阳明亮"], ["李四"], [], []),
        ("记者 张三和李四", ["张三", "李四"], [], [], []),
        ("记者 王和平", ["王和平"], [], [], []),
        ("文/陈晓 图/欧阳明亮", ["陈晓"], [], [], ["欧阳明亮"]),
        ("新华社记者 才扬 摄", [], [], [], ["才扬"]),
        ("新京报记者 陆一夫 编辑 刘晓阳 校对 李铭", ["陆一夫"], [], ["刘晓阳"], []),
        ("（职工通讯员 李琴雯 刘会）", [], ["李琴雯", "刘会"], [], []),
        ("摄影/张艳 编辑/苏芳", [], [], ["苏芳"], ["张艳"]),
        ("责任编辑：杨倩_NF4425", [], [], ["杨倩"], []),
        ("采写：南都记者 余毅菁 向雪妮", ["余毅菁", "向雪妮"], [], [], []),
        ("作者：医技药剂党支部时间：2019年10月31日", ["医技药剂党支部"], [], [], []),
        # A role glued after a name ends it; the next credit is read by its own label.
        ("本报讯(记者周惠琼通讯员马超)大理州", ["周惠琼"], ["马超"], [], []),
        ("本报见习记者刘帅本报记者刘红杰７月２１日", ["刘帅", "刘红杰"], [], [], []),
        ("记者韩景玮实习生高鸿鹏　（来源：大河网）", ["韩景玮"], ["高鸿鹏"], [], []),
        # 摄影／ labels the next credit: it does not make the name before it a photographer.
        ("本版采写／新京报记者　王瑞锋　摄影／新京报记者　尹亚飞", ["王瑞锋"], [], [], ["尹亚飞"]),
        # Two names without a separator: split only where one cut gives two names.
        ("（记者董璐王仁贵）山西省", ["董璐", "王仁贵"], [], [], []),
        ("文/羊城派记者 林园记者2日从深圳坪山法院获悉", ["林园"], [], [], []),
        ("（记者／黄少宏　实习生／朱子煜　通讯员／成广伟）", ["黄少宏"], ["朱子煜", "成广伟"], [], []),
        ("记者　罗琼　实习生　葛晶　通讯员　王玮　报道", ["罗琼"], ["葛晶", "王玮"], [], []),
        # 丨 and ｜ separate a label from its name as / and | do.
        ("文丨张晓东", ["张晓东"], [], [], []),
        ("撰文丨张晓东　编辑丨李红", ["张晓东"], [], ["李红"], []),
        ("作者｜张晓东", ["张晓东"], [], [], []),
        # 文、图 credits one person with both: an author, and the photographer too.
        ("文、图／张晓东", ["张晓东"], [], [], ["张晓东"]),
        ("文/Demi Xia", ["Demi Xia"], [], [], []),
    ],
)
def test_roles(
    text: str, authors: list[str], correspondents: list[str], editors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert people.authors == authors
    assert people.correspondents == correspondents
    assert people.editors == editors
    assert people.photographers == photographers


@pytest.mark.parametrize(
    "text",
    [
        "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？",
        "医院管理局高级行政经理龚泽民在记者会上表示，8月31日晚",
        "鸡肉也要涨价？央视记者调查：清远鸡零售价上涨3成",
        "作者：网络整理 阅读：1644",
        "作者：未知 责任编辑：棒棒不是糖",
        "作者：name, email@gmail.com",
        "本文仅代表作者个人观点。单位：某某公司 出自：某某",
        "作者：http://weibo.com/u/123456 分享到：",
        "作者 admin 发表于 2019-01-02",
        "记者了解到，今年以来",
    ],
)
def test_no_junk_authors(text: str) -> None:
    assert find_people(text).authors == []


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("王小明", True),
        ("欧阳晓峰", True),
        ("Demi Xia", True),
        ("阿卜杜拉·艾买提", True),
        ("单位", False),
        ("出自", False),
        ("个人观点", False),
        ("分享", False),
        ("编辑", False),
        ("email", False),
        ("www", False),
        ("HN666", False),
        ("fafnar123", False),
        ("Discuz", False),
        ("新京报", False),
        ("会上表示", False),
        ("加拿大必读网友", False),
    ],
)
def test_plausible_name(name: str, ok: bool) -> None:
    assert plausible_name(name) is ok


@pytest.mark.parametrize(
    "name",
    [
        "央视新闻",
        "人民日报",
        "齐鲁晚报·齐鲁壹点",  # a paper and its app, joined like a transliterated name
        "大河报·大河客户端",
        "作者简介",
        "不详",
        "澎湃号",
        "people",
        "Staff Reports",
        "CNN",
        "RDN",
        "The Water Coolest",
    ],
)
def test_outlets_and_labels_are_not_names(name: str) -> None:
    assert not plausible_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "作者：hnzz2008 时间：2018-12-03",  # a login with digits is no name, not even its letters
        "安家?记者探访?省城八千多环卫工",  # a verb after 记者
        "责任编辑：\n香港警方：8.31示威行动未发生致命事件",  # the next headline's label
        "记者从湛江中院获悉，该案近日已在",
    ],
)
def test_no_junk_names(text: str) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.correspondents) == ([], [], [])


@pytest.mark.parametrize(
    "label",
    [
        "网友投稿",
        "本报评论员",
        "匿名网友",
        "网络转载",
        "本刊编辑部",
        "分享到",
        "阅读全文",
        "返回顶部",
        "上一篇",
        "打印本页",
        "关闭窗口",
        "收藏本文",
        "字体大小",
        "李老师",
        "王先生",
        "张女士",
        "热心读者",
        "光明网评论员",
        "审核人",
        "发布人",
        "浏览次数",
        "转自",
        "摘自",
        "标签",
        "关键词",
        "佚名",
        "admin",
        "[db:作者]",
        "未知",
        "不详",
        "小编",
        "超级管理员",
        "Powered by",
        "Share",
        "www.abc.com",
        "用户123",
        "单位",
        "出自",
        "个人观点",
    ],
)
def test_labels_after_an_author_label_are_no_names(label: str) -> None:
    assert find_people(f"作者：{label} 时间：2019-01-01").authors == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # A run glued to its label is a name only when it is a surname and one or two given characters.
        ("以上文章内容仅代表作者本人观点，不代表本站立场。", []),
        ("若有侵权请联系作者删除！", []),
        ("居民向扬子晚报记者反映，小区路灯不亮。", []),
        ("截至记者发稿，仍未恢复供电。", []),
        ("随后，记者深入qq群、论坛调查。", []),
        ("第四届先进单位、先进工作者名单", []),  # 工作者 is a word, not a label
        ("昨天，记者走上街头，探访举牌广告。", []),
        ("楚天都市报5月1日讯(记者刘闪)小区楼道发生火灾", ["刘闪"]),
        ("（记者欧阳晓峰）昨日", ["欧阳晓峰"]),
        ("（记者贲腾）昨日", ["贲腾"]),  # a surname of the 百家姓 outside the commonest
        # After a separator, pen names and nicknames stay: 4 characters, no known surname.
        ("作者：圈圈妈妈", ["圈圈妈妈"]),
        ("文 | 念一", ["念一"]),
    ],
)
def test_glued_runs_need_a_surname(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


def test_surnames_file_holds_single_and_compound_surnames() -> None:
    from crawler.extract.people import COMPOUND_SURNAMES, SURNAMES, surname_first

    assert {"王", "贲", "宦", "洪", "代"} <= SURNAMES and {"欧阳", "司马", "太史"} <= COMPOUND_SURNAMES
    assert surname_first("王小明") and surname_first("欧阳晓峰") and surname_first("Demi Xia")
    assert not surname_first("本人观点") and not surname_first("王小明华")


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # The next field glued after a name ends it.
        ("作者：贾曼曼责编：王艳敏审核：王琳玮", ["贾曼曼"]),
        ("榆林站记者:王蓉视频来源:榆林消防", ["王蓉"]),
        ("记者：蒋涛本期编辑：张枢芳", ["蒋涛"]),
        ("作者：朱翰霖返回搜狐，查看更多", ["朱翰霖"]),
        ("商报记者/周洲原标题:无锡联通", ["周洲"]),
    ],
)
def test_next_field_glued_after_a_name(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "editors", "photographers"),
    [
        # A one-character role before a separator, a modified role, a field or the text's first words
        # glued after a name end it; a phrase glued to a field is no name.
        ("财经天下 文｜李玲编｜杨舒芳", ["李玲"], [], []),
        ("记者：建国图片来源：南太湖网友", [], [], []),
        ("作者:李博监制:童曙泉、冯瑞编辑:匡峰流程编辑：孙昱杰", ["李博"], ["匡峰", "孙昱杰"], []),
        ("（编辑 戴晨曦 实习编辑 熊子文）", [], ["戴晨曦", "熊子文"], []),
        ("作者：驿站近日，据相关媒体报道", [], [], []),
        # 文/图 glued to the names: they wrote the text and took the pictures (session 15).
        ("(文/图李贞贞、林雪英)", ["李贞贞", "林雪英"], [], ["李贞贞", "林雪英"]),
        # Labels and two-character names spaced out to fill a column.
        ("责任编辑：聂孝基编 辑：罗 雪", [], ["聂孝基", "罗雪"], []),
        ("全媒体记者 王永良 通讯员 于 露 为深入推进今年的消防工作", ["王永良"], [], []),
        # 摄影师 is a word, 摄影作者 a photographer's label, 警方供图 credits no person.
        ("usgs摄影师拍摄于此时", [], [], []),
        (
            "文章作者：程果、解放军报记者 李建文摄影作者：席博博本期编审：牛锐",
            ["程果", "李建文"],
            [],
            ["席博博"],
        ),
        ("（燕赵都市报记者 田媛媛 警方供图）", ["田媛媛"], [], []),
        # A photo credit runs into the next caption: still a photographer, and no name from the caption.
        ("新华社记者 方喆 摄这是航拍的上海自贸区", [], [], ["方喆"]),
        ("新华社记者 刘军喜 摄倪海真（左）到深圳华强北", [], [], ["刘军喜"]),
        ("操作者应进行5个周期心肺复苏", [], [], []),
        # A dateline's place, a body glued after a name, a text that speaks of an author, unnamed people.
        ("闪电新闻记者 刘杰 济南报道[责任编辑：杨凡]", ["刘杰"], ["杨凡"], []),
        ("□本报记者张朝晖实习记者王培成银监会19日就", ["张朝晖"], [], []),
        ("「少年得到」作者郝广才，特意总结出10个妙招", [], [], []),
        ("死者为23岁的中国籍实习生唐某。", [], [], []),
        ("编辑 | 夏桑 虾妹 剪辑 | 呀呀", [], ["夏桑", "虾妹"], []),
        # Accounts and bodies where an editor was expected.
        ("编辑：办公室", [], [], []),
        ("图文：东城支行 编辑：职工之家", [], [], []),
        ("编辑：envy丸子", [], [], []),
    ],
)
def test_roles_and_fields_glued_to_names(
    text: str, authors: list[str], editors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.photographers) == (authors, editors, photographers)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("(作者：方敏北京大学经济学院教授)", ["方敏"]),
        ("作者：欧阳晓峰北京大学教授", ["欧阳晓峰"]),
        ("作者：刘伟 中国社会科学院研究员", ["刘伟"]),
        # No institution or title at the end: no cut, no name.
        ("作者：张三李四王五赵六钱七", []),
        ("作者本人观点", []),
    ],
)
def test_author_glued_to_affiliation(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        # From the seed-11 inews sample: a description after a comma, cut at its digits, is no name.
        ("关于作者：薇安，世界500强美女高管，每年掌管数10亿生意", ["薇安"], []),
        ("封面新闻记者 杨力2 月 16 日，市民何女士驾车", ["杨力"], []),
        # A verb glued after 记者 whose first character is a surname.
        ("得知记者来采访，特意搬了出来", [], []),
        ("记者走访发现，该路段", [], []),
        # Every name of a list: the last one with the next label glued is still a name.
        ("记者：刘曲 郭妍捷编辑：姚盼来源：省政府新闻办", ["刘曲", "郭妍捷"], ["姚盼"]),
        ("特约记者：唐帅 薛振峰 于林才编辑：牛前前", ["唐帅", "薛振峰", "于林才"], ["牛前前"]),
        # ... while a bare last token before a colon is the next field's label.
        ("楼主：客家阿妹 级别: 论坛版主", ["客家阿妹"], []),
        # From the seed-12 sample: 图 glued before a colon ends the list's last name.
        ("文：郑文斌、王炳堃、何子婧图：周君花编辑：邵阳", ["郑文斌", "王炳堃", "何子婧"], ["邵阳"]),
        ("此外，记者查询到，在多地查出的问题", [], []),
    ],
)
def test_list_ends_and_glued_verbs(text: str, authors: list[str], editors: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.editors) == (authors, editors)


def test_a_spaced_name_then_tu_is_a_photo_credit() -> None:
    """ "澎湃新闻记者 谭君 图12月17日，…": 图 after a spaced name credits the picture (seed-12 sample)."""
    people = find_people("位于写字楼内的衡阳仲裁委员会。澎湃新闻记者 谭君 图12月17日，一场激烈的庭审")
    assert (people.authors, people.photographers) == ([], ["谭君"])
    # "记者 张三 图/文" and "文/张三 图/李四" are unchanged.
    assert find_people("记者 张三 图/文").authors == ["张三"]
    people = find_people("文/张三 图/李四")
    assert (people.authors, people.photographers) == (["张三"], ["李四"])


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # Everyday words without a common surname are no names (seed 10: 教师, 校长; seed 11: 世界).
        ("作者：教师", []),
        ("编辑：李四 作者：校长", []),
        ("作者：中国", []),
        # Pen names rare in the dictionary, and names that are words but start with a surname, stay.
        ("文丨山野", ["山野"]),
        ("作者：念一", ["念一"]),
        ("记者 高峰 通讯员 王五", ["高峰"]),
        ("（记者 文静）", ["文静"]),
    ],
)
def test_everyday_words_are_no_names(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        # Seed-13 sample: a photo credit "X 图（除署名外）", a placeholder, 摄 running into a caption.
        ("本文图均为 澎湃新闻记者 陈雷柱 图（除署名外） 李艾玲告诉", [], ["陈雷柱"]),
        ("作者：xxx；来源：国际猪业", [], []),
        ("座谈会现场。记者 黄克 梁凯昌 摄期间，马飚在南宁", [], ["黄克", "梁凯昌"]),
        ("（记者 陈贻泽 魏恒）5月20日至23日", ["陈贻泽", "魏恒"], []),
    ],
)
def test_photo_credits_and_placeholders(text: str, authors: list[str], photographers: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("text", "authors", "editors", "photographers"),
    [
        # From the middle-32 sample (inews text between the zones): a common verb glued after 记者
        # or taken after 图/ is no name, even when its first character is a surname.
        ("林向中新社记者解释，在幅面一平方公里的海水面上", [], [], []),
        ("大河报记者查看视频发现，办公室内共出现三人", [], [], []),
        ("黄晓薇等5人任山西省委(图/简历)下图依次", [], [], []),
        # ... while a name that is also a rarer verb stays.
        ("西部网讯(记者周到)2017年7月1日", ["周到"], [], []),
        # A question at a press conference: 您 is in no name.
        ("中国日报社记者：总理您好，在今年两会期间", [], [], []),
        # An English sentence after 图 |, and picture agencies, are no photographers.
        ("受害者。图 | gender-related killing of women and girls", [], [], []),
        ("图 | pixabay“焦点必须从质疑受害者", [], [], []),
        ("进入商用 图|视觉中国）就在微软宣布", [], [], []),
        # The next article's dateline glued after an editor's name.
        ("责任编辑:张迪中国2月9日电据台湾", [], ["张迪"], []),
        # A caption after 图：, where a place opens a quoted phrase.
        ("图：株洲“围标强人”王建军\n2012年8月", [], [], []),
        # ... but a name before a spaced sentence that opens a quote stays.
        ("华商报记者 陈思存 落实“五新”战略任务", ["陈思存"], [], []),
        ("（记者 韩梅）\n记者李元珺“唐伟，我来看你了。”", ["韩梅", "李元珺"], [], []),
        # 图 glued after a three-character name, then a new line: a photo credit.
        ("澎湃新闻记者 朱安足图\n安政军在成都温江投资的", [], [], ["朱安足"]),
        ("澎湃新闻记者 朱安足图 安政军在成都温江投资的", [], [], ["朱安足"]),
        ("记者 王宏图 报道", ["王宏图"], [], []),
    ],
)
def test_verbs_sentences_agencies_and_glued_datelines(
    text: str, authors: list[str], editors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.editors, people.photographers) == (authors, editors, photographers)


@pytest.mark.parametrize(
    "text",
    [
        # Junk classes of issue 20, as a label on a page may be followed by them: HTML attribute
        # words and URL parts, social-media and forum-software names, forum and sharing labels,
        # opinion disclaimers, time words, people named by their role, bodies and their pieces, places.
        "作者：class",
        "编辑：href",
        "文/nofollow",
        "作者：shtml",
        "来源：人民网 作者：instagram ",
        "作者：Comsenz",
        "作者：康盛",
        "编辑：朋友圈",
        "作者：抖音",
        "编辑：扫一扫",
        "记者 点击查看 ",
        "作者：本人观点",
        "作者：仅供参考",
        "楼主：新手上路 ",
        "编辑：沙发",
        "作者：回复",
        "（记者当晚）",
        "记者 凌晨 ",
        "作者：民警",
        "通讯员 工作人员 ",
        "作者：宣传部",
        "编辑：县委",
        "作者：公安局",
        "作者：居委会",
        "作者：人民政府",
        "（记者 株洲）",
        "图/东莞",
        "作者：乌鲁木齐",
        "记者 郑州 ",
    ],
)
def test_issue_junk_classes_are_no_names(text: str) -> None:
    people = find_people(text + "\n")
    assert people.authors + people.editors + people.correspondents + people.photographers == []


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        # Names that look like the junk above stay: a city that is also a name (邵阳, seed 12),
        # an English name with a word of the lists (Rachael Link), a body credited as author.
        ("文：郑文斌、何子婧图：周君花编辑：邵阳", ["郑文斌", "何子婧"], ["邵阳"]),
        ("作者：Rachael Link", ["Rachael Link"], []),
        ("作者：医技药剂党支部", ["医技药剂党支部"], []),
        ("（记者 凌晨光）", ["凌晨光"], []),
        ("【编辑:王忠会】", [], ["王忠会"]),
    ],
)
def test_names_like_junk_stay(text: str, authors: list[str], editors: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.editors) == (authors, editors)


@pytest.mark.parametrize(
    ("text", "authors", "correspondents"),
    [
        # A compound surname spaced from its given name (column spacing) is one name, not two.
        ("记者 欧阳 晓峰", ["欧阳晓峰"], []),
        ("（记者 王小明 通讯员 司马 光、汪芳）", ["王小明"], ["司马光", "汪芳"]),
        ("作者：上官 婉儿", ["上官婉儿"], []),
        # Unspaced ones were whole already.
        ("（记者 慕容复 实习生 东方白）", ["慕容复"], ["东方白"]),
    ],
)
def test_spaced_compound_surnames_stay_whole(
    text: str, authors: list[str], correspondents: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.correspondents) == (authors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors", "correspondents", "photographers"),
    [
        # A two-character name padded with a space, a full-width space or two spaces is one name.
        ("（通讯员 谢 娟、林晨庆）", [], ["谢娟", "林晨庆"], []),
        ("记者 王\u3000强 李小明", ["王强", "李小明"], [], []),
        ("/记者 张 风 报道", ["张风"], [], []),
        ("记者 王  强 李小明", ["王强", "李小明"], [], []),
        ("文/张 风 图/李 明", ["张风"], [], ["李明"]),
        ("新华社记者 王 文 摄", [], [], ["王文"]),
        # The role word glued to the surname, the given name spaced from it (记者王 强).
        ("本报讯（记者王 强）昨天上午", ["王强"], [], []),
        ("（本报记者胡 璐 通讯员程 琪）", ["胡璐"], ["程琪"], []),
        ("（记者王 李明）", [], [], []),
        ("记者小 强", [], [], []),
        # Single characters that pair into no names are left as printed: never 王李.
        ("记者 王 李明", [], [], []),
        ("记者 王 李 明", [], [], []),
        ("记者 王，强", [], [], []),
    ],
)
def test_spaced_two_character_names(
    text: str, authors: list[str], correspondents: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.correspondents, people.photographers) == (
        authors,
        correspondents,
        photographers,
    )


def test_a_label_ending_one_zone_does_not_read_the_next() -> None:
    """A page's header zone ending in "作者：" is followed by the headline's zone, not by a name."""
    from archive.items import ArticleItem
    from crawler.extract.bylines import fill_credits

    item = ArticleItem(url="http://news.example.cn/1.shtml")
    fill_credits(item, ["发布者：系统管理员 所属栏目：通知公告 作者：", "王者荣耀新赛季今日上线"], "")
    assert item.authors == []
    # A colon label still reaches a name on the next line of the same zone.
    item = ArticleItem(url="http://news.example.cn/2.shtml")
    fill_credits(item, ["作者：\n王小明"], "")
    assert item.authors == ["王小明"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Baidu Baike's 编辑 锁定 讨论 buttons: a verb without a common surname is no editor.
        ("蔡健雅 编辑 锁定 讨论 1975年1月28日", []),
        # A body's name where a person was expected.
        ("作者：武汉大学", []),
        ("作者：武汉大学医院", ["武汉大学医院"]),
    ],
)
def test_rarer_verbs_and_body_names(text: str, names: list[str]) -> None:
    people = find_people(text)
    assert people.authors + people.editors == names


@pytest.mark.parametrize(
    "text",
    [
        "作者：webmaster",
        "作者：本网原创",
        "作者：澎湃号·政务",
        "作者：机器之心",
        "作者：南方周末",
        "作者：财新",
    ],
)
def test_outlets_accounts_and_site_roles_are_no_authors(text: str) -> None:
    """The dev set's rule: platform accounts and outlets credited as 作者 are no authors."""
    assert find_people(text).authors == []


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        # Credit roles that are no names and no authors: the cartoonist, the chart maker.
        ("文／张三 漫画／李四", ["张三"], []),
        ("记者 张三 漫画 李四", ["张三"], []),
        ("记者 张三 制图 李四", ["张三"], []),
        ("记者 张三 李四／漫画", ["张三"], ["李四"]),
        ("文/黄轶涵 黄昕／漫画", ["黄轶涵"], ["黄昕"]),
        # 图 before a separator labels the next credit: the name before it wrote the text.
        ("文 | 张三 图 | 李四", ["张三"], ["李四"]),
    ],
)
def test_picture_credits_are_no_authors(text: str, authors: list[str], photographers: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("texts", "names"),
    [
        # A forum post header's furniture is no poster's nickname ...
        (["只看楼主"], []),
        (["电梯直达"], []),
        (["注册会员"], []),
        (["超级版主"], []),
        (["倒序浏览"], []),
        (["县委宣传部"], []),
        (["广州"], []),
        # ... while nicknames stay.
        (["赣妹子小芳"], ["赣妹子小芳"]),
        (["楼主：客家阿妹"], ["客家阿妹"]),
        (["山里的老师"], ["山里的老师"]),
    ],
)
def test_post_header_furniture_is_no_nickname(texts: list[str], names: list[str]) -> None:
    from crawler.extract.bylines import hinted_byline_names

    assert hinted_byline_names(texts, post_header=True) == names


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        # "/摄" after a name credits the photograph, whatever follows (a caption, the end).
        ("北京晨报记者李木易/摄北京今起正式供暖", [], ["李木易"]),
        ("（记者 李四/摄）", [], ["李四"]),
        ("记者 张三 李四/摄", ["张三"], ["李四"]),
        ("记者 张三/图片来源：网络", ["张三"], []),
        ("记者 张三/摄影师", ["张三"], []),
        # A transliterated name cut at its hyphen is no name.
        ("据著名记者马克-波曼消息，在选秀大会开始之前", [], []),
        ("记者 张三 马克-波曼", ["张三"], []),
    ],
)
def test_slash_photo_credits_and_hyphenated_names(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


def test_the_label_lookahead_changes_no_match() -> None:
    """``_LABELS`` looks ahead for a label's first character: a label added with another one would be lost."""
    import re
    from pathlib import Path

    from crawler.extract.decode import decode_html
    from crawler.extract.role_words import _LABEL_ALTERNATIVES, _LABELS, LABEL_STARTS

    plain = re.compile(_LABEL_ALTERNATIVES)
    data = Path(__file__).parent / "data"
    pages = sorted([*data.glob("pages/*.html"), *data.glob("fields_devset/pages/*.html")])
    texts = [decode_html(p.read_bytes()).text for p in pages]
    texts += ["本报记者 张三", "（记者王小明 通讯员欧阳晓峰、汪芳）", "文/陈晓 图/欧阳明亮", "楼主：客家阿妹"]
    labels = 0
    for text in texts:
        found = [(m.span(), m.lastgroup) for m in _LABELS.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert all(text[start] in LABEL_STARTS for (start, _), _ in found)
        labels += len(found)
    assert len(texts) > 100 and labels > 200


@pytest.mark.parametrize(
    "text",
    [
        "据新京报记者李华，事发时",  # 据: the text reports what a reporter found
        "资深记者章文，从业二十年",  # an adjective before 记者: prose about a reporter
        "我是新京报的记者刘昀，",  # 的记者: a sentence
        "示威者威胁行人及记者安全。",  # 及记者: 记者 is a noun in the sentence
        "这名记者赵明，当时在场",
    ],
)
def test_prose_about_reporters_is_no_byline(text: str) -> None:
    """A byline's 记者 opens its line or clause (after the outlet at most); mid-sentence it credits nobody."""
    assert find_people(text).authors == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("现场视频 晶报记者 谢敏 今年1月", ["谢敏"]),
        ("阅读详情今日头条新闻>>记者蒋龙龙15日凌晨", ["蒋龙龙"]),
        ("有答案了别随便把暖气片改成地暖记者蒋龙龙 见习记者赵夏晔", ["蒋龙龙"]),
        ("新华社北京2月9日电（记者唐霁）", ["唐霁"]),
    ],
)
def test_bylines_after_outlets_and_marks_stay(text: str, authors: list[str]) -> None:
    """Only the clause just before 记者 is read: outlets, marks, glued headlines keep their byline."""
    assert find_people(text).authors[: len(authors)] == authors


_SPIDER_BLOCK_PAGE = """<html><head>{meta}<title>坚定实施扩大内需战略</title></head><body>
<h1>坚定实施扩大内需战略</h1>
<div id="BaiduSpider" style="display:none"><span id="pubtime_baidu">2020-07-04 12:10:24</span>
{hidden}</div>
<div class="left_t">2020年07月04日 12:10　来源：求是网</div>
<div class="left_zw">
<p>中国正处于近代以来最好的发展时期，世界正面临着百年未有之大变局，两者同步交织、相互激荡。我们要在危机中育新机，于变局中开新局。</p>
<p>实施扩大内需战略同时顺应了应对疫情冲击、保持我国经济长期持续健康发展、满足人民日益增长的美好生活需要三方面需求。</p>
<p>只要我们始终坚持党的集中统一领导，坚持社会主义市场经济改革方向，中国经济这艘大船一定能够乘风破浪，行稳致远！</p>
</div>
<ul><li><a href="/1">相关新闻一则</a></li><li><a href="/2">相关新闻二则</a></li>
<li><a href="/3">相关新闻三则</a></li></ul>
{footer}
</body></html>"""


def _spider_page(meta: str = "", hidden: str = "", footer: str = "") -> bytes:
    return _SPIDER_BLOCK_PAGE.format(meta=meta, hidden=hidden, footer=footer).encode()


def test_hidden_spider_block_names_no_author() -> None:
    """A block styled display:none (for Baidu's spider) is no byline a reader sees: its 作者 is the editor."""
    from crawler.extract import extract_article

    url = "http://www.chinanews.com/gn/2020/07-04/1.shtml"
    spider = _spider_page(hidden='<span id="author_baidu">作者：陈海峰</span>')
    assert extract_article(url, spider).authors == []
    shown = _spider_page(hidden="").replace(b"12:10\xe3\x80\x80", "12:10　作者：陈海峰　".encode())
    assert extract_article(url, shown).authors == ["陈海峰"]


def test_meta_author_credited_as_editor_is_no_author() -> None:
    """An ``author`` meta name the page credits as editor (in a footer) is the web editor, not the writer."""
    from crawler.extract import extract_article

    url = "http://www.chinanews.com/gn/2020/07-04/1.shtml"
    meta = '<meta name="author" content="陈海峰">'
    page = _spider_page(meta=meta, footer='<div class="foot">本页编辑：陈海峰 联系电话</div>')
    assert extract_article(url, page).authors == []
    other = _spider_page(meta=meta, footer='<div class="foot">陈海峰 本页编辑：王小明 联系电话</div>')
    assert extract_article(url, other).authors == ["陈海峰"]


@pytest.mark.parametrize(
    "word", ["作者不详", "原作者", "原文作者", "作者单位", "编者", "编者按", "详见原文", "详情", "央视"]
)
def test_label_words_after_author_label_are_no_names(word: str) -> None:
    """``作者：作者不详`` says nobody is named; 编者/详情 are labels, 央视 an outlet with no outlet ending."""
    assert find_people(f"作者：{word}\n").authors == []
    assert not plausible_name(word)


def test_glued_byline_chain_is_no_sentence() -> None:
    """A surname that is also a prose word (向) in a byline chain does not make 通讯员 a sentence."""
    people = find_people("（记者向阳通讯员李四）")
    assert (people.authors, people.correspondents) == (["向阳"], ["李四"])


@pytest.mark.parametrize(
    ("text", "authors", "correspondents", "editors"),
    [
        # County and city sites fill the CMS's 作者 field with the credit's own role word.
        ("来源：中国缙云新闻网 作者：通讯员 刘建　　七人被依法取保候审", [], ["刘建"], []),
        ("作者：通讯员 刘建 记者 王小明", ["王小明"], ["刘建"], []),
        ("作者：实习生 张丽", [], ["张丽"], []),
        ("作者：编辑 李华 来源：本站", [], [], ["李华"]),
        ("作者：本报记者 王小明", ["王小明"], [], []),  # a writer's role stays the writer's
    ],
)
def test_author_field_holding_another_role(
    text: str, authors: list[str], correspondents: list[str], editors: list[str]
) -> None:
    """作者 followed by 通讯员/实习生/编辑: the role word, not the CMS's field name, says what the name is."""
    people = find_people(text)
    assert (people.authors, people.correspondents, people.editors) == (authors, correspondents, editors)


def test_wechat_rich_media_classes_are_no_source() -> None:
    """WeChat prints the writer in ``rich_media_meta_text``: "media" there names a page part, no outlet."""
    from crawler.extract.bylines import metadata_authors
    from crawler.extract.people import People

    page = (
        '<html><head><meta name="author" content="王建国"></head><body><div class="rich_media_meta_list">'
        '<span class="rich_media_meta rich_media_meta_text">王建国</span>'
        '<span class="rich_media_meta rich_media_meta_nickname"><a>古城头条</a></span></div></body></html>'
    )
    assert metadata_authors("王建国", page, "", People()) == ["王建国"]
    outlet = page.replace("rich_media_meta rich_media_meta_text", "media-name")
    assert metadata_authors("王建国", outlet, "", People()) == []


_BLOG_TEXT = "".join(
    f"<p>第{i}段：房子都是钢筋混凝土建的，为什么家具一着火，整栋楼都会起火？买房的时候很多人首先排除顶层。</p>"
    for i in range(8)
)


@pytest.mark.parametrize(
    "credit",
    [
        # WordPress (Twenty Seventeen): the author's archive link in the byline.
        '<span class="byline"> 作者 <span class="author vcard"><a class="url fn n" '
        'href="https://blog.example.net/author/xiaoqiao/">小桥流水人家</a></span></span>',
        # Typecho: microdata and rel="author".
        '<ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: '
        '<a itemprop="name" href="https://blog.example.net/author/1/" rel="author">小桥流水人家</a>'
        "</li></ul>",
    ],
)
def test_a_blogs_author_link_names_its_writer_by_nickname(credit: str) -> None:
    """A link the blog software marks as the post's author (rel="author", /author/ archive) names it."""
    from crawler.extract import extract_article

    page = (
        "<html><head><title>家具一着火整栋楼都会起火 – 小桥流水的小站</title></head><body>"
        f"<article><header class='entry-header'><h1>家具一着火整栋楼都会起火</h1>"
        f"<div class='entry-meta'>{credit}"
        f"</div></header><div class='entry-content'>{_BLOG_TEXT}</div>"
        "</article><div class='comments'><a href='https://blog.example.net/author/laowang/'>隔壁老王</a>"
        "<p>说得对</p></div></body></html>"
    )
    url = "https://blog.example.net/2019/06/04/post-605/"
    assert extract_article(url, page.encode()).authors == ["小桥流水人家"]
    # The same link below the text (a comment's or a related post's author) names nobody.
    below = page.replace(credit, "").replace("<p>说得对</p>", credit)
    assert extract_article(url, below.encode()).authors == []


@pytest.mark.parametrize("name", ["人民视频", "澎湃号", "古城头条", "市政府发布", "新京报"])
def test_outlets_are_no_nicknames(name: str) -> None:
    """A nickname source (post header, author link) refuses outlets and accounts by their endings."""
    from crawler.extract.bylines import hinted_byline_names

    assert hinted_byline_names([name], post_header=True) == []
    assert hinted_byline_names(["东篱采菊"], post_header=True) == ["东篱采菊"]


@pytest.mark.parametrize(
    ("text", "authors", "correspondents"),
    [
        ("中新网南京7月23日电(唐娟)7月23日，常州科教城举办创业大赛。", ["唐娟"], []),
        ("扬州网讯(吴生锋邹平)21日，市委书记主持召开市委常委会。", ["吴生锋", "邹平"], []),
        ("本报讯（张三 李四）近日，全市开展安全生产大检查。", ["张三", "李四"], []),
        ("羊城晚报讯（尹安学 通讯员杨晨）清远市清城区住建局", ["尹安学"], ["杨晨"]),
        ("新华社北京1月1日电（记者王小明）元旦，", ["王小明"], []),
        ("本报讯（刘通摄）", [], []),  # the photographer
        ("中国消费者报杭州讯(沈骏鹏记者郑铁峰)近日，", ["郑铁峰"], []),  # unlabelled names before 记者
        # A bracketed name closing a text is left alone (the dev set reads none there: "…举行。（张巨峰）").
        ("南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）", [], []),
        # Not a credit: a closing mark, a picture note, an outlet, a source, a name inside a sentence.
        ("事故原因正在进一步调查中。（完）", [], []),
        ("摊贩正在销售违禁物品。（资料图片）", [], []),
        ("这是今年以来的第三起。（中新网）", [], []),
        ("这是今年以来的第三起。（本报综合）", [], []),
        ("至此事件告一段落！（来源：鲁甸警方）", [], []),
        ("他的儿子（张明）在外地打工，很少回家。", [], []),
        ("本报讯（通讯员 李四）近日，", [], ["李四"]),
    ],
)
def test_bare_names_in_brackets_after_a_dateline(
    text: str, authors: list[str], correspondents: list[str]
) -> None:
    """（唐娟） right after 讯/电 is the writers' credit; other brackets are not."""
    people = find_people(text)
    assert (people.authors, people.correspondents) == (authors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors", "correspondents"),
    [
        # The byline's paragraph break lost in a zone: the text's first word is no correspondent.
        (
            "□记者 令狐懿 实习生 邵佳怡 上官家豪 通讯员 肖志刚 　　篮球1v1单挑时的进攻技巧",
            ["令狐懿"],
            ["邵佳怡", "上官家豪", "肖志刚"],
        ),
        ("记者 王婷 今年以来，临江市持续推进", ["王婷"], []),
        # Names that are also words but open with a surname stay names.
        ("记者 王婷 高峰 文静", ["王婷", "高峰", "文静"], []),
    ],
)
def test_a_word_of_text_spaced_after_names_ends_the_byline(
    text: str, authors: list[str], correspondents: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.correspondents) == (authors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("城市晚报　2020年3月1日　特约评论员　周一鸣", ["周一鸣"]),
        ("本报特约评论员　李明轩", ["李明轩"]),
        ("新华社特约评论员：坚定发展信心", []),  # the column's headline, not a name
        ("（评论员 罗博 萧海川）", []),  # a staff commentary: the dev set reads no writer there
        ("本报评论员", []),
        ("据本报特约评论员张三分析", []),
    ],
)
def test_a_special_commentator_is_an_author(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize("label", ["图文", "文并摄", "文并图"])
def test_text_and_pictures_by_one_writer(label: str) -> None:
    assert find_people(f"{label}/王婷").authors == ["王婷"]


@pytest.mark.parametrize(
    "text",
    [
        "上一篇：全市安全生产工作会议召开 作者：李璐\n下一篇：一批重点项目集中签约 作者：张建华",
        "作者：王婷 上一篇：全市安全生产工作会议召开 作者：李璐",
        "下一条：一批重点项目集中签约（作者：李璐）",
    ],
)
def test_credits_of_linked_articles_are_not_the_pages(text: str) -> None:
    assert find_people(text).authors == (["王婷"] if text.startswith("作者：王婷") else [])


def test_a_sentences_words_are_no_link_label() -> None:
    text = "将藏在身上一条价值7.9万元的金项链追回。来源丨南国早报客户端记者 蒋文跃 通讯员 黄凤桃"
    assert find_people(text).authors == ["蒋文跃"]
    assert find_people("沈报融媒记者 徐微微上一条：德国研发出新技术 作者：李璐").authors == ["徐微微"]


def test_a_credit_after_a_recommended_list_in_one_line_stays() -> None:
    text = "推荐阅读感恩母亲节特别策划丨今天，我们有话想对妈妈说……编辑：陈淑静■ 广告合作：0562-2861234"
    assert find_people(text).editors == ["陈淑静"]


def test_previous_and_next_links_credit_other_articles() -> None:
    from crawler.extract import extract_article

    text = "".join(
        f"<p>{s}</p>"
        for s in (
            "今年以来，临江市持续推进老旧小区改造工作，共完成改造项目四十二个，惠及居民一万余户。",
            "改造内容包括屋面防水、外墙保温、管网更新和加装电梯等，居民满意度明显提升。",
            "市住建局有关负责人说，下一步将继续扩大改造范围，让更多群众住得更舒心。",
        )
    )
    page = (
        '<html><head><meta charset="utf-8"><title>临江老旧小区改造惠及万户居民_临江网</title></head><body>'
        "<h1>临江老旧小区改造惠及万户居民</h1>"
        '<div class="meta"><span>作者：王婷</span><span>2020-03-05 10:00</span></div>'
        f'{text}<div class="pn"><p>上一篇：<a href="/2">全市安全生产工作会议召开</a> 作者：李璐</p>'
        '<p>下一篇：<a href="/3">一批重点项目集中签约</a> 作者：张建华</p></div></body></html>'
    )
    assert extract_article("http://www.example.cn/a/1.html", page.encode()).authors == ["王婷"]


@pytest.mark.parametrize("text", ["（本文作者王婷系临江大学教授）", "作者王婷系临江大学教授"])
def test_a_bios_copula_is_no_part_of_a_name(text: str) -> None:
    assert "王婷系" not in find_people(text).authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("关于作者:她刊(id:iiiher)，好看的皮囊千篇一律", []),
        ("来源/剥洋葱people（id：boyangcongpeople）作者/剥洋葱", []),
        ("本文来源于微信公众号临江发布（ID：ljfb）作者：临江发布", []),
        ("作者：王婷 来源：平安临江（ID：pajl110）", ["王婷"]),
        ("作者：李月亮来源：李月亮（id：bymooneye）", ["李月亮"]),  # the writer's own account
        ("作者：大熊，公众号：白日做梦（ID：bairi）", ["大熊"]),
    ],
)
def test_a_wechat_account_printed_with_its_id_is_no_writer(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize("desk", ["新闻中心", "融媒体中心", "新闻部", "总编室"])
def test_a_desk_alone_is_no_writer(desk: str) -> None:
    assert find_people(f"作者:{desk}来源:区委宣传部").authors == []


# Paragraphs whose 120th character falls inside a name (陈子|妍) or a sentence (记者慕名|来到).
_PAD = "在中华人民共和国诞生六十周年前夕，"  # 17 characters


@pytest.mark.parametrize(
    ("paragraph", "authors", "correspondents"),
    [
        (
            _PAD * 5 + "白留" * 8 + "现代快报讯（记者 姜振军 通讯员 陈子妍）相对于旅馆酒店来说日租房便宜不少",
            ["姜振军"],
            ["陈子妍"],
        ),
        (_PAD * 6 + "今年夏天" * 3 + "夏，记者慕名来到中国人民公安大学拜访了谢老。", [], []),
    ],
)
def test_an_opening_zone_ends_at_a_clause_end(
    paragraph: str, authors: list[str], correspondents: list[str]
) -> None:
    from crawler.extract.bylines import opening_zone

    assert paragraph[:120].endswith(("陈子", "慕名"))  # where a fixed cut would end
    people = find_people(opening_zone(paragraph))
    assert (people.authors, people.correspondents) == (authors, correspondents)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("无题——作者：宋均益国庆 10.1 八方聚，手机坏了添脾气。", []),  # no cut into two names: none
        ("新华网北京5月23日电(记者董璐王仁贵)山西省", ["董璐", "王仁贵"]),
        ("作者：王洪春康佳", ["王洪春", "康佳"]),
    ],
)
def test_two_glued_names_split_only_into_names(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


def test_every_compound_surname_has_two_characters() -> None:
    # name_runs._SPACED_COMPOUND looks behind a surname's two characters for the separator before it.
    from crawler.extract.name_lists import COMPOUND_SURNAMES

    assert {len(surname) for surname in COMPOUND_SURNAMES} == {2}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("关于作者:她刊(id:iiiher)，好看的皮囊", ["她刊"]),
        ("剥洋葱people（ID：boyangcongpeople）作者/剥洋葱", ["剥洋葱people"]),
        ("公众号：白日做梦（微信号 : bairi）", ["白日做梦"]),
        ("白日做梦（ID bairi）", []),  # no colon: no id
        ("作者：王婷 来源：平安临江", []),
    ],
)
def test_account_names_are_read_where_an_id_is_printed(text: str, names: list[str]) -> None:
    from crawler.extract.credit_forms import account_names

    assert account_names(text) == names


# Credit kinds of the fourth credit probe (bench/credit_probe4.py), one rule each.
@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        # Middle dots of other code points between a minority name's parts read as ·.
        ("记者 阿布来提‧吐逊", ["阿布来提·吐逊"], []),
        ("本报讯（记者 孟淑宇 通讯员 巴哈尔・肉孜）", ["孟淑宇"], []),
        # A dotted name before its role.
        ("买买提•艾力/文", ["买买提•艾力"], []),
        # A magazine's role joined to the name by a middle dot, and 文 spaced after a name.
        ("文·周莉璇　图·陆斌翔", ["周莉璇"], ["陆斌翔"]),
        ("徐超昊　文", ["徐超昊"], []),
        ("潘霞杰 文　董帆超 摄", ["潘霞杰"], ["董帆超"]),
        # A title after the name; the writer's employer and title before it is no writer.
        ("作者：南屏律师事务所 邓昕佳讲师", ["邓昕佳"], []),
        ("作者：汪锋高级工程师（安平律师事务所）", ["汪锋"], []),
        ("作者：石门律师事务所律师 周霞勇", ["周霞勇"], []),
        ("作者：王律师", [], []),
        # A photographer glued to 摄 at a caption's end.
        ("图为黑色的蒜，只有一个蒜瓣。龚艳磊摄", [], ["龚艳磊"]),
        ("▲洛阳协和医院门诊大楼　韩超摄影", [], ["韩超"]),
        ("（向静娟摄）", [], ["向静娟"]),
        # ... who stays an author when the byline names him too.
        ("本报记者 张晓峰\n\n图为活动现场。张晓峰摄", ["张晓峰"], ["张晓峰"]),
        # A closing note on the writer.
        ("作者简介：孙春佳，江城理工大学公共管理学院博士研究生。", ["孙春佳"], []),
        ("【作者简介】魏瑞，男，1975年生，江城人，江城大学副教授。", ["魏瑞"], []),
        ("（作者王婷系江城大学教授）", ["王婷"], []),
        ("（作者系江城大学经济学院教授）", [], []),
        # A named commentator's byline; the role alone, or a bracketed staff credit, names nobody.
        ("本报评论员 王小明", ["王小明"], []),
        ("■本报评论员 王小明", ["王小明"], []),
        ("桐城商报评论员 彭明琪", ["彭明琪"], []),
        ("本报评论员", [], []),
        ("（评论员 罗博 萧海川）", [], []),
        # An English byline of two capitalised words; an agency is nobody.
        ("By Li Yue", ["Li Yue"], []),
        ("By Reuters Staff", [], []),
        # A columnist's byline.
        ("专栏作家 陶亮倩", ["陶亮倩"], []),
    ],
)
def test_credit_probe4_kinds(text: str, authors: list[str], photographers: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


def test_a_dotted_correspondent_is_read_whole() -> None:
    people = find_people("本报讯（记者 孟淑宇 通讯员 巴哈尔・肉孜、巴哈尔・阿不都）")
    assert people.correspondents == ["巴哈尔·肉孜", "巴哈尔·阿不都"]

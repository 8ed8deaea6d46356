"""Credits the writers probe's tune pages showed missing or wrong (``tests/data/cms_probe/writers``).

Each test failed on the code before its rule: the pages were written apart
from the rules (see ``tools/make_cms_probe_writers.py``).
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people


def _page(body: str, title: str = "标题", head: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'
    ).encode()


TEXT = (
    "<p>今年以来，全市各部门围绕重点工作持续发力，一批民生项目相继落地，群众获得感明显增强。</p>"
    "<p>下一步，相关部门将继续加大工作力度，推动各项任务落到实处，确保年底前全面完成既定目标。</p>"
)


def test_a_handle_s_at_sign_is_no_part_of_the_name() -> None:
    assert find_people("作者：@黄永康　2019-03-05").authors == ["黄永康"]
    assert find_people("作者：@上官梓涵").authors == ["上官梓涵"]


def test_a_repost_credits_its_original_writer() -> None:
    assert find_people("本文转自江城日报，原作者：周晨曦，如有侵权请联系删除。").authors == ["周晨曦"]
    assert find_people("原作者的观点值得商榷。").authors == []


def test_review_and_art_editors_are_editors() -> None:
    people = find_people("编辑：曾一鸣　审核：汤娟")
    assert people.editors == ["曾一鸣", "汤娟"] and people.authors == []
    people = find_people("本版编辑 何德胜　美编 叶浩然　校对 陈振华")
    assert people.editors == ["何德胜", "叶浩然"]  # a proofreader is no editor
    # A writer the same CMS also names as reviewer stays no author (a CMS filling both fields).
    assert find_people("作者：张三丰　审核：张三丰").authors == []


def test_a_pictures_credit_names_the_photographer() -> None:
    people = find_people("□本报记者 姜雨桐\n图片/林春燕")
    assert people.authors == ["姜雨桐"] and people.photographers == ["林春燕"]


def test_a_wechat_writer_beside_the_original_mark_is_the_author() -> None:
    meta = (
        '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta meta_original_tag">'
        '原创</span><span class="rich_media_meta rich_media_meta_text">段瑞祥</span>'
        '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">临江教育</a></span>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2019-03-05 10:21</em></div>'
    )
    body = f'<h1 class="rich_media_title">全市重点工作取得新进展</h1>{meta}<div id="js_content">{TEXT}</div>'
    item = extract_article("https://mp.weixin.qq.com/s/abc", _page(body, ""))
    assert item.authors == ["段瑞祥"]


def test_a_blog_s_personal_space_header_names_its_owner() -> None:
    body = (
        "<div><h2>闲云野鹤的个人空间</h2><p>博主：闲云野鹤 积分：2210</p></div>"
        f"<div><h1>全市重点工作取得新进展</h1><p>发表于 2019-03-05 10:21 | 阅读(7)</p>{TEXT}</div>"
    )
    item = extract_article(
        "http://home.example.cn/blog/1/2.html", _page(body, "全市重点工作取得新进展 - 闲云野鹤的博客")
    )
    assert item.authors == ["闲云野鹤"]


@pytest.mark.parametrize(
    "credit",
    [
        "作者：技术支持",  # a footer's 技术支持 (the company that built the site) read as a field
        "作者：录入",  # the data-entry clerk's label, no name
        "作者：侵删",
        "作者：离线",  # a forum's online status
        "作者：城关镇",  # a town
        "作者：江城市",
        "作者：市总工会",
        "作者：区妇联",
        "作者：平安临江",  # government self-media accounts
        "作者：临江教育",
        "作者：东州文旅",
        "作者：Theme by Jarvis",  # a blog theme's credit
    ],
)
def test_no_junk_name_from_labels_places_accounts_or_credits(credit: str) -> None:
    assert find_people(credit).authors == []


@pytest.mark.parametrize("name", ["王建科", "张晓镇", "欧阳晓峰", "司马文静", "江南布衣", "艾力·库尔班"])
def test_names_that_end_or_start_like_bodies_stay_names(name: str) -> None:
    assert find_people(f"作者：{name}").authors == [name]


def test_a_meta_author_holding_a_self_media_account_is_no_writer() -> None:
    body = (
        '<h2>全市重点工作取得新进展</h2><div class="author-txt"><p class="author-name">临江教育</p>'
        f'<span class="date">2019-03-05 10:21</span></div><div class="article-content">{TEXT}</div>'
    )
    item = extract_article(
        "https://baijiahao.example.com/s?id=1",
        _page(body, "全市重点工作取得新进展", '<meta name="author" content="临江教育">'),
    )
    assert item.authors == []


@pytest.mark.parametrize("credit", ["作者：王医生", "作者：张警官", "作者：李主任", "作者：本网特约"])
def test_a_surname_and_a_title_names_nobody(credit: str) -> None:
    assert find_people(credit).authors == []


def test_a_name_first_credit_names_writer_and_photographer() -> None:
    people = find_people("杨萱/文　欧阳永康/摄")
    assert people.authors == ["杨萱"] and people.photographers == ["欧阳永康"]
    assert find_people("每人/文").authors == []  # no surname-first name: no credit


def test_a_writer_s_bracketed_unit_does_not_end_the_credit() -> None:
    people = find_people("作者：李文静（县人民医院）　唐婷（市林业局）　日期：2019-03-05")
    assert people.authors == ["李文静", "唐婷"]
    assert find_people("记者 王晓东（实习）").authors == ["王晓东"]  # no unit: the bracket stays


KD_TEXT = "<br>".join(
    f"第{i}件事：今年以来，全市各部门围绕重点工作持续发力，一批民生项目相继落地，群众获得感明显增强，"
    "下一步还将继续加大工作力度，推动各项任务落到实处，确保年底前全面完成既定目标。"
    for i in range(1, 7)
)


def _kdnet(poster: str, replier: str) -> bytes:
    """A 凯迪-style thread (the probe's template): 作者/提交日期 over the post, 作者/回复日期 over a reply."""
    body = (
        '<div class="postspecific"><h1>全市重点工作取得新进展</h1>'
        f'<div class="posted-info">作者：<a href="/user/1">{poster}</a>'
        "　提交日期：2015-03-05 10:21:10　访问量：41</div>"
        f'\n<div class="posts-cont">{KD_TEXT}</div></div>\n<div class="reply-box">'
        f'<div class="posted-info">作者：<a>{replier}</a>　回复日期：2015-03-05 23:40:01</div>'
        "<div>顶！</div></div>"
    )
    return _page(body, "全市重点工作取得新进展-猫眼看人-凯迪社区")


def test_a_kdnet_thread_credits_its_poster_not_the_replier() -> None:
    item = extract_article("http://club.example.net/dispbbs.asp?id=1", _kdnet("蓝色天空", "江城老王"))
    assert item.authors == ["蓝色天空"]
    item = extract_article("http://club.example.net/dispbbs.asp?id=2", _kdnet("北方的狼", "江城老王"))
    assert item.authors == ["北方的狼"]


def test_a_labelled_correspondent_stays_one_whatever_follows_the_name() -> None:
    people = find_people("（记者 谢敏 通讯员 吴延梅/文、图）编辑：武媛媛")
    assert people.authors == ["谢敏"] and people.correspondents == ["吴延梅"]


def test_a_chief_s_title_glued_after_a_name_is_no_part_of_it() -> None:
    assert find_people("审核：苏拉、刘欣总监制：苏拉").editors == ["苏拉", "刘欣"]
    assert find_people("总编辑：杨小天").editors == ["杨小天"]


def test_a_list_of_columnists_under_its_heading_is_no_byline() -> None:
    text = "专栏作者 公孙珏 杜佳怡 袁梓涵 全市今年以来各部门持续发力 作者：顾彤 2019-03-05"
    assert find_people(text).authors == ["顾彤"]
    assert find_people("专栏作者：王晓东 李华").authors == ["王晓东", "李华"]  # with its colon, a credit


# --- Session 14: author precision on pages nobody tuned on ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("文/图 本报记者 黎浩然", ["黎浩然"], ["黎浩然"]),
        ("文/图：宋雨　审核：陈海峰", ["宋雨"], ["宋雨"]),
        ("图文/王婷", ["王婷"], ["王婷"]),
        ("文并摄/王婷", ["王婷"], ["王婷"]),
        ("文/张三 图/李四", ["张三"], ["李四"]),  # two people, one role each
    ],
)
def test_the_writer_of_text_and_pictures_is_author_and_photographer(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


def test_pictures_credited_in_a_sentence_name_the_photographer() -> None:
    people = find_people("文/图 本报记者 黎浩然\n（本版图片由任晨曦摄）")
    assert (people.authors, people.photographers) == (["黎浩然"], ["黎浩然", "任晨曦"])
    people = find_people("记者 张三\n图片由张三、李四提供")
    assert (people.authors, people.photographers) == (["张三"], ["张三", "李四"])  # the writer stays
    assert find_people("（图片由受访者提供）").photographers == []


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("作者：陈云飞　发布者：顾振宇　审核：姜婉清　发布时间：2020-10-05", ["顾振宇", "姜婉清"]),
        ("信息来源：县人民政府办公室　发布人：丁梓涵　发布时间：2015-12-04", ["丁梓涵"]),
        ("撰稿：蔡明　审核：郑昊　录入：唐亮　浏览次数：795", ["郑昊", "唐亮"]),
        ("发布人：管理员　发布时间：2015-12-04", []),
        ("央行发布人民币汇率中间价", []),
    ],
)
def test_a_cms_uploader_is_an_editor_never_the_writer(text: str, editors: list[str]) -> None:
    people = find_people(text)
    assert people.editors == editors
    assert not set(people.authors) & {"顾振宇", "丁梓涵", "唐亮"}


def test_a_user_name_is_not_cut_at_its_digits() -> None:
    # A byline reading cut there would credit a name nobody has: no name.
    assert find_people("作者：小鱼儿2008　提交日期：2007-3-6 21:06:26").authors == []
    assert find_people("作者：小鱼儿abc").authors == []
    # Digits of a date after a name are no part of it.
    assert find_people("记者李四12月5日电").authors == ["李四"]
    assert find_people("封面新闻记者 杨力2 月 16 日").authors == ["杨力"]
    assert find_people("责任编辑：杨倩_NF4425").editors == ["杨倩"]
    # Letters glued between a name and the next words are a repost's noise, not a user name.
    assert find_people("华商报记者 李小博6ep安康新闻网").authors == ["李小博"]
    assert find_people("华商记者宁军geb安康新闻网").authors == ["宁军"]
    assert find_people("编辑 | 曹彦强end“掌阅汉中”").editors == ["曹彦强"]


def test_a_forum_poster_s_user_name_keeps_its_digits() -> None:
    item = extract_article("http://club.example.net/dispbbs.asp?id=3", _kdnet("小鱼儿2008", "江城老王"))
    assert item.authors == ["小鱼儿2008"]


@pytest.mark.parametrize(
    "name",
    [
        # A city's business or paper, a national body or company.
        *("上海华图", "上海華圖", "北京青年", "中国移动", "中国石化", "全国妇联"),
        # A district, a body or place pointed at.
        *("高新区", "朝阳区", "浦东新区", "本市", "我院", "全区", "某区", "该局"),
        # Bodies by their endings and words.
        *("红十字会", "党总支", "少年宫", "教研室", "海关总署", "市消协"),
        # People the text does not name; titles, columns and picture words; brands.
        *("知情人士", "业内人士", "专家学者", "总编", "制片人", "主笔", "时评", "小贴士", "题图", "资料图"),
        *("华为", "京东", "美团", "字节跳动", "新浪", "共青团", "武警"),
        # Professions, software voices, columns, greetings and site furniture; groups.
        *("译者", "撰稿人", "分析师", "专栏作家", "知名博主", "小助手", "机器人", "记者手记", "独家专访"),
        *("焦点访谈", "早安", "大家好", "隐私政策", "版权声明", "广告服务", "编辑组", "督查组", "宣讲团"),
    ],
)
def test_bodies_places_and_words_where_a_person_is_expected_are_no_names(name: str) -> None:
    assert find_people(f"作者：{name}\n").authors == []
    assert find_people(f"记者 {name}\n").authors == []
    assert find_people(f"编辑：{name}\n").editors == []


@pytest.mark.parametrize("name", ["中华慈善总会", "研究生会", "领导小组", "联席会议"])
def test_a_body_credited_as_author_is_kept_as_a_body_but_is_no_person(name: str) -> None:
    assert find_people(f"作者：{name}\n").authors == [
        name
    ]  # 作者 may credit a body, as the probe's truth does
    assert find_people(f"记者 {name}\n").authors == []
    assert find_people(f"编辑：{name}\n").editors == []


@pytest.mark.parametrize(
    "name", ["欧阳晓峰", "司马文静", "上官梓涵", "伍罗文博", "安庆生", "全红婵", "全国栋", "江城老李"]
)
def test_names_like_those_bodies_stay_names(name: str) -> None:
    assert find_people(f"作者：{name}\n").authors == [name]


def test_a_body_holding_a_label_s_word_is_not_cut_into_a_name_and_an_affiliation() -> None:
    assert find_people("作者：区融媒体中心\n").authors == []
    assert find_people("作者：方敏北京大学经济学院教授").authors == ["方敏"]


@pytest.mark.parametrize(
    "text",
    [
        "《三体》作者刘慈欣近日表示，新书将于明年出版。",
        "《平凡的世界》作者 路遥",
        "歌曲《小苹果》词曲作者：王太利",
        "小说作者：刘慈欣",
        "本书作者：张三，出版社：人民出版社",
        "书名：《活着》\n作者：余华\n出版社：作家出版社\n定价：20元",
        "【书名】乡土中国【作者】费孝通【出版社】北京出版社",
    ],
)
def test_a_work_s_author_is_not_the_text_s(text: str) -> None:
    assert find_people(text).authors == []


def test_a_byline_above_a_story_about_a_publisher_stays() -> None:
    assert find_people("作者：李四\n本报讯 近日，临江出版社举行新书发布会").authors == ["李四"]


@pytest.mark.parametrize(
    "word", ["你好", "此前", "作为一名", "不少人", "谈谈", "介绍一下", "没错", "下一步", "总之"]
)
def test_an_interview_s_question_is_no_reporter_s_name(word: str) -> None:
    assert find_people(f"记者：{word}，张局长。\n").authors == []


def test_a_caption_showing_the_reporter_is_no_byline() -> None:
    assert find_people("图为记者张三（左）在现场采访村民。").authors == []
    assert find_people("（文/记者 张三）").authors == ["张三"]


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("（图片由记者张三拍摄）", [], ["张三"]),
        ("记者张三拍摄", [], ["张三"]),
        ("本报记者 王小明 拍摄", [], ["王小明"]),
        ("记者 张三 拍摄于2019年", ["张三"], []),
    ],
)
def test_a_name_then_pai_she_is_the_photographer(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("（记者 伍罗文博 文/图）", ["伍罗文博"], ["伍罗文博"]),
        ("（记者 谢敏 通讯员 吴延梅/文、图）编辑：武媛媛", ["谢敏"], ["吴延梅"]),
        ("记者 张三 文/图 李四", ["张三"], []),  # 文/图 opens the next credit here, closing none
    ],
)
def test_text_and_pictures_closing_a_credit_name_its_photographer(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


# --- Session 14 (credits2): text-and-pictures forms the normaliser reads, an outlet before the writer ---

TEXT_AND_PICTURES_FORMS = [
    "文/图 张小明",  # a space, no colon, after the two roles
    "文 /图 孔嘉宇",
    "文图/孔嘉宇",
    "图·文 孔嘉宇",  # the middle dot, as crawler.normalize.credits reads it
    "文·图/孔嘉宇",
    "图/文 孔嘉宇",
]


@pytest.mark.parametrize("text", TEXT_AND_PICTURES_FORMS)
def test_every_spelling_of_text_and_pictures_credits_one_person_with_both(text: str) -> None:
    name = text.split()[-1].split("/")[-1]
    people = find_people(text)
    assert (people.authors, people.photographers) == ([name], [name])


# Words where a name is expected that are none: bodies, outlets, captions' words, furniture, fillers.
NON_NAMES = [
    *("江城市", "城关镇", "高新区", "市总工会", "区融媒体中心", "本报", "本网", "本台", "我院"),
    *("光明网", "人民日报", "澎湃新闻", "新华社", "央视新闻", "平安临江", "临江教育", "东州文旅"),
    *("来源网络", "资料图", "资料图片", "网络图片", "受访者供图", "视频截图", "图片来源", "题图", "配图"),
    *("知情人士", "业内人士", "专家学者", "总编", "主笔", "小贴士", "早安", "大家好", "版权声明"),
    *("技术支持", "侵删", "在线", "更多", "返回", "点击", "阅读", "分享", "相关", "推荐", "专题", "视频"),
    *("记者手记", "独家专访", "编辑组", "宣讲团", "华为", "京东", "王医生", "李主任", "张警官"),
]


@pytest.mark.parametrize(
    "form", ["文/图 ", "文 /图 ", "文图/", "图·文 ", "文·图/", "图/文 ", "作者：光明网 "]
)
def test_no_junk_name_after_a_text_and_pictures_label_or_an_outlet(form: str) -> None:
    found = {
        word: (people.authors, people.photographers)
        for word in NON_NAMES
        if (people := find_people(f"{form}{word}\n")).authors or people.photographers
    }
    assert found == {}


def test_a_spaced_text_and_pictures_credit_counts_only_opening_its_line() -> None:
    # The dev set's gbk-2005-table_1 (tune): the CMS's 作者 field, then 图/文 closing a paragraph.
    people = find_people("作者：欧阳晓峰\n…宣传活动。图/文 李 燕 王彦俊 编辑：三晋视焦")
    assert (people.authors, people.photographers) == (["欧阳晓峰"], [])
    people = find_people("（图/文 李燕）\n□文/图 王彦俊")
    assert (people.authors, people.photographers) == (["李燕", "王彦俊"], ["李燕", "王彦俊"])


def test_an_outlet_before_the_writer_is_the_source_and_the_writer_the_author() -> None:
    people = find_people("作者：光明网 张三")
    assert (people.authors, people.source_name) == (["张三"], "光明网")
    people = find_people("作者：澎湃新闻 王晓东、李四")
    assert (people.authors, people.source_name) == (["王晓东", "李四"], "澎湃新闻")
    people = find_people("来源：新华网 作者：光明网 张三")  # a printed source stays the source
    assert (people.authors, people.source_name) == (["张三"], "新华网")
    assert find_people("作者：光明网\n").authors == []

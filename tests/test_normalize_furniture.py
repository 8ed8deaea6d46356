"""Page furniture on a whole page: running heads in any order, teasers, jump lines and bare captions."""

from __future__ import annotations

import pytest

from archive.chars import clean_heading
from crawler.normalize import rebuild_page
from crawler.normalize.furniture import (
    header_evidence,
    is_caption,
    is_page_furniture,
    is_promotion,
    is_small_ad,
    is_teaser,
    is_weather_box,
    running_head_lines,
)
from crawler.normalize.layout import layout

ARTICLE = (
    "南湖公园荷花节开幕\n\n"
    "本报讯 昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。 /记者 宋芳国 报道\n\n"
    "老旧小区改造启动\n\n"
    "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "A14　本地新闻　2012年6月22日　星期一",
        "南国都市报　2012.07.01　城事　A14",
        "2012年6月9日 星期二 经济 A11版",
        "A02　公益　2012年6月19日　星期五",  # a section name no list holds, between page and date
        "第3版 综合 2016年7月20日 星期三 农历六月十七",
        "江城日报 要闻 2016年7月20日",
        "新京报 A03 要闻",
        "第A03版：要闻",  # page and section joined by a colon, as e-paper page lists print them
        "第3版:综合新闻",
    ],
)
def test_running_heads_in_any_order_are_furniture(line: str) -> None:
    assert is_page_furniture(clean_heading(line))


@pytest.mark.parametrize(
    "line",
    [
        "G20 峰会开幕",
        "2016年7月20日",  # a date alone may close a letter
        "《人民日报》（2018年03月21日10版）",  # an article's source line
        "——2018年03月21日10版",
        "2018-12-26 14:47:23",
        "我要评论0",
        "相发展2017-10-10 08:28湖北日报",
        "6月9日 3人死亡",
        "民生：菜价回落",  # a section word over a colon opens a headline's 引题, no furniture
        "要闻：市委召开全会",
    ],
)
def test_headlines_and_text_with_dates_or_numbers_are_no_furniture(line: str) -> None:
    assert not is_page_furniture(clean_heading(line))


def _texts(page: str) -> list[str]:
    return [element.text for element in layout(page, titles=True)]


def test_running_head_in_another_order_is_no_title() -> None:
    for head in ("南国都市报　2012.07.01　城事　A14", "2012年6月9日 星期二 经济 A11版"):
        assert _texts(head + "\n\n" + ARTICLE)[0] == "南湖公园荷花节开幕"
        articles = rebuild_page(head + "\n\n" + ARTICLE)
        assert [a.title for a in articles] == ["南湖公园荷花节开幕", "老旧小区改造启动"]


@pytest.mark.parametrize(
    "line",
    [
        "◆陈振聪减持宏霸500万股（见第3版）",
        "周五A股市场早盘低开低走的两大原因 >>A05",
        "●攻克考研英语　详见A08版",
        "（下转第3版）",
    ],
)
def test_teasers_and_jump_lines_point_to_another_page(line: str) -> None:
    assert is_teaser(clean_heading(line))


def test_a_sentence_citing_a_page_is_no_teaser() -> None:
    assert not is_teaser("市政府昨日公布了方案，具体内容详见A5版")


def test_teaser_is_no_article() -> None:
    assert not any("陈振聪" in text for text in _texts("◆陈振聪减持宏霸500万股（见第3版）\n\n" + ARTICLE))
    articles = rebuild_page(ARTICLE + "\n◆陈振聪减持宏霸500万股（见第3版）\n")
    assert [a.title for a in articles] == ["南湖公园荷花节开幕", "老旧小区改造启动"]
    assert not any("陈振聪" in p for a in articles for p in a.paragraphs)


def test_bare_caption_credits_a_photographer_only() -> None:
    assert is_caption("生物危害和物理危害。（邵雪华 摄）", bare=True)
    assert is_caption("要采取5种垃圾分类技术路线。本报记者 司徒文建 摄", bare=True)
    assert not is_caption("生物危害和物理危害。（邵雪华 摄）")  # no mark: only a block standing apart
    # An article's byline reports as well as shoots.
    assert not is_caption("此次走访让他们感受到党的关心。/江锦竹 记者 宇文辉妍 报道 摄", bare=True)
    assert not is_caption("园内荷花竞相开放。市民纷纷前来观赏。（邵雪华 摄）", bare=True)


def test_bare_caption_between_articles_is_no_text_and_no_byline() -> None:
    page = (
        "南湖公园荷花节开幕\n\n"
        "本报讯（记者 宋芳国）昨日，南湖公园第十届荷花节开幕，\n园内二十多个品种的荷花竞相开放。\n\n"
        "市民在南湖公园赏荷。（周晓明 摄）\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n"
    )
    lotus, homes = rebuild_page(page)
    assert lotus.reporters == ["宋芳国"] and lotus.photographers == []
    assert "".join(lotus.paragraphs) == "昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。"
    assert homes.reporters == ["王洋"]


def test_caption_wrapped_over_lines_is_read_whole() -> None:
    # Its first line, short and plain, would read as a subhead opening an article of its own.
    page = (
        "南湖公园荷花节开幕\n\n"
        "本报讯 昨日，南湖公园第十届荷花节开幕，园内二十多个品种的荷花竞相开放。（记者 宋芳国）\n\n"
        "▲市民在南湖公园\n赏荷。（周晓明 摄）\n\n"
        "老旧小区改造启动\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == ["南湖公园荷花节开幕", "老旧小区改造启动"]
    assert not any("赏荷" in p for a in articles for p in a.paragraphs)


def test_editor_line_after_a_displaced_lead_does_not_close_it() -> None:
    # The lead printed at the page's foot, then the page's editors: the lead still joins its body.
    page = (
        "南湖公园荷花节开幕\n\n老旧小区改造启动\n\n"
        "园内二十多个品种的荷花竞相开放，市民纷纷前来观赏。 /记者 宋芳国 报道\n\n"
        "本报讯 今年全市将改造老旧小区一百二十个，涉及居民三万余户。 /记者 王洋 报道\n\n"
        "本报讯 昨日，南湖公园第十届荷花节开幕。\n\n"
        "本版编辑/肖宁 美编/朱辉 校对/武然霞\n"
    )
    lotus, homes = rebuild_page(page)
    assert lotus.title == "南湖公园荷花节开幕" and lotus.reporters == ["宋芳国"]
    assert lotus.paragraphs[0] == "昨日，南湖公园第十届荷花节开幕。"
    assert lotus.editors == ["肖宁", "朱辉", "武然霞"]
    assert homes.reporters == ["王洋"]


@pytest.mark.parametrize(
    "line",
    [
        # The page's editors beside its number, date and section (each name one a person may bear).
        "2015年11月13日 星期一 C06 县域经济 责编 姜发仁 美编 闫志清 校对 苏力宁",
        "B07 责编 王敏 美编 刘洋 校对 陈静 文体·健康",
        "责编 卢发 美编 杨振 校对 戴俊刚 江城晚报·民生",  # 江城晚报 beside the editors is the masthead
        "今日关注 C10 责编 沈龙 美编 袁辉 2016年8月13日 星期五",  # an unlisted section between them
        # The paper's own hotline.
        "大河报 厦门新闻热线 6880352",
        "楚天都市报 新闻热线：027-86777777",
        "大河报 新闻热线：96111",  # a five-figure service number
        "A06 今日关注 责编 王敏",  # an unlisted section beside the page number and its editors
    ],
)
def test_running_heads_with_editors_or_hotline_are_furniture(line: str) -> None:
    assert is_page_furniture(clean_heading(line))


@pytest.mark.parametrize(
    "line",
    [
        "责编 卢发 美编 杨振",  # the editors alone: an editor line, read as a credit
        "咨询电话：0371-65795123",  # a text's last line may give a number to call
        "报名电话 65795123 截止到本月底",
        "责编 很多年 C06",  # no one is called 很多年
        "今日关注 责编 王敏",  # editors and an unlisted word, no page number or date
    ],
)
def test_editor_lines_and_telephone_numbers_alone_are_no_running_head(line: str) -> None:
    assert not is_page_furniture(clean_heading(line))


def test_running_head_over_several_lines_at_the_page_edge() -> None:
    head = ["2018年12月23日 星期四", "责编 彭仁琳 美编 余浩 校对 诸葛世仁", "C13", "县域经济"]
    lines = [*head, "", "拒乘", "黑车，安全出行", "", "本报讯 昨日，全市开展整治行动。"]
    assert running_head_lines(lines) == {0, 1, 2, 3}
    # A word no list holds between header pieces is a section (今日关注); at the page's foot too.
    assert running_head_lines(["正文。", "", "责编 程勇 美编 叶峰", "今日关注", "A08"]) == {2, 3, 4}
    # A short headline right under the date line is no section: nothing below it is a header piece.
    assert running_head_lines(["2016年7月20日 星期三", "抗洪救灾", "", "本报讯 昨日…"]) == set()
    # A page number alone on the page's first line is its folio; inside the page it proves nothing.
    assert running_head_lines(["C06", "", "拒乘黑车", "", "正文。"]) == {0}
    assert running_head_lines(["正文。", "", "C06", "", "正文。"]) == set()
    # The paper's hotline set apart on the page's last line; a text's own last line giving a number
    # runs on from the text above it.
    assert running_head_lines(["正文。", "", "新闻热线：0371-96211"]) == {2}
    assert running_head_lines(["请拨打电话报名，", "咨询电话：0371-65795123"]) == set()
    # The page's ad slot over its hotline or its editors at the foot; one of its words alone is no head.
    foot = ["正文。", "", "本版广告 招商热线 欢迎垂询", "广告热线：0773-1091395"]
    assert running_head_lines(foot) == {2, 3}
    assert running_head_lines([*foot[:3], "编辑：杜霞佳  版式：魏杰芳"]) == {2, 3}
    assert running_head_lines(["正文。", "", "招商热线"]) == set()
    assert not is_page_furniture("招商引资项目签约")


def test_promotion_of_the_papers_app() -> None:
    assert is_promotion("扫码下载紫牛新闻客户端 看更多精彩内容")
    assert is_promotion("扫描二维码关注本报微信公众号")
    assert not is_promotion("市民可扫码下载客户端办理业务。")  # a sentence of text
    assert not is_promotion("下载量突破千万")


def test_page_furniture_at_head_and_foot_makes_no_article_or_title() -> None:
    head = "2019年4月27日 星期六\n责编 王斌学 美编 陆萍峰 校对 欧阳伟晨\n综合新闻\nC08\n\n"
    for foot in ("江城晚报 临沂新闻热线 4294174", "扫码下载大风新闻客户端 看更多精彩内容"):
        articles = rebuild_page(head + ARTICLE + "\n" + foot + "\n")
        assert [a.title for a in articles] == ["南湖公园荷花节开幕", "老旧小区改造启动"]
        assert [a.reporters for a in articles] == [["宋芳国"], ["王洋"]]
        assert not any("C08" in p or "热线" in p or "扫码" in p for a in articles for p in a.paragraphs)


def test_ad_desk_slot_alone_at_the_page_foot_is_furniture() -> None:
    # The page's advertising slot (本版广告 招商热线) standing alone on the page's last line is no headline.
    assert running_head_lines(["正文。", "", "招商热线 欢迎垂询"]) == {2}
    assert running_head_lines(["正文。", "", "本版广告 招商热线"]) == {2}
    assert running_head_lines(["本版广告 招商热线", "正文。"]) == set()  # not standing alone
    assert running_head_lines(["正文。", "", "本版广告"]) == set()  # one word: it may be a headline's


def test_weather_box_is_whole_forecast_lines_not_a_weather_report_wrapped_in_a_text() -> None:
    assert is_weather_box(
        [
            "天气预报",
            "今天白天：晴，18℃～22℃，西北风4～5级",
            "今天夜间：阵雨，20℃～31℃，南风3级",
            "明天：晴转多云，17℃～26℃，微风",
        ]
    )
    # A report on the weather wraps its sentences across lines: no line is one whole forecast.
    assert not is_weather_box(
        [
            "就武汉而言，今天白天晴天间多云，11℃~26℃，偏南",
            "风2到3级；今天晚上到明天白天，晴天转多云，12℃~27℃，",
        ]
    )
    assert not is_weather_box(["今天白天：晴，18℃～22℃，西北风4～5级"])  # one line: no box


def test_small_ad_is_short_lines_closed_by_a_telephone_line() -> None:
    assert is_small_ad(["徐闻恒信装饰公司", "开业大酬宾 全场八折起", "电话：181 4519 9727"])
    assert not is_small_ad(["新闻热线：0577-5266533"])  # the paper's hotline alone: another rule's
    # A text's last sentence over a number is no advertisement.
    assert not is_small_ad(["详情可拨打咨询电话了解。", "电话：0700-8666202"])


JUMPED = (
    "南湖公园荷花节开幕\n\n"
    "本报讯 昨日，南湖公园第十届荷花节开幕，园内二\n"
    "十多个品种的荷花竞相开放，吸引了众多市民前来\n"
    "观赏。荷花节将持续到八月底。（下转A2版）\n\n"
    "老旧小区改造启动\n\n"
    "（上接A1版）今年全市将改造老旧小区一百二十\n"
    "个，涉及居民三万余户，改造内容包括屋面防水、\n\n"
    "外墙保温和管网更新等。 /记者 王洋 报道\n"
)


def test_jump_marks_are_page_furniture_never_part_of_a_title_or_a_body() -> None:
    # A jump line (（上接A1版） opening a text, （下转A2版） closing one) points to another page: the
    # text goes on there, and the mark is neither a headline nor a sentence of the article.
    got = rebuild_page(JUMPED)
    assert [a.title for a in got] == ["南湖公园荷花节开幕", "老旧小区改造启动"]
    bodies = ["".join(a.paragraphs) for a in got]
    assert bodies[0].endswith("荷花节将持续到八月底。")
    assert bodies[1].startswith("今年全市将改造")
    assert got[1].reporters == ["王洋"]


def test_ad_under_its_label_closed_by_an_address_and_telephone_line_is_a_small_ad() -> None:
    # Ads in a paper carry the 广告 label the law asks for; the address and the telephone may share
    # the last line.
    assert is_small_ad(["广　告", "金鼎家居　诚聘英才　待遇从优", "地址：中山路281号　电话：0787-2692533"])
    assert is_small_ad(["【广告】", "恒信汽车　盛大开业", "地址：人民路8号 电话：0436-2692533"])
    assert not is_small_ad(["详情可到现场咨询。", "地址：人民路8号 电话：0436-2692533"])


def test_page_number_labelled_and_layout_editor_are_header_pieces() -> None:
    # 版次：02 is the page's number under its label; 版式设计 is a page editor's role as 美编 is.
    line = "版次：02　区县新闻　责任编辑 汪国国　版式设计 何浩琪"
    assert header_evidence(line) == {"page", "section", "editors"}
    assert is_page_furniture(line)


def test_caption_under_its_tushuo_label_ends_in_a_photo_credit() -> None:
    # 图说 labels a picture's caption as 图为 does, bulleted or not; its credit may follow the last
    # words after a space with no stop before it (记者 X/摄).
    assert is_caption("■图说：游客在景区内拍照留念。 司马建 摄")
    assert is_caption("图说：消防队员进行实战演练　记者 魏秀/摄")
    assert is_caption("图为消防队员进行实战演练　记者 魏秀 摄")
    assert not is_caption("图说：消防队员进行实战演练　记者 魏秀")  # no photographer: no caption

"""Page rebuild: headlines the layout read as text, found for the articles left without one.

A headline set right over its text in the same block, or taken for a paragraph of another text (a
column break mended onto it), reaches the headline matching as text. An article left without a
headline takes the lines at a block's start that read as a headline alone and whose wording its
text repeats most.
"""

from __future__ import annotations

from crawler.normalize import RebuiltArticle, rebuild_page


def nows(article: RebuiltArticle) -> str:
    return "".join("".join(article.paragraphs).split())


PARK = (
    "城西公园新添一批健身器材\n\n"
    "本报讯 城西公园昨日新添一批健身器\n"
    "材，包括单杠、双杠和太极推手器等二\n"
    "十余件，供市民免费使用。公园管理处\n"
    "表示，器材每周检修一次。 /记者 王明 报道\n\n"
)
TEAHOUSE = (
    "老街茶馆：百年老字号\n"
    "老街的茶馆开业已有一百多年，是城里最老\n"
    "的字号之一。每天清晨，老茶客们便坐满了\n"
    "茶馆的大堂，一边喝茶一边聊天。茶馆第四\n"
    "代传人说，老字号要守住老味道。 /李华 报道\n"
)


def test_headline_over_its_text_in_one_block_is_the_untitled_articles_headline() -> None:
    # 老街茶馆：百年老字号 (10 cells) stops far short of the 20-cell column below it, with no
    # blank line between: a paragraph's line never stops short but its last, so it is a headline,
    # and the article under it, which has none, repeats its words (老街, 茶馆, 老字号).
    park, teahouse = rebuild_page(PARK + TEAHOUSE)
    assert park.title == "城西公园新添一批健身器材" and park.reporters == ["王明"]
    assert teahouse.title == "老街茶馆：百年老字号"
    assert teahouse.reporters == ["李华"]
    assert nows(teahouse).startswith("老街的茶馆开业已有一百多年")


NARROW_PARK = (
    "城西公园昨日新添一批健\n"
    "身器材，包括单杠、双杠\n"
    "和太极推手器等二十余件\n"
    "供市民免费使用。公园管\n"
    "理处表示，器材每周检修\n"
    "一次。 /记者 王明 报道\n\n"
)


def test_headline_read_as_another_texts_paragraph_goes_to_the_article_it_fits() -> None:
    # At the page's top, two lines as wide as the column below (11 cells) and asking a question
    # read as the first paragraph of the park text under them, which no dateline opens (its
    # headline stands at the page's foot). The tea-house article, left without a headline, repeats
    # their words; the park article keeps its own and loses the lines.
    page = (
        "老街茶馆开了一百年，\n老字号靠什么留住茶客？\n\n"
        + NARROW_PARK
        + TEAHOUSE.split("\n", 1)[1]
        + "\n城西公园新添一批健身器材\n"
    )
    park, teahouse = rebuild_page(page)
    assert park.title == "城西公园新添一批健身器材" and park.reporters == ["王明"]
    assert nows(park).startswith("城西公园昨日新添")
    assert teahouse.title == "老街茶馆开了一百年，老字号靠什么留住茶客？"


def test_short_line_opening_a_titled_articles_text_stays_text() -> None:
    # Every article has a headline: a short line at a text's start is left where it stands.
    page = "老街茶馆迎来百年店庆\n\n" + TEAHOUSE
    [teahouse] = rebuild_page(page)
    assert teahouse.title == "老街茶馆迎来百年店庆"
    assert nows(teahouse).startswith("老街茶馆：百年老字号老街的茶馆")


def test_lines_sharing_no_words_with_the_untitled_article_are_no_headline_of_it() -> None:
    # The tea-house article lacks a headline, but the short line at its start says nothing its
    # text says: it stays text, and the article stays untitled rather than take a wrong headline.
    page = PARK + "秋日晴好\n" + TEAHOUSE.split("\n", 1)[1]
    park, teahouse = rebuild_page(page)
    assert park.title == "城西公园新添一批健身器材"
    assert teahouse.title == ""


def test_subhead_opening_a_block_and_the_line_under_it_are_the_untitled_articles_headline() -> None:
    # A short plain line over a question, both over the text in one block: the layout reads the
    # first as a subhead and the second as a one-line paragraph. The article has no headline, and
    # the two lines together read as one that its text repeats: they are its headline, not its text.
    page = PARK + "老街茶馆\n老字号靠什么留住茶客？\n" + TEAHOUSE.split("\n", 1)[1]
    park, teahouse = rebuild_page(page)
    assert park.title == "城西公园新添一批健身器材"
    assert teahouse.title.endswith("老字号靠什么留住茶客？")
    assert "老街茶馆" in teahouse.lead_title + teahouse.title
    assert teahouse.subheads == []
    assert nows(teahouse).startswith("老街的茶馆开业已有一百多年")


MARKET = (
    "菜市场改造完工\n"
    "本报讯 经过三个月施工，城东菜市场改造\n"
    "昨日完工，新增摊位八十个，地面和排水全\n"
    "部翻新，市民买菜环境明显改善。 /记者 周敏 报道\n\n"
)
# A web title run on one line (30 cells, a comma and a ！ in it), too wide for a deck's line, over
# its dashed 副题 and the dateline, in one block.
RAIN = (
    "暴雨突袭城区，多条道路积水！排水部门彻夜抢险全力保障市民出行\n"
    "——全市出动抢险人员六百余人\n"
    "本报讯（记者 孙丽）昨夜一场暴雨突袭城区，\n"
    "多条道路出现积水，排水部门连夜出动抢险人\n"
    "员六百余人，至今晨六时积水全部排除。\n"
)


def test_one_line_web_title_over_a_dashed_deck_and_a_dateline_is_a_headline() -> None:
    # Two lines without a full stop, the first a web title too wide for a deck (its ！ and comma
    # aside), the second a deck's line, right over a dateline: the headline of the text under it,
    # not that text's first paragraph.
    market, rain = rebuild_page(MARKET + RAIN)
    assert market.title == "菜市场改造完工" and market.reporters == ["周敏"]
    assert rain.title == "暴雨突袭城区，多条道路积水！排水部门彻夜抢险全力保障市民出行"
    assert rain.subtitle == "全市出动抢险人员六百余人"
    assert rain.reporters == ["孙丽"] and nows(rain).startswith("昨夜一场暴雨")


# A lead set wide at the page's top; its article's headline, a dashed 副题 under it, printed right
# over the rest of the text in one block.
PARKS = (
    "本报讯 今年以来，城北区利用边角空地新建三座口袋公园，日前已全部向市民开放，周边居民出门就能见绿。\n\n"
    "城北新建三座口袋公园\n"
    "——居民出门就能见绿\n"
    "公园占地都不大，但步道、座椅和健身器材\n"
    "一应俱全，还栽种了银杏、海棠等四十多种\n"
    "花木。不少居民每天傍晚都来散步。 /记者 刘洋 报道\n"
)


def test_headline_with_a_dashed_deck_right_over_its_text_is_no_subhead() -> None:
    # Lines over text in one block read as a subhead of that text; but a subhead has no decks, and a
    # dashed 副题 under the first line makes the two a headline.
    articles = rebuild_page(PARKS)
    titled = [a for a in articles if a.title]
    assert [(a.title, a.subtitle) for a in titled] == [("城北新建三座口袋公园", "居民出门就能见绿")]
    assert titled[0].reporters == ["刘洋"] and "城北新建" not in "".join(titled[0].subheads)


# An article set 13 cells wide, credited at its head, ended with a full stop; under it a block
# that a subhead opens over text set 19 cells wide: the body of another article.
NARROW = (
    "本报讯（记者 何静）市图书馆\n"
    "昨日起延长开放时间，工作日\n"
    "开放至晚上九点，周末全天开\n"
    "放，方便读者下班后借阅。馆\n"
    "方还新增了两百个阅览座位，\n"
    "并开通了线上预约服务。\n\n"
    "夜读成了新习惯\n"
    "不少年轻人下班后直接来到图书馆，自习室\n"
    "里座无虚席。一位读者说，晚上来这里看书\n"
    "比在家里更能静下心来，已经坚持了一个月\n"
    "了。图书馆表示还将增加座位。 /记者 高远 报道\n"
)


def test_subhead_opening_a_block_in_another_column_heads_another_text() -> None:
    # A subhead would go on the open text; but the text under it runs 19 cells wide where the one
    # above ran 13, so it is another article's, as a paragraph opening a block there would be.
    library, night = rebuild_page(NARROW)
    assert library.reporters == ["何静"] and nows(library).endswith("并开通了线上预约服务。")
    assert night.reporters == ["高远"] and "座无虚席" in nows(night)


def test_headline_right_over_a_head_credit_ends_where_the_credit_begins() -> None:
    # A head credit (文/图 本报记者 X) opens its line with a role word, never with the end of a word
    # begun on the line above: the headline's last characters (…210万) and the credit's first (文/图)
    # are no one word, whatever a segmenter makes of 万文.
    page = (
        "恶意投诉致竞争者巨额损失\n网店店主被判赔偿210万\n文/图 本报记者 谭轩、傅立兰\n"
        "本报讯 通过私刻公章、伪造凭证欺骗平台管理部门，恶意投诉竞争对手，造成对方巨额损失。\n"
        "24日，四川一网店经营者因上述不正当竞争行为被判赔偿。\n"
    )
    (article,) = rebuild_page(page)
    assert article.title.replace(" ", "") == "恶意投诉致竞争者巨额损失网店店主被判赔偿210万"
    assert article.reporters == ["谭轩", "傅立兰"]
    assert nows(article).startswith("通过私刻公章")


def test_one_wide_headline_under_its_label_over_a_head_credit_heads_that_text() -> None:
    # A column's label (■今日评论) or a 引题 closed by a colon, then one long headline with commas on
    # a line of its own, then the writer's credit (□ 文/X): the long line is the headline, however
    # wide, because a label and a head credit stand around it.
    page = (
        "■今日评论\n"
        "没有结束的对越自卫反击战，十余个集团军轮流上阵彻底拖垮越南\n"
        "□ 文/姚思\n"
        "越南是中国南部一个非常重要的邻国，\n在历史上，越南曾经是中国古代王朝\n的附属国，越南文化受到中国古代文\n"
        "化的影响也很深。十余个集团军轮流\n上阵，拖垮了对手。\n"
    )
    (article,) = rebuild_page(page)
    assert article.title == "没有结束的对越自卫反击战，十余个集团军轮流上阵彻底拖垮越南"
    assert article.reporters == ["姚思"] and nows(article).startswith("越南是中国南部")


def test_headline_right_over_a_dateline_the_column_edge_broke_heads_that_text() -> None:
    # In a narrow column the dateline itself wraps (新华社兰州7月27 / 日电（记者 朱实、史 / 玉）…): the
    # two lines joined open the article, and the headline lines right over them are its headline.
    page = (
        "网曝丹阳一猫咪咖啡馆惊现疑似传\n染病猫，不隔离！老板反而这么说\n"
        "　　新华社兰州7月27\n日电（记者 朱实、史\n玉）网友爆料丹阳吾悦\n一猫咪咖啡馆里的猫得\n"
        "了猫藓，老板竟然不对\n病猫进行隔离。店员称\n已经在治疗中了。\n"
    )
    (article,) = rebuild_page(page)
    assert article.title.replace(" ", "") == "网曝丹阳一猫咪咖啡馆惊现疑似传染病猫，不隔离！老板反而这么说"
    assert article.reporters == ["朱实", "史玉"] and nows(article).startswith("网友爆料丹阳")

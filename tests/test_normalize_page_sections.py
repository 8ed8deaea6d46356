"""Page rebuild: a long article's sections (subheads, column breaks) stay in that article.

A paper's lead article runs in sections, each under a subhead: a marked one (◆加装电梯…) or a
plain line quoting a clause of the paragraph under it. Neither is another article's headline,
and the text broken off by a column break just before a subhead goes on after the break.
"""

from __future__ import annotations

from crawler.normalize import RebuiltArticle, rebuild_page


def nows(article: RebuiltArticle) -> str:
    return "".join("".join(article.paragraphs).split())


OTHER = (
    "新建滨河公园方便市民休闲\n\n"
    "本报讯（记者 赵明）城南新建的滨河\n公园昨日正式开放，公园占地两百余\n"
    "亩，设有步道、球场和儿童游乐区。\n"
)


def test_text_broken_off_before_a_marked_subhead_goes_on_after_the_column_break() -> None:
    # The column breaks after 大家都说这次的, mid-sentence; the block after it ends in ！ and a
    # ◆ subhead follows. A subhead goes on the article it stands in, so it opens no article: the
    # block is the rest of the broken sentence, no headline of an article of its own.
    page = (
        "老城区改造让居民住上新房\n\n"
        "本报讯（记者 王立 李静）今年以来\n，我市老城区改造工程全面铺开，一\n"
        "批老旧小区换了新颜。住在东门街的\n居民张大爷说，以前一下雨院子就积\n"
        "水，出门都得绕着走，现在路面平整\n了，排水也通畅了，大家都说这次的\n\n"
        "改造让老街坊们告别了多年的出行难\n题，心里别提多高兴了！\n\n"
        "◆加装电梯惠及三千余户\n\n"
        "据介绍，今年全市共为老旧小区加装\n电梯一百二十部，惠及三千余户居民\n"
        "。市住建局负责人表示，下一步将继\n续推进改造工作。\n\n" + OTHER
    )
    first, second = rebuild_page(page)
    assert first.title == "老城区改造让居民住上新房"
    assert first.reporters == ["王立", "李静"]
    assert "大家都说这次的改造让老街坊们告别了多年的出行难题，心里别提多高兴了！" in nows(first)
    assert nows(first).endswith("下一步将继续推进改造工作。")
    assert second.title == "新建滨河公园方便市民休闲" and second.reporters == ["赵明"]


def test_plain_subhead_quoting_a_clause_of_the_paragraph_under_it_stays_in_the_article() -> None:
    # 减免租金三个月 stands alone between two paragraphs of one article (the one above too short to
    # show its column): the paragraph under it says it as one of its clauses (…的中小企业，减免租金
    # 三个月，涉及…). A section's subhead is cut from the text it heads; a headline names its
    # article in words of its own.
    page = (
        "企业减负政策落地见效\n\n"
        "本报讯（记者 孙伟 通讯员 周红）今年\n我市出台十项减负措施，帮助中小企业渡\n过难关。\n\n"
        "减免租金三个月\n\n"
        "市国资委介绍，对承租国有房产的中小企\n业，减免租金三个月，涉及租金一千余万\n"
        "元。不少企业负责人表示，这笔钱解了燃\n眉之急。\n\n"
        "据了解，税务部门同步推出缓缴政策，符\n合条件的企业可申请缓缴税款，最长期限\n为三个月。\n\n" + OTHER
    )
    first, second = rebuild_page(page)
    assert first.title == "企业减负政策落地见效"
    assert first.reporters == ["孙伟"]
    assert "涉及租金一千余万元" in nows(first) and nows(first).endswith("最长期限为三个月。")
    assert second.title == "新建滨河公园方便市民休闲"

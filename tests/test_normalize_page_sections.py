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


NOTE_ARTICLE = (
    "编者按：垃圾分类推行一年，成效\n如何？本报记者近日走访多个社区\n，今起推出系列报道，敬请关注。\n\n"
    "本报讯（记者 陈曦）记者昨日走访\n发现，城东各小区的分类投放点已\n全部建成，居民分类投放的准确率\n"
    "超过八成。\n\n"
    "不少居民表示，垃圾分类已经成了\n生活习惯，厨余垃圾单独投放后，\n楼道里的异味也少了。\n\n"
)


def test_editors_note_over_a_dateline_opens_that_article() -> None:
    # Headlines heaped at the page's top, then an editor's note (编者按：…) and the dateline under it:
    # the note opens the article the dateline begins, first in its text, and is no article of its own.
    page = "垃圾分类一年间\n\n新建滨河公园方便市民休闲\n\n" + NOTE_ARTICLE + OTHER.split("\n\n", 1)[1]
    first, second = rebuild_page(page)
    assert first.title == "垃圾分类一年间" and first.reporters == ["陈曦"]
    assert nows(first).startswith("编者按：垃圾分类推行一年，成效如何？")
    assert "居民分类投放的准确率超过八成。" in nows(first)
    assert second.title == "新建滨河公园方便市民休闲"


def test_editors_note_under_its_headline_is_no_headline() -> None:
    # The note is set apart under the headline as a short block; its label tells it is the
    # article's text, however much its lines look like a headline's.
    note = "【编者按】围绕“垃圾分类一年间”\n，本报今日刊发记者调查。\n\n"
    page = "垃圾分类一年间\n\n" + note + NOTE_ARTICLE.split("\n\n", 1)[1] + OTHER
    first, second = rebuild_page(page)
    assert first.title == "垃圾分类一年间" and first.reporters == ["陈曦"]
    assert nows(first).startswith("【编者按】围绕“垃圾分类一年间”，本报今日刊发记者调查。")
    assert second.title == "新建滨河公园方便市民休闲"


def test_editors_note_opening_the_page_is_no_headline() -> None:
    # At the page's top a short block with one full stop at its end may be a web headline; one
    # opened by the editor's-note label is the note of the article under it (headlines set last).
    note = "编者按：围绕“城东小区垃圾分类成\n效显著”，本报今日刊发记者调查，\n欢迎读者来信来电参与讨论。\n\n"
    heads = "\n垃圾分类一年间\n\n新建滨河公园方便市民休闲\n"
    page = note + NOTE_ARTICLE.split("\n\n", 1)[1] + OTHER.split("\n\n", 1)[1] + heads
    first, second = rebuild_page(page)
    assert first.title == "垃圾分类一年间" and first.reporters == ["陈曦"]
    assert nows(first).startswith("编者按：围绕“城东小区垃圾分类成效显著”，本报今日刊发记者调查")
    assert second.title == "新建滨河公园方便市民休闲"


def test_headline_right_over_an_editors_note_in_one_block_heads_that_article() -> None:
    # No blank line between the headline and the note under it: the note opens the article as a
    # dateline would, so the line over it is the headline, not the note's first line.
    note = (
        "垃圾分类一年间\n【编者按】围绕“城东小区垃圾分类成\n"
        "效显著”，本报今日刊发记者调查，\n欢迎读者来信来电参与讨论。\n\n"
    )
    page = note + NOTE_ARTICLE.split("\n\n", 1)[1] + OTHER
    first, second = rebuild_page(page)
    assert first.title == "垃圾分类一年间" and first.reporters == ["陈曦"]
    assert nows(first).startswith("【编者按】围绕“城东小区垃圾分类成效显著”，本报今日刊发记者调查")
    assert second.title == "新建滨河公园方便市民休闲"


def test_displaced_lead_joins_its_body_after_the_editors_note() -> None:
    # The lead (dateline and first paragraph) is set apart at the page's foot; its body stands under
    # the headline, opened by the editor's note. The note still opens the article: the lead goes
    # in behind it, in front of the rest of the body.
    note, lead, rest = NOTE_ARTICLE.split("\n\n", 2)
    page = "垃圾分类一年间\n\n" + note + "\n\n" + rest + OTHER + "\n" + lead + "\n"
    first, second = rebuild_page(page)
    assert first.title == "垃圾分类一年间" and first.reporters == ["陈曦"]
    assert nows(first).startswith("编者按：垃圾分类推行一年，成效如何？")
    assert "敬请关注。记者昨日走访发现" in nows(first)
    assert nows(first).endswith("楼道里的异味也少了。")
    assert second.title == "新建滨河公园方便市民休闲"


def test_dateline_of_a_place_alone_opens_an_article() -> None:
    # A regional paper's dateline may name the place alone (包头讯, 台州讯 ), no paper before it: it
    # opens the article under its headline as 本报讯 does, and the text before it is another's.
    page = (
        "老城区改造让居民住上新房\n\n"
        "本报讯（记者 王立）今年以来，我市老\n城区改造工程全面铺开，一批老旧小区\n换了新颜。\n\n"
        "据介绍，今年全市共为老旧小区加装电\n梯一百二十部，惠及三千余户居民。\n\n"
        "新建滨河公园方便市民休闲\n"
        "台州讯 城南新建的滨河公园昨日正式开\n放，公园占地两百余亩，设有步道、球\n场和儿童游乐区。\n"
    )
    first, second = rebuild_page(page)
    assert first.title == "老城区改造让居民住上新房" and nows(first).endswith("惠及三千余户居民。")
    assert second.title == "新建滨河公园方便市民休闲"
    assert nows(second).startswith("城南新建的滨河公园") and second.place == "台州"


def test_words_ending_in_xun_open_no_dateline() -> None:
    # 快讯, 资讯, 喜讯: a word of the text ending in 讯 is no place's dateline.
    from crawler.normalize.credits import dateline_at

    assert dateline_at("台州讯 城南新建的滨河公园昨日开放")
    assert dateline_at("包头讯5月21日下午，按照全省统一部署")
    assert not dateline_at("体育快讯 昨晚的比赛")
    assert not dateline_at("传来喜讯 我市又获殊荣")
    assert not dateline_at("通讯员 李明")
    # Nor does one the list of places lacks (捷讯, 花讯, 来讯, 佳讯) before a space: the word is no
    # place, and the article would be cut there and filed under it. An unlisted place (a county)
    # reads as one where the dateline's date follows it (瑞安讯5月21日).
    assert not dateline_at("两会捷讯 代表委员热议政府工作报告")
    assert not dateline_at("新春花讯 2月起各公园梅花陆续开放")
    assert not dateline_at("家乡来讯 近日村里通了公交")
    assert dateline_at("瑞安讯5月21日，全市防汛工作会议召开")


def test_bulleted_subhead_under_a_heap_of_headlines_opens_a_section_not_an_article() -> None:
    # The lead stands at the page's top, the headlines heaped under it, then the body opens with a
    # bulleted subhead whose words the paragraph under it opens with: a section of the text, which
    # the lead joins, not the headline of an article of its own.
    page = (
        "本报讯（记者 王立）今年以来，我市老\n城区改造工程全面铺开，一批老旧小区\n换了新颜。\n\n"
        "老城区改造让居民住上新房\n\n新建滨河公园方便市民休闲\n\n"
        "■加装电梯惠及三千余户\n\n"
        "加装电梯惠及三千余户，今年全市共为\n老旧小区加装电梯一百二十部。市住建\n"
        "局负责人表示，下一步将继续推进老城\n区改造工作。\n\n" + OTHER.split("\n\n", 1)[1]
    )
    first, second = rebuild_page(page)
    assert first.title == "老城区改造让居民住上新房" and first.reporters == ["王立"]
    assert nows(first).startswith("今年以来") and nows(first).endswith("推进老城区改造工作。")
    assert second.title == "新建滨河公园方便市民休闲"


def test_briefs_whose_leads_restate_their_headlines_stay_articles_of_their_own() -> None:
    # A brief without a dateline under the article above: its lead opens on the news' time and
    # restates its headline as a clause (近日，市民政局开展节前慰问，…), as a lead does. Read as
    # subheads quoting the paragraph below, both briefs were joined into the first article.
    page = (
        "我市启动老旧小区改造三年行动\n\n"
        "　　本报讯（记者 王海）昨日，市\n住建局召开新闻发布会，宣布启动老\n"
        "旧小区改造三年行动，计划三年内完\n"
        "成全市二百余个老旧小区的改造任务\n，涉及居民五万余户。\n"
        "　　据介绍，今年首批改造的四十个\n小区已完成设计，预计下月陆续开工\n。\n\n"
        "市民政局开展节前慰问\n\n"
        "　　近日，市民政局开展节前慰问，\n走访了全市十二家养老机构，为老人\n送去米面油等慰问品。\n\n"
        "城区新增三处公共停车场\n\n"
        "　　3月2日，城区新增三处公共停车\n场，共提供停车位六百余个，缓解了\n老城区停车难问题。\n"
    )
    articles = rebuild_page(page)
    assert [a.title for a in articles] == [
        "我市启动老旧小区改造三年行动",
        "市民政局开展节前慰问",
        "城区新增三处公共停车场",
    ]
    assert nows(articles[1]).startswith("近日，市民政局开展节前慰问，走访了")
    assert "停车" not in nows(articles[0])

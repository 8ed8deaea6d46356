"""Page rebuild: leads displaced to the page's top or foot and set wider than the columns.

A lead (an article's dateline and first paragraph or two) moved away from its body is often set
across several columns; it belongs to the text that goes on from it, found by what the two say.
"""

from __future__ import annotations

from crawler.normalize import RebuiltArticle, rebuild_page


def nows(article: RebuiltArticle) -> str:
    return "".join("".join(article.paragraphs).split())


LIBRARY_BODY = (
    "城东新建社区图书馆开放\n\n"
    "图书馆共有藏书两万余册，其中少\n"
    "儿读物占三成，每周二至周日开放，\n"
    "周一闭馆。社区还为老年读者准备了\n"
    "大字版图书和老花镜，方便居民阅读。\n"
    "馆长介绍，图书馆今后还将举办读书\n"
    "会和亲子阅读活动。\n\n"
)
SPORTS = (
    "河西小学举办秋季运动会\n\n"
    "本报讯（记者 赵刚强）河西小学昨日\n"
    "举办秋季运动会，全校六百名学生参\n"
    "加了跳远、接力和拔河等十二个项目\n"
    "的比赛，家长们在场边为孩子加油。\n"
    "运动会持续了一整天，气氛热烈。\n\n"
)
LIBRARY_LEAD = (
    "本报讯（记者 孙丽华）城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，\n"
    "社区居民凭身份证即可免费办理借书证。\n"
)


def test_wide_lead_at_the_foot_opens_the_body_without_a_dateline() -> None:
    # The lead runs 40 cells wide under columns of 16: it is no article of its own (the running
    # head above makes one headline more than texts, which once let the lead stand alone), but
    # the start of the library article, whose body shares its words (图书馆, 社区, 居民).
    page = "城东晚报 │ 城事 │ A3\n\n" + LIBRARY_BODY + SPORTS + LIBRARY_LEAD
    library, sports = rebuild_page(page)
    assert library.title == "城东新建社区图书馆开放"
    assert library.reporters == ["孙丽华"] and library.dateline == "本报讯"
    assert nows(library).startswith("城东社区图书馆昨日正式向居民开放")
    assert nows(library).endswith("亲子阅读活动。")
    assert sports.title == "河西小学举办秋季运动会" and sports.reporters == ["赵刚强"]


def test_wide_lead_without_a_dateline_at_the_top_opens_its_body() -> None:
    # No dateline and no credit: only its width (a line 40 cells wide over columns of 16) tells the
    # lead from a text of its own; it goes before the body it shares its wording with.
    lead = (
        "城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，社区居民凭身\n"
        "份证即可免费办理借书证。\n\n"
    )
    page = lead + SPORTS + LIBRARY_BODY
    library, sports = rebuild_page(page)  # in reading order: the lead opens the page
    assert library.title == "城东新建社区图书馆开放"
    assert nows(library).startswith("城东社区图书馆昨日正式向居民开放")
    assert nows(library).endswith("亲子阅读活动。")
    assert sports.title == "河西小学举办秋季运动会" and nows(sports).startswith("河西小学昨日")


def test_two_wide_leads_of_two_widths_at_the_foot_are_two_articles_starts() -> None:
    # Set one under the other, in two widths, the second with no dateline: two leads, each joined
    # to the body it goes on in, not one lead in two paragraphs.
    bridge_body = (
        "河西大桥维修完工\n\n"
        "施工期间，大桥实行单向通行，\n"
        "交警在桥头设置了绕行指示牌。\n"
        "维修后的大桥限重提高到五十五\n"
        "吨，桥面也重新铺设了沥青。\n\n"
    )
    bridge_lead = (
        "经过三个月的维修，河西大桥昨日恢复双向通行，市民\n过桥不再需要绕行。大桥维修由市政公司承担。\n"
    )
    page = LIBRARY_BODY + bridge_body + LIBRARY_LEAD + "\n" + bridge_lead
    library, bridge = rebuild_page(page)
    assert library.title == "城东新建社区图书馆开放" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")
    assert bridge.title == "河西大桥维修完工"
    assert nows(bridge).startswith("经过三个月的维修") and nows(bridge).endswith("重新铺设了沥青。")


def test_short_article_in_a_wider_column_is_no_lead_of_another() -> None:
    # The last article runs wider than the others, but it shares no wording with the body above
    # that lacks a dateline: it stays an article of its own.
    weather = (
        "本周末气温回升\n\n"
        "本报讯 据市气象台预报，本周末我市以晴到多云天气为主，最高气温\n"
        "将回升到二十度左右，适宜外出。\n"
    )
    page = LIBRARY_BODY + SPORTS + weather
    library, _sports, forecast = rebuild_page(page)
    assert nows(library).startswith("图书馆共有藏书") and nows(library).endswith("亲子阅读活动。")
    assert forecast.title == "本周末气温回升" and nows(forecast).startswith("据市气象台预报")


def test_wide_lead_left_alone_takes_its_body_back_from_the_article_it_ran_on_in() -> None:
    # The sports article ends with no byline, and the library body follows it in the same column:
    # the two read as one text. The lead set wide at the foot has no body left to join, so it takes
    # the text after the block boundary whose wording it shares, though the headlines (sharing
    # nothing with either text) tell nothing: a lead set wide surely has a body elsewhere.
    sports = (
        "本报讯 河西小学昨日举办秋季运动会，全\n"
        "校六百名学生参加了跳远、接力和拔河等\n"
        "十二个项目的比赛，家长们在场边为孩子\n"
        "加油。运动会持续了一整天，气氛热烈。\n\n"
    )
    body = (
        "图书馆共有藏书两万余册，其中少儿读物\n"
        "占三成，每周二至周日开放，周一闭馆。\n"
        "社区还为老年读者准备了大字版图书和老\n"
        "花镜，方便居民阅读。馆长介绍，图书馆\n"
        "今后还将举办读书会和亲子阅读活动。\n\n"
    )
    lead = (
        "本报讯（记者 孙丽华）城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，\n"
        "今后还将为居民举办读书会。\n"
    )
    page = sports + body + "秋季运动会\n\n新馆迎客\n\n" + lead
    sports_article, library = rebuild_page(page)
    assert sports_article.title == "秋季运动会" and nows(sports_article).endswith("气氛热烈。")
    assert library.title == "新馆迎客" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")


def test_article_in_place_a_little_wider_keeps_its_own_headline() -> None:
    # The last article runs wider than the library's column, with its own headline, dateline and
    # credit; it shares a word or two with the library body (图书馆, 借书), but joined to it the page
    # would lose the match of one of its two headlines: no lead's join costs that much.
    other = (
        "城西图书馆添置自助借书机\n\n"
        "本报讯（记者 王强华）城西图书馆近日添置了四台自助借书机，读者刷\n"
        "身份证即可借书还书，借书高峰时排队的读者明显少了。\n"
    )
    library, machines = rebuild_page(LIBRARY_BODY + other)
    assert library.title == "城东新建社区图书馆开放" and nows(library).startswith("图书馆共有藏书")
    assert machines.title == "城西图书馆添置自助借书机" and machines.reporters == ["王强华"]
    assert nows(machines).startswith("城西图书馆近日") and nows(machines).endswith("明显少了。")


def test_text_credited_at_its_head_is_a_wide_leads_body_only_as_the_last_resort() -> None:
    # The credited text (本报记者 王强华 over it) says more of the lead's words than the library body
    # does, but an article credited at its head is as often one in place: the lead goes to the text
    # that opens with neither dateline nor credit, which shares its wording too.
    library = (
        "馆长介绍，社区图书馆共有藏书两万余册，\n"
        "其中少儿读物占三成，每周二至周日开放，\n"
        "周一闭馆，今后还将举办亲子阅读活动。\n"
        "/记者 孙丽华 报道\n\n"
    )
    machines = (
        "本报记者 王强华\n"
        "城东社区图书馆近日添置了四台自助借\n"
        "书机，居民刷身份证即可借书还书，不\n"
        "用再排队办理借书证，工作人员介绍，\n"
        "借书高峰时排队的读者明显少了。\n\n"
    )
    lead = (
        "本报讯 城东社区图书馆昨日正式开放，居民刷身份证即可办理借书证，借书还书都不用排队，\n"
        "馆内还设有自习区。\n"
    )
    opened, credited = rebuild_page(library + machines + lead)
    assert opened.reporters == ["孙丽华"] and nows(opened).startswith("城东社区图书馆昨日正式开放")
    assert nows(opened).endswith("亲子阅读活动。")
    assert credited.reporters == ["王强华"] and nows(credited).startswith("城东社区图书馆近日添置")


BRIDGE_BODY = (
    "河西大桥维修完工\n\n"
    "施工期间，大桥实行单向通行，\n"
    "交警在桥头设置了绕行指示牌。\n"
    "维修后的大桥限重提高到五十五\n"
    "吨，桥面也重新铺设了沥青。\n\n"
)


def test_two_wide_leads_of_one_width_at_the_top_are_two_articles_starts() -> None:
    # Two leads moved to the page's top, set one under the other to one width; the second has no
    # dateline, so it reads as the first one's next paragraph. Its wording (大桥, 维修, 通行) goes on
    # in the bridge body, the first one's (图书馆, 居民) in the library body: two leads.
    leads = (
        "本报讯（记者 孙丽华）城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习\n"
        "区，社区居民凭身份证即可免费办理借书证。\n\n"
        "经过三个月的维修，河西大桥昨日恢复双向通行，市民过桥不再需要绕行，大桥维修由市政公\n"
        "司承担。\n\n"
    )
    library, bridge = rebuild_page(leads + LIBRARY_BODY + BRIDGE_BODY)
    assert library.title == "城东新建社区图书馆开放" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")
    assert bridge.title == "河西大桥维修完工" and bridge.reporters == []
    assert nows(bridge).startswith("经过三个月的维修") and nows(bridge).endswith("重新铺设了沥青。")


def test_wide_lead_in_two_blocks_saying_one_story_stays_one_lead() -> None:
    # A lead may stand in two blocks of one width (the seed's): both say the library's story, so
    # they open one body.
    lead = (
        "本报讯（记者 孙丽华）城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习\n"
        "区，社区居民凭身份证即可免费办理借书证。\n\n"
        "图书馆馆长介绍，开馆首日就有三百多位居民前来借书，少儿区的读者最多，老年读者也不少\n"
        "。\n\n"
    )
    library, bridge = rebuild_page(lead + LIBRARY_BODY + BRIDGE_BODY)
    assert library.title == "城东新建社区图书馆开放" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and "开馆首日" in nows(library)
    assert nows(library).endswith("亲子阅读活动。")
    assert bridge.title == "河西大桥维修完工" and nows(bridge).startswith("施工期间")


def test_lonely_lead_takes_its_body_and_byline_from_a_text_credited_at_its_head() -> None:
    # The sports article is credited at its head (本报讯（记者 赵刚强）); the library body runs on
    # under it in the same column and ends with a byline naming someone else. Papers credit once:
    # that byline is the run-on article's, and the lead set wide at the top takes the text after the
    # block boundary with it.
    lead = (
        "本报讯 城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，社区居民凭\n"
        "身份证即可免费办理借书证。\n\n"
    )
    sports = (
        "河西小学举办秋季运动会\n\n"
        "本报讯（记者 赵刚强）河西小学昨日\n"
        "举办秋季运动会，全校六百名学生参\n"
        "加了跳远、接力和拔河等十二个项目\n"
        "的比赛，家长们在场边为孩子加油。\n\n"
        "图书馆共有藏书两万余册，其中少儿\n"
        "读物占三成，每周二至周日开放，周\n"
        "一闭馆。馆长介绍，图书馆今后还将\n"
        "举办读书会和亲子阅读活动。\n"
        "（通讯员 李明华）\n\n"
        "城东新建社区图书馆开放\n"
    )
    library, sports_article = rebuild_page(lead + sports)
    assert library.title == "城东新建社区图书馆开放" and library.correspondents == ["李明华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")
    assert sports_article.title == "河西小学举办秋季运动会" and sports_article.reporters == ["赵刚强"]
    assert sports_article.correspondents == [] and nows(sports_article).endswith("为孩子加油。")


RUN_ON_SPORTS = (
    "本报讯 河西小学昨日举办秋季运动会，全\n"
    "校六百名学生参加了跳远、接力和拔河等\n"
    "十二个项目的比赛，家长们在场边为孩子\n"
    "加油。运动会持续了一整天，气氛热烈。\n\n"
)
RUN_ON_LIBRARY = (
    "图书馆共有藏书两万余册，其中少儿读物\n"
    "占三成，每周二至周日开放，周一闭馆。\n"
    "社区还为老年读者准备了大字版图书和老\n"
    "花镜，方便居民阅读。馆长介绍，图书馆\n"
    "今后还将举办读书会和亲子阅读活动。\n"
)
UNDATED_WIDE_LEAD = (
    "城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，今后还将为居民\n"
    "举办读书会。\n\n"
)


def test_wide_lead_without_a_dateline_left_alone_takes_its_body_back() -> None:
    # The lead set wide at the top opens with no dateline; its body ran on under the sports
    # article (no byline between them). Joined to nothing, it is as lonely as a dated lead: it takes
    # the text after the block boundary whose wording it shares.
    page = UNDATED_WIDE_LEAD + RUN_ON_SPORTS + RUN_ON_LIBRARY + "\n秋季运动会\n\n新馆迎客\n"
    library, sports = rebuild_page(page)
    assert library.title == "新馆迎客"
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")
    assert sports.title == "秋季运动会" and nows(sports).endswith("气氛热烈。")


def test_wide_lead_left_alone_takes_its_body_back_with_the_byline_closing_it() -> None:
    # The same, with a byline closing the run-on text: a lead set wide surely has a body elsewhere,
    # so the byline under the text it takes goes with it, not with the sports article above.
    page = (
        UNDATED_WIDE_LEAD + RUN_ON_SPORTS + RUN_ON_LIBRARY + "/记者 孙丽华 报道\n\n秋季运动会\n\n新馆迎客\n"
    )
    library, sports = rebuild_page(page)
    assert library.title == "新馆迎客" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")
    assert sports.title == "秋季运动会" and sports.reporters == []
    assert nows(sports).endswith("气氛热烈。")


def test_wide_lead_left_alone_takes_the_head_of_the_body_another_wide_lead_joined() -> None:
    # Two leads set wide at the foot; at the top one text runs the library body on into the sports
    # article's end (no byline, no dateline between). The sports lead shares most wording with the whole
    # text and joins it; the library lead, alone, takes back the head of that body (the block before
    # the boundary), not the sports lead itself that now opens the text.
    top = (
        "图书馆共有藏书两万余册，其中少儿读物\n"
        "占三成，每周二至周日开放，周一闭馆。\n"
        "社区还为老年读者准备了大字版图书和老\n"
        "花镜，方便居民阅读。馆长介绍，图书馆\n"
        "今后还将举办读书会和亲子阅读活动。\n\n"
        "秋季运动会持续了一整天，六百名学生\n"
        "在跳远、接力和拔河比赛中各显身手，\n"
        "家长们加油声不断。河西小学校长在闭\n"
        "幕式上为获奖班级颁发了奖状。\n\n"
    )
    sports_lead = (
        "本报讯（记者 赵刚强）河西小学昨日举办秋季运动会，全校六百名学生参加了跳远、\n"
        "接力和拔河等十二个项目的比赛，家长们在场边为孩子加油。\n\n"
    )
    library_lead = (
        "本报讯（记者 孙丽华）城东社区图书馆昨日正式向居民开放，馆内设有阅览区、少儿区和自习区，藏书\n"
        "两万余册，社区居民凭身份证即可免费办理借书证，今后还将为居民举办读书会。\n"
    )
    page = top + "河西小学举办秋季运动会\n\n城东社区图书馆开放\n\n" + sports_lead + library_lead
    sports, library = rebuild_page(page)
    assert sports.title == "河西小学举办秋季运动会" and sports.reporters == ["赵刚强"]
    assert nows(sports).startswith("河西小学昨日") and "图书馆" not in nows(sports)
    assert nows(sports).endswith("颁发了奖状。")
    assert library.title == "城东社区图书馆开放" and library.reporters == ["孙丽华"]
    assert nows(library).startswith("城东社区图书馆昨日") and nows(library).endswith("亲子阅读活动。")

"""Session-23 byline rules, from the tune half of ``bench.credit_probe10`` (written before the code was read).

Writing roles in settings the earlier rules did not read: a middle dot spaced inside a minority name,
joint interview teams, government drafters, magazine chief writers, ``采写`` before or after the names,
commentators set off by a mark, a writer with its role in brackets, a repost's permission naming its
writer, a station's reporter, pen names beside their real names, English credits before Han names, and
roles in ``【】``. Each case failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "authors", "correspondents"),
    [
        ("采写：玉素甫 • 吐尔逊", ["玉素甫·吐尔逊"], []),
        ("撰文：热合曼 · 塔依尔　通讯员 邱鹏航", ["热合曼·塔依尔"], ["邱鹏航"]),
        ("本报记者 艾尔肯 ·阿卜杜拉", ["艾尔肯·阿卜杜拉"], []),
    ],
)
def test_a_middle_dot_spaced_inside_a_minority_name_keeps_the_name_whole(
    text: str, authors: list[str], correspondents: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.correspondents) == (authors, correspondents)


def test_a_dot_spaced_between_an_outlet_and_a_role_is_unchanged() -> None:
    assert find_people("中国青年报 · 中青在线记者 张三").authors == ["张三"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本报调查组成员：刘璐超 唐琪", ["刘璐超", "唐琪"]),
        ("本报赴滨海联合采访组成员：彭俊明 覃春昕 黄蓉彬", ["彭俊明", "覃春昕", "黄蓉彬"]),
        ("本报联合采访组：程敏 刘晓俊 曹亮荣", ["程敏", "刘晓俊", "曹亮荣"]),
        ("本报调查组：沈倩春、史炜颖", ["沈倩春", "史炜颖"]),
        ("本报调查组", []),
        ("市纪委调查组：经查，该局存在违规发放津贴问题", []),
        ("联合调查组：事故原因已经查明", []),
    ],
)
def test_a_joint_interview_team_s_reporters_are_its_writers(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        ("拟稿人：谭娜  核稿：韦煜丽  审核：杜春佳", ["谭娜"], ["杜春佳"]),
        ("起草：邹嘉  核稿：卢萍超  校对：高磊翠", ["邹嘉"], []),
        ("撰写：唐亮涛　审核：田军", ["唐亮涛"], ["田军"]),
        ("主笔：孟涛　|　编辑：周颖璇　|　统筹：朱鸿建", ["孟涛"], ["周颖璇"]),
        ("主笔｜任敏杰　图片｜孟昊　责编｜邵旭雪", ["任敏杰"], ["邵旭雪"]),
        ("他负责起草了这份报告。", [], []),
        ("报社主笔张三认为", [], []),
    ],
)
def test_drafters_and_chief_writers_are_writers(text: str, authors: list[str], editors: list[str]) -> None:
    people = find_people(text)
    assert (people.authors, people.editors) == (authors, editors)


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("唐晶 吴鸿亮 采写", ["唐晶", "吴鸿亮"], []),
        ("（雷欣勇 采写）", ["雷欣勇"], []),
        ("采写/摄影：胡宁艳", ["胡宁艳"], ["胡宁艳"]),
        ("采写、摄影：姜颖", ["姜颖"], ["姜颖"]),
        ("记者深入一线采写", [], []),
    ],
)
def test_caixie_after_the_names_and_with_the_pictures(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("评论员 | 王航艳", ["王航艳"]),
        ("评论员/胡桂荣、徐昊", ["胡桂荣", "徐昊"]),
        ("时评人 冯春", ["冯春"]),
        ("◎钱飞志（本报评论员）", ["钱飞志"]),
        ("莫欣丽（本报特约撰稿人）", ["莫欣丽"]),
        ("于晨荣（本报专栏作者）", ["于晨荣"]),
        ("（评论员 罗博 萧海川）", []),
        ("本报评论员：坚定信心", []),
        ("张三（本报记者）", ["张三"]),
        ("据张三（本报记者）介绍", []),
    ],
)
def test_commentators_and_writers_with_their_role_in_brackets(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本文经作者宋博授权发布", ["宋博"]),
        ("作者郝莉浩授权本网转载", ["郝莉浩"]),
        ("本文系作者任晓原创，首发于“凤台书房”公众号，经授权转载。", ["任晓"]),
        ("（已获作者授权）", []),
        ("这部由《三体》作者刘慈欣原创的小说", []),
        ("本文经“江城发布”授权转载", []),
    ],
)
def test_a_repost_s_permission_names_its_writer(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("本报驻石门记者站 韦明雪", ["韦明雪"]),
        ("本报驻江城记者站　记者　周倩", ["周倩"]),
        ("江城记者站站长 冯涛", ["冯涛"]),
        ("本报驻石门记者站", []),
    ],
)
def test_a_station_s_reporter(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("文/北辰（本名宋颖昕）", ["北辰"]),
        ("文/高山（本名宋颖昕）", []),  # a place's name stays refused, pen name or not
        ("作者：小楼，本名廖瑶平，清河财经学院退休教师", ["小楼"]),
        ("秋水（原名戴翔洋）/文", ["秋水"]),
        ("作者简介：半夏，本名梁婧婷，自由撰稿人。", ["半夏"]),
        ("鲁迅（原名周树人）是现代文学的奠基人。", []),
    ],
)
def test_a_pen_name_beside_its_real_name_is_the_writer(text: str, authors: list[str]) -> None:
    assert find_people(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors", "photographers", "editors"),
    [
        ("Text by 雷炜超 | Photos by 许骏静", ["雷炜超"], ["许骏静"], []),
        ("Written by 熊鹏超, edited by 戴健娟", ["熊鹏超"], [], ["戴健娟"]),
        ("Words by 白静伟", ["白静伟"], [], []),
        ("Text: 邱桂峰  Editor: 余博雪", ["邱桂峰"], [], ["余博雪"]),
        ("Story: 熊辉海 | Photos: 梁海炜", ["熊辉海"], ["梁海炜"], []),
        ("Text: Sophie Wu / Translation: 龙英玉", ["Sophie Wu"], [], []),
        ("Written by 冯炜俊  Translated by 方勇航", ["冯炜俊"], [], []),
        ("Text: 视觉中国", [], [], []),
    ],
)
def test_english_credits_before_han_names(
    text: str, authors: list[str], photographers: list[str], editors: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers, people.editors) == (authors, photographers, editors)


@pytest.mark.parametrize(
    ("text", "authors", "photographers"),
    [
        ("【执笔】吴翔", ["吴翔"], []),
        ("【执笔】董婧【审核】刘淑宁", ["董婧"], []),
        ("【采写】吕怡【摄影】卢秀", ["吕怡"], ["卢秀"]),
        ("【文字】郭茜 【图片】郝炜莉", ["郭茜"], ["郝炜莉"]),
        ("【专栏作者】黄志", ["黄志"], []),
        ("採訪：唐鴻建｜圖：蔡霞璐", ["唐鴻建"], ["蔡霞璐"]),
        ("記者：李健旭　攝：梁麗蓉", ["李健旭"], ["梁麗蓉"]),
        ("文字 金丽鑫　图片 余涛　责编 韦毅", ["金丽鑫"], ["余涛"]),
    ],
)
def test_roles_in_brackets_and_hong_kong_s_interview_and_photo_labels(
    text: str, authors: list[str], photographers: list[str]
) -> None:
    people = find_people(text)
    assert (people.authors, people.photographers) == (authors, photographers)


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        ("<p>作者：小楼，本名廖瑶平，清河财经学院退休教师</p>", ["小楼"]),
        ("<p>2016-07-28 20:36　木耳（原名蔡敏琪）/文</p>", ["木耳"]),
        ("<p>作者：小楼</p>", []),  # a word alone behind the label stays refused
    ],
)
def test_a_pen_name_that_is_a_word_is_kept_on_the_page_when_its_real_name_vouches_for_it(
    html: str, authors: list[str]
) -> None:
    from crawler.extract import extract_article

    body = "".join(
        f"<p>　　{'江城市今年新建了十二所学校，全市中小学学位增加一万多个。' * 3}</p>" for _ in range(4)
    )
    page = (
        f"<html><head><title>江城新建学校</title></head><body><h1>江城新建学校</h1>{html}{body}</body></html>"
    )
    art = extract_article("http://news.example.cn/a/1.html", page.encode())
    assert art.authors == authors


def test_a_repost_s_permission_after_the_date_on_an_info_line() -> None:
    assert find_people("2009-08-24 12:35　作者于鹏授权本网转载").authors == ["于鹏"]

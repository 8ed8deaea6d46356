"""Session-20 byline rules, from the tune half of ``bench.credit_probe7`` (written before the code was read).

Each test failed before its rule.
"""

from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.extract.people import find_people

URL = "http://www.example.cn/news/2024/0305/1.html"
_HEADLINE = "车辆被盗后发生交通事故 车主是否担责"
_TEXT = "去年3月10日，陈某买了一辆车，同年5月在陈某居住的小区内新车不翼而飞，陈某随即报警。"


def _page(lead: str, caption: str = "") -> bytes:
    """A portal page: headline, info line, ``lead`` lines, four paragraphs, a picture and its caption."""
    paragraphs = "".join(f"<p>　　第{i}段，{_TEXT}</p>" for i in range(4))
    figure = f"<p><img src='/u/1.jpg'></p><p class='pic-note'>{caption}</p>" if caption else ""
    return (
        "<html><head><meta charset='utf-8'><title>"
        f"{_HEADLINE}_临江新闻网</title></head><body><div class='nav'>首页 &gt; 正文</div>"
        f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>2011-05-06 00:51</div>"
        f"<div class='content'>{lead}{paragraphs}{figure}<p>责任编辑：蒋宁娜</p></div></div>"
        "<div class='footer'>版权所有 临江新闻网</div></body></html>"
    ).encode()


@pytest.mark.parametrize("caption", ["顺手牵羊偷手机，仅一　图片作者：陶煜蕾", "图片作者：陶煜蕾"])
def test_a_picture_s_author_is_its_photographer(caption: str) -> None:
    """``图片作者：X`` credits the picture (as ``图片：X`` does), not the text."""
    people = find_people(caption)
    assert people.authors == []
    assert people.photographers == ["陶煜蕾"]
    art = extract_article(URL, _page("<p>记者　高敏怡</p>", caption))
    assert art.authors == ["高敏怡"]


@pytest.mark.parametrize(
    ("credit", "correspondents"),
    [
        ("通讯员 沈洋 邵明煜　丁辉及罗博宇 记者 谭毅鹏", ["沈洋", "邵明煜", "丁辉", "罗博宇"]),
        ("通讯员 沈洋 丁辉和罗博宇", ["沈洋", "丁辉", "罗博宇"]),
    ],
)
def test_the_last_two_names_of_a_spaced_list_may_be_joined_by_he_or_ji(
    credit: str, correspondents: list[str]
) -> None:
    """``丁辉及罗博宇`` after a space is two names, not a run-on into text (each part surname-first)."""
    assert find_people(credit).correspondents == correspondents


def test_a_spaced_list_still_stops_at_text_joined_by_he() -> None:
    assert find_people("通讯员 沈洋 篮球和足球比赛").correspondents == ["沈洋"]


@pytest.mark.parametrize(
    "credit", ["通讯员 沈洋 丁辉及时赶到", "通讯员 沈洋 丁辉及其家人", "通讯员 沈洋 李明和平安"]
)
def test_a_word_the_joiner_opens_joins_no_names(credit: str) -> None:
    """``及时``, ``及其``, ``和平`` are words: 丁辉及时赶到 is no 丁辉 and 时赶到."""
    names = find_people(credit).correspondents
    assert names[0] == "沈洋" and not {"时赶到", "其家人", "平安"} & set(names), names


@pytest.mark.parametrize(
    ("credit", "authors"),
    [("（By ZHAO Yue）", ["ZHAO Yue"]), ("By ZHANG Hua", ["ZHANG Hua"]), ("By OUYANG Wei", ["OUYANG Wei"])],
)
def test_a_pinyin_byline_may_print_the_surname_in_capitals(credit: str, authors: list[str]) -> None:
    assert find_people(credit).authors == authors


@pytest.mark.parametrize("credit", ["By AP Photo", "By CGTN Staff", "By XINHUA News Agency"])
def test_capitals_that_are_no_pinyin_surname_are_no_name(credit: str) -> None:
    assert find_people(credit).authors == []


@pytest.mark.parametrize("credit", ["（谢婧淑 文并图）", "谢婧淑 文并摄"])
def test_a_name_before_wen_bing_tu_wrote_the_text_and_took_the_pictures(credit: str) -> None:
    people = find_people(credit)
    assert people.authors == ["谢婧淑"]
    assert people.photographers == ["谢婧淑"]


@pytest.mark.parametrize("word", ["文并图", "文并摄", "文图"])
def test_a_text_and_pictures_role_is_no_name(word: str) -> None:
    """文 is a surname, so 文并图 read as a closing bracket's co-writer (``（谢婧淑 文并图）``)."""
    from crawler.extract.names import plausible_name

    assert not plausible_name(word)
    art = extract_article(URL, _page(f"<p>（谢婧淑 {word}）</p>"))
    assert word not in art.authors


@pytest.mark.parametrize(
    "line", ["作者：李强阅读量：1234", "作者：李强阅读：1234", "作者：李强浏览：56次", "作者：李强点击数：78"]
)
def test_a_counter_glued_after_the_writer_s_name_is_the_next_field(line: str) -> None:
    """``作者：X阅读量：1234``: the info line's counter is glued to the name, as 发布时间 is."""
    assert find_people(line).authors == ["李强"]


@pytest.mark.parametrize(
    "line",
    [
        "记者：生肖鸡，5.1过后，好运的情况如何？",
        "记者：缅怀 | 南京一交警夜查的情况如何？",
        "记者：谁来处理？振华路附近频繁的情况如何？",
        "记者：邹惠萍、胡元明赌博一审的情况如何？",
        "记者：王芳同学，你当时怎么想的?",
    ],
)
def test_an_interview_s_question_is_no_credit(line: str) -> None:
    """``记者：…？``: the reporter's question in a transcript, whatever words open it."""
    people = find_people(f"本报记者 王蓉\n{line}\n张主任：我们马上处理。")
    assert people.authors == ["王蓉"]


def test_a_url_s_query_after_a_reporter_is_no_question() -> None:
    assert find_people("记者：王蓉　网址：http://www.example.cn/a.php?id=3").authors == ["王蓉"]


@pytest.mark.parametrize("credit", ["（叶昕/文并摄）", "叶昕/文并图"])
def test_a_name_then_slash_wen_bing_she_wrote_and_took_the_pictures(credit: str) -> None:
    people = find_people(credit)
    assert people.authors == ["叶昕"]
    assert people.photographers == ["叶昕"]


def test_a_minority_name_of_four_characters_goes_on_a_spaced_list() -> None:
    """The run-on guard stops a spaced list at a four-character token, but 索朗旺堆 is a Tibetan name."""
    assert find_people("本报记者 额尔敦 索朗旺堆").authors == ["额尔敦", "索朗旺堆"]


def test_an_interview_s_question_on_the_line_after_the_label_is_no_credit() -> None:
    """A zone breaks lines where the headline's words come again: ``记者：\\n不忘初心…如何？``."""
    people = find_people("文/孟亮岚\n工作取得了成绩。 记者：\n不忘初心 牢记使命的情况如何？ 尹主任：好。")
    assert people.authors == ["孟亮岚"]


def test_a_photo_role_glued_after_a_name_labels_no_word_after_it() -> None:
    """A caption's ``何昕婷摄影`` joined to the next paragraph by a space: 摄影 closes the credit."""
    for text in ("接警后，清安所民警立即开展工作。", "经查，清安所民警立即开展工作。"):
        people = find_people(f"▲顺手牵羊偷手机 何昕婷摄影 {text}")
        assert people.photographers in ([], ["何昕婷"])
        assert people.authors == []
    assert find_people("本报摄影记者 张小明").photographers == find_people("摄影记者 张小明").photographers


def test_a_list_ends_at_a_name_glued_to_its_photo_role() -> None:
    """``本报记者李伟茜摄 肇事人加里特·威廉（…）告诉警方``: the caption's credit, then the next paragraph."""
    people = find_people("▲致命车祸 本报记者李伟茜摄 肇事人加里特·威廉（garrett wilhelm）告诉警方，")
    assert people.photographers == ["李伟茜"]
    assert people.authors == []


def test_a_bio_note_s_copula_is_read_once() -> None:
    """``（作者向昕亮系白鹭大学教授）`` names 向昕亮 (the note's rule), not also a cut 向昕."""
    assert find_people("（作者向昕亮系白鹭大学教授）").authors == ["向昕亮"]


def test_one_recommended_article_above_the_headline_keeps_its_own_credit() -> None:
    """``推荐阅读 <a>another headline</a> 文/X`` above the headline: X wrote the linked article."""
    side = (
        "<div class='side'><h3>推荐阅读</h3><ul><li>"
        "<a href='/n/9.html'>石林县壁挂炉哪个牌子好详解-家居在线</a>"
        " <span>文/高亮峰</span></li></ul></div>"
    )
    box = b"<div class='article'>"
    page = _page("<p>□本报记者 段婧欣</p>").replace(box, side.encode() + box)
    assert extract_article(URL, page).authors == ["段婧欣"]


def test_a_box_heading_before_one_link_on_the_headline_s_line_makes_it_a_list() -> None:
    from crawler.extract.text_zones import without_linked_credits

    title = "车辆被盗后发生交通事故 车主是否担责"
    zone = f"首页 > 正文 推荐阅读 建设汉江源头美丽乡村 脱贫攻坚过美好生活 文/高亮峰 {title} 2011-05-06"
    out = without_linked_credits(zone, {"建设汉江源头美丽乡村脱贫攻坚过美好生活"}, title, "第0段")
    assert "高亮峰" not in out
    assert title in out


@pytest.mark.parametrize(
    "link", ["石林县壁挂炉哪个牌子好详解-家居在线", "建设汉江源头美丽乡村 脱贫_生活_中国网"]
)
def test_a_headline_link_with_its_site_s_name_is_no_outlet(link: str) -> None:
    from crawler.extract.text_zones import _body_or_outlet

    assert not _body_or_outlet("".join(link.split()))
    assert _body_or_outlet("人民网－人民日报")
    assert _body_or_outlet("长宁区融媒体中心")


@pytest.mark.parametrize("caption", ["选择云南衡水实验中学　航拍：龚健旭", "航拍/龚健旭"])
def test_an_aerial_photo_s_credit_names_a_photographer(caption: str) -> None:
    people = find_people(caption)
    assert people.photographers == ["龚健旭"]
    assert people.authors == []


def test_aerial_photography_in_a_sentence_credits_no_one() -> None:
    assert find_people("无人机航拍：城市全景").photographers == []


@pytest.mark.parametrize(
    ("credit", "kept"),
    [
        ("图/站酷海洛", []),
        ("图/欧阳晓峰", ["欧阳晓峰"]),
        ("图/扎西顿珠", ["扎西顿珠"]),
        ("圖/歐陽曉峰", ["歐陽曉峰"]),
    ],
)
def test_four_characters_without_a_surname_are_no_photographer(credit: str, kept: list[str]) -> None:
    """A four-character Han photographer is a compound surname's or a minority name; else a stock agency."""
    from crawler.extract.bylines import _words_refused

    assert _words_refused(find_people(credit)).photographers == kept


@pytest.mark.parametrize(
    "lead",
    [
        "本报讯（记者：王强 通讯员：李明）“垃圾到底谁来处理？”近日，市民张先生向本报反映。",
        "记者：王强　　通讯员：李明　　小区垃圾谁来处理？",
        "文/记者：王强 你今天垃圾分类了吗?",
    ],
)
def test_a_name_closed_after_the_reporter_label_is_a_credit_though_a_question_follows(lead: str) -> None:
    """The question rule reads ``记者：…？`` as the reporter's question only when no name stands first:
    a lead's byline (``（记者：王强）``) followed on its line by a quoted question was lost."""
    assert find_people(lead).authors == ["王强"]
    assert extract_article(URL, _page(f"<p>{lead}</p>")).authors == ["王强"]


@pytest.mark.parametrize(
    "credit",
    ["图/帕尔哈提", "摄影：库尔班江", "（本报记者 吐尔逊江 摄）", "图/艾克拜尔", "（图/木合塔尔）"],
)
def test_a_four_character_uyghur_name_is_a_photographer_not_an_agency(credit: str) -> None:
    """A Xinjiang paper's photographer (帕尔哈提, 库尔班江) has no Han surname, and is no stock agency."""
    from crawler.extract.bylines import _words_refused

    assert len(_words_refused(find_people(credit)).photographers) == 1

"""Text the body extraction used to lose or repeat, written by hand from the kinds of page where it did.

The kinds were found on the probe pages of ``bench.fields_probe`` (real texts in made layouts) and
the tune pages of the fields dev set; no holdout page was read.
"""

from __future__ import annotations

from crawler.extract.heading_lines import strip_heading_line

TITLE = "山东仁和制药宣称食品能治病 营销模式被指传销"


def test_a_headline_quoted_in_the_first_sentence_is_no_heading_line() -> None:
    # "发布" before the headline reads like an info field, but the headline sits in 《》 inside a
    # sentence: the text cites it, and nothing before it is page furniture.
    first = f"4月27日，《中国产经新闻网》对外发布一篇标题为《{TITLE}》的深度报道，引起了社会公众的高度关注。"
    paragraphs = [first, "据报道，该公司没有取得直销企业经营许可证。"]
    assert strip_heading_line(paragraphs, TITLE) == paragraphs


def test_an_info_line_and_headline_joined_to_the_text_are_still_cut() -> None:
    first = f"来源：红网 作者：黄艳 2019-02-28 17:47:00 {TITLE} 近日，记者从该公司获悉了有关情况。"
    assert strip_heading_line([first], TITLE) == ["近日，记者从该公司获悉了有关情况。"]


def test_a_breadcrumb_alone_is_dropped_a_text_glued_behind_one_is_kept() -> None:
    from crawler.extract import extract_article

    text = (
        "新房装修，一定要做好防水和管道施工。漏水问题层出不穷，入住后就会给我们带来极大的困扰。"
        "装修与水相关的工艺没做好，那么最关键的问题还是在水管上，所以要想做到不漏水，"
        "那么从施工阶段开始，就要做好预防工作，才能一劳永逸。"
    )
    page = (
        "<html><head><title>家里做了防水还漏水_欧邦资讯</title></head><body>"
        "<div class='content'><p>当前位置：首页 &gt; 欧邦资讯 &gt; 家居课堂</p>"
        f"<p>您的位置:首页&gt;欧邦资讯&gt;家居课堂&gt;{text}</p><p>{text}</p></div></body></html>"
    )
    body = extract_article("http://www.example.cn/a/1.html", page.encode()).body
    assert "当前位置" not in body
    assert body.count("新房装修") == 2


def test_a_headline_named_inside_the_first_sentences_is_no_heading_line() -> None:
    title = "红丝带神州行－预防艾滋病列车宣传活动"
    first = (
        "此次活动主要针对的人群是在校大学生，目的是激发大学生的社会责任感和参与热情…［详细］"
        f"２００５年１１月２９日上午，{title}启动仪式在北京站进站大厅隆重举行"
    )
    assert strip_heading_line([first], title) == [first]


_SHORT_POST = [
    "中国天气网 -",
    "“纳特”加强为飓风 已经导致中美洲28人死亡。美国国家飓风中心监测信息显示，热带风暴已经加强为1级飓风。",
]


def _blog_page(paragraphs: list[str]) -> bytes:
    text = "".join(f"<div>{p}</div>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>连阴雨有哪些危害_山城老李_新浪博客</title>"
        "</head><body><div class='blogtitle'><h1><a href='/u/1'>山城老李的博客</a></h1>"
        "<div class='bloglink'>http://blog.sina.com.cn/u734049</div></div>"
        "<div class='blognav'><a>首页</a> <a>博文目录</a> <a>图片</a> <a>关于我</a></div>"
        "<div class='articalTitle'><h2 class='titName'>连阴雨有哪些危害</h2>"
        "<span class='time'>(2019-04-09 06:15:35)</span></div>"
        "<div class='articalTag'>标签：<a>生活</a> 分类：<a>随笔</a></div>"
        f"<div class='articalContent'>{text}</div>"
        "<div class='side'><h3>个人资料</h3><a>山城老李</a> 博客等级：12 博客积分：530</div></body></html>"
    ).encode()


def test_a_short_posts_headline_info_lines_and_profile_box_are_not_its_text() -> None:
    # With a text this short the extractor keeps the whole column: the headline, the date, the
    # tags and the blogger's profile box came out as the body's first and last lines.
    from crawler.extract import extract_article

    item = extract_article("http://blog.sina.com.cn/s/blog_1.html", _blog_page(_SHORT_POST))
    assert item.title == "连阴雨有哪些危害"
    assert [line for line in item.body.splitlines() if line] == _SHORT_POST


def test_a_related_list_closing_the_text_goes_a_credit_after_it_stays() -> None:
    from crawler.extract.furniture import drop_edge_furniture

    text = "记者从市政府获悉，本市今年将新建三所学校，明年秋季开学前投入使用。" * 2
    related = ["相关新闻", "我市召开安全生产工作会议", "城区主干道改造工程全面开工"]
    assert drop_edge_furniture([text, *related]) == [text]
    closing = [text, "相关链接", "全省春季造林绿化现场会举行", "（记者 韩旭）"]
    assert drop_edge_furniture(closing) == closing


def test_a_headline_and_its_bare_dated_info_line_joined_to_the_text_are_cut() -> None:
    # A short article box comes out as one run: <h1>, <time> and 来源 before the text.
    title = "大型话剧《穷孩子·富孩子》在湛江影剧院上演"
    text = "18日－19日晚，由广东省文化厅主办的话剧在湛江影剧院上演。"
    assert strip_heading_line([f"{title} 2017-10-09 15:09 来源：新华网 {text}"], title) == [text]
    assert strip_heading_line([f"{title} (2019-04-09 06:15:35) {text}"], title) == [text]
    prose = f"{title} 2017年10月9日，由广东省文化厅主办的话剧上演。"
    assert strip_heading_line([prose], title) == [prose]


_TEXT = "五月二十三日，县长到县公安局交警大队调研督导交通安全管理工作，并向一线民警表示慰问。"


def test_a_related_list_between_the_page_tools_and_the_sites_footer_goes() -> None:
    from crawler.extract.furniture import drop_edge_furniture

    page = [
        _TEXT,
        "【关闭窗口】",
        "相关新闻",
        "运城市召开安全生产工作会议 2005-5-1",
        "我市开展交通安全大检查 2005-4-28",
        "版权所有：运城新闻网 Copyright 2003-2005 晋ICP备05000123号",
    ]
    assert drop_edge_furniture(page) == [_TEXT]


def test_replies_under_headers_with_a_floor_or_a_seat_name_are_cut() -> None:
    from crawler.extract.furniture import cut_replies

    for header in ("老陈说事 沙发 发表于 2008-3-16 08:02", "1楼：梅江边 发表于: 2011-08-22 15:02"):
        assert cut_replies([_TEXT, f"{header} 支持楼主，我们小区也有这个问题。"]) == [_TEXT]


def test_a_posters_signature_joined_to_the_last_line_goes() -> None:
    from crawler.extract.furniture import drop_edge_furniture

    assert drop_edge_furniture([_TEXT, _TEXT + " 签名：生活就是这样"]) == [_TEXT, _TEXT]

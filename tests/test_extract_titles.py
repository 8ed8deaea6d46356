"""Titles: an in-page heading beats a site-wide ``<title>``; a page with a main text is always an article."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.heading_lines import first_sentence_title
from crawler.extract.titles import better_title

BODY = (
    "<p>3月5日，县应急管理局召开春季消防安全工作部署会，要求各镇街对人员密集场所开展拉网式排查，"
    "发现隐患立即整改，不能立即整改的要落实防范措施，确保不发生较大火灾事故。</p>"
    "<p>会议指出，当前正值春季风干物燥，火灾风险上升，各单位要压实责任，加强值班值守，"
    "对老旧小区消防通道堵塞、电动车违规充电等突出问题开展集中整治，切实守住安全底线。</p>"
    "<p>会议要求，各镇街于4月30日前将排查整治情况报送县应急管理局，县里将适时组织督导检查。</p>"
)


def _page(head: str, heading: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a> <a href='/gov/'>政务</a></div>"
        f"<table><tr><td align='center'><font size='5'>{heading}</font></td></tr>"
        "<tr><td>发布时间：2019-03-06 来源：县应急管理局 浏览：1024</td></tr>"
        f"<tr><td class='zw'>{BODY}</td></tr></table>"
        "<div class='foot'>某某县人民政府 版权所有</div></body></html>"
    ).encode()


def test_site_wide_title_loses_to_heading() -> None:
    page = _page("<title>某某县人民政府门户网站</title>", "县应急管理局部署春季消防安全工作")
    item = extract_article("http://gov.example/a/1.html", page)
    assert item.title == "县应急管理局部署春季消防安全工作"
    assert not item.body.startswith("县应急管理局部署")  # the headline is not left in the body


def test_page_without_title_tag_is_an_article() -> None:
    item = extract_article("http://gov.example/a/2.html", _page("", "县应急管理局部署春季消防安全工作"))
    assert item.title == "县应急管理局部署春季消防安全工作"


def test_article_title_kept_when_it_is_the_headline() -> None:
    page = _page("<title>县应急管理局部署春季消防安全工作_某某县人民政府</title>", "相关推荐")
    item = extract_article("http://gov.example/a/3.html", page)
    assert item.title == "县应急管理局部署春季消防安全工作"


def test_better_title() -> None:
    prose = ["垣曲县县长麻军泽到县公安局交警大队调研督导交通安全管理工作，并慰问一线执勤民警。"]
    assert better_title("运城新闻网", "垣曲县县长深入一线调研督导交通安全管理工作", prose)
    assert not better_title("垣曲县县长调研督导交通安全管理工作", "相关推荐", prose)
    assert better_title("中华人民共和国监察法-纪检", "中华人民共和国监察法", prose)
    assert better_title("", "任何标题", prose)
    assert not better_title("运城新闻网", "", prose)


def test_first_sentence_title() -> None:
    assert first_sentence_title(["", "今天天气很好。我们去公园。"]) == "今天天气很好。"
    long = "这是一个非常长的句子" * 6
    assert first_sentence_title([long]).endswith("…") and len(first_sentence_title([long])) == 41


def test_headline_kept_in_the_body_above_its_info_line() -> None:
    from crawler.extract.markup import parse_page
    from crawler.extract.page_headings import heading_before_body

    paragraphs = [
        "添加收藏夹 设为首页 关于我们",
        "中华人民共和国监察法",
        "来源: 发布时间: 2018-05-17 浏览次数: 2168",
        "2018年3月20日，第十三届全国人大一次会议表决通过了《中华人民共和国监察法》，自公布之日起施行。",
    ]
    tree = parse_page("<html><body>" + "".join(f"<div>{p}</div>" for p in paragraphs) + "</body></html>")
    assert heading_before_body(tree, paragraphs) == "中华人民共和国监察法"


def _h1_page(title_tag: str, h1: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
        f"<h1>{h1}</h1><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<div class='info'>2019-03-06 来源：县应急管理局</div><div class='zw'>{BODY}</div>"
        "<div class='foot'>某某县人民政府 版权所有</div></body></html>"
    ).encode()


def test_logo_h1_gives_way_to_the_headline_in_title() -> None:
    # The <h1> shares no run of characters with <title>'s headline and few with the text: a logo.
    page = _h1_page("县应急管理局部署春季消防安全工作_某某县新闻网", "某某县新闻网欢迎您")
    assert extract_article("http://gov.example/a/1.html", page).title == "县应急管理局部署春季消防安全工作"


def test_h1_headline_stays_under_a_site_wide_title() -> None:
    page = _h1_page("某某县新闻网", "县应急管理局部署春季消防安全工作")
    assert extract_article("http://gov.example/a/1.html", page).title == "县应急管理局部署春季消防安全工作"


def test_badge_in_h1_is_no_part_of_the_headline() -> None:
    headline = "县应急管理局部署春季消防安全工作"
    page = _h1_page(f"{headline}_某某县新闻网", f"<span>原创</span>{headline}")
    assert extract_article("http://gov.example/a/1.html", page).title == "县应急管理局部署春季消防安全工作"


def test_the_heading_shown_beats_a_reworded_title() -> None:
    # <title> words the headline differently; the page shows its own heading above the text.
    page = (
        "<html><head><meta charset='utf-8'><title>县里部署春季消防安全工作_某某县新闻网</title></head><body>"
        "<div class='logo'><a href='/'>某某县新闻网</a></div><h2>县应急管理局部署春季消防安全工作</h2>"
        f"<div class='info'>2019-03-06 来源：县应急管理局</div><div class='zw'>{BODY}</div></body></html>"
    ).encode()
    assert extract_article("http://gov.example/a/1.html", page).title == "县应急管理局部署春季消防安全工作"


# A city government's news: the characters of its site-wide <title> (市人民政府门户网站) recur in the text.
CITY_BODY = (
    "<p>3月5日，市人民政府与某某科技公司签署战略合作协议，双方将在政务服务、城市管理等领域开展合作。</p>"
    "<p>市长在签约仪式上表示，市政府将为企业发展提供优质服务，推动数字政府建设再上新台阶。</p>"
    "<p>根据协议，公司将在我市建设区域数据中心，通过市人民政府门户网站为市民提供更加便捷的网上办事服务。</p>"
)


def _city_page(heading: str, body: str = CITY_BODY) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>市人民政府门户网站</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>"
        f"<div class='article'><div class='article-title'>{heading}</div>"
        "<div class='article-info'>发布日期：2019-03-06　信息来源：市政府办公室　浏览次数：321</div>"
        f"<div class='article-content'>{body}</div></div></body></html>"
    ).encode()


def test_heading_over_the_dated_info_line_beats_a_site_name_sharing_the_texts_characters() -> None:
    page = _city_page("我市与科技公司签约共建数字政府")
    assert extract_article("http://gov.example/a/1.html", page).title == "我市与科技公司签约共建数字政府"


def test_short_lines_of_the_text_above_its_first_sentence_are_no_headline() -> None:
    # The text opens with short lines ("有时候，") that sit in its own container.
    body = "<p>原标题：我市签约共建数字政府</p><p>有时候，</p>" + CITY_BODY
    item = extract_article("http://gov.example/a/1.html", _city_page("我市与科技公司签约共建数字政府", body))
    assert item.title == "我市与科技公司签约共建数字政府"
    assert item.body.startswith("原标题")  # the text's own lines stay in the body


def test_long_headline_with_a_comma_in_a_table_layout() -> None:
    # The extractor keeps the sidebar and the headline with its info line; the headline reads like a sentence.
    headline = "我市签约共建数字政府，区域数据中心年内开工建设投入使用"
    page = (
        "<html><head><meta charset='gbk'><title>城市新闻网</title></head><body><table><tr>"
        "<td><table><tr><td>最新更新</td></tr>"
        "<tr><td>·<a href='/1.htm'>我市召开城市管理工作会议</a> (2011-5-6)</td></tr>"
        "<tr><td>·<a href='/2.htm'>市领导检查防汛工作</a> (2011-6-2)</td></tr></table></td>"
        f"<td><table><tr><td align='center'><font size='4'><b>{headline}</b></font></td></tr>"
        "<tr><td align='center'>发布时间：2012-7-24 9:05:03　来源：本网综合　点击数：37</td></tr>"
        "<tr><td>" + CITY_BODY.replace("<p>", "　　").replace("</p>", "<br>") + "</td></tr></table></td>"
        "</tr></table></body></html>"
    ).encode("gbk")
    item = extract_article("http://gov.example/a/1.html", page)
    assert item.title == headline
    assert item.body.startswith("3月5日")  # sidebar, headline and info line are not the text


def test_info_line_printed_inside_the_h1_is_no_part_of_the_headline() -> None:
    """PHPCMS v9: ``<h1>标题<br /><span>2013-04-10 09:25:31 来源：本站 评论：0</span></h1>``."""
    headline = "县应急管理局部署春季消防安全工作！全县排查整治~~~关键还有督导"
    page = (
        f"<html><head><meta charset='utf-8'><title>{headline} - 新闻 - 某某网</title></head><body>"
        "<div class='logo'><img alt='某某网'></div><div id='Article'>"
        f"<h1>{headline}<br /><span>2013-04-10 09:25:31&nbsp;&nbsp;来源：<a href='/'>本站</a>"
        "&nbsp;&nbsp;评论：<a href='#c'>0</a> 点击：</span></h1>"
        f"<div class='content'>{BODY}</div></div></body></html>"
    ).encode()
    item = extract_article("http://www.example.cn/html/2013/news_0410/1.html", page)
    assert item.title == headline
    assert item.published_at is not None and item.published_at.date().isoformat() == "2013-04-10"


def test_a_title_label_before_the_headline_is_dropped() -> None:
    """Printable forum pages: ``<b>标题:</b> headline<br><b>作者:</b> X <b>时间:</b> …``."""
    headline = "县应急管理局部署春季消防安全工作"
    page = (
        f"<html><head><meta charset='gbk'><title>{headline} - 打印版 - 某某社区</title></head><body>"
        f"<b>标题:</b> {headline}<br><b>作者:</b> 半夏微凉 <b>时间:</b> 2019-03-06 10:21<br><hr>"
        + BODY.replace("</p><p>", "<br>").replace("<p>", "").replace("</p>", "")
        + "<hr><b>回复:</b> 路人 2019-03-06 13:40<br>支持</body></html>"
    ).encode("gbk")
    item = extract_article("http://bbs.example.cn/viewthread.php?action=printable&tid=1", page)
    assert item.title == headline


def test_site_name_first_in_title_with_the_headline_in_a_bold_cell() -> None:
    """人民网 2003: ``<title>人民网--标题</title>``, the headline in a bold cell, a 日HH:MM info line.

    The site's name shares characters with a text about 人民群众 and 网民, so characters cannot tell.
    """
    headline = "县应急管理局部署春季消防安全工作，全县开展拉网式排查整治"
    page = (
        f"<html><head><meta charset='gb2312'><title>人民网--{headline}</title></head><body>"
        "<table><tr><td><a href='http://www.people.com.cn/'>人民网</a>&gt;&gt;<a>社会</a></td></tr></table>"
        f"<table><tr><td align='center' class='fbt'><b><font size='4'>{headline}</font></b></td></tr>"
        "<tr><td align='center' class='fsj'>人民网 2003年3月14日15:57</td></tr>"
        f"<tr><td class='fbody'>{BODY}<p>网民和人民群众纷纷表示，人民的安全人民守护，网上网下齐心协力。</p>"
        "</td></tr></table></body></html>"
    ).encode("gbk")
    item = extract_article("file:///tmp/people.html", page)
    assert item.title == headline


def test_site_suffix_free_takes_the_headline_after_a_leading_site_name() -> None:
    from crawler.extract.title_choice import site_suffix_free

    assert site_suffix_free("人民网--县应急管理局部署春季消防安全工作") == "县应急管理局部署春季消防安全工作"
    assert site_suffix_free("织密安全防护网_本地_江城新闻网") == "织密安全防护网"

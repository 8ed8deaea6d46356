"""extract_article: Founder fast path, selectors, list pages, generic rules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from archive.errors import ConfigError, ExtractionError
from crawler.extract import extract_article, is_article_page
from crawler.extract.founder import read_founder

PAGES = Path(__file__).parent / "data" / "pages"
SH = ZoneInfo("Asia/Shanghai")

FOUNDER_NEW = """<html><head><meta charset="utf-8"><title>某报</title></head><body>
<!--enpproperty <articleid>9254045</articleid><date>2024-10-28 10:25:36:0</date><author>张宇晴</author>
<title>最高检：1-9月起诉组织领导传销活动罪4627人_光明网</title><keyword>检察</keyword><subtitle></subtitle>
<introtitle></introtitle><siteid>2</siteid><nodeid>138</nodeid><nodename>国内</nodename>
<nodesearchname>国内</nodesearchname><sourcename>人民日报客户端</sourcename>/enpproperty-->
<founder-content><p>2024年1月至9月，全国检察机关起诉组织、领导传销活动罪4627人。</p>
<p>检察机关提醒广大群众提高警惕。</p></founder-content></body></html>"""


def test_founder_page_uses_the_cms_record() -> None:
    item = extract_article(
        "http://epaper.jcrb.example/html/2016-07/20/content_123456.htm",
        (PAGES / "founder-epaper_1.html").read_bytes(),
    )
    assert item.external_id == "123456"
    assert item.section == "第A03版：要闻"
    assert (item.lead_title, item.title, item.subtitle) == (
        "民生实事加速推进",
        "老旧小区改造惠及三万户居民",
        "今年计划完成改造项目48个",
    )
    assert item.published_at == datetime(2016, 7, 20, tzinfo=SH)
    assert item.body.splitlines()[0].startswith("本报讯（记者 李明）记者昨日从市住建局获悉")
    assert "上一版" not in item.body  # page chrome outside enpcontent stays out


def test_founder_content_tag_and_extra_fields() -> None:
    item = extract_article("http://www.example.cn/2024-10/28/content_9254045.htm", FOUNDER_NEW.encode())
    assert item.title == "最高检：1-9月起诉组织领导传销活动罪4627人"  # site suffix dropped
    assert item.source_name == "人民日报客户端"
    assert item.authors == ["张宇晴"]
    assert (
        item.body
        == "2024年1月至9月，全国检察机关起诉组织、领导传销活动罪4627人。\n\n检察机关提醒广大群众提高警惕。"
    )
    assert item.published_at == datetime(2024, 10, 28, 10, 25, 36, tzinfo=SH)


def test_read_founder_returns_none_without_markers() -> None:
    assert read_founder("<html><body><p>普通页面</p></body></html>") is None


def test_list_page_is_not_an_article() -> None:
    body = (PAGES / "list-page_1.html").read_bytes()
    with pytest.raises(ExtractionError, match=r"^not an article: "):
        extract_article("http://www.jcrb.example/local/", body)
    assert not is_article_page("http://www.jcrb.example/local/", body)


@pytest.mark.parametrize(
    "body", [b"", b"   ", b"<html><body></body></html>", b"<html><body><p>hi</p></body></html>"]
)
def test_empty_pages_are_not_articles(body: bytes) -> None:
    with pytest.raises(ExtractionError, match=r"^not an article: "):
        extract_article("http://example.com/", body)


def test_selectors_win_over_generic_rules() -> None:
    page = """<html><head><meta charset="utf-8"><title>错误标题_网站</title></head><body>
    <h1>错误标题</h1><div class="x-title">正确的标题</div><span class="x-time">2019年3月6日 17:05</span>
    <div class="x-author">记者 张三 李四</div>
    <div id="x-body"><p>第一段正文。</p><p>第二段正文。</p></div><p>边栏文字。</p></body></html>"""
    item = extract_article(
        "http://example.com/a.html",
        page.encode(),
        selectors={
            "title": ".x-title",
            "published_at": "//span[@class='x-time']",
            "authors": ".x-author",
            "body": "#x-body",
        },
    )
    assert item.title == "正确的标题"
    assert item.published_at == datetime(2019, 3, 6, 17, 5, tzinfo=SH)
    assert item.authors == ["张三", "李四"]
    assert item.body == "第一段正文。\n第二段正文。"


def test_bad_selectors_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown selector field"):
        extract_article("http://example.com/", b"<html><body><p>x</p></body></html>", selectors={"nope": "p"})
    with pytest.raises(ConfigError, match="invalid selector"):
        extract_article(
            "http://example.com/", b"<html><body><p>x</p></body></html>", selectors={"title": "//p[("}
        )


def test_generic_page_title_date_people_canonical() -> None:
    item = extract_article(
        "http://www.xinhuanet.com/world/2019-12/10/c_1125327633.htm",
        (PAGES / "xinhuanet_1.html").read_bytes(),
    )
    assert item.title == "法国全国大罢工再次严重影响交通"
    assert item.published_at == datetime(2019, 12, 10, 7, 57, 40, tzinfo=SH)
    assert item.dateline == "新华社巴黎12月9日电"
    assert item.authors == ["唐霁"]
    assert item.editors == ["尹世杰"]


def test_lead_and_subtitle_from_headings_around_h1() -> None:
    text = "<p>" + "市里召开会议，部署防汛工作，要求各地压实责任。" * 6 + "</p>"
    page = f"""<html><head><meta charset="utf-8"><title>主标题_江城日报</title></head><body>
    <div class="art"><h3>引题在这里</h3><h1>主标题</h1><h2>副题在这里</h2>
    <div class="info">2016-07-20 08:30 来源：江城日报</div>{text}</div></body></html>"""
    item = extract_article("http://example.com/a.html", page.encode())
    assert (item.lead_title, item.title, item.subtitle) == ("引题在这里", "主标题", "副题在这里")
    assert item.source_name == "江城日报"
    assert item.published_at == datetime(2016, 7, 20, 8, 30, tzinfo=SH)


def test_check_selectors_for_the_source_registry() -> None:
    from crawler.extract.selectors import check_selectors

    check_selectors({"title": "h1.title", "body": "//div[@id='content']"})
    with pytest.raises(ConfigError, match="invalid selector"):
        check_selectors({"body": "div[["})


def test_interviewer_lines_are_not_bylines() -> None:
    qa = [
        "记者：请问今年防汛工作的重点是什么？",
        "局长：今年重点是城区内涝点整治和山洪灾害防御，我们已经排查出隐患点四十多处，正在逐一整改。",
    ]
    paragraphs = [
        "入汛以来，全市降雨量较常年偏多三成，防汛形势严峻，市水利局对防汛准备工作进行了全面部署。",
        "围绕今年的防汛工作，本报对市水利局主要负责人进行了专访，请他介绍有关情况和下一步的打算。",
        "市水利局表示，将进一步完善应急预案，加强值班值守，确保安全度汛，切实保障人民群众生命财产安全。",
        *qa * 3,
        "下一步，市水利局还将组织开展防汛应急演练，提高各级防汛队伍的实战能力和协同作战水平。",
        "据了解，全市已储备防汛物资价值两千余万元，并组建了十余支专业抢险队伍随时待命。",
        "市民如发现险情，可拨打防汛值班电话报告，相关部门将第一时间处置，确保群众安全。",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<html><head><meta charset='utf-8'><title>专访市水利局负责人_某某日报</title></head><body>"
        f"<h1>专访市水利局负责人</h1><div class='text'>{body}</div></body></html>"
    ).encode()
    assert extract_article("http://news.example/2019/0601/2.html", page).authors == []


def test_html_paragraphs_stay_paragraphs_through_normalisation() -> None:
    # The demo site's 洮北区 article: <br/> wraps its columns, </P><P> breaks its paragraphs.
    # A sentence ending flush with the column must not pull in the next paragraph or subhead.
    from crawler.normalize.article import normalize_item
    from crawler.sample_site import SITE_DIR

    page = SITE_DIR / "html" / "2016-07" / "20" / "content_1001.htm"
    item = normalize_item(
        extract_article("http://127.0.0.1/html/2016-07/20/content_1001.htm", page.read_bytes())
    )
    paragraphs = item.body.split("\n")
    assert paragraphs[1] == (
        "年初以来，全区已投入扶贫资金3.9亿元，新建产业项目110个，"
        "制定出台卫生、住房、庭院经济补助等相关行业政策15条，贫困人口受益达到全覆盖。"
    )
    assert paragraphs[2] == "以党政领导带头 抓实“责任落实”"
    assert paragraphs[3].startswith(
        "洮北区委、区政府立足洮北实际，精心安排、周密部署，"
    )  # a column break mended
    assert item.subheads[:3] == [
        "以党政领导带头 抓实“责任落实”",
        "以扶贫项目带面 抓实“造血功能”",
        "以庭院经济带点 抓实“效益提升”",
    ]
    assert max(len(p) for p in paragraphs) < 500


def test_generic_html_paragraphs_stay_paragraphs_through_normalisation() -> None:
    # trafilatura's text gives </p><p> and <br> the same newline; a paragraph ending without
    # punctuation (here a link title) made web text look hard-wrapped and glued it to the next.
    from crawler.normalize.article import normalize_item

    first = "往期回顾：世界正在悄悄惩罚沉迷玩手机的人，值得所有人一看"
    second = "作者：李月亮，高人气专栏作家，新女性主义者，扎实写字的手艺人。解读情感，透视人性。"
    lines = "你以为没关系，那些司机也以为没关系，最后就出事了。所以别再侥幸地觉得出事的那个人不会是自己。"
    page = (
        "<html><head><title>世界正在悄悄惩罚沉迷玩手机的人</title></head><body>"
        "<h1>世界正在悄悄惩罚沉迷玩手机的人</h1><div class='content'>"
        f"<p>{lines}</p><p><a href='/2019/0801/2.html'>{first}</a></p><p>{second}</p></div></body></html>"
    ).encode()
    item = extract_article("http://news.example/2019/0826/1.html", page)
    assert item.body.split("\n\n") == [lines, first, second]
    assert normalize_item(item).body.split("\n")[-2:] == [first, second]


ERROR_TEMPLATES = {
    # A Founder article page whose content cell holds the paper's not-found notice: the headline survives.
    "founder": """<html><head><meta charset="utf-8"><title>城市晚报数字报</title></head><body>
<div class="header"><a href="node_1.htm">返回版面</a></div><table><tr><td class="title">
<h1>白城市召开经济工作推进会议</h1></td></tr><tr><td class="content"><div class="err">
对不起，您访问的页面不存在或已被删除！请返回首页继续浏览。</div>
</td></tr></table></body></html>""",
    "site": """<html><head><meta charset="utf-8"><title>城市晚报</title></head><body><div class="nav">
<a href="/">首页</a><a href="/a">要闻</a></div><div class="main"><h2>404</h2>
<p>抱歉，您要查看的页面不存在或已删除。</p>
<p>请检查您输入的网址是否正确，或者点击链接继续浏览：</p><p><a href="/">返回城市晚报首页</a></p></div>
<div class="foot">版权所有 城市晚报社 吉ICP备05000000号 地址：白城市中兴西大路
联系电话：0436-3222222</div></body></html>""",
}


@pytest.mark.parametrize("name", sorted(ERROR_TEMPLATES))
def test_an_error_template_served_as_a_page_is_no_article(name: str) -> None:
    from archive.errors import ErrorPage

    with pytest.raises(ErrorPage, match="error page"):
        extract_article("http://x.cn/html/2016-12/29/content_5003.htm", ERROR_TEMPLATES[name].encode())


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
        "<hr><center>nginx</center></body></html>",
        "<html><body><h1>提示</h1><p>对不起，您访问的页面不存在！</p></body></html>",
    ],
)
def test_a_bare_error_page_with_too_little_text_is_an_error_page_too(page: str) -> None:
    # Was "not an article: no main text": skipped, not failed, so the crawl exited 0.
    from archive.errors import ErrorPage

    with pytest.raises(ErrorPage):
        extract_article("http://x.cn/html/2016-12/29/content_5003.htm", page.encode())
    with pytest.raises(ExtractionError, match="no main text") as info:
        extract_article("http://x.cn/news/", b"<html><head><title>news</title></head><body>x</body></html>")
    assert not isinstance(info.value, ErrorPage)


def test_a_short_brief_about_a_busy_server_stays_an_article() -> None:
    from crawler.extract.errorpage import error_page_reason

    brief = "本报讯 昨日上午，市政务服务网因访问量激增出现系统繁忙，部分市民办理业务受到影响，已恢复正常。"
    assert error_page_reason("市政务服务网昨日一度系统繁忙", brief) == ""
    assert error_page_reason("404 Not Found", "nginx") == "404 Not Found"
    assert error_page_reason("某报", "您访问的页面不存在！" + "正文" * 100) == ""  # a long text is an article

# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Date lines the independent date probe (``bench/date_probe.py``) found missed or misread.

Each rule in its general form: a relative day counts only standing apart from running text;
two-digit years and English dates under the headline; a day the story mentions is no date line;
NetEase's two-digit-year URLs; a date line at the article's foot; the page's own heading when the
body's 原标题 line was taken for the headline.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extract import extract_article
from crawler.extract.date_hints import url_date
from crawler.extract.dates import foot_line_date, headline_date, only_in_prose, relative_date

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2018, 2, 1, 1, 16, tzinfo=SH)
TEXT = (
    "<p>　　县里今年新建的三座桥梁全部通车，沿线三个乡镇两万多名群众出行不再绕远路，这是交通部门落实民生实事的一项成果。</p>"
    "<p>　　据介绍，三座桥梁总投资四千多万元，由县交通运输局组织建设，施工期间克服了汛期和材料涨价等困难，工程质量全部达标。</p>"
    "<p>　　下一步，县里还将对农村公路进行提档升级，争取让更多群众走上平安路、致富路，方便农产品运出大山。</p>"
)

MORE = (
    "<p>　　记者在现场看到，新桥桥面宽阔平整，两侧安装了防撞护栏和太阳能路灯，不少村民骑着电动车往返于集镇和村庄之间，脸上洋溢着笑容。</p>"
    "<p>　　一位在桥头经营小卖部的村民告诉记者，以前过河要绕行十多公里，遇到雨天道路泥泞，孩子上学非常不方便，如今几分钟就能到达对岸。</p>"
)


def _day(url: str, html: str, fetched: datetime | None = None) -> date | None:
    item = extract_article(url, html.encode("utf-8"), fetched_at=fetched)
    return item.published_at.astimezone(SH).date() if item.published_at else None


@pytest.mark.parametrize(
    "text",
    [
        "昨天中午12点多，一辆车失控",
        "今天是2015年6月25日 星期四",
        "463592267 今天5月10日凌晨，我",
        "今天（12月13日）下午2点左右",
    ],
)
def test_relative_day_inside_running_text_is_no_date_line(text: str) -> None:
    assert relative_date(text, NOW, standalone=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老王头 发表于 3小时前", datetime(2018, 1, 31, 22, 16, tzinfo=SH)),
        ("发布时间：昨天 10:21 · 阅读 35", datetime(2018, 1, 31, 10, 21, tzinfo=SH)),
        ("<span>刚刚</span> 央视网", datetime(2018, 2, 1, 1, 16, tzinfo=SH)),
    ],
)
def test_relative_day_standing_apart_is_read(text: str, expected: datetime) -> None:
    found = relative_date(text.replace("<span>", " ").replace("</span>", " "), NOW, standalone=True)
    assert found == expected


def test_page_whose_text_says_yesterday_has_no_date() -> None:
    html = (
        "<html><head><title>槽罐车刹车失灵连撞11车</title></head><body><div class='art'><h1>槽罐车刹车失灵连撞11车</h1>"
        "<div class='src'>来源：综合</div><div class='txt'><p>　　昨天中午12点多，一辆危化品槽罐运输车沿国道行驶，途经一家饭店门前突然失控，连续碰撞停放在饭店前的多辆汽车。</p>"
        + TEXT
        + "</div></div></body></html>"
    )
    assert _day("http://news.example.cn/html/1.html", html, NOW.astimezone(UTC)) is None


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        (" 18:33 11/04/21 来源：综合 ", date(2011, 4, 21)),
        (" [09-12-21] 原标题：…", date(2009, 12, 21)),
        (" Nov. 25, 2017 | 發佈 by 路人甲 ", date(2017, 11, 25)),
    ],
)
def test_date_line_under_headline(below: str, expected: date) -> None:
    found = headline_date("首页 新闻 县里三座桥梁通车" + below, "县里三座桥梁通车")
    assert found is not None and found.date() == expected


def test_bare_two_digit_day_in_a_line_is_not_read() -> None:
    assert headline_date("首页 县里三座桥梁通车 型号 09-12-21 的设备", "县里三座桥梁通车") is None


def test_day_the_story_mentions_is_no_publication_date() -> None:
    html = (
        "<html><head><title>变味租金贷</title></head><body><div class='art'><h1>变味租金贷</h1><div class='src'>来源：新华网</div>"
        "<div class='txt'><p>　　据了解，早在2007-12-07，陈女士就在顺义收房，每次去新房时，她都会看到到处都是托管中介的广告，甚至贴在车上。</p>"
        + TEXT
        + "</div></div></body></html>"
    )
    assert _day("http://news.example.cn/news/show.php?id=3", html) is None


def test_day_written_outside_the_story_too_is_kept() -> None:
    paragraphs = ["据了解，早在2007-12-07，陈女士就在顺义收房。"]
    assert only_in_prose(date(2007, 12, 7), paragraphs, "首页 新闻 " + paragraphs[0])
    assert not only_in_prose(
        date(2007, 12, 7), paragraphs, "发布日期 2007-12-07 " + paragraphs[0] + " 2007-12-07"
    )


def test_netease_two_digit_year_url() -> None:
    found = url_date("http://news.163.com/12/0305/10/7RT4K2AB00014JB5.html", "Asia/Shanghai")
    assert found is not None and found.date() == date(2012, 3, 5)


def test_netease_url_of_the_last_century_is_not_a_year_to_come() -> None:
    """A two-digit URL year past this one is the 1900s' (it read 2099: a wrong date, cited)."""
    found = url_date("http://news.163.com/99/0305/10/7RT4K2AB00014JB5.html", "Asia/Shanghai")
    assert found is not None and found.date() == date(1999, 3, 5)


def test_date_line_at_the_articles_foot() -> None:
    assert foot_line_date("（责任编辑：张三）　　[2021.3.25]") == datetime(2021, 3, 25, tzinfo=SH)
    # A list under the text is no foot line, nor is a neighbour's link.
    assert foot_line_date("最新文章 男子举债千万 [9月18日] 容县32人聚众赌博被抓 2014-02-03") is None
    assert foot_line_date("上一篇：县里新建桥梁 2014-02-03") is None


def test_a_reference_lists_reading_day_is_no_foot_date() -> None:
    """百科 pages end with numbered references read on a day: that day dated the article (a wrong date, cited)."""
    assert foot_line_date(" 61. 新加坡请歌手蔡健雅领唱国庆歌 ．网易 [引用日期2014-05-19] 62. 以荣耀之冠") is None
    assert foot_line_date("[1] 某某报道 2014-05-19") is None
    assert foot_line_date("参考资料：某报 2014-05-19") is None
    assert foot_line_date("访问日期：2014-05-19") is None


def test_portal_page_dated_only_at_its_foot() -> None:
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body><table width=760><tr><td>"
        "<table><tr><td class=title><span class=bt>县里三座桥梁全部通车</span></td></tr>"
        "<tr><td><script src='/ad/banner.js'></script><img src='/ad/1.gif'></td></tr>"
        "<tr><td class=f14>" + TEXT + "</td></tr>"
        "<tr><td align=right>（责任编辑：张三）&nbsp;&nbsp;&nbsp;&nbsp;[2021.3.25]</td></tr>"
        "<tr><td><div class='related'><h4>相关阅读：</h4><ul><li><a href='/n/1.shtml'>县里新建一座公园</a>（2020-10-13）</li></ul></div></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    assert _day("http://www.dailynews.cn/html/189568.html", html) == date(2021, 3, 25)


def test_heading_date_line_when_the_text_opens_with_its_original_title() -> None:
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>叙利亚政府军多地发动攻势 打死200多名极端分子_新闻中心</title></head><body>"
        "<table width=760><tr><td><table><tr><td align=center class=f24><b>叙利亚政府军多地发动攻势 打死200多名极端分子</b></td></tr>"
        "<tr><td align=right>【<a href='#'>我要评论</a>】【<a href='#'>推荐给朋友</a>】</td></tr>"
        "<tr><td align=center>http://www.dailynews.cn&nbsp;&nbsp;&nbsp;2014.9.16&nbsp;&nbsp;&nbsp;新华网</td></tr>"
        "<tr><td><p>　　原标题：叙利亚政府军打死200多名极端分子</p>"
        + TEXT
        + "</td></tr></table></td></tr></table></body></html>"
    )
    assert _day("http://news.example.com.cn/news/show.php?id=325219", html) == date(2014, 9, 16)


def test_yearless_day_inside_a_heading_is_not_the_date() -> None:
    below = " 最近时事政治：2018国内新闻热点评论（12月31日） 文章摘要：为帮助广大考生备战考试"
    assert headline_date("首页 某某的专栏" + below, "某某的专栏", now=NOW) is None
    assert headline_date(
        "首页 县里三座桥梁通车 3月5日 10:21 来源：央视网", "县里三座桥梁通车", now=NOW
    ) == datetime(2017, 3, 5, 10, 21, tzinfo=SH)


def test_thread_dated_by_its_first_post_header_joined_to_the_text() -> None:
    posts = "".join(
        f"<div class='post'><table><tr><td class='pls'>{who}</td><td class='plc'><div class='pi'><strong>{floor}</strong>"
        f"<em>发表于 {when}</em></div><div class='t_fsz'><td class='t_f'>{text}</td></div></td></tr></table></div>"
        for who, floor, when, text in [
            (
                "老王头",
                "楼主",
                "2008-6-27 09:04",
                "1月25日晚上，镇北大桥北侧发生一起肇事逃逸交通事故，当晚7点多钟，交警接到报警称一名老太倒在路边。",
            ),
            (
                "smile",
                "2#",
                "2008-6-27 14:20",
                "回复 1# 的帖子："
                + "民警说根据现场勘查肇事车辆损毁比较严重，我们判断此车逃逸的范围应该不会太广，所以加大警力查找。"
                * 3,
            ),
            (
                "路人甲",
                "3#",
                "2008-7-2 00:34",
                "回复 1# 的帖子："
                + "交警部门提醒广大驾驶人，发生交通事故后应当立即停车保护现场，抢救伤者，并迅速报警，不要心存侥幸。"
                * 3,
            ),
        ]
    )
    html = (
        "<html><head><title>男子酒驾肇事躲进浴室 - 论坛 - Powered by Discuz!</title></head><body>"
        f"<div id='pt'>论坛 › 灌水 › 查看</div><h1><span id='thread_subject'>男子酒驾肇事躲进浴室</span></h1><div id='postlist'>{posts}</div></body></html>"
    )
    assert _day("http://bbs.example.cn/viewthread.php?tid=469400", html) == date(2008, 6, 27)


def test_bare_day_cell_between_headline_and_text_left_column_first() -> None:
    latest = "".join(
        f"<tr><td>·<a href='/a/{i}.html'>{t}</a></td><td>2015-09-1{i}</td></tr>"
        for i, t in enumerate(
            [
                "福建公务员省考减招了47人 并无厦门职位",
                "广州诈骗团伙售假丰胸产品牟暴利 60人被捕",
                "初雪到来之际 合肥消防多次冒雪出动化险为夷",
                "三人死亡一人受伤 炸弹在建材厂爆炸",
            ]
        )
    )
    html = (
        "<html><head><title>news.example.cn - 欢迎访问</title></head><body><table width=778><tr><td width=180 valign=top>"
        f"<table><tr><td class=lm>最新文章</td></tr>{latest}</table></td><td width=598 valign=top><table width='100%'>"
        "<tr><td align=center height=36><font class=bt>县里三座桥梁全部通车</font></td></tr>"
        "<tr><td align=center class=hui>[ 2014/06/28 ]</td></tr><tr><td class=zw>"
        + TEXT
        + MORE
        + "</td></tr></table></td></tr></table></body></html>"
    )
    assert _day("http://www.dailynews.cn/article/705359.htm", html) == date(2014, 6, 28)

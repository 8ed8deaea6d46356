# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the seventh date probe's tune half (bench/date_probe7.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article

URL = "http://news.example.cn/html/9.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


def test_a_day_in_an_invisible_element_yields_to_the_visible_date_line() -> None:
    # A CMS template leaves another day in a display:none element (or one marked hidden) by the date line.
    for hidden in (
        "<div class='hide' hidden>发布时间：2002/06/05 01:33</div>",
        "<span class='time' style='display: none;'>2010年01月01日 17:34</span>",
        "<div style='display:none'>2015-05-06 10:00:00</div>",
        "<p style='visibility:hidden;height:0'>2015/05/06</p>",
    ):
        for info in (f"{hidden}2006年8月17日 01:33　南方日报", f"2006-08-17 01:33　来源：南方日报{hidden}"):
            assert _day(_page(info)) == date(2006, 8, 17), info


def test_a_span_of_days_or_a_sentences_day_under_the_headline_is_no_date_line() -> None:
    # An obituary's lifespan under the headline, a judgment's opening sentence (本院于…立案后) above the text.
    for sub in (
        "<div class='sub'>（1918年2月18日—2017年9月4日）</div>",
        "<div class='sub'>（1944.03.13-2017.09.04）</div>",
        "<div class='sub'>活动时间：2017年9月1日至2017年9月30日</div>",
        "<p>原告甲与被告乙合同纠纷一案，本院于2013年3月11日立案后，于2013年4月7日公开开庭进行了审理。</p>",
    ):
        for info in ("2017年9月10日 12:57　综合", "2017/09/10 21:43"):
            page = (
                f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>"
                f"<div class='main'><h1>{TITLE}</h1>{sub}<div class='info'>{info}</div><div class='content'>{BODY}</div></div></body></html>"
            ).encode()
            assert _day(page) == date(2017, 9, 10), (sub, info)
    # A judgment whose only own day is its signature: the sentence's days above the text are not it.
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='doc'><h1>{TITLE}</h1>"
        "<div class='meta'>案号：（2013）沪0101民初7894号</div><div class='type'>民 事 判 决 书</div>"
        "<p>原告甲与被告乙合同纠纷一案，本院于2013年3月11日立案后，依法适用普通程序，于2013年4月7日公开开庭进行了审理。本案现已审理终结。</p>"
        f"<div class='content'>{BODY}</div><p align=right>审判长　王一</p><p align=right>二〇一三年四月二十四日</p><p align=right>书记员　李二</p></div></body></html>"
    ).encode()
    assert _day(page) == date(2013, 4, 24)
    # A date line that is a sentence's shape still counts: "本文于2013年3月11日发布".
    assert _day(_page("本文于2013年3月11日发布　来源：新华网")) == date(2013, 3, 11)


def test_a_wechat_mirrors_create_time_in_its_script_is_the_articles() -> None:
    # A mirror of a 公众号 article keeps WeChat's "var createTime = '…'" and prints its own later 收录 day.
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='site'>微信文章精选</div>"
        f"<div id='js_article'><h2 class='rich_media_title'>{TITLE}</h2><div class='rich_media_meta_list'><span class='rich_media_meta'>江南雨</span>"
        f" <a id='js_name'>北京青年报</a> <em id='publish_time' class='rich_media_meta rich_media_meta_text'></em></div>"
        f"<div class='rich_media_content' id='js_content'>{BODY}</div></div><div class='mirror'>本文于 2014-01-23 03:25 收录</div>"
        "<script>var createTime = '2014-01-21 21:55';</script></body></html>"
    ).encode()
    assert _day(page, "https://www.wxnmh.com/thread-7306155.htm") == date(2014, 1, 21)


def test_a_create_time_key_in_a_scripts_data_is_no_publication_time() -> None:
    # Only WeChat's "var createTime = '…'" is the article's record: a comment's or a user's createTime
    # in a script's data (a comment box's JSON) is its own time, not the article's printed date line.
    for script in (
        '<script>var comments = [{"id": 5, "create_time": "2021-06-01 08:00:00", "content": "好"}];</script>',
        '<script>var data = {"user": {"createTime": "2021-06-01 08:00"}};</script>',
        "<script>comment.createTime = '2021-06-01 08:00';</script>",
    ):
        assert _day(_page("发布时间：2020-03-05 10:23　来源：本站", below=script)) == date(2020, 3, 5), script


def test_the_editions_a_select_offers_but_does_not_show_are_other_days() -> None:
    # An e-paper article page whose day is only its edition select's chosen option; the others are other editions.
    options = "".join(
        f"<option value='2019-09-{d:02d}'{' selected' if d == 8 else ''}>2019-09-{d:02d}</option>"
        for d in range(10, 0, -1)
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}-XX日报</title></head><body><div class='masthead'>XX日报数字报</div>"
        f"<div class='paper-nav'>往期回顾：<select id='dateSel' onchange='go(this.value)'>{options}</select> 第A07版：要闻</div>"
        f"<div class='article'><h1>{TITLE}</h1><div id='ozoom'>{BODY}</div></div></body></html>"
    ).encode()
    assert _day(page, "http://epaper.example.cn/Article/index/aid/9622225.html") == date(2019, 9, 8)


def test_a_day_the_page_never_writes_is_not_taken_from_htmldate() -> None:
    # htmldate pads a month to its first day (时间：2006-09), reads a month-first US day day-first
    # (02/06/2011) and a two-digit ROC year as 19xx (93-10-08): no page wrote those days.
    for info, url in (
        ("时间：2006-09　来源：人民网", "http://xw.example.cn/200609/49959.html"),
        ("更新：2021/10", URL),
        ("Posted: 02/06/2011 记者江南雨／纽约报道", "http://www.uschinapress.com/news/6556842.html"),
    ):
        assert _day(_page(info), url) is None, info
    # A year-last day whose day cannot be a month is written either way round: 07/14/2008, 14.07.2008.
    for info in (
        "更新时间: 07/14/2008 09:23 AM 美东时间",
        "Posted: 07/14/2008 记者江南雨／纽约报道",
        "14.07.2008",
    ):
        assert _day(_page(info), "http://www.uschinapress.com/news/6556842.html") == date(2008, 7, 14), info
    assert _day(
        _page("Posted: 07/14/2008 记者江南雨／纽约报道"), "http://www.uschinapress.com/news/1.html"
    ) == date(2008, 7, 14)


def test_a_two_digit_year_under_the_headline_of_a_taiwanese_page_is_an_roc_year() -> None:
    # Before 2011 the ROC year has two digits: "93-10-08 17:11" on a .gov.tw page is 2004, not 1993.
    roc = (
        f"<html><head><meta charset='big5'><title>{TITLE}</title></head><body><div class='main'><h2>{TITLE}</h2>"
        f"<div class='date'>93-10-08 17:11　記者王大明／台北報導</div><div class='content'>{BODY}</div></div>"
        "<div class='footer'>Copyright © 2021 版權所有</div></body></html>"
    ).encode("big5", "xmlcharrefreplace")
    assert _day(roc, "http://www.ey.gov.tw/ct.asp?xItem=6642&ctNode=791") == date(2004, 10, 8)
    for line in ("資料來源：行政院新聞局　93.03.23", "發佈日期：93/03/23"):
        page = roc.replace("93-10-08 17:11　記者王大明／台北報導".encode("big5"), line.encode("big5"))
        assert _day(page, "http://www.ey.gov.tw/ct.asp?xItem=6642&ctNode=791") == date(2004, 3, 23), line


def test_a_day_only_a_left_columns_list_writes_is_not_the_articles() -> None:
    # A 2000s table portal: a left column of 最新更新 rows (timed days) before the article, whose own
    # stamp is an 更新时间 in its info row or a line under its text.
    rows = "".join(
        f"<tr><td>·<a href='/Article/ShowArticle.asp?ArticleID={i}'>{t}</a></td><td>{d}</td></tr>"
        for i, (t, d) in enumerate(
            (
                ("河池一交警大队长利用职务之便挪用公款", "2013-10-31 03:05:52"),
                ("高速二十三车相撞一家六口五死一伤", "2014-1-1 03:05"),
                ("市区兴南市场乱摆乱放堵塞消防通道", "2012-8-20 03:05"),
            )
        )
    )
    for info, tail in (
        (
            "作者：佚名&nbsp;文章来源：人民网&nbsp;点击数：<script src='/GetHits.asp?id=5'></script>&nbsp;更新时间：2009-11-5 03:05:52&nbsp;【字体：<a>小</a> <a>大</a>】",
            "",
        ),
        (
            "作者：天天向上&nbsp;文章来源：本站原创&nbsp;点击数：<script src='/GetHits.asp?id=5'></script>",
            "<tr><td align=right>文章录入：天天向上&nbsp;责任编辑：天天向上&nbsp;2009-11-5 07:11</td></tr>",
        ),
    ):
        page = (
            "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body>"
            f"<table width=778><tr><td width=200 valign=top><table class=left><tr><td colspan=2><b>最新更新</b></td></tr>{rows}</table></td>"
            "<td valign=top><table width='100%'><tr><td class=nav>您现在的位置： <a href='/'>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; 正文</td></tr>"
            f"<tr><td align=center height=50><font size=4><b>{TITLE}</b></font></td></tr><tr><td align=center bgcolor=#F0F0F0>{info}</td></tr>"
            f"<tr><td class=content>{BODY}</td></tr>{tail}</table></td></tr></table></body></html>"
        ).encode()
        assert _day(page, "http://news.example.cn/Article/ShowArticle.asp?ArticleID=9") in (
            date(2009, 11, 5),
            None,
        ), info


def test_a_left_columns_day_read_above_the_text_yields_to_the_header_zones() -> None:
    # The text found starts inside a left column of 热门文章 rows, so the day read "above the text" is
    # the first row's; the header zone's day (the info row's 更新时间) is the page's.
    rows = "".join(
        f"<tr><td>·<a href='/Article/ShowArticle.asp?ArticleID={i}'>{t}</a></td><td>{d}</td></tr>"
        for i, (t, d) in enumerate(
            (
                ("紧急提醒!冷空气+新年最强降水上线!接下来天天都", "2008-4-9 18:46:37"),
                ("她曾是美女富二代，23岁因“意外”被迫接管公司，", "2008-10-16 18:46"),
                ("今年27只“老虎”受审名单!有的位高权重，有的已", "2008-6-16 18:46"),
            )
        )
    )
    page = (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{TITLE} - 新闻中心</title></head><body><div class='topbar'>今天是2009年3月21日 星期六</div>"
        "<div class='nav'><a href='/0/'>首页</a> | <a href='/1/'>新闻</a> | <a href='/2/'>国内</a> | <a href='/3/'>国际</a> | <a href='/4/'>社会</a></div>"
        f"<table width=778 align=center><tr><td width=200 valign=top><table class=left><tr><td colspan=2><b>热门文章</b></td></tr>{rows}</table></td>"
        "<td valign=top><table width='100%'><tr><td class=nav>您现在的位置： <a href='/'>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; 正文</td></tr>"
        f"<tr><td align=center height=50><font size=4><b>{TITLE}</b></font></td></tr>"
        "<tr><td align=center bgcolor=#F0F0F0>作者：未知&nbsp;文章来源：中国新闻网&nbsp;点击数：<script src='/GetHits.asp?id=5'></script>&nbsp;更新时间：2007-12-28 18:46:37&nbsp;【字体：<a>小</a> <a>大</a>】</td></tr>"
        f"<tr><td class=content>{BODY}</td></tr><tr><td>上一篇文章：<a>已有19人被捕!漳州人，你的老婆可能还在做…赶紧</a><br>下一篇文章：<a>美国政府涉嫌向沙特出售核技术</a></td></tr>"
        "</table></td></tr></table></body></html>"
    ).encode()
    assert _day(page, "http://news.example.cn/Article/ShowArticle.asp?ArticleID=9") in (
        date(2007, 12, 28),
        None,
    )


def test_an_edition_bars_day_in_a_nav_classed_block_stays_the_pages() -> None:
    # The day only a link list's rows write is another article's; an e-paper's edition bar in a block
    # classed "paper-nav" is no list: its day stays the page's over a day the text's first lines name.
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}-XX晚报</title></head><body><div class='masthead'>XX晚报数字报</div>"
        "<div class='paper-nav'><span class='ban'>第03版：社会</span><span class='date'>2005年08月11日 星期四</span><a>上一版</a> <a>下一版</a></div>"
        f"<div class='article'><h1>{TITLE}</h1><div id='ozoom'><p>　　2019年2月12日19时05分，记者从市交通运输局获悉，城区三条公交线路将于下月起调整走向。</p>{BODY}</div></div>"
        "<div class='banlist'><h3>本版新闻</h3><ul><li><a>法制日报揭隐蔽性腐败仅收熟人钱物</a></li><li><a>罗马北部一加油站爆炸致至少二死</a></li></ul></div></body></html>"
    ).encode()
    assert _day(page, "http://epaper.example.cn/Article/index/aid/9583424.html") == date(2005, 8, 11)


def test_a_compact_day_after_a_date_label_is_read() -> None:
    # A TV programme page: "播出日期：20150701" above the headline, other episodes' compact days in a list below.
    page = (
        f"<html><head><meta charset='utf-8'><title>[今日关注]{TITLE}</title></head><body><div class='video'>"
        f"<div class='column'>栏目：<a>今日关注</a>　播出日期：20150701</div><h1>{TITLE}</h1><div>时长 15:17　播放：50792次</div>"
        f"<div class='summary'>{BODY}</div></div><div class='list'><h3>往期节目</h3><ul><li><a>[今日关注]如何防止飞行员叛逃 20150618</a> <span>时长 28:14</span></li>"
        "<li><a>[今日关注]外媒称第三名加拿大公民被拘 20150626</a> <span>时长 11:03</span></li></ul></div></body></html>"
    ).encode()
    assert _day(page) == date(2015, 7, 1)
    assert _day(_page("发布日期：20150701　来源：本站")) == date(2015, 7, 1)


def test_a_month_first_day_marked_with_a_us_time_zone_is_read_month_first() -> None:
    # US Chinese-language sites print month/day/year with 美东时间 (or ET, PT): "12/12/14 02:10（美东时间）".
    url = "http://www.uschinapress.com/news/1065799.html"
    assert _day(_page("12/12/14 02:10（美东时间）"), url) == date(2014, 12, 12)
    assert _day(_page("07/25/03 09:09（美东时间）"), url) == date(2003, 7, 25)
    assert _day(_page("发表时间：02/06/2011 09:23 ET　来源：侨报网"), url) == date(2011, 2, 6)
    # 21:30 in New York on 6 February is 10:30 on 7 February in Beijing.
    assert _day(_page("02/06/2011 21:30 美东时间"), url) == date(2011, 2, 7)


def test_an_ambiguous_year_last_day_on_a_page_of_a_day_first_locale_is_read_day_first() -> None:
    # A Hong Kong or Brazilian page writes 05/10/2018 for 5 October (its declared language says so):
    # htmldate reads it day first, as the page means it; 1f40aa84 had dropped it with the US pages.
    hk = _page("發佈日期：05/10/2018　來源：政府新聞處").replace(b"<html>", b"<html lang='zh-HK'>")
    assert _day(hk, "http://news.example.hk/a/9.html") == date(2018, 10, 5)
    br = _page(
        "<b>05/10/2018</b> - Publicado por: Clarissa Borba",
        head="<meta http-equiv='content-language' content='pt_BR'>",
    )
    assert _day(br, "http://www.example.gov.br/noticia/21956") == date(2018, 10, 5)
    # A page of the US, or one that declares no region, may mean 10 May: no date, as before.
    us = _page("Posted: 05/10/2018 记者江南雨／纽约报道").replace(b"<html>", b"<html lang='en-US'>")
    assert _day(us, "http://www.uschinapress.com/news/6556842.html") is None


def test_a_two_digit_year_before_the_web_is_no_roc_year_on_a_taiwanese_page() -> None:
    # ROC 18 would be 1929: under the headline of a .tw page 18-05-07 10:20 is 2018, written short.
    page = (
        f"<html><head><meta charset='big5'><title>{TITLE}</title></head><body><div class='main'><h2>{TITLE}</h2>"
        f"<div class='date'>18-05-07 10:20　記者王大明／台北報導</div><div class='content'>{BODY}</div></div>"
        "<div class='footer'>Copyright © 2021 版權所有</div></body></html>"
    ).encode("big5", "xmlcharrefreplace")
    assert _day(page, "http://news.example.com.tw/a/1.html") == date(2018, 5, 7)


def test_a_day_written_with_a_two_digit_year_is_written() -> None:
    # The page writes 2015-07-01 as 15-07-01 or 15年7月1日 (year first), or day first as 01/07/15 on a
    # day-first page (en-GB): htmldate's reading of that day is the page's, not dropped as never written.
    # (htmldate reads two digits day first: on a Chinese page 15-07-01 is no 15 July 2001.)
    from lxml.html import fromstring

    from crawler.extract.date_hints import _written

    for info in ("15-07-01 10:20", "15/07/01", "15.7.1", "15年7月1日", "１５年７月１日"):
        assert _written(fromstring(_page(info)), date(2015, 7, 1)), info
    english = "<html lang='en-GB'><body><p>Posted 01/07/15 by 记者</p></body></html>"
    assert _written(fromstring(english), date(2015, 7, 1))
    assert _written(fromstring(english.replace("01/07/15", "21.07.15")), date(2015, 7, 21))
    assert not _written(fromstring(_page("21.07.15")), date(2015, 7, 21))  # on a Chinese page: 2021-07-15
    page = f"<html lang='en-GB'><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p class='date'>Posted 01/07/15</p><div class='content'>{BODY}</div></body></html>"
    assert _day(page.encode()) == date(2015, 7, 1)
    # Not the other reading: 15-07-01 is no 15 July 2001 (htmldate's), 93-10-08 (an ROC year) no 1993.
    assert not _written(fromstring(_page("15-07-01")), date(2001, 7, 15))
    assert _day(_page("<span class='time'>15-07-01</span>")) is None
    assert not _written(fromstring(_page("93-10-08")), date(1993, 10, 8))

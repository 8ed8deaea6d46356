# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the tenth date probe's tune half (bench/date_probe10.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day

from crawler.extract import extract_article
from crawler.extract.dates import headline_date

URL = "http://news.example.cn/html/10.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def _day(page: bytes, url: str = URL) -> date | None:
    return beijing_day(extract_article(url, page, fetched_at=NOW).published_at)


def test_a_null_default_day_is_no_date() -> None:
    # A template printing the epoch or a database's zero for an empty field ("1970-01-01 08:00:00",
    # "1900-01-01"): no article is of that day; the page's own day elsewhere (its URL) still counts.
    for shown in ("1970-01-01 08:00:00", "1970-01-01", "1970年01月01日 08:00", "1900-01-01 00:00"):
        info = f"<span>来源：综合</span> <span>发布时间：{shown}</span> <span>浏览：0</span>"
        assert _day(_page(info)) is None, shown
        assert _day(_page(info), "http://news.example.cn/2017/1123/234687.html") == date(2017, 11, 23), shown
    meta = '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
    assert _day(_page("<span>发布时间：1970-01-01 08:00:00</span>", head=meta)) is None


def test_a_scrapers_or_archives_label_names_no_publication_day() -> None:
    # 采集/入库/抓取/同步/归档时间 are when a copy was taken or filed, later than the story; the
    # publication's own line stands beside it under a rarer label.
    for other in ("采集时间", "入库时间", "抓取时间", "同步时间", "归档时间"):
        info = f"<span>{other}：2015-07-22 06:07</span>　<span>见报日期：2015-04-26</span>"
        assert _day(_page(info)) == date(2015, 4, 26), other


def test_a_journals_received_and_revised_days_are_not_its_publication() -> None:
    info = (
        "<div class='row'>收稿日期：2008-06-08；修回日期：2009-01-03</div>"
        "<div class='row'>网络首发时间：2009-01-24 03:17:24</div>"
    )
    assert _day(_page(info)) == date(2009, 1, 24)


def test_a_reports_cutoff_and_next_issue_days_are_not_its_publication() -> None:
    # A weekly report names the week it covers, the day its data run to (数据截至) and when the next
    # issue comes out (下期发布时间); with no publication line of its own it is undated.
    info = "<p>统计周期：2008年4月28日—5月4日</p><p>数据截至2008年5月4日</p><p>下期发布时间：2008-05-14</p>"
    assert _day(_page(info)) is None
    assert _day(_page(info + "<p>发布时间：2008-05-07 10:00</p>")) == date(2008, 5, 7)


def test_a_ctime_with_chinas_zone_name_is_read() -> None:
    # Java's Date.toString() and pipermail print "Tue Mar 05 22:21:33 CST 2019": CST is China's
    # (UTC+8) on a Chinese page, so the day is the one printed.
    assert _day(_page("发布时间：Tue Mar 05 22:21:33 CST 2019")) == date(2019, 3, 5)
    info = "<span class='time'>Tue Mar 05 22:21:33 CST 2019</span> <span>来源：本站</span>"
    assert _day(_page(info)) == date(2019, 3, 5)


def test_an_rfc_2822_day_under_the_headline_is_read() -> None:
    # A mailing list's message page prints its Date header under the subject: day first, a zone after.
    info = "<b>张伟</b> <a href='mailto:z@example.org'>z at example.org</a><br><i>Mon, 14 Aug 2017 08:45:26 +0800</i>"
    quote = "<pre>在 2017年8月13日 星期日 下午3:20，李明 写道：</pre>"
    assert _day(_page(info, below=quote)) == date(2017, 8, 14)
    info = "<i>Mon, 14 Aug 2017 22:45:26 GMT</i>"
    assert _day(_page(info)) == date(2017, 8, 15)  # the 15th in Beijing


def test_a_script_states_dotnet_or_java_date_is_the_page_time() -> None:
    # The date line is written by script from the page's state: .NET's "\/Date(ms)\/" or a Java Date
    # serialised as an object ({"time": ms, "year": 119, …}).
    line = '发布时间：<span id="pubdate"></span><script>document.getElementById("pubdate").innerText = formatDate(pageData.PubDate);</script>'
    state = '<script>var pageData = {"Id":22880,"Title":"","PubDate":"\\/Date(1592542265000)\\/","Hits":3209};</script>'
    assert _day(_page(line, below=state)) == date(2020, 6, 19)
    state = '<script>var article = {"id":1,"pubTime":{"date":19,"day":5,"hours":12,"minutes":51,"month":5,"seconds":5,"time":1592542265000,"timezoneOffset":-480,"year":120}};</script>'
    line = '<span class="pub" id="pubTime"></span><script>$("#pubTime").text(fmt(article.pubTime.time));</script>'
    assert _day(_page(line, below=state)) == date(2020, 6, 19)


def test_a_feeds_build_time_under_a_channel_heading_is_no_date_line() -> None:
    # A feed item's view whose channel heading was taken for the headline: the channel's build time
    # under it is not the item's day.
    before = "news.example.cn - 国内新闻 RSS 2.0 lastBuildDate: Tue, 13 Jun 2028 02:11:00 +0800 标题 pubDate: Sun, 10 Oct 2021 18:56:25 +0800"
    assert headline_date(before, "news.example.cn - 国内新闻", now=NOW) is None


def test_a_bulletins_issuing_line_beats_the_days_it_forecasts() -> None:
    # "中央气象台2017年08月17日16时发布" and the forecast's year-less days under it: the label's
    # "发布" ends the issuing line; the next line's "8月18日" is no day of its label.
    info = "中央气象台2017年08月17日16时发布"
    body = (
        "<p>预计8月18日夜间至19日，江南、华南等地有中到大雨。</p><table><tr><td>8月18日</td><td>多云转阴</td></tr></table>"
        + BODY
    )
    assert _day(_page(info, body=body)) == date(2017, 8, 17)


def _table_page(rows: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='main'><h1>{TITLE}</h1>"
        f"<table class='info'>{rows}</table><div class='content'>{BODY}</div></div></body></html>"
    ).encode()


def test_compact_and_dotted_roc_days_in_a_taiwanese_table() -> None:
    # Taiwan's government tables print ROC days as "97.11.21", "民108.03.05" or seven digits
    # ("1100326", "0971221"), the label in a cell of its own.
    url = "https://www.tcg.gov.tw/News_Content.aspx?n=5333&sms=10925"
    for shown, day in (
        ("97.11.21", date(2008, 11, 21)),
        ("1100326", date(2021, 3, 26)),
        ("0940720", date(2005, 7, 20)),
        ("民108.03.05", date(2019, 3, 5)),
    ):
        rows = f"<tr><th>公告日期</th><td>{shown}</td></tr><tr><th>點閱次數</th><td>4659</td></tr>"
        assert _day(_table_page(rows), url) == day, shown
    # On a mainland page seven digits are no day.
    rows = "<tr><th>编号</th><td>1100326</td></tr>"
    assert _day(_table_page(rows)) is None


def test_a_classed_data_elements_value_is_the_publication_day() -> None:
    # <data class="pubdate" value="2019-02-28">2月28日 06:46</data>: the element's machine-readable
    # value holds the year its printed text leaves out; a correction note above names a later day.
    info = '<data class="pubdate" value="2019-02-28">2月28日 06:46</data> <span class="year">2019</span>'
    assert _day(_page(info)) == date(2019, 2, 28)
    note = "<div class='correction'>【更正说明】本文于2019年3月8日更正了第十二段中的数字。</div>"
    assert _day(_page(info, above=note)) == date(2019, 2, 28)
    # An unclassed <data> (a product code, a score) is no date.
    assert _day(_page('<data value="20190228">编号</data>')) is None


def test_invisible_format_characters_inside_a_date_are_passed_over() -> None:
    # Soft hyphens, zero-width spaces and joiners a CMS or an anti-copy filter puts between a date's parts.
    for shown in (
        "发布时间：2015&shy;年10&shy;月7&shy;日 22:45",
        "时间：2015\u00ad年10\u00ad月7\u00ad日",
        "\u200b2015\u200b-\u200b10\u200b-\u200b07\u200b 22:45",
        "\ufeff2015\u2060-10\u2060-07&#8203; 22:45",
    ):
        info = f'<span class="date">{shown}</span> <span class="src">来源：本站</span>'
        assert _day(_page(info)) == date(2015, 10, 7), shown


def test_an_english_published_label_before_a_day_first_date() -> None:
    # Hong Kong papers' English pages: "PUBLISHED : Friday, 20 June, 2003, 8:07pm" over a later UPDATED.
    info = "<div>PUBLISHED : Friday, 20 June, 2003, 8:07pm</div><div>UPDATED : Monday, 23 June, 2003, 2:42am</div>"
    assert _day(_page(info)) == date(2003, 6, 20)
    assert _day(_page("<div>Published: 5 Mar 2019</div>")) == date(2019, 3, 5)


def test_a_printed_permalink_of_the_same_site_dates_a_page_whose_url_does_not() -> None:
    # A mobile page (m.x.cn/detail?id=…) prints its desktop permalink under the text; a repost's
    # 原文链接 to another site names the original's day, not this page's.
    url = "http://m.news.example.cn/detail?id=625112"
    own = "http://news.example.cn/xwzx/201304/t20130408_625112.html"
    orig = "https://www.sohu.com/2012/1213/16336.shtml"
    below = f'<p class="permalink">本文地址：<a href="{own}">{own}</a></p>'
    assert _day(_page("", body=BODY + below), url) == date(2013, 4, 8)
    both = f'<p class="source">原文链接：<a href="{orig}">{orig}</a></p>' + below
    assert _day(_page("", body=BODY + both), url) == date(2013, 4, 8)
    assert (
        _day(_page("", body=BODY + f'<p class="source">原文链接：<a href="{orig}">{orig}</a></p>'), url)
        is None
    )


def test_a_next_issues_day_is_no_date_once_the_comments_are_set_aside() -> None:
    # A page with no date line: htmldate first names a comment's day (furniture), then, asked again
    # without the comments, the next issue's; that is no publication day either.
    info = (
        "<p>统计周期：2018年10月29日—11月4日</p><p>数据截至2018年11月4日</p><p>下期发布时间：2018-11-14</p>"
    )
    comments = (
        '<div class="comments"><h4>网友评论</h4><div class="cmt"><span class="u">新浪网友</span> <span class="t">2018-11-27 18:14</span><p>这个要顶。</p></div>'
        '<div class="cmt"><span class="u">网友</span> <span class="t">2018-11-27 15:10:51</span><p>不知道说什么好</p></div></div>'
    )
    assert _day(_page(info, below=comments)) is None


def test_an_roc_day_in_numerals_is_read() -> None:
    # A Taiwan official letter's 發文日期 in numerals: 中華民國一百零五年七月二十三日 is 2016-07-23.
    url = "https://www.gov.taipei/News_Content.aspx?n=6765&s=558379"
    for shown, day in (
        ("中華民國一百零五年七月二十三日", date(2016, 7, 23)),
        ("中華民國九十四年五月七日", date(2005, 5, 7)),
        ("中華民國一百一十年十二月一日", date(2021, 12, 1)),
        ("民國一〇八年三月五日", date(2019, 3, 5)),
    ):
        rows = f"<tr><th>發文日期：</th><td>{shown}</td></tr><tr><th>發文字號：</th><td>府授教字第1056176045號</td></tr>"
        assert _day(_table_page(rows), url) == day, shown


def test_a_european_sites_dotted_day_is_read_day_first() -> None:
    # Chinese papers in Europe print the local form: "柏林时间 06.12.2008 14:06" is 6 December.
    for url in ("https://www.huashangbao.de/news/525919.html", "https://www.oushinet.fr/news/1.html"):
        assert _day(_page("柏林时间 06.12.2008 14:06"), url) == date(2008, 12, 6), url
        assert _day(_page("发布时间：06/12/2008 14:06"), url) == date(2008, 12, 6), url

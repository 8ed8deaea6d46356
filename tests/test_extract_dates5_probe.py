# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the fifth date probe's tune half (bench/date_probe5.py) showed misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BODY, TITLE, beijing_day
from lxml.html import fromstring

from crawler.extract import extract_article
from crawler.extract.date_hints import url_date
from crawler.extract.dates import dateline_date, find_date_in_text, labelled_date
from crawler.extract.structured import structured_date

URL = "http://news.example.cn/html/9.html"
NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "", below: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div>{below}</body></html>"
    ).encode()


def test_microdata_of_related_items_and_comments_is_theirs() -> None:
    # A related list's items and the comments carry schema.org datePublished of their own.
    related = "".join(
        f"<li itemscope itemtype='http://schema.org/NewsArticle'><a itemprop='url' href='/n/{i}.html'>另一条新闻{i}</a>"
        f"<meta itemprop='datePublished' content='2014-02-0{i}T07:52:33+08:00'></li>"
        for i in range(1, 4)
    )
    comment = (
        "<div itemprop='comment' itemscope itemtype='http://schema.org/Comment'><span itemprop='author'>网友</span>"
        "<time itemprop='datePublished' datetime='2014-02-07T06:30:56+08:00'>2014-02-07 06:30</time></div>"
    )
    page = (
        f"<html><body><ul class='rel'>{related}</ul><article itemscope itemtype='http://schema.org/NewsArticle'>"
        f"<h1 itemprop='headline'>{TITLE}</h1><meta itemprop='datePublished' content='2014-01-21'>"
        f"<div itemprop='articleBody'>{BODY}</div>{comment}</article></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, page).published_at) == date(2014, 1, 21)
    only_comment = fromstring(f"<html><body><article><h1>{TITLE}</h1>{BODY}{comment}</article></body></html>")
    assert structured_date(only_comment, {}, "Asia/Shanghai") is None


def test_a_day_in_the_query_string_named_as_a_date() -> None:
    tz = "Asia/Shanghai"
    assert beijing_day(url_date("http://x.cn/news/content.jsp?date=2010-11-14&id=190678", tz)) == date(
        2010, 11, 14
    )
    assert beijing_day(url_date("http://x.cn/show.asp?id=726493&time=20151103", tz)) == date(2015, 11, 3)
    assert beijing_day(url_date("http://x.cn/detail?newsId=497377&pubDate=2010/03/22", tz)) == date(
        2010, 3, 22
    )
    assert beijing_day(
        url_date("http://x.cn/epaper/read.do?m=i&iid=5&eid=9&idate=12_2019-03-05", tz)
    ) == date(2019, 3, 5)
    # An id, a cache-buster's epoch or a parameter not named for a day is no date.
    assert url_date("http://x.cn/show.php?id=20151103", tz) is None
    assert url_date("http://x.cn/show.php?id=9&_t=1551744000", tz) is None


def test_a_query_parameter_named_for_another_time_dates_no_page() -> None:
    # "update" is when the page was changed, "runtime"/"lifetime" a program's or a cache's span, "today"
    # the day it was served, a search's "starttime" a range: none is the day the article was published.
    tz = "Asia/Shanghai"
    for name in (
        "runtime",
        "update",
        "updatetime",
        "lastUpdate",
        "lifetime",
        "today",
        "starttime",
        "endDate",
    ):
        url = f"http://news.example.cn/show.php?id=9&{name}=20190305"
        assert url_date(url, tz) is None, name
        assert extract_article(url, _page("来源：本报")).published_at is None, name
    for name in (
        "date",
        "pubdate",
        "pub_date",
        "publishDate",
        "publish_time",
        "time",
        "pubtime",
        "day",
        "idate",
    ):
        assert beijing_day(url_date(f"http://x.cn/show.php?id=9&{name}=20190305", tz)) == date(2019, 3, 5), (
            name
        )


def test_a_day_shown_as_an_image_with_the_day_as_its_alt() -> None:
    info = "发布日期：<img src='/inc/showdate.asp?id=44034' alt='2018-04-04' title='2018-04-04' align='absmiddle'>"
    assert beijing_day(extract_article(URL, _page(info)).published_at) == date(2018, 4, 4)
    info = "发布日期：<img src='/inc/showdate.asp?id=44034' alt='2006年3月13日'>"
    assert beijing_day(extract_article(URL, _page(info)).published_at) == date(2006, 3, 13)


def test_workflow_labels_around_the_time_it_went_online() -> None:
    line = "审核时间：2006-02-24 11:09 上线时间：2006-02-25 17:55 创建时间：2006-02-23 07:52:23"
    assert beijing_day(labelled_date(line)) == date(2006, 2, 25)
    line = "录入时间：2015-04-12 11:25 时间：2015.04.13 07:16:53"
    assert beijing_day(labelled_date(line)) == date(2015, 4, 13)


def test_a_page_generation_or_print_time_is_the_serving_not_the_article() -> None:
    assert (
        find_date_in_text("本页生成时间：2022-07-12 17:58:00　Processed in 0.038 second(s)", need_time=True)
        is None
    )
    assert labelled_date("打印时间：2015-04-02 15:00:00") is None
    footer = "<div class='footer'>本页生成时间：2022-07-12 17:58:00　Processed in 0.038 second(s)</div>"
    assert extract_article(URL, _page("来源：本站", below=footer)).published_at is None
    footer = "<div class='footer'>更新时间：2011/11/23<br>网站最后更新：2011-11-23</div>"
    assert extract_article(URL, _page("浏览：4602次", below=footer)).published_at is None
    # A text whose sentences end in digits and quotes still ends the header zone: the footer under it
    # is the site's.
    numbers = (
        "<p>　　用户黄生精前不久在查询话费详单时发现:仅2月份，他的手机只打了7个电话，就被多扣了8分钟的通话费。</p>"
        "<p>　　日前，用户向记者反映，自己打了7个电话，却被多扣8分钟通话费，多收了2.32元。</p>"
        "<p>　　话费详单显示:这7个电话被分割成12段来计费，每段1分钟。</p>"
    )
    footer = "<div class='footer'>更新时间：2006/2/27<br>Copyright &copy; 2006 本站 版权所有</div>"
    assert extract_article(URL, _page("来源：本站", body=numbers, below=footer)).published_at is None
    printed = (
        "<html><body><div class='printinfo'>打印时间：2015-04-02 15:00:00</div>"
        f"<h2>{TITLE}</h2><div class='info'>2011年06月25日　本站原创</div><div class='content'>{BODY}</div></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, printed).published_at) == date(2011, 6, 25)


def test_an_answer_day_is_not_the_question_page_day() -> None:
    line = f"{TITLE} 江南雨 · 2015-10-19 想问一下 最佳答案 江南雨 · 回答时间 2015-11-11 22:05"
    assert find_date_in_text(line, need_time=True) is None
    page = (
        f"<html><body><div class='question'><h1>{TITLE}</h1><div class='qtime'>江南雨 · 2015-10-19</div>"
        "<div class='qdesc'>请问公交线路调整以后，原来的站点还保留吗？</div></div><div class='best-answer'>"
        f"<div class='ahead'>最佳答案　江南雨 · 回答时间 2015-11-11 22:05</div><div class='acontent'>{BODY}</div></div></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, page).published_at) == date(2015, 10, 19)


def test_an_edition_bar_above_the_headline_dates_an_e_paper_article() -> None:
    cal = "".join(f"<td><a href='../../2011-01/{d:02d}/node_2.htm'>{d}</a></td>" for d in range(1, 29))
    past = "".join(f"<option value='2011-01/{d:02d}'>2011-01-{d:02d}</option>" for d in (20, 19, 18))
    page = (
        "<html><body><div class='top'><div class='logo'>河南日报</div><div class='date'>2011年01月21日 星期五</div>"
        f"<div class='ban'>第05版：文化</div></div><div class='left'><table><tr>{cal}</tr></table>"
        f"<div class='past'>往期回顾：<select>{past}</select></div></div>"
        f"<div class='right'><h1>{TITLE}</h1><div id='ozoom'>{BODY}</div></div></body></html>"
    ).encode()
    item = extract_article("http://epaper.example.cn/html/content_868555.htm", page)
    assert beijing_day(item.published_at) == date(2011, 1, 21)
    page = page.replace("2011年01月21日 星期五".encode(), "2011年1月21日 第05版".encode()).replace(
        "第05版：文化".encode(), b""
    )
    item = extract_article("http://epaper.example.cn/html/content_868555.htm", page)
    assert beijing_day(item.published_at) == date(2011, 1, 21)


def test_a_dateline_in_chinese_numerals_takes_the_year_the_page_names_above_the_text() -> None:
    later = datetime(2020, 8, 3, 12, 31, tzinfo=UTC)
    first = "新华社北京三月五日电（记者江南雨）记者从市交通运输局获悉。"
    assert beijing_day(dateline_date(first, later)) == date(2020, 3, 5)
    # A day opening the first sentence after the paper's mark may be the event's: read only when asked.
    opening = "本报讯　四月二十五日，记者从市交通运输局获悉。"
    assert dateline_date(opening, later) is None
    assert beijing_day(dateline_date(opening, later, opening=True)) == date(2020, 4, 25)
    for crumb in (
        "<div class='crumb'><a>首页</a> &gt; <a>资料库</a> &gt; <a>2004年</a> &gt; <a>4月</a></div>",
        "<div class='crumb'><a>历史资料</a> » <a>二〇〇四年</a></div>",
        "<div class='crumb'>当前位置：新闻稿库 › 2004年新闻稿</div>",
    ):
        body = "<p>　　本报讯　四月二十五日，" + BODY[5:]
        item = extract_article(URL, _page("来源：综合", body=body, above=crumb), fetched_at=later)
        assert beijing_day(item.published_at) == date(2004, 4, 25), crumb


def test_comments_placed_before_the_article_date_none_of_it() -> None:
    # A 最新评论 box floated beside the article comes first in the markup; the date line is under the text.
    rows = "".join(
        f"<li><span class='nick'>网友{n}</span><span class='ctime'>{when}</span><p>关注</p></li>"
        for n, when in ((9394, "01-28 22:26"), (9487, "2012-2-7 21:31"), (4528, "2012年1月12日"))
    )
    box = f"<div class='hot-comments' style='float:right'><h3>最新评论</h3><ul>{rows}</ul></div>"
    page = (
        f"<html><body><div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{box}<div class='main'>"
        f"<h1>{TITLE}</h1><div class='content'>{BODY}</div><div class='info'>2012-01-11 08:22　来源：本站</div></div></body></html>"
    ).encode()
    assert beijing_day(extract_article(URL, page).published_at) == date(2012, 1, 11)

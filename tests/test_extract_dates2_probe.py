# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates and titles in layouts the second dates probe's tune half showed unread (synthetic pages)."""

from __future__ import annotations

from datetime import date

from extract_pages import BODY, PARAS, TITLE

from crawler.extract import extract_article
from crawler.extract.dates import closing_date, info_line_date, parse_chinese_datetime


def _hot_list(days: list[str]) -> str:
    rows = "".join(
        f'<tr><td>·<a href="/n/{i}.htm">本周要闻第{i}条</a> <font color="#999">{d}</font></td></tr>'
        for i, d in enumerate(days)
    )
    return f"<table><tr><td><b>热门文章</b></td></tr>{rows}</table>"


def test_a_headline_with_commas_kept_as_a_body_line_keeps_its_info_line_above_the_text() -> None:
    # 动易: a dated hot list in the left column first, a long headline with commas (it reads like a
    # sentence) in a cell, then "更新时间：" with no time; the list's days must not date the page.
    title = "城区公交线路调整，新增站点十二个，方便沿线居民出行，覆盖人口约三万人"
    page = f"""<html><head><meta charset="gbk"><title>{title} - 交通动态 - 示例交通网</title></head><body>
<div class="top"><a href="/">示例交通网</a> <a href="/xw/">新闻</a> | <a href="/zw/">政务</a></div>
<table width="980"><tr><td width="240" valign="top">{_hot_list(["2008-12-06", "2009-01-09", "2008-12-12", "2008-12-25"])}</td><td valign="top">
<table width="100%"><tr><td class="main_ArticleTitle" align="center">{title}</td></tr>
<tr><td class="main_ArticleSubheading">作者：佚名&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;点击数：<script src="/GetHits.asp?ArticleID=3"></script>&nbsp;&nbsp;更新时间：2009-1-7&nbsp;&nbsp;</td></tr>
<tr><td id="fontzoom">{BODY}</td></tr></table></td></tr></table></body></html>"""
    item = extract_article(
        "http://www.example-jt.net/Article/ShowArticle.asp?ArticleID=3", page.encode("gbk")
    )
    assert item.title == title
    assert item.published_at is not None and item.published_at.date() == date(2009, 1, 7)


def test_a_columns_name_that_title_and_a_heading_share_gives_way_to_the_headline() -> None:
    # <title> is the column's name and the site's, the same on every page of the column; a div
    # repeats the column's name above the article's own <h3>.
    page = f"""<html><head><meta charset="utf-8"><title>学校新闻_示例市实验小学</title></head><body>
<div class="ny_tit">学校新闻</div><h3 class="news_tit">{TITLE}</h3>
<div class="news_info">时间：2016-03-10　作者：admin　点击：12</div><div class="news_con">{BODY}</div></body></html>"""
    item = extract_article("http://www.example-sx.cn/news/show-88.html", page.encode())
    assert item.title == TITLE
    assert item.published_at is not None and item.published_at.date() == date(2016, 3, 10)


def test_a_forum_posts_labelled_subject_line_is_the_headline_not_the_breadcrumb() -> None:
    # 动网 2004: "→ 您现在的位置：…" and "* 帖子主题：X" kept as the body's first lines; the post's date
    # under it, replies later.
    page = f"""<html><head><meta charset="gb2312"><title>灌水乐园_示例论坛</title></head><body>
<table><tr><td>→ 您现在的位置：<a href="index.asp">示例论坛</a> → <a>灌水乐园</a> → 浏览帖子</td></tr>
<tr><td class="tabletitle2">* 帖子主题：{TITLE}</td></tr></table>
<table><tr><td><b>老王头</b><br>等级：新手上路</td><td><b>{TITLE}</b><br>{"<br>".join(PARAS)}</td></tr>
<tr><td>1楼</td><td>2005-3-10 17:56:28</td></tr></table>
<table><tr><td><b>海风</b></td><td>支持</td></tr><tr><td>2楼</td><td>2005-3-12 08:10:02</td></tr></table></body></html>"""
    item = extract_article("http://bbs.example-lt.com/dispbbs.asp?boardID=2&ID=77", page.encode("gb2312"))
    assert item.title == TITLE


def test_a_date_bar_alone_under_a_cell_heading_marks_that_cell_as_the_headline() -> None:
    # A Hong Kong page of the 2000s: <title> the column's, the headline a bold cell, a day with its
    # weekday alone in the next row.
    title = "港島三條巴士線下月起改道"
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "運輸署表示，三條巴士線將於下月起改道，新增八個分站，以配合新屋苑入伙。",
            "署方提醒乘客留意站內告示，並預留充足時間出行，如有查詢可致電熱線。",
        )
    )
    page = f"""<html><head><meta charset="big5"><title>港聞_示例新聞網</title></head><body>
<table><tr><td class="title"><b>{title}</b></td></tr><tr><td class="date">2003年2月20日（星期四）</td></tr>
<tr><td>{paras}</td></tr></table></body></html>"""
    item = extract_article("http://www.example-hk.com.hk/news/20030220/5.htm", page.encode("big5"))
    assert item.title == title


def test_a_bbs_articles_pre_header_gives_its_subject_and_its_ctime_date() -> None:
    text = "\n".join(PARAS)
    page = f"""<html><head><meta charset="gbk"><title>示例社区-阅读文章</title></head><body>
<div>示例社区 &gt; 本地版 &gt; 阅读文章</div>
<pre>发信人: bbs_fan (江城人), 信区: Local
标  题: {TITLE}
发信站: 示例社区 (Fri Mar  7 21:23:57 2008), 站内

{text}

--
※ 来源:·示例社区 bbs.example.edu.cn·[FROM: 202.114.0.1]</pre></body></html>"""
    item = extract_article("http://bbs.example.edu.cn/bbscon.php?bid=12&id=9", page.encode("gbk"))
    assert item.title == TITLE
    assert item.published_at is not None and item.published_at.date() == date(2008, 3, 7)


def test_ctime_dates_parse() -> None:
    found = parse_chinese_datetime("发信站: 水木社区 (Sat May  7 21:23:57 2005), 站内")
    assert found is not None and (found.date(), found.hour) == (date(2005, 5, 7), 21)


def test_a_notice_dated_only_at_its_foot_takes_that_day_over_a_dated_list() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>通知公告_示例市人民政府门户网站</title></head><body>
<div class="tzgg"><h2 align="center">{TITLE}</h2><div class="zw">{BODY}
<p align="right">示例市交通运输局</p><p align="right">二〇一四年八月三日</p></div></div>
<div class="list"><div class="hd">通知公告</div><ul><li><a href="/1.html">关于春运安排的通知</a> <span>2014-06-22</span></li>
<li><a href="/2.html">关于道路施工的公告</a> <span>2014-07-02</span></li></ul></div></body></html>"""
    item = extract_article("http://www.example.gov.cn/tzgg/1234.jhtml", page.encode())
    assert item.title == TITLE
    assert item.published_at is not None and item.published_at.date() == date(2014, 8, 3)


def test_closing_date_reads_one_day_line_after_the_text_only() -> None:
    text = [*PARAS]
    assert closing_date([*text, "示例市交通运输局", "2014年8月3日（星期日）"]) is not None
    assert closing_date([*text, "二〇一四年八月三日"]) is not None
    # A list's dates come in runs; a day inside the text is no signing.
    assert closing_date([*text, "2014-06-22", "2014-07-02"]) is None
    assert closing_date(["2014年8月3日", *text]) is None
    assert closing_date([*text, "·关于春运安排的通知 2014-06-22"]) is None


HOT = (
    '<div class="hot"><h3>热点新闻</h3><ul>'
    + "".join(f'<li><a href="/{i}.html">本周热点新闻第{i}条</a> 2010-04-1{i}</li>' for i in range(5))
    + "</ul></div>"
)


def _page(between: str, after: str = "", title_tag: str = TITLE + "_示例网") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title_tag}</title></head><body>{HOT}
{between}<div class="text">{BODY}</div>{after}<div>Copyright 2003-2015 示例网</div></body></html>""".encode()


def test_a_hot_lists_last_day_right_above_the_headline_is_not_the_articles() -> None:
    # The box of newer dated items over the article ends right above the <h1>: the URL's day stands.
    item = extract_article("http://www.example.cn/news/2014/0305/123.html", _page(f"<h1>{TITLE}</h1>"))
    assert item.published_at is not None and item.published_at.date() == date(2014, 3, 5)
    item = extract_article("http://www.example.cn/201403/05/123.html", _page(f"<h1>{TITLE}</h1>"))
    assert item.published_at is not None and item.published_at.date() == date(2014, 3, 5)


def test_a_date_bar_with_its_weekday_above_the_headline_is_read_under_a_hot_list() -> None:
    # A guard of the hot-list rule (read before it too): a date bar prints its weekday, a list does not.
    page = _page(f"<p>2010年3月4日 星期四</p><p><b>{TITLE}</b></p>", title_tag="示例网")
    item = extract_article("http://www.example.cn/show.asp?id=5", page)
    assert item.published_at is not None and item.published_at.date() == date(2010, 3, 4)


def test_a_two_digit_year_with_its_time_under_the_headline_is_read() -> None:
    item = extract_article(
        "http://www.example.cn/show.asp?id=5", _page(f"<h1>{TITLE}</h1><div>14-03-05 10:23</div>")
    )
    assert item.published_at is not None and item.published_at.date() == date(2014, 3, 5)


def test_an_info_line_under_the_text_dates_the_page_not_a_list_above() -> None:
    foot = "<div>发布日期：2010-03-04 【打印】【关闭】</div>"
    item = extract_article("http://www.example.cn/show.asp?id=5", _page(f"<h2>{TITLE}</h2>", foot, TITLE))
    assert item.published_at is not None and item.published_at.date() == date(2010, 3, 4)
    # A comment's 发表于 after the text is no info line of the article's.
    comment = '<div class="comment"><h3>网友评论</h3><p>张三 发表于 2010-03-09 10:00</p></div>'
    item = extract_article("http://www.example.cn/show.asp?id=5", _page(f"<h2>{TITLE}</h2>", comment, TITLE))
    assert item.published_at is None or item.published_at.date() != date(2010, 3, 9)


def test_an_info_line_day_far_above_the_text_beats_a_lists_day() -> None:
    # No heading in the page; a toolbar of share links pushes the info line 150 characters above the text.
    tools = "【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】 分享到：" + " ".join(
        f"<a>{w}</a>" for w in ("微信", "微博", "QQ空间", "豆瓣", "人人网", "收藏本页", "推荐给朋友", "我要纠错")
    )
    page = _page(f"<div>2010-3-4　来源：示例日报</div><div>{tools} 扫一扫在手机上打开当前页</div>")
    item = extract_article("http://www.example.cn/show.asp?id=5", page)
    assert item.published_at is not None and item.published_at.date() == date(2010, 3, 4)


def test_info_line_date_needs_the_info_fields_after_the_day() -> None:
    assert info_line_date("热点 · 新闻一 2010-04-10 · 新闻二 2010-04-11") is None
    found = info_line_date("· 新闻一 2010-04-10 标题 2010-3-4 | 来源：示例日报 点击：3")
    assert found is not None and found.date() == date(2010, 3, 4)


OPENINGS = {
    "strong": f"<p><strong>本报</strong><span>讯</span>{PARAS[0]}</p>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]),
    "font": f"<p>　　<font color=red>记</font>者从{PARAS[0][3:]}</p>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]),
    "spans": f"<p><span>记者</span><span>从市交通运输局获悉</span>，{PARAS[0][10:]}</p>"
    + "".join(f"<p>{p}</p>" for p in PARAS[1:]),
}


def test_a_text_opening_split_over_inline_elements_still_anchors_the_date_line_and_the_heading() -> None:
    # "<p><strong>本报</strong>讯…": no one text of the page holds the text's first words, the running text does.
    for name, body in OPENINGS.items():
        for head, title_tag in (
            (f"<h1>{TITLE}</h1><div>2010-3-4</div>", f"<title>{TITLE}_示例网</title>"),
            (f'<div class="bt">{TITLE}</div><div>时间：2010-03-04</div>', "<title>示例网</title>"),
            (f"<p align=center><b>{TITLE}</b></p><p>2010-3-4 09:12</p>", ""),
            (f"<font size=5>{TITLE}</font><br><div>2010-3-4　来源：示例报</div>", ""),
        ):
            page = f"""<html><head><meta charset="utf-8">{title_tag}</head><body>{HOT}{head}
<div class="c">{body}</div>{HOT}</body></html>"""
            item = extract_article("http://www.example.cn/show.asp?id=5", page.encode())
            assert item.title == TITLE, (name, head)
            assert item.published_at is not None and item.published_at.date() == date(2010, 3, 4), (name, head)


def test_a_lists_headlines_over_their_own_day_lines_are_no_headline() -> None:
    # A list whose items print their day on a line of their own, kept with the text (<br> lines): a day
    # alone is no info line, a day with its weekday is.
    items = "".join(f'<li><a href="/{i}.html">本周热点新闻第{i}条</a><br>2010-04-1{i}</li>' for i in range(5))
    body = "<div>" + "<br>".join(PARAS) + "</div>"
    page = f"""<html><head><meta charset="utf-8"><title>示例网</title></head><body><ul>{items}</ul>
<div class="bt">{TITLE}</div><div>时间：2010-03-04</div><div class="c">{body}</div></body></html>"""
    item = extract_article("http://www.example.cn/show.asp?id=5", page.encode())
    assert item.title == TITLE


def test_an_epaper_headline_over_the_papers_dateline_is_the_title_not_the_papers_name() -> None:
    # <title> is the paper's name on every page; the dateline under the headline opens with it. The
    # paper's name recurs in the text about as much as a headline worded apart from it does.
    title = "改线便民获赞誉"
    for head in (
        f'<div class="tit"><h1>{title}</h1><p>交通晚报 2016年04月23日 第07版</p></div>',
        f'<table><tr><td class="bt">{title}</td></tr><tr><td class="rq">交通晚报　2016年04月23日　第A2版</td></tr></table>',
    ):
        page = f"""<html><head><meta charset="utf-8"><title>交通晚报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>{head}<div class="text">{BODY}</div></body></html>"""
        item = extract_article("http://epaper.example.cn/html/content_88.htm", page.encode())
        assert item.title == title, head
        assert item.published_at is not None and item.published_at.date() == date(2016, 4, 23), head


def test_unpadded_day_folders_and_timestamp_file_names_date_a_url() -> None:
    from crawler.extract.date_hints import url_date

    for url in (
        "http://www.example.cn/2014/3/5/123.html",
        "http://www.example.cn/news/2014-3-5/1.html",
        "http://www.example.cn/news/20140305123456.html",
    ):
        found = url_date(url, "Asia/Shanghai")
        assert found is not None and found.date() == date(2014, 3, 5), url
    for url in ("http://www.example.cn/p/2014030512345.html", "http://www.example.cn/v/2014/3/52/1.html"):
        assert url_date(url, "Asia/Shanghai") is None, url


def test_a_publication_time_the_pages_own_script_names_dates_it_when_it_names_one_day() -> None:
    def page(script: str) -> bytes:
        return _page(f"<h1>{TITLE}</h1><div class='info'>来源：示例网 <span id='time'></span></div>").replace(
            b"</title>", f"</title><script>{script}</script>".encode(), 1
        )

    for script in ('var publish_time = "2014-03-05 10:23:00";', 'window.DATA = {"pubtime":"2014-03-05 10:23:00"};'):
        item = extract_article("http://www.example.cn/a/5.html", page(script))
        assert item.published_at is not None and item.published_at.date() == date(2014, 3, 5), script
    # A script's list of other articles names several days: none is the page's.
    item = extract_article(
        "http://www.example.cn/a/5.html", page('var list=[{"pubtime":"2014-03-01"},{"pubtime":"2014-03-02"}];')
    )
    assert item.published_at is None or item.published_at.date() not in (date(2014, 3, 1), date(2014, 3, 2))

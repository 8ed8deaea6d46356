"""Dates and titles in layouts the dates probe's tune half showed unread (synthetic pages, other texts)."""

from __future__ import annotations

from datetime import date

from crawler.extract import extract_article
from crawler.extract.date_hints import url_month

BODY = "".join(
    f"<p>　　{p}</p>"
    for p in (
        "记者从市水务局获悉，今年汛期前全市将完成二十座中小型水库的除险加固，确保安全度汛。",
        "据介绍，这批水库大多建于上世纪七十年代，坝体渗漏、溢洪道淤塞等问题较为突出，群众反映强烈。",
        "水务部门已组织专业队伍逐座排查，建立问题清单，明确整改时限，并安排专人负责巡查值守。",
        "下一步，市水务局还将对全市山塘开展拉网式检查，发现隐患立即处置，切实保障人民群众生命财产安全。",
    )
)
TITLE = "全市二十座中小型水库汛前完成除险加固"


def test_full_width_info_line_under_a_table_heading_dates_a_page_with_a_site_wide_title() -> None:
    # A 2000s government table: <title> is the site's, the headline a bare cell (with commas: it reads
    # like a sentence), the day in full-width digits.
    title = "汛期将至，全市二十座中小型水库全部完成除险加固，确保今年安全度汛"
    page = f"""<html><head><meta charset="gb2312"><title>首页 - 示例市水务局</title></head><body>
<table><tr><td>您现在的位置：首页 &gt; 工作动态</td></tr>
<tr><td class="biaoti" align="center">{title}</td></tr>
<tr><td class="riqi" align="center">２０１４年７月９日　　信息来源：局办公室　　点击：35</td></tr>
<tr><td>{BODY}</td></tr></table><div>版权所有 示例市水务局 2008-2015</div></body></html>"""
    item = extract_article("http://slj.example.gov.cn/show.asp?id=88", page.encode("gb2312"))
    assert item.title == title
    assert item.published_at is not None and item.published_at.date() == date(2014, 7, 9)


def test_a_columns_name_over_the_date_line_is_no_headline_when_title_holds_one() -> None:
    # <h2> names the column; <title> is the headline with the site's suffix; the day (with its time)
    # sits right above the text; an older related item is dated below.
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE}_示例都市网</title></head><body>
<div class="lanmu"><h2>民生关注</h2></div><div class="shijian">2019年4月15日 09:42</div>
<div class="zhengwen">{BODY}</div>
<ul class="xiangguan"><li><a href="/a/1.html">城区排涝工程开工</a> 2019-03-28</li></ul></body></html>"""
    item = extract_article("http://www.example-dsw.cn/msgz/5521.html", page.encode())
    assert item.title == TITLE
    assert item.published_at is not None and item.published_at.date() == date(2019, 4, 15)


def test_a_yearless_day_under_the_headline_takes_its_year_from_a_month_url() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE}_示例热线</title></head><body>
<h1>{TITLE}</h1><div class="sub"><span>08月03日 16:20</span> <span>示例日报</span></div>
<div class="text">{BODY}</div></body></html>"""
    item = extract_article("http://news.example-rx.com/2017/08/4410.shtml", page.encode())
    assert item.published_at is not None and item.published_at.date() == date(2017, 8, 3)
    # A day of another month than the URL's is not read as the article's.
    other = page.replace("08月03日", "07月30日")
    item = extract_article("http://news.example-rx.com/2017/08/4410.shtml", other.encode())
    assert item.published_at is None or item.published_at.date() != date(2017, 7, 30)


def test_url_month_is_read_only_where_the_url_has_no_day() -> None:
    assert url_month("http://a.example.com/2017/08/4410.shtml") == (2017, 8)
    assert url_month("http://a.example.com/news/201708/4410.shtml") == (2017, 8)
    assert url_month("http://a.example.com/2017/08/03/4410.shtml") is None
    assert url_month("http://a.example.com/2017-08/03/content_4410.htm") is None
    assert url_month("http://a.example.com/news/4410.shtml") is None

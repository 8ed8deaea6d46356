# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the eighth date probe's tune half (bench/date_probe8.py) showed misread (synthetic pages)."""

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


SPANS = (
    "2019年3月1日至3日",
    "活动时间：2019年3月1日至3日",
    "展览时间：2019/03/01 - 2019/03/05　地点：市民中心",
    "3月1日-5日",
    "会期：3月1日至3月5日",
    "2019.03.01—03.05",
    "时间：2019年3月1日—2019年3月5日",
    "培训时间：2019-03-01至2019-03-05",
    "2019年3月1日9:00至3月3日17:00",
)


def test_a_span_of_days_as_the_line_under_the_headline_is_no_publication_date() -> None:
    # An exhibition's, a course's or a meeting's days: neither the first nor the last is the day the
    # page was published, and nothing else on the page dates it, so no date comes back.
    for span in SPANS:
        assert _day(_page(span)) is None, span


def test_a_span_under_the_headline_yields_to_the_pages_own_publication_line() -> None:
    # The page's 发布时间, above the span, at the foot of the text or in a line of its own, is its date.
    for span in SPANS:
        for where in ("above", "below", "after"):
            line = "<div class='pub'>发布时间：2019-02-20 10:21　来源：市文化馆</div>"
            if where == "above":
                page = _page(span, above="", body=BODY).replace(b"<div class='info'>", line.encode() + b"<div class='info'>", 1)
            elif where == "below":
                page = _page(span, body=BODY + line)
            else:
                page = _page(span, below="<p class='foot'>（发布日期：2019-02-20）</p>")
            assert _day(page) == date(2019, 2, 20), (span, where)


def test_a_day_with_a_span_of_hours_is_still_that_day() -> None:
    # "2019-03-05 10:21-11:30" is one day's hours, not a span of days.
    assert _day(_page("2019-03-05 10:21　来源：新华网")) == date(2019, 3, 5)
    assert _day(_page("发布时间：2019年3月5日 9:00-11:30")) == date(2019, 3, 5)


def _bare(body: str, *, head: str = "", lang: str = "") -> bytes:
    return (
        f"<html{lang}><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{body}</body></html>"
    ).encode()


def test_pixnets_date_badge_above_the_post_title_dates_the_post() -> None:
    # Pixnet prints the month, day, weekday, year and time in spans of their own above the title;
    # a comment's timed day lower down is another's.
    badge = (
        "<span class='publish'><span class='month'>Mar</span><span class='date'>10</span>"
        "<span class='day'>Mon</span><span class='year'>2014</span><span class='time'>06:33</span></span>"
    )
    comments = "<ul class='comments'><li class='comment'><span class='user'>smile</span> 於 2014/03/27 08:58 回覆<p>推推</p></li></ul>"
    for after in ("", comments):
        page = _bare(f"<div class='article'>{badge}<h2>{TITLE}</h2><div class='article-content'>{BODY}</div>{after}</div>")
        assert _day(page, "https://x.pixnet.net/blog/post/1") == date(2014, 3, 10), after


def test_a_year_set_apart_from_its_month_and_day_is_that_days_year() -> None:
    # Xinhua's header: the year, "03/05" and the clock in elements of their own; not this year's 03/05.
    for head in (
        "<div class='header-time left'><span class='year'><em> 2017</em></span><span class='day'><em> 06</em>/<em>13</em></span><span class='time'> 06:21:40</span></div>",
        "<div class='h-time'><span class='year'>2017</span><span class='md'>06/13</span><span class='hm'>06:21</span></div>",
    ):
        page = _bare(f"<div class='header'>{head}<div class='source'>来源：新华网</div><span class='title'>{TITLE}</span></div><div id='detail'>{BODY}</div>")
        assert _day(page) == date(2017, 6, 13), head


def test_an_epoch_in_a_time_records_text_dates_the_page() -> None:
    # 环球网 keeps the article's record in hidden textareas; a script writes the visible line from it.
    for epoch in ("1551752493361", "1551752493"):
        page = _bare(
            f"<h3>{TITLE}</h3><p class='metadata'><span class='time'></span></p>"
            f"<textarea class='article-aid' style='display:none'>3f2a9c</textarea><textarea class='article-time' style='display:none'>{epoch}</textarea>"
            f"<article><section>{BODY}</section></article>"
        )
        assert _day(page, "https://world.huanqiu.com/article/3f2a9c") == date(2019, 3, 5), epoch


def test_a_single_page_apps_state_names_the_articles_time_among_its_recommendations() -> None:
    for first in (True, False):
        for value, rec in (('"2019-03-05 10:21:33"', '"2019-03-09 08:00:00"'), ("1551752493000", "1552089600000")):
            article = f'"article": {{"id": 12, "title": "{TITLE}", "publishTime": {value}, "source": "新华网"}}'
            recommend = f'"recommend": {{"list": [{{"title": "别的新闻", "publishTime": {rec}}}, {{"title": "又一条", "publishTime": {rec}}}]}}'
            state = "{" + (f"{article}, {recommend}" if first else f"{recommend}, {article}") + "}"
            page = _bare(
                f"<div id='app'><h1>{TITLE}</h1><div class='meta'><span class='time'></span></div><div class='content'>{BODY}</div></div>"
                f"<script>window.__INITIAL_STATE__={state};</script>"
            )
            assert _day(page) == date(2019, 3, 5), (first, value)


def test_singapore_and_malaysia_pages_write_the_day_first() -> None:
    for line in ("发布 / 10/09/2020 12:40 PM", "<span class='date'>10/09/2020</span> 林明", "10/09/2020 09:40（更新：11/09/2020 10:00）"):
        for url, lang in (("https://www.zaobao.com.sg/news/1", ""), ("https://www.example.com/news/1", " lang='zh-MY'")):
            page = _page(line).replace(b"<html>", f"<html{lang}>".encode(), 1)
            assert _day(page, url) == date(2020, 9, 10), (line, url)
    # Elsewhere a slashed day with AM/PM stays month first (a US Chinese site's).
    assert _day(_page("发布 / 10/09/2020 12:40 PM")) == date(2020, 10, 9)


def test_an_epaper_article_page_is_dated_by_its_page_pdfs_directory() -> None:
    # No day in the URL or the text: the page PDF's link names the edition's day.
    top = "<div class='paper-top'>第14732期　<a href='../../../images/2007-08/24/15/jjrb2007082415.pdf'>PDF版下载</a>　<a>上一版</a>　<a>下一版</a></div>"
    page = _bare(f"<div class='masthead'>XX日报</div>{top}<div class='article'><h3 class='biaoti'>{TITLE}</h3><div id='ozoom'>{BODY}</div></div>")
    assert _day(page, "http://paper.example.cn/html/nw.D110000jjrb_612310082-15.htm") == date(2007, 8, 24)
    # A page that speaks of no edition: its attachments' days are other documents'.
    plain = _bare(f"<h1>{TITLE}</h1><div class='content'>{BODY}</div><p><a href='/files/2007-08/24/f.pdf'>附件下载</a></p>")
    assert _day(plain) is None


def test_a_notice_naming_only_its_documents_days_is_dated_by_its_signing_day() -> None:
    # 成文日期 and a later 实施日期, no 发布日期: the document's day, never the day it takes effect.
    table = (
        "<table class='xxgk-info'><tr><th>索引号：</th><td>0915/2008-04397</td><th>发文机关：</th><td>XX市人民政府</td></tr>"
        "<tr><th>文号：</th><td>X政发〔2008〕20号</td><th>成文日期：</th><td>2008年02月23日</td></tr>"
        "<tr><th>实施日期：</th><td>2008-03-13</td><th>有效性：</th><td>有效</td></tr></table>"
    )
    assert _day(_bare(f"{table}<h1>{TITLE}</h1><div class='content'>{BODY}</div>")) == date(2008, 2, 23)
    # Only the day a rule takes effect: no date rather than that one.
    effect = "<table class='xxgk-info'><tr><th>文号：</th><td>X政发〔2008〕20号</td><th>实施日期：</th><td>2008-03-13</td></tr></table>"
    assert _day(_bare(f"{effect}<h1>{TITLE}</h1><div class='content'>{BODY}</div>")) is None


def test_an_essays_writing_note_at_its_end_dates_it() -> None:
    # The author's other essays, with their days, under it: not the essay's.
    more = "<div class='more'><b>作者其他文章：</b><ul><li><a>春天的信</a> (2012-05-01)</li><li><a>夜行</a> (2013-01-09)</li></ul></div>"
    for note in ("2012.3.17 于上海", "写于2012年3月17日夜", "（2012年3月17日于北京）", "2012-3-17晚"):
        page = _bare(f"<center><font size=5><b>{TITLE}</b></font><br>作者：林明</center><div class='text'>{BODY}<p align=right>{note}</p></div>{more}")
        assert _day(page) == date(2012, 3, 17), note


def test_a_writing_note_of_a_month_or_a_season_dates_no_page() -> None:
    """A note that names no day (写于2015年3月, 2015年春于北京) says when the essay was written, to the month
    or the season: never the page's day (its first, as 2015-03-01, would date it years early)."""
    for note in ("写于2015年3月", "2015年春于北京", "2015年3月于北京", "（2015年春）", "2015.3 于上海", "二〇一五年三月于北京"):
        page = _bare(f"<center><font size=5><b>{TITLE}</b></font><br>作者：林明</center><div class='text'>{BODY}<p align=right>{note}</p></div>")
        assert _day(page) is None, note

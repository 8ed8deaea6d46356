# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the third and fourth date probes' tune halves (bench/date_probe3.py, date_probe4.py) showed
misread (synthetic pages)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extract_pages import BEIJING, BODY, PARAS, TITLE, beijing_day
from lxml.html import fromstring

from crawler.extract import extract_article
from crawler.extract.dates import (
    dateline_date,
    find_date_in_text,
    headline_date,
    labelled_date,
    parse_chinese_datetime,
    relative_date,
)
from crawler.extract.header_texts import shown_text
from crawler.extract.structured import marked_date, structured_date


def _page(info: str, *, head: str = "", body: str = BODY, above: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div>{above}<div class='main'><h1>{TITLE}</h1>"
        f"<div class='info'>{info}</div><div class='content'>{body}</div></div></body></html>"
    ).encode()


def test_chinese_numeral_years_read_zero_typed_as_ling_or_the_letter_o() -> None:
    # 零 was read as 1 (二零零八 -> 2118); notices typed without 〇 write a letter O.
    assert beijing_day(parse_chinese_datetime("发布日期：二零零八年五月十二日")) == date(2008, 5, 12)
    assert beijing_day(parse_chinese_datetime("时间：二O一四年九月十一日")) == date(2014, 9, 11)
    assert beijing_day(parse_chinese_datetime("二OO六年十月十一日")) == date(2006, 10, 11)
    assert parse_chinese_datetime("OOOO年一月一日") is None


def test_a_fourteen_digit_meta_time_is_read() -> None:
    # <meta name="publishtime" content="20050205103157">
    assert parse_chinese_datetime("20050205103157") == datetime(2005, 2, 5, 10, 31, 57, tzinfo=BEIJING)


def test_an_update_labelled_after_its_day_is_passed_by() -> None:
    # "<span>2013-06-17 17:24 更新</span> <span>2013-04-22 15:52 发布</span>"
    line = "2013-06-17 17:24 更新 2013-04-22 15:52 发布"
    assert beijing_day(find_date_in_text(line, need_time=True)) == date(2013, 4, 22)
    assert beijing_day(find_date_in_text("更新时间：2013-06-17 17:24　发布时间：2013-04-22 15:52")) == date(
        2013, 4, 22
    )
    assert beijing_day(headline_date(f"{TITLE} 更新：2018-04-14 2018年2月18日 正文", TITLE)) == date(
        2018, 2, 18
    )


def test_a_weekday_between_the_day_and_its_time_keeps_the_time() -> None:
    # Above the headline, "2014年10月21日（星期二）21:56　来源：综合" is a date line with its time.
    line = "2014年10月21日（星期二）21:56　来源：综合"
    assert find_date_in_text(line, need_time=True) == datetime(2014, 10, 21, 21, 56, tzinfo=BEIJING)


def test_microdata_and_a_published_time_element_are_metadata() -> None:
    tree = fromstring(
        "<div><span itemprop='dateModified' content='2018-04-14T00:49:47+08:00'>更新：2018-04-14</span>"
        "<span itemprop='datePublished' content='2018-02-18T21:12:47+08:00'>2018年2月18日</span></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2018, 2, 18)
    # A UTC time of 23:37 on the 17th is the 18th in Beijing.
    tree = fromstring(
        "<div><time class='pubtime' datetime='2011-09-17T23:37:03+00:00'>9月18日 07:37</time></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2011, 9, 18)
    # WordPress: the update's <time> first, the publication's classed "published".
    tree = fromstring(
        "<div><time class='updated' datetime='2013-10-22T20:04:01+08:00'>x</time>"
        "<time class='entry-date published' datetime='2013-10-13T18:30:01+08:00'>y</time></div>"
    )
    assert beijing_day(marked_date(tree, "Asia/Shanghai")) == date(2013, 10, 13)
    # A related list's microdata is other articles'.
    tree = fromstring(
        "<ul><li itemscope><time itemprop='datePublished' datetime='2013-10-13'>x</time></li></ul>"
    )
    assert marked_date(tree, "Asia/Shanghai") is None


def test_a_late_night_story_in_utc_keeps_its_beijing_day_on_the_page() -> None:
    info = (
        "<time class='pubtime' datetime='2011-09-17T23:37:03+00:00'>9月18日 07:37</time> <span>人民网</span>"
    )
    fetched = datetime(2017, 5, 16, 5, 0, tzinfo=UTC)
    item = extract_article("http://news.example.cn/html/1.html", _page(info), fetched_at=fetched)
    assert beijing_day(item.published_at) == date(2011, 9, 18)


def test_an_agency_dateline_dates_a_page_that_prints_no_date() -> None:
    now = datetime(2021, 7, 17, 6, 0, tzinfo=UTC)
    assert beijing_day(dateline_date("新华社北京7月2日电（记者王晓明）记者从……", now)) == date(2021, 7, 2)
    assert beijing_day(
        dateline_date("中新网上海12月30日电 （记者 李佳）", datetime(2022, 1, 5, tzinfo=UTC))
    ) == date(2021, 12, 30)
    assert dateline_date("7月2日，记者从市交通运输局获悉", now) is None
    body = f"<p>　　新华社北京7月2日电（记者王晓明）{PARAS[0]}</p>" + "".join(
        f"<p>　　{p}</p>" for p in PARAS[1:]
    )
    item = extract_article(
        "http://news.example.cn/article/491706.htm",
        _page("来源：新华网　责任编辑：李明", body=body),
        fetched_at=now,
    )
    assert beijing_day(item.published_at) == date(2021, 7, 2)


def test_the_line_under_the_headline_beats_a_previous_storys_teaser_above_it() -> None:
    teaser = "<div class='prev-box'><a href='/p/1.html'>上一篇：汉中一砂石车超载被罚</a> <span class='date'>2017-3-4 16:20</span></div>"
    item = extract_article("http://news.example.cn/html/2.html", _page("2017-03-05", above=teaser))
    assert beijing_day(item.published_at) == date(2017, 3, 5)


def test_the_header_zone_leaves_scripts_out() -> None:
    node = fromstring(
        "<div><script>var serverTime = '2026-07-04 16:26:00';</script><h1>标题</h1><style>p{}</style>尾</div>"
    )
    assert shown_text(node) == "标题 尾"


# Wave 4 (bench/date_probe4.py)

NOW = datetime(2024, 3, 13, 8, 20, tzinfo=UTC)  # 16:20 in Beijing


def test_relative_counts_in_chinese_numerals_halves_and_english() -> None:
    assert beijing_day(relative_date("两天前", NOW)) == date(2024, 3, 11)
    assert beijing_day(relative_date("六天前", NOW)) == date(2024, 3, 7)
    assert relative_date("半小时前", NOW) == datetime(2024, 3, 13, 15, 50, tzinfo=BEIJING)
    assert relative_date("三小时前", NOW) == datetime(2024, 3, 13, 13, 20, tzinfo=BEIJING)
    assert beijing_day(relative_date("前日", NOW)) == date(2024, 3, 11)
    assert beijing_day(relative_date("发布于 2 days ago", NOW)) == date(2024, 3, 11)
    assert relative_date("4 hours ago", NOW) == datetime(2024, 3, 13, 12, 20, tzinfo=BEIJING)
    # In running text the words are the story's, not the page's.
    assert relative_date("他三天前就到了现场", NOW, standalone=True) is None
    item = extract_article(
        "http://news.example.cn/html/9.html", _page("江南雨 · 前日 · 阅读 3605"), fetched_at=NOW
    )
    assert beijing_day(item.published_at) == date(2024, 3, 11)


def test_two_digit_years_written_out_after_an_apostrophe_or_opening_an_info_line() -> None:
    assert beijing_day(labelled_date("发布时间：'19-01-10")) == date(2019, 1, 10)
    assert beijing_day(headline_date(f"{TITLE} 04年10月25日 正文", TITLE)) == date(2004, 10, 25)
    assert beijing_day(headline_date(f"{TITLE} 13.8.16　来源：本站原创", TITLE)) == date(2013, 8, 16)
    assert headline_date(f"{TITLE} 比分 13.8.16 落后", TITLE) is None  # a bare number is no day


def test_a_rules_effective_and_signing_days_are_not_its_publication() -> None:
    assert labelled_date("施行日期：2010年02月02日") is None
    line = f"{TITLE} 发文字号：〔2010〕11号 施行日期：2010年02月02日 有效性：有效 发布日期：2010年01月27日"
    assert beijing_day(headline_date(line, TITLE)) == date(2010, 1, 27)


def test_an_open_information_table_kept_as_the_bodys_first_lines_gives_its_publication_day() -> None:
    title = "报假警害人害己!醉汉称“20人手持钢管打群架“，自己被拘留"
    rows = (
        "<tr><th>索引号：</th><td>122539749/2019-00600</td><th>主题分类：</th><td>财政</td></tr>"
        "<tr><th>发文机关：</th><td>区市场监督管理局</td><th>成文日期：</th><td>2018-12-28</td></tr>"
        f"<tr><th>标题：</th><td>{title}</td><th>发文字号：</th><td>〔2019〕41号</td></tr>"
        "<tr><th>发布日期：</th><td>2019-01-17</td><th>有效性：</th><td>有效</td></tr>"
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='banner'>区市场监督管理局</div>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>新闻</a></div><div class='position'>首页 &gt; 政府信息公开</div>"
        f"<div class='xxgk'><table class='xxgk_table' border=1>{rows}</table><h1 class='title'>{title}</h1>"
        f"<div class='zoom'><p>各有关单位：</p>{BODY}<p style='text-align:right'>区市场监督管理局</p>"
        "<p style='text-align:right'>2018年12月28日</p></div></div></body></html>"
    ).encode()
    item = extract_article("http://www.example.gov.cn/zwgk/163584.shtml", page)
    assert beijing_day(item.published_at) == date(2019, 1, 17)


def test_edit_notes_are_updates() -> None:
    assert find_date_in_text("最后编辑于 2019-07-17 00:26 2018-10-14", need_time=True) is None
    note = "Last edited by smile2008 on 2016-11-15 at 03:56. 2016-04-28 10:00"
    assert beijing_day(find_date_in_text(note, need_time=True)) == date(2016, 4, 28)
    note = "本帖最后由 路人甲 于 2015-3-10 12:30 编辑 2015-3-4 09:00"
    assert beijing_day(find_date_in_text(note, need_time=True)) == date(2015, 3, 4)
    note = "[此帖子已经被作者于2020-9-19 08:15:55编辑过] 2020-03-23 04:15"
    assert beijing_day(find_date_in_text(note, need_time=True)) == date(2020, 3, 23)


def test_a_weibo_posts_titled_yearless_day_beats_its_forwarded_originals() -> None:
    forward = (
        "<div class='WB_feed_expand'><div class='WB_info'>@路人甲</div><div class='WB_text'>转发的原文，说的是另一件事。</div>"
        "<div class='WB_from'><a title='2020-06-16 03:58'>2020-6-16 03:58</a></div></div>"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>新华网的微博_微博</title></head><body><div class='WB_feed_detail'>"
        f"<div class='WB_info'><a>新华网</a></div><div class='WB_text'>【{TITLE}】{''.join(PARAS)}</div>{forward}"
        "<div class='WB_from'><a title='2020-10-20 03:58' date='1603137480000'>10月20日 03:58</a> 来自 微博 weibo.com</div>"
        "</div></body></html>"
    ).encode()
    fetched = datetime(2021, 11, 14, 19, 58, tzinfo=UTC)  # a year later: the shown day has no year
    item = extract_article("https://weibo.com/2540808608/d991d0004", page, fetched_at=fetched)
    assert beijing_day(item.published_at) == date(2020, 10, 20)


def test_a_calendar_badge_printing_day_and_month_apart_is_read() -> None:
    for badge, day in (
        (
            "<div class='date'><span class='day'>07</span><span class='ym'>2015-07</span></div>",
            date(2015, 7, 7),
        ),
        ("<div class='time'><p>2019/03</p><h3>04</h3></div>", date(2019, 3, 4)),
        ("<div class='entry-date'><span>03</span><span>Sep</span><span>2008</span></div>", date(2008, 9, 3)),
    ):
        page = (
            f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='art-head'>{badge}"
            f"<h1>{TITLE}</h1><p class='src'>来源：新华网</p></div><div class='content'>{BODY}</div></body></html>"
        ).encode()
        assert (
            beijing_day(extract_article("http://news.example.cn/article/49381.htm", page).published_at) == day
        )


def test_rarer_meta_names_state_the_publication_day() -> None:
    for name, value, day in (
        ("pub_date", "20160119", date(2016, 1, 19)),
        ("parsely-pub-date", "2016年01月28日 10:51", date(2016, 1, 28)),
        ("release_date", "2019/3/4 12:30:00", date(2019, 3, 4)),
    ):
        tree = fromstring(f"<html><head><meta name='{name}' content='{value}'></head><body></body></html>")
        assert beijing_day(structured_date(tree, {name: value}, "Asia/Shanghai")) == day
    tree = fromstring("<html><head></head><body></body></html>")
    metas = {"og:published_time": "2020-02-26T13:35:00"}
    assert beijing_day(structured_date(tree, metas, "Asia/Shanghai")) == date(2020, 2, 26)


def test_the_bare_day_right_under_the_headline_beats_a_live_blogs_timed_entries() -> None:
    entries = "".join(
        f"<li><span class='live-time'>2006-04-{d} {h}</span><p>{p}</p></li>"
        for d, h, p in (("30", "17:37", PARAS[0]), ("30", "10:00", PARAS[1]), ("29", "21:41", PARAS[2]))
    )
    body = f"<p class='state'>直播已结束</p><ul class='live-list'>{entries}</ul>"
    item = extract_article(
        "http://news.example.cn/article/354664.htm", _page("<span class='time'>2006-04-28</span>", body=body)
    )
    assert beijing_day(item.published_at) == date(2006, 4, 28)


def test_a_vbulletin_month_first_day_with_a_twelve_hour_clock_under_the_title() -> None:
    found = headline_date(f"{TITLE} 01-06-2011, 02:59 PM #1 路人甲", TITLE)
    assert found == datetime(2011, 1, 6, 14, 59, tzinfo=BEIJING)


def test_an_english_posted_on_footer_is_a_label() -> None:
    assert beijing_day(labelled_date("posted on 2012-04-14 12:30 路人甲 阅读(35)", specific=True)) == date(
        2012, 4, 14
    )
    assert beijing_day(labelled_date("posted @ 2009-03-01 12:21 路人甲")) == date(2009, 3, 1)

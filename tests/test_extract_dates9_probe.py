# ruff: noqa: E501  (HTML pages are kept one line a tag, as pages print them)
"""Dates in layouts the ninth date probe's tune half (bench/date_probe9.py) showed misread (synthetic pages)."""

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


def test_a_time_elements_printed_day_beats_its_datetime_naming_another_day() -> None:
    # A theme printing the modified time in the datetime attribute of the published <time>: the reader
    # sees (and cites) the printed day. A datetime in UTC whose Beijing day is the printed one still
    # counts as it did (wave 3's time_tz pages).
    for shown in ("2018年3月11日", "2018-03-11", "2018/03/11 13:45"):
        info = f'<time class="entry-date published" datetime="2018-06-25T02:57:13+08:00">{shown}</time>'
        assert _day(_page(info)) == date(2018, 3, 11), shown
    info = '<time class="entry-date published" datetime="2018-03-10T17:30:00Z">2018年3月11日</time>'
    assert _day(_page(info)) == date(2018, 3, 11)
    info = '<time class="entry-date published" datetime="2018-03-11T02:30:00+08:00">3 天前</time>'
    assert _day(_page(info)) == date(2018, 3, 11)


def test_metadata_marking_the_printed_local_time_as_utc_is_read_as_printed() -> None:
    # JSON-LD / article:published_time "2021-05-20T17:30:57Z" on a page whose date line prints
    # "2021-05-20 17:30:57": the CMS labelled Beijing wall time as UTC; the page's day is the 20th.
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-20T17:30:57Z"}</script>'
    assert _day(_page("2021-05-20 17:30:57 来源：新华社", head=ld)) == date(2021, 5, 20)
    meta = '<meta property="article:published_time" content="2021-05-20T23:05:00Z">'
    assert _day(_page("2021-05-20 23:05 来源：本网", head=meta)) == date(2021, 5, 20)
    # A true UTC time whose Beijing reading is printed stays as it is.
    meta = '<meta property="article:published_time" content="2021-05-20T17:30:00Z">'
    assert _day(_page("2021-05-21 01:30 来源：本网", head=meta)) == date(2021, 5, 21)


def test_an_edit_stamps_tooltip_naming_the_publication_dates_the_answer() -> None:
    # 知乎's answer prints "编辑于 <later day>" with data-tooltip="发布于 <day>" under its text; other
    # answers below print their own (later) 发布于 days.
    stamp = '<div class="ContentItem-time"><a href="/answer/1"><span data-tooltip="发布于 2015-12-09 05:49">编辑于 2016-04-21 16:05</span></a></div>'
    others = "".join(f'<div class="List-item"><p>另一个回答{i}……</p><div class="ContentItem-time"><a><span>发布于 2015-12-2{i} 05:49</span></a></div></div>' for i in range(3))
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}？ - 知乎</title></head><body><div class='QuestionHeader'><h1>{TITLE}？</h1>"
        f"<div>关注者 12 被浏览 3400</div></div><div class='AnswerCard'><div class='RichContent-inner'>{BODY}</div>{stamp}</div>{others}</body></html>"
    ).encode()
    assert _day(page, "https://www.zhihu.com/question/1/answer/2") == date(2015, 12, 9)


def test_english_published_and_updated_labels() -> None:
    # An English byline on a Chinese page: "Updated:" is the later edit, "Published:" the page's day,
    # in either order and in either form.
    lines = (
        ("By Li Wei | Source: Global Times | Updated: 2017-11-29 15:52 Published: Nov 28, 2017 11:52 AM", date(2017, 11, 28)),
        ("By Li Wei | Updated: 2019-03-15 21:27 Published: 2019-03-13 15:27", date(2019, 3, 13)),
        ("Published: Mar 13, 2019 03:27 PM | Updated: 2019-03-15 21:27", date(2019, 3, 13)),
    )
    for line, day in lines:
        assert _day(_page(line)) == day, line


def test_a_url_file_named_by_its_two_digit_year_timestamp() -> None:
    # mini.eastday.com's "/a/170120023707614.html": yymmddHHMMSS and a serial.
    page = _page("来源：东方网")
    assert _day(page, "https://mini.eastday.com/a/170120023707614.html") == date(2017, 1, 20)
    assert _day(page, "https://news.eastday.com/a/121019135208977.html") == date(2012, 10, 19)


def test_a_mobile_pages_canonical_url_dates_it() -> None:
    # m.x.cn/detail.html?id=… prints no day; its canonical (the desktop page on the same site) is filed by it.
    head = '<link rel="canonical" href="https://www.hebnews.cn/20110728/n9705571.shtml">'
    page = _page("来源：河北日报", head=head)
    assert _day(page, "https://m.hebnews.cn/detail.html?id=9705571") == date(2011, 7, 28)
    # Another site's canonical (a syndicated copy's original) says nothing of this page's day.
    head = '<link rel="canonical" href="https://www.other-site.com/20110728/n9705571.shtml">'
    assert _day(_page("来源：河北日报", head=head), "https://m.hebnews.cn/detail.html?id=9705571") is None


def test_wechats_newer_create_time_variable() -> None:
    script = '<script>var msg_title = "x";\nvar create_time = "1361817707" * 1;\nvar svr_time = "1701573420" * 1;</script>'
    page = _page("原创 城市晚报", below=script)
    assert _day(page, "https://mp.weixin.qq.com/s/3tqay43hAnpBxFkb0a5ymr") == date(2013, 2, 26)


def test_metadata_in_rfc_2822_and_epoch_forms() -> None:
    # "Tue, 10 Apr 2018 21:44:57 GMT" is the 11th in Beijing; an epoch in a pubdate meta is seconds.
    head = '<meta name="publishdate" content="Tue, 10 Apr 2018 21:44:57 GMT">'
    assert _day(_page("来源：齐鲁晚报", head=head)) == date(2018, 4, 11)
    head = '<meta name="publishdate" content="1361817707"><meta http-equiv="last-modified" content="Sat, 24 Sep 2016 10:09:00 GMT">'
    assert _day(_page("来源：本网", head=head)) == date(2013, 2, 26)


def test_en_dashes_between_a_dates_parts() -> None:
    assert _day(_page("日期：2020–08–15　浏览次数：173")) == date(2020, 8, 15)


def test_an_originals_published_label_stays_the_originals() -> None:
    # A bilingual page: "英文原文：Published: Aug 9, 2011 …" is the English original's day, the page's own
    # 发布时间 follows (the Published: label, read since this wave, must not take the original's day).
    line = "英文原文：Published: Aug 9, 2011 08:47 AM EST 发布时间：2011/08/26 15:24 来源：双语阅读"
    assert _day(_page(line)) == date(2011, 8, 26)
